/**
 * Section 5, run in its own process with --expose-gc and the scorer's Lambda heap flags (`node
 * --expose-gc <heap flags> --import tsx bench/workers/memory.ts`): our pipeline alone (bundled as deployed) over the
 * corpus, so the baselines' libraries do not sit in the same heap. Reports peak RSS (the kernel's
 * high-water mark) and heap growth between a full GC after warm-up and a full GC after the run:
 * in all, once the in-memory store that stands in for the table is dropped (what the scorer keeps
 * between rescores is left), and once the scorer is dropped too (what a leak would leave). Writes
 * JSON to the file named by --result.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SCORING_SETTINGS } from '../../functions/core/scoring/settings';
import { generateCorpus, inPublicationOrder } from '../generate-corpus';
import { requireAsDeployed } from '../lib/deployed-build';
import { heapFlagsOf } from '../lib/lambda-runtime';
import type { MemoryResult } from '../lib/results';
import { argValue, resultFile, runWorkerMain } from '../lib/worker-cli';
import type * as contenders from '../sections/contenders';

const MiB = 1024 * 1024;
const ROOT = join(__dirname, '..', '..');
// The pipeline as the stack ships it (bundled, minified), as the throughput section runs it.
const { ourContender } = requireAsDeployed<typeof contenders>(
  join(ROOT, 'bench', 'sections', 'contenders.ts'),
  ROOT,
).exports;

/**
 * Heap used after full GCs, in a task of its own: until the task that last used an object ends,
 * the promise machinery of its awaits may still hold it, and a drop would show no effect.
 */
async function collect(): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('memory worker needs node --expose-gc');
  await new Promise((resolve) => setImmediate(resolve));
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
  // Warm-up with a throwaway scorer so the measured run starts from an empty store and cache.
  let warm: ReturnType<typeof ourContender> | undefined = ourContender(DEFAULT_SCORING_SETTINGS);
  for (const article of corpus.slice(0, warmup)) await warm.run({ ...article, id: `warmup-${article.id}` });
  warm = undefined;
  let contender: ReturnType<typeof ourContender> | undefined = ourContender(DEFAULT_SCORING_SETTINGS);
  const heapAfterWarmup = await collect();
  for (const [i, article] of corpus.entries()) {
    await contender.run(article);
    if (i % 1000 === 999) process.stderr.write(`memory: ${i + 1}/${corpus.length}\n`);
  }
  const storedEvents = contender.store.eventCount;
  const keptDayEvents = contender.keptDayEvents;
  const heapAfterRun = await collect();
  // A check that the drops below free what they drop: otherwise their figures would mean nothing.
  const droppedStore = new WeakRef(contender.store);
  contender.forgetStore();
  const heapWithoutStore = await collect();
  const droppedScorer = new WeakRef(contender);
  contender = undefined;
  const heapWithoutScorer = await collect();
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
    heapGrowthWithoutScorerMiB: (heapWithoutScorer - heapAfterWarmup) / MiB,
    freedOnDrop: droppedStore.deref() === undefined && droppedScorer.deref() === undefined,
    storedEvents,
    keptDayEvents,
    nodeFlags: heapFlagsOf(process.execArgv),
  };
  writeFileSync(result, JSON.stringify(figures, null, 2));
}

runWorkerMain('memory', main);
