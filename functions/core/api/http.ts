/**
 * HTTP response building for the read API: JSON bodies, cache headers, ETags and conditional GETs.
 * Pure (no node:crypto), so the same code runs in Lambda, the local server and tests.
 */

export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export type ErrorCode = 'bad_request' | 'not_found' | 'method_not_allowed' | 'internal';

export interface ErrorBody {
  error: ErrorCode;
  /** The parameter at fault (for 400s and unknown pairs). */
  parameter?: string;
  message: string;
}

/** Scores change at most once per scoring run; a minute of caching spares the table. */
export const CACHE_CONTROL = 'public, max-age=60';
export const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';

const BASE_HEADERS: Record<string, string> = {
  'content-type': 'application/json; charset=utf-8',
  'x-content-type-options': 'nosniff',
  // A public read-only API: any page (the dashboard, notebooks) may read it.
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'ETag',
};

/**
 * 64-bit hash of a string as 16 hex chars (two independent 32-bit FNV-1a style lanes). Not
 * cryptographic: it identifies a representation for ETags and checks cursors for accidental damage.
 */
export function hashText(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 0x85ebca6b);
  h2 = Math.imul(h2 ^ (h2 >>> 13), 0xc2b2ae35);
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/** True when an If-None-Match header value matches the ETag (weak comparison, as RFC 9110 asks). */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

/**
 * A cacheable JSON 200: ETag from the body, and a 304 without body when the caller already has it.
 */
export function cacheableJson(value: unknown, ifNoneMatch: string | undefined): ApiResponse {
  const body = JSON.stringify(value);
  const etag = `"${hashText(body)}"`;
  const headers = { ...BASE_HEADERS, 'cache-control': CACHE_CONTROL, etag };
  if (etagMatches(ifNoneMatch, etag)) return { status: 304, headers, body: '' };
  return { status: 200, headers, body };
}

/** A JSON response that must not be cached (health, errors). */
export function uncachedJson(
  status: number,
  value: unknown,
  extra: Record<string, string> = {},
): ApiResponse {
  return {
    status,
    headers: { ...BASE_HEADERS, 'cache-control': 'no-store', ...extra },
    body: JSON.stringify(value),
  };
}

export function errorResponse(
  status: number,
  error: ErrorCode,
  message: string,
  parameter?: string,
  extra: Record<string, string> = {},
): ApiResponse {
  const body: ErrorBody = parameter === undefined ? { error, message } : { error, parameter, message };
  return uncachedJson(status, body, extra);
}

/** Answer to a CORS preflight or an OPTIONS probe. */
export function optionsResponse(): ApiResponse {
  return {
    status: 204,
    headers: {
      ...BASE_HEADERS,
      allow: ALLOWED_METHODS,
      'access-control-allow-methods': ALLOWED_METHODS,
      'access-control-allow-headers': 'If-None-Match, Content-Type',
      'access-control-max-age': '86400',
      'cache-control': 'no-store',
    },
    body: '',
  };
}
