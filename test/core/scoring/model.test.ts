import type { StoredEvent } from '../../../functions/core/ports/tension-store';
import {
  buildStories,
  DEFAULT_SCORING_SETTINGS,
  DyadModel,
  eventWeight,
  hammingDistance,
  independentReports,
  levelFor,
  scoreSeries,
  textHash,
} from '../../../functions/core/scoring';
import { seedLikeDay, storedEvent } from './events';

const day = (events: StoredEvent[], date = '2022-09-16') =>
  scoreSeries(events, { pair: 'KGZ-TJK', bucket: 'day', from: date, to: `${date}T23:00:00Z` })[0]!;

const WIRE_TEXT =
  'Guards on both sides of the mountain frontier exchanged fire on Tuesday morning after a dispute over a water ' +
  'intake, officials said, adding that talks between district governors were planned for the weekend and that ' +
  'the checkpoint stayed closed to traffic while commanders met at the line to calm the situation down.';

describe('event weights', () => {
  it('grades fire by casualties (log-scaled), civilians and weapons instead of a flat -10', () => {
    const fire = storedEvent({ articleId: 'a', cameo: '193' });
    const deadly = { ...fire, killed: 10 };
    const massacre = { ...fire, killed: 100 };
    const civilian = { ...deadly, target: { country: 'KGZ', role: 'CVL' as const } };
    const artillery = { ...fire, weaponCategories: ['artillery' as const] };
    const air = { ...fire, weaponCategories: ['aircraft' as const] };
    const w = (e: StoredEvent) => eventWeight(e).weight;
    expect(w(fire)).toBeLessThan(0);
    expect(w(deadly)).toBeLessThan(w(fire));
    expect(w(massacre)).toBeLessThan(w(deadly));
    // Log scale: ten times the dead is far less than ten times the weight.
    expect(w(massacre) / w(deadly)).toBeLessThan(2);
    expect(w(civilian)).toBeLessThan(w(deadly));
    expect(w(artillery)).toBeLessThan(w(fire));
    expect(w(air)).toBeLessThan(w(artillery));
  });

  it('lowers allegations and threats, zeroes negated and historical events', () => {
    const fire = storedEvent({ articleId: 'a', cameo: '190' });
    const base = eventWeight(fire).weight;
    expect(eventWeight({ ...fire, alleged: true }).weight).toBeGreaterThan(base);
    expect(eventWeight({ ...fire, threat: true }).weight).toBeGreaterThan(base);
    expect(eventWeight({ ...fire, negated: true }).weight).toBe(0);
    expect(eventWeight({ ...fire, historical: true }).weight).toBe(0);
  });

  it('reads third-party ceasefire calls and demands as de-escalation', () => {
    for (const cameo of ['0256', '1056', '107', '0871']) {
      expect(
        eventWeight(storedEvent({ articleId: 'a', cameo, polarity: 'de-escalation' })).weight,
      ).toBeGreaterThan(0);
    }
    expect(eventWeight(storedEvent({ articleId: 'a', cameo: '105' })).weight).toBeLessThan(0);
  });

  it('falls back on polarity for unknown codes and infers weapon categories from names', () => {
    expect(
      eventWeight(storedEvent({ articleId: 'a', cameo: '99', polarity: 'escalation' })).weight,
    ).toBeLessThan(0);
    expect(eventWeight(storedEvent({ articleId: 'a', cameo: '99', polarity: 'neutral' })).weight).toBe(0);
    const named = storedEvent({ articleId: 'a', cameo: '190', weapons: ['mortars'] });
    expect(eventWeight(named).weight).toBeLessThan(eventWeight({ ...named, weapons: [] }).weight);
  });
});

describe('textHash', () => {
  it('is 16 hex chars, near for syndicated copies and far for different texts', () => {
    const original = textHash(WIRE_TEXT);
    const copy = textHash(`${WIRE_TEXT} (Reporting by a wire service.)`);
    const other = textHash(
      'Two governments signed a trade deal on cotton exports and rail freight tariffs this week.',
    );
    expect(original).toMatch(/^[0-9a-f]{16}$/);
    expect(hammingDistance(original, copy)).toBeLessThanOrEqual(10);
    expect(hammingDistance(original, other)).toBeGreaterThan(16);
    expect(textHash('')).toBe('0000000000000000');
  });
});

describe('stories', () => {
  const report = (articleId: string, text: string, extra: Partial<StoredEvent> = {}) =>
    storedEvent({ articleId, cameo: '193', killed: 2, textHash: textHash(text), ...extra });

  it('counts syndicated copies once and lets independent outlets corroborate without multiplying', () => {
    const one = buildStories([report('a', WIRE_TEXT)], 'KGZ-TJK');
    const copies = buildStories(
      [
        report('a', WIRE_TEXT),
        report('b', `${WIRE_TEXT} Copyright wire.`),
        report('c', `Update: ${WIRE_TEXT}`),
      ],
      'KGZ-TJK',
    );
    const independent = buildStories(
      [report('a', WIRE_TEXT), report('d', 'A local outlet wrote its own account of shooting at the post.')],
      'KGZ-TJK',
    );
    expect(one).toHaveLength(1);
    expect(copies).toHaveLength(1);
    expect(copies[0]!.reports).toBe(1);
    expect(copies[0]!.weight).toBeCloseTo(one[0]!.weight);
    expect(independent).toHaveLength(1);
    expect(independent[0]!.reports).toBe(2);
    expect(independent[0]!.confidence).toBeGreaterThan(one[0]!.confidence);
    expect(Math.abs(independent[0]!.weight)).toBeGreaterThan(Math.abs(one[0]!.weight));
    expect(Math.abs(independent[0]!.weight)).toBeLessThan(2 * Math.abs(one[0]!.weight));
  });

  it('keeps incompatible tolls and different days apart', () => {
    const stories = buildStories(
      [
        report('a', 'first outlet text about a clash'),
        report('b', 'second outlet text about a clash', { killed: 40 }),
        report('c', 'third outlet text about a clash', {
          date: '2022-09-17',
          published: '2022-09-17T08:00:00Z',
        }),
      ],
      'KGZ-TJK',
    );
    expect(stories.map((s) => s.key)).toEqual([
      '2022-09-16|19|esc|1-2',
      '2022-09-16|19|esc|10-99',
      '2022-09-17|19|esc|1-2',
    ]);
  });

  it('weighs a story as the strongest of its reports after decay, so an earlier, weaker report lowers nothing', () => {
    // One source (one text hash), one story (same day, root 19, toll class 10-99), reports hours apart.
    const one = { textHash: textHash(WIRE_TEXT), date: '2022-09-16' };
    const strong = report('strong', WIRE_TEXT, {
      ...one,
      cameo: '194',
      killed: 60,
      published: '2022-09-16T14:00:00Z',
    });
    const weak = report('weak', WIRE_TEXT, {
      ...one,
      cameo: '190',
      killed: 12,
      published: '2022-09-16T00:30:00Z',
    });
    const both = buildStories([strong, weak], 'KGZ-TJK');
    expect(both).toHaveLength(1);
    expect(both[0]!.representative.articleId).toBe('strong');
    expect(both[0]!.time).toBe(Date.parse(weak.published));
    // From the last report on, the story is the strong report's own decay curve: the day's point
    // (evaluated at the day's end) is the strong report's alone, not lowered by the earlier one.
    for (const events of [[strong], [strong, weak], [weak, strong]]) {
      expect(day(events).escalation).toBeCloseTo(day([strong]).escalation, 9);
    }
    expect(day([strong, weak]).score).toBeGreaterThanOrEqual(day([weak]).score);
  });

  it('keeps a story finite and its strongest report under a half-life of seconds', () => {
    const weak = report('weak', WIRE_TEXT, { cameo: '190', killed: 12, published: '2022-09-16T00:30:00Z' });
    const strong = report('strong', WIRE_TEXT, {
      cameo: '194',
      killed: 60,
      published: '2022-09-16T14:00:00Z',
    });
    // 2^((14:00 - 00:30) / 1 s) overflows: the story's back-dating is capped.
    const [story] = buildStories([weak, strong], 'KGZ-TJK', 1 / 86_400);
    expect(story?.representative.articleId).toBe('strong');
    expect(Number.isFinite(story?.weight)).toBe(true);
  });

  it('computes independent reports as a capped maximum independent set', () => {
    expect(independentReports(['0000000000000000', '0000000000000001', '00000000000000ff'])).toBe(1);
    expect(independentReports(['0000000000000000', 'ffffffffffffffff', '0f0f0f0f0f0f0f0f'])).toBe(3);
    expect(
      independentReports([
        '0000000000000000',
        'ffffffffffffffff',
        '0f0f0f0f0f0f0f0f',
        'f0f0f0f0f0f0f0f0',
        '00ff00ff00ff00ff',
      ]),
    ).toBe(4);
  });
});

describe('the index', () => {
  it('puts a seed-like day of heavy fighting at high or critical despite same-day ceasefire calls', () => {
    const point = day(seedLikeDay());
    expect(['high', 'critical']).toContain(point.level);
    expect(point.deescalation).toBeGreaterThan(0);
    const withoutCalls = day(seedLikeDay().filter((e) => e.polarity !== 'de-escalation'));
    expect(withoutCalls.score).toBeGreaterThan(point.score);
  });

  it('matches the worked example of docs/scoring.md', () => {
    const points = scoreSeries(seedLikeDay(), {
      pair: 'KGZ-TJK',
      bucket: 'day',
      from: '2022-09-16',
      to: '2022-09-27',
    });
    expect(points.slice(0, 4).map((p) => p.score)).toEqual([64.51, 56.05, 47.93, 40.42]);
    expect(points[0]).toMatchObject({
      escalation: 15.679,
      deescalation: 5.414,
      level: 'high',
      anomaly: true,
    });
    expect(points.find((p) => p.level === 'elevated')?.t).toBe('2022-09-20T00:00:00.000Z');
    expect(points.find((p) => p.level === 'calm')?.t).toBe('2022-09-26T00:00:00.000Z');
  });

  it('reads a day of diplomatic words (protest, demand, accusation, rejection) below high', () => {
    const words = ['14', '10', '112', '12', '13'].map((cameo, i) =>
      storedEvent({ articleId: `w${i}`, cameo, textHash: textHash(`word story ${i} ${'w '.repeat(i * 3)}`) }),
    );
    const point = day(words);
    expect(point.score).toBeGreaterThan(0);
    expect(point.score).toBeLessThan(45);
  });

  it('lets de-escalation cancel at most half of the escalation pressure', () => {
    const fight = storedEvent({ articleId: 'f', cameo: '194', killed: 5 });
    const calls = Array.from({ length: 30 }, (_, i) =>
      storedEvent({
        articleId: `c${i}`,
        cameo: ['0871', '057', '03', '0256', '107'][i % 5]!,
        polarity: 'de-escalation',
        textHash: textHash(`call ${i} ${'x'.repeat(i)}`),
      }),
    );
    const alone = day([fight]);
    const calmed = day([fight, ...calls]);
    expect(calmed.score).toBeLessThan(alone.score);
    expect(calmed.score).toBeGreaterThan(0.45 * alone.score);
    expect(calmed.level).not.toBe('calm');
  });

  it('pulls down fighting reported up to a day after a ceasefire call, and fighting after that in full', () => {
    const call = storedEvent({
      articleId: 'call',
      cameo: '0256',
      polarity: 'de-escalation',
      date: '2022-09-16',
      published: '2022-09-16T09:00:00.000Z',
    });
    const fightAt = (published: string) =>
      storedEvent({
        articleId: `fight-${published}`,
        cameo: '194',
        killed: 5,
        date: published.slice(0, 10),
        published,
      });
    for (const [published, pulledDown] of [
      ['2022-09-15T12:00:00.000Z', true],
      ['2022-09-16T08:00:00.000Z', true],
      ['2022-09-16T12:00:00.000Z', true],
      ['2022-09-17T08:00:00.000Z', true], // 23 hours after the call
      ['2022-09-17T10:00:00.000Z', false], // 25 hours after: the truce has broken down
    ] as const) {
      // The day both are known: the call is made on the 16th.
      const date = published < '2022-09-16' ? '2022-09-16' : published.slice(0, 10);
      const alone = day([fightAt(published)], date);
      const withCall = day([fightAt(published), call], date);
      if (pulledDown) expect(withCall.score).toBeLessThan(alone.score);
      else expect(withCall.score).toBe(alone.score);
    }
  });

  it('never lets a ceasefire call leave the decay tail before the fighting it pulled down', () => {
    // One article: fighting on its day, a call for restraint dated the day before. With a cut-off
    // per story, the call left the 36-day tail a day before the fighting and the score rose.
    const fight = storedEvent({
      articleId: 'a',
      cameo: '190',
      date: '2022-09-01',
      published: '2022-09-01T00:00:00Z',
    });
    const call = storedEvent({
      articleId: 'a',
      index: 1,
      cameo: '02',
      polarity: 'de-escalation',
      date: '2022-08-31',
      published: '2022-09-01T00:00:00Z',
    });
    const model = new DyadModel([fight, call], 'KGZ-TJK', DEFAULT_SCORING_SETTINGS);
    const hours = Array.from(
      { length: 6 * 24 },
      (_, h) => Date.parse('2022-10-03T00:00:00Z') + h * 3_600_000,
    );
    const pressures = hours.map((at) => model.pressureAt(at));
    expect(pressures[0]!.deescalation).toBeGreaterThan(0);
    expect(pressures[0]!.score).toBeGreaterThan(0);
    expect(pressures.at(-1)!.escalation).toBe(0);
    for (let i = 1; i < pressures.length; i++) {
      expect(pressures[i]!.score).toBeLessThanOrEqual(pressures[i - 1]!.score);
    }
  });

  it('does not read a media surge of reports of one kind as war', () => {
    const accusations = Array.from({ length: 60 }, (_, i) =>
      storedEvent({
        articleId: `s${i}`,
        cameo: '11',
        killed: i % 2 ? null : 0,
        textHash: textHash(`story ${i} ${'word '.repeat(i)}`),
      }),
    );
    expect(day(accusations).level).toBe('calm');
  });

  it('keeps evidence of the top contributing events with article, sentence and signed weight', () => {
    const point = day(seedLikeDay());
    expect(point.evidence.length).toBeGreaterThan(0);
    expect(point.evidence.length).toBeLessThanOrEqual(5);
    const top = point.evidence[0]!;
    expect(top.weight).toBeLessThan(0);
    expect(top.url).toBe('https://news.example/seed-like');
    expect(top.sentence.length).toBeGreaterThan(10);
    const weights = point.evidence.map((e) => Math.abs(e.weight));
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    expect(point.evidence.some((e) => e.sentence.includes('Last year'))).toBe(false);
  });

  it('shows the five strongest contributions as evidence, however many weigh in', () => {
    // Eight days of alike fire, one story a day: decay makes the latest the strongest, and they come
    // last in time order, so evidence must rank every contribution, not keep the first it meets.
    const dates = Array.from({ length: 8 }, (_, i) => `2022-09-${String(9 + i).padStart(2, '0')}`);
    const events = dates.map((date, i) =>
      storedEvent({ articleId: `f${i}`, date, published: `${date}T09:00:00.000Z` }),
    );
    const model = new DyadModel(events, 'KGZ-TJK', DEFAULT_SCORING_SETTINGS);
    const evidence = model.evidenceAt(Date.parse('2022-09-17T00:00:00Z'));
    expect(evidence.map((e) => e.date)).toEqual([...dates].reverse().slice(0, 5));
    expect(evidence.every((e) => e.weight < 0)).toBe(true);
  });

  it('flags an anomaly against the dyad baseline and reports a 24 h trend', () => {
    const point = day(seedLikeDay());
    expect(point.anomaly).toBe(true);
    expect(point.trend).toBeCloseTo(point.score, 1);
    const chronic = Array.from({ length: 40 }, (_, i) => {
      const date = new Date(Date.parse('2022-08-07T00:00:00Z') + i * 86_400_000).toISOString().slice(0, 10);
      return storedEvent({
        articleId: `d${i}`,
        cameo: '194',
        killed: 1,
        date,
        published: `${date}T06:00:00Z`,
      });
    });
    expect(day(chronic).anomaly).toBe(false);
    expect(day(chronic).level).not.toBe('calm');
  });

  it('moves levels with hysteresis', () => {
    expect(levelFor(46, 'calm')).toBe('high');
    expect(levelFor(40, 'high')).toBe('high');
    expect(levelFor(36, 'high')).toBe('elevated');
    expect(levelFor(5, 'critical')).toBe('calm');
    expect(levelFor(71, 'elevated')).toBe('critical');
  });

  it('holds the level while a usually busy feed goes quiet, then lets it fall', () => {
    // A dyad covered daily (neutral statements), a clash, then the feed goes silent.
    const coverage = Array.from({ length: 30 }, (_, i) => {
      const date = new Date(Date.parse('2022-08-15T00:00:00Z') + i * 86_400_000).toISOString().slice(0, 10);
      return storedEvent({
        articleId: `n${i}`,
        cameo: '01',
        polarity: 'neutral',
        date,
        published: `${date}T05:00:00Z`,
      });
    });
    const clash = storedEvent({
      articleId: 'clash',
      cameo: '194',
      killed: 3,
      date: '2022-09-13',
      published: '2022-09-13T05:00:00Z',
    });
    const quiet = scoreSeries([...coverage, clash], {
      pair: 'KGZ-TJK',
      bucket: 'day',
      from: '2022-09-13',
      to: '2022-09-26',
    });
    const busy = scoreSeries(
      [
        ...coverage,
        clash,
        ...Array.from({ length: 13 }, (_, i) => {
          const date = `2022-09-${String(14 + i).padStart(2, '0')}`;
          return storedEvent({
            articleId: `m${i}`,
            cameo: '01',
            polarity: 'neutral',
            date,
            published: `${date}T05:00:00Z`,
          });
        }),
      ],
      { pair: 'KGZ-TJK', bucket: 'day', from: '2022-09-13', to: '2022-09-26' },
    );
    expect(quiet.map((p) => p.score)).toEqual(busy.map((p) => p.score));
    const firstDrop = (points: typeof quiet) => points.findIndex((p) => p.level !== points[0]!.level);
    expect(firstDrop(quiet)).toBeGreaterThan(firstDrop(busy));
    expect(quiet[quiet.length - 1]!.level).toBe('calm');
  });

  it('rejects bad dates with a clear error', () => {
    expect(() =>
      scoreSeries([], { pair: 'KGZ-TJK', bucket: 'day', from: 'yesterday', to: '2022-09-01' }),
    ).toThrow(/from is not a date/);
  });
});

describe('hysteresis anchored to the day, not to the recomputed window', () => {
  // One heavy clash at 01:00 lifts the score just past the critical threshold, then it decays
  // inside the hysteresis band for the rest of the day and across midnight.
  const clash = storedEvent({
    articleId: 'peak',
    cameo: '194',
    date: '2022-09-16',
    published: '2022-09-16T01:00:00.000Z',
    killed: 40,
  });
  const full = scoreSeries([clash], {
    pair: 'KGZ-TJK',
    bucket: 'hour',
    from: '2022-09-16T00:00:00.000Z',
    to: '2022-09-18T00:00:00.000Z',
  });

  it('keeps the level an intra-day peak reached, later that day and after midnight', () => {
    const at = (t: string) => full.find((p) => p.t === t);
    expect(at('2022-09-16T05:00:00.000Z')?.level).toBe('critical');
    const midday = at('2022-09-16T12:00:00.000Z');
    expect(midday?.score).toBeLessThan(70);
    expect(midday?.level).toBe('critical');
    const midnight = at('2022-09-17T00:00:00.000Z');
    expect(midnight?.score).toBeGreaterThan(62);
    expect(midnight?.level).toBe('critical');
  });

  it('gives each hour the level a fresh tracker for its day gives it, also when the score hovers in a band', () => {
    // Small acts keep the score inside the critical band (62-70) for days after the peak: a tracker
    // that stepped through the peak hour by hour stays critical, while the tracker of a day three
    // days on starts after the peak and says high. A long series may continue the previous day's
    // tracker only where the two agree; a series of one hour always starts afresh.
    const acts: [string, string][] = [
      ['2022-09-17T00:30:00.000Z', '15'],
      ['2022-09-17T10:30:00.000Z', '16'],
      ['2022-09-17T17:30:00.000Z', '17'],
      ['2022-09-18T03:30:00.000Z', '15'],
      ['2022-09-18T13:30:00.000Z', '16'],
      ['2022-09-18T20:30:00.000Z', '17'],
      ['2022-09-19T07:30:00.000Z', '15'],
      ['2022-09-19T17:30:00.000Z', '16'],
      ['2022-09-20T00:30:00.000Z', '15'],
      ['2022-09-20T10:30:00.000Z', '16'],
      ['2022-09-20T17:30:00.000Z', '17'],
      ['2022-09-21T03:30:00.000Z', '15'],
    ];
    const events = [
      clash,
      ...acts.map(([published, cameo], i) =>
        storedEvent({
          articleId: `act-${i}`,
          textHash: `act-${i}`.padStart(16, '0'),
          cameo,
          alleged: true,
          threat: true,
          dateApproximate: true,
          date: published.slice(0, 10),
          published,
        }),
      ),
    ];
    const range = { pair: 'KGZ-TJK', bucket: 'hour' } as const;
    const long = scoreSeries(events, {
      ...range,
      from: '2022-09-16T00:00:00.000Z',
      to: '2022-09-22T00:00:00.000Z',
    });
    const levels = new Set(long.filter((p) => p.t >= '2022-09-20').map((p) => p.level));
    expect(levels).toEqual(new Set(['high']));
    expect(long.find((p) => p.t === '2022-09-19T23:00:00.000Z')?.level).toBe('critical');
    for (const point of long) {
      const start = Date.parse(point.t);
      const [alone] = scoreSeries(events, {
        ...range,
        from: new Date(start),
        to: new Date(start + 3_600_000),
      });
      expect(alone?.level).toBe(point.level);
    }
  });

  it.each(['2022-09-16T10:00:00.000Z', '2022-09-16T17:00:00.000Z', '2022-09-17T03:00:00.000Z'])(
    'gives the same points when a recomputation starts at %s',
    (from) => {
      const windowed = scoreSeries([clash], {
        pair: 'KGZ-TJK',
        bucket: 'hour',
        from,
        to: '2022-09-18T00:00:00.000Z',
      });
      expect(windowed).toEqual(full.filter((p) => p.t >= from));
    },
  );
});
