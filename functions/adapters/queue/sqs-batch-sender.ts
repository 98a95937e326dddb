/**
 * SendMessageBatch done right: at most 10 entries and 256 KiB per call, entries that SQS reports
 * as failed retried with jittered backoff (a whole call that throws is retried too), and an error
 * naming every message that still could not be sent. Nothing is silently dropped.
 */
import {
  SendMessageBatchCommand,
  type SendMessageBatchRequestEntry,
  type SQSClient,
} from '@aws-sdk/client-sqs';

/** SQS limits: entries per SendMessageBatch, and bytes per message and per call. */
export const SQS_MAX_BATCH_ENTRIES = 10;
export const SQS_MAX_PAYLOAD_BYTES = 256 * 1024;

export interface QueueMessage {
  /** Caller's id for the message (reported back when it cannot be sent). */
  id: string;
  body: string;
}

export interface BatchSendOptions {
  /** Attempts per message, the first included (default 4). */
  attempts?: number;
  backoffBaseMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export class QueueSendError extends Error {
  override readonly name = 'QueueSendError';
  constructor(
    message: string,
    readonly failedIds: string[],
  ) {
    super(message);
  }
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const byteLength = (text: string) => Buffer.byteLength(text, 'utf8');

/** Group messages into calls that respect the entry and payload limits. */
export function packBatches(messages: QueueMessage[]): QueueMessage[][] {
  const batches: QueueMessage[][] = [];
  let current: QueueMessage[] = [];
  let bytes = 0;
  for (const message of messages) {
    const size = byteLength(message.body);
    if (size > SQS_MAX_PAYLOAD_BYTES) {
      throw new QueueSendError(`message ${message.id} is ${size} bytes, over the SQS limit`, [message.id]);
    }
    if (current.length === SQS_MAX_BATCH_ENTRIES || bytes + size > SQS_MAX_PAYLOAD_BYTES) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(message);
    bytes += size;
  }
  if (current.length) batches.push(current);
  return batches;
}

/** Send messages to a queue; resolves when every one was accepted, else throws QueueSendError. */
export async function sendMessages(
  client: SQSClient,
  queueUrl: string,
  messages: QueueMessage[],
  options: BatchSendOptions = {},
): Promise<void> {
  const attempts = options.attempts ?? 4;
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  const base = options.backoffBaseMs ?? 100;
  const failed: { id: string; reason: string }[] = [];
  for (const batch of packBatches(messages)) {
    let pending = batch;
    let reasons = new Map<string, string>();
    for (let attempt = 0; attempt < attempts && pending.length; attempt++) {
      if (attempt > 0) await sleep(random() * base * 2 ** attempt);
      const entries: SendMessageBatchRequestEntry[] = pending.map((message, index) => ({
        // Batch entry ids must be short and alphanumeric: positions, mapped back below.
        Id: String(index),
        MessageBody: message.body,
      }));
      reasons = new Map();
      try {
        const result = await client.send(
          new SendMessageBatchCommand({ QueueUrl: queueUrl, Entries: entries }),
        );
        const retry: QueueMessage[] = [];
        for (const failure of result.Failed ?? []) {
          const message = pending[Number(failure.Id)];
          if (!message) continue;
          reasons.set(message.id, `${failure.Code ?? 'error'}: ${failure.Message ?? ''}`.trim());
          // A sender fault (bad message) will fail the same way again; do not retry it.
          if (failure.SenderFault) failed.push({ id: message.id, reason: reasons.get(message.id)! });
          else retry.push(message);
        }
        pending = retry;
      } catch (error) {
        for (const message of pending) reasons.set(message.id, (error as Error).message);
      }
    }
    for (const message of pending)
      failed.push({ id: message.id, reason: reasons.get(message.id) ?? 'unknown' });
  }
  if (failed.length) {
    const sample = failed
      .slice(0, 3)
      .map((f) => `${f.id} (${f.reason})`)
      .join(', ');
    throw new QueueSendError(
      `${failed.length} of ${messages.length} message(s) could not be sent to the queue: ${sample}`,
      failed.map((f) => f.id),
    );
  }
}
