/**
 * Faults against the emulators (dynalite + fauxqs) with the real scorer handler driven by the local
 * SQS event source: duplicate delivery, a consumer that dies mid-article or before acknowledging,
 * SDK faults (throttling, 5xx, timeouts before and after the service applied a call) on a seeded
 * share of DynamoDB, SQS and SNS calls, and a DynamoDB restart mid-run. In every case each article
 * is counted once, the stored series equals a fault-free run and the offline result of the same
 * corpus, and each recorded level change is alerted once.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { generateCorpus } from '../../bench/generate-corpus';
import type { DynamoTensionStore } from '../../functions/adapters/store/dynamo-tension-store';
import type { Article, Bucket } from '../../functions/core/model';
import { BUCKET_MS } from '../../functions/core/scoring';
import { fastRetries, injectFaults } from '../support/sdk-faults';
import {
  articlesWithEvents,
  articlesWithStoredEvents,
  compareWithOffline,
  type Emulators,
  offlineEvents,
  type ScorerPipeline,
  startEmulators,
  startScorerPipeline,
} from './pipeline';

jest.setTimeout(240_000);

const HOUR_MS = 3_600_000;
const RUN_START = new Date();
/** Buckets that ended before the tests started: their points no longer depend on the clock. */
const COMPLETE_BEFORE = new Date(Math.floor(RUN_START.getTime() / HOUR_MS) * HOUR_MS);
const RANGE_FROM = new Date(RUN_START.getTime() - 40 * 24 * HOUR_MS).toISOString();

/** Generated articles published over the day before the run (live pipeline: short windows). */
function corpus(count: number, seed: number): Article[] {
  const step = (23 * HOUR_MS) / count;
  const start = RUN_START.getTime() - 24 * HOUR_MS;
  return generateCorpus(count, seed).map((article, i) => ({
    ...article,
    published: new Date(Math.round(start + i * step)).toISOString(),
  }));
}

const CORPUS = corpus(14, 7);
const OFFLINE = offlineEvents(CORPUS);
const bodies = (articles: Article[]) => articles.map((a) => JSON.stringify(a));

/**
 * What a reader sees of every dyad: its events and its complete points. Levels are left out here:
 * they depend on hysteresis since the recompute window's start, so compareWithOffline checks them
 * (equal to the offline level, or a state the hysteresis allows at that score).
 */
async function snapshot(store: DynamoTensionStore) {
  const pairs = [...OFFLINE.keys()].sort();
  const result: Record<string, unknown> = {};
  for (const pair of pairs) {
    const events = await store.queryEvents(pair, '2000-01-01', '2100-01-01');
    const series: Record<string, unknown[]> = {};
    for (const bucket of ['hour', 'day'] as Bucket[]) {
      const page = await store.querySeries(pair, bucket, RANGE_FROM, COMPLETE_BEFORE.toISOString(), {
        limit: 100_000,
      });
      series[bucket] = page.items
        .filter((p) => Date.parse(p.t) + BUCKET_MS[bucket] <= COMPLETE_BEFORE.getTime())
        .map((p) => [p.t, p.score, p.trend, p.anomaly, p.events, p.articles]);
    }
    result[pair] = { events: events.map((e) => `${e.articleId}#${e.index}`).sort(), ...series };
  }
  return result;
}

/** Articles of the corpus whose dyad events are not in the store. */
async function missingArticles(pipeline: ScorerPipeline, articles: readonly Article[]) {
  const stored = await articlesWithStoredEvents(pipeline.store, OFFLINE.keys());
  const expected = articlesWithEvents(OFFLINE);
  return articles.filter((a) => expected.has(a.id) && !stored.has(a.id)).map((a) => a.id);
}

/**
 * Every article processed once; alerts: one message per transition recorded as sent, none twice,
 * none left pending (every claim was settled).
 */
async function expectAccountedAndAlertedOnce(pipeline: ScorerPipeline) {
  expect(await missingArticles(pipeline, CORPUS)).toEqual([]);
  const alerts = (await pipeline.alertMessages()).map(
    (m) => JSON.parse(m.Body ?? '{}') as { pair: string; t: string; to: string },
  );
  const alertKeys = alerts.map((a) => `${a.pair}|${a.t}|${a.to}`);
  expect(new Set(alertKeys).size).toBe(alertKeys.length);
  const sent: string[] = [];
  for (const pair of OFFLINE.keys()) {
    for (const t of await pipeline.store.listTransitions(pair, 1000)) {
      const state = await pipeline.store.getTransitionState(t);
      expect(state).not.toBe('pending');
      // Level changes older than scoring.alertMaxAgeHours are settled as suppressed, not sent.
      if (state === 'sent') sent.push(`${t.pair}|${t.t}|${t.to}`);
    }
  }
  expect(alertKeys.sort()).toEqual(sent.sort());
  return alerts.length;
}

async function expectOfflineSeries(pipeline: ScorerPipeline) {
  const comparison = await compareWithOffline(pipeline.store, OFFLINE, {
    from: RANGE_FROM,
    completeBefore: COMPLETE_BEFORE,
  });
  expect(comparison.differences).toEqual([]);
  expect(comparison.points).toBeGreaterThan(100);
}

describe('reliability: faults on the emulators', () => {
  let emulators: Emulators;
  let reference: Awaited<ReturnType<typeof snapshot>>;
  const pipelines: ScorerPipeline[] = [];
  const start = async (
    name: string,
    extra: Parameters<typeof startScorerPipeline>[1] extends infer O ? Partial<O> : never = {},
  ) => {
    const pipeline = await startScorerPipeline(emulators, {
      name,
      visibilityTimeoutSeconds: 3,
      maxReceiveCount: 4,
      ...extra,
    });
    pipelines.push(pipeline);
    return pipeline;
  };

  beforeAll(async () => {
    emulators = await startEmulators();
  });
  afterAll(async () => {
    for (const pipeline of pipelines) pipeline.close();
    await emulators?.stop();
  });

  it('fault-free run: the reference, equal to the offline result', async () => {
    const pipeline = await start('reference');
    await pipeline.send(bodies(CORPUS));
    const reports = await pipeline.drain();
    expect(reports.reduce((n, r) => n + r.succeeded, 0)).toBe(CORPUS.length);
    await expectOfflineSeries(pipeline);
    expect(await expectAccountedAndAlertedOnce(pipeline)).toBeGreaterThan(0);
    reference = await snapshot(pipeline.store);
  });

  it('every message delivered twice (in one batch and later again): every article counted once', async () => {
    const pipeline = await start('twice');
    const all = bodies(CORPUS);
    // The first half twice in the same batches, the whole corpus again after the first pass.
    await pipeline.send(all.slice(0, 7).flatMap((b) => [b, b]));
    await pipeline.send(all.slice(7));
    await pipeline.drain();
    await pipeline.send(all);
    const again = await pipeline.drain();
    expect(again.reduce((n, r) => n + r.received, 0)).toBeGreaterThanOrEqual(CORPUS.length);
    expect(await snapshot(pipeline.store)).toEqual(reference);
    await expectOfflineSeries(pipeline);
    await expectAccountedAndAlertedOnce(pipeline);
  });

  it('the consumer dies after storing events (before rescoring) and after processing (before acking): redeliveries change nothing', async () => {
    const pipeline = await start('dies');
    // Dies mid-article: the dyad revision is bumped right after the events are stored; the first
    // three such calls fail as a killed process would leave them (not retryable).
    let kills = 3;
    pipeline.clients.dynamoDocumentClient().middlewareStack.add(
      (next, context) => async (args) => {
        const input = args.input as { Key?: { sk?: unknown } };
        if (context.commandName === 'UpdateItemCommand' && input.Key?.sk === 'REV' && kills > 0) {
          kills--;
          throw Object.assign(new Error('scorer process killed'), { name: 'ProcessKilled' });
        }
        return next(args);
      },
      { step: 'initialize', name: 'killAfterEventsStored' },
    );
    // Dies before acknowledging: the first batch is processed in full, then the invocation crashes,
    // so none of its messages is deleted and all come back.
    let crashes = 1;
    const crashBeforeAck = async (
      event: SQSEvent,
      context: Parameters<typeof pipeline.handler>[1],
    ): Promise<SQSBatchResponse | undefined> => {
      const response = (await pipeline.handler(event, context)) ?? undefined;
      if (crashes-- > 0) throw new Error('process ended before the batch was acknowledged');
      return response;
    };
    await pipeline.send(bodies(CORPUS));
    const reports = await pipeline.drain({ eventSource: { handler: crashBeforeAck } });
    expect(kills).toBe(0);
    expect(crashes).toBeLessThan(0);
    expect(reports.some((r) => r.error?.message.includes('before the batch was acknowledged'))).toBe(true);
    expect(reports.reduce((n, r) => n + r.failed, 0)).toBeGreaterThanOrEqual(3);
    expect(await snapshot(pipeline.store)).toEqual(reference);
    await expectOfflineSeries(pipeline);
    await expectAccountedAndAlertedOnce(pipeline);
  });

  it('SDK faults on a seeded share of DynamoDB, SQS and SNS calls: retried with backoff, nothing lost, the same series', async () => {
    const pipeline = await start('sdk-faults');
    const dynamo = pipeline.clients.dynamoDocumentClient();
    const sqs = pipeline.sqs;
    const sns = pipeline.clients.snsClient();
    for (const client of [dynamo, sqs, sns]) fastRetries(client, 10);
    const dynamoFaults = injectFaults(dynamo, { rate: 0.1, seed: 11, firstOfEachCommand: true });
    const sqsFaults = injectFaults(sqs, { rate: 0.3, seed: 12 });
    // A lost SNS response would publish twice (the documented at-least-once window): faults before sending only.
    const snsFaults = injectFaults(sns, {
      rate: 0.3,
      seed: 13,
      kinds: ['throttle', 'server', 'timeout-before'],
    });
    await pipeline.send(bodies(CORPUS));
    await pipeline.drain();
    for (const log of [dynamoFaults, sqsFaults, snsFaults]) log.stop();
    for (const kind of ['throttle', 'server', 'timeout-before', 'timeout-after'] as const) {
      expect(dynamoFaults.injected[kind]).toBeGreaterThan(0);
    }
    // Far fewer SQS calls (their number depends on polling), so not every kind is certain there.
    expect(Object.values(sqsFaults.injected).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(2);
    // The commands of every step: marker read, event query, claims and points, revision bump.
    expect(Object.keys(dynamoFaults.byCommand)).toEqual(
      expect.arrayContaining(['GetItemCommand', 'QueryCommand', 'PutItemCommand', 'UpdateItemCommand']),
    );
    expect(snsFaults.calls).toBeGreaterThan(0);
    const tally = (log: typeof dynamoFaults) => ({ calls: log.calls, ...log.injected });
    mkdirSync('test-output', { recursive: true });
    writeFileSync(
      join('test-output', 'reliability-faults.json'),
      `${JSON.stringify({ dynamodb: tally(dynamoFaults), sqs: tally(sqsFaults), sns: tally(snsFaults) }, null, 2)}\n`,
    );
    expect(await snapshot(pipeline.store)).toEqual(reference);
    await expectOfflineSeries(pipeline);
    await expectAccountedAndAlertedOnce(pipeline);
  });
});

describe('reliability: poison messages', () => {
  let emulators: Emulators;
  let pipeline: ScorerPipeline;
  beforeAll(async () => {
    emulators = await startEmulators();
    pipeline = await startScorerPipeline(emulators, {
      name: 'poison',
      visibilityTimeoutSeconds: 1,
      maxReceiveCount: 2,
      logLevel: 'ERROR',
    });
  });
  afterAll(async () => {
    pipeline?.close();
    await emulators?.stop();
  });

  it('sends each poison message to the DLQ with its reason logged, and processes its batch-mates', async () => {
    const poison = [
      '{"id": "cut off',
      JSON.stringify({ id: 'no-text' }),
      JSON.stringify({ id: 'html-page', title: 'x', text: '<html><body><p>Troops fired.</p></body></html>' }),
    ];
    const logged: string[] = [];
    const capture = (chunk: unknown) => {
      logged.push(String(chunk));
      return true;
    };
    // Credentials the SDK reads when it first signs: they must never reach a log line.
    const secret = 'MARKERsecretAccessKeyNotForLogs0123456789';
    process.env.AWS_SECRET_ACCESS_KEY = secret;
    const out = jest.spyOn(process.stdout, 'write').mockImplementation(capture);
    const err = jest.spyOn(process.stderr, 'write').mockImplementation(capture);
    try {
      await pipeline.send([...bodies(CORPUS.slice(0, 4)), ...poison]);
      await pipeline.drain();
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
    const dead = await pipeline.deadLetters();
    expect(dead.map((m) => m.Body).sort()).toEqual([...poison].sort());
    expect(await missingArticles(pipeline, CORPUS.slice(0, 4))).toEqual([]);
    const failures = logged
      .flatMap((line) => line.split('\n'))
      .filter((line) => line.includes('article record failed'))
      .map((line) => JSON.parse(line) as { messageId: string; kind: string; error: { message: string } });
    for (const message of dead) {
      const reasons = failures.filter((f) => f.messageId === message.MessageId);
      // Logged on every receive (maxReceiveCount 2), with the kind and the reason.
      expect(reasons.length).toBeGreaterThanOrEqual(2);
      expect(reasons[0]?.error.message).toMatch(/not JSON|invalid article message|HTML/);
    }
    expect(logged.join('')).not.toContain(secret);
    expect(failures.map((f) => f.kind).sort()).toEqual(
      expect.arrayContaining(['invalid-message', 'unusable-article']),
    );
  });
});

describe('reliability: persistent dynalite restarted mid-run', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bt-dynalite-'));
  let emulators: Emulators;
  let pipeline: ScorerPipeline;
  beforeAll(async () => {
    emulators = await startEmulators({ dynamoPath: dir });
    pipeline = await startScorerPipeline(emulators, {
      name: 'restart',
      visibilityTimeoutSeconds: 3,
      maxReceiveCount: 5,
      batchSize: 4,
    });
    fastRetries(pipeline.clients.dynamoDocumentClient(), 12, 1000);
  });
  afterAll(async () => {
    pipeline?.close();
    await emulators?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('resumes processing after the restart with nothing lost', async () => {
    await pipeline.send(bodies(CORPUS));
    let restarted: Promise<void> | undefined;
    const reports = await pipeline.drain({
      eventSource: {
        // After the first batch, restart DynamoDB while the next batch is being handled.
        onBatch: () => {
          restarted ??= new Promise((resolve) => setTimeout(resolve, 50)).then(() =>
            emulators.restartDynamo(),
          );
        },
      },
    });
    await restarted;
    expect(reports.length).toBeGreaterThan(1);
    // Data written before the restart survived it (persistent path), and the rest was processed after.
    await expectOfflineSeries(pipeline);
    await expectAccountedAndAlertedOnce(pipeline);
  });
});
