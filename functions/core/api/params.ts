/**
 * Validation of the read API's path and query parameters. Every rule is a zod schema so a bad value
 * becomes a ParamError naming the parameter (a 400), never an exception deeper down (a 500).
 */
import * as z from '../../../lib/config/zod-mini';
import { isCountryCode } from '../extraction/country-codes';
import type { Bucket, DyadPair } from '../model';

const DAY_MS = 86_400_000;

/** Longest range a single request may cover, per bucket (keeps every query bounded). */
export const MAX_RANGE_DAYS: Record<Bucket, number> = { hour: 90, day: 731 };
/** Range used when the caller gives no `from`. */
export const DEFAULT_RANGE_DAYS: Record<Bucket, number> = { hour: 7, day: 90 };
export const EVIDENCE_DEFAULT_DAYS = 7;
export const SERIES_LIMIT = { default: 500, max: 1000 } as const;
export const EVIDENCE_LIMIT = { default: 20, max: 100 } as const;
export const MAX_CURSOR_LENGTH = 2048;

/** A parameter the caller got wrong; the API answers 400 with `{ error, parameter, message }`. */
export class ParamError extends Error {
  override readonly name = 'ParamError';
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message);
  }
}

const PAIR_INPUT = /^[A-Za-z]{3}-[A-Za-z]{3}$/;

/**
 * Parse a dyad from a path segment: case-insensitive, either order ("tjk-kgz" is KGZ-TJK).
 * A pair of one state with itself is not a dyad, and a code the gazetteer does not know (the
 * codes every dyad is made of) is a mistyped request, not a dyad without scores.
 */
export function parsePair(raw: string): DyadPair {
  if (!PAIR_INPUT.test(raw)) {
    throw new ParamError('pair', 'pair must be two ISO 3166-1 alpha-3 codes joined by "-", e.g. KGZ-TJK');
  }
  const [a, b] = raw.toUpperCase().split('-') as [string, string];
  if (a === b) throw new ParamError('pair', 'pair must name two different states');
  for (const code of [a, b]) {
    if (!isCountryCode(code)) {
      throw new ParamError('pair', `pair: ${code} is not an ISO 3166-1 alpha-3 country code, e.g. KGZ-TJK`);
    }
  }
  return a < b ? `${a}-${b}` : `${b}-${a}`;
}

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/**
 * Parse an ISO 8601 date ("2022-09-16", midnight UTC) or date-time with a zone
 * ("2022-09-16T06:00:00Z"). Impossible calendar dates (2022-02-30) are rejected, not rolled over.
 */
export function parseInstant(raw: string): Date | undefined {
  const match = DATE_TIME.exec(raw);
  if (!match) return undefined;
  const [, year, month, day, hour = '00', minute = '00', second = '00'] = match;
  if (Number(year) < 1900) return undefined;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  // Compare the calendar fields with the numbers given, so 2022-02-30 does not become March 2.
  if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return undefined;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return undefined;
  const ms = Date.parse(match[4] ? raw : `${raw}T00:00:00Z`);
  return Number.isNaN(ms) ? undefined : new Date(ms);
}

const instant = (name: string) =>
  z.pipe(
    z.string().check(z.maxLength(40, `${name} is too long`)),
    z.transform((raw: string, ctx) => {
      const parsed = parseInstant(raw);
      if (!parsed) {
        ctx.issues.push({
          code: 'custom',
          input: raw,
          message: `${name} must be an ISO 8601 date (2022-09-16) or date-time with a zone (2022-09-16T06:00:00Z)`,
        });
        return z.NEVER;
      }
      return parsed;
    }),
  );

const limit = (bounds: { default: number; max: number }) =>
  z.pipe(
    z.optional(
      z.pipe(
        z.pipe(
          z.string().check(z.regex(/^\d{1,6}$/, 'limit must be a whole number')),
          z.transform((raw: string) => Number(raw)),
        ),
        z
          .number()
          .check(
            z.minimum(1, 'limit must be at least 1'),
            z.maximum(bounds.max, `limit must be at most ${bounds.max}`),
          ),
      ),
    ),
    z.transform((value: number | undefined) => value ?? bounds.default),
  );

const bucket = z.pipe(
  z.optional(z.enum(['hour', 'day'], { error: 'bucket must be "hour" or "day"' })),
  z.transform((value: Bucket | undefined): Bucket => value ?? 'day'),
);

const cursor = z.optional(
  z
    .string()
    .check(
      z.minLength(1, 'cursor must not be empty'),
      z.maxLength(MAX_CURSOR_LENGTH, 'cursor is too long'),
      z.regex(/^[A-Za-z0-9_-]+$/, 'cursor is not one this API issued'),
    ),
);

/** Query parameters per route, as given (strings) before defaults that depend on the clock. */
export const QUERY_SCHEMAS = {
  list: z.object({}),
  detail: z.object({}),
  series: z.object({
    from: z.optional(instant('from')),
    to: z.optional(instant('to')),
    bucket,
    limit: limit(SERIES_LIMIT),
    cursor,
  }),
  evidence: z.object({
    from: z.optional(instant('from')),
    to: z.optional(instant('to')),
    limit: limit(EVIDENCE_LIMIT),
  }),
  health: z.object({}),
} as const;

export type QueryInput = Record<string, string | string[] | undefined>;

/**
 * Validate a query against a route's schema. Unknown parameters are ignored (cache-busters and
 * tracking tags are common); a parameter given twice is an error, since it is ambiguous.
 */
export function parseQuery<S extends z.ZodMiniObject>(schema: S, query: QueryInput): z.output<S> {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || !(key in schema.shape)) continue;
    if (Array.isArray(value)) {
      if (value.length > 1) throw new ParamError(key, `${key} must be given once`);
      if (value[0] !== undefined) flat[key] = value[0];
    } else {
      flat[key] = value;
    }
  }
  const result = schema.safeParse(flat);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const parameter = String(issue?.path[0] ?? 'query');
  throw new ParamError(parameter, issue?.message ?? `${parameter} is invalid`);
}

export interface Range {
  from: Date;
  to: Date;
}

/**
 * Fill a range's missing ends (to = now, rounded up to the minute; from = to minus the default span) and check it is ordered
 * and no longer than `maxDays`.
 */
export function resolveRange(
  given: { from?: Date; to?: Date },
  options: { now: Date; defaultDays: number; maxDays: number; what: string },
): Range {
  // Default end: the next whole minute, so repeated requests within a minute share an ETag.
  const to = given.to ?? new Date(Math.ceil(options.now.getTime() / 60_000) * 60_000);
  const from = given.from ?? new Date(to.getTime() - options.defaultDays * DAY_MS);
  if (from.getTime() >= to.getTime()) {
    throw new ParamError(given.from ? 'from' : 'to', 'from must be earlier than to');
  }
  if (to.getTime() - from.getTime() > options.maxDays * DAY_MS) {
    throw new ParamError(
      given.from ? 'from' : 'to',
      `the range from..to may cover at most ${options.maxDays} days for ${options.what}`,
    );
  }
  return { from, to };
}
