/**
 * The whole pipeline on one machine (`npm start`): dynalite (persisted under the data folder) and
 * fauxqs on loopback, the table and the queues created from the configuration the stack uses, the
 * sample sources served over HTTP, and the real Lambda handlers run in-process: the dispatcher on
 * an interval, the fetcher and the scorer driven by SQS event-source pollers, the read API and the
 * dashboard. Restarting on the same data folder resumes: the fetch state, the seen-article records,
 * the processed markers and the claimed transitions live in the table, so nothing is fetched,
 * scored or alerted twice; messages still queued at shutdown are saved and queued again.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { DescribeTableCommand, DynamoDBClient, ResourceNotFoundException } from '@aws-sdk/client-dynamodb';
import { SNSClient } from '@aws-sdk/client-sns';
import {
  ChangeMessageVisibilityCommand,
  DeleteMessageBatchCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Context, ScheduledEvent } from 'aws-lambda';
import { createTensionTable } from '../functions/adapters/store/create-table';
import { DynamoTensionStore } from '../functions/adapters/store/dynamo-tension-store';
import type { LevelChangeAlert } from '../functions/core/ports/alert-publisher';
import type { TensionStore } from '../functions/core/ports/tension-store';
import { type Config, type SourceConfig, SourceConfigSchema } from '../lib/config/config-schema';
import * as z from '../lib/config/zod-mini';

import { LOCAL_AWS, type RunningEmulator, startDynaliteProcess, startFauxqs } from './emulators';
import { type FeedServer, fillPort, startFeedServer } from './feed-server';
import { type DyadRow, formatDyadTable, Progress, type ProgressSink } from './progress';
import {
  type AlertsChannel,
  type CreatedQueue,
  createAlertsChannel,
  createQueueWithDlq,
  queueDepth,
  queueSpecs,
} from './queues';
import { latestDate, replayShiftDays, shiftDates } from './replay-dates';
import {
  type BatchReport,
  lambdaContext,
  type SqsEventSource as Poller,
  SqsEventSource,
  type SqsHandler,
} from './sqs-event-source';

/** The Lambda entry points the runner drives, as the handler files export them. */
export interface LocalHandlers {
  dispatch: (event: ScheduledEvent, context: Context) => Promise<unknown>;
  fetch: SqsHandler;
  score: SqsHandler;
}

/**
 * Load the real handlers; done after the environment is set because they read it at load. Plain
 * require: the CLI runs TypeScript through tsx's CommonJS hook, which a dynamic import() bypasses.
 */
export async function loadRealHandlers(): Promise<LocalHandlers> {
  const dispatch =
    require('../functions/handlers/dispatch-sources') as typeof import('../functions/handlers/dispatch-sources');
  const fetch =
    require('../functions/handlers/fetch-source') as typeof import('../functions/handlers/fetch-source');
  const score =
    require('../functions/handlers/score-articles') as typeof import('../functions/handlers/score-articles');
  return {
    dispatch: dispatch.handler as LocalHandlers['dispatch'],
    fetch: fetch.handler as LocalHandlers['fetch'],
    score: score.handler as LocalHandlers['score'],
  };
}

export interface LocalRunOptions {
  config: Config;
  /** Repository root: examples/ and dashboard/ are found under it. */
  rootDir: string;
  /** Data folder (absolute or relative to the working directory); defaults to config.local.dataDir. */
  dataDir?: string;
  /** Read API + dashboard port (0 = any free port); defaults to config.local.port. */
  port?: number;
  host?: string;
  /** Use these sources instead of the bundled examples (then no feed server is started). */
  sources?: SourceConfig[];
  /** Clear the data folder first. */
  reset?: boolean;
  /** One cycle, wait until the queues are drained, print the table, stop. */
  once?: boolean;
  /** Give up waiting for the queues to drain after this long (default 10 minutes). */
  drainTimeoutMs?: number;
  /** Continuous mode stops when this aborts (Ctrl-C). */
  signal?: AbortSignal;
  /** Where the dyad table goes (stdout). */
  out: ProgressSink;
  /** Where progress lines go (stderr). */
  log: ProgressSink;
  /** Show the handlers' own Powertools logs and metrics (default: warnings only, no metrics). */
  verbose?: boolean;
  /** Clock for the story replay (tests). */
  now?: Date;
  /** Handlers to run; defaults to the real ones. */
  loadHandlers?: () => Promise<LocalHandlers>;
}

export interface CycleReport {
  sourcesFetched: number;
  sourcesFailed: number;
  /** Articles on the articles queue during the cycle (new ones and redeliveries). */
  articlesQueued: number;
  articlesScored: number;
  /** Failed scoring attempts (each returns its record to the queue). */
  articlesFailed: number;
  alerts: LevelChangeAlert[];
}

export interface LocalRunResult {
  rows: DyadRow[];
  cycles: CycleReport[];
  /** Messages left in the dead-letter queues (failures after maxReceiveCount receives). */
  deadLetters: number;
  apiUrl: string | undefined;
}

/** Raised when the local run cannot complete; the message says what to do. */
export class LocalRunError extends Error {
  override readonly name = 'LocalRunError';
}

/** A file the runner writes into its data folder; --reset only deletes folders that have it. */
const DATA_MARKER = '.border-tension-data';
const STATE_FILE = 'local-state.json';
const PENDING_FILE = 'pending-messages.json';

interface LocalState {
  /** Port the feed server had, reused so the GDELT article links (and so their ids) stay the same. */
  feedPort?: number;
  /** Days the sample story's dates are moved forward (fixed at the first run, see replay-dates). */
  replayShiftDays?: number;
}

interface PendingMessage {
  queue: 'sources' | 'articles';
  body: string;
}

async function readState(path: string): Promise<LocalState> {
  if (!existsSync(path)) return {};
  try {
    return JSON.parse(await readFile(path, 'utf8')) as LocalState;
  } catch (error) {
    throw new LocalRunError(
      `cannot read ${path} (${(error as Error).message}); start with --reset to begin anew`,
    );
  }
}

/** Clear a data folder, refusing folders the runner did not create. */
export async function resetDataDir(dataDir: string): Promise<void> {
  if (!existsSync(dataDir)) return;
  if (!existsSync(join(dataDir, DATA_MARKER))) {
    throw new LocalRunError(
      `refusing to delete ${dataDir}: it has no ${DATA_MARKER} file, so it is not a border-tension data folder`,
    );
  }
  await rm(dataDir, { recursive: true, force: true });
}

/** The feed files of the examples (their dates fix how far the story is moved). */
async function readExampleFeeds(examplesDir: string): Promise<string[]> {
  const dir = join(examplesDir, 'feeds');
  const names = existsSync(dir) ? await readdir(dir) : [];
  return Promise.all(names.map((name) => readFile(join(dir, name), 'utf8')));
}

/** Load examples/sources.json, pointing its URLs at the feed server. */
export async function loadExampleSources(examplesDir: string, port: number): Promise<SourceConfig[]> {
  const file = join(examplesDir, 'sources.json');
  const raw = JSON.parse(fillPort(await readFile(file, 'utf8'), port)) as { sources?: unknown };
  const parsed = z.array(SourceConfigSchema).check(z.minLength(1)).safeParse(raw.sources);
  if (!parsed.success) {
    throw new LocalRunError(
      `${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  return parsed.data;
}

/** Environment the handlers read (the conventions shared with the stack), pointed at the emulators. */
export function handlerEnvironment(input: {
  config: Config;
  sources: SourceConfig[];
  tableName: string;
  sourcesQueueUrl: string;
  articlesQueueUrl: string;
  alertsTopicArn: string;
  dynamoEndpoint: string;
  sqsEndpoint: string;
  verbose: boolean;
}): Record<string, string> {
  const { config } = input;
  const settings = {
    // Locally the feeds are served from loopback, which the SSRF guard refuses elsewhere.
    fetch: { ...config.fetch, allowLoopback: true },
    scoring: config.scoring,
    queues: { seenTtlDays: config.queues.seenTtlDays },
    dyads: { extraPairs: config.dyads.extraPairs },
  };
  return {
    TABLE_NAME: input.tableName,
    SOURCES_QUEUE_URL: input.sourcesQueueUrl,
    ARTICLES_QUEUE_URL: input.articlesQueueUrl,
    ALERTS_TOPIC_ARN: input.alertsTopicArn,
    BORDER_TENSION_SETTINGS: JSON.stringify(settings),
    BORDER_TENSION_SOURCES: JSON.stringify(input.sources),
    POWERTOOLS_SERVICE_NAME: 'border-tension-local',
    POWERTOOLS_METRICS_NAMESPACE: config.observability?.metricsNamespace ?? 'BorderTension',
    POWERTOOLS_LOG_LEVEL: input.verbose ? 'INFO' : 'WARN',
    // Metrics would print one EMF JSON blob per invocation on the terminal.
    POWERTOOLS_METRICS_DISABLED: input.verbose ? 'false' : 'true',
    AWS_ENDPOINT_URL_DYNAMODB: input.dynamoEndpoint,
    AWS_ENDPOINT_URL_SQS: input.sqsEndpoint,
    AWS_ENDPOINT_URL_SNS: input.sqsEndpoint,
    AWS_REGION: LOCAL_AWS.region,
    AWS_ACCESS_KEY_ID: LOCAL_AWS.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_AWS.credentials.secretAccessKey,
  };
}

async function ensureTable(client: DynamoDBClient, tableName: string): Promise<boolean> {
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
    return false;
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  await createTensionTable(client, tableName);
  return true;
}

/** Latest score of every dyad with its whole daily series' event and article counts. */
export async function dyadRows(store: TensionStore, now = new Date()): Promise<DyadRow[]> {
  const latest = await store.listLatest();
  const until = new Date(now.getTime() + 2 * 86400000).toISOString();
  return Promise.all(
    latest.map(async (point) => {
      let events = 0;
      let articles = 0;
      let cursor: string | undefined;
      do {
        const page = await store.querySeries(point.pair, 'day', '1970-01-01T00:00:00.000Z', until, {
          limit: 500,
          ...(cursor ? { cursor } : {}),
        });
        for (const p of page.items) {
          events += p.events;
          articles += p.articles;
        }
        cursor = page.next;
      } while (cursor);
      return {
        pair: point.pair,
        score: point.score,
        level: point.level,
        trend: point.trend,
        events,
        articles,
        latest: point.t,
      };
    }),
  );
}

function scheduledEvent(region: string, stage: string): ScheduledEvent {
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': 'Scheduled Event',
    source: 'aws.scheduler',
    account: '000000000000',
    time: new Date().toISOString(),
    region,
    resources: [`arn:aws:scheduler:${region}:000000000000:schedule/default/border-tension-${stage}-fetch`],
    detail: {},
  };
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Everything the runner started, stopped in reverse order. */
class LocalStack {
  readonly cleanups: (() => Promise<void>)[] = [];

  async close(): Promise<void> {
    for (const cleanup of this.cleanups.reverse()) {
      await cleanup().catch(() => undefined);
    }
    this.cleanups.length = 0;
  }
}

export async function runLocal(options: LocalRunOptions): Promise<LocalRunResult> {
  const { config } = options;
  const dataDir = resolve(options.dataDir ?? config.local.dataDir);
  const progress = new Progress(options.log);
  const stack = new LocalStack();
  const cycles: CycleReport[] = [];
  try {
    if (options.reset) {
      await resetDataDir(dataDir);
      progress.line(`reset: cleared ${dataDir}`);
    }
    await mkdir(dataDir, { recursive: true });
    await writeFile(
      join(dataDir, DATA_MARKER),
      'border-tension local data; `start --reset` deletes this folder\n',
    );
    const statePath = join(dataDir, STATE_FILE);
    const state = await readState(statePath);

    // Emulators.
    const dynamo: RunningEmulator = await startDynaliteProcess({ path: join(dataDir, 'dynamodb') });
    stack.cleanups.push(() => dynamo.stop());
    const sqsEmulator = await startFauxqs();
    stack.cleanups.push(() => sqsEmulator.stop());
    const dynamoClient = new DynamoDBClient({ ...LOCAL_AWS, endpoint: dynamo.endpoint });
    const sqs = new SQSClient({ ...LOCAL_AWS, endpoint: sqsEmulator.endpoint });
    const sns = new SNSClient({ ...LOCAL_AWS, endpoint: sqsEmulator.endpoint });
    stack.cleanups.push(async () => {
      dynamoClient.destroy();
      sqs.destroy();
      sns.destroy();
    });

    // Table, queues, alerts topic: from the same configuration the stack uses.
    const tableName = `border-tension-${config.stage}`;
    const created = await ensureTable(dynamoClient, tableName);
    const [sourcesQueue, articlesQueue] = (await Promise.all(
      queueSpecs(config).map((spec) => createQueueWithDlq(sqs, spec)),
    )) as [CreatedQueue, CreatedQueue];
    const alerts: AlertsChannel = await createAlertsChannel(sns, sqs, config.stage);
    const store = new DynamoTensionStore(DynamoDBDocumentClient.from(dynamoClient), tableName);
    progress.line(
      `${created ? 'created' : 'resumed'} local data in ${dataDir} (DynamoDB ${dynamo.endpoint}, SQS ${sqsEmulator.endpoint})`,
    );

    // Sources: the examples over a local HTTP server, unless real feeds were given.
    let sources = options.sources;
    if (!sources) {
      let feeds: FeedServer;
      const examplesDir = join(options.rootDir, 'examples');
      if (state.replayShiftDays === undefined) {
        const latest = latestDate(await readExampleFeeds(examplesDir));
        state.replayShiftDays = latest === undefined ? 0 : replayShiftDays(latest, options.now ?? new Date());
      }
      const shift = state.replayShiftDays;
      const serve = (port: number) =>
        startFeedServer({
          root: examplesDir,
          port,
          transform: (text) => shiftDates(text, shift),
          variant: `shift:${shift}`,
        });
      try {
        feeds = await serve(state.feedPort ?? 0);
      } catch {
        progress.line(`port ${state.feedPort} is taken; serving the examples on another port`);
        feeds = await serve(0);
      }
      stack.cleanups.push(() => feeds.close());
      sources = await loadExampleSources(examplesDir, feeds.port);
      state.feedPort = feeds.port;
      progress.line(
        `serving ${sources.length} sample sources from ${feeds.url}` +
          (shift ? ` (story dates moved ${shift} days forward to end this week)` : ''),
      );
    }
    await writeFile(statePath, `${JSON.stringify(state, null, 2)}\n`);

    Object.assign(
      process.env,
      handlerEnvironment({
        config,
        sources,
        tableName,
        sourcesQueueUrl: sourcesQueue.url,
        articlesQueueUrl: articlesQueue.url,
        alertsTopicArn: alerts.topicArn,
        dynamoEndpoint: dynamo.endpoint,
        sqsEndpoint: sqsEmulator.endpoint,
        verbose: Boolean(options.verbose),
      }),
    );
    const handlers = await (options.loadHandlers ?? loadRealHandlers)();

    // Messages saved at the last shutdown go back on their queues.
    const pendingPath = join(dataDir, PENDING_FILE);
    if (existsSync(pendingPath)) {
      const pending = JSON.parse(await readFile(pendingPath, 'utf8')) as PendingMessage[];
      for (const message of pending) {
        const url = message.queue === 'sources' ? sourcesQueue.url : articlesQueue.url;
        await sqs.send(new SendMessageCommand({ QueueUrl: url, MessageBody: message.body }));
      }
      await rm(pendingPath);
      if (pending.length) progress.line(`re-queued ${pending.length} message(s) left from the last run`);
    }

    // Pollers: the event source mappings.
    let current = newCycle();
    // Batch sizes as the stack maps them, the local window; each poller counts its outcomes into the cycle.
    const mapped = (
      queue: CreatedQueue,
      handler: SqsHandler,
      fn: 'fetcher' | 'scorer',
      batchSize: number,
      count: (report: BatchReport) => void,
    ) =>
      new SqsEventSource({
        client: sqs,
        queueUrl: queue.url,
        queueArn: queue.arn,
        handler,
        batchSize,
        maxBatchingWindowSeconds: config.local.batchingWindowSeconds,
        functionName: `border-tension-${config.stage}-${fn}`,
        timeoutSeconds: config.functions[fn].timeoutSeconds,
        memoryMiB: config.functions[fn].memoryMiB,
        onBatch: (report) => {
          count(report);
          if (report.error) progress.line(`  ${fn} failed: ${report.error.message}`);
        },
        onPollError: (error) => progress.line(`  ${fn} poller: ${error.message}`),
      });
    const fetchPoller = mapped(sourcesQueue, handlers.fetch, 'fetcher', config.queues.batchSize, (r) => {
      current.sourcesFetched += r.succeeded;
      current.sourcesFailed += r.failed;
    });
    const scorePoller = mapped(
      articlesQueue,
      handlers.score,
      'scorer',
      config.queues.articlesBatchSize,
      (r) => {
        current.articlesScored += r.succeeded;
        current.articlesFailed += r.failed;
      },
    );
    const pollers: Poller[] = [fetchPoller, scorePoller];
    for (const poller of pollers) poller.start();
    stack.cleanups.push(async () => {
      await Promise.all(pollers.map((p) => p.stop()));
      await savePending();
    });

    async function savePending(): Promise<void> {
      // fauxqs keeps queues in memory: what is still queued is written to the data folder.
      const pending: PendingMessage[] = [];
      for (const [queue, url, poller] of [
        ['sources', sourcesQueue.url, fetchPoller],
        ['articles', articlesQueue.url, scorePoller],
      ] as const) {
        // Failed records wait out their visibility timeout: make them visible to take them now.
        for (const handle of poller.heldReceipts()) {
          await sqs
            .send(
              new ChangeMessageVisibilityCommand({
                QueueUrl: url,
                ReceiptHandle: handle,
                VisibilityTimeout: 0,
              }),
            )
            .catch(() => undefined);
        }
        for (;;) {
          const { Messages = [] } = await sqs.send(
            new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }),
          );
          if (Messages.length === 0) break;
          for (const m of Messages) pending.push({ queue, body: m.Body ?? '' });
          await sqs.send(
            new DeleteMessageBatchCommand({
              QueueUrl: url,
              Entries: Messages.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle ?? '' })),
            }),
          );
        }
      }
      if (pending.length) await writeFile(pendingPath, JSON.stringify(pending));
    }

    // Read API + dashboard.
    let apiUrl: string | undefined;
    if (!options.once) {
      // Loaded only when serving: it bundles the dashboard, which --once does not need.
      const { startApiServer } = require('./api-server') as typeof import('./api-server');
      const api = await startApiServer({
        store,
        port: options.port ?? config.local.port,
        host: options.host ?? '127.0.0.1',
        dashboardDir: join(options.rootDir, 'dashboard'),
      });
      stack.cleanups.push(() => api.close());
      apiUrl = api.url;
      progress.line(`dashboard and read API at ${api.url}`);
    }

    async function printAlerts(): Promise<void> {
      for (;;) {
        const { Messages = [] } = await sqs.send(
          new ReceiveMessageCommand({
            QueueUrl: alerts.queueUrl,
            MaxNumberOfMessages: 10,
            WaitTimeSeconds: 0,
          }),
        );
        if (Messages.length === 0) return;
        for (const message of Messages) {
          const alert = parseAlert(message.Body ?? '');
          if (alert) {
            current.alerts.push(alert);
            progress.line(
              `  ALERT ${alert.pair}: ${alert.from} → ${alert.to} (score ${alert.score.toFixed(1)}) from ${alert.t.slice(0, 10)}`,
            );
          } else {
            progress.line(`  alert: ${(message.Body ?? '').slice(0, 200)}`);
          }
        }
        await sqs.send(
          new DeleteMessageBatchCommand({
            QueueUrl: alerts.queueUrl,
            Entries: Messages.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle ?? '' })),
          }),
        );
      }
    }

    async function waitForDrain(deadline: number): Promise<void> {
      let first = true;
      let backlogTotal = 0;
      for (;;) {
        // Read the count before the depths: a batch settled while they are asked for is then
        // counted once (in neither, until the next round) rather than twice (in both).
        const scored = current.articlesScored;
        const [s, a] = await Promise.all([
          queueDepth(sqs, sourcesQueue.url),
          queueDepth(sqs, articlesQueue.url),
        ]);
        const remaining = a.visible + a.inFlight + a.delayed;
        const idle =
          s.visible + s.inFlight + s.delayed === 0 && remaining === 0 && !pollers.some((p) => p.inFlight);
        backlogTotal = Math.max(backlogTotal, scored + remaining);
        if (backlogTotal > 0) progress.backlog(current.articlesScored, backlogTotal);
        await printAlerts();
        if (idle && !first) break;
        first = false;
        if (Date.now() > deadline) {
          progress.backlogDone();
          throw new LocalRunError(
            `the queues did not drain in time: sources ${s.visible} waiting / ${s.inFlight} in flight, ` +
              `articles ${a.visible} waiting / ${a.inFlight} in flight. Failed messages reappear after the ` +
              `visibility timeout and go to the dead-letter queue after ${config.queues.maxReceiveCount} receives.`,
          );
        }
        await sleep(250);
      }
      progress.backlogDone();
      // Every article queued in this cycle was, at the peak, either scored already or on the queue
      // (one dead-lettered since is counted there); once idle, every other one is scored.
      current.articlesQueued = Math.max(backlogTotal, current.articlesScored);
    }

    async function runCycle(): Promise<CycleReport> {
      current = newCycle();
      const number = cycles.length + 1;
      progress.line(`cycle ${number}: dispatching ${sources?.length ?? 0} source(s)`);
      await handlers.dispatch(
        scheduledEvent(LOCAL_AWS.region, config.stage),
        lambdaContext(
          `border-tension-${config.stage}-dispatcher`,
          config.functions.dispatcher.timeoutSeconds,
          config.functions.dispatcher.memoryMiB,
        ),
      );
      await waitForDrain(Date.now() + (options.drainTimeoutMs ?? 600000));
      const report = current;
      cycles.push(report);
      progress.line(
        `cycle ${number}: fetched ${report.sourcesFetched} source(s)` +
          (report.sourcesFailed ? ` (${report.sourcesFailed} failed, will retry)` : '') +
          `, ${report.articlesQueued} article(s) queued, ${report.articlesScored} scored` +
          (report.articlesFailed ? ` (${report.articlesFailed} failed attempt(s), retried)` : '') +
          `, ${report.alerts.length} alert(s)`,
      );
      return report;
    }

    async function printTable(): Promise<DyadRow[]> {
      const rows = await dyadRows(store);
      options.out.write(
        formatDyadTable(rows, { colour: Boolean(options.out.isTTY) && !process.env.NO_COLOR }),
      );
      return rows;
    }

    async function deadLetters(): Promise<number> {
      const depths = await Promise.all(
        [sourcesQueue.dlqUrl, articlesQueue.dlqUrl].map((u) => queueDepth(sqs, u)),
      );
      return depths.reduce((n, d) => n + d.visible + d.inFlight, 0);
    }

    let rows: DyadRow[] = [];
    if (options.once) {
      await runCycle();
      rows = await printTable();
    } else {
      const stopped = waitForAbort(options.signal);
      while (!options.signal?.aborted) {
        const cycle = runCycle().then(
          () => undefined,
          (error: Error) => error,
        );
        const failure = await Promise.race([cycle, stopped]);
        if (options.signal?.aborted) break;
        // A cycle that did not drain is reported; the next one carries on from the queues.
        if (failure) progress.line(`  ${failure.message}`);
        rows = await printTable();
        const dead = await deadLetters();
        if (dead) progress.line(`  ${dead} message(s) in the dead-letter queues`);
        progress.line(`next cycle in ${config.local.intervalSeconds} s (Ctrl-C to stop)`);
        await delay(config.local.intervalSeconds * 1000, undefined, { signal: options.signal }).catch(
          () => undefined,
        );
      }
      progress.line('stopping: finishing the batches in hand');
    }
    const dead = await deadLetters();
    return { rows, cycles, deadLetters: dead, apiUrl };
  } finally {
    await stack.close();
  }
}

function newCycle(): CycleReport {
  return {
    sourcesFetched: 0,
    sourcesFailed: 0,
    articlesQueued: 0,
    articlesScored: 0,
    articlesFailed: 0,
    alerts: [],
  };
}

function waitForAbort(signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return new Promise(() => undefined);
  if (signal.aborted) return Promise.resolve();
  return new Promise((done) => signal.addEventListener('abort', () => done(), { once: true }));
}

/** An alert as published on the topic (raw delivery: the message is the alert JSON). */
function parseAlert(body: string): LevelChangeAlert | undefined {
  try {
    const value = JSON.parse(body) as Partial<LevelChangeAlert>;
    if (typeof value.pair === 'string' && typeof value.to === 'string' && typeof value.score === 'number') {
      return value as LevelChangeAlert;
    }
  } catch {
    // Not JSON: shown as text by the caller.
  }
  return undefined;
}
