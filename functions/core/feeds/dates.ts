/**
 * Defensive date parsing for feed entries. Feeds carry RFC 822 dates (RSS), ISO 8601 (Atom, JSON
 * Feed, Dublin Core) and GDELT's compact "20220916T083000Z". Garbage, implausibly old and far-future
 * dates are dropped with a reason rather than trusted: a wrong date would put events on the wrong day.
 */

/** Dates before this are not news this tool can score. */
const EARLIEST_PLAUSIBLE = Date.UTC(1990, 0, 1);
/** Publishers' clocks and time-zone mistakes put dates a little ahead; within this we clamp to now. */
const FUTURE_TOLERANCE_MS = 36 * 3600 * 1000;
const MAX_DATE_TEXT = 100;

const GDELT_COMPACT = /^(\d{4})(\d{2})(\d{2})T?(\d{2})(\d{2})(\d{2})Z?$/;

export interface FeedDate {
  /** ISO 8601 UTC, or null when the input was absent or rejected. */
  iso: string | null;
  /** Set when the date was rejected or clamped. */
  problem?: string;
}

function parseMillis(text: string): number {
  const compact = GDELT_COMPACT.exec(text);
  if (compact) {
    const [, y, mo, d, h, mi, s] = compact.map(Number) as number[];
    return Date.UTC(y!, mo! - 1, d!, h!, mi!, s!);
  }
  return Date.parse(text);
}

/** Parse a feed date; `now` is the reference for rejecting future dates. */
export function parseFeedDate(raw: unknown, now: Date): FeedDate {
  if (raw === undefined || raw === null || raw === '') return { iso: null };
  if (typeof raw !== 'string' && typeof raw !== 'number') return { iso: null, problem: 'date is not text' };
  const text = String(raw).trim();
  if (text.length > MAX_DATE_TEXT) return { iso: null, problem: 'date text too long' };
  const millis = parseMillis(text);
  if (!Number.isFinite(millis)) return { iso: null, problem: `unparseable date "${text}"` };
  if (millis < EARLIEST_PLAUSIBLE) return { iso: null, problem: `implausibly old date "${text}"` };
  const ahead = millis - now.getTime();
  if (ahead > FUTURE_TOLERANCE_MS) return { iso: null, problem: `date in the future "${text}"` };
  if (ahead > 0) return { iso: now.toISOString(), problem: `date slightly ahead "${text}", clamped to now` };
  return { iso: new Date(millis).toISOString() };
}
