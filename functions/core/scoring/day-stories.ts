/**
 * Stories built day by day and kept across rescores. A story is made of one day's reports of one
 * dyad (its key starts with the date), so the stories of a day whose events are the same as when
 * they were last built are those stories again, and so are the day's same-day groups and the
 * times its articles were first seen. A rescore reads every event of its dyad's look-back (about
 * 140 days) but new news changes a day or two of it: the other days are taken as they were.
 * Events are compared field by field, so the result is exactly what building the whole look-back
 * afresh gives, whether the store hands back the objects it was given or fresh copies. When it hands
 * back the same objects in the same order (a warm store), the events of the last call are told
 * apart by identity in one walk, and only the events not given before are filed by day and checked
 * for a repeated key (LastQuery): the rest of the look-back costs a comparison of references.
 */
import { parseIsoMs } from '../iso-time';
import type { ActorRef, DyadPair } from '../model';
import type { StoredEvent } from '../ports/tension-store';
import { type CoveragePart, type FirstSeenChange, JoinedCoverage } from './joined-coverage';
import { type RankedGroup, rankGroups } from './ranked-groups';
import { eventTime, StorageKeys, type Story, StoryDrafts, storiesOf, uniqueEvents } from './stories';

const DAY_MS = 86_400_000;

/** Events whose days' stories are kept at most (a few tens of megabytes of events). */
export const MAX_KEPT_DAY_EVENTS = 20_000;

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
  'textRef',
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
      a.textRef === b.textRef &&
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

/** DyadDays of events built all at once: what DayStories.daysOf gives, day by day, from a dyad's own events. */
export function dyadDaysOf(events: readonly StoredEvent[], halfLifeMs: number): DyadDays {
  const stories = storiesOf(events, halfLifeMs);
  return {
    stories,
    groups: rankGroups(stories, halfLifeMs),
    articleTimes: [...firstSeenTimes(events).values()].sort((a, b) => a - b),
  };
}

interface DayPart extends CoveragePart {
  /** Taken over by the day's next part when the day only gains events (see dayPart). */
  firstSeen: Map<string, number>;
  /** Dropped once the coverage join has read it (see assemble). */
  growth?: CoveragePart['growth'];
  events: readonly StoredEvent[];
  /** What the stories were built from, to build them on when the day gains events. */
  drafts: StoryDrafts;
  stories: readonly Story[];
  groups: readonly RankedGroup[];
  /** The call that last read it (least recently used parts go first). */
  used: number;
}

/**
 * The part of a day holding `events`, built on the day's last part when the events are its events
 * with others added (a busy day gains a few reports at a time): only the added ones are weighed and
 * dated. The last part is not used again: its story drafts and first-seen map go to the new one,
 * which tells the coverage join what it changed in that map.
 */
function dayPart(
  day: number,
  events: readonly StoredEvent[],
  last: DayPart | undefined,
  halfLifeMs: number,
  call: number,
): DayPart {
  const added = last ? addedTo(last.events, events) : undefined;
  if (!last || !added) {
    const drafts = new StoryDrafts(halfLifeMs);
    drafts.add(events);
    const stories = drafts.stories();
    const firstSeen = firstSeenTimes(events);
    return { day, events, drafts, stories, groups: rankGroups(stories, halfLifeMs), firstSeen, used: call };
  }
  const { drafts, firstSeen } = last;
  drafts.add(added);
  const changes: FirstSeenChange[] = [];
  for (const [article, time] of firstSeenTimes(added)) {
    const before = firstSeen.get(article);
    if (before !== undefined && before <= time) continue;
    firstSeen.set(article, time);
    changes.push({ article, before, after: time });
  }
  const stories = drafts.stories();
  const groups = rankGroups(stories, halfLifeMs);
  return { day, events, drafts, stories, groups, firstSeen, growth: { from: last, changes }, used: call };
}

/**
 * The events of `after` that `before` lacks, when `after` holds every event of `before` (the same
 * objects, in the same order, others in between); undefined otherwise. Events are values, never
 * changed in place, so an object given before is that event still.
 */
function addedTo(before: readonly StoredEvent[], after: readonly StoredEvent[]): StoredEvent[] | undefined {
  if (after.length <= before.length) return undefined;
  const added: StoredEvent[] = [];
  let j = 0;
  for (const event of after) {
    if (j < before.length && event === before[j]) j++;
    else added.push(event);
  }
  return j === before.length ? added : undefined;
}

/** What `LastQuery.days` holds for an event of another dyad, and for one of the dyad's own without a time. */
const NOT_OWN = Number.NaN;
const UNTIMED = Number.NEGATIVE_INFINITY;

/** New events a call may bring before, if they are most of those walked so far, it is filed afresh. */
const MAX_ADDED_BEFORE_REFILE = 32;

/**
 * The events a lineage's last call was given, and what it made of each: the next call compares its
 * events with these by identity, not field by field, and files by day only those it was not given
 * before. A warm store hands back the same objects in the same order rescore after rescore, with
 * a few added (the news just stored) and a few gone (a day left the look-back).
 */
interface LastQuery {
  /** The array given, held as ScoringCache.models holds it: a caller does not change it afterwards. */
  events: readonly StoredEvent[];
  /** The same objects, to tell at once an event given before from a new one. */
  members: Set<StoredEvent>;
  /** Each event's epoch day, NOT_OWN or UNTIMED (the first `events.length` entries). */
  days: Float64Array;
  /** The call before's `days`, to be filled by the next call (a look-back's worth, reused). */
  spare: Float64Array | undefined;
  /** Days holding events, ascending. */
  dayList: number[];
  /** Keys of the dyad's own events (none held twice). */
  keys: StorageKeys;
}

/** The dyad's own events of a call filed by day: every day's, or only those of days that changed. */
interface Filed {
  /** Events by day, in the order given, for the days to build (or check) afresh. */
  lists: Map<number, StoredEvent[]>;
  /** Days holding events, ascending; those not in `lists` are the last call's, unchanged. */
  dayList: number[];
}

/** The stories of each dyad's days as last built. */
export class DayStories {
  /** By dyad and half-life, then by epoch day. */
  private readonly lineages = new Map<string, Map<number, DayPart>>();
  /** By dyad and half-life: the last call's events (see LastQuery). */
  private readonly lastQueries = new Map<string, LastQuery>();
  /** By dyad and half-life: the coverage of the days last joined. */
  private readonly coverages = new Map<string, JoinedCoverage>();
  private keptEvents = 0;
  /**
   * eventTime of each event object seen: a warm store hands back the same objects rescore after
   * rescore (stored events are values, never changed in place; sameEvents relies on that too), so
   * the two dates of each event of a 142-day look-back are parsed once, not at every rescore.
   */
  private readonly times = new WeakMap<StoredEvent, number | null>();
  private calls = 0;

  private readonly maxEvents: number;

  constructor(options: { maxEvents?: number } = {}) {
    this.maxEvents = options.maxEvents ?? MAX_KEPT_DAY_EVENTS;
  }

  /** Events whose days' stories are kept now. */
  get keptEventCount(): number {
    return this.keptEvents;
  }

  /**
   * dyadDaysOf of the dyad's own events among `events` (those of `pair`, each key once as
   * uniqueEvents keeps it), built day by day: a day whose events are those it was last built from
   * is taken as it is.
   */
  daysOf(events: readonly StoredEvent[], pair: DyadPair, halfLifeMs: number): DyadDays {
    const lineage = `${pair}|${halfLifeMs}`;
    const filed = this.changedSince(lineage, events, pair) ?? this.fileAll(lineage, events, pair);
    if (filed) return this.assemble(lineage, filed, halfLifeMs);
    // A key held twice (a rare repeat): uniqueEvents keeps one, and those are filed (no repeat left).
    const own = uniqueEvents(events.filter((e) => e.pair === pair));
    return this.assemble(lineage, this.fileAll(lineage, own, pair) as Filed, halfLifeMs);
  }

  private timeOf(event: StoredEvent): number | null {
    let time = this.times.get(event);
    if (time === undefined) {
      time = eventTime(event);
      this.times.set(event, time);
    }
    return time;
  }

  /** Every own event filed by day, remembered for the next call; undefined when a key is held twice. */
  private fileAll(lineage: string, events: readonly StoredEvent[], pair: DyadPair): Filed | undefined {
    const keys = new StorageKeys();
    const days = new Float64Array(events.length);
    const lists = new Map<number, StoredEvent[]>();
    for (let i = 0; i < events.length; i++) {
      const event = events[i] as StoredEvent;
      if (event.pair !== pair) {
        days[i] = NOT_OWN;
        continue;
      }
      if (!keys.add(event)) return undefined;
      const time = this.timeOf(event);
      // No time: no story, and not first seen (firstSeenTimes skips it too).
      if (time === null) {
        days[i] = UNTIMED;
        continue;
      }
      const day = Math.floor(time / DAY_MS);
      days[i] = day;
      const list = lists.get(day);
      if (list) list.push(event);
      else lists.set(day, [event]);
    }
    const dayList = [...lists.keys()].sort((a, b) => a - b);
    this.lastQueries.set(lineage, {
      events,
      members: new Set(events),
      spare: undefined,
      days,
      dayList,
      keys,
    });
    return { lists, dayList };
  }

  /**
   * The days whose events changed since the lineage's last call, filed afresh, found by walking
   * both calls' events side by side: an event at the place it held (the same object) is the last
   * call's, with its day; only events not given last time are filed, and only the days that gained
   * or lost one are listed. Undefined when there is no last call, when the
   * events came back in another order (then every event is filed), or when a key is held twice.
   */
  private changedSince(lineage: string, events: readonly StoredEvent[], pair: DyadPair): Filed | undefined {
    const last = this.lastQueries.get(lineage);
    if (!last) return undefined;
    // The walk below changes these in place: from here on the last query is this call's or gone.
    this.lastQueries.delete(lineage);
    const { events: before, members, keys } = last;
    const n = events.length;
    const m = before.length;
    const days = last.spare && last.spare.length >= n ? last.spare : new Float64Array(Math.ceil(n * 1.25));
    const changed = new Set<number>();
    const remove = (r: number) => {
      const event = before[r] as StoredEvent;
      members.delete(event);
      const day = last.days[r] as number;
      if (Number.isNaN(day)) return;
      keys.delete(event);
      if (day !== UNTIMED) changed.add(day);
    };
    // Looking ahead for a moved event costs at most a pass over the last call's events, in order.
    let lookAhead = 2 * m + 64;
    let i = 0;
    let j = 0;
    let added = 0;
    while (i < n) {
      const event = events[i] as StoredEvent;
      if (j < m && before[j] === event) {
        days[i++] = last.days[j++] as number;
        continue;
      }
      if (members.has(event)) {
        // Given last time further on: the events in between are gone (or it moved back: start over).
        let k = j + 1;
        while (k < m && before[k] !== event) k++;
        lookAhead -= k - j;
        if (k >= m || lookAhead < 0) return undefined;
        for (let r = j; r < k; r++) remove(r);
        j = k;
        continue;
      }
      i++;
      // Mostly new events (copies read afresh from a table): filing them all at once is cheaper.
      if (++added > MAX_ADDED_BEFORE_REFILE && added * 2 > i) return undefined;
      members.add(event);
      if (event.pair !== pair) {
        days[i - 1] = NOT_OWN;
        continue;
      }
      if (!keys.add(event)) return undefined;
      const time = this.timeOf(event);
      const day = time === null ? UNTIMED : Math.floor(time / DAY_MS);
      days[i - 1] = day;
      if (time !== null) changed.add(day);
    }
    for (let r = j; r < m; r++) remove(r);
    const lists = new Map<number, StoredEvent[]>();
    if (changed.size > 0) {
      let low = Number.POSITIVE_INFINITY;
      let high = Number.NEGATIVE_INFINITY;
      for (const day of changed) {
        low = Math.min(low, day);
        high = Math.max(high, day);
      }
      // Most changes are to the last day or two: days before them are passed over without a lookup.
      for (let e = 0; e < n; e++) {
        const day = days[e] as number;
        if (day < low || day > high || !changed.has(day)) continue;
        const list = lists.get(day);
        if (list) list.push(events[e] as StoredEvent);
        else lists.set(day, [events[e] as StoredEvent]);
      }
    }
    const dayList = last.dayList.filter((day) => !changed.has(day));
    for (const day of lists.keys()) dayList.push(day);
    dayList.sort((a, b) => a - b);
    this.lastQueries.set(lineage, { events, members, days, spare: last.days, dayList, keys });
    return { lists, dayList };
  }

  /** Join the days' parts, building those whose events changed. */
  private assemble(lineage: string, filed: Filed, halfLifeMs: number): DyadDays {
    let parts = this.lineages.get(lineage);
    if (!parts) {
      parts = new Map();
      this.lineages.set(lineage, parts);
    }
    const call = ++this.calls;
    const stories: Story[] = [];
    const groups: RankedGroup[] = [];
    const joined: DayPart[] = [];
    const grown: DayPart[] = [];
    // Stories sort by time, and a day's stories all fall on it: day by day keeps storiesOf's
    // order, and rankGroups' (a day's groups all start on it).
    for (const day of filed.dayList) {
      const dayEvents = filed.lists.get(day);
      let part = parts.get(day);
      if (dayEvents !== undefined && (!part || !sameEvents(part.events, dayEvents))) {
        this.keptEvents += dayEvents.length - (part?.events.length ?? 0);
        part = dayPart(day, dayEvents, part, halfLifeMs, call);
        parts.set(day, part);
        if (part.growth) grown.push(part);
      }
      // Eviction forgets the last call of a lineage whose days it drops: an unchanged day has its part.
      if (!part) throw new Error(`DayStories: no part kept for unchanged day ${day} of ${lineage}`);
      part.used = call;
      for (const story of part.stories) stories.push(story);
      for (const group of part.groups) groups.push(group);
      joined.push(part);
    }
    let coverage = this.coverages.get(lineage);
    if (!coverage) {
      coverage = new JoinedCoverage();
      this.coverages.set(lineage, coverage);
    }
    const articleTimes = coverage.join(joined);
    // Read by that join alone: kept, it would hold each grown day's last part (its events) too.
    for (const part of grown) part.growth = undefined;
    if (this.keptEvents > this.maxEvents) this.evict();
    return { stories, groups, articleTimes };
  }

  /**
   * Drop the least recently used days down to three quarters of the budget (so this stays rare).
   * A lineage that loses days forgets its last call too, so that what is kept stays bounded.
   */
  private evict(): void {
    const all: { lineage: string; parts: Map<number, DayPart>; day: number; part: DayPart }[] = [];
    for (const [lineage, parts] of this.lineages)
      for (const [day, part] of parts) all.push({ lineage, parts, day, part });
    all.sort((a, b) => a.part.used - b.part.used);
    for (const { lineage, parts, day, part } of all) {
      if (this.keptEvents <= this.maxEvents * 0.75) break;
      parts.delete(day);
      this.lastQueries.delete(lineage);
      this.coverages.delete(lineage);
      this.keptEvents -= part.events.length;
    }
    for (const [lineage, parts] of this.lineages) if (parts.size === 0) this.lineages.delete(lineage);
  }
}
