/**
 * Articles through the scoring pipeline, a batch at a time: extract, store their events, rescore
 * each dyad they touched once, then claim, publish and settle level transitions.
 * Talks to storage only through the TensionStore port and to alerting through the AlertPublisher
 * port, so the Lambda, the local runner and the tests share it.
 *
 * No lost updates: each scorer stores its events, then takes a new dyad revision, then reads the
 * dyad's events. A scorer holding a higher revision therefore read every event stored by scorers
 * with lower revisions, and the store keeps the points of the highest revision.
 *
 * Redelivery and crash safety: every step is idempotent, so a redelivered article (whether its
 * scorer died at any step or finished and was not acknowledged) is simply processed again:
 * extraction is deterministic, a batch's events are stored under keys its articles determine (an
 * article stored again with other articles is read once, see TensionStore.queryEvents),
 * the series is a function of the events (unchanged days are not written), a transition already
 * settled is not claimed again, and one claimed but not published is taken again once its lease
 * runs out. No per-article "processed" marker is kept: it would cost a write on every article to
 * save work on the rare redelivery. Alerts are exactly once, except when the scorer dies between
 * publishing and settling a transition: then the redelivery publishes it again (at least once).
 */
import * as z from '../../../lib/config/zod-mini';
import { groupBy } from '../collections';
import { inParallel } from '../concurrency';
import { extractArticle } from '../extraction';
import {
  type Article,
  ArticleSchema,
  copyEvent,
  type DyadPair,
  type EveryField,
  type ExtractedEvent,
  type Extraction,
  type ScorePoint,
} from '../model';
import type { AlertPublisher, LevelChangeAlert } from '../ports/alert-publisher';
import type {
  LevelTransition,
  RecordedTransition,
  StoredEvent,
  TensionStore,
  TransitionLease,
} from '../ports/tension-store';
import {
  eventTime,
  evidenceSentence,
  floorTo,
  fnv1a64,
  MODEL,
  resolveScoringSettings,
  type ScoringCache,
  type ScoringSettings,
  scoreSeries,
  storyRepresentatives,
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
  /** `duplicate`: a second copy of an article in the same batch (the first copy did the work). */
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
  /**
   * What is kept between rescores (the same scores either way); by default the process's own, as
   * a Lambda container is one scorer. A benchmark gives each scorer it compares its own.
   */
  scoringCache?: ScoringCache;
}

/**
 * Thrown when a transition this article's rescore found is pending under the live lease of this
 * article's own earlier attempt: the article fails, so its redelivery (after the lease) makes sure
 * the alert went out.
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
  // Hashed only for an article with a dyad's event to store: most news names none.
  let hash: string | undefined;
  const stored: StoredEvent[] = [];
  extraction.events.forEach((event, index) => {
    if (!event.pair) return;
    hash ??= textHash(article.text);
    // Copied, then the stored fields added in one order: every stored event has one shape.
    const copy = copyEvent(event);
    // Evidence shows this much of a sentence; storing more would only cost write units.
    copy.evidence = evidenceSentence(event.evidence);
    const fields: EveryField<Omit<StoredEvent, keyof ExtractedEvent | 'textRef'>> = {
      articleId: article.id,
      index,
      url: article.url ?? null,
      title: article.title,
      published,
      outlet: article.source ?? null,
      textHash: hash,
    };
    stored.push(Object.assign(copy, fields, { pair: event.pair }));
  });
  return stored;
}

/** What happened to one article of a batch: its result, or the error that failed it alone. */
export type BatchOutcome = { ok: true; result: ProcessResult } | { ok: false; error: Error };

/** Articles (storing events) or dyads (rescoring) of a batch in flight at once. */
export const IO_CONCURRENCY = 8;

/** One article through the pipeline: processBatch of one, its error thrown. */
export async function processArticle(input: Article, deps: PipelineDeps): Promise<ProcessResult> {
  const [outcome] = await processBatch([input], deps);
  if (!outcome) throw new Error('processBatch returned no outcome');
  if (!outcome.ok) throw outcome.error;
  return outcome.result;
}

interface Pending {
  index: number;
  article: Article;
  published: string;
  events: StoredEvent[];
  /** Dyad events the extraction found (before keeping one report per story). */
  extracted: number;
  pairs: DyadPair[];
  /** Set when a dyad the article touched failed: the article fails with it. */
  error?: Error;
}

/**
 * A batch of articles through the pipeline, each failing alone. Every article is extracted and
 * its events stored first; then each dyad the batch touched is rescored once, over the union of
 * the windows its new events open, so a batch of a hundred reports on one clash writes that
 * dyad's series once, not a hundred times. An article succeeds only when every dyad it touched was
 * rescored and its alerts published; when a dyad fails, the articles that touched it fail with it
 * (their redelivery redoes the work, which is idempotent).
 */
export async function processBatch(inputs: readonly Article[], deps: PipelineDeps): Promise<BatchOutcome[]> {
  const now = deps.now ?? new Date();
  const { store } = deps;
  const settings = resolveScoringSettings(deps.settings);
  const outcomes: (BatchOutcome | undefined)[] = inputs.map(() => undefined);
  const fail = (index: number, error: unknown) => {
    outcomes[index] = { ok: false, error: error instanceof Error ? error : new Error(String(error)) };
  };
  const done = (index: number, result: ProcessResult) => {
    outcomes[index] = { ok: true, result };
  };
  const duplicate = (): ProcessResult => ({
    status: 'duplicate',
    pairs: [],
    events: 0,
    transitions: [],
    suppressed: [],
  });

  // 1. Validate, drop repeats within the batch (the first copy does the work).
  const firstById = new Map<string, number>();
  const candidates: { index: number; article: Article }[] = [];
  inputs.forEach((input, index) => {
    const parsed = ArticleSchema.safeParse(input);
    if (!parsed.success) {
      fail(index, new InvalidArticleError(`invalid article: ${z.prettifyError(parsed.error)}`));
      return;
    }
    if (firstById.has(parsed.data.id)) done(index, duplicate());
    else {
      firstById.set(parsed.data.id, index);
      candidates.push({ index, article: parsed.data });
    }
  });

  // 2. Extract each article, then store the batch's events in one write: the reports of one
  // clash share an item (billed per started kilobyte) instead of taking one each.
  const pending: Pending[] = [];
  for (const { index, article } of candidates) {
    try {
      const extraction = (deps.extract ?? extractArticle)(article, { extraPairs: deps.extraPairs });
      const published = normalisePublished(article.published ?? extraction.published, now);
      const all = toStoredEvents(article, extraction, published);
      const events = storyRepresentatives(all);
      const pairs = [...new Set(events.map((event) => event.pair))].sort();
      pending.push({ index, article, published, events, extracted: all.length, pairs });
    } catch (error) {
      fail(index, error);
    }
  }
  const storing = pending.filter((item) => item.events.length > 0);
  try {
    if (storing.length > 0) {
      await store.putArticleEvents(
        storing.map((item) => ({ id: item.article.id, published: item.published, events: item.events })),
      );
    }
  } catch (error) {
    // None of their events is known to be stored: each of these articles is retried (storing is
    // idempotent); articles without events had nothing to store.
    for (const item of storing) fail(item.index, error);
    pending.splice(0, pending.length, ...pending.filter((item) => item.events.length === 0));
  }

  // 3. Rescore each dyad once over the union of its windows, then alert its transitions.
  const touching = groupBy(
    pending.flatMap((item) => item.pairs.map((pair) => ({ pair, item }))),
    (entry) => entry.pair,
  );
  const byPair = new Map([...touching].map(([pair, entries]) => [pair, entries.map((e) => e.item)]));
  const lease: TransitionLease = { now, leaseMs: settings.alertLeaseSeconds * 1000 };
  const pairOutcome = new Map<
    DyadPair,
    { transitions: LevelChangeAlert[]; suppressed: LevelChangeAlert[] }
  >();
  // Each batch takes its dyads in its own order (seeded by its articles): concurrent scorers of
  // the same news then rarely write the same dyad at the same moment (a refused write is billed).
  const seed = pending.map((item) => item.article.id).join('|');
  const dyads = [...byPair]
    .map(([pair, items]) => ({ key: fnv1a64(`${seed}|${pair}`), pair, items }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.pair < b.pair ? -1 : 1))
    .map(({ pair, items }) => [pair, items] as const);
  await inParallel(dyads, IO_CONCURRENCY, async ([pair, items]) => {
    try {
      const ownIds = new Set(items.map((item) => item.article.id));
      // Event times, and publication times: an article counts in its dyad's coverage when it was
      // published, even when all its events are dated elsewhere (history, a date misread).
      const times = items.flatMap((item) => [
        Date.parse(item.published),
        ...item.events.filter((e) => e.pair === pair).map((e) => eventTime(e) ?? Date.parse(item.published)),
      ]);
      const claimed: LevelChangeAlert[] = [];
      const suppressed: LevelChangeAlert[] = [];
      const busy: LevelTransition[] = [];
      // The claim names one article of the batch; any of them redelivered recognises it as its own.
      const holder = [...ownIds].sort()[0];
      for (const window of recomputeWindows(times, now, settings.recomputeDays)) {
        const result = await rescoreDyad(
          pair,
          {
            store,
            settings,
            now,
            lease: { now: lease.now, leaseMs: lease.leaseMs, holder },
            ownIds,
            scoringCache: deps.scoringCache,
          },
          window.since,
          window.until,
        );
        claimed.push(...result.transitions);
        suppressed.push(...result.suppressed);
        busy.push(...result.busy);
      }
      await publishTransitions(claimed, deps);
      pairOutcome.set(pair, { transitions: claimed, suppressed });
      if (busy.length > 0) {
        const which = busy.map((t) => `${t.pair} ${t.from}->${t.to} at ${t.t}`).join(', ');
        throw new TransitionBusyError(
          `level change ${which} is being alerted by another scorer; retry this article after its lease`,
        );
      }
    } catch (error) {
      for (const item of items) item.error ??= error instanceof Error ? error : new Error(String(error));
    }
  });

  // 4. Outcomes. Each dyad's alerts are reported once, with the first article of the batch that touched it.
  const reporter = new Map<DyadPair, number>();
  for (const item of pending) {
    if (item.error) continue;
    for (const pair of item.pairs) if (!reporter.has(pair)) reporter.set(pair, item.index);
  }
  for (const item of pending) {
    if (item.error) {
      fail(item.index, item.error);
      continue;
    }
    const transitions: LevelChangeAlert[] = [];
    const suppressed: LevelChangeAlert[] = [];
    for (const pair of item.pairs) {
      if (reporter.get(pair) !== item.index) continue;
      transitions.push(...(pairOutcome.get(pair)?.transitions ?? []));
      suppressed.push(...(pairOutcome.get(pair)?.suppressed ?? []));
    }
    const events = item.extracted;
    const status = events === 0 ? 'no-events' : 'scored';
    done(item.index, { status, pairs: item.pairs, events, transitions, suppressed });
  }
  return outcomes.map((outcome) => outcome ?? { ok: false, error: new Error('article was not processed') });
}

/** Publish the transitions a rescore claimed, and settle each as sent. */
async function publishTransitions(claimed: readonly LevelChangeAlert[], deps: PipelineDeps): Promise<void> {
  for (const alert of claimed) {
    const { evidence: _evidence, ...transition } = alert;
    await deps.publisher.publish(alert);
    await deps.store.settleTransition(transition, 'sent');
  }
}

/**
 * Days of events before a recomputed window that a rescore reads: the events that still weigh
 * (decay tail and de-escalation reach), plus the baseline and warm-up the series looks back on.
 */
export function lookBackDays(settings: ScoringSettings): number {
  return (
    settings.halfLifeDays * MODEL.decayTailHalfLives.value +
    MODEL.deescalationReachDays.value +
    settings.baselineDays +
    MODEL.warmupDays.value +
    1
  );
}

export interface RescoreResult {
  revision: number;
  points: ScorePoint[];
  /** Transitions this call claimed: the caller publishes and settles them. */
  transitions: LevelChangeAlert[];
  /** Transitions this call recorded as suppressed: older than scoring.alertMaxAgeHours (backfill). */
  suppressed: LevelChangeAlert[];
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
    /**
     * Articles whose own earlier attempt may hold a pending claim (by default the lease holder):
     * such a claim makes this attempt wait instead of passing it by.
     */
    ownIds?: ReadonlySet<string>;
    /** What is kept between rescores (see PipelineDeps.scoringCache). */
    scoringCache?: ScoringCache;
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
  const events = await deps.store.queryEvents(
    pair,
    new Date(start - lookBackDays(settings) * DAY_MS).toISOString(),
    new Date(end + DAY_MS).toISOString(),
  );
  // Both series' options in full, not spread from shared ones: V8 builds spread literals slowly.
  const to = new Date(end + 1);
  const nowDate = new Date(now);
  const cache = deps.scoringCache;
  // One hour before the window: the level the first recomputed hour is compared with. Evidence
  // only where a level changes (alerts) and on the newest point (the latest point shows it).
  const scoredHours = scoreSeries(events, {
    pair,
    bucket: 'hour',
    from: new Date(start - HOUR_MS),
    to,
    now: nowDate,
    settings,
    evidence: 'changes',
    cache,
  });
  const scoredDays = scoreSeries(events, {
    pair,
    bucket: 'day',
    from: new Date(start),
    to,
    now: nowDate,
    settings,
    cache,
  });
  // Events are read without their text (scoring does not need it): the evidence shown gets it here.
  const completed = await deps.store.completeEvidence([...scoredHours, ...scoredDays]);
  const hourly = completed.slice(0, scoredHours.length);
  const daily = completed.slice(scoredHours.length);
  // The hour before the window, as stored by an earlier recomputation: the level is path-dependent
  // (hysteresis since a window's start), so the reader may see a change at the window's first hour
  // that neither recomputation saw on its own. The write reads that hour's day anyway.
  const first = hourly[0];
  const hourBefore = first ? new Date(Date.parse(first.t) - HOUR_MS).toISOString() : undefined;
  const write = await deps.store.putScorePoints(
    [...hourly, ...daily],
    revision,
    hourBefore ? { read: { pair, t: hourBefore } } : {},
  );

  const transitions: LevelChangeAlert[] = [];
  const suppressed: LevelChangeAlert[] = [];
  const busy: LevelTransition[] = [];
  const lease = deps.lease ?? { now: new Date(now) };
  // Old news (backfill) is recorded but not alerted: no alert storm when a past conflict is replayed.
  const oldest = now - settings.alertMaxAgeHours * HOUR_MS;
  const ownIds = deps.ownIds ?? new Set(lease.holder === undefined ? [] : [lease.holder]);
  // Absent from the write when the store did not read that day: then it is asked for.
  let stored = write.read ?? undefined;
  if (write.read === undefined && first && hourBefore) {
    stored = (await deps.store.querySeries(pair, 'hour', hourBefore, first.t, { limit: 1 })).items[0];
  }
  const candidates: { transition: LevelTransition; point: ScorePoint }[] = [];
  for (let i = 0; i < hourly.length; i++) {
    const previous = i === 0 ? stored : hourly[i - 1];
    const point = hourly[i] as ScorePoint;
    if (!previous || point.level === previous.level) continue;
    candidates.push({
      transition: {
        pair,
        t: point.t,
        from: previous.level,
        to: point.level,
        score: point.score,
        trend: point.trend,
      },
      point,
    });
  }
  // Transitions already recorded are read in one query, so a rescore that finds the same changes
  // again claims nothing (a refused conditional write is billed like a write).
  const recorded = new Map<string, RecordedTransition>();
  if (candidates.length > 0) {
    const from = (candidates[0] as { point: ScorePoint }).point.t;
    const to = new Date(Date.parse((candidates[candidates.length - 1] as { point: ScorePoint }).point.t) + 1);
    for (const r of await deps.store.recordedTransitions(pair, from, to.toISOString())) {
      recorded.set(`${r.t}|${r.to}`, r);
    }
  }
  const leaseNow = (lease.now ?? new Date(now)).toISOString();
  for (const { transition, point } of candidates) {
    const known = recorded.get(`${transition.t}|${transition.to}`);
    if (known && known.state !== 'pending') continue;
    if (known && !(known.leaseUntil !== undefined && known.leaseUntil < leaseNow)) {
      // Pending under a live lease: a claim would be refused (and billed); see whose it is instead.
      if (known.holder === undefined || ownIds.has(known.holder)) busy.push(transition);
      continue;
    }
    // Too old to alert: recorded as suppressed in one write, as nothing is published for it.
    const old = Date.parse(transition.t) < oldest;
    const taken = old
      ? await deps.store.recordSuppressedTransition(transition, lease)
      : await deps.store.claimTransition(transition, lease);
    if (taken) {
      (old ? suppressed : transitions).push({ ...transition, evidence: point.evidence });
    } else if ((await deps.store.getTransitionState(transition)) === 'pending') {
      // Held by another article's scorer: that article does not succeed before it has published,
      // so if it dies its redelivery takes the claim over. Only a claim left by an earlier
      // attempt of one of these articles makes this attempt wait (retry after the lease).
      const holder = await deps.store.transitionHolder(transition);
      if (holder === undefined || ownIds.has(holder)) busy.push(transition);
    }
  }
  return { revision, points: [...hourly, ...daily], transitions, suppressed, busy };
}
