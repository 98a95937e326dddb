/**
 * Stories built day by day and kept across rescores. A story is made of one day's reports of one
 * dyad (its key starts with the date), so the stories of a day whose events are the same as when
 * they were last built are those stories again. A rescore reads every event of its dyad's
 * look-back (about 140 days) but new news changes a day or two of it: the other days' stories are
 * taken as they were. Events are compared field by field, so the stories are exactly those
 * storiesOf gives, whether the store hands back the objects it was given or fresh copies.
 */
import type { ActorRef, DyadPair } from '../model';
import type { StoredEvent } from '../ports/tension-store';
import { eventTime, type Story, storiesOf } from './stories';

const DAY_MS = 86_400_000;

/** Events whose days' stories are kept at most (a few tens of megabytes of events). */
export const MAX_KEPT_DAY_EVENTS = 20_000;
/**
 * Fewer events than this are built into stories afresh: a few events a day are built about as fast
 * as they are compared, and only a dyad in the news every day has days worth keeping.
 */
export const MIN_KEPT_DYAD_EVENTS = 128;

type Same<T> = (a: T, b: T) => boolean;

const same = <T>(a: T, b: T): boolean => a === b;

const sameActor: Same<ActorRef | null> = (a, b) =>
  a === b || (a !== null && b !== null && a.country === b.country && a.role === b.role && a.org === b.org);

const sameList = <T>(a: readonly T[] | undefined, b: readonly T[] | undefined): boolean => {
  if (a === b) return true;
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};

/** How each field of a stored event is compared: every field, so a new one cannot be forgotten. */
const FIELD_CHECKS: { [K in keyof Required<StoredEvent>]: Same<StoredEvent[K]> } = {
  cameo: same,
  type: same,
  polarity: same,
  actor: sameActor,
  target: sameActor,
  date: same,
  dateApproximate: same,
  negated: same,
  alleged: same,
  threat: same,
  historical: same,
  source: same,
  killed: same,
  injured: same,
  weapons: sameList,
  weaponCategories: sameList,
  evidence: same,
  pair: same,
  articleId: same,
  index: same,
  url: same,
  title: same,
  published: same,
  outlet: same,
  textHash: same,
};
const FIELDS = Object.entries(FIELD_CHECKS) as [keyof StoredEvent, Same<unknown>][];

/** Field by field (weighing also reads a `civilian` flag an event may carry beyond its type). */
export function sameStoredEvent(a: StoredEvent, b: StoredEvent): boolean {
  if (a === b) return true;
  for (const [field, check] of FIELDS) if (!check(a[field], b[field])) return false;
  return (a as { civilian?: unknown }).civilian === (b as { civilian?: unknown }).civilian;
}

function sameEvents(a: readonly StoredEvent[], b: readonly StoredEvent[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++)
    if (!sameStoredEvent(a[i] as StoredEvent, b[i] as StoredEvent)) return false;
  return true;
}

interface DayPart {
  events: readonly StoredEvent[];
  stories: readonly Story[];
  /** The call that last read it (least recently used parts go first). */
  used: number;
}

/** The stories of each dyad's days as last built. */
export class DayStories {
  /** By dyad and half-life, then by epoch day. */
  private readonly lineages = new Map<string, Map<number, DayPart>>();
  private keptEvents = 0;
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
   * storiesOf(events, halfLifeMs) for one dyad's events (each once, see uniqueEvents), built day by
   * day: a day whose events are those its kept stories were built from takes them as they are.
   */
  storiesOf(events: readonly StoredEvent[], pair: DyadPair, halfLifeMs: number): Story[] {
    if (events.length < this.minEvents) return storiesOf(events, halfLifeMs);
    const byDay = new Map<number, StoredEvent[]>();
    for (const event of events) {
      const time = eventTime(event);
      // No time, no story (storiesOf skips it too).
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
    // Stories sort by time, and a day's stories all fall on it: day by day keeps storiesOf's order.
    for (const day of [...byDay.keys()].sort((a, b) => a - b)) {
      const dayEvents = byDay.get(day) as StoredEvent[];
      let part = parts.get(day);
      if (!part || !sameEvents(part.events, dayEvents)) {
        this.keptEvents += dayEvents.length - (part?.events.length ?? 0);
        part = { events: dayEvents, stories: storiesOf(dayEvents, halfLifeMs), used: call };
        parts.set(day, part);
      }
      part.used = call;
      for (const story of part.stories) stories.push(story);
    }
    if (this.keptEvents > this.maxEvents) this.evict();
    return stories;
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
