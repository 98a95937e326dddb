/**
 * DynamoTensionStore with an EventReadCache, against dynalite: two scorer containers (each its own
 * store and cache) store and read one dyad in a random order, and every read must equal a read of
 * the table by a store without a cache.
 */
import { DynamoDBDocumentClient, GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoTensionStore, KEYS } from '../../../functions/adapters/store/dynamo-tension-store';
import { EventReadCache } from '../../../functions/adapters/store/event-read-cache';
import {
  ANNOUNCEMENT_KEEP_REVISIONS,
  SETTLED_AFTER_MS,
} from '../../../functions/adapters/store/revision-announcements';
import type { StoredEvent } from '../../../functions/core/ports/tension-store';
import { storedEvent } from '../../core/scoring/events';
import { startTestTable, type TestTable } from './dynalite';

const PAIR = 'KGZ-TJK';
const DAY_MS = 86_400_000;

/** A container: its store and cache, and how many times it queried the events partition. */
interface Container {
  store: DynamoTensionStore;
  cache: EventReadCache;
  /** Reads of a look-back. */
  eventQueries: () => number;
  /** Reads of items other scorers announced (of one day, or stored too recently to be read eventually). */
  dayQueries: () => number;
  /** The queries of the events partition it made, as sent. */
  sent: QueryCommand['input'][];
}

function byKey(events: readonly StoredEvent[]): string[] {
  return events.map((e) => `${e.articleId}#${e.index}|${e.date}|${e.evidence}`).sort();
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

describe('DynamoTensionStore with an event read cache (dynalite)', () => {
  let table: TestTable;
  let clock = Date.parse('2022-09-20T00:00:00.000Z');
  /**
   * A container. With `lagMs`, its eventually consistent reads miss the items written in the last
   * `lagMs` (a copy of the table behind the others), as DynamoDB's may.
   */
  const container = (options: { maxAgeMs?: number; cache?: boolean; lagMs?: number } = {}): Container => {
    const doc = DynamoDBDocumentClient.from(table.client);
    let queries = 0;
    let dayQueries = 0;
    const sent: QueryCommand['input'][] = [];
    const send = doc.send.bind(doc) as (command: unknown) => Promise<unknown>;
    (doc as unknown as { send: (command: unknown) => Promise<unknown> }).send = async (command) => {
      if (
        !(
          command instanceof QueryCommand &&
          String(command.input.ExpressionAttributeValues?.[':pk']).startsWith('EV#')
        )
      )
        return send(command);
      const previous = sent[sent.length - 1];
      sent.push(command.input);
      if (command.input.KeyConditionExpression?.includes('begins_with')) dayQueries++;
      // A look-back read is one read, of one query or of an eventually consistent one and the
      // consistent one of its later days sent right after it.
      else if (command.input.ConsistentRead === false || previous?.ConsistentRead !== false) queries++;
      const result = (await send(command)) as { Items?: Record<string, unknown>[] };
      if (options.lagMs === undefined || command.input.ConsistentRead) return result;
      const lagMs = options.lagMs;
      return { ...result, Items: result.Items?.filter((item) => Number(item.at) <= clock - lagMs) };
    };
    const cache = new EventReadCache({ now: () => clock, ...options });
    const store = new DynamoTensionStore(doc, table.tableName, {
      now: () => new Date(clock),
      ...(options.cache === false ? {} : { eventCache: cache }),
    });
    return { store, cache, eventQueries: () => queries, dayQueries: () => dayQueries, sent };
  };
  beforeAll(async () => {
    table = await startTestTable();
  });
  afterAll(async () => table.close());

  it('serves each read as the table would, reading again only the days another container announced', async () => {
    const reference = table.store();
    const containers = [container(), container()];
    const next = random(20220916);
    let reads = 0;
    let article = 0;
    for (let step = 0; step < 40; step++) {
      const pick = next() < 0.8 ? 0 : 1;
      const { store } = containers[pick] as Container;
      clock += 60_000;
      // A batch of one to three articles, each with events on one to three days of the dyad.
      const articles = Array.from({ length: 1 + Math.floor(next() * 3) }, () => {
        // Now and then an article stored before is stored again, its text since corrected.
        const id = article > 0 && next() < 0.2 ? `a${Math.floor(next() * article)}` : `a${article++}`;
        const events = Array.from({ length: 1 + Math.floor(next() * 3) }, (_, index) =>
          storedEvent({
            articleId: id,
            index,
            pair: PAIR,
            date:
              next() < 0.1 ? '2022-07-20' : `2022-09-${String(10 + Math.floor(next() * 9)).padStart(2, '0')}`,
            published: '2022-09-19T08:00:00.000Z',
            evidence: `Report ${id}#${index} at step ${step}.`,
          }),
        );
        return { id, published: '2022-09-19T08:00:00.000Z', events };
      });
      await store.putArticleEvents(articles);
      await store.bumpDyadRevision(PAIR);
      // A rescore reads from its window's start less a look-back: mostly about the same day, now
      // and then a month earlier (a batch about older news).
      const from =
        next() < 0.9
          ? `2022-08-${String(10 + Math.floor(next() * 12)).padStart(2, '0')}T00:00:00.000Z`
          : `2022-07-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}T00:00:00.000Z`;
      const to = '2022-09-21T00:00:00.000Z';
      const served = await store.queryEvents(PAIR, from, to);
      reads++;
      expect(byKey(served)).toEqual(byKey(await reference.queryEvents(PAIR, from, to)));
    }
    const queries = containers.reduce((sum, c) => sum + c.eventQueries(), 0);
    const dayQueries = containers.reduce((sum, c) => sum + c.dayQueries(), 0);
    // Most reads were served from what a container kept, after reading again the days the other
    // container announced on its turns; a container's first read, and reads from earlier days than
    // kept, went to the table.
    expect(queries).toBeLessThan(reads / 4);
    expect(queries).toBeGreaterThanOrEqual(containers.length);
    expect(dayQueries).toBeGreaterThan(0);
    // Each container's own count of where its reads were served from agrees with the table's.
    let counted = 0;
    let refreshed = 0;
    for (const c of containers) {
      const counts = c.cache.takeReadCounts();
      expect(counts.table).toBe(c.eventQueries());
      counted += counts.memory + counts.refreshed + counts.table;
      refreshed += counts.refreshed;
    }
    expect(refreshed).toBeGreaterThan(0);
    expect(counted).toBe(reads);
  });

  it('finds events stored and never announced once its kept items are maxAgeMs old', async () => {
    const pair = 'ARM-AZE';
    const reader = container({ maxAgeMs: 600_000 });
    const writer = container();
    const event = (articleId: string) =>
      storedEvent({ articleId, index: 0, pair, date: '2022-09-13', published: '2022-09-13T08:00:00.000Z' });
    await reader.store.putArticleEvents([
      { id: 'r1', published: '2022-09-13T08:00:00.000Z', events: [event('r1')] },
    ]);
    await reader.store.bumpDyadRevision(pair);
    const range = ['2022-09-01T00:00:00.000Z', '2022-09-20T00:00:00.000Z'] as const;
    expect(await reader.store.queryEvents(pair, ...range)).toHaveLength(1);
    // The writer stores and dies before taking its revision.
    await writer.store.putArticleEvents([
      { id: 'w1', published: '2022-09-13T08:00:00.000Z', events: [event('w1')] },
    ]);
    await reader.store.bumpDyadRevision(pair);
    expect(await reader.store.queryEvents(pair, ...range)).toHaveLength(1);
    clock += 600_001;
    await reader.store.bumpDyadRevision(pair);
    expect((await reader.store.queryEvents(pair, ...range)).map((e) => e.articleId).sort()).toEqual([
      'r1',
      'w1',
    ]);
  });

  it('keeps the revision item small: the announcements of a store gone quiet are removed', async () => {
    const pair = 'AZE-IRN';
    const revisionItem = async () =>
      (
        await DynamoDBDocumentClient.from(table.client).send(
          new GetCommand({ TableName: table.tableName, Key: KEYS.revision(pair), ConsistentRead: true }),
        )
      ).Item ?? {};
    const event = (articleId: string, date: string) =>
      storedEvent({ articleId, index: 0, pair, date, published: `${date}T08:00:00.000Z` });
    // Four containers take turns, each storing news of three days.
    const turns = Array.from({ length: 4 }, () => container());
    for (const [n, c] of turns.entries()) {
      const id = `s${n}`;
      await c.store.putArticleEvents([
        {
          id,
          published: '2022-09-13T08:00:00.000Z',
          events: ['2022-09-11', '2022-09-12', '2022-09-13'].map((d) => event(id, d)),
        },
      ]);
      await c.store.bumpDyadRevision(pair);
    }
    const item = await revisionItem();
    const announcers = Object.keys(item).filter((name) => name.startsWith('ar'));
    expect(announcers).toHaveLength(4);
    // Well under the kilobyte a write unit covers.
    expect(JSON.stringify(item).length).toBeLessThan(600);
    // One container goes on alone: the others' announcements go once they are far enough behind.
    const [last] = turns.slice(-1) as [Container];
    for (let n = 0; n < ANNOUNCEMENT_KEEP_REVISIONS + 1; n++) await last.store.bumpDyadRevision(pair);
    expect(Object.keys(await revisionItem()).filter((name) => name.startsWith('ar'))).toHaveLength(1);
  });

  describe('eventually consistent reads of the days nobody wrote to in the last minute', () => {
    const event = (pair: string, articleId: string, date: string) =>
      storedEvent({ articleId, index: 0, pair, date, published: `${date}T08:00:00.000Z` });
    const store = (c: Container, pair: string, id: string, date: string) =>
      c.store.putArticleEvents([{ id, published: `${date}T08:00:00.000Z`, events: [event(pair, id, date)] }]);
    const lookBack = ['2022-06-01T00:00:00.000Z', '2022-09-30T00:00:00.000Z'] as const;
    const ids = (events: readonly StoredEvent[]) => events.map((e) => e.articleId).sort();
    const eventual = (c: Container) => c.sent.filter((input) => input.ConsistentRead === false);
    /** Where the eventually consistent read of a container ended: every key of the day before `day`. */
    const eventualTo = (c: Container) => eventual(c).map((input) => input.ExpressionAttributeValues?.[':to']);
    const dayBefore = (day: string) => `${new Date(Date.parse(day) - DAY_MS).toISOString()}#\uffff`;

    it('reads consistently from the earliest day another scorer stored to in the last minute', async () => {
      const pair = 'ETH-SDN';
      // Late reports, about days long past: the eventual read cannot return them yet.
      const writer = container({ cache: false });
      await store(writer, pair, 'w1', '2022-08-02');
      await writer.store.bumpDyadRevision(pair);
      for (const withCache of [false, true]) {
        const reader = container({ cache: withCache, lagMs: SETTLED_AFTER_MS });
        await store(reader, pair, `r-${withCache}`, '2022-08-20');
        await reader.store.bumpDyadRevision(pair);
        const read = await reader.store.queryEvents(pair, ...lookBack);
        expect(ids(read)).toEqual(ids(await table.store().queryEvents(pair, ...lookBack)));
        expect(ids(read)).toContain('w1');
        // The days before the late report were read eventually consistent, the rest consistently.
        expect(eventualTo(reader)).toEqual([dayBefore('2022-08-02')]);
        expect(reader.dayQueries()).toBe(0);
      }
      // Once the settling time has passed since a revision, what it stored is left to the eventual read.
      clock += SETTLED_AFTER_MS;
      const later = container({ cache: false, lagMs: SETTLED_AFTER_MS - 1 });
      await later.store.bumpDyadRevision(pair);
      expect(ids(await later.store.queryEvents(pair, ...lookBack))).toEqual(['r-false', 'r-true', 'w1']);
      expect(eventualTo(later)).toEqual([
        dayBefore(new Date(Math.floor(clock / DAY_MS) * DAY_MS - DAY_MS).toISOString()),
      ]);
    });

    it('reads all of it consistently when a recent revision announced nothing it can read', async () => {
      const pair = 'CHN-IND';
      const writer = container({ cache: false });
      await store(writer, pair, 'w1', '2022-08-02');
      // Its revision's response lost and the update applied again: one revision without an announcement.
      await writer.store.bumpDyadRevision(pair);
      await DynamoDBDocumentClient.from(table.client).send(
        new UpdateCommand({
          TableName: table.tableName,
          Key: KEYS.revision(pair),
          UpdateExpression: 'SET rev = rev + :one',
          ExpressionAttributeValues: { ':one': 1 },
        }),
      );
      const reader = container({ cache: false, lagMs: SETTLED_AFTER_MS });
      await reader.store.bumpDyadRevision(pair);
      expect(ids(await reader.store.queryEvents(pair, ...lookBack))).toEqual(['w1']);
      expect(eventual(reader)).toHaveLength(0);
      // A read that follows no revision of its store: consistent as well.
      const other = container({ cache: false, lagMs: SETTLED_AFTER_MS });
      expect(ids(await other.store.queryEvents(pair, ...lookBack))).toEqual(['w1']);
      expect(eventual(other)).toHaveLength(0);
    });

    it('reads consistently from the earliest day of a backfill stored in the last minute', async () => {
      const pair = 'ISR-LBN';
      const writer = container({ cache: false });
      const days = Array.from({ length: 40 }, (_, n) => new Date(Date.parse('2022-07-01') + n * DAY_MS));
      await writer.store.putArticleEvents([
        {
          id: 'backfill',
          published: '2022-09-01T08:00:00.000Z',
          events: days.map((d, index) => ({
            ...event(pair, 'backfill', d.toISOString().slice(0, 10)),
            index,
          })),
        },
      ]);
      await writer.store.bumpDyadRevision(pair);
      const reader = container({ cache: false, lagMs: SETTLED_AFTER_MS });
      await reader.store.bumpDyadRevision(pair);
      expect(await reader.store.queryEvents(pair, ...lookBack)).toHaveLength(40);
      expect(eventualTo(reader)).toEqual([dayBefore('2022-07-01')]);
    });

    it("reads yesterday, today and later consistently: where a batch's news goes", async () => {
      const pair = 'IND-PAK';
      const today = new Date(clock).toISOString().slice(0, 10);
      const yesterday = new Date(clock - DAY_MS).toISOString().slice(0, 10);
      const reader = container({ cache: false, lagMs: SETTLED_AFTER_MS });
      await store(reader, pair, 'old', '2022-07-01');
      await reader.store.bumpDyadRevision(pair);
      clock += SETTLED_AFTER_MS;
      const writer = container({ cache: false });
      await store(writer, pair, 'y', yesterday);
      await store(writer, pair, 't', today);
      // Never announced (it died before its revision), yet read: those days are read consistently.
      await reader.store.bumpDyadRevision(pair);
      expect(ids(await reader.store.queryEvents(pair, ...lookBack))).toEqual(['old', 't', 'y']);
      expect(eventualTo(reader)).toEqual([dayBefore(`${yesterday}T00:00:00.000Z`)]);
    });
  });
});
