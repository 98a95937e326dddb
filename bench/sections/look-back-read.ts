/**
 * Beside section 1's contenders, which store in memory: the read a deployed scorer makes through
 * the DynamoDB adapter before every rescore, of its dyad's whole look-back, served from the event
 * items a warm container keeps (no I/O). The adapter's way (functions/adapters/store/
 * events-in-range.ts: what each item's events need is worked out once per item) against the plain
 * way (bench/baselines/keyed-event-read.ts: each event's time parsed and each keyed, every read),
 * on the same items, in the same process and run, taking turns round by round.
 */
import { storedEventItems } from '../../functions/adapters/store/dynamo-tension-store';
import type { EventItem } from '../../functions/adapters/store/event-read-cache';
import { eventsInRange } from '../../functions/adapters/store/events-in-range';
import type { Article } from '../../functions/core/model';
import type { ArticleEvents, StoredEvent } from '../../functions/core/ports/tension-store';
import { keyedEventsInRange } from '../baselines/keyed-event-read';
import { median } from '../lib/stats';

export interface LookBackReadResult {
  pair: string;
  /** Items and events read (the dyad's every item: its whole coverage as one look-back). */
  items: number;
  events: number;
  /** Articles per stored batch, as the scorer's event source gathers them. */
  batchSize: number;
  rounds: number;
  /** Median ms per read, over the rounds: items kept from earlier reads, and items just read from the table. */
  keptMs: { ours: number; baseline: number };
  freshMs: { ours: number; baseline: number };
}

/**
 * The event items of the busiest dyad, as the scorer stores them when the articles come in
 * publication order `batchSize` at a time: every event the pipeline stored for them, by article.
 */
export function busiestDyadItems(
  corpus: readonly Article[],
  stored: readonly StoredEvent[],
  batchSize: number,
): { pair: string; items: EventItem[] } {
  const byArticle = new Map<string, StoredEvent[]>();
  const perPair = new Map<string, number>();
  for (const event of stored) {
    const list = byArticle.get(event.articleId);
    if (list) list.push(event);
    else byArticle.set(event.articleId, [event]);
    perPair.set(event.pair, (perPair.get(event.pair) ?? 0) + 1);
  }
  const pair = [...perPair].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  if (pair === undefined) throw new Error('look-back read: the corpus gave no events');
  const items: EventItem[] = [];
  for (let start = 0, batch = 1; start < corpus.length; start += batchSize, batch++) {
    const articles: ArticleEvents[] = [];
    for (const article of corpus.slice(start, start + batchSize)) {
      const events = byArticle.get(article.id);
      if (events) articles.push({ id: article.id, published: events[0]?.published ?? '', events });
    }
    for (const item of storedEventItems(articles, batch)) if (item.events[0]?.pair === pair) items.push(item);
  }
  // In sort-key order, as a query of the table (and the kept items) hands them over.
  items.sort((a, b) => (a.sk < b.sk ? -1 : a.sk > b.sk ? 1 : 0));
  return { pair, items };
}

/** New item objects holding the same events, with nothing a read kept: as a read of the table hands them over. */
function freshCopies(items: readonly EventItem[]): EventItem[] {
  return items.map(({ sk, writtenAt, coverage, events }) => ({ sk, writtenAt, coverage, events }));
}

function timedMs(read: () => unknown): number {
  const started = process.hrtime.bigint();
  read();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/**
 * Time both ways on the same items, `rounds` times each, alternating which goes first, after
 * `warmupReads` untimed reads of each (a read takes well under a millisecond: the first ones run
 * before the JIT has compiled them).
 */
export function measureLookBackRead(
  corpus: readonly Article[],
  stored: readonly StoredEvent[],
  options: { batchSize: number; rounds: number; warmupReads: number },
): LookBackReadResult {
  const { pair, items } = busiestDyadItems(corpus, stored, options.batchSize);
  const from = Number.NEGATIVE_INFINITY;
  const to = Number.POSITIVE_INFINITY;
  const ours = eventsInRange(items, from, to);
  const baseline = keyedEventsInRange(items, from, to);
  if (ours.length !== baseline.length || ours.some((event, i) => event !== baseline[i]))
    throw new Error('look-back read: the adapter and the baseline read different events');
  const ways = [
    { read: eventsInRange, kept: [] as number[], fresh: [] as number[] },
    { read: keyedEventsInRange, kept: [] as number[], fresh: [] as number[] },
  ];
  for (let read = 0; read < options.warmupReads; read++) {
    for (const way of ways) {
      way.read(freshCopies(items), from, to);
      way.read(items, from, to);
    }
  }
  for (let round = 0; round < options.rounds; round++) {
    for (const way of round % 2 === 0 ? ways : [...ways].reverse()) {
      // Fresh item objects (the same events): what a read of the table hands over, nothing kept yet.
      const fresh = freshCopies(items);
      way.fresh.push(timedMs(() => way.read(fresh, from, to)));
      way.kept.push(timedMs(() => way.read(items, from, to)));
    }
  }
  const [adapter, plain] = ways as [(typeof ways)[number], (typeof ways)[number]];
  return {
    pair,
    items: items.length,
    events: ours.length,
    batchSize: options.batchSize,
    rounds: options.rounds,
    keptMs: { ours: median(adapter.kept), baseline: median(plain.kept) },
    freshMs: { ours: median(adapter.fresh), baseline: median(plain.fresh) },
  };
}
