import fc from 'fast-check';
import type { Bucket, DyadPair, WeaponCategory } from '../../../functions/core/model';
import type { StoredEvent } from '../../../functions/core/ports/tension-store';
import {
  buildStories,
  coverageRecords,
  eventWeight,
  scoreSeries,
  storyReportOf,
  storyRepresentatives,
} from '../../../functions/core/scoring';
import { storedEvent } from './events';

const PAIR = 'KGZ-TJK';
const OTHER = 'ARM-AZE';

const ids = (events: readonly StoredEvent[]) => events.map((e) => `${e.pair}|${e.articleId}#${e.index}`);

/** The claim: representatives give the same stories as all events, for every dyad. */
function expectSameStories(events: readonly StoredEvent[], pairs: DyadPair[] = [PAIR, OTHER]) {
  const kept = storyRepresentatives(events);
  for (const pair of pairs) expect(buildStories(kept, pair)).toEqual(buildStories(events, pair));
}

describe('storyReportOf', () => {
  it('gives the story key, time and signed weight of a weighted event', () => {
    const report = storyReportOf(storedEvent({ articleId: 'r', killed: 3 }));
    expect(report).toEqual({
      key: '2022-09-16|19|esc|3-9',
      date: '2022-09-16',
      root: '19',
      sign: -1,
      time: Date.parse('2022-09-16T09:00:00.000Z'),
      weight: expect.any(Number),
    });
    expect(report?.weight).toBeLessThan(-7);
    const calm = storyReportOf(
      storedEvent({ articleId: 'r', cameo: '04', polarity: 'de-escalation', date: '2022-09-14' }),
    );
    expect(calm).toMatchObject({ key: '2022-09-14|04|deesc|unknown', sign: 1, weight: 1.5 });
    // On another date than its publication: the start of its date.
    expect(calm?.time).toBe(Date.parse('2022-09-14T00:00:00.000Z'));
  });

  it('is null for events that weigh nothing or have no time', () => {
    expect(storyReportOf(storedEvent({ articleId: 'r', negated: true }))).toBeNull();
    expect(storyReportOf(storedEvent({ articleId: 'r', historical: true }))).toBeNull();
    expect(storyReportOf(storedEvent({ articleId: 'r', date: null, published: 'not a date' }))).toBeNull();
  });
});

describe('storyRepresentatives', () => {
  it('keeps only the strongest report of a story within an article', () => {
    const events = [
      storedEvent({ articleId: 'a', index: 0, cameo: '190', alleged: true }),
      storedEvent({ articleId: 'a', index: 1, cameo: '194', alleged: true }),
      storedEvent({ articleId: 'a', index: 2, cameo: '190' }),
      storedEvent({ articleId: 'a', index: 3, cameo: '193', threat: true }),
    ];
    // Same story: same date, CAMEO root 19, escalation, unknown casualties.
    expect(new Set(events.map((e) => storyReportOf(e)?.key)).size).toBe(1);
    const strongest = Math.max(...events.map((e) => Math.abs(eventWeight(e).weight)));
    expect(Math.abs(eventWeight(events[2] as StoredEvent).weight)).toBe(strongest);
    expect(ids(storyRepresentatives(events))).toEqual([`${PAIR}|a#2`]);
    expectSameStories(events);
  });

  it('breaks a tie of weights to the lower index, whatever the input order', () => {
    const events = [
      storedEvent({ articleId: 't', index: 5, evidence: 'Second telling of the clash.' }),
      storedEvent({ articleId: 't', index: 2, evidence: 'First telling of the clash.' }),
      storedEvent({ articleId: 't', index: 9, evidence: 'Third telling of the clash.' }),
    ];
    expect(ids(storyRepresentatives(events))).toEqual([`${PAIR}|t#2`]);
    expect(ids(storyRepresentatives([...events].reverse()))).toEqual([`${PAIR}|t#2`]);
    expect(buildStories(storyRepresentatives(events), PAIR)[0]?.representative.evidence).toBe(
      'First telling of the clash.',
    );
    expectSameStories(events);
  });

  it('keeps one report per story: other dates, roots, signs and casualty classes are other stories', () => {
    const events = [
      storedEvent({ articleId: 'k', index: 0 }),
      storedEvent({ articleId: 'k', index: 1, date: '2022-09-15' }),
      storedEvent({ articleId: 'k', index: 2, killed: 1 }),
      storedEvent({ articleId: 'k', index: 3, cameo: '04', polarity: 'de-escalation' }),
      storedEvent({ articleId: 'k', index: 4, cameo: '10', type: 'demand' }),
      storedEvent({ articleId: 'k', index: 5, cameo: '190', alleged: true }),
      storedEvent({ articleId: 'k', index: 6, negated: true }),
    ];
    expect(ids(storyRepresentatives(events))).toEqual([0, 1, 2, 3, 4].map((index) => `${PAIR}|k#${index}`));
    expectSameStories(events);
  });

  it('keeps the lowest-index event of an article without weighted events (coverage)', () => {
    const events = [
      storedEvent({ articleId: 'w', index: 0 }),
      storedEvent({ articleId: 'w', index: 1, negated: true }),
      // Article c has events about the dyad, none of which weighs anything.
      storedEvent({ articleId: 'c', index: 4, historical: true, date: '2021-04-29' }),
      storedEvent({ articleId: 'c', index: 1, negated: true }),
      storedEvent({ articleId: 'c', index: 3, cameo: '03', negated: true }),
    ];
    // Article w has a weighted event: its unweighted ones are not kept for coverage.
    expect(ids(storyRepresentatives(events))).toEqual([`${PAIR}|c#1`, `${PAIR}|w#0`]);
    expectSameStories(events);
    const all = scoreSeries(events, {
      pair: PAIR,
      bucket: 'day',
      from: '2022-09-15',
      to: '2022-09-18',
    });
    // Both articles count as coverage on the 16th.
    expect(all.map((p) => p.articles)).toEqual([0, 2, 0]);
    expect(
      scoreSeries(storyRepresentatives(events), {
        pair: PAIR,
        bucket: 'day',
        from: '2022-09-15',
        to: '2022-09-18',
      }),
    ).toEqual(all);
  });

  it('works per dyad: coverage and stories of one article in two dyads', () => {
    const events = [
      storedEvent({ articleId: 'd', index: 0, pair: OTHER, negated: true }),
      storedEvent({ articleId: 'd', index: 1 }),
      storedEvent({ articleId: 'd', index: 2, pair: OTHER, historical: true }),
      storedEvent({ articleId: 'd', index: 3, alleged: true }),
      // The same story as index 1, about the other dyad: kept for that dyad.
      storedEvent({ articleId: 'e', index: 0, pair: OTHER }),
      storedEvent({ articleId: 'e', index: 1 }),
      storedEvent({ articleId: 'e', index: 2, pair: OTHER, alleged: true }),
    ];
    expect(ids(storyRepresentatives(events))).toEqual([
      `${OTHER}|d#0`,
      `${OTHER}|e#0`,
      `${PAIR}|d#1`,
      `${PAIR}|e#1`,
    ]);
    expectSameStories(events);
  });

  it('counts an event given twice once', () => {
    const event = storedEvent({ articleId: 'x', index: 3 });
    const weaker = storedEvent({ articleId: 'x', index: 4, alleged: true });
    const kept = storyRepresentatives([event, weaker, { ...event }, { ...weaker }, event]);
    expect(kept).toEqual([event]);
    expect(storyRepresentatives([])).toEqual([]);
    expectSameStories([event, weaker, { ...event }]);
  });
});

// Property: over realistic articles (every event of an article shares its publication time and text
// hash, as toStoredEvents builds them), the representatives score exactly like all the events.

const CAMEOS = ['02', '0256', '03', '04', '057', '10', '11', '13', '15', '19', '190', '193', '194', '20'];
const WEAPONS: WeaponCategory[] = ['small-arms', 'artillery', 'armour', 'drone', 'heavy-weapons'];
const HASHES = ['0123456789abcdef', '0123456789abcdee', 'fedcba9876543210', '00ff00ff00ff00ff'];
const START = Date.parse('2022-09-01T00:00:00.000Z');
const RANGE = { from: '2022-08-30T00:00:00.000Z', to: '2022-09-14T00:00:00.000Z' };

const articleArb = fc.record({
  minutes: fc.integer({ min: 0, max: 10 * 24 * 60 }),
  hash: fc.constantFrom(...HASHES),
});

const eventArb = fc.record({
  article: fc.nat(),
  index: fc.integer({ min: 0, max: 11 }),
  pair: fc.constantFrom<DyadPair>(PAIR, PAIR, OTHER),
  cameo: fc.constantFrom(...CAMEOS),
  dateOffsetDays: fc.constantFrom(0, 0, 0, -1, -2, 1, null),
  negated: fc.constantFrom(false, false, false, true),
  alleged: fc.boolean(),
  threat: fc.constantFrom(false, false, true),
  historical: fc.constantFrom(false, false, false, true),
  approximate: fc.constantFrom(undefined, undefined, true),
  killed: fc.option(fc.constantFrom(0, 1, 2, 5, 40), { nil: null }),
  injured: fc.option(fc.constantFrom(0, 3), { nil: null }),
  weapons: fc.subarray(WEAPONS, { maxLength: 2 }),
  civilian: fc.boolean(),
});

const eventSetArb = fc
  .record({
    articles: fc.array(articleArb, { minLength: 1, maxLength: 5 }),
    events: fc.array(eventArb, { maxLength: 30 }),
    duplicates: fc.array(fc.nat(), { maxLength: 4 }),
  })
  .map(({ articles, events, duplicates }) => {
    const byKey = new Map<string, StoredEvent>();
    for (const r of events) {
      const article = r.article % articles.length;
      const { minutes, hash } = articles[article] as { minutes: number; hash: string };
      const published = START + minutes * 60_000;
      const date =
        r.dateOffsetDays === null
          ? null
          : new Date(published + r.dateOffsetDays * 86_400_000).toISOString().slice(0, 10);
      const event = storedEvent({
        articleId: `art-${article}`,
        index: r.index,
        pair: r.pair,
        cameo: r.cameo,
        polarity: r.cameo < '09' ? 'de-escalation' : 'escalation',
        date,
        ...(r.approximate ? { dateApproximate: true } : {}),
        published: new Date(published).toISOString(),
        negated: r.negated,
        alleged: r.alleged,
        threat: r.threat,
        historical: r.historical,
        killed: r.killed,
        injured: r.injured,
        weaponCategories: r.weapons,
        target: { country: 'KGZ', role: r.civilian ? 'CVL' : 'MIL' },
        textHash: hash,
        evidence: `Report ${r.index} of article ${article}.`,
      });
      // A storage key names one event (article id + index), as in the store.
      const key = `${event.articleId}#${event.index}`;
      if (!byKey.has(key)) byKey.set(key, event);
    }
    const unique = [...byKey.values()];
    const again =
      unique.length === 0 ? [] : duplicates.map((n) => ({ ...(unique[n % unique.length] as StoredEvent) }));
    return [...unique, ...again];
  });

const series = (events: readonly StoredEvent[], pair: DyadPair, bucket: Bucket) =>
  scoreSeries(events, { pair, bucket, ...RANGE });

describe('storyRepresentatives properties', () => {
  it('gives the same stories as all events', () => {
    fc.assert(
      fc.property(eventSetArb, (events) => {
        expectSameStories(events);
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same daily and hourly series as all events', () => {
    let reduced = 0;
    fc.assert(
      fc.property(eventSetArb, fc.constantFrom<DyadPair>(PAIR, OTHER), (events, pair) => {
        const kept = storyRepresentatives(events);
        expect(kept.length).toBeLessThanOrEqual(events.length);
        const daily = series(events, pair, 'day');
        if (kept.length < events.length && daily.some((p) => p.score > 0)) reduced++;
        expect(series(kept, pair, 'day')).toEqual(daily);
        expect(series(kept, pair, 'hour')).toEqual(series(events, pair, 'hour'));
      }),
      { numRuns: 40, seed: 20220916 },
    );
    // The property was exercised: events were dropped and the series were not all zero.
    expect(reduced).toBeGreaterThan(5);
  });

  it('keeps at most one event per story and article, and one event for an article without stories', () => {
    fc.assert(
      fc.property(eventSetArb, (events) => {
        const kept = storyRepresentatives(events);
        const slots = kept.map((e) => `${e.pair}|${e.articleId}|${storyReportOf(e)?.key ?? 'coverage'}`);
        expect(new Set(slots).size).toBe(slots.length);
        // Every (dyad, article) of the input is represented.
        const articles = (list: readonly StoredEvent[]) =>
          new Set(list.map((e) => `${e.pair}|${e.articleId}`));
        expect(articles(kept)).toEqual(articles(events));
        // A kept coverage event is the lowest index of its article in that dyad.
        for (const e of kept) {
          if (storyReportOf(e)) continue;
          const same = events.filter((o) => o.pair === e.pair && o.articleId === e.articleId);
          expect(same.every((o) => storyReportOf(o) === null)).toBe(true);
          expect(e.index).toBe(Math.min(...same.map((o) => o.index)));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('coverageRecords', () => {
  const published = '2022-09-16T10:00:00.000Z';
  it('keeps the first event of an article whose events are all dated out of reach of its publication', () => {
    const history = [1, 0].map((index) =>
      storedEvent({ articleId: 'h', index, date: '2021-04-29', published, historical: true }),
    );
    expect(coverageRecords(history).map((e) => e.index)).toEqual([0]);
  });

  it('needs none when one event of the article and dyad is near its publication', () => {
    const mixed = [
      storedEvent({ articleId: 'm', index: 0, date: '2021-04-29', published }),
      storedEvent({ articleId: 'm', index: 1, date: '2022-09-15', published }),
      storedEvent({ articleId: 'm', index: 2, date: '2021-04-29', published, pair: 'ARM-AZE' }),
    ];
    // KGZ-TJK has yesterday's event in reach; ARM-AZE has only the old one.
    expect(coverageRecords(mixed).map((e) => [e.pair, e.index])).toEqual([['ARM-AZE', 2]]);
  });

  it('treats an event dated a day or more after publication as out of reach', () => {
    const future = [storedEvent({ articleId: 'f', index: 0, date: '2022-09-18', published })];
    expect(coverageRecords(future)).toHaveLength(1);
    const sameDay = [storedEvent({ articleId: 's', index: 0, date: '2022-09-16', published })];
    expect(coverageRecords(sameDay)).toHaveLength(0);
  });
});
