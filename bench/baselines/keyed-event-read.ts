/**
 * Baseline of the look-back read: the events a query of the `EV#` partition returns, worked out
 * the plain way, event by event on every read (each event's time parsed, each keyed by article and
 * index in a map), as the DynamoDB adapter did before it kept what each item's events need
 * (functions/adapters/store/events-in-range.ts). It is also that module's specification: its
 * property test compares the two.
 */
import type { EventItem } from '../../functions/adapters/store/event-read-cache';
import { countsAt } from '../../functions/adapters/store/item-codecs';
import type { StoredEvent } from '../../functions/core/ports/tension-store';

/** In [fromMs, toMs), each key once as written last, in the order of each key's first copy in range. */
export function keyedEventsInRange(items: readonly EventItem[], fromMs: number, toMs: number): StoredEvent[] {
  const events = new Map<string, { event: StoredEvent; writtenAt: number }>();
  for (const { writtenAt, coverage, events: itemEvents } of items) {
    for (const event of itemEvents) {
      const at = countsAt(event, coverage);
      if (at < fromMs || at >= toMs) continue;
      const key = `${event.articleId}#${event.index}`;
      const held = events.get(key);
      if (!held || writtenAt >= held.writtenAt) events.set(key, { event, writtenAt });
    }
  }
  return [...events.values()].map(({ event }) => event);
}
