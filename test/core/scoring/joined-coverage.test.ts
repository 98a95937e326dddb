/**
 * A join updated from the last one gives what joining the parts afresh gives, as days leave, come
 * and are built again with articles added, dropped or re-dated, and articles span several days.
 */
import fc from 'fast-check';
import {
  type CoveragePart,
  type FirstSeenChange,
  JoinedCoverage,
} from '../../../functions/core/scoring/joined-coverage';

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
type Entries = readonly [number, number][];

const partOf = (day: number, entries: Entries): CoveragePart => ({
  day,
  firstSeen: new Map(entries.map(([article, time]) => [`a${article}`, day * 3 + time])),
});

/**
 * Joins `first`'s days, then, step by step, the parts left after the step's leaving days go, its
 * `change` and its coming days: each join must give the fresh join, and once every day is gone,
 * nothing (an article counted on a part more often than it is would still be held).
 */
function joinsAgreeWithFresh<S extends { leave: number; come: readonly Entries[] }>(
  first: readonly Entries[],
  steps: readonly S[],
  change: (parts: CoveragePart[], step: S) => void,
): void {
  const coverage = new JoinedCoverage();
  let parts = first.map((entries, day) => partOf(day, entries));
  let nextDay = parts.length;
  expect(coverage.join(parts)).toEqual(freshJoin(parts));
  for (const step of steps) {
    parts = parts.slice(step.leave);
    change(parts, step);
    for (const entries of step.come) parts.push(partOf(nextDay++, entries));
    expect(coverage.join(parts)).toEqual(freshJoin(parts));
  }
  expect(coverage.join([])).toEqual([]);
}

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
        (first, steps) =>
          joinsAgreeWithFresh(first, steps, (parts, step) => {
            for (const [at, entries] of step.rebuilt) {
              if (parts.length === 0) break;
              const i = at % parts.length;
              parts[i] = partOf((parts[i] as CoveragePart).day, entries);
            }
          }),
      ),
      { numRuns: 400 },
    );
  });

  it('gives the fresh join when days grow by taking over the map of their part before, seen or not', () => {
    /** As DayStories grows a day: the same map, with new articles and earlier times, and what changed. */
    const grow = (part: CoveragePart, entries: Entries): CoveragePart => {
      const firstSeen = part.firstSeen as Map<string, number>;
      const changes: FirstSeenChange[] = [];
      for (const [article, time] of entries) {
        const key = `a${article}`;
        const at = part.day * 3 + time;
        const before = firstSeen.get(key);
        if (before !== undefined && before <= at) continue;
        firstSeen.set(key, at);
        changes.push({ article: key, before, after: at });
      }
      return { day: part.day, firstSeen, growth: { from: part, changes } };
    };
    const stepArb = fc.record({
      leave: fc.nat({ max: 1 }),
      // Grown twice: the join never sees the part in between, whose times the map no longer holds.
      grown: fc.array(fc.tuple(fc.nat(), entriesArb, fc.boolean()), { maxLength: 3 }),
      come: fc.array(entriesArb, { maxLength: 1 }),
    });
    fc.assert(
      fc.property(
        fc.array(entriesArb, { minLength: 1, maxLength: 5 }),
        fc.array(stepArb, { maxLength: 6 }),
        (first, steps) =>
          joinsAgreeWithFresh(first, steps, (parts, step) => {
            for (const [at, entries, twice] of step.grown) {
              if (parts.length === 0) break;
              const i = at % parts.length;
              const once = grow(parts[i] as CoveragePart, entries);
              parts[i] = twice
                ? grow(
                    once,
                    entries.map(([a, t]) => [a + 1, Math.max(0, t - 1)]),
                  )
                : once;
            }
          }),
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
