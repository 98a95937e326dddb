/**
 * The event items of each dyad a warm scorer container has read, kept between rescores. A rescore
 * reads every event of its dyad's look-back (about 140 days), so on a table that holds a running
 * deployment's history, reading them again for every SQS batch is the largest DynamoDB cost
 * (docs/benchmarks.md, end-to-end on a table with history). Kept items are served again only
 * when nothing can have been stored that they miss:
 *
 * - Storing scorers take a dyad revision after storing their events (TensionStore port). When the
 *   revision this container takes is the one after the last it knew of, no other scorer took one
 *   in between, so the only new items are the ones this container stored itself, which it added
 *   as it stored them.
 * - When other scorers took revisions in between, each of them announced, with its revision, the
 *   items it had stored (revision-announcements.ts): those items are read from the table, not the
 *   whole look-back, and the kept items serve the read. A revision whose announcement is missing
 *   (not written yet, or removed) sends the read to the table.
 * - Kept items serve only the read that follows a revision taken (the pipeline's order: store,
 *   take a revision, read); a reader that takes none, or reads twice, reads the table.
 * - A scorer that stores events and dies before taking its revision leaves items nobody announced.
 *   Its articles are retried and store the same events again, which their revision announces; the
 *   items of an article that is never retried (dead-lettered) count once the kept items are
 *   `maxAgeMs` old, when the look-back is read from the table again.
 *
 * Items are kept as decoded, so a hit also saves inflating and parsing them.
 */
import type { DyadPair } from '../../core/model';
import type { StoredEvent } from '../../core/ports/tension-store';
import type { ItemReadIndex } from './events-in-range';

/** One stored item of the `EV#` partition as a read returns it. */
export interface EventItem {
  sk: string;
  /** Write time (epoch ms); 0 for items written before chunks carried one. */
  writtenAt: number;
  coverage: boolean;
  events: readonly StoredEvent[];
  /** What reads need of the events, worked out by the first read (events-in-range.ts). */
  readIndex?: ItemReadIndex;
}

export interface EventReadCacheOptions {
  /** Events kept at most, over all dyads (the dyads used longest ago go first). @default 100000 */
  maxEvents?: number;
  /** Kept items are read again from the table after this long. @default DEFAULT_EVENT_CACHE_MAX_AGE_MS */
  maxAgeMs?: number;
  /** Clock (epoch ms). */
  now?: () => number;
}

interface Snapshot {
  /** Items whose sort key is at or after `fromDay`, by sort key. */
  items: Map<string, EventItem>;
  fromDay: string;
  /** Every item stored by a scorer holding a lower revision is in `items`. */
  rev: number;
  readAt: number;
  events: number;
  /** Items were added out of key order since it was last sorted. */
  unsorted: boolean;
  /** The revision a refresh of announced items under way brings the snapshot to (see `revision`). */
  refreshTo?: number;
  /** Brought to its revision by a refresh, and not read since (for the read counts). */
  refreshed: boolean;
}

interface DyadState {
  snapshot?: Snapshot;
  /** The highest revision this container has taken. */
  seen: number;
  /**
   * A revision was taken since the last read: kept items serve one read per revision taken, the
   * read that follows it (a reader that takes none, or reads again later, goes to the table).
   */
  revisionUnread: boolean;
  /**
   * Items this container stored in the last PENDING_MAX_AGE_MS, with when: every snapshot installed
   * or carried to a new revision takes them in, since a read that started before one was stored
   * may lack it.
   */
  pending: { item: EventItem; at: number }[];
  used: number;
}

/**
 * How long kept items serve reads by default, since the look-back was last read from the table: a
 * day, 96 fetch cycles of the default schedule. It bounds only how late the events of a
 * dead-lettered article that was stored but never announced start to count.
 */
export const DEFAULT_EVENT_CACHE_MAX_AGE_MS = 24 * 3_600_000;

/**
 * How long items this container stored are kept to be taken into a snapshot: a read under way when
 * they were stored, or the revision taken right after storing, needs them within seconds.
 */
const PENDING_MAX_AGE_MS = 600_000;

/**
 * About what one stored event takes in the table (compressed, with its share of its article's
 * fields), to weigh reading the announced items, a query of at least a read unit each, against
 * reading the whole look-back.
 */
const STORED_EVENT_BYTES = 100;
const READ_UNIT_BYTES = 4096;

/** Revisions other scorers took, each with the sort-key prefixes of the items it stored. */
export type Announcements = ReadonlyMap<number, readonly string[]>;

/** Where the reads asked for were served from: see EventReadCache.takeReadCounts. */
export interface EventReadCounts {
  /** Kept items, with nothing new but this container's own. */
  memory: number;
  /** Kept items, after reading the items other scorers announced. */
  refreshed: number;
  /** The table, the whole look-back. */
  table: number;
}

export class EventReadCache {
  private readonly dyads = new Map<DyadPair, DyadState>();
  private readonly maxEvents: number;
  private readonly maxAgeMs: number;
  private readonly now: () => number;
  private keptEvents = 0;
  private uses = 0;
  /** Reads asked for since takeReadCounts last ran, by where they were served from. */
  private reads: EventReadCounts = { memory: 0, refreshed: 0, table: 0 };

  constructor(options: EventReadCacheOptions = {}) {
    this.maxEvents = options.maxEvents ?? 100_000;
    this.maxAgeMs = options.maxAgeMs ?? DEFAULT_EVENT_CACHE_MAX_AGE_MS;
    this.now = options.now ?? Date.now;
  }

  /** Events kept now, over all dyads. */
  get eventCount(): number {
    return this.keptEvents;
  }

  private state(pair: DyadPair): DyadState {
    let state = this.dyads.get(pair);
    if (!state) {
      state = { seen: 0, revisionUnread: false, pending: [], used: 0 };
      this.dyads.set(pair, state);
    }
    state.used = ++this.uses;
    return state;
  }

  /** Items this container has just stored (the write succeeded). */
  stored(pair: DyadPair, items: readonly EventItem[]): void {
    const state = this.state(pair);
    const at = this.now();
    this.prunePending(state);
    for (const item of items) state.pending.push({ item, at });
  }

  /**
   * A revision this container has taken for the dyad (after storing, before reading), with the
   * revisions others announced. Returns the sort-key prefixes of the items to read when others took
   * revisions since the snapshot and announced every one: the caller reads them and hands them to
   * `refreshed`.
   */
  revision(pair: DyadPair, rev: number, announced?: Announcements): string[] | undefined {
    const state = this.state(pair);
    const { snapshot } = state;
    let refresh: string[] | undefined;
    if (snapshot && snapshot.rev === state.seen && rev === state.seen + 1) {
      // Nobody else took a revision since the snapshot: what is new is what this container stored.
      this.takeIn(state, snapshot);
      snapshot.rev = rev;
    } else if (
      snapshot &&
      snapshot.rev === state.seen &&
      rev > state.seen &&
      announced &&
      this.fresh(snapshot)
    ) {
      const prefixes = new Set<string>();
      let complete = true;
      for (let other = state.seen + 1; other < rev && complete; other++) {
        const stored = announced.get(other);
        if (stored === undefined) complete = false;
        // Prefixes start with their item's day: those before the kept days are not kept.
        else for (const prefix of stored) if (prefix >= snapshot.fromDay) prefixes.add(prefix);
      }
      // A dyad with little news is read whole for fewer read units than a query per item takes.
      const lookBackUnits = Math.ceil((snapshot.events * STORED_EVENT_BYTES) / READ_UNIT_BYTES);
      if (complete && prefixes.size <= lookBackUnits) {
        refresh = [...prefixes].sort();
        snapshot.refreshTo = rev;
      }
    }
    state.seen = Math.max(state.seen, rev);
    state.revisionUnread = true;
    return refresh;
  }

  /**
   * The items `revision` asked to read, read after revision `rev` was taken: the snapshot then holds
   * every item stored by a scorer holding a lower revision.
   */
  refreshed(pair: DyadPair, rev: number, items: readonly EventItem[]): void {
    const state = this.dyads.get(pair);
    const snapshot = state?.snapshot;
    // Another revision taken meanwhile, or the snapshot replaced: the next read goes to the table.
    if (!state || !snapshot || snapshot.refreshTo !== rev || state.seen !== rev) return;
    snapshot.refreshTo = undefined;
    for (const item of items) this.keep(snapshot, item);
    this.takeIn(state, snapshot);
    snapshot.rev = rev;
    snapshot.refreshed = true;
  }

  /**
   * The dyad's items whose sort key is at or after `fromDay`, when the kept ones are known to be
   * all there is for the revision just taken; undefined when the table must be read.
   */
  read(pair: DyadPair, fromDay: string): EventItem[] | undefined {
    const snapshot = this.dyads.get(pair)?.snapshot;
    const refreshed = snapshot?.refreshed === true;
    const items = this.kept(pair, fromDay);
    if (items && snapshot) snapshot.refreshed = false;
    this.reads[items ? (refreshed ? 'refreshed' : 'memory') : 'table']++;
    return items;
  }

  /** Where the reads asked for since last asked were served from. */
  takeReadCounts(): EventReadCounts {
    const counts = this.reads;
    this.reads = { memory: 0, refreshed: 0, table: 0 };
    return counts;
  }

  /** Is the snapshot's look-back read from the table recent enough to serve (see maxAgeMs)? */
  private fresh(snapshot: Snapshot): boolean {
    return this.now() - snapshot.readAt <= this.maxAgeMs;
  }

  private kept(pair: DyadPair, fromDay: string): EventItem[] | undefined {
    const state = this.dyads.get(pair);
    const snapshot = state?.snapshot;
    if (!state?.revisionUnread || !snapshot || snapshot.rev !== state.seen) return undefined;
    if (fromDay < snapshot.fromDay || !this.fresh(snapshot)) return undefined;
    state.revisionUnread = false;
    state.used = ++this.uses;
    if (snapshot.unsorted) {
      // In key order, as the table returns them: of two equal copies of an event, the same one stays.
      snapshot.items = new Map([...snapshot.items].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
      snapshot.unsorted = false;
    }
    const items: EventItem[] = [];
    for (const item of snapshot.items.values()) if (item.sk >= fromDay) items.push(item);
    return items;
  }

  /** The revision a read starting now is complete for (see `install`). */
  revisionOf(pair: DyadPair): number {
    return this.dyads.get(pair)?.seen ?? 0;
  }

  /**
   * Keep what a read of the table returned: every item whose sort key is at or after `fromDay`,
   * read after revision `rev` (revisionOf when the read started) was taken, started at `readAt`.
   */
  install(pair: DyadPair, fromDay: string, rev: number, items: readonly EventItem[], readAt: number): void {
    const state = this.state(pair);
    // A read made before a newer one says less: keep the newer.
    if (state.snapshot && state.snapshot.rev > rev) return;
    if (state.snapshot) this.keptEvents -= state.snapshot.events;
    const snapshot: Snapshot = {
      items: new Map(),
      fromDay,
      rev,
      readAt,
      events: 0,
      unsorted: false,
      refreshed: false,
    };
    for (const item of items) snapshot.items.set(item.sk, item);
    snapshot.events = countEvents(snapshot.items);
    this.keptEvents += snapshot.events;
    state.snapshot = snapshot;
    state.revisionUnread = false;
    // Stored while the read was under way: the read may have missed them (takeIn also evicts).
    this.takeIn(state, snapshot);
  }

  /** A read that started after an item was stored holds it: older pending items serve no snapshot. */
  private prunePending(state: DyadState): void {
    const now = this.now();
    const maxAge = Math.min(this.maxAgeMs, PENDING_MAX_AGE_MS);
    if (state.pending.some((p) => now - p.at > maxAge)) {
      state.pending = state.pending.filter((p) => now - p.at <= maxAge);
    }
  }

  /** Add the pending items to a snapshot; of two copies of one item, the later write stays. */
  private takeIn(state: DyadState, snapshot: Snapshot): void {
    this.prunePending(state);
    for (const { item } of state.pending) this.keep(snapshot, item);
    this.evict();
  }

  /** Add one item to a snapshot; of two copies of one item, the later write stays. */
  private keep(snapshot: Snapshot, item: EventItem): void {
    if (item.sk < snapshot.fromDay) return;
    const held = snapshot.items.get(item.sk);
    if (held && held.writtenAt > item.writtenAt) return;
    if (!held) snapshot.unsorted = true;
    snapshot.items.set(item.sk, item);
    snapshot.events += item.events.length - (held?.events.length ?? 0);
    this.keptEvents += item.events.length - (held?.events.length ?? 0);
  }

  /** Drop the snapshots of the dyads used longest ago down to three quarters of the budget. */
  private evict(): void {
    if (this.keptEvents <= this.maxEvents) return;
    const byUse = [...this.dyads].sort((a, b) => a[1].used - b[1].used);
    for (const [, state] of byUse) {
      if (this.keptEvents <= this.maxEvents * 0.75) break;
      if (!state.snapshot) continue;
      this.keptEvents -= state.snapshot.events;
      state.snapshot = undefined;
    }
  }
}

function countEvents(items: ReadonlyMap<string, EventItem>): number {
  let count = 0;
  for (const item of items.values()) count += item.events.length;
  return count;
}
