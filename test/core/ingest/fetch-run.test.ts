import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createTensionTable } from '../../../functions/adapters/store/create-table';
import { DynamoTensionStore, KEYS } from '../../../functions/adapters/store/dynamo-tension-store';
import { extractPageText, WebFetcher } from '../../../functions/adapters/web';
import { articleIdForUrl } from '../../../functions/core/feeds';
import {
  ArticleSendError,
  type ArticleSink,
  type IngestDeps,
  type IngestStore,
  ingestSource,
  runIngest,
} from '../../../functions/core/ingest';
import type { Article } from '../../../functions/core/model';
import { SourceConfigSchema } from '../../../lib/config/config-schema';
import { LOCAL_AWS, type RunningEmulator, startDynalite } from '../../../local/emulators';
import { type FixtureServer, startFixtureServer } from '../../adapters/web/fixture-server';

let server: FixtureServer;
let dynamo: RunningEmulator;
let doc: DynamoDBDocumentClient;
let table = 0;

beforeAll(async () => {
  server = await startFixtureServer();
  dynamo = await startDynalite();
  doc = DynamoDBDocumentClient.from(new DynamoDBClient({ ...LOCAL_AWS, endpoint: dynamo.endpoint }));
});
afterAll(async () => {
  doc?.destroy();
  await dynamo?.stop();
  await server?.close();
});

/** A fresh table per test, and the store with the release hook the ingest run uses after a failed send. */
async function freshStore(): Promise<IngestStore & { released: string[] }> {
  const name = `ingest-${++table}`;
  await createTensionTable(new DynamoDBClient({ ...LOCAL_AWS, endpoint: dynamo.endpoint }), name);
  const store = new DynamoTensionStore(doc, name);
  const released: string[] = [];
  return Object.assign(store, {
    released,
    async forgetArticleSeen(id: string) {
      released.push(id);
      await doc.send(new DeleteCommand({ TableName: name, Key: KEYS.articleSeen(id) }));
    },
  });
}

class CollectingSink implements ArticleSink {
  readonly articles: Article[] = [];
  async send(articles: Article[]) {
    this.articles.push(...articles);
    return { sent: articles.length, truncated: [] };
  }
}

const fetcher = new WebFetcher(
  {
    timeoutMs: 2000,
    maxBodyBytes: 1024 * 1024,
    maxRedirects: 5,
    retries: 0,
    perHostConcurrency: 2,
    userAgent: 'border-tension-test',
    allowLoopback: true,
  },
  { backoffBaseMs: 1 },
);
const source = (id: string, path: string, extra: Record<string, unknown> = {}) =>
  SourceConfigSchema.parse({ id, url: `${server.origin}${path}`, ...extra });
const deps = (store: IngestStore, sink: ArticleSink): IngestDeps => ({
  fetcher,
  store,
  sink,
  extractPageText,
  settings: { seenTtlDays: 30 },
  now: () => new Date('2022-09-20T00:00:00Z'),
});

describe('ingestSource', () => {
  it('fetches full text, and the page canonical link makes the feed copy and the page one article', async () => {
    const store = await freshStore();
    const sink = new CollectingSink();
    const result = await ingestSource(
      source('local', '/rss-local', { fetchFullText: true, outlet: 'Local' }),
      deps(store, sink),
    );
    expect(result).toMatchObject({ status: 'ok', new: 2, fullTextFetched: 1, fullTextFailed: 1 });
    const [full, teaser] = sink.articles;
    expect(full).toMatchObject({
      url: 'https://news.example.org/world/2022/09/batken-fire',
      id: articleIdForUrl('https://news.example.org/world/2022/09/batken-fire'),
      source: 'Local',
      published: '2022-09-16T07:45:00.000Z',
    });
    expect(full?.text).toContain('A clinic in a nearby village said it had treated two people');
    // The page could not be fetched: the summary stands, and the undated entry takes the run time.
    expect(teaser).toMatchObject({
      text: expect.stringMatching(/^The teaser is all there is/),
      published: '2022-09-20T00:00:00.000Z',
    });

    // The plain RSS feed carries the same story under a tracking link: a duplicate now.
    const again = await ingestSource(source('rss', '/rss'), deps(store, sink));
    expect(again).toMatchObject({ new: 2, duplicate: 1, skippedNonEnglish: 1, skippedInvalid: 1 });
  });

  it('releases seen marks and keeps the old fetch state when the articles cannot be sent, so nothing is lost', async () => {
    const store = await freshStore();
    const failing: ArticleSink = {
      send: async (articles) => {
        throw new ArticleSendError(
          'queue unavailable',
          articles.slice(0, 2).map((a) => a.id),
        );
      },
    };
    await expect(ingestSource(source('cond', '/conditional'), deps(store, failing))).rejects.toThrow(
      'queue unavailable',
    );
    expect(store.released).toHaveLength(2);
    expect(await store.getSourceState('cond')).toBeUndefined();

    const sink = new CollectingSink();
    const retry = await ingestSource(source('cond', '/conditional'), deps(store, sink));
    // The two released articles come back; the third English one (which the queue had accepted)
    // and the French one (skipped once) stay duplicates.
    expect(retry).toMatchObject({ status: 'ok', new: 2, duplicate: 2 });
    expect((await store.getSourceState('cond'))?.etag).toBe('"feed-v1"');
  });
});

describe('runIngest', () => {
  it('summarises many sources, one failing alone with its reason', async () => {
    const store = await freshStore();
    const sink = new CollectingSink();
    const { summary, results } = await runIngest(
      [source('atom', '/atom'), source('broken', '/html'), source('json', '/json'), source('gone', '/404')],
      deps(store, sink),
    );
    expect(summary).toMatchObject({ sourcesOk: 2, new: 4, seen: 5, skippedInvalid: 1 });
    expect(summary.sourcesFailed).toEqual([
      { sourceId: 'broken', kind: 'parse', reason: 'got an HTML page where an XML feed was expected' },
      { sourceId: 'gone', kind: 'http-status', reason: `HTTP 404 from ${server.origin}/404` },
    ]);
    expect(results.map((r) => r.status)).toEqual(['ok', 'failed', 'ok', 'failed']);
    expect(sink.articles).toHaveLength(4);
  });
});
