/**
 * Section 3, run in its own process under the scorer's Lambda heap flags (`node <heap flags>
 * --import tsx bench/workers/end-to-end.ts`): articles from enqueue to stored score through fauxqs
 * and dynalite. The real scorer handler is driven the way Lambda's SQS event source drives it
 * (local/sqs-event-source.ts: batches, partial failures, deletes), and every AWS call the handler
 * and the queue plumbing make is counted by SDK middleware. Writes its figures as JSON to the file named by --result.
 */
import { writeFileSync } from 'node:fs';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SNSClient } from '@aws-sdk/client-sns';
import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ConfigSchema } from '../../lib/config/config-schema';
import { queueDepth } from '../../local/queues';
import { type BatchReport, SqsEventSource, type SqsHandler } from '../../local/sqs-event-source';
import { generateCorpus } from '../generate-corpus';
import { heapFlagsOf } from '../lib/lambda-runtime';
import { asLiveArticles, FETCH_CYCLE_MS } from '../lib/live';
import { startLocalAws } from '../lib/local-aws';
import type { EndToEndResult } from '../lib/results';
import { msSince } from '../lib/stats';
import { tableSize } from '../lib/table-size';
import { type InstrumentableClient, UsageMeter } from '../lib/usage-meter';
import { argValue, resultFile, runWorkerMain } from '../lib/worker-cli';

const MAX_BATCH_ENTRIES = 10;

interface Args {
  articles: number;
  seed: number;
  pollers: number;
  /** Lambda batch size; the configuration default when absent. */
  batchSize?: number;
  result: string;
}

function parseArgs(argv: string[]): Args {
  const value = (name: string) => argValue(argv, name);
  const result = resultFile(argv, 'end-to-end');
  return {
    articles: Number(value('--articles') ?? 200),
    seed: Number(value('--seed') ?? 42),
    pollers: Number(value('--pollers') ?? 2),
    ...(value('--batch-size') ? { batchSize: Number(value('--batch-size')) } : {}),
    result,
  };
}

/**
 * Count every call of every client of these classes, including the clients the handler creates
 * for itself at load time: the meter attaches to a client's middleware stack on its first send.
 */
function meterAllClients(meter: UsageMeter): void {
  const targets: [{ prototype: { send: unknown } }, 'dynamodb' | 'sqs' | 'sns'][] = [
    [DynamoDBClient, 'dynamodb'],
    [DynamoDBDocumentClient, 'dynamodb'],
    [SQSClient, 'sqs'],
    [SNSClient, 'sns'],
  ];
  const seen = new WeakSet<object>();
  for (const [cls, service] of targets) {
    const original = cls.prototype.send as (...args: unknown[]) => unknown;
    cls.prototype.send = function meteredSend(this: InstrumentableClient, ...args: unknown[]) {
      if (!seen.has(this.middlewareStack)) {
        seen.add(this.middlewareStack);
        meter.instrument(this, service);
      }
      return original.apply(this, args);
    };
  }
}

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
    // Imported after the environment is set: the handler reads it once at load, as in Lambda.
    const { handler } = (await import('../../functions/handlers/score-articles')) as { handler: SqsHandler };
    const corpus = asLiveArticles(generateCorpus(args.articles, args.seed), new Date());
    log(
      `${corpus.length} articles, ${args.pollers} concurrent pollers, batch size ${config.queues.articlesBatchSize}`,
    );

    meter.reset();
    const started = process.hrtime.bigint();
    let enqueued = 0;
    for (let i = 0; i < corpus.length; i += MAX_BATCH_ENTRIES) {
      const entries = corpus.slice(i, i + MAX_BATCH_ENTRIES).map((article, k) => ({
        Id: String(k),
        MessageBody: JSON.stringify(article),
      }));
      const sent = await aws.sqs.send(
        new SendMessageBatchCommand({ QueueUrl: aws.articles.url, Entries: entries }),
      );
      if (sent.Failed?.length) throw new Error(`enqueue failed for ${sent.Failed.length} entries`);
      enqueued += sent.Successful?.length ?? 0;
    }
    const enqueueMs = msSince(started);
    log(`enqueued ${enqueued} in ${enqueueMs.toFixed(0)} ms; scoring ...`);

    let succeeded = 0;
    let failedItems = 0;
    let batches = 0;
    const scoreStarted = process.hrtime.bigint();
    const onBatch = (report: BatchReport) => {
      batches += 1;
      succeeded += report.succeeded;
      failedItems += report.failed;
      if (report.error) log(`batch failed: ${report.error.stack ?? report.error.message}`);
      if (batches % 20 === 0) log(`${succeeded}/${enqueued} scored`);
    };
    const poller = () =>
      new SqsEventSource({
        client: aws.sqs,
        queueUrl: aws.articles.url,
        queueArn: aws.articles.arn,
        handler,
        batchSize: config.queues.articlesBatchSize,
        maxBatchingWindowSeconds: config.queues.maxBatchingWindowSeconds,
        functionName: 'border-tension-bench-scorer',
        timeoutSeconds: config.functions.scorer.timeoutSeconds,
        memoryMiB: config.functions.scorer.memoryMiB,
        waitTimeSeconds: 1,
        onBatch,
      });
    // Each poller stops after two empty polls in a row once everything handled has been counted.
    const drain = async (source: SqsEventSource) => {
      let empty = 0;
      while (empty < 2) {
        const report = await source.pollOnce();
        empty = report ? 0 : empty + 1;
        if (succeeded >= enqueued) break;
      }
    };
    await Promise.all(Array.from({ length: args.pollers }, () => drain(poller())));
    const scoreMs = msSince(scoreStarted);
    const elapsedMs = msSince(started);
    const usage = meter.snapshot();

    const depth = await queueDepth(aws.sqs, aws.articles.url);
    const dlq = await queueDepth(aws.sqs, aws.articles.dlqUrl);
    const stored = await tableSize(aws.dynamo, aws.tableName);
    const accounted = {
      'handled and deleted': succeeded,
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
      batches,
      failedBatchItems: failedItems,
      elapsedMs,
      articlesPerSecond: succeeded / (elapsedMs / 1000),
      enqueueMs,
      scoreMs,
      storedItems: stored.items,
      storedBytes: stored.bytes,
      storedByKind: stored.byKind,
      usage,
      perArticle: {
        writeUnits: usage.dynamodb.writeUnits / n,
        readUnits: usage.dynamodb.readUnits / n,
        dynamoRequests: usage.dynamodb.requests / n,
        sqsRequests: sqsBillable / n,
      },
      driver:
        `the real scorer handler (functions/handlers/score-articles.ts) in-process, ${args.pollers} concurrent ` +
        'pollers of local/sqs-event-source.ts (Lambda event source semantics)',
      scenario: `one fetch cycle: articles published over the ${FETCH_CYCLE_MS / 60_000} minutes before the run`,
    };
    writeFileSync(args.result, JSON.stringify(result, null, 2));
    log(`${succeeded}/${n} handled in ${elapsedMs.toFixed(0)} ms (${result.articlesPerSecond.toFixed(1)}/s)`);
  } finally {
    await aws.stop();
  }
}

runWorkerMain('end-to-end', main);
