/**
 * Articles as a live feed delivers them. The generated corpus carries historical dates; fed to the
 * scorer as they are, every article would look like a backfill and make it recompute its whole
 * window. Live, a fetch cycle (every 15 minutes by default) brings articles published minutes ago.
 */
import type { Article } from '../../functions/core/model';
import { WEEKDAYS } from '../generate-corpus';

export const FETCH_CYCLE_MS = 15 * 60_000;

const WEEKDAY_NAME = new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`, 'g');

/**
 * The text with every weekday name moved `days` forward, so that a story re-dated by that many
 * days of the week still names the day its events happened relative to its publication.
 */
export function shiftWeekdays(text: string, days: number): string {
  const shift = ((days % 7) + 7) % 7;
  if (shift === 0) return text;
  return text.replace(WEEKDAY_NAME, (name) => {
    const at = WEEKDAYS.indexOf(name as (typeof WEEKDAYS)[number]);
    return WEEKDAYS[(at + shift) % 7] as string;
  });
}

/**
 * The article published at `published` instead: weekday names in its title and text move with it,
 * so "on Tuesday" in a story published on a Wednesday still reads as the day before once that
 * story is published on a Saturday.
 */
export function republished(article: Article, published: Date): Article {
  const was = article.published ? new Date(article.published) : undefined;
  const days = was && !Number.isNaN(was.getTime()) ? published.getUTCDay() - was.getUTCDay() : 0;
  return {
    ...article,
    title: shiftWeekdays(article.title, days),
    text: shiftWeekdays(article.text, days),
    published: published.toISOString(),
  };
}

/** The same articles, in order, published evenly over the `windowMs` before `now` (see republished). */
export function asLiveArticles(corpus: readonly Article[], now: Date, windowMs = FETCH_CYCLE_MS): Article[] {
  const step = windowMs / (corpus.length + 1);
  const start = now.getTime() - windowMs;
  return corpus.map((article, i) => republished(article, new Date(Math.round(start + (i + 1) * step))));
}
