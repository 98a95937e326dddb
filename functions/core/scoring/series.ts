/**
 * The tension index of one dyad as a pure function of its stored events:
 *   series = scoreSeries(events, options)
 * Order of the events and repeated events do not change the result (stories are built from
 * sets and summed in a canonical order). The formulas are documented in docs/scoring.md.
 */
import { memoize } from '../collections';
import { parseIsoMs } from '../iso-time';
import { type Bucket, type DyadPair, type Evidence, LEVELS, type Level, type ScorePoint } from '../model';
import type { StoredEvent } from '../ports/tension-store';
import { resolveScoringSettings, type ScoringSettings } from './settings';
import {
  eventTime,
  type ReportedEvent,
  type Story,
  sameStoredEvent,
  storiesOfReports,
  storyReportOf,
  uniqueEvents,
} from './stories';
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

/**
 * The stories of one same-day group (date, kind, sign) in the order diminishing returns ranks them.
 * A story's decayed weight is |w|·2^(-(at - t)/h) = |w|·2^(t/h) · 2^(-at/h): the order of a group's
 * stories does not depend on `at`, so it is sorted once, not at every evaluation.
 */
interface RankedGroup {
  sign: -1 | 1;
  /** Earliest and latest story time of the group (one day). */
  first: number;
  last: number;
  /** Position of the group's earliest story in time order: groups are summed in that order. */
  order: number;
  /** Plain arrays, not typed ones: a model is built on every rescore and typed arrays cost more to allocate. */
  times: number[];
  weights: number[];
  /**
   * The whole group's decayed sum at `at` is 2^(-(at - ref)/h) · constant, for an instant `ref` on a
   * fixed grid (multiples of REFERENCE_HALF_LIVES half-lives since the epoch) at or before the group's
   * first story: one power of two per group, not per story, when the group lies wholly inside an
   * evaluation's tail. The grid, not the model's extent, sets `ref`, so a group's constant, and hence
   * the series, is the same in every recomputation that reads its stories. Both NaN when there is no
   * such grid (a half-life under 1/REFERENCE_HALF_LIVES of a day): then every story is decayed alone.
   */
  ref: number;
  constant: number;
}

/** A stored event as the model holds it across updates. */
interface HeldEvent extends ReportedEvent {
  /** Epoch day of its story, or NaN when it makes none (no time, or no weight). */
  day: number;
  /** When its article counts in the dyad's coverage (publication, else event time), or NaN. */
  seen: number;
  /** The update that last found it among the events. */
  update: number;
}

function holdEvent(event: StoredEvent, update: number): HeldEvent {
  const report = storyReportOf(event);
  const published = parseIsoMs(event.published);
  const seen = Number.isNaN(published) ? (eventTime(event) ?? Number.NaN) : published;
  return { event, report, day: report ? Math.floor(report.time / DAY_MS) : Number.NaN, seen, update };
}

/** The stories and ranked groups of one day. Stories never span days, so events change a day at a time. */
interface DayModel {
  events: HeldEvent[];
  stories: Story[];
  groups: RankedGroup[];
}

/** Cached pressures one model keeps at most; past it they are all forgotten. */
const MAX_PRESSURES = 10_000;

/**
 * The precomputed state of one dyad's events; evaluate pressure at any time. A model can be
 * updated to a later set of the dyad's events (see update): it is then the model a fresh one built
 * from those events would be.
 */
export class DyadModel {
  /** Sorted by time, then key. */
  stories: readonly Story[] = [];
  private storyTimes: number[] = [];
  /** Same-day groups sorted by their earliest story, for pressureAt. */
  private groups: RankedGroup[] = [];
  private groupFirsts: number[] = [];
  /**
   * Pressure by hour number (epoch ms / 1 h): the level tracker's warm-up, the hourly and the daily
   * series of one recomputation, and the next recomputation of the dyad evaluate many of the same
   * instants (day ends, overlapping warm-ups, the days before new events).
   */
  private readonly pressures = new Map<number, Pressure>();
  /** First-seen time of every article about the dyad (coverage), sorted. */
  articleTimes: readonly number[] = [];
  /** Events by storage key, and the days they make stories on. */
  private readonly held = new Map<string, HeldEvent>();
  private readonly days = new Map<number, DayModel>();
  private updates = 0;
  private readonly pair: DyadPair;
  private readonly halfLifeMs: number;
  private readonly tailMs: number;
  /** computePressure's running sums: fields, not a fresh object, as it runs hundreds of times a rescore. */
  private escalationSum = 0;
  private deescalationSum = 0;

  constructor(events: readonly StoredEvent[], pair: DyadPair, settings: ScoringSettings) {
    this.pair = pair;
    this.halfLifeMs = settings.halfLifeDays * DAY_MS;
    this.tailMs = this.halfLifeMs * MODEL.decayTailHalfLives.value;
    this.update(events);
  }

  /**
   * Bring the model to `events` (all of the dyad's events a rescore read; other dyads' are
   * ignored). Only the days whose events were added, removed or changed are rebuilt, and only
   * the cached pressures those days reach are forgotten: a rescore after one new article redoes
   * that article's day, not the dyad's months of look-back. Returns false, changing nothing, when
   * fewer than half of the events are the model's, same key and same content: a fresh model is
   * cheaper then.
   */
  update(events: readonly StoredEvent[]): boolean {
    const own = uniqueEvents(events.filter((e) => e.pair === this.pair));
    const keys = own.map((event) => `${event.articleId}#${event.index}`);
    // Events far from the last ones (a replay out of time order) share little with the model: a
    // fresh model is then cheaper than releasing most of this one, whose objects the garbage
    // collector has already moved to the old generation.
    const kept: (HeldEvent | undefined)[] = new Array(own.length);
    let same = 0;
    own.forEach((event, i) => {
      const held = this.held.get(keys[i] as string);
      if (held && sameStoredEvent(held.event, event)) {
        kept[i] = held;
        same++;
      }
    });
    if (this.held.size > 0 && same * 2 < own.length) return false;
    const update = ++this.updates;
    const changedDays = new Set<number>();
    let changed = false;
    own.forEach((event, i) => {
      const match = kept[i];
      if (match) {
        match.update = update;
        return;
      }
      const key = keys[i] as string;
      // Another event under a stored key (an article extracted again) replaces it.
      const replaced = this.held.get(key);
      if (replaced) this.release(replaced, changedDays);
      const added = holdEvent(event, update);
      this.held.set(key, added);
      if (!Number.isNaN(added.day)) {
        this.dayModel(added.day).events.push(added);
        changedDays.add(added.day);
      }
      changed = true;
    });
    for (const [key, held] of this.held) {
      if (held.update === update) continue;
      this.release(held, changedDays);
      this.held.delete(key);
      changed = true;
    }
    if (changed) this.rebuild(changedDays);
    return true;
  }

  /** Storage keys of the model's events. */
  eventKeys(): Set<string> {
    return new Set(this.held.keys());
  }

  /** Whether at least half of the model's events are among `keys`. */
  sharesHalfOf(keys: ReadonlySet<string>): boolean {
    let shared = 0;
    for (const key of this.held.keys()) if (keys.has(key)) shared++;
    return shared * 2 >= this.held.size;
  }

  private dayModel(day: number): DayModel {
    let model = this.days.get(day);
    if (!model) {
      model = { events: [], stories: [], groups: [] };
      this.days.set(day, model);
    }
    return model;
  }

  private release(held: HeldEvent, changedDays: Set<number>): void {
    if (Number.isNaN(held.day)) return;
    const events = this.dayModel(held.day).events;
    events.splice(events.indexOf(held), 1);
    changedDays.add(held.day);
  }

  private rebuild(changedDays: ReadonlySet<number>): void {
    for (const day of changedDays) {
      const model = this.dayModel(day);
      if (model.events.length === 0) this.days.delete(day);
      else {
        model.stories = storiesOfReports(model.events);
        model.groups = rankGroups(model.stories, this.halfLifeMs);
      }
    }
    this.forgetPressures(changedDays);
    const stories: Story[] = [];
    const groups: RankedGroup[] = [];
    for (const day of [...this.days.keys()].sort((a, b) => a - b)) {
      const model = this.days.get(day) as DayModel;
      for (const story of model.stories) stories.push(story);
      for (const group of model.groups) groups.push(group);
    }
    this.stories = stories;
    this.storyTimes = stories.map((s) => s.time);
    this.groups = groups;
    this.groupFirsts = groups.map((g) => g.first);
    const firstSeen = new Map<string, number>();
    for (const { event, seen } of this.held.values()) {
      if (Number.isNaN(seen)) continue;
      const known = firstSeen.get(event.articleId);
      if (known === undefined || seen < known) firstSeen.set(event.articleId, seen);
    }
    this.articleTimes = [...firstSeen.values()].sort((a, b) => a - b);
  }

  /**
   * Forget the cached pressures the changed days reach: a day's groups weigh in the pressure at
   * instants after its start, up to a day past the decay tail after its end (computePressure reads
   * groups starting up to a day before the tail). Pressures before the first day with stories are
   * forgotten too: no rescore of these events asks for them.
   */
  private forgetPressures(changedDays: ReadonlySet<number>): void {
    if (this.pressures.size > MAX_PRESSURES) this.pressures.clear();
    if (this.pressures.size === 0) return;
    const spans = [...changedDays].map((day) => ({
      from: (day * DAY_MS) / HOUR_MS,
      to: (day * DAY_MS + 2 * DAY_MS + this.tailMs) / HOUR_MS,
    }));
    let firstDay = Number.POSITIVE_INFINITY;
    for (const day of this.days.keys()) firstDay = Math.min(firstDay, day);
    const firstHour = (firstDay * DAY_MS) / HOUR_MS;
    for (const hour of this.pressures.keys()) {
      if (hour < firstHour || spans.some(({ from, to }) => hour >= from && hour <= to))
        this.pressures.delete(hour);
    }
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

  /**
   * The same sums as `contributions(at)`, without building them: this runs for every hour of a
   * recomputed window and every step of the level tracker's warm-up, so it allocates nothing.
   */
  pressureAt(at: number): Pressure {
    // Keyed by hour number, a small integer: a Map is much faster on those than on epoch ms.
    // Instants off the hour (a series evaluated at `now`) are few and not cached.
    const hour = at / HOUR_MS;
    if (!Number.isInteger(hour)) return this.computePressure(at);
    const cached = this.pressures.get(hour);
    if (cached) return cached;
    const pressure = this.computePressure(at);
    this.pressures.set(hour, pressure);
    return pressure;
  }

  private computePressure(at: number): Pressure {
    const from = at - this.tailMs;
    this.escalationSum = 0;
    this.deescalationSum = 0;
    // A group spans at most one day: groups starting a day before the tail may still reach into it,
    // and those starting in the day before `at` may have stories at or after it. The groups in
    // between lie wholly inside [from, at), and are summed from their constants.
    const lo = bound(this.groupFirsts, from - DAY_MS);
    const hi = bound(this.groupFirsts, at);
    const wholeFrom = bound(this.groupFirsts, from);
    const wholeTo = bound(this.groupFirsts, at - DAY_MS);
    if (Number.isNaN(this.groups[0]?.ref) || wholeFrom >= wholeTo) this.addStories(lo, hi, from, at);
    else {
      this.addStories(lo, wholeFrom, from, at);
      this.addWholeGroups(wholeFrom, wholeTo, at);
      this.addStories(wholeTo, hi, from, at);
    }
    const escalation = this.escalationSum;
    const deescalation = this.deescalationSum;
    return { escalation, deescalation, score: saturate(netPressure(escalation, deescalation)) };
  }

  /** Adds the stories in [from, at) of groups [lo, hi), each decayed on its own. */
  private addStories(lo: number, hi: number, from: number, at: number): void {
    const ratio = MODEL.sameDayRootRatio.value;
    for (let g = lo; g < hi; g++) {
      const group = this.groups[g] as RankedGroup;
      if (group.last < from) continue;
      let factor = 1;
      let sum = 0;
      const { times, weights } = group;
      for (let i = 0; i < times.length; i++) {
        const time = times[i] as number;
        // Stories strictly before `at`: a bucket [start, end) evaluated at `end` holds its own events.
        if (time < from || time >= at) continue;
        sum += (weights[i] as number) * 2 ** (-(at - time) / this.halfLifeMs) * factor;
        factor *= ratio;
      }
      if (group.sign < 0) this.escalationSum += sum;
      else this.deescalationSum += sum;
    }
  }

  /** Adds groups [lo, hi), all wholly inside [from, at), from their constants: one decay per grid reference. */
  private addWholeGroups(lo: number, hi: number, at: number): void {
    let g = lo;
    while (g < hi) {
      const ref = (this.groups[g] as RankedGroup).ref;
      let escalation = 0;
      let deescalation = 0;
      for (; g < hi && (this.groups[g] as RankedGroup).ref === ref; g++) {
        const group = this.groups[g] as RankedGroup;
        if (group.sign < 0) escalation += group.constant;
        else deescalation += group.constant;
      }
      const decay = 2 ** (-(at - ref) / this.halfLifeMs);
      this.escalationSum += escalation * decay;
      this.deescalationSum += deescalation * decay;
    }
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

/**
 * Dyad models kept across calls, by dyad and half-life, updated to each call's events: the next
 * recomputation of a dyad (in a warm Lambda, the next batch) rebuilds only what its new events
 * changed. A model is kept only while a dyad's events carry over from one recomputation to the
 * next, as in a live feed; for a dyad whose do not (a replay out of time order) only its event
 * keys are kept, to notice when they start to: a model kept and never reused costs the garbage
 * collector more than building it again. The least recently used entries are dropped past
 * MAX_MODELS, which bounds a long-lived Lambda's memory.
 */
const MAX_MODELS = 64;
const models = new Map<string, { model: DyadModel | null; keys: ReadonlySet<string> }>();
const NO_KEYS: ReadonlySet<string> = new Set();
/** The model of the last call: the hourly and daily series of one recomputation share it. */
let lastUsed: { key: string; events: readonly StoredEvent[]; model: DyadModel } | null = null;

function modelOf(events: readonly StoredEvent[], pair: DyadPair, settings: ScoringSettings): DyadModel {
  const key = `${pair}|${settings.halfLifeDays}`;
  if (lastUsed?.key === key && lastUsed.events === events) return lastUsed.model;
  const held = models.get(key);
  // Deleted and set again: the most recently used last.
  models.delete(key);
  let model: DyadModel;
  if (held?.model?.update(events)) {
    model = held.model;
    models.set(key, held);
  } else {
    model = new DyadModel(events, pair, settings);
    const carried = held !== undefined && held.model === null && model.sharesHalfOf(held.keys);
    models.set(key, carried ? { model, keys: NO_KEYS } : { model: null, keys: model.eventKeys() });
    if (models.size > MAX_MODELS) models.delete(models.keys().next().value as string);
  }
  lastUsed = { key, events, model };
  return model;
}

/** Same-day groups with their stories in rank order (see RankedGroup), sorted by earliest story. */
function rankGroups(stories: readonly Story[], halfLifeMs: number): RankedGroup[] {
  const byKey = new Map<string, { order: number; members: { story: Story; strength: number }[] }>();
  stories.forEach((story, order) => {
    // log2 of |w|·2^(t/h), kept in the log domain so that years of history do not overflow.
    const strength = Math.log2(Math.abs(story.weight)) + story.time / halfLifeMs;
    const group = byKey.get(story.groupKey);
    if (group) group.members.push({ story, strength });
    else byKey.set(story.groupKey, { order, members: [{ story, strength }] });
  });
  const groups: RankedGroup[] = [];
  for (const { order, members } of byKey.values()) {
    members.sort((a, b) => b.strength - a.strength || (a.story.key < b.story.key ? -1 : 1));
    const times: number[] = [];
    const weights: number[] = [];
    let first = Number.POSITIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    for (const { story } of members) {
      times.push(story.time);
      weights.push(Math.abs(story.weight));
      first = Math.min(first, story.time);
      last = Math.max(last, story.time);
    }
    const { ref, constant } = groupConstant(first, times, weights, halfLifeMs);
    groups.push({
      sign: (members[0] as { story: Story }).story.sign,
      first,
      last,
      order,
      times,
      weights,
      ref,
      constant,
    });
  }
  return groups.sort((a, b) => a.first - b.first || a.order - b.order);
}

/** Grid of RankedGroup.ref, in half-lives: powers of two up to 2^(this + a day) stay far from overflow. */
const REFERENCE_HALF_LIVES = 256;

function groupConstant(
  first: number,
  times: readonly number[],
  weights: readonly number[],
  halfLifeMs: number,
): { ref: number; constant: number } {
  if (DAY_MS / halfLifeMs > REFERENCE_HALF_LIVES) return { ref: Number.NaN, constant: Number.NaN };
  const spacing = REFERENCE_HALF_LIVES * halfLifeMs;
  const ref = Math.floor(first / spacing) * spacing;
  const ratio = MODEL.sameDayRootRatio.value;
  let constant = 0;
  let factor = 1;
  for (let i = 0; i < times.length; i++) {
    constant += (weights[i] as number) * 2 ** (((times[i] as number) - ref) / halfLifeMs) * factor;
    factor *= ratio;
  }
  return { ref, constant };
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
function isAnomalous(score: number, { mean, std }: { mean: number; std: number }): boolean {
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

  const model = modelOf(events, pair, settings);
  const evalTime = (start: number) => Math.min(start + size, nowMs);

  // Daily scores over the anomaly baseline before the first point, cached by day.
  // Keyed by day number, a small integer: a Map is much faster on those than on epoch ms.
  const daily = new Map<number, number>();
  const dailyScore = (dayStart: number) => {
    const day = dayStart / DAY_MS;
    let score = daily.get(day);
    if (score === undefined) {
      score = model.pressureAt(dayStart + DAY_MS).score;
      daily.set(day, score);
    }
    return score;
  };

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

  // The anomaly baseline: the daily scores of the days before, the same for every hour of a day.
  const baselines = new Map<number, { mean: number; std: number }>();
  const baselineOf = (today: number) => {
    let baseline = baselines.get(today);
    if (!baseline) {
      let sum = 0;
      let sumSquares = 0;
      for (let d = 1; d <= settings.baselineDays; d++) {
        const s = dailyScore(today - d * DAY_MS);
        sum += s;
        sumSquares += s * s;
      }
      const mean = sum / settings.baselineDays;
      baseline = { mean, std: Math.sqrt(Math.max(0, sumSquares / settings.baselineDays - mean * mean)) };
      baselines.set(today, baseline);
    }
    return baseline;
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
      isAnomalous(pressure.score, baselineOf(floorTo(at - 1, 'day')));

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
