/**
 * TensionStore on one DynamoDB table (keys and access patterns: docs/data-model.md).
 * Every write is idempotent under redelivery: deterministic keys (an event stored twice, in two
 * batches' chunks, is read once), conditional puts, and series days guarded by the dyad revision
 * so an older recomputation never overwrites a newer one. Item layouts (compact, since writes are
 * billed per kilobyte) are in item-codecs.ts.
 */
import { createHash, randomUUID } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
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
import { groupBy, RecentlyUsed } from '../../core/collections';
import { inParallel } from '../../core/concurrency';
import type { Bucket, DyadPair, Evidence, Level, ScorePoint } from '../../core/model';
import {
  type ArticleEvents,
  DEFAULT_TRANSITION_LEASE_MS,
  type HourToRead,
  type LevelTransition,
  type Page,
  type RecordedTransition,
  type ScoreWrite,
  type SourceState,
  type StoredEvent,
  type TensionStore,
  type TransitionLease,
  type TransitionState,
} from '../../core/ports/tension-store';
import { coverageRecords, evidenceSentence, floorTo } from '../../core/scoring';
import type { EventItem, EventReadCache } from './event-read-cache';
import { eventsInRange } from './events-in-range';
import {
  decodeEventsItem,
  decodeEventTexts,
  decodePoint,
  decodeSeriesDay,
  type EventText,
  encodeEventChunk,
  encodePoint,
  groupByDyadDay,
  mergeSeriesDay,
  packText,
  parseTextRef,
  type SeriesDay,
  unpackText,
} from './item-codecs';
import {
  ANNOUNCEMENT_HISTORY,
  type Announcement,
  announcedPrefix,
  announcingUpdate,
  itemsNotSettled,
  readAnnouncements,
} from './revision-announcements';

type Item = Record<string, unknown>;
type WriteRequests = NonNullable<BatchWriteCommandInput['RequestItems']>[string];

const DAY_SECONDS = 86_400;
const BATCH_SIZE = 25;
const GET_BATCH_SIZE = 100;
/** Texts items a store keeps (about a kilobyte each): a dyad's evidence mostly comes from its latest news. */
const MAX_KEPT_TEXTS = 2_000;
const WRITE_CONCURRENCY = 8;
/**
 * Days up to today whose event items a look-back reads strongly consistent, when the revision
 * allows the rest to be read eventually (see readLookBack): yesterday and today, where a batch's
 * news goes.
 */
export const CONSISTENT_READ_DAYS = 2;
/** The first day (its start, ISO 8601) of the CONSISTENT_READ_DAYS up to the one holding `now` (epoch ms). */
export function consistentReadFrom(now: number): string {
  return new Date(floorTo(now, 'day') - (CONSISTENT_READ_DAYS - 1) * DAY_SECONDS * 1000).toISOString();
}
/** Days before the asked-for start a read kept in an EventReadCache starts from. */
const CACHE_READ_AHEAD_DAYS = 14;

/** Key builders: the only place the key layout is spelled out in code. */
export const KEYS = {
  articleSeen: (id: string) => ({ pk: `ART#${id}`, sk: 'SEEN' }),
  source: (id: string) => ({ pk: `SRC#${id}`, sk: 'STATE' }),
  eventsPk: (pair: DyadPair) => `EV#${pair}`,
  /** One item per dyad, day and set of articles stored together: "<day start>#<chunk id>". */
  eventChunk: (pair: DyadPair, dayStartIso: string, chunkId: string) => ({
    pk: `EV#${pair}`,
    sk: `${dayStartIso}#${chunkId}`,
  }),
  /** The texts of the events chunk stored under the same sort key (see encodeEventChunk). */
  eventTexts: (pair: DyadPair, sk: string) => ({ pk: `TXT#${pair}`, sk }),
  revision: (pair: DyadPair) => ({ pk: `DYAD#${pair}`, sk: 'REV' }),
  /** One item per dyad and day: the daily point and the day's hourly values. */
  seriesPk: (pair: DyadPair) => `SERIES#${pair}`,
  seriesDay: (pair: DyadPair, dayStartIso: string) => ({ pk: `SERIES#${pair}`, sk: dayStartIso }),
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
  /**
   * Keep the event items read and stored, to serve a dyad's next rescore without reading them
   * again when no other scorer has stored any since (see EventReadCache). The scorer's store has
   * one per container; without it every rescore reads its look-back from the table.
   */
  eventCache?: EventReadCache;
  /**
   * Told of damage the store works around instead of failing: a texts item missing from the table
   * (deleted by hand, or a partial restore). Its events' evidence is shown without text, rather
   * than every later rescore of the dyad failing. The scorer logs it.
   */
  warn?: (message: string, details: Record<string, unknown>) => void;
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

function decodeCursor(cursor: string, pk: string): string {
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
  return item.sk;
}

/** Encoded events per item, well under DynamoDB's 400 KB item limit. */
const MAX_EVENTS_BYTES = 100_000;

/** Split one dyad-day's events into parts that each fit one item (in order, deterministic). */
function splitEvents(events: readonly StoredEvent[]): StoredEvent[][] {
  const parts: StoredEvent[][] = [[]];
  let bytes = 0;
  for (const event of events) {
    const size = Buffer.byteLength(JSON.stringify(event));
    const current = parts[parts.length - 1] as StoredEvent[];
    if (current.length > 0 && bytes + size > MAX_EVENTS_BYTES) {
      parts.push([event]);
      bytes = size;
    } else {
      current.push(event);
      bytes += size;
    }
  }
  return parts;
}

/**
 * Id of a chunk of these articles: 128 bits of the SHA-256 of their ids, so that no other set of
 * articles (article ids come from feed URLs) can take its key and overwrite it.
 */
function chunkId(articleIds: readonly string[]): string {
  return createHash('sha256').update(articleIds.join('|')).digest('base64url').slice(0, 22);
}

/**
 * Chunk items of events grouped by dyad and day (groupByDyadDay). A chunk's key names its
 * articles (chunkId), so storing the same articles again writes the same items.
 */
function chunkItems(
  byDyadDay: ReadonlyMap<string, readonly StoredEvent[]>,
  writtenAt: number,
  /** Coverage records (filed under their publication day): flagged, keyed apart from events. */
  coverage = false,
): ChunkItems[] {
  const items: ChunkItems[] = [];
  for (const [dyadDay, group] of byDyadDay) {
    const day = dyadDay.slice(dyadDay.indexOf('|') + 1);
    const ordered = [...group].sort((a, b) =>
      a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.index - b.index,
    );
    splitEvents(ordered).forEach((part, n) => {
      const first = part[0] as StoredEvent;
      const ids = [...new Set(part.map((event) => event.articleId))];
      const key = KEYS.eventChunk(first.pair, day, `${chunkId(ids)}${n === 0 ? '' : `#${n}`}`);
      const sk = coverage ? `${key.sk}#coverage` : key.sk;
      const { texts, ...chunk } = encodeEventChunk(part);
      items.push({
        events: { ...chunk, pk: key.pk, sk, at: writtenAt, ...(coverage ? { coverage: true } : {}) },
        texts: { ...KEYS.eventTexts(first.pair, sk), texts },
      });
    });
  }
  return items;
}

/** The two items of one events chunk: its events (`EV#`) and their texts (`TXT#`). */
interface ChunkItems {
  events: Item;
  texts: Item;
}

/** A stored series day as read: its revision and its two encoded buckets. */
interface StoredDay extends SeriesDay {
  rev: number;
}

function storedDay(item: Item): StoredDay {
  return {
    rev: Number(item.rev ?? 0),
    d: unpackText(item.d),
    h: unpackText(item.h),
  };
}

/** The start of the day holding an instant, as the series items' sort key. */
function dayOf(t: string): string {
  return new Date(floorTo(Date.parse(t), 'day')).toISOString();
}

/** The items a batch's articles are stored in: their events by dyad and day, and their coverage records. */
function articleItems(articles: readonly ArticleEvents[], writtenAt: number): ChunkItems[] {
  const events = articles.flatMap((article) => article.events);
  const coverage = articles.flatMap((article) => coverageRecords(article.events));
  return [
    ...chunkItems(groupByDyadDay(events), writtenAt),
    ...chunkItems(
      groupByDyadDay(coverage, (event) => dayOf(event.published)),
      writtenAt,
      true,
    ),
  ];
}

/**
 * The `EV#` items a batch's articles are stored in, decoded as a read of the table returns them
 * (what a scorer keeps): the benchmarks build a warm scorer's kept items with it.
 */
export function storedEventItems(articles: readonly ArticleEvents[], writtenAt: number): EventItem[] {
  return articleItems(articles, writtenAt).map((chunk) => eventItem(chunk.events));
}

/** A texts item's key as one string. */
function textsId(key: Item): string {
  return `${String(key.pk)} ${String(key.sk)}`;
}

/** An item of the `EV#` partition, decoded. */
function eventItem(item: Item): EventItem {
  return {
    sk: String(item.sk),
    writtenAt: typeof item.at === 'number' ? item.at : 0,
    coverage: item.coverage === true,
    events: decodeEventsItem(item),
  };
}

function latestPoint(item: Item): ScorePoint {
  return decodePoint(unpackText(item.p) ?? 'null');
}

export class DynamoTensionStore implements TensionStore {
  private readonly maxAttempts: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly now: () => Date;
  private readonly eventCache: EventReadCache | undefined;
  private readonly warn: (message: string, details: Record<string, unknown>) => void;
  /** Texts items read or written, by textsId: evidence comes again and again from the same news. */
  private readonly texts = new RecentlyUsed<string, Item>(MAX_KEPT_TEXTS);
  /** This store's name in the announcements on revision items (see bumpDyadRevision). */
  private readonly announcer = randomUUID().slice(0, 8);
  /** By dyad, the items (their announced sort-key prefixes) this store stored and has not announced yet. */
  private readonly unannounced = new Map<DyadPair, Set<string>>();
  /** By dyad, this store's latest announcements, oldest first. */
  private readonly announced = new Map<DyadPair, Announcement[]>();
  /** By dyad, other stores whose announcements are old enough to remove at the next revision. */
  private readonly staleAnnouncers = new Map<DyadPair, string[]>();
  /**
   * By dyad, what the look-back read after the revision this store took last must read consistently
   * (itemsNotSettled): null when all of it.
   */
  private readonly unsettled = new Map<DyadPair, string[] | null>();

  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
    options: DynamoTensionStoreOptions = {},
  ) {
    this.maxAttempts = options.maxAttempts ?? 8;
    this.baseDelayMs = options.baseDelayMs ?? 50;
    this.maxDelayMs = options.maxDelayMs ?? 2000;
    this.now = options.now ?? (() => new Date());
    this.eventCache = options.eventCache;
    this.warn = options.warn ?? (() => {});
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

  async putArticleEvents(articles: readonly ArticleEvents[]): Promise<void> {
    for (const article of articles) {
      for (const event of article.events) {
        if (event.articleId !== article.id) {
          throw new RangeError(
            `event ${event.index} belongs to article ${event.articleId}, not ${article.id}`,
          );
        }
      }
    }
    const chunks = articleItems(articles, this.now().getTime());
    // Texts first: a reader that finds an events item then finds its texts.
    await this.batchPut(chunks.map((chunk) => chunk.texts));
    const items = chunks.map((chunk) => chunk.events);
    await this.batchPut(items);
    for (const chunk of chunks) this.texts.set(textsId(chunk.texts), chunk.texts);
    for (const item of items) {
      const pair = String(item.pair);
      const prefixes = this.unannounced.get(pair) ?? new Set<string>();
      prefixes.add(announcedPrefix(String(item.sk)));
      this.unannounced.set(pair, prefixes);
    }
    if (this.eventCache) {
      // Decoded from what was written, not taken from `events`: kept items are then exactly what a
      // read of the table returns (defaults restored, one object shape), at an inflate per chunk.
      for (const [pair, written] of groupBy(items, (item) => String(item.pair))) {
        this.eventCache.stored(pair, written.map(eventItem));
      }
    }
  }

  /**
   * Take the dyad's next revision, and announce with it the event items this store stored since it
   * last announced (revision-announcements.ts): a container that kept the dyad's items then reads
   * those items, not its whole look-back.
   */
  async bumpDyadRevision(pair: DyadPair): Promise<number> {
    const stored = this.unannounced.get(pair) ?? new Set<string>();
    this.unannounced.delete(pair);
    const earlier = this.announced.get(pair) ?? [];
    const takenAt = this.now().getTime();
    let attributes: Item;
    try {
      // Re-applied after a lost response, a bump only takes one more revision (harmless: revisions
      // only order recomputations); that revision is then not in this store's history.
      const { Attributes } = await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: KEYS.revision(pair),
          ...announcingUpdate(this.announcer, stored, earlier, this.staleAnnouncers.get(pair) ?? [], takenAt),
          ReturnValues: 'ALL_NEW',
        }),
      );
      attributes = Attributes ?? {};
    } catch (error) {
      // Not announced: the next revision announces these items.
      this.unannounced.set(pair, new Set([...stored, ...(this.unannounced.get(pair) ?? [])]));
      throw error;
    }
    const rev = Number(attributes.rev);
    this.announced.set(
      pair,
      [...earlier, { rev, items: [...stored], at: takenAt }].slice(-ANNOUNCEMENT_HISTORY),
    );
    const { announced, takenAt: taken, stale } = readAnnouncements(attributes, this.announcer, rev);
    this.staleAnnouncers.set(pair, stale);
    this.unsettled.set(pair, itemsNotSettled(announced, taken, rev, takenAt));
    const refresh = this.eventCache?.revision(pair, rev, announced);
    if (refresh && this.eventCache) {
      const items: EventItem[] = [];
      await inParallel(refresh, WRITE_CONCURRENCY, async (prefix) => {
        const found = await this.queryAll({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': KEYS.eventsPk(pair), ':prefix': prefix },
          ConsistentRead: true,
        });
        for (const item of found) items.push(eventItem(item));
      });
      this.eventCache.refreshed(pair, rev, items);
    }
    return rev;
  }

  async queryEvents(pair: DyadPair, fromIso: string, toIso: string): Promise<StoredEvent[]> {
    const from = Date.parse(fromIso);
    const to = Date.parse(toIso);
    const fromDay = new Date(floorTo(from, 'day')).toISOString();
    // What the revision taken last allows holds for the read that follows it, not for later ones.
    const unsettled = this.unsettled.get(pair) ?? null;
    this.unsettled.delete(pair);
    const items =
      this.eventCache?.read(pair, fromDay) ?? (await this.readEventItems(pair, fromDay, toIso, unsettled));
    return eventsInRange(items, from, to);
  }

  async completeEvidence(points: readonly ScorePoint[]): Promise<ScorePoint[]> {
    const wanted = new Map<string, Item>();
    for (const point of points) {
      for (const { textRef } of point.evidence) {
        if (textRef === undefined) continue;
        const key = KEYS.eventTexts(point.pair, parseTextRef(textRef).sk);
        wanted.set(textsId(key), key);
      }
    }
    if (wanted.size === 0) return [...points];
    const found = new Map<string, Item>();
    const missing: Item[] = [];
    for (const [id, key] of wanted) {
      const kept = this.texts.get(id);
      if (kept) found.set(id, kept);
      else missing.push(key);
    }
    // A texts item never changes once its events item is readable (a rewrite under its key holds
    // the same articles), so an eventually consistent read, at half the read units, finds it
    // unless it was written a moment ago: those are read again consistently.
    for (const consistent of [false, true]) {
      if (missing.length === 0) break;
      for (const item of await this.batchGet(missing, consistent)) {
        found.set(textsId(item), item);
        this.texts.set(textsId(item), item);
      }
      missing.splice(0, missing.length, ...missing.filter((key) => !found.has(textsId(key))));
    }
    const decoded = new Map<string, EventText[]>();
    const complete = (pair: DyadPair, evidence: Evidence): Evidence => {
      const { textRef, ...rest } = evidence;
      if (textRef === undefined) return evidence;
      const { sk, position } = parseTextRef(textRef);
      const id = textsId(KEYS.eventTexts(pair, sk));
      let texts = decoded.get(id);
      if (!texts) {
        const item = found.get(id);
        // Texts are stored before their events item: one missing was deleted from the table.
        texts = item ? decodeEventTexts(item) : [];
        decoded.set(id, texts);
      }
      const text = texts[position];
      if (!text) {
        this.warn('evidence shown without its text: the texts item holding it is missing', {
          item: id,
          position,
          articleId: evidence.articleId,
        });
        return rest;
      }
      return { ...rest, url: text.url, title: text.title, sentence: evidenceSentence(text.sentence) };
    };
    return points.map((point) =>
      point.evidence.some((e) => e.textRef !== undefined)
        ? { ...point, evidence: point.evidence.map((e) => complete(point.pair, e)) }
        : point,
    );
  }

  /**
   * Items are keyed by the day of their events: whole days from `fromIso` (a day start) are read,
   * the caller keeps the events in range. With a cache, every day from CACHE_READ_AHEAD_DAYS
   * earlier on is read, so that what is kept serves any later end and a somewhat earlier start.
   */
  private async readEventItems(
    pair: DyadPair,
    fromIso: string,
    toIso: string,
    unsettled: readonly string[] | null,
  ): Promise<EventItem[]> {
    const cache = this.eventCache;
    const rev = cache?.revisionOf(pair) ?? 0;
    const readAt = this.now().getTime();
    // A batch about older news asks from a little earlier: kept items from further back serve it.
    const fromDay = cache
      ? new Date(Date.parse(fromIso) - CACHE_READ_AHEAD_DAYS * DAY_SECONDS * 1000).toISOString()
      : fromIso;
    const items = (await this.readLookBack(pair, unsettled, fromDay, cache ? undefined : toIso)).map(
      eventItem,
    );
    cache?.install(pair, fromDay, rev, items, readAt);
    return items;
  }

  /**
   * The dyad's event items from `fromDay` up to `toIso` (inclusive; to the end when undefined). Most
   * of a look-back lies in days nobody writes to any more, and an eventually consistent read costs
   * half the read units of a consistent one, but may miss what was written too recently to have
   * reached every copy of the table. So when the revision this store just took names every item
   * stored too recently (`unsettled`, from itemsNotSettled), the days before the earliest of them
   * and before the last CONSISTENT_READ_DAYS are read eventually consistent, and the rest
   * consistently: two queries, never more read units than one consistent query but for its
   * rounding. Otherwise (null) all of it is read consistently.
   */
  private async readLookBack(
    pair: DyadPair,
    unsettled: readonly string[] | null,
    fromDay: string,
    toIso?: string,
  ): Promise<Item[]> {
    const range = (from: string, to: string | undefined, consistent: boolean) =>
      this.queryAll({
        TableName: this.tableName,
        KeyConditionExpression:
          to === undefined ? 'pk = :pk AND sk >= :from' : 'pk = :pk AND sk BETWEEN :from AND :to',
        ExpressionAttributeValues: {
          ':pk': KEYS.eventsPk(pair),
          ':from': from,
          ...(to === undefined ? {} : { ':to': to }),
        },
        ConsistentRead: consistent,
      });
    let settledBefore = consistentReadFrom(this.now().getTime());
    // Announced prefixes start with their item's day start.
    for (const prefix of unsettled ?? []) {
      const day = prefix.slice(0, prefix.indexOf('#'));
      if (day >= fromDay && day < settledBefore) settledBefore = day;
    }
    if (!unsettled || settledBefore <= fromDay) return range(fromDay, toIso, true);
    const olderTo =
      toIso !== undefined && toIso < settledBefore
        ? toIso
        : // Every key of the day before: `<day start>#` and base64url characters.
          `${new Date(Date.parse(settledBefore) - DAY_SECONDS * 1000).toISOString()}#\uffff`;
    const [older, newer] = await Promise.all([
      range(fromDay, olderTo, false),
      toIso === undefined || toIso >= settledBefore ? range(settledBefore, toIso, true) : [],
    ]);
    // Two ranges one after the other: in key order, as one read returns them.
    return [...older, ...newer];
  }

  async putScorePoints(
    points: ScorePoint[],
    revision: number,
    options: { read?: HourToRead } = {},
  ): Promise<ScoreWrite> {
    const write: ScoreWrite = { written: 0, unchanged: 0 };
    for (const [pair, pairPoints] of groupBy(points, (point) => point.pair)) {
      const byDay = groupBy(pairPoints, (point) => dayOf(point.t));
      const days = [...byDay.keys()].sort();
      // What is stored for these days, read once: only days whose content changes are written.
      const stored = new Map<string, StoredDay>();
      for (const item of await this.queryAll({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
        ExpressionAttributeValues: {
          ':pk': KEYS.seriesPk(pair),
          ':from': days[0] as string,
          ':to': days[days.length - 1] as string,
        },
        ConsistentRead: true,
      })) {
        stored.set(String(item.sk), storedDay(item));
      }
      const { read } = options;
      const readDay = read && read.pair === pair ? dayOf(read.t) : undefined;
      if (
        read &&
        readDay !== undefined &&
        readDay >= (days[0] as string) &&
        readDay <= (days[days.length - 1] as string)
      ) {
        const day = stored.get(readDay);
        write.read = (day && decodeSeriesDay(pair, readDay, day, 'hour').find((p) => p.t === read.t)) ?? null;
      }
      await inParallel(days, WRITE_CONCURRENCY, async (day) => {
        const outcome = await this.writeSeriesDay(pair, day, byDay.get(day) ?? [], revision, stored.get(day));
        write[outcome] += 1;
      });
      await this.putLatest(pairPoints, revision);
    }
    return write;
  }

  async recordedTransitions(pair: DyadPair, fromIso: string, toIso: string): Promise<RecordedTransition[]> {
    const items = await this.queryAll({
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':pk': KEYS.transitionsPk(pair), ':from': fromIso, ':to': toIso },
      ConsistentRead: true,
    });
    return items
      .filter((item) => String(item.t) >= fromIso && String(item.t) < toIso)
      .map((item) => ({
        pair: item.pair as DyadPair,
        t: String(item.t),
        from: item.from as Level,
        to: item.to as Level,
        score: Number(item.score),
        trend: Number(item.trend),
        // Items recorded before claims had a state were published when claimed.
        state: (item.state as TransitionState | undefined) ?? 'sent',
        ...(typeof item.holder === 'string' ? { holder: item.holder } : {}),
        ...(typeof item.leaseUntil === 'string' ? { leaseUntil: item.leaseUntil } : {}),
      }));
  }

  async claimTransition(transition: LevelTransition, lease: TransitionLease = {}): Promise<boolean> {
    return this.recordTransition(transition, lease, 'pending');
  }

  async recordSuppressedTransition(
    transition: LevelTransition,
    lease: TransitionLease = {},
  ): Promise<boolean> {
    return this.recordTransition(transition, lease, 'suppressed');
  }

  /**
   * Put a transition as `pending` (a claim, with its lease) or straight as `suppressed`: when it is
   * new, or still pending after its lease ran out (the scorer holding it died before publishing).
   */
  private async recordTransition(
    transition: LevelTransition,
    lease: TransitionLease,
    state: 'pending' | 'suppressed',
  ): Promise<boolean> {
    const now = lease.now ?? this.now();
    const at = now.toISOString();
    const held =
      state === 'pending'
        ? {
            leaseUntil: new Date(
              now.getTime() + (lease.leaseMs ?? DEFAULT_TRANSITION_LEASE_MS),
            ).toISOString(),
            claimedAt: at,
          }
        : { claimedAt: at, settledAt: at };
    return this.putIfAbsentOwned(
      {
        ...clean(transition),
        ...KEYS.transition(transition),
        state: state satisfies TransitionState,
        ...held,
        ...(lease.holder ? { holder: lease.holder } : {}),
      },
      {
        condition: 'attribute_not_exists(pk) OR (#state = :pending AND leaseUntil < :now)',
        names: { '#state': 'state' },
        values: { ':pending': 'pending', ':now': at },
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
      .map((item) => latestPoint(item))
      .sort((a, b) => b.score - a.score || (a.pair < b.pair ? -1 : 1));
  }

  async getLatest(pair: DyadPair): Promise<ScorePoint | undefined> {
    const { Item } = await this.doc.send(
      new GetCommand({ TableName: this.tableName, Key: { pk: KEYS.latestPk, sk: pair } }),
    );
    return Item ? latestPoint(Item) : undefined;
  }

  async querySeries(
    pair: DyadPair,
    bucket: Bucket,
    fromIso: string,
    toIso: string,
    options: { limit?: number; cursor?: string } = {},
  ): Promise<Page<ScorePoint>> {
    const pk = KEYS.seriesPk(pair);
    const limit = options.limit ?? 1000;
    if (!Number.isInteger(limit) || limit < 1)
      throw new RangeError(`limit must be a positive integer: ${limit}`);
    // The cursor is the time of the last point returned: the next page starts after it.
    const after = options.cursor ? decodeCursor(options.cursor, `${pk}#${bucket}`) : undefined;
    const first = after ?? fromIso;
    const perItem = bucket === 'hour' ? 24 : 1;
    const points: ScorePoint[] = [];
    let startKey: Item | undefined;
    // A page may come back short (1 MB limit); keep reading until `limit` points or the end.
    do {
      const page = await this.doc.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
          ExpressionAttributeValues: {
            ':pk': pk,
            ':from': dayOf(first),
            ':to': toIso,
          },
          // Only the bucket asked for: a daily read does not pay for the hours.
          ProjectionExpression: bucket === 'hour' ? 'sk, h' : 'sk, d',
          Limit: Math.ceil((limit - points.length) / perItem) + 1,
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of page.Items ?? []) {
        for (const point of decodeSeriesDay(pair, String(item.sk), storedDay(item), bucket)) {
          if (point.t >= fromIso && point.t < toIso && (after === undefined || point.t > after)) {
            points.push(point);
          }
        }
      }
      startKey = page.LastEvaluatedKey;
    } while (startKey && points.length <= limit);
    const items = points.slice(0, limit);
    const last = items[items.length - 1];
    const more = points.length > limit || startKey !== undefined;
    const next = more && last ? encodeCursor({ pk: `${pk}#${bucket}`, sk: last.t }) : undefined;
    return { items, ...(next ? { next } : {}) };
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

  /**
   * Merge points into one stored day and write it when its content changed. Optimistic: the write
   * holds only if the day is still as read; a day written meanwhile is read again, and one written
   * from a newer revision is left alone.
   */
  private async writeSeriesDay(
    pair: DyadPair,
    day: string,
    points: readonly ScorePoint[],
    revision: number,
    read: StoredDay | undefined,
  ): Promise<'written' | 'unchanged'> {
    let stored = read;
    for (let attempt = 0; attempt < this.maxAttempts; attempt++) {
      if (stored && stored.rev > revision) return 'unchanged';
      const next = mergeSeriesDay(stored, day, points);
      if (stored && next.d === stored.d && next.h === stored.h) return 'unchanged';
      const written = await this.putIfAbsent(
        {
          ...KEYS.seriesDay(pair, day),
          ...(next.d === null ? {} : { d: packText(next.d) }),
          ...(next.h === null ? {} : { h: packText(next.h) }),
          rev: revision,
        },
        stored
          ? { condition: 'rev = :read', values: { ':read': stored.rev } }
          : { condition: 'attribute_not_exists(pk)' },
      );
      if (written) return 'written';
      const { Item } = await this.doc.send(
        new GetCommand({ TableName: this.tableName, Key: KEYS.seriesDay(pair, day), ConsistentRead: true }),
      );
      stored = Item ? storedDay(Item) : undefined;
    }
    throw new Error(`series day ${pair} ${day} kept changing under revision ${revision}; retry the message`);
  }

  /**
   * The latest item of a dyad: its newest hourly point (daily when no hourly was written), written
   * when it changed. Guarded by time first: a backfilled old window (with a newer revision) must
   * not replace a newer latest point; at the same time, the newer revision wins as for series days.
   */
  private async putLatest(points: readonly ScorePoint[], revision: number): Promise<void> {
    let latest: ScorePoint | undefined;
    for (const point of points) {
      const better =
        !latest ||
        (point.bucket === 'hour' && latest.bucket === 'day') ||
        (point.bucket === latest.bucket && point.t > latest.t);
      if (better) latest = point;
    }
    if (!latest) return;
    const body = encodePoint(latest);
    const { Item } = await this.doc.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { pk: KEYS.latestPk, sk: latest.pair },
        ConsistentRead: true,
      }),
    );
    if (Item && (String(Item.t) > latest.t || unpackText(Item.p) === body)) return;
    await this.putIfAbsent(
      { pk: KEYS.latestPk, sk: latest.pair, t: latest.t, rev: revision, p: packText(body) },
      {
        condition: 'attribute_not_exists(pk) OR #t < :t OR (#t = :t AND rev <= :rev)',
        names: { '#t': 't' },
        values: { ':t': latest.t, ':rev': revision },
      },
    );
  }

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
    const batches: Item[][] = [];
    for (let i = 0; i < items.length; i += BATCH_SIZE) batches.push(items.slice(i, i + BATCH_SIZE));
    // A batch of articles on many dyads and days writes many chunks: their calls overlap.
    await inParallel(batches, WRITE_CONCURRENCY, async (batch) => {
      await this.untilProcessed(
        batch.map((Item) => ({ PutRequest: { Item } })),
        async (pending: WriteRequests) => {
          const result = await this.doc.send(
            new BatchWriteCommand({ RequestItems: { [this.tableName]: pending } }),
          );
          return result.UnprocessedItems?.[this.tableName] ?? [];
        },
      );
    });
  }

  /** BatchGet in chunks of 100, retrying UnprocessedKeys like batchPut. */
  private async batchGet(keys: readonly Item[], consistent: boolean): Promise<Item[]> {
    const found: Item[] = [];
    for (let i = 0; i < keys.length; i += GET_BATCH_SIZE) {
      await this.untilProcessed(keys.slice(i, i + GET_BATCH_SIZE), async (pending: Item[]) => {
        const result = await this.doc.send(
          new BatchGetCommand({
            RequestItems: { [this.tableName]: { Keys: pending, ConsistentRead: consistent } },
          }),
        );
        found.push(...(result.Responses?.[this.tableName] ?? []));
        return result.UnprocessedKeys?.[this.tableName]?.Keys ?? [];
      });
    }
    return found;
  }

  /** Send `requests`, then what the call left unprocessed, with exponential backoff and full jitter. */
  private async untilProcessed<T>(requests: T[], send: (pending: T[]) => Promise<T[]>): Promise<void> {
    let pending = requests;
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt >= this.maxAttempts) throw new UnprocessedItemsError(pending.length);
      if (attempt > 0) {
        const ceiling = Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** attempt);
        await new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
      }
      pending = await send(pending);
    }
  }
}
