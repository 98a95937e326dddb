/**
 * The tension index of one dyad as a pure function of its stored events:
 *   series = scoreSeries(events, options)
 * Order of the events and repeated events do not change the result (stories are built from
 * sets and summed in a canonical order). The formulas are documented in docs/scoring.md.
 */
import { type Bucket, type DyadPair, type Evidence, LEVELS, type Level, type ScorePoint } from '../model';
import type { StoredEvent } from '../ports/tension-store';
import { resolveScoringSettings, type ScoringSettings } from './settings';
import { buildStories, eventTime, type Story, uniqueEvents } from './stories';
import { MODEL } from './weights';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
export const BUCKET_MS: Readonly<Record<Bucket, number>> = { hour: HOUR_MS, day: DAY_MS };

export interface ScoreSeriesOptions {
  pair: DyadPair;
  bucket: Bucket;
  /** First bucket: the one containing `from`. */
  from: string | Date;
  /** Buckets start before `to` (exclusive). */
  to: string | Date;
  settings?: Partial<ScoringSettings>;
  /** Evaluate the bucket containing `now` at `now`, and emit no bucket starting after it. */
  now?: Date;
}

export interface Pressure {
  escalation: number;
  deescalation: number;
  score: number;
}

interface Contribution {
  story: Story;
  /** Signed, decayed, after same-day diminishing returns. */
  value: number;
}

function toMs(value: string | Date, name: string): number {
  const ms = value instanceof Date ? value.getTime() : Date.parse(value);
  if (Number.isNaN(ms)) throw new RangeError(`scoreSeries: ${name} is not a date: ${String(value)}`);
  return ms;
}

export function floorTo(ms: number, bucket: Bucket): number {
  return Math.floor(ms / BUCKET_MS[bucket]) * BUCKET_MS[bucket];
}

/** Index of the first element of a sorted array that is >= value. */
function bound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const x = sorted[mid] as number;
    if (x < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Saturating map of net pressure to 0-100. */
export function saturate(pressure: number): number {
  if (!(pressure > 0)) return 0;
  return 100 * (1 - Math.exp(-pressure / MODEL.saturation.value));
}

/** Net pressure: de-escalation pulls escalation down, by at most a fixed share of it. */
export function netPressure(escalation: number, deescalation: number): number {
  const offset = Math.min(
    MODEL.deescalationWeight.value * deescalation,
    MODEL.deescalationMaxShare.value * escalation,
  );
  return escalation - offset;
}

export function levelFor(score: number, current: Level): Level {
  const thresholds = MODEL.levelThresholds.value;
  const start = (level: Level) => (level === 'calm' ? 0 : thresholds[level]);
  let index = LEVELS.indexOf(current);
  // Rising: straight to the highest level whose threshold is reached.
  for (let i = LEVELS.length - 1; i > index; i--) {
    if (score >= start(LEVELS[i] as Level)) return LEVELS[i] as Level;
  }
  // Falling: only once the score is a hysteresis band below the current level's start.
  while (index > 0 && score < start(LEVELS[index] as Level) - MODEL.hysteresis.value) index--;
  return LEVELS[index] as Level;
}

/** The precomputed state of one dyad's events; evaluate pressure at any time. */
export class DyadModel {
  readonly stories: Story[];
  private readonly storyTimes: number[];
  /** First-seen time of every article about the dyad (coverage), sorted. */
  readonly articleTimes: number[];
  private readonly halfLifeMs: number;
  private readonly tailMs: number;

  constructor(events: readonly StoredEvent[], pair: DyadPair, settings: ScoringSettings) {
    this.stories = buildStories(events, pair);
    this.storyTimes = this.stories.map((s) => s.time);
    const firstSeen = new Map<string, number>();
    for (const event of uniqueEvents(events.filter((e) => e.pair === pair))) {
      const published = Date.parse(event.published);
      const time = Number.isNaN(published) ? eventTime(event) : published;
      if (time === null) continue;
      firstSeen.set(event.articleId, Math.min(firstSeen.get(event.articleId) ?? time, time));
    }
    this.articleTimes = [...firstSeen.values()].sort((a, b) => a - b);
    this.halfLifeMs = settings.halfLifeDays * DAY_MS;
    this.tailMs = this.halfLifeMs * MODEL.decayTailHalfLives.value;
  }

  private contributions(at: number): Contribution[] {
    const lo = bound(this.storyTimes, at - this.tailMs);
    // Stories strictly before `at`: a bucket [start, end) evaluated at `end` holds its own events.
    const hi = bound(this.storyTimes, at);
    const groups = new Map<string, { story: Story; decayed: number }[]>();
    for (let i = lo; i < hi; i++) {
      const story = this.stories[i] as Story;
      const decayed = Math.abs(story.weight) * 2 ** (-(at - story.time) / this.halfLifeMs);
      const group = groups.get(story.groupKey);
      if (group) group.push({ story, decayed });
      else groups.set(story.groupKey, [{ story, decayed }]);
    }
    const result: Contribution[] = [];
    const ratio = MODEL.sameDayRootRatio.value;
    for (const group of groups.values()) {
      // Largest first, each further story of the same kind and day counts `ratio` times less.
      group.sort((a, b) => b.decayed - a.decayed || (a.story.key < b.story.key ? -1 : 1));
      group.forEach(({ story, decayed }, rank) => {
        result.push({ story, value: story.sign * decayed * ratio ** rank });
      });
    }
    return result;
  }

  pressureAt(at: number): Pressure {
    let escalation = 0;
    let deescalation = 0;
    for (const { value } of this.contributions(at)) {
      if (value < 0) escalation -= value;
      else deescalation += value;
    }
    return { escalation, deescalation, score: saturate(netPressure(escalation, deescalation)) };
  }

  evidenceAt(at: number): Evidence[] {
    return this.contributions(at)
      .map((c) => ({ ...c, value: c.value > 0 ? c.value * MODEL.deescalationWeight.value : c.value }))
      .sort((a, b) => Math.abs(b.value) - Math.abs(a.value) || (a.story.key < b.story.key ? -1 : 1))
      .slice(0, MODEL.evidenceCount.value)
      .map(({ story, value }) => {
        const e = story.representative;
        return {
          articleId: e.articleId,
          url: e.url,
          title: e.title,
          sentence: e.evidence.slice(0, MODEL.evidenceSentenceChars.value),
          cameo: e.cameo,
          weight: round(value, 2),
          date: story.date,
        };
      });
  }

  storiesIn(start: number, end: number): number {
    return bound(this.storyTimes, end) - bound(this.storyTimes, start);
  }

  articlesIn(start: number, end: number): number {
    return bound(this.articleTimes, end) - bound(this.articleTimes, start);
  }
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Is coverage at `at` so far below the dyad's usual volume that silence means a quiet feed? */
function isQuiet(model: DyadModel, at: number, baselineDays: number): boolean {
  const first = model.articleTimes[0];
  if (first === undefined) return false;
  // Usual volume over the baseline, or over the dyad's history when it is shorter than that.
  const days = Math.min(baselineDays - 1, (at - DAY_MS - first) / DAY_MS);
  if (days < 1) return false;
  const usualPerDay = model.articlesIn(at - baselineDays * DAY_MS, at - DAY_MS) / days;
  if (usualPerDay < MODEL.quietMinDailyArticles.value) return false;
  return model.articlesIn(at - DAY_MS, at) < MODEL.quietShare.value * usualPerDay;
}

/** Hysteresis with the quiet-feed hold, as a step function over successive evaluations. */
class LevelTracker {
  level: Level = 'calm';
  private quietSince: number | null = null;

  step(score: number, at: number, quiet: boolean): Level {
    this.quietSince = quiet ? (this.quietSince ?? at) : null;
    const next = levelFor(score, this.level);
    const holding = this.quietSince !== null && at - this.quietSince < MODEL.quietHoldDays.value * DAY_MS;
    if (LEVELS.indexOf(next) > LEVELS.indexOf(this.level) || !holding) this.level = next;
    return this.level;
  }
}

/** The score series of one dyad over [from, to) in hour or day buckets. Pure. */
export function scoreSeries(events: readonly StoredEvent[], options: ScoreSeriesOptions): ScorePoint[] {
  const settings = resolveScoringSettings(options.settings);
  const { pair, bucket } = options;
  const size = BUCKET_MS[bucket];
  const fromMs = floorTo(toMs(options.from, 'from'), bucket);
  let toMsExclusive = toMs(options.to, 'to');
  const nowMs = options.now ? toMs(options.now, 'now') : Number.POSITIVE_INFINITY;
  toMsExclusive = Math.min(toMsExclusive, nowMs + 1);
  if (toMsExclusive <= fromMs) return [];

  const model = new DyadModel(events, pair, settings);
  const evalTime = (start: number) => Math.min(start + size, nowMs);

  // Daily scores over the anomaly baseline before the first point, cached by day.
  const daily = new Map<number, number>();
  const dailyScore = (dayStart: number) => {
    let score = daily.get(dayStart);
    if (score === undefined) {
      score = model.pressureAt(dayStart + DAY_MS).score;
      daily.set(dayStart, score);
    }
    return score;
  };

  // Hysteresis is anchored to the day, not to the window: the level at an instant in day D comes
  // from a fresh tracker run over the daily scores from `warmupDays` before D, then (hourly series)
  // hour by hour over the last `hourlyWarmupDays` and D itself up to the instant. A point's level therefore
  // depends on the events alone (series = f(events)), whichever window a recomputation starts from,
  // and the hour-by-hour tail keeps a level reached by an intra-day peak across midnight.
  const HOUR_MS = BUCKET_MS.hour;
  let trackerDay = Number.NaN;
  let tracker = new LevelTracker();
  let nextHour = 0;
  const stepTo = (at: number) =>
    tracker.step(model.pressureAt(at).score, at, isQuiet(model, at, settings.baselineDays));
  const levelAt = (at: number, score: number) => {
    const day = floorTo(at - 1, 'day');
    if (day !== trackerDay) {
      trackerDay = day;
      tracker = new LevelTracker();
      // Daily series step day by day only, as the daily scores an analyst reads.
      const hourlyFrom = bucket === 'hour' ? day - MODEL.hourlyWarmupDays.value * DAY_MS : day;
      for (let d = day - MODEL.warmupDays.value * DAY_MS; d < hourlyFrom; d += DAY_MS) {
        tracker.step(dailyScore(d), d + DAY_MS, isQuiet(model, d + DAY_MS, settings.baselineDays));
      }
      nextHour = hourlyFrom + HOUR_MS;
    }
    if (bucket === 'hour') for (; nextHour < at; nextHour += HOUR_MS) stepTo(nextHour);
    nextHour = at + HOUR_MS;
    return tracker.step(score, at, isQuiet(model, at, settings.baselineDays));
  };

  const points: ScorePoint[] = [];
  for (let start = fromMs; start < toMsExclusive; start += size) {
    const at = evalTime(start);
    const pressure = model.pressureAt(at);
    const before = bucket === 'day' && at === start + size ? dailyScore(start - DAY_MS) : null;
    const previous = before ?? model.pressureAt(at - DAY_MS).score;
    const level = levelAt(at, pressure.score);

    let sum = 0;
    let sumSquares = 0;
    const today = floorTo(at - 1, 'day');
    for (let d = 1; d <= settings.baselineDays; d++) {
      const s = dailyScore(today - d * DAY_MS);
      sum += s;
      sumSquares += s * s;
    }
    const mean = sum / settings.baselineDays;
    const std = Math.sqrt(Math.max(0, sumSquares / settings.baselineDays - mean * mean));
    const anomaly =
      pressure.score - mean >= MODEL.anomalyMinJump.value &&
      pressure.score >= mean + MODEL.anomalyZ.value * std;

    points.push({
      pair,
      bucket,
      t: new Date(start).toISOString(),
      score: round(pressure.score, 2),
      level,
      trend: round(pressure.score - previous, 2),
      anomaly,
      escalation: round(pressure.escalation, 3),
      deescalation: round(pressure.deescalation, 3),
      events: model.storiesIn(start, start + size),
      articles: model.articlesIn(start, start + size),
      evidence: model.evidenceAt(at),
    });
  }
  return points;
}
