/**
 * `npm run bench`: speed, size and cost of border-tension, side by side with library baselines.
 * Writes docs/benchmarks.md and bench/results.json (or DIR/ with --out). Progress goes to stderr.
 * Benchmarks report; they never fail on slowness (exit 1 only when the bench itself breaks).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Article } from '../functions/core/model';
import { IO_CONCURRENCY, lookBackDays } from '../functions/core/pipeline/process-article';
import { resolveScoringSettings } from '../functions/core/scoring/settings';
import { ConfigSchema } from '../lib/config/config-schema';
import { generateCorpus } from './generate-corpus';
import { startFixtureFeed } from './lib/feed-fixture';
import { lambdaHeapFlags } from './lib/lambda-runtime';
import { asLiveArticles } from './lib/live';
import { startLocalAws } from './lib/local-aws';
import { describeMachine } from './lib/machine';
import type { BenchResults, EndToEndResult, MemoryResult, ThroughputResult } from './lib/results';
import { renderMarkdown } from './report/markdown';
import { runAccuracy } from './sections/accuracy';
import { type BundleResult, runBundles } from './sections/bundles';
import { computeCost, eventBytesPerArticle, predictHistoryReads, projectLongRun } from './sections/cost';
import { benchInvocations } from './sections/invocations';
import { describeCorpus } from './sections/throughput';
import { evaluateTargets } from './targets';

const ROOT = resolve(__dirname, '..');

export /** Batch sizes the end-to-end run is repeated with, beside the configured one. */
const E2E_OTHER_BATCH_SIZES = [1, 10, 100];
/** Articles scored before the end-to-end run on a table with history (a week of news), and in smoke mode. */
const E2E_HISTORY_ARTICLES = 2000;
const E2E_HISTORY_ARTICLES_SMOKE = 20;

const USAGE = `Usage: tsx bench/run.ts [options]   (npm run bench builds first, then runs this)

Measures, in one run: (1) extraction + scoring throughput against a compromise-based extractor and
wink-nlp tokenisation, (2) size and cold start of every Lambda bundle, (3) end-to-end local
throughput through fauxqs and dynalite, in scorer container processes, on an empty table, on one
holding a week of news and with late reports, (4) cost per million articles, (5) memory, (6)
accuracy on the held-out and development corpora beside the compromise-based extractor.
Writes docs/benchmarks.md and bench/results.json; progress on stderr.

Options:
  --smoke            tiny corpus and few repetitions (seconds, for tests); writes to a temp dir
                     unless --out is given
  --out DIR          write benchmarks.md and results.json to DIR instead
  --articles N       throughput and memory corpus size (default 5000; smoke 30)
  --e2e-articles N   articles through the emulators (default 500; smoke 20)
  --cold-runs N      fresh processes per Lambda bundle (default 10; smoke 2)
  --seed N           corpus seed (default 20220916)
  --help             this text
`;

export interface BenchOptions {
  smoke: boolean;
  outDir: string | null;
  articles: number;
  e2eArticles: number;
  coldRuns: number;
  seed: number;
}

export class BenchUsageError extends Error {
  override readonly name = 'BenchUsageError';
}

export function parseBenchArgs(argv: readonly string[]): BenchOptions | 'help' {
  const smoke = argv.includes('--smoke');
  const options: BenchOptions = {
    smoke,
    outDir: null,
    articles: smoke ? 30 : 5000,
    e2eArticles: smoke ? 20 : 500,
    coldRuns: smoke ? 2 : 10,
    seed: 20220916,
  };
  const positiveInt = (flag: string, raw: string | undefined) => {
    const n = Number(raw);
    if (raw === undefined || !Number.isInteger(n) || n < 1) {
      throw new BenchUsageError(`${flag} needs a positive integer, got ${raw ?? 'nothing'}`);
    }
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    switch (arg) {
      case '--help':
      case '-h':
        return 'help';
      case '--smoke':
        break;
      case '--out': {
        const dir = argv[++i];
        if (!dir || dir.startsWith('--')) throw new BenchUsageError('--out needs a directory');
        options.outDir = resolve(dir);
        break;
      }
      case '--articles':
        options.articles = positiveInt(arg, argv[++i]);
        break;
      case '--e2e-articles':
        options.e2eArticles = positiveInt(arg, argv[++i]);
        break;
      case '--cold-runs':
        options.coldRuns = positiveInt(arg, argv[++i]);
        break;
      case '--seed':
        options.seed = positiveInt(arg, argv[++i]);
        break;
      default:
        throw new BenchUsageError(`unknown option ${arg} (see --help)`);
    }
  }
  return options;
}

const progress = (line: string) => process.stderr.write(`bench: ${line}\n`);

/** Run a worker script in its own Node process (tsx loader) and read the JSON it writes. */
function runWorker<T>(script: string, args: string[], nodeFlags: string[], workDir: string): Promise<T> {
  const result = join(workDir, `${script.replace(/\W+/g, '-')}.json`);
  return new Promise<T>((resolvePromise, reject) => {
    const child = spawn(
      process.execPath,
      [...nodeFlags, '--import', 'tsx', join(ROOT, 'bench', 'workers', script), ...args, '--result', result],
      { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NODE_NO_WARNINGS: '1' } },
    );
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      stderr += text;
      process.stderr.write(text);
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`worker ${script} exited ${code}: ${stderr.slice(-800)}`));
      else resolvePromise(JSON.parse(readFileSync(result, 'utf8')) as T);
    });
  });
}

async function measureBundles(
  corpus: Article[],
  options: BenchOptions,
  workDir: string,
): Promise<BundleResult[]> {
  const feed = await startFixtureFeed(corpus.slice(0, 3));
  const config = ConfigSchema.parse({
    fetch: { allowLoopback: true },
    sources: [{ id: 'bench-wire', url: feed.url, format: 'rss', outlet: 'Bench wire' }],
  });
  const aws = await startLocalAws(config);
  try {
    return await runBundles({
      root: ROOT,
      outDir: join(workDir, 'bundles'),
      runs: options.coldRuns,
      env: aws.env,
      memoryMiB: {
        dispatcher: config.functions.dispatcher.memoryMiB,
        fetcher: config.functions.fetcher.memoryMiB,
        scorer: config.functions.scorer.memoryMiB,
        api: config.functions.api.memoryMiB,
      },
      invocations: benchInvocations(aws, (run) => {
        const [live] = asLiveArticles([corpus[run % corpus.length] as Article], new Date());
        return { ...(live as Article), id: `cold-${run}-${live?.id}`.slice(0, 128) };
      }),
      defines: {
        // As the stack bakes it into the dispatcher (Lambda environment variables are capped at 4 KB).
        dispatcher: { 'process.env.BORDER_TENSION_SOURCES': JSON.stringify(JSON.stringify(config.sources)) },
      },
      progress,
    });
  } finally {
    await aws.stop();
    await feed.close();
  }
}

export async function runBench(options: BenchOptions): Promise<{ results: BenchResults; files: string[] }> {
  const started = Date.now();
  const machine = describeMachine();
  const workDir = options.smoke
    ? mkdtempSync(join(tmpdir(), 'border-tension-bench-'))
    : join(ROOT, 'bench', '.cache');
  mkdirSync(workDir, { recursive: true });
  progress(
    `${options.smoke ? 'smoke' : 'full'} run on ${machine.cpuModel} (${machine.cores} cores), Node ${machine.node}`,
  );

  progress(`generating ${options.articles} articles (seed ${options.seed}) ...`);
  const corpus = generateCorpus(options.articles, options.seed);
  const corpusFigures = describeCorpus(corpus);

  // What is timed runs under the V8 heap flags Lambda gives the function at its configured memory.
  const config = ConfigSchema.parse({});
  const scorerHeap = lambdaHeapFlags(config.functions.scorer.memoryMiB);
  const corpusArgs = ['--articles', String(options.articles), '--seed', String(options.seed)];
  progress(
    `1/6 extraction + scoring throughput vs compromise and wink-nlp (own process, ${scorerHeap.join(' ')}) ...`,
  );
  const throughput = await runWorker<ThroughputResult>(
    'throughput.ts',
    [...corpusArgs, ...(options.smoke ? ['--smoke'] : [])],
    scorerHeap,
    workDir,
  );
  progress('5/6 memory (own process) ...');
  const memory = await runWorker<MemoryResult>(
    'memory.ts',
    corpusArgs,
    ['--expose-gc', ...scorerHeap],
    workDir,
  );
  progress('2/6 bundles and cold starts ...');
  const bundles = await measureBundles(corpus, options, workDir);
  progress('3/6 end to end through fauxqs and dynalite (own process) ...');
  const endToEnd = await runWorker<EndToEndResult>(
    'end-to-end.ts',
    ['--articles', String(options.e2eArticles), '--seed', String(options.seed)],
    scorerHeap,
    workDir,
  );
  // The same run with smaller and larger batches: each dyad is rescored once per batch.
  const endToEndByBatchSize: EndToEndResult[] = [];
  for (const batchSize of options.smoke ? [] : E2E_OTHER_BATCH_SIZES) {
    progress(`3/6 end to end, batches of ${batchSize} ...`);
    endToEndByBatchSize.push(
      await runWorker<EndToEndResult>(
        'end-to-end.ts',
        [
          '--articles',
          String(options.e2eArticles),
          '--seed',
          String(options.seed),
          '--batch-size',
          String(batchSize),
        ],
        scorerHeap,
        workDir,
      ),
    );
  }

  // The same cycle on a table that already holds a week of news, as a running deployment's does.
  const history = options.smoke ? E2E_HISTORY_ARTICLES_SMOKE : E2E_HISTORY_ARTICLES;
  progress(`3/6 end to end on a table with ${history} articles of history ...`);
  const endToEndWithHistory = await runWorker<EndToEndResult>(
    'end-to-end.ts',
    ['--articles', String(options.e2eArticles), '--seed', String(options.seed), '--history', String(history)],
    scorerHeap,
    workDir,
  );

  // The same again, scored by containers that have just scored the cycle before, as a running
  // deployment's containers may be: they read what other containers stored since, not the look-back.
  progress(`3/6 end to end on a table with ${history} articles of history, warm containers ...`);
  const endToEndWarm = await runWorker<EndToEndResult>(
    'end-to-end.ts',
    [
      '--articles',
      String(options.e2eArticles),
      '--seed',
      String(options.seed),
      '--history',
      String(history),
      '--warm-cycles',
      '1',
    ],
    scorerHeap,
    workDir,
  );

  // The stress case of late reports: every story's events anywhere in the week before it.
  progress('3/6 end to end, stories spread over the week before ...');
  const endToEndWeekLag = await runWorker<EndToEndResult>(
    'end-to-end.ts',
    ['--articles', String(options.e2eArticles), '--seed', String(options.seed), '--news-lag', 'week'],
    scorerHeap,
    workDir,
  );

  progress('4/6 cost ...');
  const scorerCold = bundles.find((b) => b.name === 'scorer')?.coldStart?.coldStartMs.p50 ?? Number.NaN;
  // Priced from a run's usage; compute time and cold starts come from sections 1 and 2.
  const costOf = (run: EndToEndResult, readUnitsPerArticle?: number) =>
    computeCost({
      articles: run.articles,
      dynamoReadUnits:
        readUnitsPerArticle === undefined ? run.usage.dynamodb.readUnits : readUnitsPerArticle * run.articles,
      dynamoWriteUnits: run.usage.dynamodb.writeUnits,
      dynamoRequests: run.usage.dynamodb.requests,
      sqsBillableRequests: run.perArticle.sqsRequests * run.articles,
      snsPublishes: run.usage.sns.byOperation.PublishCommand ?? 0,
      storedBytes: run.storedBytes,
      computeMsPerArticle: throughput.contenders[0]?.meanCpuMs ?? Number.NaN,
      coldStartMs: scorerCold,
      meanCharsPerArticle: corpusFigures.meanChars,
      scorerMemoryMiB: config.functions.scorer.memoryMiB,
      batchSize: config.queues.articlesBatchSize,
      invocations: run.batches,
      awsRoundTripMs: 5,
      recordConcurrency: IO_CONCURRENCY,
      invocationsPerColdStart: 100,
    });
  const cost = costOf(endToEnd);
  // A running deployment's cycles: the table holds the news before them.
  const costWithHistory = costOf(endToEndWithHistory);
  // Its next cycle, when Lambda kept the containers.
  const costWarm = costOf(endToEndWarm);
  // Years on: every rescore reads its dyad's whole look-back, full of the dyad's past news.
  const longRunCost = {
    ...projectLongRun(
      {
        lookBackDays: lookBackDays(resolveScoringSettings(config.scoring)),
        eventBytesPerArticle: eventBytesPerArticle(endToEnd),
        cyclesPerDay: (24 * 60) / config.schedule.rateMinutes,
        measuredReadUnitsPerArticle: endToEnd.perArticle.readUnits,
        // The warm run's rescores read only what other containers stored: its reads beyond the
        // empty table's are what that costs.
        keptContainers: {
          containers: config.queues.scorerMaxConcurrency,
          refreshReadUnitsPerArticle: endToEndWarm.perArticle.readUnits - endToEnd.perArticle.readUnits,
        },
      },
      (readUnitsPerArticle) => costOf(endToEndWithHistory, readUnitsPerArticle).totalUsdPerMillion,
    ),
    // The reasoning checked on the measured run over a table with history.
    historyCheck: {
      predictedReadUnitsPerArticle: predictHistoryReads({
        articles: endToEndWithHistory.articles,
        batches: endToEndWithHistory.batches,
        history: endToEndWithHistory.history,
        eventBytesPerArticle: eventBytesPerArticle(endToEnd),
        emptyTableReadUnitsPerArticle: endToEnd.perArticle.readUnits,
        recentShare: endToEndWithHistory.historyRecentShare ?? 1,
      }),
      measuredReadUnitsPerArticle: endToEndWithHistory.perArticle.readUnits,
    },
  };

  progress('6/6 accuracy on the held-out and development corpora, ours and the compromise extractor ...');
  const accuracy = runAccuracy(ROOT);

  const figures = {
    schemaVersion: 1 as const,
    mode: options.smoke ? ('smoke' as const) : ('full' as const),
    machine,
    corpus: { ...corpusFigures, seed: options.seed },
    throughput,
    bundles,
    endToEnd,
    endToEndByBatchSize,
    endToEndWithHistory,
    endToEndWarm,
    endToEndWeekLag,
    cost,
    costWithHistory,
    costWarm,
    longRunCost,
    memory,
    accuracy,
    benchSeconds: (Date.now() - started) / 1000,
  };
  const results: BenchResults = { ...figures, targets: evaluateTargets(figures) };
  const outDir = options.outDir ?? (options.smoke ? workDir : null);
  const jsonFile = outDir ? join(outDir, 'results.json') : join(ROOT, 'bench', 'results.json');
  const mdFile = outDir ? join(outDir, 'benchmarks.md') : join(ROOT, 'docs', 'benchmarks.md');
  for (const file of [jsonFile, mdFile]) mkdirSync(resolve(file, '..'), { recursive: true });
  writeFileSync(jsonFile, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(mdFile, renderMarkdown(results));
  progress(`wrote ${mdFile} and ${jsonFile} in ${results.benchSeconds.toFixed(0)} s`);
  return { results, files: [mdFile, jsonFile] };
}

async function main(): Promise<number> {
  let options: BenchOptions | 'help';
  try {
    options = parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof BenchUsageError) {
      process.stderr.write(`bench: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  if (options === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  const { results } = await runBench(options);
  for (const t of results.targets) {
    progress(`target ${t.met === null ? 'n/a ' : t.met ? 'met ' : 'MISS'} ${t.target}: ${t.measured}`);
  }
  return 0;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      process.stderr.write(`bench: failed: ${(error as Error).stack ?? error}\n`);
      process.exit(1);
    },
  );
}
