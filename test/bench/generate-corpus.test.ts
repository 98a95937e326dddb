import {
  generateCorpus,
  inPublicationOrder,
  MAX_WORDS,
  MIN_WORDS,
  mulberry32,
  NEWS_LAG_WEIGHTS,
  WEEKDAYS,
} from '../../bench/generate-corpus';
import type { Article } from '../../functions/core/model';
import { ArticleSchema } from '../../functions/core/model';

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Days between publication and the weekday every sentence of the article names (one per article). */
function lagOf(article: Article): number {
  const named = new Set(article.text.match(new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`, 'g')) ?? []);
  expect(named.size).toBe(1);
  const day = WEEKDAYS.indexOf([...named][0] as (typeof WEEKDAYS)[number]);
  return (new Date(article.published ?? '').getUTCDay() - day + 7) % 7;
}

/** How many of `lags` are 0, 1, ... 6 days. */
const lagCounts = (lags: number[]) =>
  Array.from({ length: 7 }, (_, d) => lags.filter((lag) => lag === d).length);

describe('generateCorpus', () => {
  const corpus = generateCorpus(300, 7);

  it('returns exactly the requested number of valid articles with unique ids', () => {
    expect(corpus).toHaveLength(300);
    expect(generateCorpus(0, 7)).toEqual([]);
    expect(new Set(corpus.map((a) => a.id)).size).toBe(300);
    for (const article of corpus) expect(ArticleSchema.parse(article)).toEqual(article);
  });

  it('is deterministic for a seed and differs across seeds', () => {
    expect(generateCorpus(300, 7)).toEqual(corpus);
    const other = generateCorpus(300, 8);
    expect(other.map((a) => a.text)).not.toEqual(corpus.map((a) => a.text));
    // A prefix of a longer run is the shorter run: count does not change earlier articles.
    expect(generateCorpus(20, 7)).toEqual(corpus.slice(0, 20));
  });

  it('puts the articles in publication order, ties by id, without touching the corpus', () => {
    const generated = corpus.map((a) => a.published);
    const ordered = inPublicationOrder(corpus);
    expect(corpus.map((a) => a.published)).toEqual(generated);
    // Generated dates are drawn at random: the generated order is not publication order.
    expect(generated).not.toEqual([...generated].sort());
    expect(ordered).toHaveLength(corpus.length);
    expect(new Set(ordered)).toEqual(new Set(corpus));
    for (let i = 1; i < ordered.length; i++) {
      const [before, after] = [ordered[i - 1]!, ordered[i]!];
      const gap = Date.parse(after.published!) - Date.parse(before.published!);
      expect(gap > 0 || (gap === 0 && before.id < after.id)).toBe(true);
    }
  });

  it('keeps every article between 400 and 800 words, spread across the range', () => {
    const lengths = corpus.map((a) => words(a.text));
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(MIN_WORDS);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(MAX_WORDS);
    const short = lengths.filter((n) => n < 550).length;
    const long = lengths.filter((n) => n > 650).length;
    expect(short).toBeGreaterThan(50);
    expect(long).toBeGreaterThan(50);
  });

  it('mixes many dyads and leaves no unfilled template slots', () => {
    const states = new Set(corpus.flatMap((a) => a.title.match(/[A-Z][a-z]+/g) ?? []));
    expect(states.size).toBeGreaterThan(20);
    for (const article of corpus) expect(`${article.title} ${article.text}`).not.toMatch(/[{}]/);
    // Paragraphs, not one block, and dates inside the two generated years.
    expect(corpus.every((a) => a.text.includes('\n\n'))).toBe(true);
    expect(corpus.every((a) => /^202[34]-\d\d-\d\d$/.test(a.published ?? ''))).toBe(true);
  });

  it("dates each article's story mostly to its day of publication or the day before", () => {
    const counts = lagCounts(generateCorpus(2000, 11).map(lagOf));
    const weights = NEWS_LAG_WEIGHTS.recent;
    const total = weights.reduce((a, b) => a + b, 0);
    // Within 3 points of the weights: about 1 point is chance at 2,000 articles.
    counts.forEach((count, d) => {
      expect(Math.abs(count / 2000 - (weights[d] ?? 0) / total)).toBeLessThan(0.03);
    });
    expect(counts[0]).toBeGreaterThan(counts[1] ?? 0);
    expect((counts[0] ?? 0) + (counts[1] ?? 0)).toBeGreaterThan(1400);
  });

  it('spreads the stories evenly over the week before publication with newsLag week', () => {
    const counts = lagCounts(generateCorpus(2000, 11, { newsLag: 'week' }).map(lagOf));
    for (const count of counts) expect(Math.abs(count / 2000 - 1 / 7)).toBeLessThan(0.03);
  });

  it('rejects a bad count or seed', () => {
    expect(() => generateCorpus(-1, 1)).toThrow(RangeError);
    expect(() => generateCorpus(1.5, 1)).toThrow(/count/);
    expect(() => generateCorpus(1, Number.NaN)).toThrow(/seed/);
  });

  it('draws PRNG values in [0, 1) reproducibly', () => {
    const a = mulberry32(123);
    const b = mulberry32(123);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBeGreaterThan(990);
  });
});
