import { createHash } from 'node:crypto';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import {
  BatchWriteCommand,
  type BatchWriteCommandOutput,
  DynamoDBDocumentClient,
  QueryCommand,
} from '@aws-sdk/lib-dynamodb';
import { createTensionTable } from '../../../functions/adapters/store/create-table';
import {
  DynamoTensionStore,
  UnprocessedItemsError,
} from '../../../functions/adapters/store/dynamo-tension-store';
import { decodeEventsItem } from '../../../functions/adapters/store/item-codecs';
import type { DyadPair, ScorePoint } from '../../../functions/core/model';
import type { StoredEvent } from '../../../functions/core/ports/tension-store';
import { storedEvent } from '../../core/scoring/events';
import { startTestTable, type TestTable } from './dynalite';
import { scorePoint } from './points';

const point = scorePoint;

/** An event as a read returns it: its text left in the texts item. */
function withoutText(event: StoredEvent | undefined) {
  return { ...event, evidence: '', title: '', url: null };
}

function textOf(event: StoredEvent | undefined) {
  return { url: event?.url, title: event?.title, sentence: event?.evidence };
}

/** A point showing these events as its evidence, in order. */
function evidencePoint(pair: DyadPair, events: readonly StoredEvent[]): ScorePoint {
  return point('2022-09-16T10:00:00.000Z', 40, {
    pair,
    evidence: events.map((e) => ({
      articleId: e.articleId,
      url: e.url,
      title: e.title,
      sentence: e.evidence,
      cameo: e.cameo,
      weight: -3,
      date: e.date ?? '2022-09-16',
      ...(e.textRef === undefined ? {} : { textRef: e.textRef }),
    })),
  });
}

/** The texts of events read, as completed evidence shows them. */
async function textsOf(reader: DynamoTensionStore, events: readonly StoredEvent[]) {
  const pair = events[0]?.pair ?? 'KGZ-TJK';
  const [completed] = await reader.completeEvidence([evidencePoint(pair, events)]);
  return (completed?.evidence ?? []).map(({ url, title, sentence }) => ({ url, title, sentence }));
}

/** Counts the BatchGetItem calls the store makes from now on. */
function countBatchGets(target: DynamoTensionStore): () => number {
  let calls = 0;
  const { doc } = target as unknown as { doc: { send: (command: object) => Promise<unknown> } };
  const send = doc.send.bind(doc);
  doc.send = (command: object) => {
    if (command.constructor.name === 'BatchGetCommand') calls += 1;
    return send(command);
  };
  return () => calls;
}

describe('DynamoTensionStore (dynalite)', () => {
  let table: TestTable;
  let store: DynamoTensionStore;
  beforeAll(async () => {
    table = await startTestTable();
    store = table.store();
  });
  afterAll(async () => table.close());

  it('creates the table idempotently', async () => {
    await createTensionTable(table.client, table.tableName);
    const { Table } = await table.client.send(new DescribeTableCommand({ TableName: table.tableName }));
    expect(Table?.KeySchema?.map((k) => k.AttributeName)).toEqual(['pk', 'sk']);
  });

  it('marks an article seen once, and again after its record expired', async () => {
    expect(await store.markArticleSeen('art-1', 30)).toBe(true);
    expect(await store.markArticleSeen('art-1', 30)).toBe(false);
    const later = table.store({ now: () => new Date(Date.now() + 31 * 86_400_000) });
    expect(await later.markArticleSeen('art-1', 30)).toBe(true);
  });

  it('forgets a seen mark so the article is admitted again (failed send)', async () => {
    expect(await store.markArticleSeen('art-f', 30)).toBe(true);
    await store.forgetArticleSeen('art-f');
    expect(await store.markArticleSeen('art-f', 30)).toBe(true);
    expect(await store.markArticleSeen('art-f', 30)).toBe(false);
    // Forgetting a mark that does not exist is not an error.
    await expect(store.forgetArticleSeen('never-seen')).resolves.toBeUndefined();
  });

  it('round-trips source state', async () => {
    expect(await store.getSourceState('feed-a')).toBeUndefined();
    await store.putSourceState('feed-a', { etag: '"abc"', lastStatus: '200', lastModified: undefined });
    expect(await store.getSourceState('feed-a')).toEqual({ etag: '"abc"', lastStatus: '200' });
  });

  /** The event items of a dyad as stored: sort key and number of events. */
  async function eventItems(pair: string): Promise<{ sk: string; events: number }[]> {
    const { Items } = await table.doc.send(
      new QueryCommand({
        TableName: table.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': `EV#${pair}` },
      }),
    );
    return (Items ?? []).map((item) => ({ sk: String(item.sk), events: decodeEventsItem(item).length }));
  }

  it('stores events idempotently under deterministic keys and queries them by time', async () => {
    const events = [0, 1, 2].map((index) =>
      storedEvent({
        articleId: 'art-2',
        index,
        date: `2022-09-1${4 + index}`,
        published: '2022-09-16T08:00:00.000Z',
        pair: index === 2 ? 'ARM-AZE' : 'KGZ-TJK',
      }),
    );
    await store.putArticleEvents([{ id: 'art-2', published: '2022-09-16T08:00:00.000Z', events }]);
    const items = await eventItems('KGZ-TJK');
    // A redelivery puts the same items again.
    await store.putArticleEvents([{ id: 'art-2', published: '2022-09-16T08:00:00.000Z', events }]);
    expect(await eventItems('KGZ-TJK')).toEqual(items);
    expect(items.map((item) => item.sk.slice(0, 10))).toEqual(['2022-09-14', '2022-09-15']);
    const stored = await store.queryEvents('KGZ-TJK', '2022-09-01T00:00:00.000Z', '2022-10-01T00:00:00.000Z');
    expect(stored).toHaveLength(2);
    expect(stored.map((e) => e.index)).toEqual([0, 1]);
    // Read without their text, which scoring does not need: the evidence shown gets it back.
    expect(stored[0]).toEqual({ ...withoutText(events[0]), textRef: expect.any(String) });
    expect(await textsOf(table.store(), stored)).toEqual(events.slice(0, 2).map(textOf));
    const window = await store.queryEvents('KGZ-TJK', '2022-09-15T00:00:00.000Z', '2022-09-16T00:00:00.000Z');
    expect(window.map((e) => e.date)).toEqual(['2022-09-15']);
    const other = await store.queryEvents('ARM-AZE', '2022-09-01', '2022-10-01');
    expect(other).toEqual([{ ...withoutText(events[2]), textRef: expect.any(String) }]);
    expect(await textsOf(table.store(), other)).toEqual([textOf(events[2])]);
  });

  it("stores a batch's events of one dyad and day in one item, each event counted once", async () => {
    const report = (articleId: string, index: number, evidence = `${articleId} reports shelling.`) =>
      storedEvent({ articleId, index, pair: 'AZE-IRN', date: '2022-09-16', evidence });
    const batch = ['b1', 'b2', 'b3'].map((id) => ({
      id,
      published: '2022-09-16T09:00:00.000Z',
      events: [report(id, 0), report(id, 1)],
    }));
    await store.putArticleEvents(batch);
    expect(await eventItems('AZE-IRN')).toEqual([
      { sk: expect.stringMatching(/^2022-09-16T00:00:00\.000Z#[\w-]{22}$/), events: 6 },
    ]);
    // b2 redelivered with another article, its text since corrected: stored a second time, read
    // once, as stored last.
    const later = table.store({ now: () => new Date(Date.now() + 60_000) });
    await later.putArticleEvents([
      {
        id: 'b2',
        published: '2022-09-16T09:00:00.000Z',
        events: [report('b2', 0, 'Corrected.'), report('b2', 1)],
      },
      { id: 'b4', published: '2022-09-16T09:00:00.000Z', events: [report('b4', 0)] },
    ]);
    expect((await eventItems('AZE-IRN')).map((item) => item.events).sort()).toEqual([3, 6]);
    const stored = await store.queryEvents('AZE-IRN', '2022-09-16T00:00:00.000Z', '2022-09-17T00:00:00.000Z');
    expect(stored.map((e) => `${e.articleId}#${e.index}`).sort()).toEqual([
      'b1#0',
      'b1#1',
      'b2#0',
      'b2#1',
      'b3#0',
      'b3#1',
      'b4#0',
    ]);
    const corrected = stored.find((e) => e.articleId === 'b2' && e.index === 0);
    expect((await textsOf(table.store(), corrected ? [corrected] : []))[0]?.sentence).toBe('Corrected.');
  });

  it('completes evidence from the texts items, reading each once', async () => {
    const events = [0, 1].map((index) =>
      storedEvent({ articleId: 'ev-1', index, pair: 'BGD-MMR', evidence: `Sentence ${index}.` }),
    );
    await store.putArticleEvents([{ id: 'ev-1', published: '2022-09-16T09:00:00.000Z', events }]);
    const fresh = table.store();
    const stored = await fresh.queryEvents('BGD-MMR', '2022-09-01', '2022-10-01');
    const reads = countBatchGets(fresh);
    const first = await fresh.completeEvidence([evidencePoint('BGD-MMR', stored)]);
    expect(first[0]?.evidence.map((e) => e.sentence)).toEqual(['Sentence 0.', 'Sentence 1.']);
    expect(first[0]?.evidence.every((e) => !('textRef' in e))).toBe(true);
    expect(reads()).toBe(1);
    // Kept: evidence from the same items again reads nothing.
    expect(await fresh.completeEvidence([evidencePoint('BGD-MMR', stored)])).toEqual(first);
    expect(reads()).toBe(1);
    // Points without a reference come back as they are.
    const whole = point('2022-09-16T10:00:00.000Z', 30, { pair: 'BGD-MMR' });
    expect(await fresh.completeEvidence([whole])).toEqual([whole]);
    expect(reads()).toBe(1);
  });

  it('reads texts eventually consistent, and again consistently those such a read missed', async () => {
    const events = [storedEvent({ articleId: 'ev-2', index: 0, pair: 'BGD-MMR', evidence: 'Just written.' })];
    await store.putArticleEvents([{ id: 'ev-2', published: '2022-09-17T09:00:00.000Z', events }]);
    const reader = table.store();
    const stored = (await reader.queryEvents('BGD-MMR', '2022-09-01', '2022-10-01')).filter(
      (e) => e.articleId === 'ev-2',
    );
    // The copy an eventually consistent read reaches does not hold the item yet.
    const consistency: boolean[] = [];
    const { doc } = reader as unknown as { doc: { send: (command: object) => Promise<unknown> } };
    const send = doc.send.bind(doc);
    doc.send = async (command: object) => {
      const output = (await send(command)) as { Responses?: Record<string, unknown[]> };
      const input = (command as { input?: { RequestItems?: Record<string, { ConsistentRead?: boolean }> } })
        .input;
      const request = Object.values(input?.RequestItems ?? {})[0];
      if (command.constructor.name !== 'BatchGetCommand' || !request) return output;
      consistency.push(request.ConsistentRead === true);
      return request.ConsistentRead ? output : { ...output, Responses: { [table.tableName]: [] } };
    };
    const [completed] = await reader.completeEvidence([evidencePoint('BGD-MMR', stored)]);
    expect(completed?.evidence.map((e) => e.sentence)).toEqual(['Just written.']);
    expect(consistency).toEqual([false, true]);
  });

  it('shows evidence without its text when its texts item is missing, and says which', async () => {
    const [event] = (await store.queryEvents('BGD-MMR', '2022-09-01', '2022-10-01')).filter(
      (e) => e.articleId === 'ev-1',
    );
    const missing = { ...(event as StoredEvent), textRef: '2022-09-16T00:00:00.000Z#gone|0' };
    const warnings: [string, Record<string, unknown>][] = [];
    const reader = table.store({ warn: (message, details) => warnings.push([message, details]) });
    const [completed] = await reader.completeEvidence([
      evidencePoint('BGD-MMR', [missing, event as StoredEvent]),
    ]);
    // The rest of the point stands, the other evidence complete: one damaged item does not stop
    // every later rescore of the dyad.
    expect(completed?.evidence.map((e) => [e.articleId, e.sentence, e.title])).toEqual([
      ['ev-1', '', ''],
      ['ev-1', 'Sentence 0.', 'Report ev-1'],
    ]);
    expect(completed?.evidence.some((e) => 'textRef' in e)).toBe(false);
    expect(warnings).toEqual([
      [
        expect.stringMatching(/texts item holding it is missing/),
        { item: 'TXT#BGD-MMR 2022-09-16T00:00:00.000Z#gone', position: 0, articleId: 'ev-1' },
      ],
    ]);
  });

  it('paginates event queries beyond one DynamoDB page', async () => {
    // Over 1 MB of events items even compressed: a claimant's name of 4,000 random characters each.
    const noise = (index: number) =>
      Array.from({ length: 94 }, (_, n) => createHash('sha256').update(`${index}.${n}`).digest('base64'))
        .join('')
        .slice(0, 4000);
    const events = Array.from({ length: 400 }, (_, index) =>
      storedEvent({ articleId: 'big', index, pair: 'IND-PAK', source: noise(index) }),
    );
    await store.putArticleEvents([{ id: 'big', published: '2022-09-16T09:00:00.000Z', events }]);
    const stored = await store.queryEvents('IND-PAK', '2022-09-01T00:00:00.000Z', '2022-10-01T00:00:00.000Z');
    expect(stored).toHaveLength(400);
  });

  it('bumps revisions and keeps a point from a newer revision', async () => {
    const first = await store.bumpDyadRevision('CHN-IND');
    const second = await store.bumpDyadRevision('CHN-IND');
    expect(second).toBe(first + 1);
    const t = '2022-09-16T10:00:00.000Z';
    await store.putScorePoints([point(t, 60, { pair: 'CHN-IND' })], second);
    await store.putScorePoints([point(t, 10, { pair: 'CHN-IND' })], first);
    const page = await store.querySeries(
      'CHN-IND',
      'hour',
      '2022-09-16T00:00:00.000Z',
      '2022-09-17T00:00:00.000Z',
    );
    expect(page.items.map((p) => p.score)).toEqual([60]);
    // Hourly points are stored without evidence; the latest point keeps it.
    expect(page.items[0]).toEqual(point(t, 60, { pair: 'CHN-IND', evidence: [] }));
    expect(await store.getLatest('CHN-IND')).toEqual(point(t, 60, { pair: 'CHN-IND' }));
    expect((await store.getLatest('CHN-IND'))?.score).toBe(60);
    await store.putScorePoints([point(t, 70, { pair: 'CHN-IND' })], second);
    expect((await store.getLatest('CHN-IND'))?.score).toBe(70);
  });

  it('lists the latest point of every dyad, highest first, with a query', async () => {
    await store.putScorePoints([point('2022-09-16T10:00:00.000Z', 20, { pair: 'ARM-AZE' })], 1);
    await store.putScorePoints(
      [
        point('2022-09-16T10:00:00.000Z', 30, { pair: 'ETH-SDN' }),
        point('2022-09-16T11:00:00.000Z', 80, { pair: 'ETH-SDN' }),
      ],
      1,
    );
    const latest = await store.listLatest();
    expect(latest.map((p) => [p.pair, p.score])).toEqual([
      ['ETH-SDN', 80],
      ['CHN-IND', 70],
      ['ARM-AZE', 20],
    ]);
  });

  it('pages a series with a cursor and rejects a forged cursor', async () => {
    const points = Array.from({ length: 30 }, (_, h) =>
      point(new Date(Date.parse('2022-09-20T00:00:00.000Z') + h * 3_600_000).toISOString(), h, {
        pair: 'PRK-KOR',
      }),
    );
    await store.putScorePoints(points, 1);
    const seen: number[] = [];
    let cursor: string | undefined;
    do {
      const page = await store.querySeries(
        'PRK-KOR',
        'hour',
        '2022-09-20T00:00:00.000Z',
        '2022-09-21T00:00:00.000Z',
        {
          limit: 7,
          cursor,
        },
      );
      expect(page.items.length).toBeLessThanOrEqual(7);
      seen.push(...page.items.map((p) => p.score));
      cursor = page.next;
    } while (cursor);
    expect(seen).toEqual(Array.from({ length: 24 }, (_, h) => h));
    await expect(
      store.querySeries('PRK-KOR', 'hour', '2022', '2023', { cursor: 'not-a-cursor' }),
    ).rejects.toThrow(/invalid cursor/);
    const otherSeries = Buffer.from(JSON.stringify({ pk: 'SCORE#ARM-AZE#hour', sk: 'x' })).toString(
      'base64url',
    );
    await expect(
      store.querySeries('PRK-KOR', 'hour', '2022', '2023', { cursor: otherSeries }),
    ).rejects.toThrow(/invalid cursor/);
  });

  it('claims a level transition once and lists transitions newest first', async () => {
    const transition = {
      pair: 'KGZ-TJK',
      t: '2022-09-16T10:00:00.000Z',
      from: 'calm',
      to: 'high',
      score: 60,
      trend: 60,
    } as const;
    expect(await store.claimTransition(transition)).toBe(true);
    expect(await store.claimTransition({ ...transition })).toBe(false);
    await store.claimTransition({
      ...transition,
      t: '2022-09-20T10:00:00.000Z',
      from: 'high',
      to: 'elevated',
      score: 40,
    });
    const listed = await store.listTransitions('KGZ-TJK');
    expect(listed.map((t) => t.to)).toEqual(['elevated', 'high']);
    expect(listed[1]).toEqual(transition);
  });

  it('hands a pending transition to another scorer only once its lease ran out, never a settled one', async () => {
    const transition = {
      pair: 'ARM-AZE',
      t: '2022-09-13T01:00:00.000Z',
      from: 'calm',
      to: 'critical',
      score: 80,
      trend: 80,
    } as const;
    const t0 = new Date('2026-11-01T00:00:00.000Z');
    const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
    expect(await store.claimTransition(transition, { now: t0, leaseMs: 60_000 })).toBe(true);
    // A concurrent duplicate scorer inside the lease: no.
    expect(await store.claimTransition(transition, { now: at(59), leaseMs: 60_000 })).toBe(false);
    // The first scorer died before publishing; after the lease the redelivery takes it.
    expect(await store.claimTransition(transition, { now: at(61), leaseMs: 60_000 })).toBe(true);
    await store.settleTransition(transition, 'sent');
    // Settled: never claimed again, however late.
    expect(await store.claimTransition(transition, { now: at(3600), leaseMs: 60_000 })).toBe(false);
    const [listed] = await store.listTransitions('ARM-AZE');
    expect(listed).toEqual(transition);
  });

  it('records a transition too old to alert as suppressed in one write, taking over only an expired claim', async () => {
    const transition = {
      pair: 'ARM-AZE',
      t: '2021-05-12T04:00:00.000Z',
      from: 'calm',
      to: 'high',
      score: 60,
      trend: 60,
    } as const;
    expect(await store.recordSuppressedTransition(transition)).toBe(true);
    expect(await store.getTransitionState(transition)).toBe('suppressed');
    // Recorded: neither recorded again nor claimed for alerting.
    expect(await store.recordSuppressedTransition(transition)).toBe(false);
    expect(await store.claimTransition(transition)).toBe(false);

    const claimed = { ...transition, t: '2021-05-13T04:00:00.000Z', from: 'high', to: 'elevated' } as const;
    const t0 = new Date('2026-11-01T00:00:00.000Z');
    expect(await store.claimTransition(claimed, { now: t0, leaseMs: 60_000, holder: 'a' })).toBe(true);
    // Pending under a live lease: its scorer may still publish it.
    expect(await store.recordSuppressedTransition(claimed, { now: new Date(t0.getTime() + 59_000) })).toBe(
      false,
    );
    expect(await store.getTransitionState(claimed)).toBe('pending');
    // Its scorer died: after the lease, a later scorer records it as suppressed.
    expect(await store.recordSuppressedTransition(claimed, { now: new Date(t0.getTime() + 61_000) })).toBe(
      true,
    );
    expect(await store.getTransitionState(claimed)).toBe('suppressed');
    const recorded = await store.recordedTransitions('ARM-AZE', '2021-05-12', '2021-05-14');
    expect(recorded.map((r) => [r.to, r.state, r.leaseUntil])).toEqual([
      ['high', 'suppressed', undefined],
      ['elevated', 'suppressed', undefined],
    ]);
  });

  it('keeps the newest latest point when an older window is rescored with a newer revision', async () => {
    const recent = point('2026-11-20T10:00:00.000Z', 30, { pair: 'BOL-PER' });
    await store.putScorePoints([recent], await store.bumpDyadRevision('BOL-PER'));
    const backfilled = point('2022-09-16T10:00:00.000Z', 70, { pair: 'BOL-PER' });
    await store.putScorePoints([backfilled], await store.bumpDyadRevision('BOL-PER'));
    expect(await store.getLatest('BOL-PER')).toEqual(recent);
    const series = await store.querySeries('BOL-PER', 'hour', '2022-09-16', '2022-09-17');
    expect(series.items).toEqual([{ ...backfilled, evidence: [] }]);
  });

  it('retries UnprocessedItems with backoff until every event is written', async () => {
    // Fault injection only: the first two batch writes come back with everything unprocessed.
    let faults = 2;
    const flaky = DynamoDBDocumentClient.from(table.client);
    const send = flaky.send.bind(flaky) as (command: unknown) => Promise<unknown>;
    (flaky as unknown as { send: (command: unknown) => Promise<unknown> }).send = async (command) => {
      if (command instanceof BatchWriteCommand && faults > 0) {
        faults--;
        return { UnprocessedItems: command.input.RequestItems } satisfies Partial<BatchWriteCommandOutput>;
      }
      return send(command);
    };
    const retrying = new DynamoTensionStore(flaky, table.tableName, { baseDelayMs: 1 });
    const events = [0, 1].map((index) => storedEvent({ articleId: 'flaky', index, pair: 'AFG-PAK' }));
    await retrying.putArticleEvents([{ id: 'flaky', published: '2022-09-16', events }]);
    expect(faults).toBe(0);
    expect(await store.queryEvents('AFG-PAK', '2022-09-01', '2022-10-01')).toHaveLength(2);

    faults = 100;
    const giveUp = new DynamoTensionStore(flaky, table.tableName, { baseDelayMs: 1, maxAttempts: 3 });
    const more = [storedEvent({ articleId: 'flaky-2', pair: 'AFG-PAK' })];
    await expect(
      giveUp.putArticleEvents([{ id: 'flaky-2', published: '2022-09-16', events: more }]),
    ).rejects.toThrow(UnprocessedItemsError);
    // The failure surfaces (the message is retried); nothing of flaky-2 was half-written.
    expect(await store.queryEvents('AFG-PAK', '2022-09-01', '2022-10-01')).toHaveLength(2);
  });
});
