/**
 * A scorer that dies at any step leaves the article to be redone by its redelivery, and the
 * redelivery ends in the same series and the same alerts as an uninterrupted run (dynalite).
 * Faults are injected by wrapping the real store or publisher; everything else is real.
 */
import { ConsoleAlertPublisher } from '../../../functions/adapters/alerts/console-alert-publisher';
import type { Article, ExtractedEvent, ScorePoint } from '../../../functions/core/model';
import {
  type Extract,
  processArticle,
  recomputeWindows,
  TransitionBusyError,
} from '../../../functions/core/pipeline/process-article';
import type { AlertPublisher, LevelChangeAlert } from '../../../functions/core/ports/alert-publisher';
import type { TensionStore } from '../../../functions/core/ports/tension-store';
import { scoreSeries } from '../../../functions/core/scoring';
import { startTestTable, type TestTable } from '../../adapters/store/dynalite';
import { seedLikeDay } from '../scoring/events';

const NOW = new Date('2022-09-17T06:30:00.000Z');
const AFTER_LEASE = new Date(NOW.getTime() + 61_000);
const PAIR = 'KGZ-TJK';

const seedEvents: ExtractedEvent[] = seedLikeDay().map(
  ({ articleId: _a, index: _i, url: _u, title: _t, published: _p, outlet: _o, textHash: _h, ...event }) =>
    event,
);
const extract: Extract = (article) => ({
  id: article.id,
  published: article.published ?? null,
  dyads: [{ pair: PAIR, salience: 1 }],
  entities: { countries: [], organizations: [], people: [], places: [], weapons: [] },
  events: seedEvents.map((e) => ({ ...e })),
  casualties: { killed: 1, injured: 3 },
});

const article = (id: string, published = '2022-09-16T10:00:00Z'): Article => ({
  id,
  url: `https://news.example/${id}`,
  title: `Clash ${id}`,
  text: 'Our own short report of fighting along the frontier.',
  published,
  source: 'Example Wire',
});

class Crash extends Error {
  override readonly name = 'Crash';
}

/** The real store, except that `method` throws (a dying process) on its first `times` calls. */
function crashingStore(store: TensionStore, method: keyof TensionStore, times = 1): TensionStore {
  let left = times;
  return new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      if (property === method) {
        return async (...args: unknown[]) => {
          if (left-- > 0) throw new Crash(`scorer died in ${String(method)}`);
          return value.apply(target, args);
        };
      }
      return value.bind(target);
    },
  });
}

/** A publisher whose publish, once it has the claim, waits until `release()`; then sends into `into`. */
function heldPublisher(into: LevelChangeAlert[]) {
  let release!: () => void;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  let claimed!: () => void;
  const hasClaimed = new Promise<void>((resolve) => {
    claimed = resolve;
  });
  const publisher: AlertPublisher = {
    async publish(alert) {
      claimed();
      await held;
      into.push(alert);
    },
  };
  return { publisher, hasClaimed, release };
}

const collector = () => new ConsoleAlertPublisher(() => {});

/** Publishes into `into`, but the first `failures` calls fail (SNS down). */
function failingPublisher(into: LevelChangeAlert[], failures: number): AlertPublisher {
  let left = failures;
  return {
    async publish(alert) {
      if (left-- > 0) throw new Error('SNS: service unavailable');
      into.push(alert);
    },
  };
}

/** The stored hourly series must equal the pure model over every stored event, up to `now`. */
async function expectSeriesOfStoredEvents(store: TensionStore, now = NOW) {
  const events = await store.queryEvents(PAIR, '2021-01-01', '2023-01-01');
  const hour = await store.querySeries(PAIR, 'hour', '2022-09-15T00:00:00.000Z', now.toISOString());
  const first = hour.items[0]?.t ?? '';
  // The recompute window starts an hour before the day of the article's first event (16 Sept).
  expect(first).toBe('2022-09-15T23:00:00.000Z');
  const expected = scoreSeries(events, { pair: PAIR, bucket: 'hour', from: first, to: now, now });
  expect(hour.items.map((p) => [p.t, p.score, p.level])).toEqual(
    expected.map((p) => [p.t, p.score, p.level]),
  );
  const day = await store.querySeries(PAIR, 'day', '2022-09-16', '2022-09-17');
  expect(day.items.map((p) => p.level)).toEqual(['high']);
}

describe('crash safety of processArticle (dynalite)', () => {
  let table: TestTable;
  let store: TensionStore;
  let n = 0;
  beforeEach(async () => {
    table = await startTestTable(`crash-${++n}`);
    store = table.store();
  });
  afterEach(async () => table.close());

  it('dies after storing events, before rescoring: the redelivery scores in full and alerts once', async () => {
    const publisher = collector();
    const dying = crashingStore(store, 'bumpDyadRevision');
    await expect(
      processArticle(article('c1'), { store: dying, publisher, now: NOW, extract }),
    ).rejects.toThrow(Crash);
    expect(await store.queryEvents(PAIR, '2022-09-16', '2022-09-17')).not.toHaveLength(0);
    expect(await store.getLatest(PAIR)).toBeUndefined();
    expect(publisher.published).toEqual([]);

    const redelivered = await processArticle(article('c1'), { store, publisher, now: NOW, extract });
    expect(redelivered.status).toBe('scored');
    expect(publisher.published.map((a) => [a.from, a.to])).toEqual([['calm', 'high']]);
    await expectSeriesOfStoredEvents(store);
  });

  it('publish fails: the transition stays claimed until its lease ends, then the redelivery publishes it', async () => {
    const sent: LevelChangeAlert[] = [];
    const deps = { store, now: NOW, extract };
    await expect(
      processArticle(article('p1'), { ...deps, publisher: failingPublisher(sent, 1) }),
    ).rejects.toThrow(/service unavailable/);
    const [transition] = await store.listTransitions(PAIR);
    expect(transition && (await store.getTransitionState(transition))).toBe('pending');

    // A redelivery inside the lease must not let the article succeed while the alert is unsent.
    await expect(
      processArticle(article('p1'), { ...deps, publisher: failingPublisher(sent, 0) }),
    ).rejects.toThrow(TransitionBusyError);

    const later = await processArticle(article('p1'), {
      ...deps,
      now: AFTER_LEASE,
      publisher: failingPublisher(sent, 0),
    });
    expect(later.transitions).toHaveLength(1);
    expect(sent.map((a) => [a.pair, a.from, a.to])).toEqual([[PAIR, 'calm', 'high']]);
    expect(transition && (await store.getTransitionState(transition))).toBe('sent');
  });

  it('finished but never acknowledged: the redelivery writes no point and alerts nothing', async () => {
    const publisher = collector();
    await processArticle(article('m1'), { store, publisher, now: NOW, extract });
    expect(publisher.published).toHaveLength(1);
    const events = await store.queryEvents(PAIR, '2021-01-01', '2023-01-01');
    const writes: number[] = [];
    const watched = new Proxy(store, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver);
        if (property !== 'putScorePoints' || typeof value !== 'function') {
          return typeof value === 'function' ? value.bind(target) : value;
        }
        return async (...args: Parameters<TensionStore['putScorePoints']>) => {
          const result = await target.putScorePoints(...args);
          writes.push(result.written);
          return result;
        };
      },
    });
    const again = await processArticle(article('m1'), { store: watched, publisher, now: NOW, extract });
    expect(again.status).toBe('scored');
    expect(again.transitions).toEqual([]);
    expect(publisher.published).toHaveLength(1);
    // Rescored, found unchanged: not one day of the series written again, no event added.
    expect(writes.length).toBeGreaterThan(0);
    expect(writes.every((written) => written === 0)).toBe(true);
    expect(await store.queryEvents(PAIR, '2021-01-01', '2023-01-01')).toEqual(events);
    await expectSeriesOfStoredEvents(store);
  });

  it('dies between publishing and settling: the documented at-least-once window publishes again', async () => {
    const publisher = collector();
    const dying = crashingStore(store, 'settleTransition');
    await expect(
      processArticle(article('s1'), { store: dying, publisher, now: NOW, extract }),
    ).rejects.toThrow(Crash);
    await processArticle(article('s1'), { store, publisher, now: AFTER_LEASE, extract });
    expect(publisher.published.map((a) => a.t)).toEqual([
      publisher.published[0]?.t,
      publisher.published[0]?.t,
    ]);
  });

  it('two scorers of the same message at once publish the transition once', async () => {
    const sent: LevelChangeAlert[] = [];
    // Scorer A claims the transition, then its publish hangs until scorer B has finished.
    const { publisher: slowPublisher, hasClaimed, release } = heldPublisher(sent);
    const a = processArticle(article('twice'), { store, publisher: slowPublisher, now: NOW, extract });
    await hasClaimed;
    const b = processArticle(article('twice'), {
      store,
      publisher: failingPublisher(sent, 0),
      now: NOW,
      extract,
    });
    await expect(b).rejects.toThrow(TransitionBusyError);
    release();
    expect((await a).transitions).toHaveLength(1);
    expect(sent).toHaveLength(1);
    // B's message comes back later, does the (idempotent) work again and finds the alert sent.
    const retried = await processArticle(article('twice'), {
      store,
      publisher: failingPublisher(sent, 0),
      now: AFTER_LEASE,
      extract,
    });
    expect(retried.status).toBe('scored');
    expect(retried.transitions).toEqual([]);
    expect(sent).toHaveLength(1);
  });

  it('two articles about the same dyad at once: neither waits for the other, one alert', async () => {
    const sent: LevelChangeAlert[] = [];
    const { publisher: slowPublisher, hasClaimed, release } = heldPublisher(sent);
    // Scorer A holds the claim while B (another article of the same story) rescores the dyad.
    const a = processArticle(article('first'), { store, publisher: slowPublisher, now: NOW, extract });
    await hasClaimed;
    const b = await processArticle(article('second'), {
      store,
      publisher: failingPublisher(sent, 0),
      now: NOW,
      extract,
    });
    expect(b.status).toBe('scored');
    expect(b.transitions).toEqual([]);
    release();
    expect((await a).transitions).toHaveLength(1);
    expect(sent).toHaveLength(1);
  });

  it('backfills an old article: points at its date, the level change recorded but not alerted', async () => {
    const publisher = collector();
    const now = new Date('2026-11-28T12:00:00.000Z');
    const result = await processArticle(article('old'), { store, publisher, now, extract });
    expect(result.status).toBe('scored');
    expect(result.transitions).toEqual([]);
    // The clash, then its decay over the 30 recomputed days: all history, none alerted.
    expect(result.suppressed.map((a) => [a.from, a.to])[0]).toEqual(['calm', 'high']);
    expect(publisher.published).toEqual([]);
    const day = await store.querySeries(PAIR, 'day', '2022-09-16', '2022-09-17');
    expect(day.items.map((p) => p.level)).toEqual(['high']);
    expect(day.items[0]?.score).toBeGreaterThan(45);
    const recorded = await store.listTransitions(PAIR);
    expect(recorded).toHaveLength(result.suppressed.length);
    for (const transition of recorded) expect(await store.getTransitionState(transition)).toBe('suppressed');
  });

  it('records a backfilled level change in one write each: no claim is taken, so none is settled', async () => {
    const calls: string[] = [];
    const counting = new Proxy(store, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          calls.push(String(property));
          return value.apply(target, args);
        };
      },
    });
    const now = new Date('2026-11-28T12:00:00.000Z');
    const result = await processArticle(article('old'), {
      store: counting,
      publisher: collector(),
      now,
      extract,
    });
    expect(result.suppressed.length).toBeGreaterThan(0);
    const writes = (name: string) => calls.filter((call) => call === name).length;
    expect(writes('recordSuppressedTransition')).toBe(result.suppressed.length);
    expect(writes('claimTransition')).toBe(0);
    expect(writes('settleTransition')).toBe(0);
  });

  it('dies while recording a backfilled level change: the redelivery records it, nothing is alerted', async () => {
    const publisher = collector();
    const now = new Date('2026-11-28T12:00:00.000Z');
    const dying = crashingStore(store, 'recordSuppressedTransition');
    await expect(processArticle(article('old'), { store: dying, publisher, now, extract })).rejects.toThrow(
      Crash,
    );
    const again = await processArticle(article('old'), { store, publisher, now, extract });
    expect(again.suppressed.map((a) => [a.from, a.to])[0]).toEqual(['calm', 'high']);
    const recorded = await store.listTransitions(PAIR);
    expect(recorded).toHaveLength(again.suppressed.length);
    for (const transition of recorded) expect(await store.getTransitionState(transition)).toBe('suppressed');
    expect(publisher.published).toEqual([]);
  });

  it('records a level change between the stored hour before the window and the window', async () => {
    // An earlier recomputation left the dyad at "elevated" the hour before this article's window
    // (16 Sept 00:00 - 1 h); this window starts calm: the reader sees a change, so it is recorded.
    const before: ScorePoint = {
      pair: PAIR,
      bucket: 'hour',
      t: '2022-09-15T22:00:00.000Z',
      score: 15,
      level: 'elevated',
      trend: 0,
      anomaly: false,
      escalation: 2,
      deescalation: 0,
      events: 0,
      articles: 0,
      evidence: [],
    };
    await store.putScorePoints([before], await store.bumpDyadRevision(PAIR));
    const result = await processArticle(article('edge'), {
      store,
      publisher: collector(),
      now: NOW,
      extract,
    });
    const all = [...result.transitions, ...result.suppressed].map((a) => [a.t, a.from, a.to]);
    expect(all).toContainEqual(['2022-09-15T23:00:00.000Z', 'elevated', 'calm']);
  });

  it('alerts an old level change when alertMaxAgeHours reaches back to it', async () => {
    const publisher = collector();
    const now = new Date('2022-09-30T12:00:00.000Z');
    const settings = { alertMaxAgeHours: 24 * 30 };
    const result = await processArticle(article('late'), { store, publisher, now, extract, settings });
    expect(result.suppressed).toEqual([]);
    expect(publisher.published.map((a) => a.to)).toContain('high');
  });
});

describe('recomputeWindows', () => {
  const DAY = 86_400_000;
  const now = new Date('2026-11-28T12:00:00.000Z');
  const at = (iso: string) => Date.parse(iso);

  it('covers each event from the start of its day (its story) up to recomputeDays later, never past now', () => {
    expect(recomputeWindows([at('2026-11-27T10:20:00Z')], now, 30)).toEqual([
      { since: new Date('2026-11-27T00:00:00Z'), until: now },
    ]);
    expect(recomputeWindows([at('2022-09-16T10:00:00Z')], now, 30)).toEqual([
      { since: new Date('2022-09-16T00:00:00Z'), until: new Date(at('2022-09-16T00:00:00Z') + 30 * DAY) },
    ]);
  });

  it('merges overlapping spans and keeps distant ones apart', () => {
    const windows = recomputeWindows(
      [at('2022-09-20T00:00:00Z'), at('2021-04-29T00:00:00Z'), at('2022-09-16T00:00:00Z')],
      now,
      30,
    );
    expect(windows.map((w) => [w.since.toISOString(), w.until.toISOString()])).toEqual([
      ['2021-04-29T00:00:00.000Z', '2021-05-29T00:00:00.000Z'],
      ['2022-09-16T00:00:00.000Z', '2022-10-20T00:00:00.000Z'],
    ]);
  });

  it('counts future dates from now and opens no window for events older than ten years', () => {
    const [future] = recomputeWindows([at('2099-01-01T00:00:00Z')], now, 30);
    expect(future?.since.getTime()).toBe(Math.floor(now.getTime() / DAY) * DAY);
    expect(future?.until).toEqual(now);
    expect(recomputeWindows([at('1900-01-01T00:00:00Z')], now, 30)).toEqual([]);
    expect(recomputeWindows([], now, 30)).toEqual([]);
  });
});
