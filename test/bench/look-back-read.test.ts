/**
 * The look-back read's items are the ones the DynamoDB adapter would store for the busiest dyad,
 * batch by batch in publication order.
 */
import { busiestDyadItems } from '../../bench/sections/look-back-read';
import type { Article } from '../../functions/core/model';
import { storedEvent } from '../core/scoring/events';

const article = (id: string, published: string): Article => ({
  id,
  url: `https://news.example/${id}`,
  title: id,
  text: '',
  published,
  source: 'Example Wire',
});

describe('busiestDyadItems', () => {
  it("keeps the busiest dyad's items, one per batch and day, in sort-key order", () => {
    const corpus = ['a', 'b', 'c'].map((id, i) => article(id, `2022-09-1${4 + i}T08:00:00.000Z`));
    const stored = [
      storedEvent({ articleId: 'a', published: '2022-09-14T08:00:00.000Z', date: '2022-09-14' }),
      storedEvent({ articleId: 'b', published: '2022-09-15T08:00:00.000Z', date: '2022-09-14' }),
      storedEvent({ articleId: 'c', published: '2022-09-16T08:00:00.000Z', date: '2022-09-16' }),
      storedEvent({ articleId: 'c', index: 1, pair: 'AZE-ARM', published: '2022-09-16T08:00:00.000Z' }),
    ];
    const { pair, items } = busiestDyadItems(corpus, stored, 2);
    expect(pair).toBe('KGZ-TJK');
    // Batch 1 (a, b) stores one item for 14 September; batch 2 (c) one for 16 September.
    expect(items.map((item) => item.events.map((e) => e.articleId))).toEqual([['a', 'b'], ['c']]);
    expect(items.map((item) => item.writtenAt)).toEqual([1, 2]);
    expect([...items.map((item) => item.sk)].sort()).toEqual(items.map((item) => item.sk));
  });

  it('refuses a corpus that gave no events', () => {
    expect(() => busiestDyadItems([article('a', '2022-09-14T08:00:00.000Z')], [], 26)).toThrow(/no events/);
  });
});
