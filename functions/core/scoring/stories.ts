/**
 * From stored events (one per report) to stories (one per real event): syndicated copies and
 * independent reports of the same event merge; corroboration raises confidence, never severity.
 */
import { memoize } from '../collections';
import { isoDateMs, parseIsoMs } from '../iso-time';
import type { DyadPair } from '../model';
import type { StoredEvent } from '../ports/tension-store';
import { DEFAULT_SCORING_SETTINGS } from './settings';
import { halvesDistance, hashHalf } from './simhash';
import { cameoRoot, MODEL, SAME_DAY_GROUPS, sameDayGroup, weightOf } from './weights';

const DAY_MS = 86_400_000;
const ZERO = 48;

export interface Story {
  /** Deterministic identity: date | CAMEO root | sign | casualty class. */
  key: string;
  /**
   * Same-day same-kind group for diminishing returns (date, root or "verbal", sign), as a Map key:
   * a number when the group is a named one or a two-digit root (see sameDayGroupSlot), else the
   * text date | group | sign.
   */
  group: number | string;
  date: string;
  root: string;
  /** -1 escalation, +1 de-escalation. */
  sign: -1 | 1;
  /** Epoch ms: the earliest report's event time. */
  time: number;
  /**
   * Signed weight of the story at `time`: its strongest report, decayed back to `time` (see
   * storiesOf), times the corroboration multiplier.
   */
  weight: number;
  confidence: number;
  /** Independent reports (syndicated copies and same-article reports count once), capped. */
  reports: number;
  /** The strongest report (after decay, see storiesOf): what evidence shows. */
  representative: StoredEvent;
}

/** The YYYY-MM-DD date of an epoch day (days since 1970-01-01). */
const isoDateOfDay = memoize((day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10));

/** When an event happened, epoch ms: its publication time on its own date, else the start of its date. */
export function eventTime(event: Pick<StoredEvent, 'date' | 'published'>): number | null {
  const published = parseIsoMs(event.published);
  const dayStart = event.date ? isoDateMs(event.date) : Number.NaN;
  if (Number.isNaN(dayStart)) return Number.isNaN(published) ? null : published;
  const sameDay = !Number.isNaN(published) && published >= dayStart && published < dayStart + DAY_MS;
  return sameDay ? published : dayStart;
}

/** Casualty classes by index (see casualtyClassIndex), the last part of a story key. */
const CASUALTY_CLASSES = ['unknown', 'none', '1-2', '3-9', '10-99', '100+'] as const;

/** Index in CASUALTY_CLASSES of a report's toll: reports of one event agree on its order of magnitude. */
function casualtyClassIndex(event: Pick<StoredEvent, 'killed' | 'injured'>): number {
  if (event.killed === null && event.injured === null) return 0;
  const killed = event.killed ?? 0;
  if (killed === 0) return 1;
  if (killed <= 2) return 2;
  if (killed <= 9) return 3;
  if (killed <= 99) return 4;
  return 5;
}

/** Casualty class of a report: reports of one event agree on the order of magnitude of the toll. */
export function casualtyClass(event: Pick<StoredEvent, 'killed' | 'injured'>): string {
  return CASUALTY_CLASSES[casualtyClassIndex(event)] as string;
}

export function eventKey(event: Pick<StoredEvent, 'articleId' | 'index'>): string {
  return `${event.articleId}#${String(event.index).padStart(4, '0')}`;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Size of the largest set of mutually independent reports (no two within the syndication
 * distance), capped. A maximum independent set only grows when reports are added, so adding a
 * report never lowers confidence (a greedy count or connected components could).
 */
export function independentReports(
  hashes: string[],
  cap: number = MODEL.maxIndependentReports.value,
): number {
  // Most stories have one source: nothing to search.
  if (hashes.every((hash) => hash === hashes[0])) return Math.min(hashes.length === 0 ? 0 : 1, cap);
  const limit = MODEL.syndicationDistance.value;
  // A busy story has many reports from different outlets: `cap` mutually independent ones, found
  // greedily, settle it (the largest set is at least as large) without the exact search below.
  const picked: { hash: string; high: number; low: number }[] = [];
  for (const hash of hashes) {
    const high = hashHalf(hash, 0);
    const low = hashHalf(hash, 1);
    let independent = true;
    for (const other of picked) {
      if (other.hash === hash || halvesDistance(high, low, other.high, other.low) <= limit) {
        independent = false;
        break;
      }
    }
    if (!independent) continue;
    picked.push({ hash, high, low });
    if (picked.length >= cap) return cap;
  }
  const nodes = [...new Set(hashes)].sort();
  // Each hash parsed once: a busy story's search compares the same hashes many times.
  const high = nodes.map((hash) => hashHalf(hash, 0));
  const low = nodes.map((hash) => hashHalf(hash, 1));
  const near = (a: number, b: number) =>
    halvesDistance(high[a] as number, low[a] as number, high[b] as number, low[b] as number) <= limit;
  let best = 0;
  const search = (candidates: number[], size: number): boolean => {
    if (size > best) best = size;
    if (best >= cap) return true;
    if (size + candidates.length <= best) return false;
    for (let i = 0; i < candidates.length; i++) {
      const pick = candidates[i] as number;
      const rest = candidates.slice(i + 1).filter((other) => !near(pick, other));
      if (search(rest, size + 1)) return true;
    }
    return false;
  };
  search(
    nodes.map((_, index) => index),
    0,
  );
  return Math.min(best, cap);
}

export function confidenceOf(reports: number): number {
  return 1 - (1 - MODEL.singleReportConfidence.value) ** Math.max(1, reports);
}

/** Highest event index told apart by a bit of StorageKeys' masks. */
const MAX_MASKED_INDEX = 30;

/**
 * Storage keys (article id + index) held. A rescore checks every event of its look-back for a
 * repeat, so keys are not built: an article's id is hashed once and its indices are bits of a mask
 * (indices past 30, rare, are held as keys).
 */
export class StorageKeys {
  private readonly masks = new Map<string, number>();
  private others: Set<string> | undefined;

  /** Hold an event's key; false when it is held already (a repeat). */
  add(event: StoredEvent): boolean {
    const { index } = event;
    if (Number.isInteger(index) && index >= 0 && index <= MAX_MASKED_INDEX) {
      const bit = 1 << index;
      const held = this.masks.get(event.articleId) ?? 0;
      if ((held & bit) !== 0) return false;
      this.masks.set(event.articleId, held | bit);
      return true;
    }
    this.others ??= new Set();
    const key = `${event.articleId}#${index}`;
    if (this.others.has(key)) return false;
    this.others.add(key);
    return true;
  }

  /** Let go of the key of an event added before. */
  delete(event: StoredEvent): void {
    const { index } = event;
    if (Number.isInteger(index) && index >= 0 && index <= MAX_MASKED_INDEX) {
      const left = (this.masks.get(event.articleId) ?? 0) & ~(1 << index);
      if (left === 0) this.masks.delete(event.articleId);
      else this.masks.set(event.articleId, left);
    } else this.others?.delete(`${event.articleId}#${index}`);
  }
}

/** De-duplicate by storage key: the same report stored or passed twice counts once. */
export function uniqueEvents(events: readonly StoredEvent[]): readonly StoredEvent[] {
  // A store query returns each key once, so first look for a repeat without building keys.
  const keys = new StorageKeys();
  for (const event of events) if (!keys.add(event)) return uniqueByKey(events);
  return events;
}

function uniqueByKey(events: readonly StoredEvent[]): StoredEvent[] {
  const byKey = new Map<string, StoredEvent>();
  for (const event of events) {
    // The same identity as eventKey without its padding: this runs for every event of a rescore.
    const key = `${event.articleId}#${event.index}`;
    const kept = byKey.get(key);
    // Two different events under one key should not happen; keep a deterministic one if it does.
    if (!kept || compareText(JSON.stringify(event), JSON.stringify(kept)) < 0) byKey.set(key, event);
  }
  return [...byKey.values()];
}

/** What makes a report part of a story: the story's identity and the report's weight in it. */
export interface StoryReport {
  key: string;
  date: string;
  root: string;
  sign: -1 | 1;
  time: number;
  weight: number;
}

/** A report's weight and the parts of its story's identity, before any string is built. */
interface WeighedStoryReport {
  time: number;
  weight: number;
  sign: -1 | 1;
  day: number;
  classIndex: number;
  /**
   * The story's identity as a Map key: a number when the CAMEO root is two digits (CAMEO's roots
   * are), else the story key. A rescore files every event of its look-back by story, and a small
   * integer is looked up much faster than a key string is built and hashed.
   */
  slot: number | string;
}

/** Epoch days a numeric slot holds (about ±1,600 years): slots stay small integers. */
const SLOT_DAYS = 600_000;

/** The number a text's first two characters spell when both are digits (a CAMEO root), else -1. */
function leadingTwoDigits(text: string): number {
  const tens = text.charCodeAt(0) - ZERO;
  const ones = text.charCodeAt(1) - ZERO;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1;
}

function storyKey(date: string, root: string, sign: -1 | 1, classIndex: number): string {
  return `${date}|${root}|${sign < 0 ? 'esc' : 'deesc'}|${CASUALTY_CLASSES[classIndex]}`;
}

function weighStoryReport(event: StoredEvent): WeighedStoryReport | null {
  const time = eventTime(event);
  if (time === null) return null;
  const weight = weightOf(event);
  if (weight === 0 || !Number.isFinite(weight)) return null;
  const sign = weight < 0 ? -1 : 1;
  const day = Math.floor(time / DAY_MS);
  const classIndex = casualtyClassIndex(event);
  const root = leadingTwoDigits(event.cameo);
  // Mixed radix, so distinct stories never share a slot: day, root (two digits), sign (one bit), class (three bits).
  const slot =
    root >= 0 && Math.abs(day) < SLOT_DAYS
      ? ((day * 100 + root) * 2 + (sign < 0 ? 0 : 1)) * 8 + classIndex
      : storyKey(isoDateOfDay(day), cameoRoot(event.cameo), sign, classIndex);
  return { time, weight, sign, day, classIndex, slot };
}

/** The story an event reports, or null when it has no time or weighs nothing (neutral, negated). */
export function storyReportOf(event: StoredEvent): StoryReport | null {
  const report = weighStoryReport(event);
  if (!report) return null;
  const { time, weight, sign, day, classIndex } = report;
  const date = isoDateOfDay(day);
  const root = cameoRoot(event.cameo);
  return { key: storyKey(date, root, sign, classIndex), date, root, sign, time, weight };
}

/** Numbers of the named same-day groups ("verbal"), after the hundred two-digit roots. */
const NAMED_GROUPS = new Map(
  [...new Set(Object.values(SAME_DAY_GROUPS).map((entry) => entry.group))].map((name, i) => [name, 100 + i]),
);
const GROUP_SPAN = 100 + NAMED_GROUPS.size;

/**
 * Story.group of a story: a number, day by day, for named groups and two-digit roots, as a
 * rescore's stories are filed by group; else the text date | group | sign.
 */
function sameDayGroupSlot(day: number, root: string, sign: -1 | 1): number | string {
  const group = sameDayGroup(root);
  const index = NAMED_GROUPS.get(group) ?? (group.length === 2 ? leadingTwoDigits(group) : -1);
  if (index < 0 || Math.abs(day) >= SLOT_DAYS) return `${isoDateOfDay(day)}|${group}|${sign}`;
  return (day * GROUP_SPAN + index) * 2 + (sign < 0 ? 0 : 1);
}

/** A report and its weight; ties go to the lower event key (built only for a tie: it is a string). */
interface WeighedReport {
  event: StoredEvent;
  weight: number;
}

function strongerReport(a: WeighedReport, b: WeighedReport): boolean {
  const difference = Math.abs(a.weight) - Math.abs(b.weight);
  return difference > 0 || (difference === 0 && lowerEventKey(a.event, b.event));
}

/** An index eventKey pads to four digits: such indices order their keys as numbers. */
function isPaddedIndex(index: number): boolean {
  return Number.isInteger(index) && index >= 0 && index < 10_000;
}

/**
 * eventKey(a) < eventKey(b), building the keys only when the article ids alone cannot tell: ties are
 * common (every report of a busy story weighs the same), and the keys are strings.
 */
function lowerEventKey(a: StoredEvent, b: StoredEvent): boolean {
  const x = a.articleId;
  const y = b.articleId;
  // Neither id a prefix of the other: the keys first differ where the ids do.
  if (x !== y && !x.startsWith(y) && !y.startsWith(x)) return x < y;
  // One id: zero-padded indices below 10,000 compare as numbers.
  if (x === y && isPaddedIndex(a.index) && isPaddedIndex(b.index)) return a.index < b.index;
  return eventKey(a) < eventKey(b);
}

/**
 * The events of an article that scoring can tell apart: per dyad, the strongest report of each
 * story (ties to the lower index), or, when none weighs anything, the first event, which still
 * counts the article's coverage. buildStories gives the same stories from these as from all the
 * article's events: within one article a story's reports share its time (same date, same
 * publication) and its text hash, and only the strongest is kept as its representative. Storing
 * these instead of every mention keeps an article's events to a few hundred bytes.
 */
export function storyRepresentatives(events: readonly StoredEvent[]): StoredEvent[] {
  const kept = new Map<string, WeighedReport>();
  const coverage = new Map<string, StoredEvent>();
  for (const event of uniqueEvents(events)) {
    const article = `${event.pair}|${event.articleId}`;
    const first = coverage.get(article);
    if (!first || event.index < first.index) coverage.set(article, event);
    const report = storyReportOf(event);
    if (!report) continue;
    const slot = `${event.pair}|${event.articleId}|${report.key}`;
    const candidate = { event, weight: report.weight };
    const held = kept.get(slot);
    if (!held || strongerReport(candidate, held)) kept.set(slot, candidate);
  }
  const result = [...kept.values()].map((k) => k.event);
  const weighted = new Set(result.map((e) => `${e.pair}|${e.articleId}`));
  for (const [article, event] of coverage) if (!weighted.has(article)) result.push(event);
  return result.sort(
    (a, b) => compareText(a.pair, b.pair) || compareText(a.articleId, b.articleId) || a.index - b.index,
  );
}

/**
 * How near its publication (days before, up to a day after) one of an article's events must be dated
 * for a rescore's event query to also reach the article's coverage: the query reads events by event
 * time over the window's look-back (the baseline and the decay tail, over 30 days).
 */
export const COVERAGE_REACH_DAYS = 30;

/**
 * The coverage records an article needs: for each dyad whose events are all dated out of reach of
 * its publication (history, far-off dates), its lowest-index event, which the store also keeps
 * under the publication time. An article counts in its dyad's coverage when it was published,
 * whatever it reports on.
 */
export function coverageRecords(events: readonly StoredEvent[]): StoredEvent[] {
  const byArticle = new Map<string, { first: StoredEvent; inReach: boolean }>();
  for (const event of events) {
    const published = Date.parse(event.published);
    const at = eventTime(event) ?? published;
    const inReach = at >= published - COVERAGE_REACH_DAYS * DAY_MS && at < published + DAY_MS;
    const slot = `${event.pair}|${event.articleId}`;
    const held = byArticle.get(slot);
    if (!held) byArticle.set(slot, { first: event, inReach });
    else {
      if (event.index < held.first.index) held.first = event;
      held.inReach ||= inReach;
    }
  }
  return [...byArticle.values()]
    .filter((a) => !a.inReach && !Number.isNaN(Date.parse(a.first.published)))
    .map((a) => a.first);
}

/**
 * How many half-lives a story's strongest report is carried back to its start at most: reports of a
 * story share a day, so only a half-life under about 25 minutes reaches it (2^60 keeps weights finite).
 */
const MAX_BACKDATED_HALF_LIVES = 60;

/** Stories of one dyad, sorted by time then key (the order is part of the determinism). */
export function buildStories(
  events: readonly StoredEvent[],
  pair: DyadPair,
  halfLifeDays: number = DEFAULT_SCORING_SETTINGS.halfLifeDays,
): Story[] {
  return storiesOf(uniqueEvents(events.filter((e) => e.pair === pair)), halfLifeDays * DAY_MS);
}

/**
 * Stories of one dyad's events, each event once (see uniqueEvents). A story starts at its earliest
 * report and weighs, there, its strongest report decayed back to that time: max |w|·2^((t − start)/h).
 * From its last report on, it is the strongest of its reports' own decay curves, and adding a
 * report, earlier or later, stronger or weaker, never lowers it at any instant. (Weighing the
 * strongest report undecayed from the earliest time did: a weaker, earlier report made the strong
 * one decay longer.) Reports of a story share its day, so the strongest is the one with the
 * largest |w|·2^((t − day start)/h).
 */
export function storiesOf(events: readonly StoredEvent[], halfLifeMs: number): Story[] {
  const drafts = new StoryDrafts(halfLifeMs);
  drafts.add(events);
  return drafts.stories();
}

/** A story as its reports so far make it (see storiesOf). */
interface StoryDraft {
  key: string;
  date: string;
  day: number;
  root: string;
  sign: -1 | 1;
  time: number;
  /** The strongest report after decay. */
  best: StoredEvent | null;
  /** Its log2 |w| + (t − day start)/h: how reports compare, in log space so that no decay underflows. */
  bestStrength: number;
  /** Its own weight and time. */
  bestWeight: number;
  bestTime: number;
  hashes: string[];
  /** The story last built from the draft, until a report is added to it. */
  built: Story | undefined;
}

/**
 * storiesOf, built up: events added later give the stories that all the events at once give (a
 * story's earliest time, strongest report and set of hashes do not depend on the order its
 * reports come in), and a story no added event reports is the same object as before. A busy day
 * gains a few reports at a time, and weighing every report of it again at every rescore made a
 * day's rebuild grow with its news.
 */
export class StoryDrafts {
  private readonly drafts = new Map<number | string, StoryDraft>();

  constructor(private readonly halfLifeMs: number) {}

  /** Add reports: each event once over all calls (see uniqueEvents), none added before. */
  add(events: readonly StoredEvent[]): void {
    for (const event of events) {
      const report = weighStoryReport(event);
      if (!report) continue;
      const { time, weight, sign } = report;
      let draft = this.drafts.get(report.slot);
      if (!draft) {
        const date = isoDateOfDay(report.day);
        const root = cameoRoot(event.cameo);
        draft = {
          key: storyKey(date, root, sign, report.classIndex),
          date,
          day: report.day,
          root,
          sign,
          time,
          best: null,
          bestStrength: Number.NEGATIVE_INFINITY,
          bestWeight: weight,
          bestTime: time,
          hashes: [],
          built: undefined,
        };
        this.drafts.set(report.slot, draft);
      }
      draft.built = undefined;
      draft.time = Math.min(draft.time, time);
      // Reports within one article are one source: the article hash stands for them all.
      draft.hashes.push(event.textHash);
      // Reports compare after decay (ties to the lower event key, as strongerReport's).
      const strength = Math.log2(Math.abs(weight)) + (time - report.day * DAY_MS) / this.halfLifeMs;
      if (
        !draft.best ||
        strength > draft.bestStrength ||
        (strength === draft.bestStrength && lowerEventKey(event, draft.best))
      ) {
        draft.best = event;
        draft.bestStrength = strength;
        draft.bestWeight = weight;
        draft.bestTime = time;
      }
    }
  }

  /** The stories of every report added, sorted by time then key. */
  stories(): Story[] {
    const stories: Story[] = [];
    for (const draft of this.drafts.values()) {
      draft.built ??= this.build(draft);
      if (draft.built) stories.push(draft.built);
    }
    return stories.sort((a, b) => a.time - b.time || compareText(a.key, b.key));
  }

  private build(draft: StoryDraft): Story | undefined {
    if (!draft.best) return undefined;
    const reports = independentReports(draft.hashes);
    const confidence = confidenceOf(reports);
    const floor = MODEL.confidenceFloor.value;
    // The strongest report's weight, decayed back from its time to the story's start: at most
    // MAX_BACKDATED_HALF_LIVES back, so that a half-life of minutes cannot overflow it.
    const halfLivesBack = Math.min((draft.bestTime - draft.time) / this.halfLifeMs, MAX_BACKDATED_HALF_LIVES);
    const strongest = draft.bestWeight * 2 ** halfLivesBack;
    return {
      key: draft.key,
      group: sameDayGroupSlot(draft.day, draft.root, draft.sign),
      date: draft.date,
      root: draft.root,
      sign: draft.sign,
      time: draft.time,
      weight: strongest * (floor + (1 - floor) * confidence),
      confidence,
      reports,
      representative: draft.best,
    };
  }
}
