/**
 * One scorer "container" of section 3, forked by bench/lib/scorer-containers.ts: its own process, so that, as in
 * Lambda, what the handler keeps between invocations (clients, the event read cache) serves this
 * container alone. It loads the real scorer handler, polls the articles queue as Lambda's SQS
 * event source does, reports every batch to its parent, and, when told to stop, sends the AWS
 * calls it made (counted by SDK middleware) and exits.
 *
 * Messages: parent → child `{ type: 'start' }`, `{ type: 'reset' }` (count from zero again),
 * `{ type: 'stop' }`; child → parent `{ type: 'ready' }`, `{ type: 'batch', report }`,
 * `{ type: 'reset' }` (done), `{ type: 'usage', usage }`.
 */
import { SQSClient } from '@aws-sdk/client-sqs';
import { LOCAL_AWS } from '../../local/emulators';
import { type BatchReport, SqsEventSource, type SqsHandler } from '../../local/sqs-event-source';
import { meterAllClients, UsageMeter } from '../lib/usage-meter';
import { argValue } from '../lib/worker-cli';

export interface ContainerOptions {
  queueUrl: string;
  queueArn: string;
  batchSize: number;
  maxBatchingWindowSeconds: number;
  timeoutSeconds: number;
  memoryMiB: number;
}

export type ToContainer = { type: 'start' } | { type: 'reset' } | { type: 'stop' };
/** A batch's report as a message: the handler's error as its text. */
export type ContainerBatchReport = Omit<BatchReport, 'error'> & { error?: string };
export type FromContainer =
  | { type: 'ready' }
  | { type: 'batch'; report: ContainerBatchReport }
  | { type: 'reset' }
  | { type: 'usage'; usage: ReturnType<UsageMeter['snapshot']> };

function send(message: FromContainer): void {
  process.send?.(message);
}

async function main(): Promise<void> {
  if (!process.send || process.argv.includes('--help')) {
    process.stdout.write(
      'Usage: forked by bench/lib/scorer-containers.ts with an IPC channel and --options JSON\n' +
        '(queueUrl, queueArn, batchSize, maxBatchingWindowSeconds, timeoutSeconds, memoryMiB);\n' +
        'the emulator endpoints and handler settings come from the environment.\n',
    );
    process.exit(process.send ? 0 : 2);
  }
  const options = JSON.parse(argValue(process.argv.slice(2), '--options') ?? '{}') as ContainerOptions;
  const meter = new UsageMeter();
  meterAllClients(meter);
  // Imported after the meter is in place: the handler makes its clients once, at load, as in Lambda.
  const { handler } = (await import('../../functions/handlers/score-articles')) as { handler: SqsHandler };
  const client = new SQSClient({ ...LOCAL_AWS, endpoint: process.env.AWS_ENDPOINT_URL_SQS });
  const source = new SqsEventSource({
    client,
    queueUrl: options.queueUrl,
    queueArn: options.queueArn,
    handler,
    batchSize: options.batchSize,
    maxBatchingWindowSeconds: options.maxBatchingWindowSeconds,
    functionName: 'border-tension-bench-scorer',
    timeoutSeconds: options.timeoutSeconds,
    memoryMiB: options.memoryMiB,
    waitTimeSeconds: 1,
    onBatch: ({ error, ...report }) =>
      send({
        type: 'batch',
        report: { ...report, ...(error ? { error: error.stack ?? error.message } : {}) },
      }),
  });
  let stopping = false;
  const started = new Promise<void>((resolve) => {
    process.on('message', (message: ToContainer) => {
      if (message.type === 'start') resolve();
      if (message.type === 'stop') stopping = true;
      if (message.type === 'reset') {
        meter.reset();
        send({ type: 'reset' });
      }
    });
  });
  send({ type: 'ready' });
  await started;
  meter.reset();
  while (!stopping) await source.pollOnce();
  send({ type: 'usage', usage: meter.snapshot() });
  client.destroy();
  process.disconnect?.();
}

main().catch((error: unknown) => {
  process.stderr.write(`scorer-container: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
