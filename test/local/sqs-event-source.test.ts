import { ReceiveMessageCommand, SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { parseConfig } from '../../lib/config/load-config';
import { LOCAL_AWS, type RunningEmulator, startFauxqs } from '../../local/emulators';
import { type CreatedQueue, createQueueWithDlq, queueDepth, queueSpecs } from '../../local/queues';
import { type BatchReport, recordsToDelete, SqsEventSource, toSqsRecord } from '../../local/sqs-event-source';

function record(messageId: string): SQSRecord {
  return toSqsRecord(
    { MessageId: messageId, ReceiptHandle: `rh-${messageId}`, Body: messageId },
    'arn:q',
    'us-east-1',
  );
}

describe('recordsToDelete (Lambda ReportBatchItemFailures rules)', () => {
  const records = ['a', 'b', 'c'].map(record);

  it('deletes everything when the handler reports no failure', () => {
    expect(recordsToDelete(records, { response: undefined }).map((r) => r.messageId)).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(recordsToDelete(records, { response: { batchItemFailures: [] } })).toHaveLength(3);
  });

  it('keeps only the reported failures', () => {
    const response: SQSBatchResponse = { batchItemFailures: [{ itemIdentifier: 'b' }] };
    expect(recordsToDelete(records, { response }).map((r) => r.messageId)).toEqual(['a', 'c']);
  });

  it('fails the whole batch on a thrown error or an unknown item identifier', () => {
    expect(recordsToDelete(records, { error: new Error('boom') })).toEqual([]);
    expect(
      recordsToDelete(records, { response: { batchItemFailures: [{ itemIdentifier: 'zzz' }] } }),
    ).toEqual([]);
    expect(recordsToDelete(records, { response: { batchItemFailures: [{ itemIdentifier: '' }] } })).toEqual(
      [],
    );
  });
});

describe('SqsEventSource against fauxqs', () => {
  let sqsEmulator: RunningEmulator;
  let sqs: SQSClient;

  beforeAll(async () => {
    sqsEmulator = await startFauxqs();
    sqs = new SQSClient({ ...LOCAL_AWS, endpoint: sqsEmulator.endpoint });
  });
  afterAll(async () => {
    sqs.destroy();
    await sqsEmulator.stop();
  });

  async function makeQueue(name: string, maxReceiveCount: number, visibility: number): Promise<CreatedQueue> {
    const config = parseConfig({ stage: name, queues: { maxReceiveCount } });
    const [spec] = queueSpecs(config);
    if (!spec) throw new Error('no queue spec');
    return createQueueWithDlq(sqs, { ...spec, visibilityTimeoutSeconds: visibility });
  }

  async function send(url: string, bodies: string[]): Promise<void> {
    await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: url,
        Entries: bodies.map((body, i) => ({ Id: String(i), MessageBody: body })),
      }),
    );
  }

  async function until(condition: () => Promise<boolean>, what: string, ms = 20000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!(await condition())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  it('delivers real-shaped batches up to batchSize and deletes handled messages', async () => {
    const queue = await makeQueue('batches', 3, 30);
    await send(queue.url, ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7']);
    const events: SQSEvent[] = [];
    const source = new SqsEventSource({
      client: sqs,
      queueUrl: queue.url,
      queueArn: queue.arn,
      batchSize: 4,
      maxBatchingWindowSeconds: 1,
      functionName: 'test-consumer',
      timeoutSeconds: 30,
      handler: async (event) => {
        events.push(event);
        return { batchItemFailures: [] };
      },
    });
    const first = await source.pollOnce();
    const second = await source.pollOnce();
    expect(first).toEqual({ received: 4, succeeded: 4, failed: 0 });
    expect(second?.received).toBe(3);
    const records = events.flatMap((e) => e.Records);
    expect(records.map((r) => r.body).sort()).toEqual(['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7']);
    const [sample] = records;
    expect(sample?.eventSource).toBe('aws:sqs');
    expect(sample?.eventSourceARN).toBe(queue.arn);
    expect(sample?.attributes.ApproximateReceiveCount).toBe('1');
    expect(sample?.receiptHandle).toBeTruthy();
    expect(await source.pollOnce()).toBeUndefined();
    expect(await queueDepth(sqs, queue.url)).toEqual({ visible: 0, inFlight: 0, delayed: 0 });
  });

  it('redelivers partial failures after the visibility timeout and dead-letters them after maxReceiveCount', async () => {
    const queue = await makeQueue('redrive', 2, 1);
    await send(queue.url, ['good-1', 'bad', 'good-2']);
    const handled: string[] = [];
    const receiveCounts: string[] = [];
    const reports: BatchReport[] = [];
    const source = new SqsEventSource({
      client: sqs,
      queueUrl: queue.url,
      queueArn: queue.arn,
      batchSize: 10,
      maxBatchingWindowSeconds: 0,
      functionName: 'test-consumer',
      timeoutSeconds: 1,
      onBatch: (report) => reports.push(report),
      handler: async (event) => {
        const batchItemFailures = [];
        for (const r of event.Records) {
          if (r.body === 'bad') {
            receiveCounts.push(r.attributes.ApproximateReceiveCount);
            batchItemFailures.push({ itemIdentifier: r.messageId });
          } else {
            handled.push(r.body);
          }
        }
        return { batchItemFailures };
      },
    });
    source.start();
    try {
      await until(async () => (await queueDepth(sqs, queue.dlqUrl)).visible === 1, 'the dead letter');
    } finally {
      await source.stop();
    }
    expect(handled.sort()).toEqual(['good-1', 'good-2']);
    // Received maxReceiveCount (2) times, failed each time, then moved to the DLQ on the next receive.
    expect(receiveCounts).toEqual(['1', '2']);
    expect(reports.some((r) => r.failed === 1 && r.succeeded === 2)).toBe(true);
    const dead = await sqs.send(new ReceiveMessageCommand({ QueueUrl: queue.dlqUrl, WaitTimeSeconds: 0 }));
    expect(dead.Messages?.map((m) => m.Body)).toEqual(['bad']);
    expect(await queueDepth(sqs, queue.url)).toEqual({ visible: 0, inFlight: 0, delayed: 0 });
  });

  it('treats a thrown error as a failure of the whole batch (nothing deleted)', async () => {
    const queue = await makeQueue('throws', 5, 30);
    await send(queue.url, ['x', 'y']);
    const source = new SqsEventSource({
      client: sqs,
      queueUrl: queue.url,
      queueArn: queue.arn,
      batchSize: 10,
      maxBatchingWindowSeconds: 0,
      functionName: 'test-consumer',
      timeoutSeconds: 30,
      handler: async () => {
        throw new Error('handler crashed');
      },
    });
    const report = await source.pollOnce();
    expect(report?.received).toBe(2);
    expect(report?.succeeded).toBe(0);
    expect(report?.error?.message).toBe('handler crashed');
    expect(await queueDepth(sqs, queue.url)).toMatchObject({ visible: 0, inFlight: 2 });
    expect(source.heldReceipts()).toHaveLength(2);
  });

  it('hands out queue URLs that a client configured only by AWS_ENDPOINT_URL_SQS can use', async () => {
    const queue = await makeQueue('env-endpoint', 3, 30);
    expect(queue.url.startsWith(`${sqsEmulator.endpoint}/`)).toBe(true);
    const saved = process.env.AWS_ENDPOINT_URL_SQS;
    process.env.AWS_ENDPOINT_URL_SQS = sqsEmulator.endpoint;
    const envClient = new SQSClient({ region: LOCAL_AWS.region, credentials: LOCAL_AWS.credentials });
    try {
      await envClient.send(
        new SendMessageBatchCommand({ QueueUrl: queue.url, Entries: [{ Id: '1', MessageBody: 'hi' }] }),
      );
    } finally {
      envClient.destroy();
      if (saved === undefined) delete process.env.AWS_ENDPOINT_URL_SQS;
      else process.env.AWS_ENDPOINT_URL_SQS = saved;
    }
    expect((await queueDepth(sqs, queue.url)).visible).toBe(1);
  });

  it('rejects a batch size that Lambda would refuse', () => {
    expect(
      () =>
        new SqsEventSource({
          client: sqs,
          queueUrl: 'q',
          queueArn: 'arn',
          batchSize: 0,
          maxBatchingWindowSeconds: 0,
          functionName: 'f',
          timeoutSeconds: 1,
          handler: async () => undefined,
        }),
    ).toThrow(/batchSize/);
  });
});
