/**
 * The read API as one pure function over the TensionStore port: the Lambda handler and the local
 * server both translate their requests into an ApiRequest and send back the ApiResponse.
 * Bad input is a 400 naming the parameter, an unknown pair or route a 404; only a failing store
 * gives a 5xx.
 */
import type { DyadPair, ScorePoint } from '../model';
import type { TensionStore } from '../ports/tension-store';
import { decodeCursor, encodeCursor } from './cursor';
import {
  ALLOWED_METHODS,
  type ApiResponse,
  cacheableJson,
  errorResponse,
  optionsResponse,
  uncachedJson,
} from './http';
import {
  DEFAULT_RANGE_DAYS,
  EVIDENCE_DEFAULT_DAYS,
  MAX_RANGE_DAYS,
  ParamError,
  parsePair,
  parseQuery,
  QUERY_SCHEMAS,
  type QueryInput,
  resolveRange,
} from './params';
import { countriesOf, levelBands, pointView, rankDyads, topEvidence, transitionView } from './views';

export interface ApiRequest {
  method: string;
  /** Path without query string, e.g. "/v1/dyads/KGZ-TJK/series" (percent-encoding allowed). */
  path: string;
  query?: QueryInput;
  /** Header names in any case. */
  headers?: Record<string, string | undefined>;
}

export interface ApiDeps {
  store: TensionStore;
  now?: Date;
  /** Told about unexpected failures (the store), which become a 500 without details. */
  onError?: (error: unknown, request: ApiRequest) => void;
}

interface RouteContext {
  pair: DyadPair;
  query: QueryInput;
  ifNoneMatch: string | undefined;
  store: TensionStore;
  now: Date;
}

interface Route {
  pattern: RegExp;
  /** Whether the first capture group is a dyad pair. */
  hasPair: boolean;
  run(context: RouteContext): Promise<ApiResponse>;
}

/** Transitions shown with a dyad's detail. */
const RECENT_TRANSITIONS = 10;
/** Points read per store page when gathering evidence (2 years of days fit in one). */
const EVIDENCE_PAGE = 1000;
const EVIDENCE_MAX_PAGES = 5;

async function health({ query, now }: RouteContext): Promise<ApiResponse> {
  parseQuery(QUERY_SCHEMAS.health, query);
  return uncachedJson(200, { status: 'ok', time: now.toISOString() });
}

async function listDyads({ store, query, ifNoneMatch }: RouteContext): Promise<ApiResponse> {
  parseQuery(QUERY_SCHEMAS.list, query);
  const latest = await store.listLatest();
  return cacheableJson({ items: rankDyads(latest) }, ifNoneMatch);
}

/** The dyad's latest point, or a 404 naming the pair. */
async function latestOrMissing(store: TensionStore, pair: DyadPair): Promise<ScorePoint | ApiResponse> {
  const latest = await store.getLatest(pair);
  return latest ?? errorResponse(404, 'not_found', `no scores for dyad ${pair}`, 'pair');
}

const isResponse = (value: ScorePoint | ApiResponse): value is ApiResponse => 'status' in value;

async function dyadDetail({ store, pair, query, ifNoneMatch }: RouteContext): Promise<ApiResponse> {
  parseQuery(QUERY_SCHEMAS.detail, query);
  const [latest, transitions] = await Promise.all([
    latestOrMissing(store, pair),
    store.listTransitions(pair, RECENT_TRANSITIONS),
  ]);
  if (isResponse(latest)) return latest;
  return cacheableJson(
    {
      pair,
      countries: countriesOf(pair),
      latest: { ...pointView(latest), bucket: latest.bucket, evidence: topEvidence([latest], 100).items },
      transitions: transitions.map(transitionView),
    },
    ifNoneMatch,
  );
}

async function series({ store, pair, query, ifNoneMatch, now }: RouteContext): Promise<ApiResponse> {
  const params = parseQuery(QUERY_SCHEMAS.series, query);
  const { from, to } = resolveRange(params, {
    now,
    defaultDays: DEFAULT_RANGE_DAYS[params.bucket],
    maxDays: MAX_RANGE_DAYS[params.bucket],
    what: `bucket=${params.bucket}`,
  });
  const fromIso = from.toISOString();
  const toIso = to.toISOString();
  const queryKey = [pair, params.bucket, fromIso, toIso];
  const storeCursor = params.cursor === undefined ? undefined : decodeCursor(params.cursor, queryKey);
  const [latest, page] = await Promise.all([
    latestOrMissing(store, pair),
    store.querySeries(pair, params.bucket, fromIso, toIso, { limit: params.limit, cursor: storeCursor }),
  ]);
  if (isResponse(latest)) return latest;
  return cacheableJson(
    {
      pair,
      bucket: params.bucket,
      from: fromIso,
      to: toIso,
      levels: levelBands(),
      points: page.items.map(pointView),
      ...(page.next === undefined ? {} : { next: encodeCursor(page.next, queryKey) }),
    },
    ifNoneMatch,
  );
}

async function evidence({ store, pair, query, ifNoneMatch, now }: RouteContext): Promise<ApiResponse> {
  const params = parseQuery(QUERY_SCHEMAS.evidence, query);
  const { from, to } = resolveRange(params, {
    now,
    defaultDays: EVIDENCE_DEFAULT_DAYS,
    maxDays: MAX_RANGE_DAYS.day,
    what: 'evidence',
  });
  const fromIso = from.toISOString();
  const toIso = to.toISOString();
  const latest = await latestOrMissing(store, pair);
  if (isResponse(latest)) return latest;
  // Daily points carry the day's contributing events; a range is at most MAX_RANGE_DAYS.day long.
  const points: ScorePoint[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < EVIDENCE_MAX_PAGES; page++) {
    const result = await store.querySeries(pair, 'day', dayStart(fromIso), toIso, {
      limit: EVIDENCE_PAGE,
      cursor,
    });
    points.push(...result.items);
    cursor = result.next;
    if (cursor === undefined) break;
  }
  const inRange = points.map((point) => ({
    ...point,
    evidence: point.evidence.filter((e) => withinRange(e.date, fromIso, toIso)),
  }));
  const top = topEvidence(inRange, params.limit);
  return cacheableJson({ pair, from: fromIso, to: toIso, items: top.items, total: top.total }, ifNoneMatch);
}

/** Midnight UTC of an ISO instant's day: the day bucket that contains it. */
function dayStart(iso: string): string {
  return `${iso.slice(0, 10)}T00:00:00.000Z`;
}

/** Whether an evidence date (YYYY-MM-DD or an instant) falls in the range, at day precision. */
function withinRange(date: string, fromIso: string, toIso: string): boolean {
  const day = date.slice(0, 10);
  return day >= fromIso.slice(0, 10) && `${day}T00:00:00.000Z` < toIso;
}

const ROUTES: Route[] = [
  { pattern: /^\/v1\/health$/, hasPair: false, run: health },
  { pattern: /^\/v1\/dyads$/, hasPair: false, run: listDyads },
  { pattern: /^\/v1\/dyads\/([^/]+)$/, hasPair: true, run: dyadDetail },
  { pattern: /^\/v1\/dyads\/([^/]+)\/series$/, hasPair: true, run: series },
  { pattern: /^\/v1\/dyads\/([^/]+)\/evidence$/, hasPair: true, run: evidence },
];

function headerValue(headers: ApiRequest['headers'], name: string): string | undefined {
  for (const [key, value] of Object.entries(headers ?? {})) {
    if (key.toLowerCase() === name) return value;
  }
  return undefined;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new ParamError('pair', 'pair is not valid percent-encoding');
  }
}

export async function handleApiRequest(request: ApiRequest, deps: ApiDeps): Promise<ApiResponse> {
  // One trailing slash is tolerated ("/v1/dyads/").
  const path = request.path.length > 1 ? request.path.replace(/\/$/, '') : request.path;
  const match = ROUTES.map((route) => ({ route, found: route.pattern.exec(path) })).find((m) => m.found);
  if (!match?.found) {
    return errorResponse(404, 'not_found', `no such resource: ${path.slice(0, 200)}`, 'path');
  }
  const method = request.method.toUpperCase();
  if (method === 'OPTIONS') return optionsResponse();
  if (method !== 'GET' && method !== 'HEAD') {
    return errorResponse(405, 'method_not_allowed', `${method.slice(0, 20)} is not allowed here`, undefined, {
      allow: ALLOWED_METHODS,
    });
  }
  try {
    const response = await match.route.run({
      pair: match.route.hasPair ? parsePair(safeDecode(match.found[1] ?? '')) : '',
      query: request.query ?? {},
      ifNoneMatch: headerValue(request.headers, 'if-none-match'),
      store: deps.store,
      now: deps.now ?? new Date(),
    });
    return method === 'HEAD' ? { ...response, body: '' } : response;
  } catch (error) {
    if (error instanceof ParamError) {
      return errorResponse(400, 'bad_request', error.message, error.parameter);
    }
    deps.onError?.(error, request);
    return errorResponse(500, 'internal', 'the tension store could not be read; try again shortly');
  }
}
