import fc from 'fast-check';
import type { Bucket, WeaponCategory } from '../../../functions/core/model';
import type { StoredEvent } from '../../../functions/core/ports/tension-store';
import { DyadModel, eventTime, ScoringCache, scoreSeries } from '../../../functions/core/scoring';
import { DEFAULT_SCORING_SETTINGS } from '../../../functions/core/scoring/settings';
import { storedEvent } from './events';

const CAMEOS = [
  '02',
  '0256',
  '03',
  '04',
  '057',
  '0871',
  '1056',
  '107',
  '10',
  '11',
  '13',
  '138',
  '15',
  '16',
  '19',
  '193',
  '194',
  '195',
  '20',
];
const ESCALATION_CAMEOS = ['13', '15', '19', '190', '193', '194', '195', '20'];
const WEAPONS: WeaponCategory[] = ['small-arms', 'artillery', 'armour', 'aircraft', 'drone', 'heavy-weapons'];
const HASHES = [
  '0123456789abcdef',
  '0123456789abcdee',
  'fedcba9876543210',
  '00ff00ff00ff00ff',
  'a5a5a5a5a5a5a5a5',
];
const START = Date.parse('2022-09-01T00:00:00.000Z');
const RANGE = { from: '2022-08-30T00:00:00.000Z', to: '2022-09-20T00:00:00.000Z' };

const eventArb = (cameos: string[]) =>
  fc
    .record({
      article: fc.integer({ min: 0, max: 7 }),
      index: fc.integer({ min: 0, max: 3 }),
      cameo: fc.constantFrom(...cameos),
      minutes: fc.integer({ min: 0, max: 14 * 24 * 60 }),
      dateOffsetDays: fc.constantFrom(0, 0, 0, -1, null),
      negated: fc.constantFrom(false, false, false, true),
      alleged: fc.boolean(),
      threat: fc.boolean(),
      historical: fc.constantFrom(false, false, false, true),
      killed: fc.option(fc.integer({ min: 0, max: 300 }), { nil: null }),
      injured: fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }),
      weapons: fc.subarray(WEAPONS, { maxLength: 2 }),
      civilian: fc.boolean(),
      hash: fc.constantFrom(...HASHES),
    })
    .map((r): StoredEvent => {
      const published = START + r.minutes * 60_000;
      const date =
        r.dateOffsetDays === null
          ? null
          : new Date(published + r.dateOffsetDays * 86_400_000).toISOString().slice(0, 10);
      return storedEvent({
        articleId: `art-${r.article}`,
        index: r.index,
        cameo: r.cameo,
        polarity: r.cameo < '09' || r.cameo === '1056' || r.cameo === '107' ? 'de-escalation' : 'escalation',
        date,
        published: new Date(published).toISOString(),
        negated: r.negated,
        alleged: r.alleged,
        threat: r.threat,
        historical: r.historical,
        killed: r.killed,
        injured: r.injured,
        weaponCategories: r.weapons,
        target: { country: 'KGZ', role: r.civilian ? 'CVL' : 'MIL' },
        textHash: r.hash,
      });
    });

/** Events with distinct storage keys (a key always names one event, as in the store). */
const eventsArb = fc.uniqueArray(eventArb(CAMEOS), {
  maxLength: 25,
  selector: (e) => `${e.articleId}#${e.index}`,
});
const bucketArb = fc.constantFrom<Bucket>('day', 'hour');

const series = (events: StoredEvent[], bucket: Bucket) =>
  scoreSeries(events, { pair: 'KGZ-TJK', bucket, ...RANGE });

describe('scoreSeries properties', () => {
  // Hourly series are 500 points: keep the run count modest on a shared 2-core machine.
  const params = { numRuns: 40 };

  it('does not depend on the order of events', () => {
    fc.assert(
      fc.property(eventsArb, bucketArb, fc.infiniteStream(fc.nat()), (events, bucket, seeds) => {
        const shuffled = events
          .map((e) => ({ e, k: seeds.next().value }))
          .sort((a, b) => a.k - b.k)
          .map(({ e }) => e);
        expect(series(shuffled, bucket)).toEqual(series(events, bucket));
      }),
      params,
    );
  });

  it('counts an event delivered twice once', () => {
    fc.assert(
      fc.property(eventsArb, bucketArb, fc.nat(), (events, bucket, pick) => {
        fc.pre(events.length > 0);
        const again = events[pick % events.length] as StoredEvent;
        expect(series([...events, { ...again }], bucket)).toEqual(series(events, bucket));
      }),
      params,
    );
  });

  it('reads one event per storage key: a different event under a stored key replaces it, in either order', () => {
    fc.assert(
      fc.property(eventsArb, eventArb(CAMEOS), bucketArb, fc.nat(), (events, variant, bucket, pick) => {
        fc.pre(events.length > 0);
        const held = events[pick % events.length] as StoredEvent;
        const other = { ...variant, articleId: held.articleId, index: held.index };
        const both = series([...events, other], bucket);
        expect(series([other, ...events], bucket)).toEqual(both);
        const replaced = events.map((e) => (e === held ? other : e));
        expect([series(events, bucket), series(replaced, bucket)]).toContainEqual(both);
      }),
      params,
    );
  });

  it('never lowers the score at the time of an added escalation event', () => {
    fc.assert(
      fc.property(eventsArb, eventArb(ESCALATION_CAMEOS), bucketArb, (events, added, bucket) => {
        const extra = { ...added, articleId: 'added', index: 0 };
        const time = eventTime(extra) as number;
        const size = bucket === 'day' ? 86_400_000 : 3_600_000;
        const t = new Date(Math.floor(time / size) * size).toISOString();
        const before = series(events, bucket).find((p) => p.t === t);
        const after = series([...events, extra], bucket).find((p) => p.t === t);
        expect(after?.score).toBeGreaterThanOrEqual(before?.score ?? Number.NaN);
      }),
      params,
    );
  });

  it('decays when no new events arrive', () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        const points = scoreSeries(events, {
          pair: 'KGZ-TJK',
          bucket: 'day',
          from: '2022-09-16T00:00:00.000Z',
          to: '2022-10-10T00:00:00.000Z',
        });
        for (let i = 1; i < points.length; i++) {
          const previous = points[i - 1]!;
          const current = points[i]!;
          expect(current.score).toBeLessThanOrEqual(previous.score);
          if (previous.score > 1) expect(current.score).toBeLessThan(previous.score);
          expect(current.trend).toBeLessThanOrEqual(0);
        }
      }),
      params,
    );
  });

  it('gives every point the same value whichever window recomputes it', () => {
    fc.assert(
      fc.property(
        eventsArb,
        bucketArb,
        fc.integer({ min: 1, max: 20 * 24 - 1 }),
        (events, bucket, offsetHours) => {
          const full = series(events, bucket);
          const size = bucket === 'day' ? 86_400_000 : 3_600_000;
          const from = Math.floor((Date.parse(RANGE.from) + offsetHours * 3_600_000) / size) * size;
          const windowed = scoreSeries(events, {
            pair: 'KGZ-TJK',
            bucket,
            from: new Date(from),
            to: RANGE.to,
          });
          expect(windowed.length).toBeGreaterThan(0);
          expect(windowed).toEqual(full.filter((p) => Date.parse(p.t) >= from));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives every point the level a series of that point alone gives it', () => {
    // A one-bucket series starts its level tracker afresh; a long one continues the previous
    // day's tracker once the two agree. Both must give the same level.
    fc.assert(
      fc.property(eventsArb, bucketArb, (events, bucket) => {
        const full = series(events, bucket);
        const size = bucket === 'day' ? 86_400_000 : 3_600_000;
        for (const point of full) {
          const start = Date.parse(point.t);
          const [alone] = scoreSeries(events, {
            pair: 'KGZ-TJK',
            bucket,
            from: new Date(start),
            to: new Date(start + size),
          });
          expect(alone?.level).toBe(point.level);
        }
      }),
      params,
    );
  });

  it('gives the same series when a model takes over an earlier model of the dyad as when it starts afresh', () => {
    // Successive scoreSeries calls on one dyad hand pressures and day stories from model to model
    // through one cache; a fresh cache (nothing earlier) is the reference.
    const laterFrom = '2022-09-08T00:00:00.000Z';
    fc.assert(
      fc.property(
        eventsArb,
        eventsArb,
        fc.array(fc.nat(), { maxLength: 6 }),
        bucketArb,
        (events, added, dropped, bucket) => {
          const kept = events.filter((_, i) => !dropped.some((d) => d % Math.max(1, events.length) === i));
          const addedKeys = new Set(kept.map((e) => `${e.articleId}#${e.index}`));
          const later = [
            ...kept,
            ...added
              .map((e) => ({ ...e, articleId: `${e.articleId}-later` }))
              .filter((e) => !addedKeys.has(`${e.articleId}#${e.index}`)),
          ];
          const cache = new ScoringCache();
          for (const [list, from] of [
            [events, RANGE.from],
            [later, RANGE.from],
            [later, laterFrom],
            [events, laterFrom],
          ] as const) {
            const options = { pair: 'KGZ-TJK', bucket, from, to: RANGE.to };
            const warm = scoreSeries(structuredClone(list), { ...options, cache });
            expect(warm).toEqual(scoreSeries(list, { ...options, cache: new ScoringCache() }));
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('raises the evidence bound it takes over from an earlier model by the stories of the days that changed', () => {
    // A week of light threats, then a late report of a deadly clash before them: the later model
    // takes over the earlier one, whose stories were all light, and must still show the clash.
    const threats = Array.from({ length: 7 }, (_, i) => {
      const date = `2022-09-0${i + 2}`;
      return storedEvent({ articleId: `threat-${i}`, cameo: '13', date, published: `${date}T08:00:00.000Z` });
    });
    const clash = storedEvent({
      articleId: 'clash',
      cameo: '19',
      killed: 100,
      date: '2022-09-01',
      published: '2022-09-01T06:00:00.000Z',
    });
    const options = {
      pair: 'KGZ-TJK',
      bucket: 'day' as const,
      from: '2022-09-01T00:00:00.000Z',
      to: RANGE.to,
    };
    const cache = new ScoringCache();
    scoreSeries(threats, { ...options, cache });
    const warm = scoreSeries([clash, ...threats], { ...options, cache });
    expect(warm).toEqual(scoreSeries([clash, ...threats], { ...options, cache: new ScoringCache() }));
    expect(warm.find((p) => p.t === '2022-09-09T00:00:00.000Z')?.evidence.map((e) => e.articleId)).toContain(
      'clash',
    );
  });

  it('shows as evidence the strongest contributions of all, whatever older stories it passes over', () => {
    // Evidence passes over groups too old to reach its weakest entry: ranking every contribution
    // (a count none fills) and keeping the first must give the same. Many stories over two weeks,
    // of weights far apart (casualties), so that old strong stories outweigh recent weak ones.
    const storyArb = fc.record({
      day: fc.integer({ min: 0, max: 14 }),
      minute: fc.integer({ min: 0, max: 24 * 60 - 1 }),
      // Few roots, so that a day's group often holds stories of several casualty classes.
      cameo: fc.constantFrom('19', '193', '194', '195', '0871', '04'),
      killed: fc.constantFrom(null, 0, 1, 2, 5, 20, 150),
    });
    fc.assert(
      fc.property(
        fc.array(storyArb, { maxLength: 60 }),
        fc.integer({ min: 0, max: 20 * 24 }),
        (drawn, hours) => {
          const events = drawn.map((r, i) => {
            const published = START + r.day * 86_400_000 + r.minute * 60_000;
            return storedEvent({
              articleId: `story-${i}`,
              cameo: r.cameo,
              polarity: r.cameo < '09' ? 'de-escalation' : 'escalation',
              date: new Date(published).toISOString().slice(0, 10),
              published: new Date(published).toISOString(),
              killed: r.killed,
              textHash: HASHES[i % HASHES.length] as string,
            });
          });
          const model = new DyadModel(events, 'KGZ-TJK', DEFAULT_SCORING_SETTINGS, new ScoringCache());
          const at = START + hours * 3_600_000;
          const all = model.evidenceAt(at, events.length + 1);
          expect(model.evidenceAt(at)).toEqual(all.slice(0, 5));
        },
      ),
      {
        numRuns: 300,
        // A group whose later story outweighs its first (rare at random): the bound must reach a
        // day past a group's first story.
        examples: [
          [
            [
              { day: 2, minute: 0, cameo: '0871', killed: null },
              { day: 1, minute: 0, cameo: '19', killed: null },
              { day: 2, minute: 0, cameo: '19', killed: null },
              { day: 3, minute: 0, cameo: '19', killed: null },
              { day: 2, minute: 1, cameo: '0871', killed: 20 },
              { day: 4, minute: 0, cameo: '19', killed: null },
              { day: 0, minute: 196, cameo: '193', killed: 2 },
            ],
            97,
          ],
        ],
      },
    );
  });

  it('stays within 0-100 and keeps finite pressures', () => {
    fc.assert(
      fc.property(eventsArb, bucketArb, (events, bucket) => {
        for (const point of series(events, bucket)) {
          expect(point.score).toBeGreaterThanOrEqual(0);
          expect(point.score).toBeLessThanOrEqual(100);
          expect(Number.isFinite(point.escalation) && Number.isFinite(point.deescalation)).toBe(true);
        }
      }),
      params,
    );
  });
});
