/**
 * The storage port of the domain. The DynamoDB adapter (functions/adapters/store) implements it
 * for Lambda and the local runner; tests run it against dynalite. Every write is idempotent:
 * redelivering a message and re-running a step leaves the same items behind.
 */
import type { Bucket, DyadPair, ExtractedEvent, Level, ScorePoint } from '../model';

/** An extracted event as stored: the event plus what scoring and evidence need of its article. */
export interface StoredEvent extends ExtractedEvent {
  pair: DyadPair;
  articleId: string;
  /** Position of the event in its article's extraction (makes the storage key deterministic). */
  index: number;
  url: string | null;
  title: string;
  /** Article publication time, ISO 8601. */
  published: string;
  /** Outlet or feed that carried the article. */
  outlet: string | null;
  /** 64-bit SimHash of the article text as 16 hex chars, to count syndicated copies once. */
  textHash: string;
}

/** Conditional-GET state of one feed source. */
export interface SourceState {
  etag?: string;
  lastModified?: string;
  lastFetchedAt?: string;
  lastStatus?: string;
}

/** A level transition as recorded (and alerted) once. */
export interface LevelTransition {
  pair: DyadPair;
  /** Bucket start the new level begins at, ISO 8601. */
  t: string;
  from: Level;
  to: Level;
  score: number;
  trend: number;
}

export interface Page<T> {
  items: T[];
  /** Opaque cursor for the next page, absent on the last page. */
  next?: string;
}

export interface TensionStore {
  // Ingestion
  /** Record an article id as seen; true when it was new (conditional put with TTL). */
  markArticleSeen(articleId: string, ttlDays: number): Promise<boolean>;
  getSourceState(sourceId: string): Promise<SourceState | undefined>;
  putSourceState(sourceId: string, state: SourceState): Promise<void>;

  // Scoring
  /**
   * Store an article's events under deterministic keys (article id + index) and mark the article
   * processed. Re-putting the same article is a no-op. Returns the dyads the article touched.
   */
  putArticleEvents(article: { id: string; published: string }, events: StoredEvent[]): Promise<DyadPair[]>;
  /** True when the article's events were already stored (redelivery). */
  isArticleProcessed(articleId: string): Promise<boolean>;
  /** Increment and return the dyad's revision; taken after events are stored, before they are read. */
  bumpDyadRevision(pair: DyadPair): Promise<number>;
  /** Events of a dyad whose event date (or publication) falls in [from, to), strongly consistent. */
  queryEvents(pair: DyadPair, fromIso: string, toIso: string): Promise<StoredEvent[]>;
  /**
   * Write score points computed at `revision`. A point already written from a newer revision is
   * kept (no lost updates when two scorers race). Also maintains the "latest" item per dyad.
   */
  putScorePoints(points: ScorePoint[], revision: number): Promise<void>;
  /** Record a level transition once; true when this call recorded it (and so should alert). */
  claimTransition(transition: LevelTransition): Promise<boolean>;

  // Reading
  /** Latest point of every dyad (no scan). */
  listLatest(): Promise<ScorePoint[]>;
  getLatest(pair: DyadPair): Promise<ScorePoint | undefined>;
  querySeries(
    pair: DyadPair,
    bucket: Bucket,
    fromIso: string,
    toIso: string,
    options?: { limit?: number; cursor?: string },
  ): Promise<Page<ScorePoint>>;
  listTransitions(pair: DyadPair, limit?: number): Promise<LevelTransition[]>;
}
