/**
 * A join updated from the last one gives what joining the parts afresh gives, as days leave, come
 * and are built again with articles added, dropped or re-dated, and articles span several days.
 */
import fc from 'fast-check';
import { type CoveragePart, JoinedCoverage } from '../../../functions/core/scoring/joined-coverage';

/** The fresh join: each article at its earliest time over the parts, the times sorted. */
function freshJoin(parts: readonly CoveragePart[]): number[] {
  const earliest = new Map<string, number>();
  for (const part of parts)
    for (const [article, time] of part.firstSeen)
      earliest.set(article, Math.min(time, earliest.get(article) ?? Number.POSITIVE_INFINITY));
  return [...earliest.values()].sort((a, b) => a - b);
}

// Few articles and times, so that articles span days and times tie.
const entriesArb = fc.array(fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 6 })), {
  maxLength: 8,
});
const partOf = (day: number, entries: readonly [number, number][]): CoveragePart => ({
  day,
  firstSeen: new Map(entries.map(([article, time]) => [`a${article}`, day * 3 + time])),
});

describe('JoinedCoverage', () => {
  it('gives the fresh join, join after join, as days leave, come and are built again', () => {
    const stepArb = fc.record({
      leave: fc.nat({ max: 2 }),
      rebuilt: fc.array(fc.tuple(fc.nat(), entriesArb), { maxLength: 2 }),
      come: fc.array(entriesArb, { maxLength: 2 }),
    });
    fc.assert(
      fc.property(
        fc.array(entriesArb, { maxLength: 6 }),
        fc.array(stepArb, { maxLength: 6 }),
        (first, steps) => {
          const coverage = new JoinedCoverage();
          let parts = first.map((entries, day) => partOf(day, entries));
          let nextDay = parts.length;
          expect(coverage.join(parts)).toEqual(freshJoin(parts));
          for (const step of steps) {
            parts = parts.slice(step.leave);
            for (const [at, entries] of step.rebuilt) {
              if (parts.length === 0) break;
              const i = at % parts.length;
              parts[i] = partOf((parts[i] as CoveragePart).day, entries);
            }
            for (const entries of step.come) parts.push(partOf(nextDay++, entries));
            expect(coverage.join(parts)).toEqual(freshJoin(parts));
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('moves an article to its next earliest day when its earliest leaves', () => {
    const coverage = new JoinedCoverage();
    const monday = partOf(1, [[1, 0]]);
    const tuesday = partOf(2, [
      [1, 5],
      [2, 1],
    ]);
    expect(coverage.join([monday, tuesday])).toEqual([3, 7]);
    expect(coverage.join([tuesday])).toEqual([7, 11]);
    // The returned times are a copy: the next join does not change them.
    const held = coverage.join([tuesday]);
    coverage.join([]);
    expect(held).toEqual([7, 11]);
  });
});
