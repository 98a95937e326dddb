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
  /**
   * Set on an event read without its text (evidence sentence, title and URL, then empty): where the
   * store keeps that text, opaque to the domain. Points built from such events carry it in their
   * evidence until TensionStore.completeEvidence fills it in.
   */
  textRef?: string;
}

/** One article's events to store (its id and publication time, ISO 8601). */
export interface ArticleEvents {
  id: string;
  published: string;
  events: readonly StoredEvent[];
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

/** Alert state of a recorded transition: claimed (lease running), published, or recorded without alert. */
export type TransitionState = 'pending' | 'sent' | 'suppressed';

export interface TransitionLease {
  /** Clock of the claim (the store's own clock when absent). */
  now?: Date;
  /** How long the claim holds off other scorers; shorter than the queue's visibility timeout. */
  leaseMs?: number;
  /** Id of the article whose scorer claims (and so must publish) the transition. */
  holder?: string;
}

/** A recorded transition with its alert state and the article whose scorer claimed it. */
export interface RecordedTransition extends LevelTransition {
  state: TransitionState;
  holder?: string;
  /** When the claim of a `pending` transition lapses (ISO); absent: it never lapses. */
  leaseUntil?: string;
}

/** What putScorePoints did: days written, and days whose stored content was already the same. */
export interface ScoreWrite {
  written: number;
  unchanged: number;
  /**
   * The stored hourly point asked for with `options.read`, as it was before this write (null: none
   * stored). Absent when the store did not read that hour's day for this write: ask querySeries.
   */
  read?: ScorePoint | null;
}

/** One stored hourly point putScorePoints should also report, when it reads that day anyway. */
export interface HourToRead {
  pair: DyadPair;
  t: string;
}

/** Default transition lease: long enough for one publish, shorter than the SQS visibility timeout. */
export const DEFAULT_TRANSITION_LEASE_MS = 60_000;

/** What the processed marker of an article records. */
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
  /** Release a seen mark (DeleteItem), so an article whose message could not be sent is fetched again. */
  forgetArticleSeen(articleId: string): Promise<void>;

  // Scoring
  /**
   * Store the events of a batch of articles, and their coverage records (scoring's
   * coverageRecords) under their publication time, the articles' events of one dyad and day
   * together (one write for a batch's reports of one clash). Storing the same articles again
   * rewrites the same items; an article stored again with other articles (a redelivery in another
   * batch) is stored twice, and queryEvents returns each of its events once.
   */
  putArticleEvents(articles: readonly ArticleEvents[]): Promise<void>;
  /** Increment and return the dyad's revision; taken after events are stored, before they are read. */
  bumpDyadRevision(pair: DyadPair): Promise<number>;
  /**
   * Events of a dyad whose event time (their date, or their publication when undated) falls in
   * [from, to), and the coverage records (scoring's coverageRecords) of articles published in
   * [from, to); each event (article id + index) once, as stored last, strongly consistent. A store
   * may leave out the events' text, which scoring does not read (see StoredEvent.textRef).
   */
  queryEvents(pair: DyadPair, fromIso: string, toIso: string): Promise<StoredEvent[]>;
  /**
   * The points with the text of their evidence filled in where it was computed from events read
   * without it (Evidence.textRef); points that need none come back as they are.
   */
  completeEvidence(points: readonly ScorePoint[]): Promise<ScorePoint[]>;
  /**
   * Write score points computed at `revision`: one stored item per dyad and day holds the day's
   * daily point and its hourly values (hourly points keep no evidence; the latest point does).
   * Points merge into what is stored for their day, and only days whose content changes are
   * written. A day already written from a newer revision is kept (no lost updates when two scorers
   * race). Also maintains the "latest" item per dyad: the newest hourly point (a backfilled old
   * window never replaces a newer latest point), written only when it changes.
   */
  putScorePoints(
    points: ScorePoint[],
    revision: number,
    options?: { read?: HourToRead },
  ): Promise<ScoreWrite>;
  /**
   * Claim a level transition for alerting: records it as `pending` with a lease. True when this call
   * holds the claim: the transition was new, or still pending with an expired lease (its scorer died
   * before publishing). False when it was already settled or another scorer holds a live lease.
   */
  claimTransition(transition: LevelTransition, lease?: TransitionLease): Promise<boolean>;
  /**
   * Record a level transition too old to alert (scoring.alertMaxAgeHours) as `suppressed`, in one
   * write: nothing is published for it, so it needs no pending claim to settle afterwards. True when
   * this call recorded it (new, or pending with an expired lease); false as for claimTransition.
   */
  recordSuppressedTransition(transition: LevelTransition, lease?: TransitionLease): Promise<boolean>;
  /** The article whose scorer holds (or last held) the claim of a transition. */
  transitionHolder(transition: LevelTransition): Promise<string | undefined>;
  /**
   * State of a recorded transition (strongly consistent); undefined when never recorded. Read after
   * a failed claim: `pending` means another scorer holds a live lease, so this article must be
   * retried later rather than marked processed (the holder may die before publishing).
   */
  getTransitionState(transition: LevelTransition): Promise<TransitionState | undefined>;
  /** Transitions recorded for a dyad with `t` in [fromIso, toIso), oldest first, strongly consistent. */
  recordedTransitions(pair: DyadPair, fromIso: string, toIso: string): Promise<RecordedTransition[]>;
  /** Settle a claimed transition: `sent` after publishing, `suppressed` when too old to alert. */
  settleTransition(transition: LevelTransition, state: Exclude<TransitionState, 'pending'>): Promise<void>;

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
