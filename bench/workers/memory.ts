/**
 * Section 5, run in its own process with --expose-gc and the scorer's Lambda heap flags (`node
 * --expose-gc <heap flags> --import tsx bench/workers/memory.ts`): our pipeline alone over the
 * corpus, so the baselines' libraries do not sit in the same heap. Reports peak RSS (the kernel's
 * high-water mark) and heap growth between a full GC after warm-up and a full GC after the run,
 * with and without the in-memory store that stands in for the table. Writes JSON to the file
 * named by --result.
 */
import { writeFileSync } from 'node:fs';
import { DEFAULT_SCORING_SETTINGS } from '../../functions/core/scoring/settings';
import { generateCorpus, inPublicationOrder } from '../generate-corpus';
import { heapFlagsOf } from '../lib/lambda-runtime';
import { MemoryTensionStore } from '../lib/memory-store';
import type { MemoryResult } from '../lib/results';
import { argValue, resultFile, runWorkerMain } from '../lib/worker-cli';
import { ourContender } from '../sections/contenders';

const MiB = 1024 * 1024;

function collect(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('memory worker needs node --expose-gc');
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const result = resultFile(argv, 'memory');
  const articles = Number(argValue(argv, '--articles') ?? 200);
  const seed = Number(argValue(argv, '--seed') ?? 42);
  const warmup = Math.min(200, Math.ceil(articles / 10));

  const corpus = inPublicationOrder(generateCorpus(articles, seed));
  const rssAtStart = process.memoryUsage().rss;
  // Warm-up with a throwaway store so the measured run starts from an empty one.
  const warm = ourContender(DEFAULT_SCORING_SETTINGS, new MemoryTensionStore());
  for (const article of corpus.slice(0, warmup)) await warm.run({ ...article, id: `warmup-${article.id}` });
  let contender: ReturnType<typeof ourContender> | undefined = ourContender(DEFAULT_SCORING_SETTINGS);
  const heapAfterWarmup = collect();
  for (const [i, article] of corpus.entries()) {
    await contender.run(article);
    if (i % 1000 === 999) process.stderr.write(`memory: ${i + 1}/${corpus.length}\n`);
  }
  const storedEvents = contender.store.eventCount;
  const heapAfterRun = collect();
  contender = undefined;
  const heapWithoutStore = collect();
  // maxRSS is in kilobytes: the process's high-water mark, whatever GC did in between.
  const peakRss = process.resourceUsage().maxRSS * 1024;
  const figures: MemoryResult = {
    articles: corpus.length,
    rssAtStartMiB: rssAtStart / MiB,
    peakRssMiB: peakRss / MiB,
    heapUsedAfterWarmupMiB: heapAfterWarmup / MiB,
    heapUsedAfterRunMiB: heapAfterRun / MiB,
    heapGrowthMiB: (heapAfterRun - heapAfterWarmup) / MiB,
    heapGrowthWithoutStoreMiB: (heapWithoutStore - heapAfterWarmup) / MiB,
    storedEvents,
    nodeFlags: heapFlagsOf(process.execArgv),
  };
  writeFileSync(result, JSON.stringify(figures, null, 2));
}

runWorkerMain('memory', main);
