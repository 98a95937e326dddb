/**
 * Counts what a run would be billed for, with AWS SDK v3 middleware on the real clients: DynamoDB
 * read and write capacity units (asking every call for ReturnConsumedCapacity: 'TOTAL' and summing
 * what the server answers) and SQS/SNS billable requests (one per 64 KiB chunk of payload, as AWS
 * bills them). Works against dynalite and fauxqs, which speak the same protocols as AWS.
 */
import { type AttributeValue, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SNSClient } from '@aws-sdk/client-sns';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { MiddlewareStack } from '@smithy/types';
import { itemKind } from './table-size';

/** DynamoDB operations that accept ReturnConsumedCapacity, and whether they read or write. */
const DYNAMO_CAPACITY_KIND: Readonly<Record<string, 'read' | 'write'>> = {
  GetItemCommand: 'read',
  BatchGetItemCommand: 'read',
  QueryCommand: 'read',
  ScanCommand: 'read',
  TransactGetItemsCommand: 'read',
  PutItemCommand: 'write',
  UpdateItemCommand: 'write',
  DeleteItemCommand: 'write',
  BatchWriteItemCommand: 'write',
  TransactWriteItemsCommand: 'write',
};

/** SQS and SNS bill every 64 KiB chunk of a request's payload as one request. */
const BILLING_CHUNK_BYTES = 64 * 1024;

export interface DynamoUsage {
  requests: number;
  readUnits: number;
  writeUnits: number;
  /** Conditional writes the server refused: AWS still bills them (1 WRU per KB of the item; counted as 1 here). */
  conditionalFailures: number;
  /** Calls whose answer carried no ConsumedCapacity (the emulator did not meter them). */
  unmetered: number;
  byOperation: Record<string, number>;
  /** Write units by the kind of item written (itemKind); a batch write's units split by its items' sizes. */
  writeUnitsByKind: Record<string, number>;
}

export interface MessagingUsage {
  /** API calls made. */
  requests: number;
  /** Billable requests (64 KiB chunks). */
  billableRequests: number;
  byOperation: Record<string, number>;
}

export interface UsageSnapshot {
  dynamodb: DynamoUsage;
  sqs: MessagingUsage;
  sns: MessagingUsage;
}

interface ConsumedCapacityLike {
  CapacityUnits?: number;
  ReadCapacityUnits?: number;
  WriteCapacityUnits?: number;
}

/** Anything with a smithy middleware stack: every AWS SDK v3 client (and lib-dynamodb's document client). */
export interface InstrumentableClient {
  // The stack is generic over each client's own input/output unions; the meter only reads plain fields.
  // biome-ignore lint/suspicious/noExplicitAny: each client's stack has its own input/output types.
  middlewareStack: MiddlewareStack<any, any>;
}

type Service = 'dynamodb' | 'sqs' | 'sns';
const METER_NAME = 'borderTensionUsageMeter';

function emptyMessaging(): MessagingUsage {
  return { requests: 0, billableRequests: 0, byOperation: {} };
}

function byteLength(value: unknown): number {
  return typeof value === 'string' ? Buffer.byteLength(value, 'utf8') : 0;
}

/** Payload bytes of an SQS/SNS call: message bodies sent, or received. */
function payloadBytes(
  command: string,
  input: Record<string, unknown>,
  output: Record<string, unknown>,
): number {
  switch (command) {
    case 'SendMessageCommand':
      return byteLength(input.MessageBody);
    case 'SendMessageBatchCommand':
      return ((input.Entries as { MessageBody?: string }[] | undefined) ?? []).reduce(
        (sum, e) => sum + byteLength(e.MessageBody),
        0,
      );
    case 'ReceiveMessageCommand':
      return ((output.Messages as { Body?: string }[] | undefined) ?? []).reduce(
        (sum, m) => sum + byteLength(m.Body),
        0,
      );
    case 'PublishCommand':
      return byteLength(input.Message);
    case 'PublishBatchCommand':
      return ((input.PublishBatchRequestEntries as { Message?: string }[] | undefined) ?? []).reduce(
        (sum, e) => sum + byteLength(e.Message),
        0,
      );
    default:
      return 0;
  }
}

function capacityUnits(consumed: unknown): number | undefined {
  if (consumed === undefined || consumed === null) return undefined;
  const list = (Array.isArray(consumed) ? consumed : [consumed]) as ConsumedCapacityLike[];
  return list.reduce(
    (sum, c) => sum + (c.CapacityUnits ?? (c.ReadCapacityUnits ?? 0) + (c.WriteCapacityUnits ?? 0)),
    0,
  );
}

type Item = Record<string, AttributeValue>;

type Request = { PutRequest?: { Item: Item }; DeleteRequest?: { Key: Item } };

/** Keys as AttributeValues: the document client's calls may reach the meter before marshalling. */
function asAttributes(item: Record<string, unknown>): Item {
  const key = (value: unknown): AttributeValue =>
    typeof value === 'string' ? { S: value } : (value as AttributeValue);
  return { ...(item as Item), pk: key(item.pk), sk: key(item.sk) };
}

/** The items (or keys) a write call touches: Item or Key, or every request of a batch write. */
function writtenItems(input: Record<string, unknown>): Item[] {
  if (input.Item) return [asAttributes(input.Item as Item)];
  if (input.Key) return [asAttributes(input.Key as Item)];
  const requests = input.RequestItems as Record<string, Request[]> | undefined;
  if (!requests) return [];
  return Object.values(requests).flatMap((list) =>
    list.flatMap((r) =>
      r.PutRequest
        ? [asAttributes(r.PutRequest.Item)]
        : r.DeleteRequest
          ? [asAttributes(r.DeleteRequest.Key)]
          : [],
    ),
  );
}

export class UsageMeter {
  private dynamo: DynamoUsage = this.emptyDynamo();
  private sqs: MessagingUsage = emptyMessaging();
  private sns: MessagingUsage = emptyMessaging();

  private emptyDynamo(): DynamoUsage {
    return {
      requests: 0,
      readUnits: 0,
      writeUnits: 0,
      conditionalFailures: 0,
      unmetered: 0,
      byOperation: {},
      writeUnitsByKind: {},
    };
  }

  /** Start counting a client's calls; instrumenting the same client twice is a no-op. */
  instrument(client: InstrumentableClient, service: Service): void {
    const stack = client.middlewareStack;
    if (stack.identify().some((name) => name.startsWith(METER_NAME))) return;
    if (service === 'dynamodb') {
      // The flag is a plain top-level field, so it survives lib-dynamodb's marshalling in either order.
      stack.add(
        (next, context) => async (args) => {
          const command = String(context.commandName ?? 'unknown');
          const kind = DYNAMO_CAPACITY_KIND[command];
          const input = args.input as Record<string, unknown>;
          if (kind && input.ReturnConsumedCapacity === undefined) input.ReturnConsumedCapacity = 'TOTAL';
          this.dynamo.requests += 1;
          this.dynamo.byOperation[command] = (this.dynamo.byOperation[command] ?? 0) + 1;
          try {
            const result = await next(args);
            const units = kind
              ? this.addCapacity(kind, (result.output as Record<string, unknown>).ConsumedCapacity)
              : undefined;
            if (kind === 'write' && units !== undefined) this.addWriteKinds(input, units);
            return result;
          } catch (error) {
            if ((error as Error).name === 'ConditionalCheckFailedException') {
              this.dynamo.conditionalFailures += 1;
              this.dynamo.writeUnits += 1;
              this.addWriteKinds(input, 1);
            }
            throw error;
          }
        },
        { step: 'initialize', name: `${METER_NAME}Dynamo`, priority: 'high' },
      );
      return;
    }
    stack.add(
      (next, context) => async (args) => {
        const command = String(context.commandName ?? 'unknown');
        const result = await next(args);
        // Looked up per call: reset() replaces the tallies.
        const usage = service === 'sqs' ? this.sqs : this.sns;
        const bytes = payloadBytes(
          command,
          args.input as Record<string, unknown>,
          result.output as Record<string, unknown>,
        );
        usage.requests += 1;
        usage.billableRequests += Math.max(1, Math.ceil(bytes / BILLING_CHUNK_BYTES));
        usage.byOperation[command] = (usage.byOperation[command] ?? 0) + 1;
        return result;
      },
      { step: 'initialize', name: `${METER_NAME}${service}`, priority: 'high' },
    );
  }

  private addCapacity(kind: 'read' | 'write', consumed: unknown): number | undefined {
    const units = capacityUnits(consumed);
    if (units === undefined) {
      this.dynamo.unmetered += 1;
      return undefined;
    }
    if (kind === 'read') this.dynamo.readUnits += units;
    else this.dynamo.writeUnits += units;
    return units;
  }

  /**
   * Charge a write call's units to the kinds of the items it wrote. A batch reports one total: it is
   * shared by each item's own units (1 per started KB of its JSON, close to DynamoDB's sizing).
   */
  private addWriteKinds(input: Record<string, unknown>, units: number): void {
    const items = writtenItems(input);
    const weights = items.map((item) =>
      Math.max(1, Math.ceil(Buffer.byteLength(JSON.stringify(item)) / 1024)),
    );
    const total = weights.reduce((a, b) => a + b, 0) || 1;
    const byKind = this.dynamo.writeUnitsByKind;
    items.forEach((item, i) => {
      const kind = itemKind(item);
      byKind[kind] = (byKind[kind] ?? 0) + (units * (weights[i] as number)) / total;
    });
  }

  snapshot(): UsageSnapshot {
    return structuredClone({ dynamodb: this.dynamo, sqs: this.sqs, sns: this.sns });
  }

  reset(): void {
    this.dynamo = this.emptyDynamo();
    this.sqs = emptyMessaging();
    this.sns = emptyMessaging();
  }
}

/**
 * Count every call of every client of these classes, including the clients the handler creates
 * for itself at load time: the meter attaches to a client's middleware stack on its first send.
 */
export function meterAllClients(meter: UsageMeter): void {
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

/** The sum of usage snapshots (of several processes), figure by figure. */
export function addUsage(snapshots: readonly UsageSnapshot[]): UsageSnapshot {
  const add = (a: unknown, b: unknown): unknown => {
    if (typeof a === 'number' || typeof b === 'number') return Number(a ?? 0) + Number(b ?? 0);
    const sum: Record<string, unknown> = { ...(a as Record<string, unknown>) };
    for (const [key, value] of Object.entries((b ?? {}) as Record<string, unknown>))
      sum[key] = add(sum[key], value);
    return sum;
  };
  return snapshots.reduce((sum, snapshot) => add(sum, snapshot) as UsageSnapshot);
}
