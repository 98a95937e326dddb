/**
 * A dyad model updated to a new set of events (DyadModel.update), and the models scoreSeries keeps
 * across calls, must be exactly the model built afresh from those events: same stories, coverage,
 * pressures (cached ones included) and evidence. Series = f(events) depends on it.
 */
import fc from 'fast-check';
import type { StoredEvent } from '../../../functions/core/ports/tension-store';
import { DEFAULT_SCORING_SETTINGS, DyadModel, scoreSeries } from '../../../functions/core/scoring';
import { storedEvent } from './events';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const PAIR = 'KGZ-TJK';
const BASE = Date.parse('2022-06-01T00:00:00.000Z');
const CAMEOS = ['190', '194', '195', '138', '112', '0871', '036', '046'] as const;

interface Draft {
  day: number;
  hour: number;
  cameo: number;
  killed: number | null;
  article: number;
  copy: boolean;
  otherPair: boolean;
}

function eventOf(d: Draft, index: number): StoredEvent {
  const published = new Date(BASE + d.day * DAY_MS + d.hour * HOUR_MS).toISOString();
  return storedEvent({
    articleId: `a${d.article}-${d.day}`,
    index,
    cameo: CAMEOS[d.cameo % CAMEOS.length] as string,
    killed: d.killed,
    date: published.slice(0, 10),
    published,
    pair: d.otherPair ? 'KAZ-KGZ' : PAIR,
    // Syndicated copies share a text hash: they count once in a story's confidence.
    ...(d.copy ? { textHash: '0123456789abcdef' } : {}),
  });
}

/** Every instant a comparison reads: hours across the pool, a few off the hour. */
function instants(fromDay: number, toDay: number): number[] {
  const at: number[] = [];
  for (let h = fromDay * 24; h <= toDay * 24; h += 7) at.push(BASE + h * HOUR_MS);
  at.push(BASE + fromDay * DAY_MS + 1234, BASE + toDay * DAY_MS - 98_765);
  return at;
}

function expectSameModel(updated: DyadModel, fresh: DyadModel, at: readonly number[]): void {
  expect(updated.stories).toEqual(fresh.stories);
  expect(updated.articleTimes).toEqual(fresh.articleTimes);
  for (const t of at) {
    expect(updated.pressureAt(t)).toEqual(fresh.pressureAt(t));
    expect(updated.storiesIn(t - DAY_MS, t)).toBe(fresh.storiesIn(t - DAY_MS, t));
    expect(updated.articlesIn(t - DAY_MS, t)).toBe(fresh.articlesIn(t - DAY_MS, t));
  }
  for (const t of at.filter((_, i) => i % 9 === 0))
    expect(updated.evidenceAt(t)).toEqual(fresh.evidenceAt(t));
}

describe('DyadModel.update', () => {
  const settings = DEFAULT_SCORING_SETTINGS;
  const pool = (count: number) =>
    Array.from({ length: count }, (_, i) =>
      eventOf(
        {
          day: i % 60,
          hour: (i * 5) % 24,
          cameo: i,
          killed: i % 7 === 0 ? 2 : null,
          article: i % 13,
          copy: i % 5 === 0,
          otherPair: false,
        },
        i,
      ),
    );

  it('gives the fresh model after events are added, dropped, changed and removed, with pressures cached before', () => {
    const all = pool(240);
    const inDays = (events: readonly StoredEvent[], from: number, to: number) =>
      events.filter((e) => {
        const t = Date.parse(e.published);
        return t >= BASE + from * DAY_MS && t < BASE + to * DAY_MS;
      });
    const at = instants(0, 75);
    const model = new DyadModel(inDays(all, 0, 40), PAIR, settings);
    for (const t of at) model.pressureAt(t);

    // A new day of reports.
    const added = inDays(all, 0, 41);
    expect(model.update(added)).toBe(true);
    expectSameModel(model, new DyadModel(added, PAIR, settings), at);

    // The look-back slides: the oldest days drop out, the next ones come in.
    const slid = inDays(all, 3, 44);
    expect(model.update(slid)).toBe(true);
    expectSameModel(model, new DyadModel(slid, PAIR, settings), at);

    // One event read again with other content under the same key (a re-extracted article), given
    // as fresh objects, as a DynamoDB query returns them.
    const changed = slid.map((e, i) =>
      i === 17
        ? { ...e, cameo: '036', killed: null }
        : { ...e, actor: e.actor && { ...e.actor }, weapons: [...e.weapons] },
    );
    expect(model.update(changed)).toBe(true);
    expectSameModel(model, new DyadModel(changed, PAIR, settings), at);

    // An event gone from the middle, and another dyad's events among the input (ignored).
    const removed = [
      ...changed.filter((_, i) => i !== 40),
      ...pool(20).map((e) => ({ ...e, pair: 'KAZ-KGZ' })),
    ];
    expect(model.update(removed)).toBe(true);
    expectSameModel(model, new DyadModel(removed, PAIR, settings), at);
  });

  it('declines, changing nothing, when fewer than half of the events are its own', () => {
    const all = pool(240);
    const model = new DyadModel(all.slice(0, 100), PAIR, settings);
    const before = model.stories;
    expect(model.update(all.slice(150))).toBe(false);
    // The same keys with other content (the same articles timed otherwise) are not its own either.
    const retimed = all
      .slice(0, 100)
      .map((e) => ({ ...e, published: '2023-01-05T10:00:00.000Z', date: '2023-01-05' }));
    expect(model.update(retimed)).toBe(false);
    expect(model.stories).toBe(before);
  });

  it('equals a fresh model along any sequence of event sets (property)', () => {
    const draft = fc.record({
      day: fc.integer({ min: 0, max: 90 }),
      hour: fc.integer({ min: 0, max: 23 }),
      cameo: fc.integer({ min: 0, max: CAMEOS.length - 1 }),
      killed: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
      article: fc.integer({ min: 0, max: 9 }),
      copy: fc.boolean(),
      otherPair: fc.boolean(),
    });
    const step = fc.record({
      from: fc.integer({ min: 0, max: 30 }),
      span: fc.integer({ min: 20, max: 91 }),
      drop: fc.array(fc.nat(), { maxLength: 3 }),
      change: fc.array(fc.nat(), { maxLength: 2 }),
    });
    let updates = 0;
    fc.assert(
      fc.property(
        fc.array(draft, { minLength: 1, maxLength: 60 }),
        fc.array(step, { minLength: 2, maxLength: 6 }),
        (drafts, steps) => {
          const all = drafts.map(eventOf);
          const at = instants(0, 95).filter((_, i) => i % 3 === 0);
          let model: DyadModel | null = null;
          for (const { from, span, drop, change } of steps) {
            const window = all.filter((e) => {
              const day = (Date.parse(e.published) - BASE) / DAY_MS;
              return day >= from && day < from + span;
            });
            const dropped = new Set(drop.map((i) => i % Math.max(1, window.length)));
            const changed = new Set(change.map((i) => i % Math.max(1, window.length)));
            const events = window
              .filter((_, i) => !dropped.has(i))
              .map((e, i) =>
                changed.has(i) ? { ...e, killed: (e.killed ?? 0) + 5, textHash: 'fedcba9876543210' } : e,
              );
            if (model) for (const t of at) model.pressureAt(t);
            if (model?.update(events)) updates++;
            else model = new DyadModel(events, PAIR, settings);
            expectSameModel(model, new DyadModel(events, PAIR, settings), at);
          }
        },
      ),
      { numRuns: 100, seed: 20221214 },
    );
    // The property exercised updates, not only fresh builds.
    expect(updates).toBeGreaterThan(50);
  });
});

describe('scoreSeries across calls', () => {
  it('gives the series of a cold start after the dyad was scored on other events before', () => {
    // Event i is the same event (key and content) in every set that holds it.
    const events = (fromDay: number, toDay: number) =>
      Array.from({ length: (toDay - fromDay) * 3 }, (_, k) => {
        const i = fromDay * 3 + k;
        return eventOf(
          {
            day: Math.floor(i / 3),
            hour: (i * 7) % 24,
            cameo: i,
            killed: i % 4 === 0 ? 3 : null,
            article: i % 11,
            copy: i % 6 === 0,
            otherPair: i % 10 === 0,
          },
          i,
        );
      });
    const options = (bucket: 'hour' | 'day') => ({
      pair: PAIR,
      bucket,
      from: new Date(BASE + 50 * DAY_MS),
      to: new Date(BASE + 62 * DAY_MS),
      evidence: 'changes' as const,
    });
    const final = events(0, 61);
    // A fresh module: nothing scored before.
    let cold: unknown[] = [];
    jest.isolateModules(() => {
      const fresh =
        require('../../../functions/core/scoring') as typeof import('../../../functions/core/scoring');
      cold = [fresh.scoreSeries(final, options('hour')), fresh.scoreSeries(final, options('day'))];
    });
    // The dyad scored on earlier and overlapping event sets first, fresh arrays each time.
    for (const [from, to] of [
      [0, 40],
      [0, 45],
      [2, 50],
      [3, 58],
    ] as const) {
      scoreSeries(events(from, to), options('hour'));
      scoreSeries(events(from, to).reverse(), options('day'));
    }
    const warm = [
      scoreSeries([...final], options('hour')),
      scoreSeries([...final].reverse(), options('day')),
    ];
    expect(warm).toEqual(cold);
    expect((cold[0] as unknown[]).length).toBe(12 * 24);
  });
});
