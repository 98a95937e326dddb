import { SendMessageCommand } from '@aws-sdk/client-sqs';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import type { Article } from '../../functions/core/model';
import { SqsEventSource } from '../../local/sqs-event-source';
import { type FixtureServer, startFixtureServer } from '../adapters/web/fixture-server';
import { drain, type Harness, startHarness } from './harness';

type Handler = (event: SQSEvent) => Promise<SQSBatchResponse>;

const GOOD = ['rss', 'rdf', 'atom', 'json', 'gdelt', 'gzip', 'conditional'];
const BROKEN: Record<string, RegExp> = {
  malformed: /^malformed XML at line \d+/,
  html: /HTML page where an XML feed was expected/,
  '404': /^HTTP 404 from /,
  '500': /^HTTP 500 from /,
  slow: /no complete response within 1000 ms/,
  'loop-a': /redirect loop/,
  huge: /body exceeds the limit of 65536 bytes/,
  billion: /declares XML entities/,
  'latin1-mislabelled': /body is not valid utf-8/,
  'to-metadata': /blocked 169\.254\.169\.254/,
};

let server: FixtureServer;
let aws: Harness;
let fetchHandler: Handler;
let dispatch: () => Promise<{ dispatched: number }>;
let summaries: Record<string, unknown>[];

const sourceId = (path: string) => `src-${path}`.toLowerCase();

beforeAll(async () => {
  server = await startFixtureServer();
  const sources = [...GOOD, ...Object.keys(BROKEN)].map((path) => ({
    id: sourceId(path),
    url: `${server.origin}/${path}`,
    outlet: `Outlet ${path}`,
  }));
  aws = await startHarness({
    settings: { fetch: { allowLoopback: true, timeoutMs: 1000, retries: 0, maxBodyBytes: 65536 } },
    sources,
    // Longer than a fetcher batch takes here, so no record is redelivered while it is being handled.
    visibilityTimeoutSeconds: 3,
  });
  // Imported after the environment is set, as Lambda loads a handler in a configured container.
  ({ handler: fetchHandler } = await import('../../functions/handlers/fetch-source'));
  ({ handler: dispatch } = await import('../../functions/handlers/dispatch-sources'));
  const { logger } = await import('../../functions/commons/powertools');
  summaries = [];
  jest.spyOn(logger, 'info').mockImplementation((message: unknown, ...extra: unknown[]) => {
    if (message === 'fetch run summary') summaries.push(extra[0] as Record<string, unknown>);
  });
});

afterAll(async () => {
  await aws?.stop();
  await server?.close();
});

interface Summary {
  sourcesOk: number;
  sourcesNotModified: number;
  sourcesFailed: { sourceId: string; kind: string; reason: string }[];
  new: number;
  duplicate: number;
  skippedNonEnglish: number;
}

/** Drive the fetcher as Lambda's event source does until the sources queue is empty; add up the batch summaries. */
async function runFetcher() {
  const source = new SqsEventSource({
    client: aws.sqs,
    queueUrl: aws.sources.url,
    queueArn: aws.sources.arn,
    handler: fetchHandler,
    batchSize: 10,
    maxBatchingWindowSeconds: 0,
    functionName: 'fetcher',
    timeoutSeconds: 30,
  });
  const from = summaries.length;
  const report = { received: 0, succeeded: 0, failed: 0 };
  for (let batch = await source.pollOnce(); batch; batch = await source.pollOnce()) {
    report.received += batch.received;
    report.succeeded += batch.succeeded;
    report.failed += batch.failed;
  }
  const summary: Summary = {
    sourcesOk: 0,
    sourcesNotModified: 0,
    sourcesFailed: [],
    new: 0,
    duplicate: 0,
    skippedNonEnglish: 0,
  };
  for (const part of summaries.slice(from) as unknown as Summary[]) {
    summary.sourcesOk += part.sourcesOk;
    summary.sourcesNotModified += part.sourcesNotModified;
    summary.sourcesFailed.push(...part.sourcesFailed);
    summary.new += part.new;
    summary.duplicate += part.duplicate;
    summary.skippedNonEnglish += part.skippedNonEnglish;
  }
  return { report, summary };
}

const articleBodies = async () =>
  (await drain(aws.sqs, aws.articles.url)).map((m) => JSON.parse(m.Body ?? '') as Article);

describe('dispatcher → sources queue → fetcher → articles queue', () => {
  let firstRun: Article[];

  it('fans out one message per source, and every broken source fails alone with its reason', async () => {
    const total = GOOD.length + Object.keys(BROKEN).length;
    expect(await dispatch()).toEqual({ dispatched: total });
    const { report, summary } = await runFetcher();
    // Broken feeds are reported, not retried through the queue: every record is acknowledged.
    expect(report).toEqual({ received: total, succeeded: total, failed: 0 });
    expect(summary.sourcesOk).toBe(GOOD.length);
    expect(summary.sourcesFailed).toHaveLength(Object.keys(BROKEN).length);
    for (const [path, reason] of Object.entries(BROKEN)) {
      const failure = summary.sourcesFailed.find((f) => f.sourceId === sourceId(path));
      expect(failure?.reason).toMatch(reason);
    }
    expect(summary.sourcesFailed.find((f) => f.sourceId === 'src-slow')?.kind).toBe('timeout');
    expect(summary.sourcesFailed.find((f) => f.sourceId === 'src-malformed')?.kind).toBe('parse');

    // rss 3 + rdf 2 + atom 2 + json 2 + gdelt 1: the gzip and conditional sources repeat atom and rss.
    firstRun = await articleBodies();
    expect(firstRun).toHaveLength(10);
    expect(summary.new).toBe(10);
    // gzip repeats atom's 2 entries; conditional repeats rss's 4 (the French one was marked seen first).
    expect(summary.duplicate).toBe(6);
    expect(summary.skippedNonEnglish).toBe(2);
    expect(new Set(firstRun.map((a) => a.id)).size).toBe(10);
    const fire = firstRun.find((a) => a.url === 'https://news.example.org/world/2022/09/batken-fire');
    expect(fire).toMatchObject({ title: 'Border posts trade fire overnight in the Batken valley' });
    expect(fire?.text).not.toMatch(/script|alert/);
  });

  it('keeps conditional-GET state per source and failure reasons in the store', async () => {
    expect(await aws.store.getSourceState('src-conditional')).toMatchObject({
      etag: '"feed-v1"',
      lastModified: 'Fri, 16 Sep 2022 10:00:00 GMT',
      lastStatus: 'ok',
    });
    expect((await aws.store.getSourceState('src-404'))?.lastStatus).toMatch(/^failed: HTTP 404/);
  });

  it('enqueues nothing twice on the next run, and sends If-None-Match', async () => {
    await dispatch();
    const { summary } = await runFetcher();
    expect(await articleBodies()).toEqual([]);
    expect(summary.new).toBe(0);
    expect(summary.sourcesNotModified).toBe(1);
    expect(server.lastHeaders.get('/conditional')?.['if-none-match']).toBe('"feed-v1"');
  });

  it('returns only a poison source message to the queue, until it lands in the DLQ', async () => {
    await aws.sqs.send(
      new SendMessageCommand({ QueueUrl: aws.sources.url, MessageBody: '{"id": "Not Valid!"' }),
    );
    await aws.sqs.send(
      new SendMessageCommand({
        QueueUrl: aws.sources.url,
        MessageBody: JSON.stringify({ id: 'src-rdf', url: `${server.origin}/rdf` }),
      }),
    );
    const total = { received: 0, succeeded: 0, failed: 0 };
    let dead: string[] = [];
    // Poll as Lambda would until the poison message has used up its receives (visibility timeout 3 s).
    for (let round = 0; round < 8 && dead.length === 0; round++) {
      const { report } = await runFetcher();
      total.received += report.received;
      total.succeeded += report.succeeded;
      total.failed += report.failed;
      dead = (await drain(aws.sqs, aws.sources.dlqUrl)).map((m) => m.Body ?? '');
    }
    // Received twice (maxReceiveCount 2), failing alone each time; its batch-mate went through once.
    expect(total).toEqual({ received: 3, succeeded: 1, failed: 2 });
    expect(dead).toEqual(['{"id": "Not Valid!"']);
  });
});
