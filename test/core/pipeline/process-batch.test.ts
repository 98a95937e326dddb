/**
 * processBatch against dynalite with a stub extractor: each article fails alone, repeats are
 * duplicates, each dyad is rescored once per recompute window, and the stored series equals the
 * series of processing the same articles one by one.
 */
import { ConsoleAlertPublisher } from '../../../functions/adapters/alerts/console-alert-publisher';
import type {
  Article,
  DyadPair,
  ExtractedEvent,
  Extraction,
  ScorePoint,
} from '../../../functions/core/model';
import {
  type BatchOutcome,
  type Extract,
  InvalidArticleError,
  normalisePublished,
  type ProcessResult,
  processArticle,
  processBatch,
  recomputeWindows,
  toStoredEvents,
} from '../../../functions/core/pipeline/process-article';
import type { StoredEvent, TensionStore } from '../../../functions/core/ports/tension-store';
import {
  DEFAULT_SCORING_SETTINGS,
  eventKey,
  eventTime,
  storyRepresentatives,
} from '../../../functions/core/scoring';
import { startTestTable, type TestTable } from '../../adapters/store/dynalite';
import { seedLikeDay } from '../scoring/events';

const NOW = new Date('2022-09-20T06:30:00.000Z');
const KT = 'KGZ-TJK';
const AA = 'ARM-AZE';

const seedEvents: ExtractedEvent[] = seedLikeDay().map(
  ({ articleId: _a, index: _i, url: _u, title: _t, published: _p, outlet: _o, textHash: _h, ...event }) =>
    event,
);

/**
 * Stub extractor. The text names the events: "KGZ-TJK 0 2 2 | ARM-AZE 6" takes events 0, 2 and 2
 * again of the seed-like day for KGZ-TJK and event 6 for ARM-AZE, each dated on the article's
 * publication day (the historical event 10 keeps its old date). Any other text: no events.
 */
const extract: Extract = (article) => {
  const day = (article.published ?? '2022-09-16').slice(0, 10);
  const events: ExtractedEvent[] = [];
  for (const segment of article.text.split('|')) {
    const [pair, ...indexes] = segment.trim().split(/\s+/);
    if (!pair || !/^[A-Z]{3}-[A-Z]{3}$/.test(pair)) continue;
    for (const i of indexes) {
      const seed = seedEvents[Number(i)] as ExtractedEvent;
      events.push({ ...seed, pair, date: seed.historical ? seed.date : day });
    }
  }
  const extraction: Extraction = {
    id: article.id,
    published: article.published ?? null,
    dyads: [],
    entities: { countries: [], organizations: [], people: [], places: [], weapons: [] },
    events,
    casualties: { killed: 0, injured: 0 },
  };
  return extraction;
};

const article = (id: string, text: string, published = '2022-09-16T10:00:00Z'): Article => ({
  id,
  url: `https://news.example/${id}`,
  title: `Report ${id}`,
  text,
  published,
  source: 'Example Wire',
});

const collector = () => new ConsoleAlertPublisher(() => {});

const ok = (outcome: BatchOutcome | undefined): ProcessResult => {
  if (!outcome?.ok) throw new Error(`expected a result, got ${outcome ? outcome.error.message : 'nothing'}`);
  return outcome.result;
};
const error = (outcome: BatchOutcome | undefined): Error => {
  if (!outcome || outcome.ok) throw new Error('expected an error');
  return outcome.error;
};

/** The real store, counting bumpDyadRevision per dyad and failing it for the dyads in `failing`. */
function instrumented(store: TensionStore, failing: DyadPair[] = []) {
  const bumps = new Map<DyadPair, number>();
  const counts = { seriesQueries: 0 };
  const proxy = new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      if (property === 'bumpDyadRevision') {
        return async (pair: DyadPair) => {
          bumps.set(pair, (bumps.get(pair) ?? 0) + 1);
          if (failing.includes(pair)) throw new Error(`store unavailable for ${pair}`);
          return value.call(target, pair);
        };
      }
      if (property === 'querySeries') counts.seriesQueries++;
      return value.bind(target);
    },
  });
  return { store: proxy, bumps, counts };
}

/** The stored hour and day series of a dyad over the whole test range. */
async function storedSeries(store: TensionStore, pair: DyadPair) {
  const read = async (bucket: 'hour' | 'day') => {
    const items: ScorePoint[] = [];
    let cursor: string | undefined;
    do {
      const page = await store.querySeries(
        pair,
        bucket,
        '2022-08-01T00:00:00.000Z',
        '2022-10-01T00:00:00.000Z',
        {
          cursor,
        },
      );
      items.push(...page.items);
      cursor = page.next;
    } while (cursor);
    return items;
  };
  return { hour: await read('hour'), day: await read('day'), latest: await store.getLatest(pair) };
}

describe('processBatch (dynalite)', () => {
  let table: TestTable;
  let store: TensionStore;
  let n = 0;
  beforeEach(async () => {
    table = await startTestTable(`batch-${++n}`);
    store = table.store();
  });
  afterEach(async () => table.close());

  it('fails an invalid article alone and scores the others', async () => {
    const publisher = collector();
    const bad = { id: '', text: 42 } as unknown as Article;
    const outcomes = await processBatch(
      [article('v1', `${KT} 0 1 3`), bad, article('v2', `${AA} 0 8`), article('q', 'nothing to see')],
      { store, publisher, now: NOW, extract },
    );
    expect(outcomes).toHaveLength(4);
    expect(error(outcomes[1])).toBeInstanceOf(InvalidArticleError);
    expect(ok(outcomes[0])).toMatchObject({ status: 'scored', pairs: [KT], events: 3 });
    expect(ok(outcomes[2])).toMatchObject({ status: 'scored', pairs: [AA], events: 2 });
    expect(ok(outcomes[3])).toMatchObject({ status: 'no-events', pairs: [], events: 0 });
    expect((await store.querySeries(KT, 'day', '2022-09-16', '2022-09-17')).items).toHaveLength(1);
    expect((await store.querySeries(AA, 'day', '2022-09-16', '2022-09-17')).items).toHaveLength(1);
    // processArticle is processBatch of one: the same error, thrown.
    await expect(processArticle(bad, { store, publisher, now: NOW, extract })).rejects.toThrow(
      InvalidArticleError,
    );
  });

  it('treats a second copy of an article in the batch as a duplicate and stores its events once', async () => {
    const a = article('twice', `${KT} 0 1 2 3 7 10`);
    const { store: counted, bumps, counts } = instrumented(store);
    const outcomes = await processBatch([a, { ...a }], {
      store: counted,
      publisher: collector(),
      now: NOW,
      extract,
    });
    const first = ok(outcomes[0]);
    expect(first).toMatchObject({ status: 'scored', pairs: [KT], events: 6 });
    expect(ok(outcomes[1])).toEqual({
      status: 'duplicate',
      pairs: [],
      events: 0,
      transitions: [],
      suppressed: [],
    });
    const published = normalisePublished(a.published, NOW);
    const expected = storyRepresentatives(toStoredEvents(a, extract(a), published));
    const stored = await store.queryEvents(KT, '2021-01-01', '2023-01-01');
    expect(stored.map((e) => e.index).sort((x, y) => x - y)).toEqual(expected.map((e) => e.index));
    expect(bumps.get(KT)).toBe(1);
    // The stored hour before the window came with the series write: no query of its own.
    expect(counts.seriesQueries).toBe(0);
    // Its alerts are reported once, with the first copy.
    expect(first.transitions.length + first.suppressed.length).toBeGreaterThan(0);
  });

  it('scores an article processed in an earlier batch again, changing nothing and alerting nothing', async () => {
    const publisher = collector();
    const deps = { store, publisher, now: NOW, extract };
    ok((await processBatch([article('p1', `${KT} 0 1 3`)], deps))[0]);
    const before = await storedSeries(store, KT);
    const sentBefore = publisher.published.length;
    const { store: counted, bumps } = instrumented(store);
    const outcomes = await processBatch([article('p1', `${KT} 0 1 3`), article('p2', `${AA} 0`)], {
      ...deps,
      store: counted,
    });
    expect(ok(outcomes[0])).toMatchObject({ status: 'scored', transitions: [], suppressed: [] });
    expect(ok(outcomes[1]).status).toBe('scored');
    expect(bumps.get(KT)).toBe(1);
    expect(bumps.get(AA)).toBe(1);
    expect(publisher.published.filter((p) => p.pair === KT)).toHaveLength(sentBefore);
    expect(await storedSeries(store, KT)).toEqual(before);
  });

  it('rescores a dyad once per recompute window, not once per article', async () => {
    const { store: counted, bumps } = instrumented(store);
    const articles = [
      article('w1', `${KT} 0 1`, '2022-09-16T08:00:00Z'),
      article('w2', `${KT} 3`, '2022-09-16T11:00:00Z'),
      article('w3', `${KT} 2 | ${AA} 0`, '2022-09-17T09:00:00Z'),
      article('w4', `${KT} 8 9`, '2022-09-18T15:00:00Z'),
      article('w5', `${AA} 7`, '2022-09-19T15:00:00Z'),
    ];
    const outcomes = await processBatch(articles, {
      store: counted,
      publisher: collector(),
      now: NOW,
      extract,
    });
    expect(outcomes.map((o) => o.ok)).toEqual([true, true, true, true, true]);
    expect(Object.fromEntries(bumps)).toEqual({ [KT]: 1, [AA]: 1 });
    // The windows of those events merge into one per dyad.
    const times = articles.flatMap((a) =>
      toStoredEvents(a, extract(a), normalisePublished(a.published, NOW))
        .filter((e) => e.pair === KT)
        .map((e) => eventTime(e) as number),
    );
    expect(recomputeWindows(times, NOW, DEFAULT_SCORING_SETTINGS.recomputeDays)).toHaveLength(1);
  });

  it('rescores a dyad once per window when the batch opens two windows', async () => {
    const { store: counted, bumps } = instrumented(store);
    const longAgo = new Date(NOW.getTime() - (DEFAULT_SCORING_SETTINGS.recomputeDays + 20) * 86_400_000);
    const articles = [
      article('o1', `${KT} 0`, longAgo.toISOString()),
      article('o2', `${KT} 1`, new Date(longAgo.getTime() + 3_600_000).toISOString()),
      article('n1', `${KT} 3`, '2022-09-19T09:00:00Z'),
      article('n2', `${KT} 2`, '2022-09-19T10:00:00Z'),
    ];
    const outcomes = await processBatch(articles, {
      store: counted,
      publisher: collector(),
      now: NOW,
      extract,
    });
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(bumps.get(KT)).toBe(2);
  });

  it('fails exactly the articles that touched a dyad whose store calls fail', async () => {
    const publisher = collector();
    const { store: failing } = instrumented(store, [AA]);
    const articles = [
      article('f1', `${KT} 0 1`),
      article('f2', `${AA} 0 1`),
      article('f3', `${KT} 3 | ${AA} 2`),
      article('f4', `${KT} 2`),
      article('f5', 'nothing about a dyad'),
    ];
    const outcomes = await processBatch(articles, { store: failing, publisher, now: NOW, extract });
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, false, true, true]);
    expect(error(outcomes[1]).message).toMatch(/store unavailable for ARM-AZE/);
    expect(error(outcomes[2]).message).toMatch(/store unavailable for ARM-AZE/);
    // The healthy dyad was scored with every article of the batch, the failed one not at all.
    expect((await store.querySeries(KT, 'day', '2022-09-16', '2022-09-17')).items).toHaveLength(1);
    expect(await store.getLatest(AA)).toBeUndefined();

    // Redelivered with a working store (only the failed ones: SQS retries the failed records).
    const again = await processBatch([articles[1], articles[2]] as Article[], {
      store,
      publisher,
      now: NOW,
      extract,
    });
    expect(again.map((o) => (o.ok ? o.result.status : 'error'))).toEqual(['scored', 'scored']);
    expect((await store.querySeries(AA, 'day', '2022-09-16', '2022-09-17')).items).toHaveLength(1);
  });

  it("stores a batch's events in one call; when it fails, each article with events fails, none is lost", async () => {
    const publisher = collector();
    let calls = 0;
    let failing = true;
    const flaky = new Proxy(store, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver);
        if (property !== 'putArticleEvents' || typeof value !== 'function') return value;
        return async (...args: Parameters<TensionStore['putArticleEvents']>) => {
          calls++;
          if (failing) throw new Error('throttled');
          return value.apply(target, args);
        };
      },
    });
    const articles = [article('s1', `${KT} 0 1`), article('s2', `${AA} 0`), article('s3', 'no dyad here')];
    const failed = await processBatch(articles, { store: flaky, publisher, now: NOW, extract });
    expect(calls).toBe(1);
    // The article without events had nothing to store: it is done.
    expect(failed.map((o) => (o.ok ? o.result.status : o.error.message))).toEqual([
      'throttled',
      'throttled',
      'no-events',
    ]);
    expect(await store.getLatest(KT)).toBeUndefined();

    failing = false;
    const again = await processBatch(articles, { store: flaky, publisher, now: NOW, extract });
    expect(calls).toBe(2);
    expect(again.map((o) => (o.ok ? o.result.status : 'error'))).toEqual(['scored', 'scored', 'no-events']);
    expect(await store.queryEvents(KT, '2022-09-16T00:00:00.000Z', '2022-09-17T00:00:00.000Z')).toHaveLength(
      storyRepresentatives(
        toStoredEvents(articles[0] as Article, extract(articles[0] as Article), '2022-09-16T10:00:00.000Z'),
      ).length,
    );
  });

  it('stores the same series as processing the same articles one by one', async () => {
    const articles = [
      article('s1', `${KT} 0 1 1 3`, '2022-09-12T08:00:00Z'),
      article('s2', `${KT} 2 7 8`, '2022-09-16T10:00:00Z'),
      article('s3', `${KT} 3 | ${AA} 0 0 4`, '2022-09-16T13:30:00Z'),
      article('s4', `${AA} 6 7 9 10`, '2022-09-18T02:00:00Z'),
      article('s5', `${KT} 10`, '2022-09-19T21:00:00Z'),
      article('s6', `${KT} 5 4 | ${AA} 1 3`, '2022-09-20T01:15:00Z'),
    ];
    const batchOutcomes = await processBatch(articles, { store, publisher: collector(), now: NOW, extract });
    expect(batchOutcomes.every((o) => o.ok)).toBe(true);

    const single = await startTestTable('batch-single');
    try {
      const one = single.store();
      for (const a of articles) {
        const result = await processArticle(a, { store: one, publisher: collector(), now: NOW, extract });
        expect(result.status).toBe('scored');
      }
      for (const pair of [KT, AA]) {
        const batched = await storedSeries(store, pair);
        const sequential = await storedSeries(one, pair);
        expect(batched.hour.length).toBeGreaterThan(24);
        expect(batched.day.length).toBeGreaterThan(1);
        expect(batched.hour.some((p) => p.score > 0)).toBe(true);
        expect(batched.hour).toEqual(sequential.hour);
        expect(batched.day).toEqual(sequential.day);
        expect(batched.latest).toEqual(sequential.latest);
      }
      // The same events, whichever items hold them (the query's order is the items' key order; a
      // textRef names the item holding the event's text; the texts are in the evidence above).
      const byKey = (events: readonly StoredEvent[]) =>
        [...events]
          .sort((a, b) => eventKey(a).localeCompare(eventKey(b)))
          .map(({ textRef: _textRef, ...event }) => event);
      expect(byKey(await store.queryEvents(KT, '2021-01-01', '2023-01-01'))).toEqual(
        byKey(await one.queryEvents(KT, '2021-01-01', '2023-01-01')),
      );
    } finally {
      await single.close();
    }
  });

  it('rescores the publication hour of an article whose events are all dated elsewhere (coverage)', async () => {
    // Article b's only event is historical (2021): its window must still cover the hour it was
    // published in, where it counts in the dyad's coverage, whatever order the articles come in.
    const a = article('cov-a', `${KT} 0`, '2022-09-16T10:00:00Z');
    const b = article('cov-b', `${KT} 10`, '2022-09-16T10:20:00Z');
    for (const order of [
      [a, b],
      [b, a],
    ]) {
      const fresh = await startTestTable(`batch-coverage-${order[0]?.id}`);
      try {
        const one = fresh.store();
        for (const next of order)
          await processArticle(next, { store: one, publisher: collector(), now: NOW, extract });
        const [hour] = (
          await one.querySeries(KT, 'hour', '2022-09-16T10:00:00.000Z', '2022-09-16T11:00:00.000Z')
        ).items;
        expect(hour?.articles).toBe(2);
      } finally {
        await fresh.close();
      }
    }
  });
});
