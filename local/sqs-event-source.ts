/**
 * A local stand-in for Lambda's SQS event source mapping: it long-polls a queue, gathers a batch
 * (up to `batchSize` messages or until the batching window closes), invokes the handler with a
 * real-shaped SQSEvent and deletes only the records the handler did not report in
 * `batchItemFailures`. Failed records stay in flight until the queue's visibility timeout, then
 * reappear; the queue's RedrivePolicy (fauxqs implements it as SQS does) moves a record to the
 * DLQ once it has been received more than `maxReceiveCount` times. Like Lambda with
 * ReportBatchItemFailures, a thrown error or an unknown item identifier fails the whole batch.
 */
import { randomUUID } from 'node:crypto';
import {
  DeleteMessageBatchCommand,
  type Message,
  MessageSystemAttributeName,
  ReceiveMessageCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';

/** A handler may return nothing (every record succeeded), as Lambda allows. */
export type SqsHandler = (
  event: SQSEvent,
  context: Context,
) => Promise<SQSBatchResponse | undefined> | Promise<void>;

export interface SqsEventSourceOptions {
  client: SQSClient;
  queueUrl: string;
  queueArn: string;
  handler: SqsHandler;
  /** Lambda's BatchSize (1–10000); SQS returns at most 10 per receive, so larger batches take several. */
  batchSize: number;
  /** Lambda's MaximumBatchingWindowInSeconds: how long to keep gathering a batch that is not full. */
  maxBatchingWindowSeconds: number;
  /** Name and timeout of the function, for the invocation context. */
  functionName: string;
  timeoutSeconds: number;
  memoryMiB?: number;
  region?: string;
  /** Long-poll wait of one receive call; short so that stop() is prompt. */
  waitTimeSeconds?: number;
  /** Called after every invocation. */
  onBatch?: (report: BatchReport) => void;
  /** Called when the poller itself (not the handler) hits an error; polling goes on. */
  onPollError?: (error: Error) => void;
}

export interface BatchReport {
  received: number;
  /** Records deleted (handled). */
  succeeded: number;
  /** Records left to reappear after the visibility timeout. */
  failed: number;
  /** The handler's error when it threw (the whole batch failed). */
  error?: Error;
}

const MAX_PER_RECEIVE = 10;

/** Build the Lambda invocation context a handler receives (Powertools reads several fields). */
export function lambdaContext(
  functionName: string,
  timeoutSeconds: number,
  memoryMiB = 512,
  region = 'us-east-1',
): Context {
  const deadline = Date.now() + timeoutSeconds * 1000;
  const unsupported = () => {
    throw new Error('callback-style completion is not supported; return a promise');
  };
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${region}:000000000000:function:${functionName}`,
    memoryLimitInMB: String(memoryMiB),
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: `local/${functionName}`,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: unsupported,
    fail: unsupported,
    succeed: unsupported,
  };
}

/** Turn a received SQS message into the record shape Lambda delivers. */
export function toSqsRecord(message: Message, queueArn: string, region: string): SQSRecord {
  const attributes = message.Attributes ?? {};
  const now = String(Date.now());
  return {
    messageId: message.MessageId ?? '',
    receiptHandle: message.ReceiptHandle ?? '',
    body: message.Body ?? '',
    attributes: {
      ApproximateReceiveCount: attributes.ApproximateReceiveCount ?? '1',
      SentTimestamp: attributes.SentTimestamp ?? now,
      SenderId: attributes.SenderId ?? '000000000000',
      ApproximateFirstReceiveTimestamp: attributes.ApproximateFirstReceiveTimestamp ?? now,
    },
    messageAttributes: {},
    md5OfBody: message.MD5OfBody ?? '',
    eventSource: 'aws:sqs',
    eventSourceARN: queueArn,
    awsRegion: region,
  };
}

/**
 * Which records to delete given the handler outcome, with Lambda's rules: a thrown error, or an
 * item identifier that is empty or not in the batch, fails every record; otherwise only the
 * listed ones fail.
 */
export function recordsToDelete(
  records: SQSRecord[],
  outcome: { response?: SQSBatchResponse | undefined; error?: Error },
): SQSRecord[] {
  if (outcome.error) return [];
  const failures = outcome.response?.batchItemFailures ?? [];
  const ids = new Set(records.map((r) => r.messageId));
  if (failures.some((f) => !f.itemIdentifier || !ids.has(f.itemIdentifier))) return [];
  const failed = new Set(failures.map((f) => f.itemIdentifier));
  return records.filter((r) => !failed.has(r.messageId));
}

export class SqsEventSource {
  private running = false;
  /** Set by stop(): a batch being gathered goes to the handler with what it has. */
  private stopping = false;
  private loop: Promise<void> | undefined;
  private busy = false;
  private readonly region: string;
  /** Receipt handles of failed records waiting for redelivery, by message id. */
  private readonly failedReceipts = new Map<string, string>();

  constructor(private readonly options: SqsEventSourceOptions) {
    if (!Number.isInteger(options.batchSize) || options.batchSize < 1) {
      throw new RangeError(`batchSize must be a positive integer, got ${options.batchSize}`);
    }
    this.region = options.region ?? 'us-east-1';
  }

  /** True while a received batch is being handled and settled. */
  get inFlight(): boolean {
    return this.busy;
  }

  /** Receipt handles of records that failed and wait for their visibility timeout. */
  heldReceipts(): string[] {
    return [...this.failedReceipts.values()];
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.stopping = false;
    this.loop = this.run();
  }

  /** Stop polling; resolves once the batch in hand (if any) has been handled and settled. */
  async stop(): Promise<void> {
    this.running = false;
    this.stopping = true;
    await this.loop;
    this.loop = undefined;
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        await this.pollOnce();
      } catch (error) {
        this.options.onPollError?.(error as Error);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  }

  /** Gather one batch and invoke the handler with it; undefined when the queue was empty. */
  async pollOnce(): Promise<BatchReport | undefined> {
    const messages = await this.gather();
    if (messages.length === 0) return undefined;
    this.busy = true;
    try {
      return await this.invoke(messages);
    } finally {
      this.busy = false;
    }
  }

  private async gather(): Promise<Message[]> {
    const { client, queueUrl, batchSize, maxBatchingWindowSeconds } = this.options;
    const messages: Message[] = [];
    const windowEnds = Date.now() + maxBatchingWindowSeconds * 1000;
    const wait = this.options.waitTimeSeconds ?? 1;
    while (messages.length < batchSize) {
      const remainingWindow = windowEnds - Date.now();
      // The first receive long-polls; later ones only while the batching window is open.
      if (messages.length > 0 && remainingWindow <= 0) break;
      const waitSeconds = messages.length === 0 ? wait : Math.min(wait, Math.ceil(remainingWindow / 1000));
      const received = await client.send(
        new ReceiveMessageCommand({
          QueueUrl: queueUrl,
          MaxNumberOfMessages: Math.min(MAX_PER_RECEIVE, batchSize - messages.length),
          WaitTimeSeconds: waitSeconds,
          MessageSystemAttributeNames: [MessageSystemAttributeName.All],
        }),
      );
      const got = received.Messages ?? [];
      messages.push(...got);
      if (messages.length === 0 || this.stopping) break;
      if (got.length === 0 && maxBatchingWindowSeconds === 0) break;
    }
    return messages;
  }

  private async invoke(messages: Message[]): Promise<BatchReport> {
    const { queueArn, handler, functionName, timeoutSeconds, memoryMiB } = this.options;
    const records = messages.map((m) => toSqsRecord(m, queueArn, this.region));
    let response: SQSBatchResponse | undefined;
    let error: Error | undefined;
    try {
      response =
        (await handler(
          { Records: records },
          lambdaContext(functionName, timeoutSeconds, memoryMiB, this.region),
        )) ?? undefined;
    } catch (thrown) {
      error = thrown instanceof Error ? thrown : new Error(String(thrown));
    }
    const done = recordsToDelete(records, { response, error });
    await this.delete(done);
    const deleted = new Set(done.map((r) => r.messageId));
    for (const record of records) {
      if (deleted.has(record.messageId)) this.failedReceipts.delete(record.messageId);
      else this.failedReceipts.set(record.messageId, record.receiptHandle);
    }
    const report: BatchReport = {
      received: records.length,
      succeeded: done.length,
      failed: records.length - done.length,
      ...(error ? { error } : {}),
    };
    this.options.onBatch?.(report);
    return report;
  }

  private async delete(records: SQSRecord[]): Promise<void> {
    for (let i = 0; i < records.length; i += MAX_PER_RECEIVE) {
      const chunk = records.slice(i, i + MAX_PER_RECEIVE);
      const result = await this.options.client.send(
        new DeleteMessageBatchCommand({
          QueueUrl: this.options.queueUrl,
          Entries: chunk.map((r, index) => ({ Id: String(index), ReceiptHandle: r.receiptHandle })),
        }),
      );
      if (result.Failed?.length) {
        const first = result.Failed[0];
        throw new Error(
          `could not delete ${result.Failed.length} message(s): ${first?.Message ?? first?.Code}`,
        );
      }
    }
  }
}
