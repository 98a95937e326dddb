/**
 * Articles as a live feed delivers them. The generated corpus carries historical dates; fed to the
 * scorer as they are, every article would look like a backfill and make it recompute its whole
 * window. Live, a fetch cycle (every 15 minutes by default) brings articles published minutes ago.
 */
import type { Article } from '../../functions/core/model';

export const FETCH_CYCLE_MS = 15 * 60_000;

/** The same articles, in order, published evenly over the `windowMs` before `now`. */
export function asLiveArticles(corpus: readonly Article[], now: Date, windowMs = FETCH_CYCLE_MS): Article[] {
  const step = windowMs / (corpus.length + 1);
  const start = now.getTime() - windowMs;
  return corpus.map((article, i) => ({
    ...article,
    published: new Date(Math.round(start + (i + 1) * step)).toISOString(),
  }));
}
