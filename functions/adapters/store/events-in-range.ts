/**
 * The events a query of the `EV#` partition returns, from the items read: those in range, each
 * (article id + index) once. A rescore reads its dyad's whole look-back (about 140 days, thousands
 * of events for a dyad in the news), and a warm scorer serves it from the same kept items rescore
 * after rescore (event-read-cache.ts): so what each item's events need, their times and their keys,
 * is worked out once per item. A query then checks for a key held twice article by article, and
 * keys events one by one only for an article that holds one (a redelivery stored in another batch,
 * or a coverage record beside its event); an article whose events fall on several days is in
 * several items, under different keys.
 */
import type { StoredEvent } from '../../core/ports/tension-store';
import type { EventItem } from './event-read-cache';
import { countsAt } from './item-codecs';

/** Highest event index whose key is told apart by a bit of a 32-bit mask. */
const MAX_MASKED_INDEX = 30;

const NONE: readonly never[] = [];

/** What reads need of an item's events, kept with the item (EventItem.readIndex). */
export interface ItemReadIndex {
  /** When each event counts, epoch ms: a coverage record by its publication, an event by its own time. */
  at: readonly number[];
  /** The item's articles, one slot per run of an article's events (one per article, in article order). */
  articles: readonly string[];
  /** For each slot, bit i set: it holds an event of index i (0 to MAX_MASKED_INDEX). */
  masks: readonly number[];
  /** Keys of events of other indices. */
  otherKeys: readonly { article: string; key: string }[];
  /** Articles with two events of a masked index under one key in this item (an article twice in one batch). */
  repeated: readonly string[];
}

/**
 * The item's read index, worked out on its first read and kept with it: items never change once
 * read (kept items are shared by every later read). On the item rather than in a WeakMap, whose
 * entries for the items of every table read would weigh on each garbage collection.
 */
function indexOf(item: EventItem): ItemReadIndex {
  if (item.readIndex) return item.readIndex;
  const { events, coverage } = item;
  const at: number[] = [];
  const articles: string[] = [];
  const masks: number[] = [];
  // Most items have neither: allocated on first use (a first read indexes hundreds of items).
  let otherKeys: { article: string; key: string }[] | undefined;
  let repeated: string[] | undefined;
  let slot = -1;
  for (let i = 0; i < events.length; i++) {
    const event = events[i] as StoredEvent;
    at.push(countsAt(event, coverage));
    const article = event.articleId;
    // An item holds its events in article order (see chunkItems), so an article's events are one
    // run. Out of order, an article gets a slot per run: sharedArticles joins them as it joins items.
    if (slot < 0 || article !== articles[slot]) {
      slot = articles.length;
      articles.push(article);
      masks.push(0);
    }
    const { index: eventIndex } = event;
    if (Number.isInteger(eventIndex) && eventIndex >= 0 && eventIndex <= MAX_MASKED_INDEX) {
      const bit = 1 << eventIndex;
      if (((masks[slot] as number) & bit) !== 0) {
        repeated ??= [];
        repeated.push(article);
      }
      masks[slot] = (masks[slot] as number) | bit;
    } else {
      // A repeat among these, in this item or another, is found by sharedArticles.
      otherKeys ??= [];
      otherKeys.push({ article, key: `${article}#${eventIndex}` });
    }
  }
  item.readIndex = { at, articles, masks, otherKeys: otherKeys ?? NONE, repeated: repeated ?? NONE };
  return item.readIndex;
}

/** Articles holding one key in two items, or twice in one (in one slot, or two). */
function sharedArticles(items: readonly EventItem[]): Set<string> {
  const shared = new Set<string>();
  const masks = new Map<string, number>();
  const otherKeys = new Set<string>();
  for (const item of items) {
    const index = indexOf(item);
    for (let a = 0; a < index.articles.length; a++) {
      const article = index.articles[a] as string;
      const mask = index.masks[a] as number;
      const held = masks.get(article);
      if (held === undefined) masks.set(article, mask);
      else {
        if ((held & mask) !== 0) shared.add(article);
        masks.set(article, held | mask);
      }
    }
    for (const { article, key } of index.otherKeys) {
      if (otherKeys.has(key)) shared.add(article);
      otherKeys.add(key);
    }
    for (const article of index.repeated) shared.add(article);
  }
  return shared;
}

/**
 * The items' events that count in [fromMs, toMs) (an event whose time does not parse counts: no
 * bound excludes it), each key once as in the copy written last (of equal write times, the later
 * one; items written before chunks carried a time count as oldest), in the order of each key's
 * first copy in range.
 */
export function eventsInRange(items: readonly EventItem[], fromMs: number, toMs: number): StoredEvent[] {
  const shared = sharedArticles(items);
  const events: StoredEvent[] = [];
  // Position in `events` and write time of each key of a shared article.
  const slots = new Map<string, { slot: number; writtenAt: number }>();
  for (const item of items) {
    const { at, articles } = indexOf(item);
    const keyed = shared.size > 0 && articles.some((article) => shared.has(article));
    const itemEvents = item.events;
    for (let i = 0; i < itemEvents.length; i++) {
      const time = at[i] as number;
      if (time < fromMs || time >= toMs) continue;
      const event = itemEvents[i] as StoredEvent;
      if (!keyed || !shared.has(event.articleId)) {
        events.push(event);
        continue;
      }
      const key = `${event.articleId}#${event.index}`;
      const held = slots.get(key);
      if (!held) {
        slots.set(key, { slot: events.length, writtenAt: item.writtenAt });
        events.push(event);
      } else if (item.writtenAt >= held.writtenAt) {
        events[held.slot] = event;
        held.writtenAt = item.writtenAt;
      }
    }
  }
  return events;
}
