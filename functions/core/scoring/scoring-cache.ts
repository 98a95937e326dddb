/**
 * What a warm scorer keeps between rescores, so as not to compute the same parts of a series twice:
 * each busy dyad's stories day by day (DayStories) and the model each dyad was last scored with,
 * whose pressures the next one takes over where they still hold (DyadModel.inheritPressures).
 * Series are the same with a fresh cache as with a warm one; the property tests check it.
 */

import { RecentlyUsed } from '../collections';
import type { StoredEvent } from '../ports/tension-store';
import { DayStories } from './day-stories';
import type { DyadModel } from './series';

/** Dyads (and half-lives) whose latest model is kept. */
export const MAX_LATEST_MODELS = 64;

export class ScoringCache {
  readonly days: DayStories;
  /** Models by events list: the hourly and daily series of one recomputation share one. */
  readonly models = new WeakMap<readonly StoredEvent[], Map<string, DyadModel>>();
  /** By dyad and half-life, the dyad scored longest ago first. */
  private readonly latest = new RecentlyUsed<string, DyadModel>(MAX_LATEST_MODELS);

  constructor(options: { maxDayEvents?: number } = {}) {
    this.days = new DayStories({ maxEvents: options.maxDayEvents });
  }

  /** Keep `model` as the latest of its lineage; returns the one it replaces. */
  replaceLatest(lineage: string, model: DyadModel): DyadModel | undefined {
    return this.latest.set(lineage, model);
  }
}

/** The process's own: a Lambda container, or the local runner, is one scorer. */
export const PROCESS_SCORING_CACHE = new ScoringCache();
