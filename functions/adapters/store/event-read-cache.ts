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
 * - Otherwise (another container scored the dyad) the next read goes to the table, as before.
 * - Kept items serve only the read that follows a revision taken (the pipeline's order: store,
 *   take a revision, read); a reader that takes none, or reads twice, reads the table.
 * - A scorer that stores events and dies before taking its revision leaves items nobody announced:
 *   kept items are read again from the table once they are `maxAgeMs` old, so such items count
 *   from then on at the latest (its article is retried anyway and takes the revision then).
 *
 * Items are kept as decoded, so a hit also saves inflating and parsing them.
 */
import type { DyadPair } from '../../core/model';
import type { StoredEvent } from '../../core/ports/tension-store';

/** One stored item of the `EV#` partition as a read returns it. */
export interface EventItem {
  sk: string;
  /** Write time (epoch ms); 0 for items written before chunks carried one. */
  writtenAt: number;
  coverage: boolean;
  events: readonly StoredEvent[];
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
   * Items this container stored in the last `maxAgeMs`, with when: every snapshot installed or
   * carried to a new revision takes them in, since a read that started before one was stored
   * may lack it (and one read longer ago than that is not served).
   */
  pending: { item: EventItem; at: number }[];
  used: number;
}

/** How long kept items serve reads by default: 10 minutes. */
export const DEFAULT_EVENT_CACHE_MAX_AGE_MS = 600_000;

export class EventReadCache {
  private readonly dyads = new Map<DyadPair, DyadState>();
  private readonly maxEvents: number;
  private readonly maxAgeMs: number;
  private readonly now: () => number;
  private keptEvents = 0;
  private uses = 0;
  /** Reads asked for since takeReadCounts last ran, by where they were served from. */
  private reads = { memory: 0, table: 0 };

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

  /** A revision this container has taken for the dyad (after storing, before reading). */
  revision(pair: DyadPair, rev: number): void {
    const state = this.state(pair);
    const { snapshot } = state;
    if (snapshot && snapshot.rev === state.seen && rev === state.seen + 1) {
      // Nobody else took a revision since the snapshot: what is new is what this container stored.
      this.takeIn(state, snapshot);
      snapshot.rev = rev;
    }
    state.seen = Math.max(state.seen, rev);
    state.revisionUnread = true;
  }

  /**
   * The dyad's items whose sort key is at or after `fromDay`, when the kept ones are known to be
   * all there is for the revision just taken; undefined when the table must be read.
   */
  read(pair: DyadPair, fromDay: string): EventItem[] | undefined {
    const items = this.kept(pair, fromDay);
    this.reads[items ? 'memory' : 'table']++;
    return items;
  }

  /** How many reads were served from kept items and how many went to the table, since last asked. */
  takeReadCounts(): { memory: number; table: number } {
    const counts = this.reads;
    this.reads = { memory: 0, table: 0 };
    return counts;
  }

  private kept(pair: DyadPair, fromDay: string): EventItem[] | undefined {
    const state = this.dyads.get(pair);
    const snapshot = state?.snapshot;
    if (!state?.revisionUnread || !snapshot || snapshot.rev !== state.seen) return undefined;
    if (fromDay < snapshot.fromDay || this.now() - snapshot.readAt > this.maxAgeMs) return undefined;
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
    const snapshot: Snapshot = { items: new Map(), fromDay, rev, readAt, events: 0, unsorted: false };
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
    if (state.pending.some((p) => now - p.at > this.maxAgeMs)) {
      state.pending = state.pending.filter((p) => now - p.at <= this.maxAgeMs);
    }
  }

  /** Add the pending items to a snapshot; of two copies of one item, the later write stays. */
  private takeIn(state: DyadState, snapshot: Snapshot): void {
    this.prunePending(state);
    for (const { item } of state.pending) {
      if (item.sk < snapshot.fromDay) continue;
      const held = snapshot.items.get(item.sk);
      if (held && held.writtenAt > item.writtenAt) continue;
      if (!held) snapshot.unsorted = true;
      snapshot.items.set(item.sk, item);
      snapshot.events += item.events.length - (held?.events.length ?? 0);
      this.keptEvents += item.events.length - (held?.events.length ?? 0);
    }
    this.evict();
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
