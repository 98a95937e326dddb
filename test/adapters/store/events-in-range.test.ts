/**
 * eventsInRange gives what keying every event one by one gives (the rule queryEvents states), for
 * items that share keys or not, across items or within one, with indices past a mask's bits,
 * coverage items, times that do not parse, and items listed twice; and again when the same items
 * are read a second time (their indexes are kept). The plain way is the benchmark's baseline
 * (bench/baselines/keyed-event-read.ts).
 */
import fc from 'fast-check';
import { keyedEventsInRange as reference } from '../../../bench/baselines/keyed-event-read';
import type { EventItem } from '../../../functions/adapters/store/event-read-cache';
import { eventsInRange } from '../../../functions/adapters/store/events-in-range';
import { storedEvent } from '../../core/scoring/events';

const DAY_MS = 86_400_000;
const START = Date.parse('2022-09-10T00:00:00.000Z');

const eventArb = fc
  .record({
    article: fc.integer({ min: 0, max: 6 }),
    index: fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 29, max: 34 })),
    day: fc.integer({ min: 0, max: 9 }),
    dated: fc.boolean(),
    published: fc.constantFrom('ok', 'ok', 'ok', 'unparseable'),
    killed: fc.option(fc.integer({ min: 0, max: 9 }), { nil: null }),
  })
  .map((r) => {
    const at = new Date(START + r.day * DAY_MS + 3_600_000).toISOString();
    return storedEvent({
      articleId: `art-${r.article}`,
      index: r.index,
      published: r.published === 'ok' ? at : 'not a time',
      date: r.dated ? at.slice(0, 10) : null,
      killed: r.killed,
    });
  });

const itemArb: fc.Arbitrary<EventItem> = fc.record({
  sk: fc.string({ maxLength: 4 }),
  writtenAt: fc.integer({ min: 0, max: 4 }),
  coverage: fc.boolean(),
  events: fc.array(eventArb, { maxLength: 8 }),
});

const itemsArb = fc
  .tuple(fc.array(itemArb, { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 2 }))
  // Now and then an item listed twice.
  .map(([items, twice]): EventItem[] => [
    ...items,
    ...twice.flatMap((n) => items.slice(n % Math.max(1, items.length)).slice(0, 1)),
  ]);

const rangeArb = fc
  .tuple(fc.integer({ min: -1, max: 10 }), fc.integer({ min: 0, max: 11 }))
  .map(([a, b]) => [START + a * DAY_MS, START + b * DAY_MS] as const);

describe('eventsInRange', () => {
  it('gives what keying every event one by one gives, read after read', () => {
    fc.assert(
      fc.property(itemsArb, rangeArb, rangeArb, (items, [from, to], [from2, to2]) => {
        expect(eventsInRange(items, from, to)).toEqual(reference(items, from, to));
        // The same item objects again (indexes kept), over another range.
        expect(eventsInRange(items, from2, to2)).toEqual(reference(items, from2, to2));
      }),
      { numRuns: 400 },
    );
  });

  it('keeps the copy written last of a key two items hold, and both events of an article on two days', () => {
    const monday = storedEvent({
      articleId: 'a',
      index: 0,
      date: '2022-09-12',
      published: '2022-09-13T08:00:00Z',
    });
    const tuesday = storedEvent({
      articleId: 'a',
      index: 1,
      date: '2022-09-13',
      published: '2022-09-13T08:00:00Z',
    });
    const rewritten = { ...monday, killed: 3 };
    const items: EventItem[] = [
      { sk: '2022-09-12#1', writtenAt: 1, coverage: false, events: [monday] },
      { sk: '2022-09-13#1', writtenAt: 1, coverage: false, events: [tuesday] },
      { sk: '2022-09-12#2', writtenAt: 2, coverage: false, events: [rewritten] },
    ];
    expect(eventsInRange(items, START, START + 10 * DAY_MS)).toEqual([rewritten, tuesday]);
    // Only copies in range count: the rewritten copy is outside it, so is the one it replaced.
    expect(eventsInRange(items, Date.parse('2022-09-13T00:00:00Z'), START + 10 * DAY_MS)).toEqual([tuesday]);
  });
});
