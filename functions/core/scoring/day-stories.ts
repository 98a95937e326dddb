/**
 * Stories built day by day and kept across rescores. A story is made of one day's reports of one
 * dyad (its key starts with the date), so the stories of a day whose events are the same as when
 * they were last built are those stories again, and so are the day's same-day groups and the
 * times its articles were first seen. A rescore reads every event of its dyad's look-back (about
 * 140 days) but new news changes a day or two of it: the other days are taken as they were.
 * Events are compared field by field, so the result is exactly what building the whole look-back
 * afresh gives, whether the store hands back the objects it was given or fresh copies.
 */
import { parseIsoMs } from '../iso-time';
import type { ActorRef, DyadPair } from '../model';
import type { StoredEvent } from '../ports/tension-store';
import { type RankedGroup, rankGroups } from './ranked-groups';
import { eventTime, type Story, storiesOf } from './stories';

const DAY_MS = 86_400_000;

/** Events whose days' stories are kept at most (a few tens of megabytes of events). */
export const MAX_KEPT_DAY_EVENTS = 20_000;
/**
 * Fewer events than this are built into stories afresh: a few events a day are built about as fast
 * as they are compared, and only a dyad in the news every day has days worth keeping.
 */
export const MIN_KEPT_DYAD_EVENTS = 128;

function sameActor(a: ActorRef | null, b: ActorRef | null): boolean {
  return (
    a === b || (a !== null && b !== null && a.country === b.country && a.role === b.role && a.org === b.org)
  );
}

function sameList<T>(a: readonly T[] | undefined, b: readonly T[] | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Every field of a stored event, each compared below (the test changes each one in turn). */
const COMPARED_FIELDS = [
  'articleId',
  'index',
  'published',
  'cameo',
  'date',
  'killed',
  'injured',
  'negated',
  'alleged',
  'threat',
  'historical',
  'dateApproximate',
  'polarity',
  'textHash',
  'pair',
  'actor',
  'target',
  'weapons',
  'weaponCategories',
  'evidence',
  'title',
  'url',
  'outlet',
  'source',
  'type',
] as const;
// A field added to StoredEvent and not to the list above fails to compile here.
const everyFieldCompared: Exclude<keyof StoredEvent, (typeof COMPARED_FIELDS)[number]> extends never
  ? true
  : never = true;
void everyFieldCompared;

/**
 * Field by field, as plain property reads (a rescore compares every event of its dyad's look-back);
 * weighing also reads a `civilian` flag an event may carry beyond its type.
 */
export function sameStoredEvent(a: StoredEvent, b: StoredEvent): boolean {
  return (
    a === b ||
    (a.articleId === b.articleId &&
      a.index === b.index &&
      a.published === b.published &&
      a.cameo === b.cameo &&
      a.date === b.date &&
      a.killed === b.killed &&
      a.injured === b.injured &&
      a.negated === b.negated &&
      a.alleged === b.alleged &&
      a.threat === b.threat &&
      a.historical === b.historical &&
      a.dateApproximate === b.dateApproximate &&
      a.polarity === b.polarity &&
      a.textHash === b.textHash &&
      a.pair === b.pair &&
      sameActor(a.actor, b.actor) &&
      sameActor(a.target, b.target) &&
      sameList(a.weapons, b.weapons) &&
      sameList(a.weaponCategories, b.weaponCategories) &&
      a.evidence === b.evidence &&
      a.title === b.title &&
      a.url === b.url &&
      a.outlet === b.outlet &&
      a.source === b.source &&
      a.type === b.type &&
      (a as { civilian?: unknown }).civilian === (b as { civilian?: unknown }).civilian)
  );
}

function sameEvents(a: readonly StoredEvent[], b: readonly StoredEvent[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++)
    if (!sameStoredEvent(a[i] as StoredEvent, b[i] as StoredEvent)) return false;
  return true;
}

/** What a dyad model is built from: its stories, their same-day groups, and its coverage. */
export interface DyadDays {
  /** storiesOf the events: sorted by time, then key. */
  stories: Story[];
  /** rankGroups of those stories. */
  groups: RankedGroup[];
  /** When each article about the dyad was first seen (see firstSeenTimes), sorted. */
  articleTimes: number[];
}

/**
 * When each article was first seen, epoch ms: the earliest publication time of its events, or
 * their event time where the publication time does not parse. Events with neither count nowhere.
 */
export function firstSeenTimes(events: readonly StoredEvent[]): Map<string, number> {
  const firstSeen = new Map<string, number>();
  for (const event of events) {
    const published = parseIsoMs(event.published);
    const time = Number.isNaN(published) ? eventTime(event) : published;
    if (time === null) continue;
    const held = firstSeen.get(event.articleId);
    if (held === undefined || time < held) firstSeen.set(event.articleId, time);
  }
  return firstSeen;
}

/** DyadDays of events built all at once. */
export function dyadDaysOf(events: readonly StoredEvent[], halfLifeMs: number): DyadDays {
  const stories = storiesOf(events, halfLifeMs);
  return {
    stories,
    groups: rankGroups(stories, halfLifeMs),
    articleTimes: [...firstSeenTimes(events).values()].sort((a, b) => a - b),
  };
}

interface DayPart {
  events: readonly StoredEvent[];
  stories: readonly Story[];
  groups: readonly RankedGroup[];
  firstSeen: ReadonlyMap<string, number>;
  /** The call that last read it (least recently used parts go first). */
  used: number;
}

/** The stories of each dyad's days as last built. */
export class DayStories {
  /** By dyad and half-life, then by epoch day. */
  private readonly lineages = new Map<string, Map<number, DayPart>>();
  private keptEvents = 0;
  /**
   * eventTime of each event object seen: a warm store hands back the same objects rescore after
   * rescore (stored events are values, never changed in place; sameEvents relies on that too), so
   * the two dates of each event of a 142-day look-back are parsed once, not at every rescore.
   */
  private readonly times = new WeakMap<StoredEvent, number | null>();
  private calls = 0;

  private readonly maxEvents: number;
  private readonly minEvents: number;

  constructor(options: { maxEvents?: number; minEvents?: number } = {}) {
    this.maxEvents = options.maxEvents ?? MAX_KEPT_DAY_EVENTS;
    this.minEvents = options.minEvents ?? MIN_KEPT_DYAD_EVENTS;
  }

  /** Events whose days' stories are kept now. */
  get keptEventCount(): number {
    return this.keptEvents;
  }

  /**
   * dyadDaysOf(events, halfLifeMs) for one dyad's events (each once, see uniqueEvents), built day by
   * day: a day whose events are those it was last built from is taken as it is.
   */
  daysOf(events: readonly StoredEvent[], pair: DyadPair, halfLifeMs: number): DyadDays {
    if (events.length < this.minEvents) return dyadDaysOf(events, halfLifeMs);
    const byDay = new Map<number, StoredEvent[]>();
    for (const event of events) {
      let time = this.times.get(event);
      if (time === undefined) {
        time = eventTime(event);
        this.times.set(event, time);
      }
      // No time: no story, and not first seen (firstSeenTimes skips it too).
      if (time === null) continue;
      const day = Math.floor(time / DAY_MS);
      const list = byDay.get(day);
      if (list) list.push(event);
      else byDay.set(day, [event]);
    }
    const lineage = `${pair}|${halfLifeMs}`;
    let parts = this.lineages.get(lineage);
    if (!parts) {
      parts = new Map();
      this.lineages.set(lineage, parts);
    }
    const call = ++this.calls;
    const stories: Story[] = [];
    const groups: RankedGroup[] = [];
    const firstSeen = new Map<string, number>();
    // Stories sort by time, and a day's stories all fall on it: day by day keeps storiesOf's
    // order, and rankGroups' (a day's groups all start on it).
    for (const day of [...byDay.keys()].sort((a, b) => a - b)) {
      const dayEvents = byDay.get(day) as StoredEvent[];
      let part = parts.get(day);
      if (!part || !sameEvents(part.events, dayEvents)) {
        this.keptEvents += dayEvents.length - (part?.events.length ?? 0);
        const dayStories = storiesOf(dayEvents, halfLifeMs);
        part = {
          events: dayEvents,
          stories: dayStories,
          groups: rankGroups(dayStories, halfLifeMs),
          firstSeen: firstSeenTimes(dayEvents),
          used: call,
        };
        parts.set(day, part);
      }
      part.used = call;
      for (const story of part.stories) stories.push(story);
      for (const group of part.groups) groups.push(group);
      // An article reporting on several days was first seen at the earliest of them.
      for (const [article, time] of part.firstSeen) {
        const held = firstSeen.get(article);
        if (held === undefined || time < held) firstSeen.set(article, time);
      }
    }
    if (this.keptEvents > this.maxEvents) this.evict();
    return { stories, groups, articleTimes: [...firstSeen.values()].sort((a, b) => a - b) };
  }

  /** Drop the least recently used days down to three quarters of the budget (so this stays rare). */
  private evict(): void {
    const all: { parts: Map<number, DayPart>; day: number; part: DayPart }[] = [];
    for (const parts of this.lineages.values())
      for (const [day, part] of parts) all.push({ parts, day, part });
    all.sort((a, b) => a.part.used - b.part.used);
    for (const { parts, day, part } of all) {
      if (this.keptEvents <= this.maxEvents * 0.75) break;
      parts.delete(day);
      this.keptEvents -= part.events.length;
    }
    for (const [lineage, parts] of this.lineages) if (parts.size === 0) this.lineages.delete(lineage);
  }
}
