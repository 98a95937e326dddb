/**
 * Pagination cursors of the read API. The store's own cursor is wrapped with the query it belongs
 * to and a checksum, so a damaged cursor, or one replayed on another query, is a 400 naming
 * `cursor` rather than a failed read inside the store.
 */
import { hashText } from './http';
import { ParamError } from './params';

interface CursorPayload {
  /** The store's cursor. */
  c: string;
  /** Hash of the query the cursor continues. */
  q: string;
}

function queryKey(query: readonly string[]): string {
  return hashText(query.join('\u0000'));
}

export function encodeCursor(storeCursor: string, query: readonly string[]): string {
  const payload: CursorPayload = { c: storeCursor, q: queryKey(query) };
  const json = JSON.stringify(payload);
  return `${Buffer.from(json, 'utf8').toString('base64url')}_${hashText(json)}`;
}

/** The store cursor inside an API cursor, after checking it is intact and belongs to `query`. */
export function decodeCursor(cursor: string, query: readonly string[]): string {
  const separator = cursor.lastIndexOf('_');
  const encoded = cursor.slice(0, Math.max(separator, 0));
  const json = Buffer.from(encoded, 'base64url').toString('utf8');
  // Re-encoding must give the same text: base64's spare bits could otherwise hide a change.
  const intact = Buffer.from(json, 'utf8').toString('base64url') === encoded;
  if (separator < 0 || !intact || hashText(json) !== cursor.slice(separator + 1)) {
    throw new ParamError('cursor', 'cursor is not one this API issued (damaged or truncated)');
  }
  let payload: Partial<CursorPayload> | null;
  try {
    payload = JSON.parse(json) as Partial<CursorPayload> | null;
  } catch {
    payload = null;
  }
  if (typeof payload?.c !== 'string' || payload.q !== queryKey(query)) {
    throw new ParamError('cursor', 'cursor belongs to a different query: repeat pair, bucket, from and to');
  }
  return payload.c;
}
