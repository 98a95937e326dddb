import { asLiveArticles, FETCH_CYCLE_MS } from '../../bench/lib/live';

describe('asLiveArticles', () => {
  it('re-dates articles into the last fetch cycle, in order, without touching their text', () => {
    const now = new Date('2026-11-28T21:00:00.000Z');
    const corpus = ['a', 'b', 'c'].map((id) => ({
      id,
      title: id,
      text: `text ${id}`,
      published: '2023-05-01',
    }));
    const live = asLiveArticles(corpus, now);
    const times = live.map((a) => Date.parse(a.published ?? ''));
    expect(times).toEqual([...times].sort((x, y) => x - y));
    for (const t of times) {
      expect(t).toBeGreaterThan(now.getTime() - FETCH_CYCLE_MS);
      expect(t).toBeLessThan(now.getTime());
    }
    expect(live.map((a) => a.text)).toEqual(corpus.map((a) => a.text));
    expect(corpus[0]?.published).toBe('2023-05-01');
  });
});
