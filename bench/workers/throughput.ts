/**
 * Section 1, run in its own process (`node <heap flags> --import tsx bench/workers/throughput.ts`):
 * extraction and scoring throughput of our pipeline beside the compromise and wink-nlp baselines,
 * all in this one process and run, under the V8 heap flags Lambda gives the scorer
 * (bench/lib/lambda-runtime.ts). Writes its figures as JSON to the file named by --result.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../functions/core/model';
import { DEFAULT_SCORING_SETTINGS } from '../../functions/core/scoring/settings';
import { ConfigSchema } from '../../lib/config/config-schema';
import { generateCorpus, inPublicationOrder } from '../generate-corpus';
import { requireAsDeployed, sourceLocator } from '../lib/deployed-build';
import { heapFlagsOf } from '../lib/lambda-runtime';
import { SOURCES_CONTENDER_NAME, type ThroughputResult } from '../lib/results';
import { argValue, resultFile, runWorkerMain } from '../lib/worker-cli';
import * as fromSources from '../sections/contenders';
import { measureLookBackRead } from '../sections/look-back-read';
import { profileContender } from '../sections/profile';
import { roundRatios, runInterleaved } from '../sections/throughput';

const ROOT = join(__dirname, '..', '..');
const CONTENDERS = join(ROOT, 'bench', 'sections', 'contenders.ts');

const progress = (line: string) => process.stderr.write(`bench: ${line}\n`);

async function measureThroughput(corpus: Article[], smoke: boolean): Promise<ThroughputResult> {
  const chunkSize = smoke ? 10 : 250;
  const warmupArticles = Math.min(smoke ? 5 : 200, corpus.length);
  // Every contender runs as the stack ships code (bundled, minified); ours also from its TypeScript
  // sources through tsx, as the bench ran it before, to show what the build changes.
  const contenders = requireAsDeployed<typeof fromSources>(CONTENDERS, ROOT).exports;
  const {
    compromiseContender,
    denseFeedBatchContender,
    denseFeedContender,
    denseFeedCycleBatch,
    extractionContender,
    ourContender,
    winkContender,
  } = contenders;
  const ours = ourContender(DEFAULT_SCORING_SETTINGS);
  const oursFromSources = {
    ...fromSources.ourContender(DEFAULT_SCORING_SETTINGS),
    name: SOURCES_CONTENDER_NAME,
    description:
      'the same processArticle, loaded from the TypeScript sources through tsx instead of the bundle',
  };
  const dense = denseFeedContender(DEFAULT_SCORING_SETTINGS, corpus.length);
  const config = ConfigSchema.parse({});
  // Articles per scorer batch as deployed: what one fetch cycle of the dense feed queues.
  const cycleBatch = denseFeedCycleBatch(
    corpus.length,
    config.schedule.rateMinutes,
    config.queues.articlesBatchSize,
  );
  const denseBatches = denseFeedBatchContender(DEFAULT_SCORING_SETTINGS, corpus.length, cycleBatch);
  const denseCold = denseFeedContender(DEFAULT_SCORING_SETTINGS, corpus.length, { coldCache: true });
  const { figures, rounds } = await runInterleaved(
    corpus,
    [
      ours,
      compromiseContender(),
      winkContender(),
      dense,
      denseBatches,
      extractionContender(),
      denseCold,
      oursFromSources,
    ],
    { chunkSize, warmupArticles, progress: (line) => (smoke ? undefined : progress(line)) },
  );
  const [oursFigures, compromiseFigures, winkFigures, , , extractionFigures] = figures;
  if (!oursFigures || !compromiseFigures || !winkFigures || !extractionFigures)
    throw new Error('a contender produced no figures');
  const extractMs = extractionFigures.latency.meanMs;
  // Every event `ours` stored in the timed run, in the items the DynamoDB adapter would store them in.
  const lookBackRead = measureLookBackRead(corpus, ours.store.storedEvents(), {
    batchSize: cycleBatch,
    rounds: smoke ? 3 : 300,
    warmupReads: smoke ? 2 : 100,
  });
  // A fresh store so the profiled pass does the same work as the timed one, not duplicates; from
  // a bundle that keeps the functions' names, so the profile can name them.
  const named = requireAsDeployed<typeof fromSources>(CONTENDERS, ROOT, { named: true });
  const hotSpots = await profileContender(
    named.exports.ourContender(DEFAULT_SCORING_SETTINGS),
    corpus.slice(0, Math.min(smoke ? corpus.length : 1000, corpus.length)),
    ROOT,
    { locate: sourceLocator(named, ROOT) },
  );
  return {
    articles: corpus.length,
    rounds,
    chunkSize,
    warmupArticles,
    nodeFlags: heapFlagsOf(process.execArgv),
    contenders: figures,
    ratios: {
      vsCompromise: oursFigures.articlesPerSecond / compromiseFigures.articlesPerSecond,
      extractionVsCompromise: extractionFigures.articlesPerSecond / compromiseFigures.articlesPerSecond,
      vsWink: oursFigures.articlesPerSecond / winkFigures.articlesPerSecond,
    },
    roundRatios: {
      vsCompromise: roundRatios(oursFigures, compromiseFigures),
      extractionVsCompromise: roundRatios(extractionFigures, compromiseFigures),
      vsWink: roundRatios(oursFigures, winkFigures),
    },
    breakdown: { extractMeanMs: extractMs, scoreMeanMs: Math.max(0, oursFigures.latency.meanMs - extractMs) },
    hotSpots,
    lookBackRead,
  };
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const result = resultFile(argv, 'throughput');
  const corpus = inPublicationOrder(
    generateCorpus(Number(argValue(argv, '--articles') ?? 200), Number(argValue(argv, '--seed') ?? 42)),
  );
  const figures = await measureThroughput(corpus, argv.includes('--smoke'));
  writeFileSync(result, JSON.stringify(figures, null, 2));
}

runWorkerMain('throughput', main);
