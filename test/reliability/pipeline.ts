/**
 * The scoring side of the pipeline on the emulators, for the reliability and load tests: dynalite
 * (optionally persistent, on a fixed port so it can be restarted), fauxqs with the articles queue
 * and its DLQ, and the real scorer handler (a fresh module instance per pipeline, so each has its
 * own SDK clients and table) driven by the local SQS event source. Also the offline reference:
 * the events and series the same corpus gives without any AWS.
 */
import { spawn } from 'node:child_process';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SNSClient } from '@aws-sdk/client-sns';
import { type Message, SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createTensionTable } from '../../functions/adapters/store/create-table';
import { DynamoTensionStore } from '../../functions/adapters/store/dynamo-tension-store';
import { extractArticle } from '../../functions/core/extraction';
import type { Article, Bucket, ScorePoint } from '../../functions/core/model';
import { normalisePublished, toStoredEvents } from '../../functions/core/pipeline/process-article';
import type { StoredEvent } from '../../functions/core/ports/tension-store';
import { BUCKET_MS, levelFor, scoreSeries, storyRepresentatives } from '../../functions/core/scoring';
import { LOCAL_AWS, type RunningEmulator, startFauxqs } from '../../local/emulators';
import { type CreatedQueue, createAlertsChannel, createQueueWithDlq, queueDepth } from '../../local/queues';
import { type BatchReport, SqsEventSource, type SqsHandler } from '../../local/sqs-event-source';
import { drain } from '../handlers/harness';

/** The SDK clients and adapters of one handler instance (functions/commons, one file per service). */
export type CommonsClients = typeof import('../../functions/commons/dynamodb') &
  typeof import('../../functions/commons/sns') &
  typeof import('../../functions/commons/sqs');

export interface Emulators {
  dynamo: RunningEmulator;
  fauxqs: RunningEmulator;
  /** Kill dynalite (SIGKILL) and start it again on the same port (and data directory, when persistent). */
  restartDynamo(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * dynalite in its own process (like the real service it can die without taking the client with
 * it, and it runs on the other core): `stop` kills it with SIGKILL, nothing flushed on the way out.
 */
async function startDynaliteProcess(options: { path?: string; port?: number }): Promise<RunningEmulator> {
  const script = `const dynalite = require(${JSON.stringify(require.resolve('dynalite'))});
    const server = dynalite({ path: ${JSON.stringify(options.path)}, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
    server.listen(${options.port ?? 0}, '127.0.0.1', (err) => {
      if (err) { process.stderr.write(String(err)); process.exit(1); }
      process.stdout.write(JSON.stringify({ port: server.address().port }) + '\\n');
    });`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve((JSON.parse(out.split('\n')[0] ?? '{}') as { port: number }).port);
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.on('exit', (code) => reject(new Error(`dynalite exited with code ${code}: ${err}`)));
  });
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}

export async function startEmulators(options: { dynamoPath?: string } = {}): Promise<Emulators> {
  let dynamo = await startDynaliteProcess({ path: options.dynamoPath });
  const port = Number(new URL(dynamo.endpoint).port);
  const fauxqs = await startFauxqs();
  return {
    get dynamo() {
      return dynamo;
    },
    fauxqs,
    async restartDynamo() {
      await dynamo.stop();
      dynamo = await startDynaliteProcess({ path: options.dynamoPath, port });
    },
    async stop() {
      await fauxqs.stop();
      await dynamo.stop();
    },
  };
}

export interface ScorerPipeline {
  tableName: string;
  sqs: SQSClient;
  articles: CreatedQueue;
  /** A fault-free reader of the pipeline's table. */
  store: DynamoTensionStore;
  doc: DynamoDBDocumentClient;
  handler: SqsHandler;
  /** The SDK clients of this handler instance (to inject faults into). */
  clients: CommonsClients;
  send(bodies: string[]): Promise<void>;
  /** Poll and handle batches until the queue stays empty; returns the batch reports. */
  drain(options?: {
    maxIdlePolls?: number;
    eventSource?: Partial<ConstructorParameters<typeof SqsEventSource>[0]>;
  }): Promise<BatchReport[]>;
  /** Receive and delete every message of the DLQ. */
  deadLetters(): Promise<Message[]>;
  /** Receive and delete every alert published so far (raw SNS deliveries to a subscribed queue). */
  alertMessages(): Promise<Message[]>;
  /** Errors of the poller itself (receive or delete failed), which polling survives. */
  pollErrors: Error[];
  close(): void;
}

/**
 * Create a table, queues and a fresh scorer handler instance on running emulators. The handler
 * reads its environment when first used, so the environment is set before it is loaded.
 */
export async function startScorerPipeline(
  emulators: Emulators,
  options: {
    name: string;
    settings?: unknown;
    visibilityTimeoutSeconds?: number;
    maxReceiveCount?: number;
    batchSize?: number;
    /** POWERTOOLS_LOG_LEVEL of the handler (default SILENT). */
    logLevel?: string;
  },
): Promise<ScorerPipeline> {
  const region = LOCAL_AWS.region;
  const sqs = new SQSClient({ ...LOCAL_AWS, endpoint: emulators.fauxqs.endpoint });
  const sns = new SNSClient({ ...LOCAL_AWS, endpoint: emulators.fauxqs.endpoint });
  const dynamoClient = new DynamoDBClient({ ...LOCAL_AWS, endpoint: emulators.dynamo.endpoint });
  const doc = DynamoDBDocumentClient.from(dynamoClient);
  const tableName = `tension-${options.name}`;
  await createTensionTable(dynamoClient, tableName);
  const articles = await createQueueWithDlq(sqs, {
    role: 'articles',
    name: `articles-${options.name}`,
    visibilityTimeoutSeconds: options.visibilityTimeoutSeconds ?? 2,
    maxReceiveCount: options.maxReceiveCount ?? 3,
    consumer: 'scorer',
  });
  // The alerts topic with a queue subscribed to it, so a test can count what was published.
  const alerts = await createAlertsChannel(sns, sqs, options.name);
  sns.destroy();
  Object.assign(process.env, {
    TABLE_NAME: tableName,
    ARTICLES_QUEUE_URL: articles.url,
    ALERTS_TOPIC_ARN: alerts.topicArn,
    BORDER_TENSION_SETTINGS: JSON.stringify(options.settings ?? {}),
    POWERTOOLS_SERVICE_NAME: 'border-tension-reliability',
    POWERTOOLS_METRICS_NAMESPACE: 'BorderTensionTest',
    POWERTOOLS_METRICS_DISABLED: 'true',
    POWERTOOLS_LOG_LEVEL: options.logLevel ?? 'SILENT',
    AWS_ENDPOINT_URL_DYNAMODB: emulators.dynamo.endpoint,
    AWS_ENDPOINT_URL_SQS: emulators.fauxqs.endpoint,
    AWS_ENDPOINT_URL_SNS: emulators.fauxqs.endpoint,
    AWS_REGION: region,
    AWS_ACCESS_KEY_ID: LOCAL_AWS.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_AWS.credentials.secretAccessKey,
  });
  let handler!: SqsHandler;
  let clients!: CommonsClients;
  jest.isolateModules(() => {
    handler = require('../../functions/handlers/score-articles').handler as SqsHandler;
    clients = {
      ...(require('../../functions/commons/dynamodb') as typeof import('../../functions/commons/dynamodb')),
      ...(require('../../functions/commons/sns') as typeof import('../../functions/commons/sns')),
      ...(require('../../functions/commons/sqs') as typeof import('../../functions/commons/sqs')),
    };
  });
  // Create the instance's clients and store now, while the environment names this pipeline.
  clients.tensionStore();
  clients.alertPublisher();
  const batchSize = options.batchSize ?? 10;
  const pollErrors: Error[] = [];

  return {
    tableName,
    sqs,
    articles,
    store: new DynamoTensionStore(doc, tableName),
    doc,
    handler,
    clients,
    async send(bodies) {
      for (let i = 0; i < bodies.length; i += 10) {
        await sqs.send(
          new SendMessageBatchCommand({
            QueueUrl: articles.url,
            Entries: bodies.slice(i, i + 10).map((body, index) => ({ Id: String(index), MessageBody: body })),
          }),
        );
      }
    },
    async drain(drainOptions = {}) {
      const source = new SqsEventSource({
        client: sqs,
        queueUrl: articles.url,
        queueArn: articles.arn,
        handler,
        batchSize,
        // Lambda needs a window above 10 records; a batch of up to 10 is one receive.
        maxBatchingWindowSeconds: batchSize > 10 ? 1 : 0,
        functionName: `scorer-${options.name}`,
        timeoutSeconds: 60,
        waitTimeSeconds: 1,
        ...drainOptions.eventSource,
      });
      const reports: BatchReport[] = [];
      // Until the queue holds nothing, visible or in flight: failed records come back after the
      // visibility timeout, and those received too often move to the DLQ on their next receive.
      for (;;) {
        let report: BatchReport | undefined;
        try {
          report = await source.pollOnce();
        } catch (error) {
          // As the event source's own loop does: note it, poll again.
          pollErrors.push(error as Error);
          continue;
        }
        if (report) {
          reports.push(report);
          continue;
        }
        const depth = await queueDepth(sqs, articles.url).catch(() => ({
          visible: 1,
          inFlight: 0,
          delayed: 0,
        }));
        if (depth.visible + depth.inFlight + depth.delayed === 0) return reports;
      }
    },
    deadLetters: () => drain(sqs, articles.dlqUrl),
    alertMessages: () => drain(sqs, alerts.queueUrl),
    pollErrors,
    close() {
      sqs.destroy();
      dynamoClient.destroy();
      clients.dynamoDocumentClient().destroy();
      clients.sqsClient().destroy();
      clients.snsClient().destroy();
    },
  };
}

/**
 * The articles whose events a run left in the store, over the given dyads: what the scorer kept of
 * each article (its coverage records included), to account for every article that had events.
 */
export async function articlesWithStoredEvents(
  store: DynamoTensionStore,
  pairs: Iterable<string>,
): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const pair of pairs) {
    for (const event of await store.queryEvents(pair, '0000-01-01', '9999-12-31')) ids.add(event.articleId);
  }
  return ids;
}

/** Ids of the articles an offline extraction gives dyad events: the ones the store must hold. */
export function articlesWithEvents(offline: ReadonlyMap<string, readonly StoredEvent[]>): Set<string> {
  return new Set([...offline.values()].flatMap((events) => events.map((e) => e.articleId)));
}

/** The stored events the pipeline should hold for a corpus, per dyad (extraction without AWS). */
export function offlineEvents(corpus: readonly Article[]): Map<string, StoredEvent[]> {
  const byPair = new Map<string, StoredEvent[]>();
  for (const article of corpus) {
    const extraction = extractArticle(article);
    const published = normalisePublished(article.published ?? extraction.published, new Date());
    for (const event of toStoredEvents(article, extraction, published)) {
      const list = byPair.get(event.pair) ?? [];
      list.push(event);
      byPair.set(event.pair, list);
    }
  }
  return byPair;
}

const eventKey = (e: StoredEvent) => `${e.articleId}#${e.index}`;

export interface SeriesComparison {
  pairs: number;
  events: number;
  points: number;
  /**
   * Points whose level differs from the offline one although the score is the same: both levels are
   * states the hysteresis allows at that score, reached from different recompute windows.
   */
  levelPathDifferences: number;
  /** Human-readable differences (empty when the stored series equals the offline one). */
  differences: string[];
}

/**
 * True when the stored level is the offline level, or a level the hysteresis keeps at this score
 * (levelFor(score, level) stays at level): the level depends on the path since the window start.
 */
export function levelAdmissible(stored: ScorePoint, reference: ScorePoint): boolean {
  return stored.level === reference.level || levelFor(stored.score, stored.level) === stored.level;
}

/**
 * Compare what the pipeline stored with the offline result of the same corpus: the same events per
 * dyad, and every stored point of a complete bucket (ending before `completeBefore`) equal to
 * `scoreSeries` over the offline events. Points of buckets still open while the run went on are
 * left out: they were evaluated at the run's clock.
 */
export async function compareWithOffline(
  store: DynamoTensionStore,
  expected: Map<string, StoredEvent[]>,
  range: { from: string; completeBefore: Date },
): Promise<SeriesComparison> {
  const differences: string[] = [];
  let points = 0;
  let events = 0;
  let levelPathDifferences = 0;
  const to = range.completeBefore.toISOString();
  for (const [pair, offline] of expected) {
    const stored = await store.queryEvents(pair, '2000-01-01', '2100-01-01');
    events += stored.length;
    const storedKeys = stored.map(eventKey).sort();
    // The store keeps each article's strongest report per story; the reference series below is
    // scored from every extracted event, so the comparison also checks that this loses nothing.
    const offlineKeys = storyRepresentatives(offline).map(eventKey).sort();
    if (storedKeys.join() !== offlineKeys.join()) {
      differences.push(`${pair}: stored ${storedKeys.length} events, offline ${offlineKeys.length}`);
    }
    for (const bucket of ['hour', 'day'] as Bucket[]) {
      const page = await store.querySeries(pair, bucket, range.from, to, { limit: 100_000 });
      const complete = page.items.filter(
        (p) => Date.parse(p.t) + BUCKET_MS[bucket] <= range.completeBefore.getTime(),
      );
      points += complete.length;
      for (const point of complete) {
        const [reference] = scoreSeries(offline, {
          pair,
          bucket,
          from: point.t,
          to: new Date(Date.parse(point.t) + 1),
        });
        const diff = pointDifference(point, reference);
        if (diff) differences.push(`${pair} ${bucket} ${point.t}: ${diff}`);
        else if (reference && point.level !== reference.level) {
          if (levelAdmissible(point, reference)) levelPathDifferences++;
          else differences.push(`${pair} ${bucket} ${point.t}: level ${point.level} at score ${point.score}`);
        }
      }
    }
  }
  return { pairs: expected.size, events, points, levelPathDifferences, differences };
}

/** The fields of a point that are a pure function of the events at that time. */
function pointDifference(stored: ScorePoint, reference: ScorePoint | undefined): string | undefined {
  if (!reference) return 'no offline point';
  const fields = ['score', 'trend', 'anomaly', 'escalation', 'deescalation', 'events', 'articles'] as const;
  const wrong = fields.filter((f) => stored[f] !== reference[f]);
  // Hourly points are stored without evidence (the latest point and the daily points keep it).
  const evidenceKept = stored.bucket === 'day';
  if (
    evidenceKept &&
    stored.evidence.map((e) => e.articleId).join() !== reference.evidence.map((e) => e.articleId).join()
  )
    wrong.push('evidence' as never);
  return wrong.length
    ? wrong.map((f) => `${f} ${JSON.stringify(stored[f])} != ${JSON.stringify(reference[f])}`).join(', ')
    : undefined;
}
