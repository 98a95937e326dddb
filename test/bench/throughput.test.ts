import type { ContenderFigures } from '../../bench/lib/results';
import { type Contender, describeCorpus, roundRatios, runInterleaved } from '../../bench/sections/throughput';
import type { Article } from '../../functions/core/model';

const corpus: Article[] = Array.from({ length: 9 }, (_, i) => ({
  id: `a${i}`,
  title: 'Title here',
  text: 'one two three four',
}));

function recorder(name: string, log: string[]): Contender & { resets: number; seen: string[] } {
  const contender = {
    name,
    description: name,
    resets: 0,
    seen: [] as string[],
    run(article: Article) {
      log.push(name);
      contender.seen.push(article.id);
      return { words: article.text.split(' ').length };
    },
    reset() {
      contender.resets += 1;
      contender.seen = [];
    },
  };
  return contender;
}

describe('runInterleaved', () => {
  it('gives every contender every article once, rotating who goes first each round', async () => {
    const log: string[] = [];
    const a = recorder('a', log);
    const b = recorder('b', log);
    const c = recorder('c', log);
    const { figures, rounds } = await runInterleaved(corpus, [a, b, c], { chunkSize: 3, warmupArticles: 2 });
    expect(rounds).toBe(3);
    // Warm-up state is dropped before the timed run.
    expect([a.resets, b.resets, c.resets]).toEqual([1, 1, 1]);
    for (const x of [a, b, c]) expect(x.seen).toEqual(corpus.map((art) => art.id));
    // After 2 warm-up calls each (6 entries), rounds of 3 articles: a first, then b first, then c first.
    const timed = log.slice(6);
    expect([timed[0], timed[9], timed[18]]).toEqual(['a', 'b', 'c']);
    for (const f of figures) {
      expect(f.articles).toBe(9);
      expect(f.output.words).toBe(36);
      expect(f.latency.count).toBe(9);
      expect(f.articlesPerSecond).toBeGreaterThan(0);
    }
  });

  it('awaits async contenders and rejects a bad chunk size', async () => {
    const asyncOne: Contender = { name: 'x', description: 'x', run: async () => ({ n: 1 }) };
    const { figures } = await runInterleaved(corpus, [asyncOne], { chunkSize: 4, warmupArticles: 0 });
    expect(figures[0]?.output.n).toBe(9);
    await expect(runInterleaved(corpus, [asyncOne], { chunkSize: 0, warmupArticles: 0 })).rejects.toThrow(
      RangeError,
    );
  });

  it('hands a batch contender its round in batches and shares each batch time among its articles', async () => {
    const batches: string[][] = [];
    const batcher: Contender = {
      name: 'batch',
      description: 'batch',
      batchSize: 3,
      async runBatch(articles) {
        batches.push(articles.map((a) => a.id));
        return { n: articles.length };
      },
    };
    const { figures } = await runInterleaved(corpus, [batcher], { chunkSize: 4, warmupArticles: 2 });
    // Warm-up, then rounds of 4 articles: a batch of 3 and the round's last article alone.
    expect(batches).toEqual([['a0', 'a1'], ['a0', 'a1', 'a2'], ['a3'], ['a4', 'a5', 'a6'], ['a7'], ['a8']]);
    expect(figures[0]?.output.n).toBe(9);
    expect(figures[0]?.latency.count).toBe(9);
  });

  it('times every round of every contender, and the rounds add up to its time', async () => {
    const log: string[] = [];
    const { figures } = await runInterleaved(corpus, [recorder('a', log), recorder('b', log)], {
      chunkSize: 4,
      warmupArticles: 0,
    });
    for (const f of figures) {
      expect(f.roundWallMs).toHaveLength(3);
      const total = f.roundWallMs.reduce((sum, ms) => sum + ms, 0);
      expect(f.articlesPerSecond).toBeCloseTo(f.articles / (total / 1000), 6);
    }
  });

  it('describes a corpus by characters and words', () => {
    expect(describeCorpus(corpus)).toMatchObject({ articles: 9, meanChars: 28, meanWords: 6, p99Chars: 28 });
  });
});

describe('roundRatios', () => {
  const contender = (name: string, roundWallMs: number[]): ContenderFigures =>
    ({
      name,
      roundWallMs,
      articlesPerSecond: 1000 / roundWallMs.reduce((a, b) => a + b, 0),
    }) as ContenderFigures;

  it('divides the baseline time by ours round by round, with the run ratio inside their range', () => {
    const ours = contender('ours', [1, 2, 1, 4, 2]);
    const baseline = contender('baseline', [10, 30, 12, 20, 30]);
    const spread = roundRatios(ours, baseline);
    // Rounds: 10, 15, 12, 5, 15.
    expect(spread).toEqual({ rounds: 5, median: 12, p10: 5, p90: 15, min: 5, max: 15 });
    const run = ours.articlesPerSecond / baseline.articlesPerSecond;
    expect(run).toBeCloseTo(10.2, 6);
    expect(run).toBeGreaterThanOrEqual(spread.min);
    expect(run).toBeLessThanOrEqual(spread.max);
  });

  it('refuses contenders whose rounds do not pair up', () => {
    expect(() => roundRatios(contender('ours', [1, 2]), contender('baseline', [1]))).toThrow(RangeError);
    expect(() => roundRatios(contender('ours', []), contender('baseline', []))).toThrow(RangeError);
    expect(() => roundRatios(contender('ours', [0]), contender('baseline', [1]))).toThrow(RangeError);
  });
});
