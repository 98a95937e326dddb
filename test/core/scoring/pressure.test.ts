/**
 * DyadModel.pressureAt sums pre-ranked same-day groups without building contributions: it must
 * equal the formula of docs/scoring.md evaluated directly (decay every story, rank each same-day
 * group by decayed weight, diminishing returns by rank), at any instant.
 */
import fc from 'fast-check';
import type { StoredEvent } from '../../../functions/core/ports/tension-store';
import {
  DEFAULT_SCORING_SETTINGS,
  DyadModel,
  MODEL,
  type Story,
  sameDayGroup,
  saturate,
} from '../../../functions/core/scoring';
import { seedLikeDay, storedEvent } from './events';

const DAY_MS = 86_400_000;
const PAIR = 'KGZ-TJK';

/**
 * The formula, directly: what pressureAt must compute. A same-day group weighs from its first story
 * on, for a tail (escalation) or a tail and a reach (de-escalation); its stories before `at` are
 * decayed and ranked. De-escalation groups, in time order, pull down the escalation of the groups
 * that start no later than a reach after them.
 */
function referencePressure(
  stories: readonly Story[],
  at: number,
  halfLifeDays = DEFAULT_SCORING_SETTINGS.halfLifeDays,
) {
  const halfLife = halfLifeDays * DAY_MS;
  const tail = halfLife * MODEL.decayTailHalfLives.value;
  const reach = MODEL.deescalationReachDays.value * DAY_MS;
  // Same-day groups by their definition (date, root or named group, sign), not by Story.group.
  const byKey = new Map<string, Story[]>();
  for (const story of stories) {
    const key = `${story.date}|${sameDayGroup(story.root)}|${story.sign}`;
    byKey.set(key, [...(byKey.get(key) ?? []), story]);
  }
  const groups: { sign: number; first: number; value: number }[] = [];
  for (const members of byKey.values()) {
    const first = Math.min(...members.map((s) => s.time));
    const sign = (members[0] as Story).sign;
    if (first >= at || first < at - tail - (sign > 0 ? reach : 0)) continue;
    const decayed = members
      .filter((s) => s.time < at)
      .map((story) => ({ story, decayed: Math.abs(story.weight) * 2 ** (-(at - story.time) / halfLife) }))
      .sort((a, b) => b.decayed - a.decayed || (a.story.key < b.story.key ? -1 : 1));
    const value = decayed.reduce(
      (sum, { decayed }, rank) => sum + decayed * MODEL.sameDayRootRatio.value ** rank,
      0,
    );
    groups.push({ sign, first, value });
  }
  const escalations = groups.filter((g) => g.sign < 0);
  const escalation = escalations.reduce((sum, g) => sum + g.value, 0);
  let deescalation = 0;
  let offset = 0;
  for (const g of groups.filter((g) => g.sign > 0).sort((a, b) => a.first - b.first)) {
    deescalation += g.value;
    const before = escalations.filter((e) => e.first <= g.first + reach).reduce((sum, e) => sum + e.value, 0);
    offset = Math.min(
      offset + MODEL.deescalationWeight.value * g.value,
      Math.max(offset, MODEL.deescalationMaxShare.value * before),
    );
  }
  return { escalation, deescalation, score: saturate(escalation - offset) };
}

/** One report per draft, published `offsetMs` after `base`, on that day; one source per article. */
function reportsAt(
  base: number,
  drafts: readonly { offsetMs: number; cameo: string; killed: number | null; article: number }[],
): StoredEvent[] {
  return drafts.map((d, index) => {
    const published = new Date(base + d.offsetMs).toISOString();
    return storedEvent({
      articleId: `a${d.article}`,
      index,
      cameo: d.cameo,
      killed: d.killed,
      date: published.slice(0, 10),
      published,
      textHash: `${d.article}`.padStart(16, '0'),
    });
  });
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe('DyadModel.pressureAt', () => {
  it('equals the direct formula over a seed-like day at every hour around it', () => {
    const model = new DyadModel(seedLikeDay(), PAIR, DEFAULT_SCORING_SETTINGS);
    expect(model.stories.length).toBeGreaterThan(3);
    const start = Date.parse('2022-09-13T00:00:00.000Z');
    let nonZero = 0;
    for (let at = start; at < start + 45 * DAY_MS; at += 3_600_000) {
      const fast = model.pressureAt(at);
      const direct = referencePressure(model.stories, at);
      expect(close(fast.escalation, direct.escalation)).toBe(true);
      expect(close(fast.deescalation, direct.deescalation)).toBe(true);
      expect(close(fast.score, direct.score)).toBe(true);
      if (fast.escalation > 0) nonZero++;
    }
    expect(nonZero).toBeGreaterThan(100);
  });

  it('equals the direct formula for random events and instants', () => {
    const cameos = ['190', '194', '0871', '112', '173', '045', '1621', '183'];
    const eventArb = fc.record({
      day: fc.integer({ min: 0, max: 60 }),
      hour: fc.integer({ min: 0, max: 23 }),
      cameo: fc.constantFrom(...cameos),
      killed: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
      article: fc.integer({ min: 0, max: 6 }),
    });
    fc.assert(
      fc.property(
        fc.array(eventArb, { minLength: 1, maxLength: 40 }),
        fc.array(fc.integer({ min: 0, max: 70 * 24 }), { minLength: 1, maxLength: 20 }),
        (drafts, hours) => {
          const base = Date.parse('2022-08-01T00:00:00.000Z');
          const events = reportsAt(
            base,
            drafts.map((d) => ({ ...d, offsetMs: d.day * DAY_MS + d.hour * 3_600_000 })),
          );
          const model = new DyadModel(events, PAIR, DEFAULT_SCORING_SETTINGS);
          for (const h of hours) {
            const at = base + h * 3_600_000;
            const fast = model.pressureAt(at);
            const direct = referencePressure(model.stories, at);
            if (
              !close(fast.escalation, direct.escalation) ||
              !close(fast.deescalation, direct.deescalation)
            ) {
              return false;
            }
          }
          return true;
        },
      ),
      { numRuns: 200, seed: 20220916 },
    );
  });

  // Groups wholly inside the tail are summed from per-group constants on a grid of reference
  // instants (256 half-lives apart); groups at the tail's edges story by story. Histories spanning
  // several grid cells, half-lives that put the tail's edges mid-day, and one so short that there
  // is no grid must all give the formula.
  it.each([0.002, 0.05, 0.7, 2.5, 3, 30, 365])(
    'equals the direct formula with a half-life of %p days, over years of history',
    (halfLifeDays) => {
      const settings = { ...DEFAULT_SCORING_SETTINGS, halfLifeDays };
      fc.assert(
        fc.property(
          fc.array(
            fc.record({
              minute: fc.integer({ min: 0, max: 4 * 365 * 24 * 60 }),
              cameo: fc.constantFrom('190', '194', '0871', '112', '173', '045', '1621'),
              // Tolls of different classes make several stories of one same-day group.
              killed: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
              article: fc.integer({ min: 0, max: 9 }),
            }),
            { minLength: 1, maxLength: 60 },
          ),
          fc.array(fc.integer({ min: 0, max: 4 * 365 * 24 * 60 + 60 * 24 * 60 }), {
            minLength: 1,
            maxLength: 30,
          }),
          (drafts, minutes) => {
            const base = Date.parse('2021-01-01T00:00:00.000Z');
            const events = reportsAt(
              base,
              drafts.map((d) => ({ ...d, offsetMs: d.minute * 60_000 })),
            );
            const model = new DyadModel(events, PAIR, settings);
            // Instants at, just before and just after each story, and where it leaves the tail: the
            // edges between summing a group story by story and from its constant.
            const tail = halfLifeDays * DAY_MS * MODEL.decayTailHalfLives.value;
            const reach = MODEL.deescalationReachDays.value * DAY_MS;
            const edges = model.stories.flatMap((s) =>
              [-1, 0, 1].flatMap((d) => [s.time + d, s.time + tail + d, s.time + tail + reach + d]),
            );
            const instants = [...minutes.map((m) => base + m * 60_000), ...edges];
            // Instants on the hour are also cached: ask each twice.
            return instants.every((at) => {
              const direct = referencePressure(model.stories, at, halfLifeDays);
              return [model.pressureAt(at), model.pressureAt(at)].every(
                (fast) =>
                  close(fast.escalation, direct.escalation) && close(fast.deescalation, direct.deescalation),
              );
            });
          },
        ),
        { numRuns: 60, seed: 20221114 },
      );
    },
  );
});
