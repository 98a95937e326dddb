/**
 * parseIsoMs reads the ISO forms this system writes from their digits: it must give exactly what
 * Date.parse gives, for those forms and for anything else; isoDateMs what the old
 * "YYYY-MM-DD, else NaN" rule gave.
 */
import fc from 'fast-check';
import { isoDateMs, parseIsoMs } from '../../functions/core/iso-time';

const same = (a: number, b: number) => Object.is(a, b);
const oldDateMs = (text: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(text) ? Date.parse(`${text}T00:00:00.000Z`) : Number.NaN;

const pad = (n: number, width: number) => String(n).padStart(width, '0');
/** Canonical-looking text with fields in and out of range, and single characters swapped. */
const isoLike = fc
  .record({
    year: fc.integer({ min: 0, max: 9999 }),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.integer({ min: 0, max: 32 }),
    hour: fc.integer({ min: 0, max: 25 }),
    minute: fc.integer({ min: 0, max: 61 }),
    second: fc.integer({ min: 0, max: 61 }),
    ms: fc.integer({ min: 0, max: 999 }),
    dateOnly: fc.boolean(),
    swap: fc.option(
      fc.record({ at: fc.nat(23), char: fc.constantFrom('x', ' ', '-', ':', '.', 'T', 'Z', '9', '+') }),
      {
        nil: null,
      },
    ),
  })
  .map(({ year, month, day, hour, minute, second, ms, dateOnly, swap }) => {
    const date = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
    const text = dateOnly
      ? date
      : `${date}T${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}.${pad(ms, 3)}Z`;
    if (!swap || swap.at >= text.length) return text;
    return text.slice(0, swap.at) + swap.char + text.slice(swap.at + 1);
  });

describe('parseIsoMs', () => {
  it('reads what toISOString writes, over the whole range of years', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(100, 0, 1), max: Date.UTC(9999, 11, 31) }), (ms) => {
        const text = new Date(ms).toISOString();
        return parseIsoMs(text) === ms && parseIsoMs(text.slice(0, 10)) === Date.parse(text.slice(0, 10));
      }),
      { numRuns: 2000, seed: 20220914 },
    );
  });

  it('gives what Date.parse gives for any ISO-like or other text', () => {
    fc.assert(
      fc.property(fc.oneof(isoLike, fc.string({ maxLength: 30 })), (text) =>
        same(parseIsoMs(text), Date.parse(text)),
      ),
      { numRuns: 5000, seed: 20220916 },
    );
    for (const text of [
      '2023-02-29',
      '2024-02-29T12:00:00.000Z',
      '2023-02-30',
      '1900-02-29',
      '0050-01-01',
      '2022-09-14T24:00:00.000Z',
      '2022-09-14T00:00:00Z',
      '2022-09-14T00:00:00.000+02:00',
      '2022/09/14',
      '',
    ]) {
      expect(same(parseIsoMs(text), Date.parse(text))).toBe(true);
    }
  });
});

describe('isoDateMs', () => {
  it('is midnight UTC of a YYYY-MM-DD date and NaN for anything else, as before', () => {
    fc.assert(
      fc.property(fc.oneof(isoLike, fc.string({ maxLength: 12 })), (text) =>
        same(isoDateMs(text), oldDateMs(text)),
      ),
      { numRuns: 5000, seed: 20220917 },
    );
    expect(isoDateMs('2022-09-14')).toBe(Date.UTC(2022, 8, 14));
    expect(isoDateMs('2022/09/14')).toBeNaN();
    expect(isoDateMs('2022-09-14T00:00:00.000Z')).toBeNaN();
  });
});
