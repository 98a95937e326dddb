/**
 * Section 3, run in its own process under the scorer's Lambda heap flags (`node <heap flags>
 * --import tsx bench/workers/end-to-end.ts`): articles from enqueue to stored score through fauxqs
 * and dynalite. The real scorer handler is driven the way Lambda's SQS event source drives it
 * (local/sqs-event-source.ts: batches, partial failures, deletes), and every AWS call the handler
 * and the queue plumbing make is counted by SDK middleware. Writes its figures as JSON to the file named by --result.
 */
import { writeFileSync } from 'node:fs';
import { SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import { consistentReadFrom, DynamoTensionStore } from '../../functions/adapters/store/dynamo-tension-store';
import { dynamoDocumentClient } from '../../functions/commons/dynamodb';
import { runtimeSettings } from '../../functions/commons/runtime-settings';
import type { Article } from '../../functions/core/model';
import { processBatch } from '../../functions/core/pipeline/process-article';
import { ConfigSchema } from '../../lib/config/config-schema';
import { queueDepth } from '../../local/queues';
import { generateCorpus, NEWS_LAGS, type NewsLag } from '../generate-corpus';
import { heapFlagsOf } from '../lib/lambda-runtime';
import { asLiveArticles, FETCH_CYCLE_MS } from '../lib/live';
import { startLocalAws } from '../lib/local-aws';
import type { EndToEndResult } from '../lib/results';
import { startScorerContainers } from '../lib/scorer-containers';
import { msSince } from '../lib/stats';
import { itemKind, tableSize } from '../lib/table-size';
import { addUsage, meterAllClients, UsageMeter, type UsageSnapshot } from '../lib/usage-meter';
import { argValue, resultFile, runWorkerMain } from '../lib/worker-cli';
import { readBilledBytes } from '../sections/cost';

const MAX_BATCH_ENTRIES = 10;
const DAY_MS = 86_400_000;
/** The history (--history) is published over this many days before the measured cycle, by default. */
export const DEFAULT_HISTORY_DAYS = 7;

/** What the measured cycle added to the table, kind by kind (items rewritten count once). */
function sizeGrowth(
  before: EndToEndResult['storedByKind'],
  after: EndToEndResult['storedByKind'],
): EndToEndResult['storedByKind'] {
  const growth: EndToEndResult['storedByKind'] = {};
  for (const [kind, { items, bytes }] of Object.entries(after)) {
    const earlier = before[kind] ?? { items: 0, bytes: 0 };
    if (items !== earlier.items || bytes !== earlier.bytes)
      growth[kind] = { items: items - earlier.items, bytes: bytes - earlier.bytes };
  }
  return growth;
}

interface Args {
  articles: number;
  seed: number;
  /** Scorer containers; the configuration's scorerMaxConcurrency when absent. */
  containers?: number;
  /** Lambda batch size; the configuration default when absent. */
  batchSize?: number;
  /** Articles scored before the measured cycle (not counted): the table a running deployment has. */
  history: number;
  /** Days the history is published over. */
  historyDays: number;
  /** Cycles of as many articles scored by the same containers before the measured one (not counted). */
  warmCycles: number;
  /** How long before publication the stories' events happened (generateCorpus). */
  newsLag: NewsLag;
  result: string;
}

function newsLagArg(value: string | undefined): NewsLag {
  if (value === undefined) return 'recent';
  const lag = NEWS_LAGS.find((known) => known === value);
  if (!lag) throw new Error(`--news-lag must be one of ${NEWS_LAGS.join(', ')}, got ${value}`);
  return lag;
}

/** A count option: a whole number, 0 when absent. */
function countArg(name: string, value: string | undefined): number {
  if (value === undefined) return 0;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0) throw new Error(`${name} must be a whole number, got ${value}`);
  return count;
}

function parseArgs(argv: string[]): Args {
  const value = (name: string) => argValue(argv, name);
  const result = resultFile(argv, 'end-to-end');
  return {
    articles: Number(value('--articles') ?? 200),
    seed: Number(value('--seed') ?? 42),
    ...(value('--containers') ? { containers: Number(value('--containers')) } : {}),
    ...(value('--batch-size') ? { batchSize: Number(value('--batch-size')) } : {}),
    history: Number(value('--history') ?? 0),
    historyDays: Number(value('--history-days') ?? DEFAULT_HISTORY_DAYS),
    warmCycles: countArg('--warm-cycles', value('--warm-cycles')),
    newsLag: newsLagArg(value('--news-lag')),
    result,
  };
}

/** How long the containers may take to score the cycle before the run is called failed. */
const DRAIN_TIMEOUT_MS = 10 * 60_000;

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const config = ConfigSchema.parse({
    fetch: { allowLoopback: true },
    ...(args.batchSize ? { queues: { articlesBatchSize: args.batchSize } } : {}),
  });
  const log = (line: string) => process.stderr.write(`end-to-end: ${line}\n`);
  const meter = new UsageMeter();
  meterAllClients(meter);
  const aws = await startLocalAws(config);
  try {
    Object.assign(process.env, aws.env);
    // One corpus, so history, warm-up cycles and the measured cycle are different articles of the same mix.
    const warm = args.warmCycles * args.articles;
    const generated = generateCorpus(args.history + warm + args.articles, args.seed, {
      newsLag: args.newsLag,
    });
    const now = Date.now();
    // The warm-up cycles are the fetch cycles just before the measured one; the history is older.
    const warmStart = new Date(now - (args.warmCycles + 1) * FETCH_CYCLE_MS);
    const history = asLiveArticles(generated.slice(0, args.history), warmStart, args.historyDays * DAY_MS);
    const warmCycles = Array.from({ length: args.warmCycles }, (_, i) =>
      asLiveArticles(
        generated.slice(args.history + i * args.articles, args.history + (i + 1) * args.articles),
        new Date(warmStart.getTime() + (i + 1) * FETCH_CYCLE_MS),
      ),
    );
    const corpus = asLiveArticles(generated.slice(args.history + warm), new Date(now));

    const enqueue = async (articles: readonly Article[]) => {
      let sent = 0;
      for (let i = 0; i < articles.length; i += MAX_BATCH_ENTRIES) {
        const entries = articles.slice(i, i + MAX_BATCH_ENTRIES).map((article, k) => ({
          Id: String(k),
          MessageBody: JSON.stringify(article),
        }));
        const result = await aws.sqs.send(
          new SendMessageBatchCommand({ QueueUrl: aws.articles.url, Entries: entries }),
        );
        if (result.Failed?.length) throw new Error(`enqueue failed for ${result.Failed.length} entries`);
        sent += result.Successful?.length ?? 0;
      }
      return sent;
    };
    let storedBefore = { items: 0, bytes: 0, byKind: {} as EndToEndResult['storedByKind'] };
    let historyRecentShare: number | undefined;
    if (history.length > 0) {
      // Straight through the pipeline, on a store of its own: the measured cycle starts in a
      // fresh scorer container, which reads each dyad's history from the table once.
      log(`history: ${history.length} articles over the ${args.historyDays} days before (not counted) ...`);
      // The handlers' client (its endpoint from the environment set above), without a cache, on the
      // history's clock: its items and revisions are as old as the cycles that would have stored them.
      let historyNow = 0;
      const store = new DynamoTensionStore(dynamoDocumentClient(), aws.tableName, {
        now: () => new Date(historyNow),
      });
      const settings = runtimeSettings();
      for (let i = 0; i < history.length; i += config.queues.articlesBatchSize) {
        const batch = history.slice(i, i + config.queues.articlesBatchSize);
        const newest = Date.parse(batch[batch.length - 1]?.published ?? '');
        historyNow = newest + FETCH_CYCLE_MS;
        const outcomes = await processBatch(batch, {
          store,
          publisher: { publish: async () => {} },
          settings: settings.scoring,
          extraPairs: settings.dyads.extraPairs,
          now: new Date(historyNow),
        });
        const failed = outcomes.filter((outcome) => !outcome.ok).length;
        if (failed > 0) throw new Error(`history: ${failed} articles failed`);
      }
      storedBefore = await tableSize(aws.dynamo, aws.tableName);
      // The share of the history's event bytes in the days the measured cycle reads consistently.
      const recentFrom = consistentReadFrom(now);
      const byRecency = await tableSize(aws.dynamo, aws.tableName, (item) =>
        itemKind(item) !== 'EV' ? 'other' : (item.sk?.S ?? '') >= recentFrom ? 'recent' : 'older',
      );
      const recent = readBilledBytes(byRecency.byKind.recent);
      const older = readBilledBytes(byRecency.byKind.older);
      historyRecentShare = recent + older > 0 ? recent / (recent + older) : 0;
    }
    // As many as the event source may run at once: Lambda starts several for a queue this deep.
    const containerCount = args.containers ?? config.queues.scorerMaxConcurrency;
    log(
      `${corpus.length} articles, ${containerCount} scorer containers, batch size ${config.queues.articlesBatchSize}`,
    );
    const containers = await startScorerContainers(containerCount, {
      queueUrl: aws.articles.url,
      queueArn: aws.articles.arn,
      batchSize: config.queues.articlesBatchSize,
      // The cycle is queued at once, so the deployed window would add idle time to the run, not
      // change its batches: the containers split the cycle whichever window they gather with.
      maxBatchingWindowSeconds: config.local.batchingWindowSeconds,
      timeoutSeconds: config.functions.scorer.timeoutSeconds,
      memoryMiB: config.functions.scorer.memoryMiB,
    });
    const tally = { succeeded: 0, failedItems: 0, batches: 0 };
    let started = process.hrtime.bigint();
    let enqueued = 0;
    let enqueueMs = 0;
    let scoreMs = 0;
    let elapsedMs = 0;
    let usages: UsageSnapshot[];
    // The containers go with this run, whatever happens to it.
    try {
      for (const [i, cycle] of warmCycles.entries()) {
        log(`warm-up cycle ${i + 1}/${warmCycles.length}: ${cycle.length} articles (not counted) ...`);
        const sent = await enqueue(cycle);
        let scored = 0;
        await containers.run((report) => {
          if (report.error) log(`warm-up batch failed: ${report.error}`);
          scored += report.succeeded;
          return scored >= sent;
        }, DRAIN_TIMEOUT_MS);
      }
      if (warmCycles.length > 0) {
        await containers.resetUsage();
        // What the warm-up stored is not the measured cycle's.
        storedBefore = await tableSize(aws.dynamo, aws.tableName);
      }
      meter.reset();
      started = process.hrtime.bigint();
      enqueued = await enqueue(corpus);
      enqueueMs = msSince(started);
      log(`enqueued ${enqueued} in ${enqueueMs.toFixed(0)} ms; scoring ...`);
      const scoreStarted = process.hrtime.bigint();
      await containers.run((report) => {
        tally.batches += 1;
        tally.succeeded += report.succeeded;
        tally.failedItems += report.failed;
        if (report.error) log(`batch failed: ${report.error}`);
        if (tally.batches % 20 === 0) log(`${tally.succeeded}/${enqueued} scored`);
        scoreMs = msSince(scoreStarted);
        elapsedMs = msSince(started);
        return tally.succeeded >= enqueued;
      }, DRAIN_TIMEOUT_MS);
      usages = await containers.stop();
    } finally {
      containers.kill();
    }
    const usage = addUsage([meter.snapshot(), ...usages]);

    const depth = await queueDepth(aws.sqs, aws.articles.url);
    const dlq = await queueDepth(aws.sqs, aws.articles.dlqUrl);
    const stored = await tableSize(aws.dynamo, aws.tableName);
    const accounted = {
      'handled and deleted': tally.succeeded,
      'still queued': depth.visible + depth.inFlight + depth.delayed,
      'dead-lettered': dlq.visible + dlq.inFlight,
    };
    const total = Object.values(accounted).reduce((a, b) => a + b, 0);
    const n = corpus.length;
    const sqsBillable = usage.sqs.billableRequests - (usage.sqs.byOperation.GetQueueAttributesCommand ?? 0);
    const result: EndToEndResult = {
      articles: n,
      batchSize: config.queues.articlesBatchSize,
      nodeFlags: heapFlagsOf(process.execArgv),
      enqueued,
      accounted,
      allAccountedFor: total === n && enqueued === n,
      batches: tally.batches,
      failedBatchItems: tally.failedItems,
      elapsedMs,
      articlesPerSecond: tally.succeeded / (elapsedMs / 1000),
      enqueueMs,
      scoreMs,
      history: history.length,
      ...(historyRecentShare === undefined ? {} : { historyRecentShare }),
      warmCycles: warmCycles.length,
      newsLag: args.newsLag,
      storedItems: stored.items - storedBefore.items,
      storedBytes: stored.bytes - storedBefore.bytes,
      storedByKind: sizeGrowth(storedBefore.byKind, stored.byKind),
      usage,
      perArticle: {
        writeUnits: usage.dynamodb.writeUnits / n,
        readUnits: usage.dynamodb.readUnits / n,
        dynamoRequests: usage.dynamodb.requests / n,
        sqsRequests: sqsBillable / n,
      },
      driver:
        `the real scorer handler (functions/handlers/score-articles.ts) in ${containerCount} scorer container processes ` +
        '(bench/workers/scorer-container.ts: each its own clients and caches, as Lambda containers), each polling ' +
        'with local/sqs-event-source.ts (Lambda event source semantics), in batches of up to ' +
        `${config.queues.articlesBatchSize.toLocaleString('en-US')}; the cycle is queued at once, so they gather for ` +
        `${config.local.batchingWindowSeconds} s, not the deployed ${config.queues.maxBatchingWindowSeconds} s, which ` +
        'would add idle time and not change the batches',
      scenario:
        `one fetch cycle: articles published over the ${FETCH_CYCLE_MS / 60_000} minutes before the run` +
        (history.length > 0
          ? `, on a table already holding ${history.length.toLocaleString('en-US')} articles of the ${args.historyDays} days before`
          : ', on an empty table') +
        (warmCycles.length > 0
          ? `, scored by containers that had just scored the ${warmCycles.length === 1 ? 'cycle' : `${warmCycles.length} cycles`} before`
          : '') +
        (args.newsLag === 'week' ? ', their stories spread evenly over the week before' : ''),
    };
    writeFileSync(args.result, JSON.stringify(result, null, 2));
    log(
      `${tally.succeeded}/${n} handled in ${elapsedMs.toFixed(0)} ms (${result.articlesPerSecond.toFixed(1)}/s)`,
    );
  } finally {
    await aws.stop();
  }
}

const USAGE = `Usage: node <scorer heap flags> --import tsx bench/workers/end-to-end.ts --result FILE [options]
(run by bench/run.ts, section 3)

Articles through fauxqs and dynalite, scored by the real scorer handler in container processes;
writes the figures as JSON to FILE.

Options:
  --articles N       articles in the measured fetch cycle (default 200)
  --seed N           corpus seed (default 42)
  --containers N     scorer container processes (default: queues.scorerMaxConcurrency)
  --batch-size N     the event source's batch size (default: queues.articlesBatchSize)
  --history N        articles scored first and not counted (default 0: an empty table)
  --history-days N   days before the cycle the history is published over (default ${DEFAULT_HISTORY_DAYS})
  --warm-cycles N    cycles of as many articles the same containers score first, not counted
                     (default 0: the measured cycle meets fresh containers)
  --news-lag L       when the stories' events happened: recent (mostly the day of publication or
                     the day before, the default) or week (evenly over the week before)
  --help             this text
`;

runWorkerMain('end-to-end', main, USAGE);
