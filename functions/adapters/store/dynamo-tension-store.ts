/**
 * TensionStore on one DynamoDB table (keys and access patterns: docs/data-model.md).
 * Every write is idempotent under redelivery: deterministic keys, conditional puts, and score
 * points guarded by the dyad revision so an older recomputation never overwrites a newer one.
 */
import { randomUUID } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  BatchWriteCommand,
  type BatchWriteCommandInput,
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  type QueryCommandInput,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { Bucket, DyadPair, ScorePoint } from '../../core/model';
import {
  DEFAULT_TRANSITION_LEASE_MS,
  type LevelTransition,
  type Page,
  type ProcessedArticle,
  type SourceState,
  type StoredEvent,
  type TensionStore,
  type TransitionLease,
  type TransitionState,
} from '../../core/ports/tension-store';
import { eventTime } from '../../core/scoring';

type Item = Record<string, unknown>;
type WriteRequests = NonNullable<BatchWriteCommandInput['RequestItems']>[string];

const DAY_SECONDS = 86_400;
/** How long the processed-article marker lives: longer than any redelivery or replay window. */
const PROCESSED_TTL_DAYS = 400;
const BATCH_SIZE = 25;
const WRITE_CONCURRENCY = 8;

/** Key builders: the only place the key layout is spelled out in code. */
export const KEYS = {
  articleSeen: (id: string) => ({ pk: `ART#${id}`, sk: 'SEEN' }),
  articleProcessed: (id: string) => ({ pk: `ART#${id}`, sk: 'PROCESSED' }),
  source: (id: string) => ({ pk: `SRC#${id}`, sk: 'STATE' }),
  eventsPk: (pair: DyadPair) => `EV#${pair}`,
  event: (e: StoredEvent) => ({
    pk: `EV#${e.pair}`,
    sk: `${new Date(eventTime(e) ?? Date.parse(e.published)).toISOString()}#${e.articleId}#${String(e.index).padStart(4, '0')}`,
  }),
  revision: (pair: DyadPair) => ({ pk: `DYAD#${pair}`, sk: 'REV' }),
  seriesPk: (pair: DyadPair, bucket: Bucket) => `SCORE#${pair}#${bucket}`,
  latestPk: 'LATEST',
  transitionsPk: (pair: DyadPair) => `ALERT#${pair}`,
  transition: (t: LevelTransition) => ({ pk: `ALERT#${t.pair}`, sk: `${t.t}#${t.to}` }),
} as const;

const KEY_ATTRIBUTES = ['pk', 'sk', 'ttl', 'rev'];
/** Bookkeeping attributes of a transition item that are not part of the LevelTransition. */
const TRANSITION_BOOKKEEPING = ['claimedAt', 'state', 'leaseUntil', 'settledAt', 'writeToken'];

export interface DynamoTensionStoreOptions {
  /** Attempts of a batch write before giving up on UnprocessedItems. @default 8 */
  maxAttempts?: number;
  /** Base of the exponential backoff (full jitter). @default 50 */
  baseDelayMs?: number;
  /** Upper bound of one backoff delay. @default 2000 */
  maxDelayMs?: number;
  /** Clock, for TTL checks. */
  now?: () => Date;
}

/** Thrown when DynamoDB keeps returning UnprocessedItems after every retry. */
export class UnprocessedItemsError extends Error {
  override readonly name = 'UnprocessedItemsError';
  constructor(readonly remaining: number) {
    super(
      `${remaining} items still unprocessed after retries (throttled); nothing was lost, retry the message`,
    );
  }
}

function isConditionFailure(error: unknown): boolean {
  return (
    error instanceof ConditionalCheckFailedException ||
    (error as { name?: string } | null)?.name === 'ConditionalCheckFailedException'
  );
}

/** Plain JSON data without undefined values (DynamoDB rejects them). */
function clean<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function stripKeys<T>(item: Item): T {
  const copy: Item = { ...item };
  for (const key of KEY_ATTRIBUTES) delete copy[key];
  return copy as T;
}

function encodeCursor(key: Item): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

function decodeCursor(cursor: string, pk: string): Item {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new RangeError('invalid cursor: not one this API returned');
  }
  const item = key as Item | null;
  if (!item || typeof item !== 'object' || item.pk !== pk || typeof item.sk !== 'string') {
    throw new RangeError('invalid cursor: not one this API returned for this series');
  }
  return { pk: item.pk, sk: item.sk };
}

/** Run tasks with at most `limit` in flight. */
async function inParallel<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>) {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await task(item);
    }
  });
  await Promise.all(workers);
}

export class DynamoTensionStore implements TensionStore {
  private readonly maxAttempts: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly now: () => Date;

  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
    options: DynamoTensionStoreOptions = {},
  ) {
    this.maxAttempts = options.maxAttempts ?? 8;
    this.baseDelayMs = options.baseDelayMs ?? 50;
    this.maxDelayMs = options.maxDelayMs ?? 2000;
    this.now = options.now ?? (() => new Date());
  }

  // Ingestion

  async markArticleSeen(articleId: string, ttlDays: number): Promise<boolean> {
    const nowSeconds = Math.floor(this.now().getTime() / 1000);
    return this.putIfAbsentOwned(
      {
        ...KEYS.articleSeen(articleId),
        seenAt: this.now().toISOString(),
        ttl: nowSeconds + ttlDays * DAY_SECONDS,
      },
      // An expired record that TTL has not deleted yet no longer counts as seen.
      {
        condition: 'attribute_not_exists(pk) OR #ttl < :now',
        names: { '#ttl': 'ttl' },
        values: { ':now': nowSeconds },
      },
    );
  }

  async getSourceState(sourceId: string): Promise<SourceState | undefined> {
    const { Item } = await this.doc.send(
      new GetCommand({ TableName: this.tableName, Key: KEYS.source(sourceId) }),
    );
    return Item ? stripKeys<SourceState>(Item) : undefined;
  }

  async putSourceState(sourceId: string, state: SourceState): Promise<void> {
    await this.doc.send(
      new PutCommand({ TableName: this.tableName, Item: clean({ ...state, ...KEYS.source(sourceId) }) }),
    );
  }

  async forgetArticleSeen(articleId: string): Promise<void> {
    await this.doc.send(new DeleteCommand({ TableName: this.tableName, Key: KEYS.articleSeen(articleId) }));
  }

  // Scoring

  async putArticleEvents(
    article: { id: string; published: string },
    events: StoredEvent[],
  ): Promise<DyadPair[]> {
    const byKey = new Map<string, Item>();
    for (const event of events) {
      if (event.articleId !== article.id) {
        throw new RangeError(`event ${event.index} belongs to article ${event.articleId}, not ${article.id}`);
      }
      const key = KEYS.event(event);
      byKey.set(`${key.pk}|${key.sk}`, clean({ ...event, ...key }));
    }
    // Deterministic keys: a redelivered article overwrites its own events with the same values.
    await this.batchPut([...byKey.values()]);
    return [...new Set(events.map((e) => e.pair))].sort();
  }

  async markArticleProcessed(articleId: string, summary: ProcessedArticle): Promise<void> {
    const ttl = Math.floor(this.now().getTime() / 1000) + PROCESSED_TTL_DAYS * DAY_SECONDS;
    // A plain put: a second marker (a concurrent duplicate scorer) says the same thing.
    await this.doc.send(
      new PutCommand({
        TableName: this.tableName,
        Item: clean({
          ...KEYS.articleProcessed(articleId),
          published: summary.published,
          pairs: summary.pairs,
          events: summary.events,
          processedAt: this.now().toISOString(),
          ttl,
        }),
      }),
    );
  }

  async isArticleProcessed(articleId: string): Promise<boolean> {
    const { Item } = await this.doc.send(
      new GetCommand({
        TableName: this.tableName,
        Key: KEYS.articleProcessed(articleId),
        ConsistentRead: true,
      }),
    );
    return Item !== undefined;
  }

  async bumpDyadRevision(pair: DyadPair): Promise<number> {
    // ADD is right here: the revision only orders recomputations, a re-applied bump is harmless.
    const { Attributes } = await this.doc.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: KEYS.revision(pair),
        UpdateExpression: 'ADD rev :one',
        ExpressionAttributeValues: { ':one': 1 },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    return Number(Attributes?.rev);
  }

  async queryEvents(pair: DyadPair, fromIso: string, toIso: string): Promise<StoredEvent[]> {
    const items = await this.queryAll({
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':pk': KEYS.eventsPk(pair), ':from': fromIso, ':to': toIso },
      ConsistentRead: true,
    });
    // BETWEEN is inclusive; keys are "<time>#...", so a key at exactly `to` sorts after it anyway.
    return items.map((item) => stripKeys<StoredEvent>(item));
  }

  async putScorePoints(points: ScorePoint[], revision: number): Promise<void> {
    await inParallel(points, WRITE_CONCURRENCY, async (point) => {
      await this.putIfNotNewer(
        { ...clean(point), pk: KEYS.seriesPk(point.pair, point.bucket), sk: point.t },
        revision,
      );
    });
    // The latest item of each dyad: its newest hourly point (daily when no hourly was written).
    const latest = new Map<DyadPair, ScorePoint>();
    for (const point of points) {
      const kept = latest.get(point.pair);
      const better =
        !kept ||
        (point.bucket === 'hour' && kept.bucket === 'day') ||
        (point.bucket === kept.bucket && point.t > kept.t);
      if (better) latest.set(point.pair, point);
    }
    // Guarded by time first: a backfilled old window (with a newer revision) must not replace a
    // newer latest point; at the same time, the newer revision wins as for series points.
    for (const point of latest.values()) {
      await this.putIfAbsent(
        { ...clean(point), pk: KEYS.latestPk, sk: point.pair, rev: revision },
        {
          condition: 'attribute_not_exists(pk) OR #t < :t OR (#t = :t AND rev <= :rev)',
          names: { '#t': 't' },
          values: { ':t': point.t, ':rev': revision },
        },
      );
    }
  }

  async claimTransition(transition: LevelTransition, lease: TransitionLease = {}): Promise<boolean> {
    const now = lease.now ?? this.now();
    const leaseUntil = new Date(now.getTime() + (lease.leaseMs ?? DEFAULT_TRANSITION_LEASE_MS)).toISOString();
    // New, or still pending after its lease ran out (the scorer holding it died before publishing).
    return this.putIfAbsentOwned(
      {
        ...clean(transition),
        ...KEYS.transition(transition),
        state: 'pending' satisfies TransitionState,
        leaseUntil,
        claimedAt: now.toISOString(),
        ...(lease.holder ? { holder: lease.holder } : {}),
      },
      {
        condition: 'attribute_not_exists(pk) OR (#state = :pending AND leaseUntil < :now)',
        names: { '#state': 'state' },
        values: { ':pending': 'pending', ':now': now.toISOString() },
      },
    );
  }

  async getTransitionState(transition: LevelTransition): Promise<TransitionState | undefined> {
    const { Item } = await this.doc.send(
      new GetCommand({ TableName: this.tableName, Key: KEYS.transition(transition), ConsistentRead: true }),
    );
    if (!Item) return undefined;
    // Items recorded before claims had a state were published when claimed.
    return (Item.state as TransitionState | undefined) ?? 'sent';
  }

  async transitionHolder(transition: LevelTransition): Promise<string | undefined> {
    const { Item } = await this.doc.send(
      new GetCommand({ TableName: this.tableName, Key: KEYS.transition(transition), ConsistentRead: true }),
    );
    return Item?.holder as string | undefined;
  }

  async settleTransition(
    transition: LevelTransition,
    state: Exclude<TransitionState, 'pending'>,
  ): Promise<void> {
    await this.doc.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: KEYS.transition(transition),
        UpdateExpression: 'SET #state = :state, settledAt = :at REMOVE leaseUntil',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: { ':state': state, ':at': this.now().toISOString() },
      }),
    );
  }

  // Reading

  async listLatest(): Promise<ScorePoint[]> {
    const items = await this.queryAll({
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': KEYS.latestPk },
    });
    return items
      .map((item) => stripKeys<ScorePoint>(item))
      .sort((a, b) => b.score - a.score || (a.pair < b.pair ? -1 : 1));
  }

  async getLatest(pair: DyadPair): Promise<ScorePoint | undefined> {
    const { Item } = await this.doc.send(
      new GetCommand({ TableName: this.tableName, Key: { pk: KEYS.latestPk, sk: pair } }),
    );
    return Item ? stripKeys<ScorePoint>(Item) : undefined;
  }

  async querySeries(
    pair: DyadPair,
    bucket: Bucket,
    fromIso: string,
    toIso: string,
    options: { limit?: number; cursor?: string } = {},
  ): Promise<Page<ScorePoint>> {
    const pk = KEYS.seriesPk(pair, bucket);
    const limit = options.limit ?? 1000;
    if (!Number.isInteger(limit) || limit < 1)
      throw new RangeError(`limit must be a positive integer: ${limit}`);
    const items: Item[] = [];
    let startKey = options.cursor ? decodeCursor(options.cursor, pk) : undefined;
    // A page may come back short (1 MB limit); keep reading until `limit` items or the end.
    do {
      const page = await this.doc.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
          ExpressionAttributeValues: { ':pk': pk, ':from': fromIso, ':to': toIso },
          Limit: limit - items.length,
          ExclusiveStartKey: startKey,
        }),
      );
      items.push(...(page.Items ?? []).filter((item) => String(item.sk) < toIso));
      startKey = page.LastEvaluatedKey;
    } while (startKey && items.length < limit);
    const last = items[items.length - 1];
    const next = startKey && last ? encodeCursor({ pk, sk: last.sk }) : undefined;
    return { items: items.map((item) => stripKeys<ScorePoint>(item)), ...(next ? { next } : {}) };
  }

  async listTransitions(pair: DyadPair, limit = 50): Promise<LevelTransition[]> {
    const { Items } = await this.doc.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': KEYS.transitionsPk(pair) },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return (Items ?? []).map((item) => {
      const transition = stripKeys<Item>(item);
      for (const key of TRANSITION_BOOKKEEPING) delete transition[key];
      return transition as unknown as LevelTransition;
    });
  }

  // Plumbing

  private async putIfAbsent(
    item: Item,
    condition: { condition: string; names?: Record<string, string>; values?: Item } = {
      condition: 'attribute_not_exists(pk)',
    },
  ): Promise<boolean> {
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: item,
          ConditionExpression: condition.condition,
          ExpressionAttributeNames: condition.names,
          ExpressionAttributeValues: condition.values,
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  /**
   * A conditional put that tells "this call wrote it" from "it was already there" even when the SDK
   * retried it: an attempt whose response was lost (timeout) may have been applied, and the retry
   * then fails the condition against our own write. Each call writes a fresh token; on a failed
   * condition the item's token says whose write it is (returned with the failure by DynamoDB, read
   * back when an emulator does not return it).
   */
  private async putIfAbsentOwned(
    item: Item,
    condition: { condition: string; names?: Record<string, string>; values?: Item },
  ): Promise<boolean> {
    const writeToken = randomUUID();
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...item, writeToken },
          ConditionExpression: condition.condition,
          ExpressionAttributeNames: condition.names,
          ExpressionAttributeValues: condition.values,
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return true;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const returned = (error as { Item?: Record<string, { S?: string }> }).Item;
      if (returned) return returned.writeToken?.S === writeToken;
      const { Item: held } = await this.doc.send(
        new GetCommand({
          TableName: this.tableName,
          Key: { pk: item.pk, sk: item.sk },
          ConsistentRead: true,
        }),
      );
      return held?.writeToken === writeToken;
    }
  }

  /** Put unless the item was written by a newer revision; true when written. */
  private async putIfNotNewer(item: Item, revision: number): Promise<boolean> {
    return this.putIfAbsent(
      { ...item, rev: revision },
      { condition: 'attribute_not_exists(rev) OR rev <= :rev', values: { ':rev': revision } },
    );
  }

  private async queryAll(input: QueryCommandInput): Promise<Item[]> {
    const items: Item[] = [];
    let startKey: Item | undefined;
    do {
      const page = await this.doc.send(new QueryCommand({ ...input, ExclusiveStartKey: startKey }));
      items.push(...(page.Items ?? []));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return items;
  }

  /** BatchWrite in chunks of 25, retrying UnprocessedItems with exponential backoff and full jitter. */
  private async batchPut(items: Item[]): Promise<void> {
    for (let i = 0; i < items.length; i += BATCH_SIZE) {
      let pending: WriteRequests = items.slice(i, i + BATCH_SIZE).map((Item) => ({ PutRequest: { Item } }));
      for (let attempt = 0; pending.length > 0; attempt++) {
        if (attempt >= this.maxAttempts) throw new UnprocessedItemsError(pending.length);
        if (attempt > 0) {
          const ceiling = Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** attempt);
          await new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
        }
        const result = await this.doc.send(
          new BatchWriteCommand({ RequestItems: { [this.tableName]: pending } }),
        );
        pending = result.UnprocessedItems?.[this.tableName] ?? [];
      }
    }
  }
}
