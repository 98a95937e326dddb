/** Web adapter: safe HTTP fetching (SSRF guard, limits, retries) and page text extraction. */
export { BodyDecodeError, type DecodedBody, decodeBody } from './charset';
export { DEFAULT_FULL_TEXT_LIMITS, extractPageText, type FullTextLimits } from './full-text';
export { HostLimiter } from './host-limiter';
export {
  assertFetchable,
  BlockedUrlError,
  blockedAddressReason,
  type HostLookup,
  systemLookup,
} from './ssrf';
export {
  FetchError,
  type FetchErrorKind,
  WebFetcher,
  type WebFetcherDeps,
  type WebFetchSettings,
} from './web-fetcher';
