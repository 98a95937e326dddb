/** Shapes of parsed feeds. Pure data; produced by parseFeed, consumed by the ingest run. */

/** Concrete feed formats parseFeed understands ('auto' in configuration resolves to one of these). */
export const CONCRETE_FEED_FORMATS = ['rss', 'rdf', 'atom', 'jsonfeed', 'gdelt'] as const;
export type ConcreteFeedFormat = (typeof CONCRETE_FEED_FORMATS)[number];
export type FeedFormat = ConcreteFeedFormat | 'auto';

/** One entry of a feed, normalised across formats. */
export interface FeedItem {
  /** Link to the article as the feed gives it (absolute), or null when the entry had none. */
  url: string | null;
  title: string;
  /** Plain-text summary or content (HTML stripped). */
  text: string;
  /** Publication time, ISO 8601 UTC, or null when absent or rejected (see dateProblem). */
  published: string | null;
  /** Why the entry's date was dropped or clamped, when it was. */
  dateProblem?: string;
  /** Language the feed or entry declares (e.g. "en", "fr"), when it declares one. */
  language?: string;
  /** Feed-provided id (guid, atom:id), for diagnostics only: identity is the canonical URL. */
  guid?: string;
}

export interface ParsedFeed {
  format: ConcreteFeedFormat;
  items: FeedItem[];
  /** Entries dropped while parsing, with the reason (e.g. "entry 3: no link"), and date warnings. */
  problems: string[];
  /** How many entries were dropped as unusable (no link, or neither title nor text). */
  dropped: number;
}

export interface ParseFeedOptions {
  /** Reference time for rejecting future dates (defaults to the current time). */
  now?: Date;
  /** Base URL for resolving relative links (the feed's own URL). */
  baseUrl?: string;
  /** At most this many entries are returned (the rest are reported as a problem). */
  maxItems?: number;
}

/** Raised for a body that is not a usable feed of the requested format; the message says why. */
export class FeedParseError extends Error {
  override readonly name = 'FeedParseError';
}
