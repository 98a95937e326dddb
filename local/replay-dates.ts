/**
 * Replays the sample story as if it had just happened. The examples are dated (September–October
 * 2026); the scorer recomputes only a recent window and decays old events, so a story from months
 * ago would score nothing. The feed server therefore moves every date it serves forward by whole
 * weeks (weekdays in the text, "on Saturday", stay true) so that the story's last item falls within
 * the past seven days. Links and ids are left alone, so article identity does not change.
 */

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

interface DateFormat {
  name: string;
  /** Global pattern; the whole match is the date. */
  pattern: RegExp;
  parse(match: RegExpExecArray): number;
  format(ms: number): string;
}

/** The date notations the sample feeds use. */
const DATE_FORMATS: DateFormat[] = [
  {
    // RSS pubDate / lastBuildDate: "Wed, 14 Oct 2026 09:05:00 +0000"
    name: 'rfc822',
    pattern:
      /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}(?::\d{2})? (?:[+-]\d{4}|GMT|UTC)/g,
    parse: (m) => Date.parse(m[0]),
    format: (ms) => new Date(ms).toUTCString().replace('GMT', '+0000'),
  },
  {
    // Atom, JSON Feed, HTML meta: "2026-10-14T09:05:00Z"
    name: 'iso',
    pattern: /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z/g,
    parse: (m) => Date.parse(m[0]),
    format: (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z'),
  },
  {
    // GDELT seendate: "20261014T090500Z"
    name: 'gdelt',
    pattern: /\b(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z/g,
    parse: (m) =>
      Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])),
    format: (ms) => {
      const d = new Date(ms);
      return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
    },
  },
  {
    // Bylines: "14 October 2026"
    name: 'day-month-year',
    pattern: new RegExp(`\\b(\\d{1,2}) (${MONTHS.join('|')}) (\\d{4})\\b`, 'g'),
    parse: (m) => Date.UTC(Number(m[3]), MONTHS.indexOf(m[2] ?? ''), Number(m[1])),
    format: (ms) => {
      const d = new Date(ms);
      return `${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
    },
  },
];

/** Move every recognised date in `text` by `days` (whole days; the time of day is kept). */
export function shiftDates(text: string, days: number): string {
  if (days === 0) return text;
  let out = text;
  for (const format of DATE_FORMATS) {
    out = out.replace(format.pattern, (...args) => {
      const match = args.slice(0, -2) as unknown as RegExpExecArray;
      match[0] = args[0] as string;
      const ms = format.parse(match);
      return Number.isNaN(ms) ? (args[0] as string) : format.format(ms + days * DAY_MS);
    });
  }
  return out;
}

/** The latest date (epoch ms) found in the texts, or undefined when none has one. */
export function latestDate(texts: string[]): number | undefined {
  let latest: number | undefined;
  for (const text of texts) {
    for (const format of DATE_FORMATS) {
      for (const match of text.matchAll(format.pattern)) {
        const ms = format.parse(match as RegExpExecArray);
        if (!Number.isNaN(ms) && (latest === undefined || ms > latest)) latest = ms;
      }
    }
  }
  return latest;
}

/**
 * Days (a multiple of seven, never negative) to add so that `latest` falls within the seven days
 * before `now` and never after it.
 */
export function replayShiftDays(latest: number, now: Date): number {
  const gap = now.getTime() - latest;
  return gap <= 0 ? 0 : Math.floor(gap / WEEK_MS) * 7;
}
