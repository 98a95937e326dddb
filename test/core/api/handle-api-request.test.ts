/**
 * The read API over data stored in dynalite through DynamoTensionStore; every response is checked
 * against api/openapi.json, and fuzzed requests never get a 5xx.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import fc from 'fast-check';
import { createTensionTable } from '../../../functions/adapters/store/create-table';
import { DynamoTensionStore } from '../../../functions/adapters/store/dynamo-tension-store';
import { type ApiRequest, type ApiResponse, handleApiRequest } from '../../../functions/core/api';
import type { TensionStore } from '../../../functions/core/ports/tension-store';
import { LOCAL_AWS, type RunningEmulator, startDynalite } from '../../../local/emulators';
import { FIXTURE_LAST_DAY, FIXTURE_NOW, seedStore } from './fixtures';
import { contractErrors, openapi, templateFor } from './openapi-contract';

let dynalite: RunningEmulator;
let client: DynamoDBClient;
let store: TensionStore;

beforeAll(async () => {
  dynalite = await startDynalite();
  client = new DynamoDBClient({ ...LOCAL_AWS, endpoint: dynalite.endpoint });
  await createTensionTable(client, 'api');
  store = new DynamoTensionStore(DynamoDBDocumentClient.from(client), 'api');
  await seedStore(store, FIXTURE_LAST_DAY);
});

afterAll(async () => {
  client?.destroy();
  await dynalite?.stop();
});

/** GET a path (with query string) and check the response against the contract. */
async function get(pathAndQuery: string, headers: Record<string, string> = {}): Promise<ApiResponse> {
  const url = new URL(pathAndQuery, 'http://api.test');
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(key);
    query[key] = all.length === 1 ? all[0]! : all;
  }
  const response = await handleApiRequest(
    { method: 'GET', path: url.pathname, query, headers },
    { store, now: FIXTURE_NOW },
  );
  expect(contractErrors('GET', url.pathname, response.status, response.body)).toBe('');
  return response;
}

const json = (response: ApiResponse) => JSON.parse(response.body);

describe('GET /v1/dyads', () => {
  it('ranks every dyad by its latest score with level, trend, anomaly and last update', async () => {
    const response = await get('/v1/dyads');
    expect(response.status).toBe(200);
    const { items } = json(response);
    expect(items.map((d: { pair: string }) => d.pair)).toEqual(['KGZ-TJK', 'ARM-AZE', 'CHN-IND']);
    expect(items.map((d: { rank: number }) => d.rank)).toEqual([1, 2, 3]);
    expect(items[0]).toMatchObject({
      countries: [
        { iso3: 'KGZ', name: 'Kyrgyzstan' },
        { iso3: 'TJK', name: 'Tajikistan' },
      ],
      level: 'critical',
      bucket: 'hour',
      updated: '2022-09-18T15:00:00.000Z',
    });
    expect(items[0].trend).toBeLessThan(0);
    expect(items[1].level).toBe('elevated');
    expect(items[2].level).toBe('calm');
  });

  it('sets short cache headers and an ETag, and answers 304 to If-None-Match', async () => {
    const first = await get('/v1/dyads');
    expect(first.headers['cache-control']).toBe('public, max-age=60');
    expect(first.headers.etag).toMatch(/^"[0-9a-f]{16}"$/);
    const again = await get('/v1/dyads', { 'If-None-Match': first.headers.etag! });
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
    const stale = await get('/v1/dyads', { 'if-none-match': '"0000000000000000"' });
    expect(stale.status).toBe(200);
  });
});

describe('GET /v1/dyads/{pair}', () => {
  it('gives the latest point, the countries, evidence and recent transitions', async () => {
    const response = await get('/v1/dyads/KGZ-TJK');
    expect(response.status).toBe(200);
    const body = json(response);
    expect(body.pair).toBe('KGZ-TJK');
    expect(body.countries[1]).toEqual({ iso3: 'TJK', name: 'Tajikistan' });
    expect(body.latest).toMatchObject({ t: '2022-09-18T15:00:00.000Z', bucket: 'hour', level: 'critical' });
    expect(body.transitions).toEqual([
      { pair: 'KGZ-TJK', t: '2022-09-15T00:00:00.000Z', from: 'high', to: 'critical', score: 72, trend: 9 },
    ]);
  });

  it('accepts the pair in any case and order', async () => {
    const response = await get('/v1/dyads/tjk-kgz');
    expect(response.status).toBe(200);
    expect(json(response).pair).toBe('KGZ-TJK');
  });

  it('is a 404 naming the pair for a well-formed pair without scores', async () => {
    const response = await get('/v1/dyads/FRA-ESP');
    expect(response.status).toBe(404);
    expect(json(response)).toEqual({
      error: 'not_found',
      parameter: 'pair',
      message: 'no scores for dyad ESP-FRA',
    });
  });

  it('is a 400 naming pair for a well-formed code that is no country', async () => {
    const response = await get('/v1/dyads/KGZ-XYZ/series');
    expect(response.status).toBe(400);
    expect(json(response)).toEqual({
      error: 'bad_request',
      parameter: 'pair',
      message: 'pair: XYZ is not an ISO 3166-1 alpha-3 country code, e.g. KGZ-TJK',
    });
  });

  it.each(['KGZTJK', 'KG-TJK', 'KGZ-KGZ', 'KGZ-TJK-UZB', '%E0%A4%A'])(
    'is a 400 naming pair for %p',
    async (pair) => {
      const response = await get(`/v1/dyads/${pair}`);
      expect(response.status).toBe(400);
      expect(json(response)).toMatchObject({ error: 'bad_request', parameter: 'pair' });
    },
  );
});

describe('GET /v1/dyads/{pair}/series', () => {
  it('returns daily points in [from, to) with level bands', async () => {
    const response = await get('/v1/dyads/KGZ-TJK/series?from=2022-09-10&to=2022-09-17');
    expect(response.status).toBe(200);
    const body = json(response);
    expect(body).toMatchObject({
      bucket: 'day',
      from: '2022-09-10T00:00:00.000Z',
      to: '2022-09-17T00:00:00.000Z',
    });
    expect(body.points.map((p: { t: string }) => p.t.slice(0, 10))).toEqual([
      '2022-09-10',
      '2022-09-11',
      '2022-09-12',
      '2022-09-13',
      '2022-09-14',
      '2022-09-15',
      '2022-09-16',
    ]);
    expect(body.points.map((p: { score: number }) => p.score)).toEqual([24, 30, 41, 52, 63, 72, 78]);
    expect(body.levels.map((b: { level: string; from: number }) => [b.level, b.from])).toEqual([
      ['calm', 0],
      ['elevated', 20],
      ['high', 45],
      ['critical', 70],
    ]);
    expect(body.next).toBeUndefined();
  });

  it('defaults to the last 90 days of daily points, ending now', async () => {
    const body = json(await get('/v1/dyads/KGZ-TJK/series'));
    expect(body.to).toBe(FIXTURE_NOW.toISOString());
    expect(body.from).toBe('2022-06-20T15:30:00.000Z');
    // Not on a minute boundary, "now" is rounded up so repeated requests share an ETag.
    const later = await handleApiRequest(
      { method: 'GET', path: '/v1/dyads/KGZ-TJK/series' },
      { store, now: new Date(FIXTURE_NOW.getTime() - 25_000) },
    );
    expect(JSON.parse(later.body).to).toBe(FIXTURE_NOW.toISOString());
    expect(body.points).toHaveLength(20);
  });

  it('serves hourly points', async () => {
    const body = json(await get('/v1/dyads/ARM-AZE/series?bucket=hour&from=2022-09-18T00:00:00Z'));
    expect(body.points).toHaveLength(16);
    expect(body.points[0].t).toBe('2022-09-18T00:00:00.000Z');
  });

  it('paginates with a cursor until every point is read once', async () => {
    const seen: string[] = [];
    let path = '/v1/dyads/KGZ-TJK/series?from=2022-08-01&to=2022-09-30&limit=6';
    for (let pages = 0; pages < 10; pages++) {
      const body = json(await get(path));
      seen.push(...body.points.map((p: { t: string }) => p.t));
      if (!body.next) break;
      expect(body.points).toHaveLength(6);
      path = `/v1/dyads/KGZ-TJK/series?from=2022-08-01&to=2022-09-30&limit=6&cursor=${body.next}`;
    }
    expect(seen).toHaveLength(20);
    expect(new Set(seen).size).toBe(20);
    expect([...seen].sort()).toEqual(seen);
  });

  it('refuses a cursor replayed on another range', async () => {
    const { next } = json(await get('/v1/dyads/KGZ-TJK/series?from=2022-08-01&to=2022-09-30&limit=5'));
    const response = await get(
      `/v1/dyads/KGZ-TJK/series?from=2022-08-02&to=2022-09-30&limit=5&cursor=${next}`,
    );
    expect(response.status).toBe(400);
    expect(json(response).parameter).toBe('cursor');
  });

  it.each([
    ['from=2022-09-20&to=2022-09-10', 'from'],
    ['bucket=hour&from=2022-01-01&to=2022-09-01', 'from'],
    ['from=2018-01-01&to=2022-09-01', 'from'],
    ['bucket=minute', 'bucket'],
    ['limit=5000', 'limit'],
    ['from=2022-13-01', 'from'],
    ['to=soon', 'to'],
    ['cursor=abc', 'cursor'],
  ])('is a 400 for %s naming %s', async (query, parameter) => {
    const response = await get(`/v1/dyads/KGZ-TJK/series?${query}`);
    expect(response.status).toBe(400);
    expect(json(response)).toMatchObject({ error: 'bad_request', parameter });
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('is a 404 for a pair without scores', async () => {
    expect((await get('/v1/dyads/ESP-FRA/series')).status).toBe(404);
  });
});

describe('GET /v1/dyads/{pair}/evidence', () => {
  it('lists the strongest events of the period once each, with article, sentence and weight', async () => {
    const response = await get('/v1/dyads/KGZ-TJK/evidence?from=2022-09-01&to=2022-09-19');
    expect(response.status).toBe(200);
    const body = json(response);
    expect(body.total).toBe(4);
    expect(body.items.map((e: { articleId: string }) => e.articleId)).toEqual([
      'a-1601',
      'a-1801',
      'a-1301',
      'a-1602',
    ]);
    expect(body.items[0]).toEqual({
      articleId: 'a-1601',
      url: 'https://news.example.org/a-1601',
      title: 'Artillery duel along the frontier',
      sentence: 'Both armies traded artillery fire along the valley road for several hours.',
      cameo: '194',
      weight: -9.1,
      date: '2022-09-15',
    });
  });

  it('keeps to the period and the limit', async () => {
    const body = json(await get('/v1/dyads/KGZ-TJK/evidence?from=2022-09-15&to=2022-09-16&limit=1'));
    expect(body.total).toBe(2);
    expect(body.items.map((e: { articleId: string }) => e.articleId)).toEqual(['a-1601']);
  });

  it('defaults to the last 7 days', async () => {
    const body = json(await get('/v1/dyads/CHN-IND/evidence'));
    expect(body.from).toBe('2022-09-11T15:30:00.000Z');
    expect(body.items.map((e: { articleId: string }) => e.articleId)).toEqual(['c-1701']);
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=101', 'limit'],
    ['from=2019-01-01&to=2022-01-01', 'from'],
    ['from=not-a-date', 'from'],
  ])('is a 400 for %s naming %s', async (query, parameter) => {
    const response = await get(`/v1/dyads/KGZ-TJK/evidence?${query}`);
    expect(response.status).toBe(400);
    expect(json(response).parameter).toBe(parameter);
  });
});

describe('routing', () => {
  it('serves every path the contract documents', async () => {
    const templates = Object.keys(openapi.paths);
    expect(templates.sort()).toEqual([
      '/v1/dyads',
      '/v1/dyads/{pair}',
      '/v1/dyads/{pair}/evidence',
      '/v1/dyads/{pair}/series',
      '/v1/health',
    ]);
    for (const template of templates) {
      const response = await get(template.replace('{pair}', 'KGZ-TJK'));
      expect(response.status).toBe(200);
    }
  });

  it('answers health without caching', async () => {
    const response = await get('/v1/health');
    expect(json(response)).toEqual({ status: 'ok', time: FIXTURE_NOW.toISOString() });
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('is a 404 naming the path for an unknown route', async () => {
    const response = await handleApiRequest({ method: 'GET', path: '/v2/dyads' }, { store });
    expect(response.status).toBe(404);
    expect(json(response)).toMatchObject({ error: 'not_found', parameter: 'path' });
  });

  it('is a 405 with Allow for writes, and HEAD has headers without a body', async () => {
    const post = await handleApiRequest({ method: 'POST', path: '/v1/dyads' }, { store });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD, OPTIONS');
    const head = await handleApiRequest({ method: 'HEAD', path: '/v1/dyads' }, { store, now: FIXTURE_NOW });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect(head.headers.etag).toBe((await get('/v1/dyads')).headers.etag);
  });

  it('answers a failing store with a 500 that hides the cause and reports it', async () => {
    const errors: unknown[] = [];
    const broken = {
      ...store,
      listLatest: () => Promise.reject(new Error('throttled')),
    } as unknown as TensionStore;
    const response = await handleApiRequest(
      { method: 'GET', path: '/v1/dyads' },
      { store: broken, onError: (e) => errors.push(e) },
    );
    expect(response.status).toBe(500);
    expect(response.body).not.toContain('throttled');
    expect(errors).toHaveLength(1);
  });
});

describe('fuzzed requests', () => {
  const segment = fc.oneof(
    fc.constantFrom('KGZ-TJK', 'tjk-kgz', 'ESP-FRA', 'AAA-AAA', '%', '%ZZ', '..', ''),
    fc.string({ maxLength: 12 }),
    fc.stringMatching(/^[A-Za-z]{3}-[A-Za-z]{3}$/),
  );
  const path = fc.oneof(
    segment.map((s) => `/v1/dyads/${s}`),
    segment.map((s) => `/v1/dyads/${s}/series`),
    segment.map((s) => `/v1/dyads/${s}/evidence`),
    fc.constantFrom('/v1/dyads', '/v1/health', '/', '/v1', '/v1/dyads/KGZ-TJK/series/'),
    fc.webPath(),
  );
  const value = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.constantFrom('hour', 'day', '0', '-1', '1e3', '99999999', '2022-09-16', '2022-02-29', 'NaN', ''),
    fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
    fc.integer().map(String),
  );
  const query = fc.dictionary(
    fc.constantFrom('from', 'to', 'bucket', 'limit', 'cursor', 'x'),
    fc.oneof(value, fc.array(value, { minLength: 2, maxLength: 3 })),
  );

  it('never answers bad input with a 5xx, and every error names the problem', async () => {
    await fc.assert(
      fc.asyncProperty(path, query, async (p, q) => {
        const request: ApiRequest = { method: 'GET', path: p, query: q };
        const response = await handleApiRequest(request, { store, now: FIXTURE_NOW });
        expect(response.status).toBeLessThan(500);
        const body = JSON.parse(response.body);
        if (response.status >= 400) {
          expect(typeof body.message).toBe('string');
          if (response.status === 400)
            expect(['pair', 'from', 'to', 'bucket', 'limit', 'cursor']).toContain(body.parameter);
        }
        // Everything the contract documents is checked against it (unknown routes are not in it).
        const documented = p.length > 1 ? p.replace(/\/$/, '') : p;
        if (templateFor(documented)) {
          expect(contractErrors('GET', documented, response.status, response.body)).toBe('');
        }
      }),
      { numRuns: 300 },
    );
  });
});
