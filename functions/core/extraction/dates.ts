/**
 * Table-driven resolution of time expressions against the publication date ("Friday", "earlier
 * this week", "on September 14", "last year", "in 2021"). Cheaper than a general date parser and
 * enough for news: each mark sits at a token position, and an event takes the nearest mark.
 */
import type { TrieMatch } from '../text/token-trie';
import type { Token } from '../text/tokenize';
import type { Cue } from './data/cues';

export interface DateMark {
  /** Token index of the expression. */
  at: number;
  /** YYYY-MM-DD, or null when only "long ago" is known. */
  date: string | null;
  approx: boolean;
  historical: boolean;
  habitual?: boolean;
  /** After publication ("will meet on October 25"): nothing has happened on that date yet. */
  future?: boolean;
}

/** Events more than this many days before publication are historical. */
export const HISTORICAL_DAYS = 60;
const DAY_MS = 86_400_000;
const HALF_YEAR_MS = 183 * DAY_MS;

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Parse a publication date (ISO 8601, date only allowed) to UTC midnight, or null. */
export function parsePublished(published: string | null | undefined): Date | null {
  if (!published) return null;
  const ms = Date.parse(published.length === 10 ? `${published}T00:00:00Z` : published);
  if (Number.isNaN(ms)) return null;
  return new Date(Math.floor(ms / DAY_MS) * DAY_MS);
}

function daysBefore(published: Date, days: number): Date {
  return new Date(published.getTime() - days * DAY_MS);
}

function mark(
  at: number,
  date: Date | null,
  approx: boolean,
  published: Date | null,
  historical = false,
): DateMark {
  const old = !!(date && published && published.getTime() - date.getTime() > HISTORICAL_DAYS * DAY_MS);
  const future = !!(date && published && date.getTime() > published.getTime() + DAY_MS);
  return {
    at,
    date: date ? isoDay(date) : null,
    approx,
    historical: historical || old,
    ...(future ? { future } : {}),
  };
}

function dayNumber(token: Token | undefined): number | null {
  if (token?.kind !== 'num') return null;
  let digits = token.lower;
  for (const suffix of ['st', 'nd', 'rd', 'th']) if (digits.endsWith(suffix)) digits = digits.slice(0, -2);
  const value = Number(digits);
  return Number.isInteger(value) && value >= 1 && value <= 31 ? value : null;
}

function yearNumber(token: Token | undefined): number | null {
  if (token?.kind !== 'num' || token.lower.length !== 4) return null;
  const value = Number(token.lower);
  return Number.isInteger(value) && value >= 1900 && value <= 2100 ? value : null;
}

/** Time expressions of one sentence, resolved against the publication date when known. */
export function findDateMarks(
  tokens: readonly Token[],
  cues: readonly TrieMatch<Cue>[],
  published: Date | null,
): DateMark[] {
  const marks: DateMark[] = [];
  // Token positions of years read with a month: few, so an array (a Set per sentence cost more).
  const usedYears: number[] = [];
  for (const match of cues) {
    const cue = match.values[0]!;
    switch (cue.kind) {
      case 'relative':
        marks.push(
          mark(
            match.start,
            published ? daysBefore(published, cue.days) : null,
            cue.approx,
            published,
            cue.historical,
          ),
        );
        break;
      case 'historical':
        marks.push({ at: match.start, date: null, approx: true, historical: true });
        break;
      case 'habitual':
        marks.push({ at: match.start, date: null, approx: true, historical: true, habitual: true });
        break;
      case 'weekday': {
        if (!published) break;
        const back = (published.getUTCDay() - cue.day + 7) % 7;
        marks.push(mark(match.start, daysBefore(published, back), false, published));
        break;
      }
      case 'month': {
        let day = dayNumber(tokens[match.end]);
        let yearAt = match.end + (day ? 1 : 0);
        if (!day) day = dayNumber(tokens[match.start - 1]);
        if (tokens[yearAt]?.text === ',') yearAt++;
        let year = yearNumber(tokens[yearAt]);
        if (year) usedYears.push(yearAt);
        if (!published && !year) break;
        year ??= published!.getUTCFullYear();
        let date = new Date(Date.UTC(year, cue.month, day ?? 1));
        // With no year, the nearest such date: "September 14" written in January is last September,
        // "October 25" written on 19 October is this one, ahead, and "January 3" written on
        // 28 December is next year's.
        if (published && !usedYears.includes(yearAt)) {
          const ahead = date.getTime() - published.getTime();
          const shift = ahead > HALF_YEAR_MS ? -1 : ahead < -HALF_YEAR_MS ? 1 : 0;
          if (shift !== 0) date = new Date(Date.UTC(year + shift, cue.month, day ?? 1));
        }
        marks.push(mark(match.start, date, !day, published));
        break;
      }
      default:
        break;
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'num' || usedYears.includes(i)) continue;
    const year = yearNumber(token);
    if (year !== null) {
      const currentYear = published?.getUTCFullYear();
      if (currentYear !== undefined && year < currentYear)
        marks.push({ at: i, date: null, approx: true, historical: true });
      continue;
    }
    // "the 1990s war"
    if (token.lower.length === 5 && token.lower.endsWith('0s'))
      marks.push({ at: i, date: null, approx: true, historical: true });
  }
  return marks;
}

/** The time expression nearest to a token position (by token distance), if any. */
export function nearestMark(marks: readonly DateMark[], at: number): DateMark | undefined {
  let best: DateMark | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of marks) {
    const distance = Math.abs(candidate.at - at);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
