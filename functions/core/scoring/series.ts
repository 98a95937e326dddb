/**
 * The tension index of one dyad as a pure function of its stored events:
 *   series = scoreSeries(events, options)
 * Order of the events and repeated events do not change the result (stories are built from
 * sets and summed in a canonical order). The formulas are documented in docs/scoring.md.
 */
import { memoize, sortedIndex } from '../collections';
import { type Bucket, type DyadPair, type Evidence, LEVELS, type Level, type ScorePoint } from '../model';
import type { StoredEvent } from '../ports/tension-store';
import { type RankedGroup, REFERENCE_HALF_LIVES } from './ranked-groups';
import { PROCESS_SCORING_CACHE, type ScoringCache } from './scoring-cache';
import { resolveScoringSettings, type ScoringSettings } from './settings';
import type { Story } from './stories';
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
  /**
   * Which points carry their evidence: every point (the default), or only the first, the last and
   * those whose level differs from the point before: what alerts and the latest point show, and
   * all the store keeps of an hourly series (evidence is the costly part of a point).
   * @default 'every'
   */
  evidence?: 'every' | 'changes';
  /**
   * What is kept from earlier series of the dyad (the same series either way, faster when warm).
   * @default the process's own (PROCESS_SCORING_CACHE)
   */
  cache?: ScoringCache;
}

export interface Pressure {
  escalation: number;
  deescalation: number;
  score: number;
}

/** The anomaly baseline of a day: the mean and standard deviation of the dyad's daily scores before it. */
interface Baseline {
  mean: number;
  std: number;
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

/** Saturating map of net pressure to 0-100. */
export function saturate(pressure: number): number {
  if (!(pressure > 0)) return 0;
  return 100 * (1 - Math.exp(-pressure / MODEL.saturation.value));
}

// Read once: computePressure steps the offset for every de-escalation group of every instant it evaluates.
const DEESCALATION_WEIGHT = MODEL.deescalationWeight.value;
const DEESCALATION_MAX_SHARE = MODEL.deescalationMaxShare.value;

/**
 * One step of the de-escalation offset: a de-escalation group of decayed weight `deescalation` pulls
 * down the escalation reported up to its reach (`escalationBefore`), by at most a fixed share of it,
 * on top of what earlier de-escalations already pulled down. Taken in time order, the offset never
 * exceeds that share of the escalation nor the weighted de-escalation (docs/scoring.md, section 4).
 */
function offsetStep(offset: number, deescalation: number, escalationBefore: number): number {
  return Math.min(
    offset + DEESCALATION_WEIGHT * deescalation,
    Math.max(offset, DEESCALATION_MAX_SHARE * escalationBefore),
  );
}

/** Score at which each level starts, by level index (calm starts at 0). */
const LEVEL_STARTS: readonly number[] = LEVELS.map((level) =>
  level === 'calm' ? 0 : MODEL.levelThresholds.value[level],
);

export function levelFor(score: number, current: Level): Level {
  return LEVELS[levelIndexFor(score, LEVELS.indexOf(current))] as Level;
}

/** levelFor on level indices: the level tracker steps hundreds of times per rescore. */
function levelIndexFor(score: number, current: number): number {
  // Rising: straight to the highest level whose threshold is reached.
  for (let i = LEVEL_STARTS.length - 1; i > current; i--) {
    if (score >= (LEVEL_STARTS[i] as number)) return i;
  }
  // Falling: only once the score is a hysteresis band below the current level's start.
  let index = current;
  while (index > 0 && score < (LEVEL_STARTS[index] as number) - MODEL.hysteresis.value) index--;
  return index;
}

/** As much of an event's sentence as evidence shows. */
export function evidenceSentence(sentence: string): string {
  return sentence.slice(0, MODEL.evidenceSentenceChars.value);
}

/** The precomputed state of one dyad's events; evaluate pressure at any time. */
export class DyadModel {
  readonly stories: Story[];
  private readonly storyTimes: number[];
  /**
   * Same-day groups of each sign sorted by their earliest story, for pressureAt. A group enters the
   * sum with its first story and leaves it whole, a tail after that story: escalation after `tailMs`,
   * de-escalation a reach later, so that a de-escalation never leaves the sum before the escalation it
   * pulls down (with no news, the score can only fall).
   */
  private readonly escalations: RankedGroup[];
  private readonly escalationFirsts: number[];
  private readonly deescalations: RankedGroup[];
  private readonly deescalationFirsts: number[];
  /**
   * Pressure by day number, then hour of the day: the level tracker's warm-up, the hourly and the
   * daily series of one recomputation evaluate many of the same instants (day ends, overlapping
   * warm-ups). By day, so that a changed day's reach (over a thousand hours) is dropped a day at a
   * time by inheritPressures.
   */
  private pressures = new Map<number, (Pressure | undefined)[]>();
  /**
   * Anomaly baselines by baseline length, then day start: the hourly and daily series of one
   * recomputation ask for the same days', and the next model of the dyad takes over those of the
   * days before its first changed day (inheritPressures).
   */
  private baselines = new Map<number, Map<number, Baseline>>();
  /** First-seen time of every article about the dyad (coverage), sorted. */
  readonly articleTimes: number[];
  private readonly halfLifeMs: number;
  /** How long an escalation group weighs; a de-escalation group weighs `reachMs` longer. */
  private readonly tailMs: number;
  /** How long after a de-escalation the escalation it pulls down may be reported. */
  private readonly reachMs: number;
  /** No grid of references (see RankedGroup.ref): every story is decayed alone. */
  private readonly gridless: boolean;
  /**
   * At least the largest |weight| of an escalation and of a de-escalation story, once evidence is
   * asked for (or taken over from an earlier model with the weights of the days that changed).
   */
  private maxWeights: readonly [number, number] | undefined;

  constructor(
    events: readonly StoredEvent[],
    pair: DyadPair,
    settings: ScoringSettings,
    cache: ScoringCache = PROCESS_SCORING_CACHE,
  ) {
    this.halfLifeMs = settings.halfLifeDays * DAY_MS;
    // The dyad's own events, each once (uniqueEvents), filed by day: see DayStories.daysOf.
    const { stories, groups, articleTimes } = cache.days.daysOf(events, pair, this.halfLifeMs);
    this.stories = stories;
    this.storyTimes = stories.map((s) => s.time);
    this.articleTimes = articleTimes;
    this.tailMs = this.halfLifeMs * MODEL.decayTailHalfLives.value;
    this.reachMs = MODEL.deescalationReachDays.value * DAY_MS;
    this.gridless = DAY_MS / this.halfLifeMs > REFERENCE_HALF_LIVES;
    this.escalations = groups.filter((g) => g.sign < 0);
    this.escalationFirsts = this.escalations.map((g) => g.first);
    this.deescalations = groups.filter((g) => g.sign > 0);
    this.deescalationFirsts = this.deescalations.map((g) => g.first);
  }

  /**
   * The strongest `count` contributions at `at`, strongest first (ties to the lower story key), with
   * de-escalation scaled by its weight as evidence shows it. Kept as they come, not all built and
   * sorted: a tail holds many stories and evidence shows five.
   */
  private strongestContributions(at: number, count: number): Contribution[] {
    const escalationFrom = at - this.tailMs;
    const top: Contribution[] = [];
    if (count <= 0) return top;
    const ratio = MODEL.sameDayRootRatio.value;
    this.maxWeights ??= heaviestStories(this.stories, 0, this.stories.length);
    // Each list with the oldest group start it reads and the heaviest |value| a story of it can have.
    const lists = [
      [this.escalations, this.escalationFirsts, escalationFrom, this.maxWeights[0]],
      [
        this.deescalations,
        this.deescalationFirsts,
        escalationFrom - this.reachMs,
        this.maxWeights[1] * Math.abs(DEESCALATION_WEIGHT),
      ],
    ] as const;
    for (const [groups, firsts, from, maxValue] of lists) {
      const oldest = sortedIndex(firsts, from);
      // Newest groups first: the strongest fill `top` early, and once no older story can reach its
      // weakest (a group lies within a day of its first story), the older groups are passed over.
      // The top is the same in any order: no two stories share a key.
      for (let g = sortedIndex(firsts, at) - 1; g >= oldest; g--) {
        if (top.length === count) {
          const newest = Math.min(at, (firsts[g] as number) + DAY_MS);
          const bound = maxValue * 2 ** (-(at - newest) / this.halfLifeMs);
          // A margin for rounding: a story at the bound itself is still weighed.
          if (bound * (1 + 1e-9) < Math.abs((top[count - 1] as Contribution).value)) break;
        }
        let factor = 1;
        for (const story of (groups[g] as RankedGroup).stories) {
          // Stories strictly before `at`: a bucket [start, end) evaluated at `end` holds its own events.
          if (story.time >= at) continue;
          const decayed = Math.abs(story.weight) * 2 ** (-(at - story.time) / this.halfLifeMs) * factor;
          factor *= ratio;
          const value = story.sign > 0 ? decayed * DEESCALATION_WEIGHT : -decayed;
          if (top.length === count && !strongerContribution(value, story, top[count - 1] as Contribution))
            continue;
          let slot = Math.min(top.length, count - 1);
          while (slot > 0 && strongerContribution(value, story, top[slot - 1] as Contribution)) slot--;
          if (top.length === count) top.pop();
          top.splice(slot, 0, { story, value });
        }
      }
    }
    return top;
  }

  /**
   * The sums of every contribution at `at` (see strongestContributions), without building any:
   * this runs for every hour of a recomputed window and every step of the level tracker's warm-up.
   */
  pressureAt(at: number): Pressure {
    // Keyed by hour number, a small integer: a Map is much faster on those than on epoch ms.
    // Instants off the hour (a series evaluated at `now`) are few and not cached.
    const hour = at / HOUR_MS;
    if (!Number.isInteger(hour)) return this.computePressure(at);
    const day = Math.floor(hour / 24);
    let hours = this.pressures.get(day);
    if (!hours) {
      hours = new Array<Pressure | undefined>(24);
      this.pressures.set(day, hours);
    }
    const cached = hours[hour - day * 24];
    if (cached) return cached;
    const pressure = this.computePressure(at);
    hours[hour - day * 24] = pressure;
    return pressure;
  }

  /**
   * Take over the pressures an earlier model of the same dyad computed, where they still hold. A
   * pressure at `at` reads only the stories of the days from `at` back over the decay tail and the
   * de-escalation reach, so it holds wherever those days' stories are the same in both models.
   * Successive rescores of a dyad mostly add news to its last day or two: the warm-up and baseline
   * instants before it are then not evaluated again. The earlier model keeps working, from an
   * empty cache.
   */
  inheritPressures(earlier: DyadModel): void {
    const pressures = earlier.pressures;
    const baselines = earlier.baselines;
    earlier.pressures = new Map();
    earlier.baselines = new Map();
    if (pressures.size > MAX_KEPT_PRESSURE_DAYS || earlier.halfLifeMs !== this.halfLifeMs) return;
    const { changed, days } = changedDays(earlier.stories, this.stories);
    // A model of another stretch of time (a backfill) has little to give: not worth the sorting out.
    if (changed.length > days / 2) return;
    // Evidence's bound on story weights: the earlier one holds for the days both share; a weight
    // of a day that left is no longer reached, but a bound may stay above the heaviest.
    if (earlier.maxWeights) {
      let bound = earlier.maxWeights;
      for (const day of changed) {
        const from = sortedIndex(this.storyTimes, day * DAY_MS);
        bound = heaviestStories(this.stories, from, sortedIndex(this.storyTimes, (day + 1) * DAY_MS), bound);
      }
      this.maxWeights = bound;
    }
    // A day's baseline reads pressures up to the start of the day, which no story of it or after it reaches.
    const firstChanged = changed.length > 0 ? (changed[0] as number) * DAY_MS : Number.POSITIVE_INFINITY;
    for (const byDay of baselines.values())
      for (const today of byDay.keys()) if (today > firstChanged) byDay.delete(today);
    this.baselines = baselines;
    // Instants in (day start, day end + tail + reach] read a day's stories.
    const reachHours = Math.ceil((this.tailMs + this.reachMs) / HOUR_MS);
    const spans: [number, number][] = [];
    for (const day of changed) {
      const first = day * 24 + 1;
      const last = (day + 1) * 24 + reachHours;
      const previous = spans[spans.length - 1];
      if (previous && first <= previous[1] + 1) previous[1] = Math.max(previous[1], last);
      else spans.push([first, last]);
    }
    for (const [first, last] of spans) {
      for (let day = Math.floor(first / 24); day <= Math.floor(last / 24); day++) {
        const hours = pressures.get(day);
        if (!hours) continue;
        const from = Math.max(first - day * 24, 0);
        const to = Math.min(last - day * 24, 23);
        if (from === 0 && to === 23) pressures.delete(day);
        else hours.fill(undefined, from, to + 1);
      }
    }
    this.pressures = pressures;
  }

  private computePressure(at: number): Pressure {
    const escalationFrom = at - this.tailMs;
    const { escalations, escalationFirsts, deescalations } = this;
    let e = sortedIndex(escalationFirsts, escalationFrom);
    const eTo = sortedIndex(escalationFirsts, at);
    const dFrom = sortedIndex(this.deescalationFirsts, escalationFrom - this.reachMs);
    const dTo = sortedIndex(this.deescalationFirsts, at);
    // Sums in units of the constants of the grid reference `at` falls in (or plain values when there
    // is no grid), decayed once at the end: every term shares that decay, and the offset scales with
    // its terms, so a whole group adds its constant as it is.
    const spacing = REFERENCE_HALF_LIVES * this.halfLifeMs;
    const unitRef = this.gridless ? Number.NaN : Math.floor(at / spacing) * spacing;
    const unitDecay = this.gridless ? 1 : 2 ** (-(at - unitRef) / this.halfLifeMs);
    let escalation = 0;
    let deescalation = 0;
    let offset = 0;
    // De-escalation groups oldest first, each against the escalation of the groups within its reach.
    for (let d = dFrom; d < dTo; d++) {
      const group = deescalations[d] as RankedGroup;
      const reach = group.first + this.reachMs;
      for (; e < eTo && (escalationFirsts[e] as number) <= reach; e++) {
        escalation += this.unitValue(escalations[e] as RankedGroup, at, unitRef, unitDecay);
      }
      const value = this.unitValue(group, at, unitRef, unitDecay);
      deescalation += value;
      offset = offsetStep(offset, value, escalation);
    }
    for (; e < eTo; e++) escalation += this.unitValue(escalations[e] as RankedGroup, at, unitRef, unitDecay);
    return {
      escalation: escalation * unitDecay,
      deescalation: deescalation * unitDecay,
      score: saturate((escalation - offset) * unitDecay),
    };
  }

  /**
   * A group's decayed sum at `at`, in computePressure's units: its constant as it is when the group
   * lies wholly before `at` on the unit's reference (most groups).
   */
  private unitValue(group: RankedGroup, at: number, unitRef: number, unitDecay: number): number {
    if (group.last < at && group.ref === unitRef) return group.constant;
    if (group.last < at && !this.gridless)
      return group.constant * 2 ** ((group.ref - unitRef) / this.halfLifeMs);
    return this.storiesBefore(group, at) / unitDecay;
  }

  /** A group's decayed sum over its stories before `at`, each decayed on its own. */
  private storiesBefore(group: RankedGroup, at: number): number {
    const ratio = MODEL.sameDayRootRatio.value;
    let factor = 1;
    let sum = 0;
    const { times, weights } = group;
    for (let i = 0; i < times.length; i++) {
      const time = times[i] as number;
      // Stories strictly before `at`: a bucket [start, end) evaluated at `end` holds its own events.
      if (time >= at) continue;
      sum += (weights[i] as number) * 2 ** (-(at - time) / this.halfLifeMs) * factor;
      factor *= ratio;
    }
    return sum;
  }

  /** Mean and deviation of the daily scores of the `baselineDays` days before the day starting at `today`. */
  baselineOf(today: number, baselineDays: number): Baseline {
    let byDay = this.baselines.get(baselineDays);
    if (!byDay) {
      byDay = new Map();
      this.baselines.set(baselineDays, byDay);
    }
    let baseline = byDay.get(today);
    if (!baseline) {
      let sum = 0;
      let sumSquares = 0;
      for (let d = 1; d <= baselineDays; d++) {
        // The daily score of the day d days before: its state at midnight after it.
        const s = this.pressureAt(today - d * DAY_MS + DAY_MS).score;
        sum += s;
        sumSquares += s * s;
      }
      const mean = sum / baselineDays;
      baseline = { mean, std: Math.sqrt(Math.max(0, sumSquares / baselineDays - mean * mean)) };
      byDay.set(today, baseline);
    }
    return baseline;
  }

  /** The `count` strongest contributions at `at` as evidence (by default as many as a point shows). */
  evidenceAt(at: number, count: number = MODEL.evidenceCount.value): Evidence[] {
    return this.strongestContributions(at, count).map(({ story, value }) => {
      const e = story.representative;
      const evidence: Evidence = {
        articleId: e.articleId,
        url: e.url,
        title: e.title,
        sentence: evidenceSentence(e.evidence),
        cameo: e.cameo,
        weight: round(value, 2),
        date: story.date,
      };
      if (e.textRef !== undefined) evidence.textRef = e.textRef;
      return evidence;
    });
  }

  storiesIn(start: number, end: number): number {
    return sortedIndex(this.storyTimes, end) - sortedIndex(this.storyTimes, start);
  }

  articlesIn(start: number, end: number): number {
    return sortedIndex(this.articleTimes, end) - sortedIndex(this.articleTimes, start);
  }
}

/** The largest |weight| of an escalation and of a de-escalation among stories[from, to), at least `floor`. */
function heaviestStories(
  stories: readonly Story[],
  from: number,
  to: number,
  floor: readonly [number, number] = [0, 0],
): [number, number] {
  let [escalation, deescalation] = floor;
  for (let s = from; s < to; s++) {
    const story = stories[s] as Story;
    const weight = Math.abs(story.weight);
    if (story.sign < 0) escalation = Math.max(escalation, weight);
    else deescalation = Math.max(deescalation, weight);
  }
  return [escalation, deescalation];
}

/** Does a contribution of `value` from `story` rank before `other` in evidence? */
function strongerContribution(value: number, story: Story, other: Contribution): boolean {
  const difference = Math.abs(value) - Math.abs(other.value);
  return difference > 0 || (difference === 0 && story.key < other.story.key);
}

/** Days of pressures one dyad's lineage of models keeps at most (a rescore evaluates about 150). */
const MAX_KEPT_PRESSURE_DAYS = 341;

/**
 * Days (epoch day numbers) whose stories differ between two story lists sorted by time then key,
 * and how many days either list has stories on.
 */
function changedDays(a: readonly Story[], b: readonly Story[]): { changed: number[]; days: number } {
  const dayOf = (story: Story) => Math.floor(story.time / DAY_MS);
  const dayEnd = (stories: readonly Story[], from: number, day: number) => {
    let end = from;
    while (end < stories.length && dayOf(stories[end] as Story) === day) end++;
    return end;
  };
  const changed: number[] = [];
  let days = 0;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const day = Math.min(
      i < a.length ? dayOf(a[i] as Story) : Number.POSITIVE_INFINITY,
      j < b.length ? dayOf(b[j] as Story) : Number.POSITIVE_INFINITY,
    );
    const endA = dayEnd(a, i, day);
    const endB = dayEnd(b, j, day);
    let same = endA - i === endB - j;
    for (let k = 0; same && k < endA - i; k++) {
      const x = a[i + k] as Story;
      const y = b[j + k] as Story;
      same = x === y || sameStory(x, y);
    }
    if (!same) changed.push(day);
    days++;
    i = endA;
    j = endB;
  }
  return { changed, days };
}

/** Do two stories weigh alike in every pressure (and rank alike within their group)? */
function sameStory(x: Story, y: Story): boolean {
  return (
    x.time === y.time && x.weight === y.weight && x.sign === y.sign && x.group === y.group && x.key === y.key
  );
}

function modelOf(
  events: readonly StoredEvent[],
  pair: DyadPair,
  settings: ScoringSettings,
  cache: ScoringCache,
): DyadModel {
  let byKey = cache.models.get(events);
  if (!byKey) {
    byKey = new Map();
    cache.models.set(events, byKey);
  }
  const key = `${pair}|${settings.halfLifeDays}`;
  let model = byKey.get(key);
  if (!model) {
    model = new DyadModel(events, pair, settings, cache);
    byKey.set(key, model);
    const earlier = cache.replaceLatest(key, model);
    if (earlier) model.inheritPressures(earlier);
  }
  return model;
}

/**
 * ISO time of a bucket start (always on the hour). Successive rescores of a dyad name the same
 * hours again and again, so the 24 of each day are made once, cached by day number (a small
 * integer, fast to look up; the cache's 10,000 days cover decades of news).
 */
const hourStartsOfDay = memoize((day: number) =>
  Array.from({ length: 24 }, (_, hour) => new Date(day * DAY_MS + hour * HOUR_MS).toISOString()),
);
function hourStartIso(start: number): string {
  const day = Math.floor(start / DAY_MS);
  const hour = (start - day * DAY_MS) / HOUR_MS;
  return Number.isInteger(hour) ? (hourStartsOfDay(day)[hour] as string) : new Date(start).toISOString();
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
  /** Index in LEVELS. */
  private level = 0;
  private quietSince: number | null = null;
  /** Instant of the last step. */
  lastAt = Number.NaN;
  /** State after each step at a day boundary: where a later day's tracker may join this one. */
  private readonly dayStates = new Map<number, { level: number; quietSince: number | null }>();

  step(score: number, at: number, quiet: boolean): Level {
    this.quietSince = quiet ? (this.quietSince ?? at) : null;
    const next = levelIndexFor(score, this.level);
    const holding = this.quietSince !== null && at - this.quietSince < MODEL.quietHoldDays.value * DAY_MS;
    if (next > this.level || !holding) this.level = next;
    this.lastAt = at;
    if (at % DAY_MS === 0)
      this.dayStates.set(at / DAY_MS, { level: this.level, quietSince: this.quietSince });
    return LEVELS[this.level] as Level;
  }

  /** Was this tracker, after its step at the day boundary `at`, in the state `other` is in now? */
  wasAt(at: number, other: LevelTracker): boolean {
    const state = this.dayStates.get(at / DAY_MS);
    return state !== undefined && state.level === other.level && state.quietSince === other.quietSince;
  }
}

/** Anomaly: at least anomalyMinJump points above the dyad's baseline mean and anomalyZ deviations. */
function isAnomalous(score: number, { mean, std }: Baseline): boolean {
  return score - mean >= MODEL.anomalyMinJump.value && score >= mean + MODEL.anomalyZ.value * std;
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

  const model = modelOf(events, pair, settings, options.cache ?? PROCESS_SCORING_CACHE);
  const evalTime = (start: number) => Math.min(start + size, nowMs);

  // The daily score of the day starting at `dayStart`: its state at midnight after it (the model
  // keeps every pressure it evaluates on the hour).
  const dailyScore = (dayStart: number) => model.pressureAt(dayStart + DAY_MS).score;

  // Hysteresis is anchored to the day, not to the window: the level at an instant in day D comes
  // from a fresh tracker run over the daily scores from `warmupDays` before D, then (hourly series)
  // hour by hour over the last `hourlyWarmupDays` and D itself up to the instant. A point's level therefore
  // depends on the events alone (series = f(events)), whichever window a recomputation starts from,
  // and the hour-by-hour tail keeps a level reached by an intra-day peak across midnight.
  //
  // Successive days' trackers mostly agree: a tracker is a step function of its state and of
  // inputs that depend on the instant alone, so once a new day's tracker is in the state the
  // previous day's was in at the same instant, and both step the same instants from there, it
  // would repeat the previous one's steps. It then continues the previous tracker instead, which
  // saves most of the hourly warm-up and gives the same levels.
  let trackerDay = Number.NaN;
  let tracker = new LevelTracker();
  let nextHour = 0;
  const stepTo = (at: number) =>
    tracker.step(model.pressureAt(at).score, at, isQuiet(model, at, settings.baselineDays));
  const levelAt = (at: number, score: number) => {
    const day = floorTo(at - 1, 'day');
    if (day !== trackerDay) {
      trackerDay = day;
      const previous = tracker.lastAt === day ? tracker : null;
      const fresh = new LevelTracker();
      // Daily series step day by day only, as the daily scores an analyst reads.
      const hourlyFrom = bucket === 'hour' ? day - MODEL.hourlyWarmupDays.value * DAY_MS : day;
      // From here on both trackers step the same instants (before it, an hourly one stepped hours).
      const joinFrom = bucket === 'hour' ? hourlyFrom : Number.NEGATIVE_INFINITY;
      let joined = false;
      for (let d = day - MODEL.warmupDays.value * DAY_MS; d < hourlyFrom && !joined; d += DAY_MS) {
        fresh.step(dailyScore(d), d + DAY_MS, isQuiet(model, d + DAY_MS, settings.baselineDays));
        joined = previous !== null && d + DAY_MS >= joinFrom && previous.wasAt(d + DAY_MS, fresh);
      }
      tracker = joined && previous ? previous : fresh;
      nextHour = joined ? day + HOUR_MS : hourlyFrom + HOUR_MS;
    }
    if (bucket === 'hour') for (; nextHour < at; nextHour += HOUR_MS) stepTo(nextHour);
    nextHour = at + HOUR_MS;
    return tracker.step(score, at, isQuiet(model, at, settings.baselineDays));
  };

  const points: ScorePoint[] = [];
  const lastStart = fromMs + Math.ceil((toMsExclusive - fromMs) / size - 1) * size;
  for (let start = fromMs; start < toMsExclusive; start += size) {
    const at = evalTime(start);
    const pressure = model.pressureAt(at);
    const before = bucket === 'day' && at === start + size ? dailyScore(start - DAY_MS) : null;
    const previous = before ?? model.pressureAt(at - DAY_MS).score;
    const level = levelAt(at, pressure.score);

    // Daily scores are never negative, nor is their mean: a score below the minimum jump cannot be
    // anomalous, and its day's baseline (the daily scores of baselineDays days) is not needed.
    const anomaly =
      pressure.score >= MODEL.anomalyMinJump.value &&
      isAnomalous(pressure.score, model.baselineOf(floorTo(at - 1, 'day'), settings.baselineDays));

    points.push({
      pair,
      bucket,
      t: hourStartIso(start),
      score: round(pressure.score, 2),
      level,
      trend: round(pressure.score - previous, 2),
      anomaly,
      escalation: round(pressure.escalation, 3),
      deescalation: round(pressure.deescalation, 3),
      events: model.storiesIn(start, start + size),
      articles: model.articlesIn(start, start + size),
      evidence:
        options.evidence === 'changes' &&
        start !== fromMs &&
        start !== lastStart &&
        level === points[points.length - 1]?.level
          ? []
          : model.evidenceAt(at),
    });
  }
  return points;
}
