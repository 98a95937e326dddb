/**
 * One article through the scoring pipeline: extract, store its events, rescore the dyads it
 * touched, claim, publish and settle level transitions, and only then mark the article processed.
 * Talks to storage only through the TensionStore port and to alerting through the AlertPublisher
 * port, so the Lambda, the local runner and the tests share it.
 *
 * No lost updates: each scorer stores its events, then takes a new dyad revision, then reads the
 * dyad's events. A scorer holding a higher revision therefore read every event stored by scorers
 * with lower revisions, and the store keeps the points of the highest revision.
 *
 * Crash safety: the processed marker is written last. A scorer that dies at any earlier step
 * leaves the article unmarked, and the redelivery redoes every step: extraction is deterministic,
 * events have deterministic keys (re-put is a no-op), the series is a function of the events, and
 * a transition claimed but not published is taken again once its lease runs out. Alerts are
 * therefore exactly once, except when the scorer dies between publishing and settling a
 * transition: then the redelivery publishes it again (at least once).
 */
import { z } from 'zod';
import { extractArticle } from '../extraction';
import { type Article, ArticleSchema, type DyadPair, type Extraction, type ScorePoint } from '../model';
import type { AlertPublisher, LevelChangeAlert } from '../ports/alert-publisher';
import type { LevelTransition, StoredEvent, TensionStore, TransitionLease } from '../ports/tension-store';
import {
  eventTime,
  floorTo,
  MODEL,
  resolveScoringSettings,
  type ScoringSettings,
  scoreSeries,
  textHash,
} from '../scoring';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/**
 * How far back an event may start a recompute window: ten years covers replaying past conflicts
 * (e.g. 2022 news); older dates are history or misread dates, stored but not scored again.
 */
export const MAX_BACKFILL_DAYS = 3653;

export interface ProcessResult {
  status: 'scored' | 'duplicate' | 'no-events';
  pairs: DyadPair[];
  events: number;
  /** Transitions this run published. */
  transitions: LevelChangeAlert[];
  /** Transitions this run recorded without alerting: older than scoring.alertMaxAgeHours (backfill). */
  suppressed: LevelChangeAlert[];
}

export type Extract = (article: Article, options?: { extraPairs?: string[] }) => Extraction;

export interface PipelineDeps {
  store: TensionStore;
  /** Where level-change alerts go; each claimed transition is published, then settled. */
  publisher: AlertPublisher;
  settings?: Partial<ScoringSettings>;
  /** Extra dyads beyond land neighbours (config dyads.extraPairs). */
  extraPairs?: string[];
  now?: Date;
  /** The extractor; the real one unless a test or tool passes another. */
  extract?: Extract;
}

/**
 * Thrown when a transition this article's rescore found is pending under the live lease of this
 * article's own earlier attempt: the article is not marked processed, so its redelivery (after the
 * lease) makes sure the alert went out.
 */
export class TransitionBusyError extends Error {
  override readonly name = 'TransitionBusyError';
}

/** Thrown for an article that does not match ArticleSchema: nothing was stored. */
export class InvalidArticleError extends Error {
  override readonly name = 'InvalidArticleError';
}

/** Publication time as ISO 8601 UTC; a date alone means its midnight UTC. */
export function normalisePublished(value: string | null | undefined, fallback: Date): string {
  if (!value) return fallback.toISOString();
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00.000Z` : value);
  return Number.isNaN(ms) ? fallback.toISOString() : new Date(ms).toISOString();
}

/** The events of an extraction that belong to a dyad, as stored (index = position in the extraction). */
export function toStoredEvents(article: Article, extraction: Extraction, published: string): StoredEvent[] {
  const hash = textHash(article.text);
  return extraction.events.flatMap((event, index) =>
    event.pair
      ? [
          {
            ...event,
            pair: event.pair,
            articleId: article.id,
            index,
            url: article.url ?? null,
            title: article.title,
            published,
            outlet: article.source ?? null,
            textHash: hash,
          },
        ]
      : [],
  );
}

export async function processArticle(input: Article, deps: PipelineDeps): Promise<ProcessResult> {
  const parsed = ArticleSchema.safeParse(input);
  if (!parsed.success) throw new InvalidArticleError(`invalid article: ${z.prettifyError(parsed.error)}`);
  const article = parsed.data;
  const now = deps.now ?? new Date();
  const { store } = deps;
  if (await store.isArticleProcessed(article.id)) {
    return { status: 'duplicate', pairs: [], events: 0, transitions: [], suppressed: [] };
  }
  const extraction = (deps.extract ?? extractArticle)(article, { extraPairs: deps.extraPairs });
  const published = normalisePublished(article.published ?? extraction.published, now);
  const events = toStoredEvents(article, extraction, published);
  const pairs = await store.putArticleEvents({ id: article.id, published }, events);

  const settings = resolveScoringSettings(deps.settings);
  const lease: TransitionLease = { now, leaseMs: settings.alertLeaseSeconds * 1000, holder: article.id };
  const transitions: LevelChangeAlert[] = [];
  const suppressed: LevelChangeAlert[] = [];
  const busy: LevelTransition[] = [];
  for (const pair of pairs) {
    const times = events.filter((e) => e.pair === pair).map((e) => eventTime(e) ?? Date.parse(published));
    const claimed: LevelChangeAlert[] = [];
    for (const window of recomputeWindows(times, now, settings.recomputeDays)) {
      const result = await rescoreDyad(pair, { store, settings, now, lease }, window.since, window.until);
      claimed.push(...result.transitions);
      busy.push(...result.busy);
    }
    // Old news (backfill) is recorded but not alerted: no alert storm when a past conflict is replayed.
    const oldest = now.getTime() - settings.alertMaxAgeHours * HOUR_MS;
    for (const alert of claimed) {
      const { evidence: _evidence, ...transition } = alert;
      if (Date.parse(alert.t) < oldest) {
        await store.settleTransition(transition, 'suppressed');
        suppressed.push(alert);
      } else {
        await deps.publisher.publish(alert);
        await store.settleTransition(transition, 'sent');
        transitions.push(alert);
      }
    }
  }
  if (busy.length > 0) {
    const which = busy.map((t) => `${t.pair} ${t.from}->${t.to} at ${t.t}`).join(', ');
    throw new TransitionBusyError(
      `level change ${which} is being alerted by another scorer; retry this article after its lease`,
    );
  }
  // Last: until this marker exists, a redelivery redoes every step above (see the module comment).
  await store.markArticleProcessed(article.id, { published, pairs, events: events.length });
  const status = events.length === 0 ? 'no-events' : 'scored';
  return { status, pairs, events: events.length, transitions, suppressed };
}

export interface RescoreResult {
  revision: number;
  points: ScorePoint[];
  /** Transitions this call claimed: the caller publishes (or suppresses) and settles them. */
  transitions: LevelChangeAlert[];
  /** Transitions pending under another scorer's live lease. */
  busy: LevelTransition[];
}

export interface RecomputeWindow {
  since: Date;
  until: Date;
}

/**
 * The windows to recompute for new events at `times` (ms): each event moves the points from the
 * start of its day up to `recomputeDays` later (beyond that its contribution has decayed below 0.1% with the
 * default half-life), never after `now` (future dates count from now). Events older than
 * MAX_BACKFILL_DAYS open no window. Overlapping spans merge, so an article about last week and last
 * year recomputes two months, not a year.
 */
export function recomputeWindows(
  times: readonly number[],
  now: Date,
  recomputeDays: number,
): RecomputeWindow[] {
  const nowMs = now.getTime();
  const earliest = nowMs - MAX_BACKFILL_DAYS * DAY_MS;
  const starts = times
    .filter((t) => t >= earliest)
    // From the start of the event's day: a report joining a story raises the story's confidence
    // from the story's time, its earliest report, which is on the same day (docs/scoring.md §2).
    .map((t) => floorTo(Math.min(t, nowMs), 'day'))
    .sort((a, b) => a - b);
  const windows: { since: number; until: number }[] = [];
  for (const start of starts) {
    const until = Math.min(nowMs, start + recomputeDays * DAY_MS);
    const last = windows[windows.length - 1];
    if (last && start <= last.until) last.until = Math.max(last.until, until);
    else windows.push({ since: start, until });
  }
  return windows.map((w) => ({ since: new Date(w.since), until: new Date(w.until) }));
}

/**
 * Recompute a dyad's hourly and daily points over [since, until] (by default from `since`, clamped
 * to MAX_BACKFILL_DAYS back, up to `min(now, since + recomputeDays)`), store them under a fresh
 * revision, and claim the level transitions in that window.
 */
export async function rescoreDyad(
  pair: DyadPair,
  deps: {
    store: TensionStore;
    settings?: Partial<ScoringSettings>;
    now?: Date;
    lease?: TransitionLease;
  },
  since: Date,
  until?: Date,
): Promise<RescoreResult> {
  const settings = resolveScoringSettings(deps.settings);
  const now = (deps.now ?? new Date()).getTime();
  const earliest = now - MAX_BACKFILL_DAYS * DAY_MS;
  const start = floorTo(Math.min(Math.max(since.getTime(), earliest), now), 'hour');
  const end = Math.min(now, until ? until.getTime() : start + settings.recomputeDays * DAY_MS);
  // Revision before reading: see the module comment.
  const revision = await deps.store.bumpDyadRevision(pair);
  // Events that still weigh (decay tail), plus the baseline and warm-up the series looks back on.
  const lookBackDays =
    settings.halfLifeDays * MODEL.decayTailHalfLives.value +
    settings.baselineDays +
    MODEL.warmupDays.value +
    1;
  const events = await deps.store.queryEvents(
    pair,
    new Date(start - lookBackDays * DAY_MS).toISOString(),
    new Date(end + DAY_MS).toISOString(),
  );
  const common = { pair, to: new Date(end + 1), now: new Date(now), settings };
  // One hour before the window: the level the first recomputed hour is compared with.
  const hourly = scoreSeries(events, { ...common, bucket: 'hour', from: new Date(start - HOUR_MS) });
  const daily = scoreSeries(events, { ...common, bucket: 'day', from: new Date(start) });
  await deps.store.putScorePoints([...hourly, ...daily], revision);

  const transitions: LevelChangeAlert[] = [];
  const busy: LevelTransition[] = [];
  const lease = deps.lease ?? { now: new Date(now) };
  // The hour before the window, as stored by an earlier recomputation: the level is path-dependent
  // (hysteresis since a window's start), so the reader may see a change at the window's first hour
  // that neither recomputation saw on its own.
  const first = hourly[0];
  const hourBefore = first ? new Date(Date.parse(first.t) - HOUR_MS).toISOString() : undefined;
  const stored =
    first && hourBefore
      ? (await deps.store.querySeries(pair, 'hour', hourBefore, first.t, { limit: 1 })).items[0]
      : undefined;
  for (let i = 0; i < hourly.length; i++) {
    const previous = i === 0 ? stored : hourly[i - 1];
    const point = hourly[i] as ScorePoint;
    if (!previous || point.level === previous.level) continue;
    const transition: LevelTransition = {
      pair,
      t: point.t,
      from: previous.level,
      to: point.level,
      score: point.score,
      trend: point.trend,
    };
    if (await deps.store.claimTransition(transition, lease)) {
      transitions.push({ ...transition, evidence: point.evidence });
    } else if ((await deps.store.getTransitionState(transition)) === 'pending') {
      // Held by another article's scorer: that article is not marked processed before it has
      // published, so if it dies its redelivery takes the claim over. Only a claim left by this
      // article's own earlier attempt makes this attempt wait (retry after the lease).
      const holder = await deps.store.transitionHolder(transition);
      if (holder === undefined || holder === lease.holder) busy.push(transition);
    }
  }
  return { revision, points: [...hourly, ...daily], transitions, busy };
}
