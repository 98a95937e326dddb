/**
 * Series days in DynamoDB (dynalite): one item per dyad and day, written only when its content
 * changes, guarded by revision; hour paging across days; events read back by event time.
 */

import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoTensionStore, KEYS } from '../../../functions/adapters/store/dynamo-tension-store';
import { unpackText } from '../../../functions/adapters/store/item-codecs';
import type { DyadPair, ScorePoint } from '../../../functions/core/model';
import { storedEvent } from '../../core/scoring/events';
import { startTestTable, type TestTable } from './dynalite';
import { SAMPLE_EVIDENCE, scorePoint } from './points';

const HOUR_MS = 3_600_000;

const evidence = SAMPLE_EVIDENCE;

/** Non-default trend, de-escalation and article count, so a round trip that dropped them shows. */
const point = (
  pair: DyadPair,
  bucket: 'hour' | 'day',
  t: string,
  score: number,
  overrides: Partial<ScorePoint> = {},
): ScorePoint =>
  scorePoint(t, score, { pair, bucket, trend: 1.5, deescalation: 0.25, articles: 2, ...overrides });

/** Hourly points from `startIso`, `hours` of them, scores 0, 1, 2, ... */
const hours = (pair: DyadPair, startIso: string, count: number, score = (h: number) => h) =>
  Array.from({ length: count }, (_, h) =>
    point(pair, 'hour', new Date(Date.parse(startIso) + h * HOUR_MS).toISOString(), score(h)),
  );

/** Daily points for `days` days from `startIso`. */
const days = (pair: DyadPair, startIso: string, count: number, score = (d: number) => 10 + d) =>
  Array.from({ length: count }, (_, d) =>
    point(pair, 'day', new Date(Date.parse(startIso) + d * 24 * HOUR_MS).toISOString(), score(d)),
  );

describe('series days (dynalite)', () => {
  let table: TestTable;
  let store: DynamoTensionStore;
  /** Commands sent through the counting client: [command name, pk, sk]. */
  let sent: [string, string, string][];

  beforeAll(async () => {
    table = await startTestTable('series-days');
    const doc = table.doc;
    // Counts every write the store sends; reads go through unchanged.
    const counting = {
      send: (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
        const input = command.input as {
          Item?: { pk?: string; sk?: string };
          Key?: { pk?: string; sk?: string };
        };
        const key = input.Item ?? input.Key ?? {};
        sent.push([command.constructor.name, String(key.pk), String(key.sk)]);
        return (doc.send as (c: unknown) => Promise<unknown>)(command);
      },
    } as unknown as DynamoDBDocumentClient;
    store = new DynamoTensionStore(counting, table.tableName);
  });
  beforeEach(() => {
    sent = [];
  });
  afterAll(async () => table.close());

  const puts = (pkPrefix: string) =>
    sent.filter(([name, pk]) => name === PutCommand.name && pk.startsWith(pkPrefix)).map(([, , sk]) => sk);

  const rawDay = async (pair: DyadPair, day: string) =>
    (
      await table.doc.send(
        new GetCommand({ TableName: table.tableName, Key: KEYS.seriesDay(pair, day), ConsistentRead: true }),
      )
    ).Item;

  it('stores one item per dyad-day and writes nothing when the same points come again', async () => {
    const pair = 'KGZ-TJK';
    const points = [
      ...hours(pair, '2022-09-15T00:00:00.000Z', 72),
      ...days(pair, '2022-09-15T00:00:00.000Z', 3),
    ];
    expect(await store.putScorePoints(points, 1)).toEqual({ written: 3, unchanged: 0 });
    expect(puts('SERIES#').sort()).toEqual([
      '2022-09-15T00:00:00.000Z',
      '2022-09-16T00:00:00.000Z',
      '2022-09-17T00:00:00.000Z',
    ]);
    expect(puts('LATEST')).toEqual([pair]);
    const item = await rawDay(pair, '2022-09-16T00:00:00.000Z');
    expect(item).toMatchObject({ pk: `SERIES#${pair}`, sk: '2022-09-16T00:00:00.000Z', rev: 1 });
    // Both buckets are stored compressed (binary); their text is JSON.
    expect(item?.d).toBeInstanceOf(Uint8Array);
    expect(item?.h).toBeInstanceOf(Uint8Array);
    expect(JSON.parse(unpackText(item?.h) ?? '')).toHaveLength(24);
    const items = await table.doc.send(
      new QueryCommand({
        TableName: table.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': `SERIES#${pair}` },
      }),
    );
    expect(items.Count).toBe(3);

    sent = [];
    // Same points, same or newer revision: nothing changed, nothing written (latest neither).
    expect(await store.putScorePoints(points, 1)).toEqual({ written: 0, unchanged: 3 });
    expect(await store.putScorePoints(points, 2)).toEqual({ written: 0, unchanged: 3 });
    expect(sent.filter(([name]) => name === PutCommand.name)).toEqual([]);
    expect((await rawDay(pair, '2022-09-16T00:00:00.000Z'))?.rev).toBe(1);
  });

  it('rewrites only the day of a changed hour', async () => {
    const pair = 'ARM-AZE';
    const points = [
      ...hours(pair, '2022-09-10T00:00:00.000Z', 72),
      ...days(pair, '2022-09-10T00:00:00.000Z', 3),
    ];
    await store.putScorePoints(points, 1);
    const before = await rawDay(pair, '2022-09-10T00:00:00.000Z');
    sent = [];
    const changed = points.map((p) =>
      p.bucket === 'hour' && p.t === '2022-09-11T05:00:00.000Z' ? { ...p, score: 99 } : p,
    );
    expect(await store.putScorePoints(changed, 2)).toEqual({ written: 1, unchanged: 2 });
    expect(puts('SERIES#')).toEqual(['2022-09-11T00:00:00.000Z']);
    // The latest point (the last hour) did not change: not written.
    expect(puts('LATEST')).toEqual([]);
    expect(await rawDay(pair, '2022-09-10T00:00:00.000Z')).toEqual(before);
    expect((await rawDay(pair, '2022-09-11T00:00:00.000Z'))?.rev).toBe(2);
    const day = await store.querySeries(pair, 'hour', '2022-09-11T00:00:00.000Z', '2022-09-12T00:00:00.000Z');
    expect(day.items.map((p) => p.score)).toEqual(
      Array.from({ length: 24 }, (_, h) => (h === 5 ? 99 : 24 + h)),
    );
    // A changed latest point is written.
    sent = [];
    const last = changed.map((p) =>
      p.t === '2022-09-12T23:00:00.000Z' && p.bucket === 'hour' ? { ...p, score: 7 } : p,
    );
    expect(await store.putScorePoints(last, 3)).toEqual({ written: 1, unchanged: 2 });
    expect(puts('LATEST')).toEqual([pair]);
    expect((await store.getLatest(pair))?.score).toBe(7);
  });

  it('reports an hour it read anyway, as stored before the write; not one of a day it did not read', async () => {
    const pair: DyadPair = 'ARM-TUR';
    await store.putScorePoints(
      hours(pair, '2022-09-10T00:00:00.000Z', 24, () => 30),
      1,
    );
    const before = '2022-09-10T21:00:00.000Z';
    // The rescore of the next hours rewrites 22:00 and 23:00: the day holding 21:00 is read anyway.
    const next = hours(pair, '2022-09-10T22:00:00.000Z', 4, () => 50);
    const write = await store.putScorePoints(next, 2, { read: { pair, t: before } });
    expect(write.read).toMatchObject({ t: before, score: 30, level: 'calm' });
    // An hour never stored, in a day that was read: null (nothing there), not undefined.
    await store.putScorePoints(hours(pair, '2022-09-12T05:00:00.000Z', 2), 1);
    const empty = await store.putScorePoints(
      hours(pair, '2022-09-12T05:00:00.000Z', 2, () => 7),
      2,
      {
        read: { pair, t: '2022-09-12T03:00:00.000Z' },
      },
    );
    expect(empty.read).toBeNull();
    // A day outside the write, or another pair: not read, so the caller must ask.
    const outside = await store.putScorePoints(next, 3, { read: { pair, t: '2022-09-08T23:00:00.000Z' } });
    expect(outside.read).toBeUndefined();
    const other = await store.putScorePoints(next, 4, { read: { pair: 'KGZ-TJK', t: before } });
    expect(other.read).toBeUndefined();
  });

  it('keeps hours that a partial recomputation does not give', async () => {
    const pair = 'ETH-SDN';
    await store.putScorePoints(hours(pair, '2022-09-10T00:00:00.000Z', 24), 1);
    // A later window starting at 12:00 recomputes only the second half of the day.
    const second = hours(pair, '2022-09-10T12:00:00.000Z', 12, (h) => 100 - h);
    expect(await store.putScorePoints(second, 2)).toEqual({ written: 1, unchanged: 0 });
    const page = await store.querySeries(
      pair,
      'hour',
      '2022-09-10T00:00:00.000Z',
      '2022-09-11T00:00:00.000Z',
    );
    expect(page.items.map((p) => p.score)).toEqual([
      ...Array.from({ length: 12 }, (_, h) => h),
      ...Array.from({ length: 12 }, (_, h) => 100 - h),
    ]);
  });

  it('does not let an older revision overwrite a newer one', async () => {
    const pair = 'CHN-IND';
    const t = '2022-09-16T10:00:00.000Z';
    const newer = [point(pair, 'hour', t, 60), point(pair, 'day', '2022-09-16T00:00:00.000Z', 50)];
    const older = [point(pair, 'hour', t, 10), point(pair, 'day', '2022-09-16T00:00:00.000Z', 5)];
    expect(await store.putScorePoints(newer, 5)).toEqual({ written: 1, unchanged: 0 });
    sent = [];
    expect(await store.putScorePoints(older, 4)).toEqual({ written: 0, unchanged: 1 });
    expect(puts('SERIES#')).toEqual([]);
    const hour = await store.querySeries(
      pair,
      'hour',
      '2022-09-16T00:00:00.000Z',
      '2022-09-17T00:00:00.000Z',
    );
    expect(hour.items.map((p) => p.score)).toEqual([60]);
    const day = await store.querySeries(pair, 'day', '2022-09-16T00:00:00.000Z', '2022-09-17T00:00:00.000Z');
    expect(day.items.map((p) => p.score)).toEqual([50]);
    expect((await store.getLatest(pair))?.score).toBe(60);
    expect((await rawDay(pair, '2022-09-16T00:00:00.000Z'))?.rev).toBe(5);
    // The same revision may change it (a retry of the newest scorer).
    expect(await store.putScorePoints([point(pair, 'hour', t, 61)], 5)).toEqual({ written: 1, unchanged: 0 });
    expect((await store.querySeries(pair, 'hour', t, '2022-09-17T00:00:00.000Z')).items[0]?.score).toBe(61);
  });

  it('pages hours across several days with limit and cursor: every hour once, in order', async () => {
    const pair = 'PRK-KOR';
    // Four days, the second with a gap (hours never scored), from 05:00 on the first day.
    const points = hours(pair, '2022-09-20T05:00:00.000Z', 4 * 24 - 5, (h) => h).filter(
      (p) => !(p.t >= '2022-09-21T08:00:00.000Z' && p.t < '2022-09-21T20:00:00.000Z'),
    );
    await store.putScorePoints(points, 1);
    const from = '2022-09-20T03:00:00.000Z';
    const to = '2022-09-23T18:00:00.000Z';
    const expected = points.filter((p) => p.t >= from && p.t < to).map((p) => p.t);
    for (const limit of [1, 5, 7, 24, 25, 30, 1000]) {
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await store.querySeries(pair, 'hour', from, to, { limit, cursor });
        expect(page.items.length).toBeLessThanOrEqual(limit);
        if (page.next) expect(page.items.length).toBeGreaterThan(0);
        seen.push(...page.items.map((p) => p.t));
        cursor = page.next;
        pages++;
        expect(pages).toBeLessThan(200);
      } while (cursor);
      expect(seen).toEqual(expected);
    }
  });

  it('returns daily points with their evidence and hourly points without', async () => {
    const pair = 'BOL-PER';
    const daily = days(pair, '2022-09-01T00:00:00.000Z', 5, (d) => 20 + d);
    await store.putScorePoints([...daily, ...hours(pair, '2022-09-03T00:00:00.000Z', 2)], 1);
    const page = await store.querySeries(pair, 'day', '2022-09-02T00:00:00.000Z', '2022-09-05T00:00:00.000Z');
    expect(page.items).toEqual(daily.slice(1, 4));
    expect(page.items[0]?.evidence).toEqual(evidence);
    const hourly = await store.querySeries(
      pair,
      'hour',
      '2022-09-03T00:00:00.000Z',
      '2022-09-04T00:00:00.000Z',
    );
    expect(hourly.items.map((p) => p.evidence)).toEqual([[], []]);
    // The latest point is the newest hourly one, with its evidence.
    expect(await store.getLatest(pair)).toEqual(hours(pair, '2022-09-03T00:00:00.000Z', 2)[1]);
    // Paging daily points.
    const first = await store.querySeries(
      pair,
      'day',
      '2022-09-01T00:00:00.000Z',
      '2022-09-06T00:00:00.000Z',
      {
        limit: 2,
      },
    );
    expect(first.items.map((p) => p.score)).toEqual([20, 21]);
    const rest = await store.querySeries(
      pair,
      'day',
      '2022-09-01T00:00:00.000Z',
      '2022-09-06T00:00:00.000Z',
      {
        limit: 10,
        cursor: first.next,
      },
    );
    expect(rest.items.map((p) => p.score)).toEqual([22, 23, 24]);
    expect(rest.next).toBeUndefined();
  });

  it('returns only the events whose event time is in [from, to)', async () => {
    const pair = 'IND-PAK';
    const events = [
      // Event time = publication (its date is the publication day).
      storedEvent({
        articleId: 'q1',
        index: 0,
        pair,
        date: '2022-09-16',
        published: '2022-09-16T09:00:00.000Z',
      }),
      // Dated earlier: the start of its date.
      storedEvent({
        articleId: 'q1',
        index: 1,
        pair,
        date: '2022-09-15',
        published: '2022-09-16T09:00:00.000Z',
      }),
      // No date: the publication time.
      storedEvent({ articleId: 'q1', index: 2, pair, date: null, published: '2022-09-16T09:00:00.000Z' }),
      storedEvent({
        articleId: 'q1',
        index: 3,
        pair,
        date: '2022-09-17',
        published: '2022-09-16T09:00:00.000Z',
      }),
    ];
    await store.putArticleEvents([{ id: 'q1', published: '2022-09-16T09:00:00.000Z', events }]);
    const later = [
      storedEvent({
        articleId: 'q2',
        index: 0,
        pair,
        date: '2022-09-16',
        published: '2022-09-16T23:59:00.000Z',
      }),
    ];
    await store.putArticleEvents([{ id: 'q2', published: '2022-09-16T23:59:00.000Z', events: later }]);
    const indexes = async (from: string, to: string) =>
      (await store.queryEvents(pair, from, to)).map((e) => `${e.articleId}#${e.index}`).sort();
    expect(await indexes('2022-09-01T00:00:00.000Z', '2022-10-01T00:00:00.000Z')).toEqual([
      'q1#0',
      'q1#1',
      'q1#2',
      'q1#3',
      'q2#0',
    ]);
    expect(await indexes('2022-09-16T09:00:00.000Z', '2022-09-16T23:59:00.000Z')).toEqual(['q1#0', 'q1#2']);
    expect(await indexes('2022-09-16T09:00:00.001Z', '2022-09-17T00:00:00.000Z')).toEqual(['q2#0']);
    expect(await indexes('2022-09-15T00:00:00.000Z', '2022-09-16T00:00:00.000Z')).toEqual(['q1#1']);
    expect(await indexes('2022-09-17T00:00:00.000Z', '2022-09-18T00:00:00.000Z')).toEqual(['q1#3']);
    expect(await indexes('2022-09-15T00:00:00.001Z', '2022-09-16T09:00:00.000Z')).toEqual([]);
    // Events come back whole but for their text, which their textRef finds (scoring reads none).
    const all = await store.queryEvents(pair, '2022-09-01T00:00:00.000Z', '2022-10-01T00:00:00.000Z');
    const byKey = new Map(all.map((e) => [`${e.articleId}#${e.index}`, e]));
    for (const e of [...events, ...later]) {
      expect(byKey.get(`${e.articleId}#${e.index}`)).toEqual({
        ...e,
        evidence: '',
        title: '',
        url: null,
        textRef: expect.any(String),
      });
    }
  });
});
