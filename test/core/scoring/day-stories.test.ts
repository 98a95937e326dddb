/**
 * Days kept across rescores give what building the whole look-back at once gives from the same
 * events (stories, same-day groups, coverage): whether the events come back as the same objects or
 * as fresh copies (as from DynamoDB), whether a day gained, lost or changed an event, and after
 * days were evicted.
 */
import fc from 'fast-check';
import type { DyadPair } from '../../../functions/core/model';
import type { StoredEvent } from '../../../functions/core/ports/tension-store';
import {
  DayStories,
  dyadDaysOf,
  firstSeenTimes,
  sameStoredEvent,
} from '../../../functions/core/scoring/day-stories';
import { rankGroups } from '../../../functions/core/scoring/ranked-groups';
import { storiesOf, uniqueEvents } from '../../../functions/core/scoring/stories';
import { storedEvent } from './events';

const PAIR = 'KGZ-TJK';
const HALF_LIFE_MS = 3 * 86_400_000;
const START = Date.parse('2022-09-10T00:00:00.000Z');

const eventArb = fc
  .record({
    article: fc.integer({ min: 0, max: 9 }),
    index: fc.integer({ min: 0, max: 3 }),
    cameo: fc.constantFrom('0871', '04', '11', '13', '15', '190', '193', '194'),
    hours: fc.integer({ min: 0, max: 6 * 24 }),
    dated: fc.boolean(),
    killed: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
    negated: fc.constantFrom(false, false, true),
    hash: fc.constantFrom('0123456789abcdef', '0123456789abcdee', 'fedcba9876543210'),
    evidence: fc.constantFrom('Guards traded fire.', 'Posts were shelled overnight.'),
  })
  .map((r): StoredEvent => {
    const published = new Date(START + r.hours * 3_600_000).toISOString();
    return storedEvent({
      articleId: `art-${r.article}`,
      index: r.index,
      cameo: r.cameo,
      polarity: r.cameo < '09' ? 'de-escalation' : 'escalation',
      published,
      date: r.dated ? published.slice(0, 10) : null,
      killed: r.killed,
      negated: r.negated,
      textHash: r.hash,
      evidence: r.evidence,
    });
  });

/** Events with distinct storage keys, as a store query returns them. */
const eventsArb = fc.uniqueArray(eventArb, { maxLength: 40, selector: (e) => `${e.articleId}#${e.index}` });

const keyOf = (e: StoredEvent) => `${e.articleId}#${e.index}`;

/** What a later query of the same dyad returns: some events gone, some added, some changed under their key. */
function later(
  events: StoredEvent[],
  added: StoredEvent[],
  dropped: number[],
  changed: number[],
): StoredEvent[] {
  const drop = new Set(dropped.map((d) => d % Math.max(1, events.length)));
  const change = new Set(changed.map((c) => c % Math.max(1, events.length)));
  const kept = events
    .filter((_, i) => !drop.has(i))
    .map((e, i) =>
      change.has(i) ? { ...e, killed: (e.killed ?? 0) + 3, evidence: `${e.evidence} Again.` } : e,
    );
  const keys = new Set(kept.map(keyOf));
  return [...kept, ...added.filter((e) => !keys.has(keyOf(e)))];
}

describe('DayStories', () => {
  it('gives what dyadDaysOf gives, query after query, for the same objects or fresh copies', () => {
    fc.assert(
      fc.property(
        eventsArb,
        eventsArb,
        fc.array(fc.nat(), { maxLength: 5 }),
        fc.array(fc.nat(), { maxLength: 5 }),
        fc.boolean(),
        (events, added, dropped, changed, copies) => {
          const kept = new DayStories();
          const next = later(events, added, dropped, changed);
          for (const query of [events, next, events, next]) {
            const handed = copies ? structuredClone(query) : query;
            expect(kept.daysOf(handed, PAIR, HALF_LIFE_MS)).toEqual(dyadDaysOf(handed, HALF_LIFE_MS));
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('gives what dyadDaysOf gives of the own events, each once, as a warm store adds, drops, moves and repeats them', () => {
    const OTHER = 'AZE-ARM';
    const stepArb = fc.record({
      drop: fc.nat({ max: 6 }),
      added: fc.array(fc.tuple(eventArb, fc.nat(), fc.boolean()), { maxLength: 6 }),
      removed: fc.array(fc.nat(), { maxLength: 3 }),
      swap: fc.option(fc.nat(), { freq: 4 }),
      comeback: fc.option(fc.nat(), { freq: 4 }),
      repeats: fc.boolean(),
      copies: fc.option(fc.nat(), { freq: 6 }),
    });
    fc.assert(
      fc.property(
        eventsArb,
        fc.array(stepArb, { minLength: 1, maxLength: 6 }),
        fc.constantFrom(12, 1_000),
        (first, steps, maxEvents) => {
          const kept = new DayStories({ maxEvents });
          const check = (query: readonly StoredEvent[]) => {
            const own = uniqueEvents(query.filter((e) => e.pair === PAIR));
            expect(kept.daysOf(query, PAIR, HALF_LIFE_MS)).toEqual(dyadDaysOf(own, HALF_LIFE_MS));
          };
          let query = first;
          const gone: StoredEvent[] = [];
          check(query);
          for (const step of steps) {
            // Each query hands over an array of its own.
            query = [...query];
            // The look-back moves on: the oldest events leave the front.
            gone.push(...query.splice(0, step.drop));
            for (const r of step.removed)
              if (query.length > 0) gone.push(...query.splice(r % query.length, 1));
            const held = new Set(query.map(keyOf));
            for (const [event, at, other] of step.added) {
              const added = other ? { ...event, pair: OTHER } : event;
              if (!step.repeats && !other && held.has(keyOf(added))) continue;
              held.add(keyOf(added));
              query.splice(at % (query.length + 1), 0, added);
            }
            // An event given before, back at another place (the same object).
            if (step.comeback !== null && gone.length > 0) {
              const back = gone[step.comeback % gone.length] as StoredEvent;
              if (!query.includes(back)) query.splice(step.comeback % (query.length + 1), 0, back);
            }
            if (step.swap !== null && query.length > 1) {
              const a = step.swap % query.length;
              const b = (a + 1) % query.length;
              [query[a], query[b]] = [query[b] as StoredEvent, query[a] as StoredEvent];
            }
            // Some events read afresh from the table: equal copies, not the objects given before.
            if (step.copies !== null && query.length > 0) {
              const c = step.copies % query.length;
              query[c] = structuredClone(query[c] as StoredEvent);
            }
            check(query);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('files only the events it was not given before, and a key given twice counts once', () => {
    const kept = new DayStories();
    const day14 = storedEvent({ articleId: 'a', published: '2022-09-14T08:00:00.000Z', date: '2022-09-14' });
    const day16 = storedEvent({ articleId: 'b', published: '2022-09-16T08:00:00.000Z', date: '2022-09-16' });
    const before = kept.daysOf([day14, day16], PAIR, HALF_LIFE_MS);
    // The same objects with news added on the 16th: the 14th is taken as it was.
    const news = storedEvent({
      articleId: 'c',
      published: '2022-09-16T09:00:00.000Z',
      date: '2022-09-16',
      killed: 3,
    });
    const after = kept.daysOf([day14, day16, news], PAIR, HALF_LIFE_MS);
    expect(after.stories[0]).toBe(before.stories[0]);
    expect(after).toEqual(dyadDaysOf([day14, day16, news], HALF_LIFE_MS));
    // A redelivered copy of the news under its key, changed: uniqueEvents keeps one of the two.
    const redelivered = { ...news, killed: 5 };
    const repeated = [day14, day16, news, redelivered];
    expect(kept.daysOf(repeated, PAIR, HALF_LIFE_MS)).toEqual(
      dyadDaysOf(uniqueEvents(repeated), HALF_LIFE_MS),
    );
    expect(uniqueEvents(repeated)).toHaveLength(3);
    // Another dyad's events among them count for nothing.
    const other = { ...news, articleId: 'd', pair: 'AZE-ARM' as const };
    expect(kept.daysOf([day14, other, day16, news], PAIR, HALF_LIFE_MS)).toEqual(after);
  });

  it('reads no field of an event it was given last time at the same place', () => {
    const reads = new Map<string, number>();
    const watched = (articleId: string, date: string, index = 0, pair: DyadPair = PAIR) =>
      new Proxy(storedEvent({ articleId, index, pair, published: `${date}T08:00:00.000Z`, date }), {
        get(target, field, receiver) {
          reads.set(articleId, (reads.get(articleId) ?? 0) + 1);
          return Reflect.get(target, field, receiver);
        },
      });
    // An index past the key bits: its key is held whole, and let go with its event.
    const day14 = watched('a', '2022-09-14', 40);
    const day15 = watched('b', '2022-09-15');
    const day16 = watched('c', '2022-09-16');
    const news = watched('d', '2022-09-16');
    // Another dyad's event: it leaves with the 14th's and comes back with it.
    const elsewhere = watched('x', '2022-09-14', 0, 'AZE-ARM');
    const kept = new DayStories();
    const queries = [
      [day14, elsewhere, day15, day16],
      // The 14th leaves the look-back, news comes in on the 16th.
      [day15, day16, news],
      // The 14th's event is read again (a backfill window), the same object.
      [day14, elsewhere, day15, day16, news],
    ];
    const read: Set<string>[] = [];
    for (const query of queries) {
      const expected = dyadDaysOf(
        query.filter((e) => e.pair === PAIR),
        HALF_LIFE_MS,
      );
      reads.clear();
      const days = kept.daysOf(query, PAIR, HALF_LIFE_MS);
      read.push(new Set(reads.keys()));
      expect(days).toEqual(expected);
    }
    // The first query reads every event; later ones only those new to them (the 14th's is new to the
    // third), and those of the 16th, whose events changed and are compared and built again.
    expect(read).toEqual([new Set(['a', 'x', 'b', 'c']), new Set(['a', 'c', 'd']), new Set(['a', 'x'])]);
  });

  it('takes a day whose events are unchanged as it was, and builds a changed day afresh', () => {
    const kept = new DayStories();
    const first = [
      storedEvent({ articleId: 'a', published: '2022-09-14T08:00:00.000Z', date: '2022-09-14' }),
      storedEvent({ articleId: 'b', published: '2022-09-16T08:00:00.000Z', date: '2022-09-16' }),
    ];
    const before = kept.daysOf(first, PAIR, HALF_LIFE_MS);
    const [old14, old16] = before.stories;
    const second = [structuredClone(first[0] as StoredEvent), { ...(first[1] as StoredEvent), killed: 4 }];
    const after = kept.daysOf(second, PAIR, HALF_LIFE_MS);
    const [new14, new16] = after.stories;
    expect(new14).toBe(old14);
    expect(new16).not.toBe(old16);
    expect(after.groups[0]).toBe(before.groups[0]);
    expect(after.groups[1]).not.toBe(before.groups[1]);
    expect(new16?.key).toBe('2022-09-16|19|esc|3-9');
  });

  it('builds a day that only gained reports on from its last build, keeping the stories none of them reports', () => {
    const kept = new DayStories();
    const report = (articleId: string, hour: number, cameo: string, killed: number | null = null) =>
      storedEvent({
        articleId,
        cameo,
        polarity: cameo < '09' ? 'de-escalation' : 'escalation',
        killed,
        published: `2022-09-16T${String(hour).padStart(2, '0')}:00:00.000Z`,
      });
    const day = [report('a', 6, '190', 1), report('b', 7, '04')];
    const first = kept.daysOf(day, PAIR, HALF_LIFE_MS);
    // A busy day's next reports: the fight told again (an earlier report, so an earlier start),
    // a new kind of event, and nothing more of the talks.
    const grown = [report('c', 5, '190', 1), ...day, report('d', 9, '13')];
    const after = kept.daysOf(grown, PAIR, HALF_LIFE_MS);
    expect(after).toEqual(dyadDaysOf(grown, HALF_LIFE_MS));
    const talks = (days: typeof first) => days.stories.find((story) => story.root === '04');
    const fight = (days: typeof first) => days.stories.find((story) => story.root === '19');
    expect(talks(after)).toBe(talks(first));
    expect(fight(after)).not.toBe(fight(first));
    expect(fight(after)?.reports).toBe(2);
    expect(fight(after)?.time).toBe(Date.parse('2022-09-16T05:00:00.000Z'));
  });

  it('keeps no more events than its budget, and still gives the same stories', () => {
    fc.assert(
      fc.property(fc.array(eventsArb, { minLength: 2, maxLength: 6 }), (queries) => {
        const kept = new DayStories({ maxEvents: 12 });
        queries.forEach((query, i) => {
          const pair = i % 2 === 0 ? PAIR : 'AZE-ARM';
          const events = query.map((e) => ({ ...e, pair }));
          expect(kept.daysOf(events, pair, HALF_LIFE_MS)).toEqual(dyadDaysOf(events, HALF_LIFE_MS));
          expect(kept.keptEventCount).toBeLessThanOrEqual(Math.max(12, events.length));
        });
      }),
      { numRuns: 60 },
    );
  });

  it('builds a day again that the budget evicted, though its events are those of the last call', () => {
    const kept = new DayStories({ maxEvents: 2 });
    const days = ['14', '15', '16'].map((day, i) =>
      storedEvent({ articleId: `a${i}`, published: `2022-09-${day}T08:00:00.000Z`, date: `2022-09-${day}` }),
    );
    kept.daysOf(days, PAIR, HALF_LIFE_MS);
    expect(kept.keptEventCount).toBe(1);
    const news = storedEvent({ articleId: 'n', published: '2022-09-16T09:00:00.000Z', date: '2022-09-16' });
    const next = [...days, news];
    expect(kept.daysOf(next, PAIR, HALF_LIFE_MS)).toEqual(dyadDaysOf(next, HALF_LIFE_MS));
  });

  it('keeps the days of a dyad with a single event too', () => {
    const kept = new DayStories();
    const events = [storedEvent({ articleId: 'a' })];
    const first = kept.daysOf(events, PAIR, HALF_LIFE_MS);
    expect(first).toEqual(dyadDaysOf(events, HALF_LIFE_MS));
    expect(kept.keptEventCount).toBe(1);
    expect(kept.daysOf([...events], PAIR, HALF_LIFE_MS).stories[0]).toBe(first.stories[0]);
  });
});

describe('dyadDaysOf', () => {
  it('is storiesOf, their groups, and each article once at its earliest time', () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        const days = dyadDaysOf(events, HALF_LIFE_MS);
        expect(days.stories).toEqual(storiesOf(events, HALF_LIFE_MS));
        expect(days.groups).toEqual(rankGroups(days.stories, HALF_LIFE_MS));
        const articles = new Set(events.map((e) => e.articleId));
        expect(days.articleTimes).toHaveLength(articles.size);
        for (const article of articles) {
          const earliest = Math.min(
            ...events.filter((e) => e.articleId === article).map((e) => Date.parse(e.published)),
          );
          expect(firstSeenTimes(events).get(article)).toBe(earliest);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('dates an article by its events where its publication time does not parse, and skips it with neither', () => {
    const firstSeen = firstSeenTimes([
      storedEvent({ articleId: 'dated', published: 'not a time', date: '2022-09-14' }),
      storedEvent({ articleId: 'undated', published: 'not a time', date: null }),
    ]);
    expect(firstSeen.get('dated')).toBe(Date.parse('2022-09-14T00:00:00.000Z'));
    expect(firstSeen.has('undated')).toBe(false);
  });
});

describe('sameStoredEvent', () => {
  const base = storedEvent({
    articleId: 'a',
    weaponCategories: ['artillery'],
    weapons: ['mortars'],
    actor: { country: 'TJK', role: 'MIL', org: 'Border Troops' },
    dateApproximate: false,
  });
  const changes: Partial<Record<keyof StoredEvent, unknown>> = {
    cameo: '194',
    type: 'shelling',
    polarity: 'neutral',
    actor: { country: 'TJK', role: 'MIL', org: 'Army' },
    target: { country: 'KGZ', role: 'CVL' },
    date: '2022-09-15',
    dateApproximate: true,
    negated: true,
    alleged: true,
    threat: true,
    historical: true,
    source: 'a ministry',
    killed: 2,
    injured: 5,
    weapons: ['mortars', 'tanks'],
    weaponCategories: ['armour'],
    evidence: 'Another sentence.',
    pair: 'AZE-ARM',
    articleId: 'b',
    index: 1,
    url: 'https://news.example/other',
    title: 'Another title',
    published: '2022-09-16T10:00:00.000Z',
    outlet: 'Another Wire',
    textHash: 'fedcba9876543210',
  };

  it('holds for a copy and fails on a change to any field', () => {
    expect(sameStoredEvent(base, structuredClone(base))).toBe(true);
    for (const [field, value] of Object.entries(changes)) {
      expect([field, sameStoredEvent(base, { ...base, [field]: value })]).toEqual([field, false]);
    }
    expect(sameStoredEvent(base, { ...base, civilian: true } as StoredEvent)).toBe(false);
  });

  it('is given a change for every field a stored event has', () => {
    expect(Object.keys(changes).sort()).toEqual(Object.keys(base).sort());
  });
});
