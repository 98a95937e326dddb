import { inflateRawSync } from 'node:zlib';
import { EVENT_CHUNK_DICTIONARIES } from '../../../functions/adapters/store/event-chunk-dictionary';
import {
  decodeEventsItem,
  decodeEventTexts,
  decodeSeriesDay,
  encodeEventChunk,
  eventDay,
  groupByDyadDay,
  mergeSeriesDay,
  packText,
  unpackText,
} from '../../../functions/adapters/store/item-codecs';
import type { ScorePoint } from '../../../functions/core/model';
import type { StoredEvent } from '../../../functions/core/ports/tension-store';
import { storedEvent } from '../../core/scoring/events';

const DAY = '2022-09-16T00:00:00.000Z';
const PAIR = 'KGZ-TJK';

const evidence = [
  {
    articleId: 'a1',
    url: 'https://news.example/a1',
    title: 'A title',
    sentence: 'Fire was exchanged.',
    cameo: '190',
    weight: -3.2,
    date: '2022-09-16',
  },
];

const point = (bucket: 'hour' | 'day', t: string, score: number, overrides: Partial<ScorePoint> = {}) =>
  ({
    pair: PAIR,
    bucket,
    t,
    score,
    level: score >= 45 ? 'high' : 'calm',
    trend: score / 2,
    anomaly: score > 50,
    escalation: score / 4,
    deescalation: 0.5,
    events: 2,
    articles: 3,
    evidence,
    ...overrides,
  }) satisfies ScorePoint;

const hourAt = (hour: number) => new Date(Date.parse(DAY) + hour * 3_600_000).toISOString();

const SK = `${DAY}#chunk`;

/** An events chunk's two items as stored under SK. */
function chunkItems(events: readonly StoredEvent[]) {
  const { texts, ...chunk } = encodeEventChunk(events);
  return { events: { ...chunk, sk: SK }, texts: { sk: SK, texts } };
}

/** The events of a chunk as read, with their texts put back from the texts item. */
function roundTrip(events: readonly StoredEvent[]): StoredEvent[] {
  const items = chunkItems(events);
  const texts = decodeEventTexts(items.texts);
  return decodeEventsItem(items.events).map(({ textRef, ...event }, position) => {
    expect(textRef).toBe(`${SK}|${position}`);
    expect(event).toMatchObject({ evidence: '', title: '', url: null });
    const text = texts[position];
    return { ...event, evidence: text?.sentence ?? '', title: text?.title ?? '', url: text?.url ?? null };
  });
}

/** The JSON of an events item's chunk, inflated with the dictionary it names. */
function chunkJson(item: { chunk: Uint8Array; dict: number }) {
  const dictionary = EVENT_CHUNK_DICTIONARIES.get(item.dict);
  return JSON.parse(inflateRawSync(item.chunk, { dictionary }).toString('utf8')) as {
    a: unknown[][];
    e: [number, Record<string, unknown>][];
  };
}

describe('article events codec', () => {
  const events: StoredEvent[] = [
    // All defaults: negated false, killed null, weapons [] and so on.
    storedEvent({ articleId: 'a1', index: 0 }),
    // Every optional and non-default field set.
    storedEvent({
      articleId: 'a1',
      index: 3,
      cameo: '194',
      type: 'shelling',
      actor: { country: null, role: 'IGO', org: 'CSTO' },
      target: { country: 'KGZ', role: 'CVL' },
      date: '2022-09-15',
      dateApproximate: true,
      negated: true,
      alleged: true,
      threat: true,
      historical: true,
      source: 'Border service',
      killed: 0,
      injured: 4,
      weapons: ['mortars', 'drones'],
      weaponCategories: ['artillery', 'drone'],
      evidence: 'Villages were shelled, the service said.',
    }),
    // Explicit values equal to some defaults but with different types (0 is not null).
    storedEvent({ articleId: 'a1', index: 7, killed: 0, injured: 0, date: null, weaponCategories: [] }),
  ];

  it('round-trips whole events, defaults and optional fields included', () => {
    const decoded = roundTrip(events);
    expect(decoded).toEqual(events);
    // Defaults come back as values, not as missing fields.
    const [plain] = decoded as [StoredEvent];
    expect(plain.negated).toBe(false);
    expect(plain.killed).toBeNull();
    expect(plain.weapons).toEqual([]);
    expect(plain.actor).toEqual({ country: 'TJK', role: 'MIL' });
    // Optional fields never written come back without a value (every decoded event has one shape,
    // so they are there as undefined, which JSON and DynamoDB marshalling leave out alike).
    expect(plain.weaponCategories).toBeUndefined();
    expect(plain.dateApproximate).toBeUndefined();
    expect(JSON.parse(JSON.stringify(plain))).not.toHaveProperty('weaponCategories');
    // Every decoded event has the same fields in the same order, whatever was stored.
    const read = decodeEventsItem(chunkItems(events).events);
    for (const event of read) expect(Object.keys(event)).toEqual(Object.keys(read[0] ?? {}));
    expect(decoded[1]?.weaponCategories).toEqual(['artillery', 'drone']);
    expect(decoded[1]?.dateApproximate).toBe(true);
    expect(decoded[2]?.killed).toBe(0);
    expect(decoded[2]?.weaponCategories).toEqual([]);
  });

  it('keeps an event field it has no short code for under its own name', () => {
    // A field added to events after the codec: written under its name, read back as it was.
    const later = { ...storedEvent({ articleId: 'a1', index: 3 }), confidenceHint: 0.4 } as StoredEvent;
    const [decoded] = roundTrip([later]);
    expect(decoded).toEqual(later);
    expect((decoded as unknown as { confidenceHint: number }).confidenceHint).toBe(0.4);
  });

  it("stores each article's fields once and leaves defaults out of the events", () => {
    const other = [0, 1].map((index) =>
      storedEvent({ articleId: 'a2', index, url: 'https://news.example/a2', title: 'Report a2' }),
    );
    const { events: item, texts } = chunkItems([...events, ...other]);
    expect(item.pair).toBe(PAIR);
    // Compressed with the dictionary the item names: the stored attribute is binary, its text the
    // compact JSON of what scoring reads.
    expect(item.chunk).toBeInstanceOf(Uint8Array);
    expect(item.dict).toBe(1);
    const { a, e: compact } = chunkJson(item);
    expect(a).toEqual([
      ['a1', '2022-09-16T09:00:00.000Z', 'Example Wire', events[0]?.textHash],
      ['a2', other[0]?.published, other[0]?.outlet, other[0]?.textHash],
    ]);
    expect(compact.map(([article]) => article)).toEqual([0, 0, 0, 1, 1]);
    // storedEvent sets actor, target and date; negated, killed, weapons... are defaults. Field
    // names are stored as their short codes, actors as [country, role] tuples; the sentence is
    // in the texts item.
    const [first, , third] = compact.map(([, event]) => event);
    expect(Object.keys(first ?? {}).sort()).toEqual(['a', 'c', 'd', 'i', 'p', 't', 'y']);
    expect(first?.a).toEqual([events[0]?.actor?.country, events[0]?.actor?.role]);
    expect(third).toMatchObject({ k: 0, j: 0, g: [] });
    expect(third).not.toHaveProperty('d');
    for (const [, event] of compact) {
      expect(event).not.toHaveProperty('articleId');
      expect(event).not.toHaveProperty('textHash');
      expect(event).not.toHaveProperty('published');
    }
    // The texts item: each article's URL and title once, each event's sentence.
    expect(JSON.parse(unpackText(texts.texts) ?? '')).toEqual({
      a: [
        ['https://news.example/a1', 'Report a1'],
        ['https://news.example/a2', 'Report a2'],
      ],
      e: [...events, ...other].map((event) => [event.articleId === 'a1' ? 0 : 1, event.evidence]),
    });
    expect(roundTrip([...events, ...other])).toEqual([...events, ...other]);
  });

  it('makes the chunk of what scoring reads smaller with its dictionary', () => {
    const reports = Array.from({ length: 6 }, (_, i) =>
      storedEvent({ articleId: `r${i}`, index: i % 3, cameo: i % 2 ? '194' : '190', type: 'shelling' }),
    );
    const { events: item } = chunkItems(reports);
    const json = JSON.stringify(chunkJson(item));
    expect(item.chunk.length).toBeLessThan(packText(json).length * 0.85);
  });

  it('reads chunks of the layout before texts were split off (texts in the chunk)', () => {
    // As written from 2026-12-04 to 2026-12-07: no dictionary, each article's URL and title and
    // each event's sentence in the one item.
    const earlier = {
      pair: PAIR,
      sk: SK,
      chunk: packText(
        JSON.stringify({
          a: [
            [
              'c1',
              'https://news.example/c1',
              'Chunked report',
              '2022-09-16T09:00:00.000Z',
              null,
              'ab'.repeat(8),
            ],
          ],
          e: [[0, { c: '194', y: 'shelling', p: 'escalation', a: ['TJK', 'MIL'], e: 'Shells fell.', i: 1 }]],
        }),
      ),
    };
    const [event] = decodeEventsItem(earlier);
    expect(event).toMatchObject({
      articleId: 'c1',
      index: 1,
      url: 'https://news.example/c1',
      title: 'Chunked report',
      evidence: 'Shells fell.',
      cameo: '194',
      actor: { country: 'TJK', role: 'MIL' },
    });
    expect(event?.textRef).toBeUndefined();
  });

  it('names an events item compressed with a dictionary it does not know', () => {
    const { events: item } = chunkItems(events);
    expect(() => decodeEventsItem({ ...item, dict: 99 })).toThrow(/unknown dictionary 99/);
  });

  it('refuses events of two dyads in one chunk', () => {
    const mixed = [
      storedEvent({ articleId: 'm', index: 0 }),
      storedEvent({ articleId: 'm', index: 1, pair: 'ARM-AZE' }),
    ];
    expect(() => encodeEventChunk(mixed)).toThrow(/ARM-AZE in one chunk/);
  });

  it('reads items of the layout before chunks (one per article, its fields as attributes)', () => {
    // As written until 2026-12-04: a table upgraded in place still holds these.
    const legacy = {
      articleId: 'old',
      pair: PAIR,
      url: null,
      title: 'Old report',
      published: '2022-09-16T09:00:00.000Z',
      outlet: 'Example Wire',
      textHash: '00ff00ff00ff00ff',
      events: packText(
        JSON.stringify([
          { c: '190', y: 'fight', p: 'escalation', a: ['TJK', 'MIL'], t: ['KGZ', 'MIL'], e: 'Clash.', i: 2 },
        ]),
      ),
    };
    const [event] = decodeEventsItem(legacy);
    expect(event).toMatchObject({
      articleId: 'old',
      index: 2,
      pair: PAIR,
      url: null,
      title: 'Old report',
      cameo: '190',
      actor: { country: 'TJK', role: 'MIL' },
      target: { country: 'KGZ', role: 'MIL' },
      negated: false,
      killed: null,
      weapons: [],
      evidence: 'Clash.',
    });
  });

  it('decodes nulls of the article fields and does not share the weapons array', () => {
    const nulls = [
      storedEvent({ articleId: 'n1', index: 0, url: null, outlet: null }),
      storedEvent({ articleId: 'n1', index: 1, url: null, outlet: null }),
    ];
    const item = chunkItems(nulls).events;
    const decoded = decodeEventsItem(item);
    expect(roundTrip(nulls).map((e) => [e.url, e.outlet])).toEqual([
      [null, null],
      [null, null],
    ]);
    decoded[0]?.weapons.push('rifle');
    expect(decoded[1]?.weapons).toEqual([]);
    expect(decodeEventsItem(item)[0]?.weapons).toEqual([]);
  });

  it('refuses to encode no events', () => {
    expect(() => encodeEventChunk([])).toThrow(RangeError);
  });

  it('groups events by dyad and by the day of their event time', () => {
    const e = [
      storedEvent({ articleId: 'g', index: 0, date: '2022-09-16' }),
      storedEvent({ articleId: 'g', index: 1, date: '2022-09-14' }),
      storedEvent({ articleId: 'g', index: 2, date: '2022-09-16', pair: 'ARM-AZE' }),
      // No date: the publication time's day.
      storedEvent({ articleId: 'g', index: 3, date: null, published: '2022-09-16T23:30:00.000Z' }),
      storedEvent({ articleId: 'g', index: 4, date: '2022-09-14' }),
    ];
    const groups = groupByDyadDay(e);
    expect([...groups.keys()]).toEqual([
      'KGZ-TJK|2022-09-16T00:00:00.000Z',
      'KGZ-TJK|2022-09-14T00:00:00.000Z',
      'ARM-AZE|2022-09-16T00:00:00.000Z',
    ]);
    expect(groups.get('KGZ-TJK|2022-09-16T00:00:00.000Z')?.map((x) => x.index)).toEqual([0, 3]);
    expect(groups.get('KGZ-TJK|2022-09-14T00:00:00.000Z')?.map((x) => x.index)).toEqual([1, 4]);
    expect(groups.get('ARM-AZE|2022-09-16T00:00:00.000Z')?.map((x) => x.index)).toEqual([2]);
    expect(eventDay(e[1] as StoredEvent)).toBe('2022-09-14T00:00:00.000Z');
    // Coverage records go by the day of their publication.
    const byPublication = groupByDyadDay(e, (event) => event.published.slice(0, 10));
    expect([...byPublication.keys()]).toEqual(['KGZ-TJK|2022-09-16', 'ARM-AZE|2022-09-16']);
  });
});

describe('series day codec', () => {
  it('merges a daily point and hourly points into a new day', () => {
    const day = mergeSeriesDay(undefined, DAY, [
      point('day', DAY, 40),
      point('hour', hourAt(0), 10),
      point('hour', hourAt(23), 60),
    ]);
    expect(day.d).not.toBeNull();
    const hours = JSON.parse(String(day.h)) as unknown[];
    expect(hours).toHaveLength(24);
    expect(hours.filter((h) => h !== null)).toHaveLength(2);
    expect(decodeSeriesDay(PAIR, DAY, day, 'hour')).toEqual([
      point('hour', hourAt(0), 10, { evidence: [] }),
      point('hour', hourAt(23), 60, { evidence: [] }),
    ]);
    // The daily point keeps its evidence.
    expect(decodeSeriesDay(PAIR, DAY, day, 'day')).toEqual([point('day', DAY, 40)]);
  });

  it('keeps the hours and the daily point that the new points do not give', () => {
    const first = mergeSeriesDay(undefined, DAY, [
      point('day', DAY, 40),
      point('hour', hourAt(1), 10),
      point('hour', hourAt(2), 20),
    ]);
    const stored = { d: first.d, h: first.h };
    const second = mergeSeriesDay(stored, DAY, [point('hour', hourAt(2), 25), point('hour', hourAt(5), 50)]);
    expect(second.d).toBe(first.d);
    expect(decodeSeriesDay(PAIR, DAY, second, 'hour').map((p) => [p.t, p.score])).toEqual([
      [hourAt(1), 10],
      [hourAt(2), 25],
      [hourAt(5), 50],
    ]);
    const third = mergeSeriesDay(second, DAY, [point('day', DAY, 70, { level: 'critical' })]);
    expect(third.h).toBe(second.h);
    expect(decodeSeriesDay(PAIR, DAY, third, 'day')).toEqual([point('day', DAY, 70, { level: 'critical' })]);
  });

  it('gives the same stored form when the same points are merged again', () => {
    const points = [point('day', DAY, 40), point('hour', hourAt(3), 30)];
    const first = mergeSeriesDay(undefined, DAY, points);
    expect(mergeSeriesDay(first, DAY, points)).toEqual(first);
  });

  it('leaves the hours null when only a daily point was ever given', () => {
    const day = mergeSeriesDay(undefined, DAY, [point('day', DAY, 40)]);
    expect(day.h).toBeNull();
    expect(decodeSeriesDay(PAIR, DAY, day, 'hour')).toEqual([]);
    const hoursOnly = mergeSeriesDay(undefined, DAY, [point('hour', hourAt(4), 5)]);
    expect(hoursOnly.d).toBeNull();
    expect(decodeSeriesDay(PAIR, DAY, hoursOnly, 'day')).toEqual([]);
    expect(decodeSeriesDay(PAIR, DAY, {}, 'hour')).toEqual([]);
  });

  it('round-trips every level, anomaly and counts of an hour', () => {
    const levels = ['calm', 'elevated', 'high', 'critical'] as const;
    const points = levels.map((level, i) =>
      point('hour', hourAt(i), 10 * i, { level, anomaly: i % 2 === 1, events: i, articles: 2 * i }),
    );
    const day = mergeSeriesDay(undefined, DAY, points);
    expect(decodeSeriesDay(PAIR, DAY, day, 'hour')).toEqual(points.map((p) => ({ ...p, evidence: [] })));
  });

  it('throws RangeError for an hourly point outside the day', () => {
    expect(() => mergeSeriesDay(undefined, DAY, [point('hour', '2022-09-17T00:00:00.000Z', 5)])).toThrow(
      RangeError,
    );
    expect(() => mergeSeriesDay(undefined, DAY, [point('hour', '2022-09-15T23:00:00.000Z', 5)])).toThrow(
      RangeError,
    );
  });
});
