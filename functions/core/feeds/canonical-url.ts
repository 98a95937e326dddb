/**
 * Article identity. The same story reached through two feeds, or through a tracking link, must get
 * one id, so the id is a hash of the canonical URL: tracking parameters and fragments removed, host
 * lowercased, default port dropped, remaining query parameters sorted.
 */
import { createHash } from 'node:crypto';

/** Query parameters that only track the click, never select the content. */
const TRACKING_PARAMETERS: readonly RegExp[] = [
  /^utm_/i,
  /^fbclid$/i,
  /^gclid$/i,
  /^dclid$/i,
  /^msclkid$/i,
  /^mc_(cid|eid)$/i,
  /^igshid$/i,
  /^_ga$/i,
  /^yclid$/i,
];

/** Raised for a link that cannot identify an article (not absolute http/https). */
export class ArticleUrlError extends Error {
  override readonly name = 'ArticleUrlError';
}

/** Canonical form of an article URL; `base` resolves relative links. */
export function canonicalizeUrl(raw: string, base?: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    throw new ArticleUrlError(`not a URL: "${raw.slice(0, 200)}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ArticleUrlError(`not an http(s) URL: "${raw.slice(0, 200)}"`);
  }
  url.hash = '';
  url.username = '';
  url.password = '';
  const kept = [...url.searchParams.entries()].filter(
    ([name]) => !TRACKING_PARAMETERS.some((pattern) => pattern.test(name)),
  );
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = kept.length ? new URLSearchParams(kept).toString() : '';
  // WHATWG URL already lowercases the host and drops default ports; a trailing dot is the same host.
  url.hostname = url.hostname.replace(/\.$/, '');
  return url.href;
}

/** Article id: first 32 hex characters of the SHA-256 of the canonical URL. */
export function articleIdForUrl(canonicalUrl: string): string {
  return createHash('sha256').update(canonicalUrl).digest('hex').slice(0, 32);
}
