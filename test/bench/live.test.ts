import { asLiveArticles, FETCH_CYCLE_MS, shiftWeekdays } from '../../bench/lib/live';
import { extractArticle } from '../../functions/core/extraction';

describe('asLiveArticles', () => {
  it('re-dates articles into the last fetch cycle, in order, with no other change to a text without weekdays', () => {
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

describe('shiftWeekdays', () => {
  it('moves every weekday name by the days given, wrapping around the week, and nothing else', () => {
    expect(shiftWeekdays('Clashes on Monday; talks on Sunday. Mondays are quiet.', 1)).toBe(
      'Clashes on Tuesday; talks on Monday. Mondays are quiet.',
    );
    expect(shiftWeekdays('on Friday', -5)).toBe('on Sunday');
    expect(shiftWeekdays('on Friday', 14)).toBe('on Friday');
  });

  it("keeps a story's lag behind its publication once re-dated: the extractor dates it the same days back", () => {
    // Wednesday 2023-05-03: "on Tuesday" is the day before.
    const story = {
      id: 'lag',
      title: 'Border clash',
      text: 'Kyrgyz and Tajik forces exchanged fire near Batken on Tuesday, killing 3 soldiers, officials said.',
      published: '2023-05-03',
    };
    const [live] = asLiveArticles([story], new Date('2026-12-05T12:00:00.000Z'));
    if (!live) throw new Error('no article');
    expect(live.text).toContain('on Friday');
    // Whole days from each event's date back from its article's day of publication.
    const daysBack = (article: { title: string; text: string; published: string; id: string }) => {
      const events = extractArticle(article).events;
      expect(events.length).toBeGreaterThan(0);
      const day = Date.parse(article.published.slice(0, 10));
      return events.map((event) => (day - Date.parse(event.date ?? '')) / 86_400_000);
    };
    const before = daysBack(story);
    expect(before.every((days) => days === 1)).toBe(true);
    expect(daysBack({ ...live, published: live.published ?? '' })).toEqual(before);
  });
});
