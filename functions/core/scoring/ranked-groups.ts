/**
 * A dyad's stories as the pressure sums read them: same-day groups (date, kind, sign), each with its
 * stories ranked for diminishing returns and its decayed sum folded into one constant. A group
 * never spans days, so a day's groups are built once from its stories and kept with them
 * (DayStories) while the day's events stay the same.
 */
import type { Story } from './stories';
import { MODEL } from './weights';

const DAY_MS = 86_400_000;

/**
 * The stories of one same-day group (date, kind, sign) in the order diminishing returns ranks them.
 * A story's decayed weight is |w|·2^(-(at - t)/h) = |w|·2^(t/h) · 2^(-at/h): the order of a group's
 * stories does not depend on `at`, so it is sorted once, not at every evaluation. Kept with its
 * day and shared by every model that reads the day, so never changed once built.
 */
export interface RankedGroup {
  readonly sign: -1 | 1;
  /** Earliest and latest story time of the group (one day). The group weighs from `first` on, and leaves the sum whole, a tail after it. */
  readonly first: number;
  readonly last: number;
  /** The group's stories in rank order, for evidence. */
  readonly stories: readonly Story[];
  /** Plain arrays, not typed ones: a model is built on every rescore and typed arrays cost more to allocate. */
  readonly times: readonly number[];
  readonly weights: readonly number[];
  /**
   * The whole group's decayed sum at `at` is 2^(-(at - ref)/h) · constant, for an instant `ref` on a
   * fixed grid (multiples of REFERENCE_HALF_LIVES half-lives since the epoch) at or before the group's
   * first story: one power of two per grid reference, not per story, when the group lies wholly
   * before `at`. The grid, not the model's extent, sets `ref`, so a group's constant, and hence
   * the series, is the same in every recomputation that reads its stories. Both NaN when there is no
   * such grid (a half-life under 1/REFERENCE_HALF_LIVES of a day): then every story is decayed alone.
   */
  readonly ref: number;
  readonly constant: number;
}

/** Same-day groups with their stories in rank order (see RankedGroup), sorted by earliest story. */
export function rankGroups(stories: readonly Story[], halfLifeMs: number): RankedGroup[] {
  // Groups in the order of their earliest stories (a Map keeps insertion order).
  const byGroup = new Map<number | string, Story[]>();
  for (const story of stories) {
    const members = byGroup.get(story.group);
    if (members) members.push(story);
    else byGroup.set(story.group, [story]);
  }
  const groups: RankedGroup[] = [];
  for (const members of byGroup.values()) {
    // Most groups hold one story: nothing to rank.
    const ranked = members.length === 1 ? members : rankByStrength(members, halfLifeMs);
    const times: number[] = [];
    const weights: number[] = [];
    let first = Number.POSITIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    for (const story of ranked) {
      times.push(story.time);
      weights.push(Math.abs(story.weight));
      first = Math.min(first, story.time);
      last = Math.max(last, story.time);
    }
    const { ref, constant } = groupConstant(first, times, weights, halfLifeMs);
    groups.push({
      sign: (ranked[0] as Story).sign,
      first,
      last,
      stories: ranked,
      times,
      weights,
      ref,
      constant,
    });
  }
  // A stable sort: groups starting at the same instant stay in the order of their earliest stories.
  // A day's groups all start on it, so ranking day by day and joining the days gives this order too.
  return groups.sort((a, b) => a.first - b.first);
}

/** A group's stories strongest first: by |w|·2^(t/h), kept as its log2 so that years of history do not overflow. */
function rankByStrength(members: readonly Story[], halfLifeMs: number): Story[] {
  return members
    .map((story) => ({ story, strength: Math.log2(Math.abs(story.weight)) + story.time / halfLifeMs }))
    .sort((a, b) => b.strength - a.strength || (a.story.key < b.story.key ? -1 : 1))
    .map(({ story }) => story);
}

/** Grid of RankedGroup.ref, in half-lives: powers of two up to 2^(this + a day) stay far from overflow. */
export const REFERENCE_HALF_LIVES = 256;

function groupConstant(
  first: number,
  times: readonly number[],
  weights: readonly number[],
  halfLifeMs: number,
): { ref: number; constant: number } {
  if (DAY_MS / halfLifeMs > REFERENCE_HALF_LIVES) return { ref: Number.NaN, constant: Number.NaN };
  const spacing = REFERENCE_HALF_LIVES * halfLifeMs;
  const ref = Math.floor(first / spacing) * spacing;
  const ratio = MODEL.sameDayRootRatio.value;
  let constant = 0;
  let factor = 1;
  for (let i = 0; i < times.length; i++) {
    constant += (weights[i] as number) * 2 ** (((times[i] as number) - ref) / halfLifeMs) * factor;
    factor *= ratio;
  }
  return { ref, constant };
}
