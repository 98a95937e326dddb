import { type Contender, describeCorpus, runInterleaved } from '../../bench/sections/throughput';
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

  it('describes a corpus by characters and words', () => {
    expect(describeCorpus(corpus)).toMatchObject({ articles: 9, meanChars: 28, meanWords: 6, p99Chars: 28 });
  });
});
