/**
 * The fast paths of story building give what the plain definitions give: stories are filed by a
 * numeric slot but are the stories of storyReportOf's key (and its same-day groups those of
 * date, group and sign), a tie between reports goes to the lower
 * eventKey as strings compare, and the independent-report count is the capped maximum
 * independent set of the hashes, however it is found.
 */
import fc from 'fast-check';
import type { StoredEvent } from '../../../functions/core/ports/tension-store';
import {
  buildStories,
  eventKey,
  hammingDistance,
  independentReports,
  MODEL,
  sameDayGroup,
  storyReportOf,
} from '../../../functions/core/scoring';
import { storedEvent } from './events';

const PAIR = 'KGZ-TJK';

/** Dates far apart and side by side, the epoch's neighbours among them (negative epoch days). */
const date = fc.constantFrom(
  '1969-12-31',
  '1970-01-01',
  '2022-09-16',
  '2022-09-17',
  '0150-03-01',
  '9999-12-31',
);
/** Two-digit roots (the numeric slot) and others (the string key). */
const cameo = fc.constantFrom(
  '190',
  '193',
  '19',
  '04',
  '036',
  '111',
  '140',
  '1',
  '',
  'X9',
  '9X',
  '0A0',
  '200',
);
const toll = fc.constantFrom(null, 0, 1, 3, 12, 150);

describe('story identity', () => {
  it('files reports into the stories of their storyReportOf key', () => {
    const report = fc.record({ date, cameo, killed: toll, injured: toll, deescalation: fc.boolean() });
    fc.assert(
      fc.property(fc.array(report, { maxLength: 30 }), (reports) => {
        const events = reports.map((r, index) =>
          storedEvent({
            articleId: `a${index % 4}`,
            index,
            date: r.date,
            published: `${r.date}T09:00:00.000Z`,
            cameo: r.cameo,
            polarity: r.deescalation ? 'de-escalation' : 'escalation',
            killed: r.killed,
            injured: r.injured,
          }),
        );
        const keys = new Set(events.map((e) => storyReportOf(e)?.key).filter((k) => k !== undefined));
        const stories = buildStories(events, PAIR);
        expect(stories.map((s) => s.key).sort()).toEqual([...keys].sort());
        for (const story of stories) expect(storyReportOf(story.representative)?.key).toBe(story.key);
        // Same-day groups: one Story.group exactly when date, same-day group of the root and sign agree.
        const groupOf = (s: (typeof stories)[number]) => `${s.date}|${sameDayGroup(s.root)}|${s.sign}`;
        for (const a of stories) {
          for (const b of stories) expect(a.group === b.group).toBe(groupOf(a) === groupOf(b));
        }
      }),
      { numRuns: 300, seed: 20221001 },
    );
  });

  it('gives a tie between reports to the lower eventKey, as the key strings compare', () => {
    // Ids with characters below '#' and ids that are prefixes of others, and indices past four
    // digits: there the key order is not the order of (id, index).
    const id = fc.constantFrom('a', 'a!', 'a"', 'ab', 'a0', 'b', 'a#1');
    const index = fc.constantFrom(0, 1, 9, 10, 9999, 10_000, 12_345);
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(id, index), { minLength: 1, maxLength: 8 }), (slots) => {
        const events: StoredEvent[] = slots.map(([articleId, i]) => storedEvent({ articleId, index: i }));
        const [story] = buildStories(events, PAIR);
        const lowest = events.map(eventKey).sort()[0];
        expect(story && eventKey(story.representative)).toBe(lowest);
      }),
      { numRuns: 300, seed: 20221002 },
    );
  });
});

/** The capped maximum independent set, by trying every subset (small inputs only). */
function bruteForceIndependent(hashes: string[], cap: number): number {
  const nodes = [...new Set(hashes)];
  let best = 0;
  for (let mask = 0; mask < 1 << nodes.length; mask++) {
    const chosen = nodes.filter((_, i) => (mask >> i) & 1);
    const independent = chosen.every((a, i) =>
      chosen.slice(i + 1).every((b) => hammingDistance(a, b) > MODEL.syndicationDistance.value),
    );
    if (independent) best = Math.max(best, chosen.length);
  }
  return Math.min(best, cap);
}

describe('independentReports', () => {
  it('is the capped maximum independent set, whether the greedy pass settles it or not', () => {
    // Hashes a few bits from a handful of centres: near and far pairs, so that a greedy pick is
    // sometimes not the largest set.
    const centre = fc.constantFrom(
      '0000000000000000',
      'ffffffffffffffff',
      '0f0f0f0f0f0f0f0f',
      '00000000ffffffff',
    );
    const hash = fc.tuple(centre, fc.array(fc.nat(63), { maxLength: 14 })).map(([c, bits]) => {
      let high = Number.parseInt(c.slice(0, 8), 16);
      let low = Number.parseInt(c.slice(8), 16);
      for (const bit of bits) {
        if (bit < 32) high ^= 1 << bit;
        else low ^= 1 << (bit - 32);
      }
      return (high >>> 0).toString(16).padStart(8, '0') + (low >>> 0).toString(16).padStart(8, '0');
    });
    fc.assert(
      fc.property(fc.array(hash, { maxLength: 9 }), fc.integer({ min: 1, max: 6 }), (hashes, cap) => {
        expect(independentReports(hashes, cap)).toBe(bruteForceIndependent(hashes, cap));
      }),
      { numRuns: 500, seed: 20221003 },
    );
  });
});
