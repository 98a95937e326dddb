/**
 * Days kept across rescores give what building the whole look-back at once gives from the same
 * events (stories, same-day groups, coverage): whether the events come back as the same objects or
 * as fresh copies (as from DynamoDB), whether a day gained, lost or changed an event, and after
 * days were evicted.
 */
import fc from 'fast-check';
import type { StoredEvent } from '../../../functions/core/ports/tension-store';
import {
  DayStories,
  dyadDaysOf,
  firstSeenTimes,
  sameStoredEvent,
} from '../../../functions/core/scoring/day-stories';
import { rankGroups } from '../../../functions/core/scoring/ranked-groups';
import { storiesOf } from '../../../functions/core/scoring/stories';
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
          const kept = new DayStories({ minEvents: 0 });
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

  it('takes a day whose events are unchanged as it was, and builds a changed day afresh', () => {
    const kept = new DayStories({ minEvents: 0 });
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

  it('keeps no more events than its budget, and still gives the same stories', () => {
    fc.assert(
      fc.property(fc.array(eventsArb, { minLength: 2, maxLength: 6 }), (queries) => {
        const kept = new DayStories({ minEvents: 0, maxEvents: 12 });
        queries.forEach((events, i) => {
          const pair = i % 2 === 0 ? PAIR : 'AZE-ARM';
          expect(kept.daysOf(events, pair, HALF_LIFE_MS)).toEqual(dyadDaysOf(events, HALF_LIFE_MS));
          expect(kept.keptEventCount).toBeLessThanOrEqual(Math.max(12, events.length));
        });
      }),
      { numRuns: 60 },
    );
  });

  it('builds a small dyad afresh without keeping it', () => {
    const kept = new DayStories();
    const events = [storedEvent({ articleId: 'a' })];
    expect(kept.daysOf(events, PAIR, HALF_LIFE_MS)).toEqual(dyadDaysOf(events, HALF_LIFE_MS));
    expect(kept.keptEventCount).toBe(0);
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
