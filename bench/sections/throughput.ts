/**
 * Section 1: articles per second on one core for our extraction + scoring, in the same process and
 * run as two library baselines. The corpus is cut into chunks; every round runs each contender
 * over the same chunk, rotating who goes first, so a noisy neighbour or a GC pause hits all alike.
 */
import type { Article } from '../../functions/core/model';
import type { ContenderFigures, RatioSpread } from '../lib/results';
import { mean, median, percentile, summarizeLatencies } from '../lib/stats';

interface ContenderBase {
  name: string;
  description: string;
  /** Forget state built up during warm-up, so the timed run repeats none of its work. */
  reset?(): void;
}

/** Takes one article at a time. */
export interface ArticleContender extends ContenderBase {
  /** Process one article; returns what it found (summed into `output`, which also keeps the work alive). */
  run(article: Article): Record<string, number> | Promise<Record<string, number>>;
}

/**
 * Takes the articles of a round `batchSize` at a time, as the scorer Lambda takes an SQS batch
 * (the last batch of a round may be smaller). Each article's latency is its batch's time shared
 * equally: the cost per article within a batch, not the time until its own result.
 */
export interface BatchContender extends ContenderBase {
  batchSize: number;
  runBatch(articles: readonly Article[]): Promise<Record<string, number>>;
}

export type Contender = ArticleContender | BatchContender;

/** Run a contender over some articles; each article's latency in ms goes to `samples`. */
async function runOver(
  contender: Contender,
  articles: readonly Article[],
  samples: number[],
  output: Record<string, number>,
): Promise<void> {
  const add = (found: Record<string, number>) => {
    for (const [key, value] of Object.entries(found)) output[key] = (output[key] ?? 0) + value;
  };
  if ('runBatch' in contender) {
    for (let start = 0; start < articles.length; start += contender.batchSize) {
      const batch = articles.slice(start, start + contender.batchSize);
      const started = process.hrtime.bigint();
      add(await contender.runBatch(batch));
      const shareMs = Number(process.hrtime.bigint() - started) / 1e6 / batch.length;
      for (let i = 0; i < batch.length; i++) samples.push(shareMs);
    }
    return;
  }
  for (const article of articles) {
    const started = process.hrtime.bigint();
    const result = contender.run(article);
    // Only the async contender pays for an await; the sync ones are timed without one.
    add(result instanceof Promise ? await result : result);
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
}

export interface InterleavedOptions {
  chunkSize: number;
  warmupArticles: number;
  progress?: (line: string) => void;
}

interface Tally {
  samplesMs: number[];
  cpuMicros: number;
  /** Wall time of each round; their sum is the contender's wall time. */
  roundWallMs: number[];
  output: Record<string, number>;
}

export async function runInterleaved(
  corpus: readonly Article[],
  contenders: readonly Contender[],
  options: InterleavedOptions,
): Promise<{ figures: ContenderFigures[]; rounds: number }> {
  if (contenders.length === 0) throw new Error('runInterleaved needs at least one contender');
  if (!(options.chunkSize > 0)) throw new RangeError('chunkSize must be positive');
  // Warm-up: the JIT and lazy tables settle before anything is counted.
  const warmup = corpus.slice(0, options.warmupArticles);
  for (const contender of contenders) {
    await runOver(contender, warmup, [], {});
    contender.reset?.();
  }

  const tallies: Tally[] = contenders.map(() => ({
    samplesMs: [],
    cpuMicros: 0,
    roundWallMs: [],
    output: {},
  }));
  const rounds = Math.ceil(corpus.length / options.chunkSize);
  for (let round = 0; round < rounds; round++) {
    const chunk = corpus.slice(round * options.chunkSize, (round + 1) * options.chunkSize);
    for (let k = 0; k < contenders.length; k++) {
      const index = (round + k) % contenders.length;
      const contender = contenders[index] as Contender;
      const tally = tallies[index] as Tally;
      const cpuStart = process.cpuUsage();
      const wallStart = process.hrtime.bigint();
      await runOver(contender, chunk, tally.samplesMs, tally.output);
      tally.roundWallMs.push(Number(process.hrtime.bigint() - wallStart) / 1e6);
      const cpu = process.cpuUsage(cpuStart);
      tally.cpuMicros += cpu.user + cpu.system;
    }
    options.progress?.(`throughput: round ${round + 1}/${rounds}`);
    // Let progress output and timers through between rounds.
    await new Promise((resolve) => setImmediate(resolve));
  }

  const figures = contenders.map((contender, i) => {
    const tally = tallies[i] as Tally;
    const articles = tally.samplesMs.length;
    return {
      name: contender.name,
      description: contender.description,
      articles,
      articlesPerSecond: articles / (tally.roundWallMs.reduce((sum, ms) => sum + ms, 0) / 1000),
      articlesPerCpuSecond: articles / (tally.cpuMicros / 1e6),
      meanCpuMs: tally.cpuMicros / 1000 / articles,
      latency: summarizeLatencies(tally.samplesMs),
      roundWallMs: tally.roundWallMs,
      output: tally.output,
    };
  });
  return { figures, rounds };
}

/**
 * How many times faster `ours` is than `baseline`, round by round: both ran the same articles in a
 * round, moments apart, so a slow spell of the machine that lasts a round cancels out of its ratio.
 * The run's ratio (of the totals) always lies within the rounds' range.
 */
export function roundRatios(ours: ContenderFigures, baseline: ContenderFigures): RatioSpread {
  const ratios = ours.roundWallMs.map((ms, round) => (baseline.roundWallMs[round] ?? Number.NaN) / ms);
  if (
    ratios.length === 0 ||
    ratios.length !== baseline.roundWallMs.length ||
    ratios.some((r) => !Number.isFinite(r) || r <= 0)
  )
    throw new RangeError(`${ours.name} and ${baseline.name} have no comparable rounds`);
  return {
    rounds: ratios.length,
    median: median(ratios),
    p10: percentile(ratios, 10),
    p90: percentile(ratios, 90),
    min: Math.min(...ratios),
    max: Math.max(...ratios),
  };
}

/** Characters and words of a corpus, for the report header and the Comprehend price. */
export function describeCorpus(corpus: readonly Article[]) {
  const chars = corpus.map((a) => a.title.length + a.text.length);
  const words = corpus.map((a) => `${a.title} ${a.text}`.split(/\s+/).filter(Boolean).length);
  const sorted = [...chars].sort((a, b) => a - b);
  return {
    articles: corpus.length,
    meanChars: mean(chars),
    meanWords: mean(words),
    p99Chars: sorted[Math.max(0, Math.ceil(sorted.length * 0.99) - 1)] ?? 0,
  };
}
