import fc from 'fast-check';
import { decodeCursor, encodeCursor } from '../../../functions/core/api/cursor';
import { cacheableJson, etagMatches, hashText } from '../../../functions/core/api/http';
import {
  ParamError,
  parseInstant,
  parsePair,
  parseQuery,
  QUERY_SCHEMAS,
  resolveRange,
} from '../../../functions/core/api/params';

function paramError(run: () => unknown): ParamError {
  try {
    run();
  } catch (error) {
    if (error instanceof ParamError) return error;
    throw error;
  }
  throw new Error('expected a ParamError');
}

describe('parsePair', () => {
  it('canonicalises case and order', () => {
    expect(parsePair('KGZ-TJK')).toBe('KGZ-TJK');
    expect(parsePair('tjk-kgz')).toBe('KGZ-TJK');
  });

  it.each([
    ['ABC-TJK', 'ABC'],
    ['kgz-xyz', 'XYZ'],
    ['EUR-USA', 'EUR'],
  ])('rejects %p, naming %p as no country code', (raw, code) => {
    const error = paramError(() => parsePair(raw));
    expect(error.parameter).toBe('pair');
    expect(error.message).toBe(`pair: ${code} is not an ISO 3166-1 alpha-3 country code, e.g. KGZ-TJK`);
  });

  it.each(['KGZ', 'KGZ-TJ', 'KGZ_TJK', 'KGZ-TJK-UZB', 'K1Z-TJK', '', 'KGZ-KGZ'])(
    'rejects %p naming pair',
    (raw) => {
      const error = paramError(() => parsePair(raw));
      expect(error.parameter).toBe('pair');
      expect(error.message).toMatch(/pair/);
    },
  );
});

describe('parseInstant', () => {
  it('reads dates as midnight UTC and date-times with zones', () => {
    expect(parseInstant('2022-09-16')?.toISOString()).toBe('2022-09-16T00:00:00.000Z');
    expect(parseInstant('2022-09-16T06:30:00Z')?.toISOString()).toBe('2022-09-16T06:30:00.000Z');
    expect(parseInstant('2022-09-16T06:30:00+06:00')?.toISOString()).toBe('2022-09-16T00:30:00.000Z');
    expect(parseInstant('2022-09-16T06:30Z')?.toISOString()).toBe('2022-09-16T06:30:00.000Z');
  });

  it.each([
    '2022-02-30',
    '2022-13-01',
    '2022-09-16T25:00:00Z',
    '2022-09-16T06:30:00',
    '16/09/2022',
    'yesterday',
    '1800-01-01',
    '2022-09-16T06:61:00Z',
  ])('rejects %p', (raw) => {
    expect(parseInstant(raw)).toBeUndefined();
  });

  it('round-trips every instant it is given in ISO form', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2999-12-31'), noInvalidDate: true }),
        (d) => {
          expect(parseInstant(d.toISOString())?.getTime()).toBe(d.getTime());
        },
      ),
    );
  });
});

describe('parseQuery', () => {
  it('applies defaults and converts types', () => {
    expect(parseQuery(QUERY_SCHEMAS.series, {})).toEqual({ bucket: 'day', limit: 500 });
    const parsed = parseQuery(QUERY_SCHEMAS.series, { bucket: 'hour', limit: '10', from: '2022-09-01' });
    expect(parsed).toMatchObject({ bucket: 'hour', limit: 10 });
    expect(parsed.from?.toISOString()).toBe('2022-09-01T00:00:00.000Z');
  });

  it.each([
    [{ bucket: 'week' }, 'bucket'],
    [{ limit: '0' }, 'limit'],
    [{ limit: '1001' }, 'limit'],
    [{ limit: '-3' }, 'limit'],
    [{ limit: '2.5' }, 'limit'],
    [{ from: 'last tuesday' }, 'from'],
    [{ to: '2022-02-30' }, 'to'],
    [{ cursor: 'has spaces' }, 'cursor'],
    [{ bucket: ['day', 'hour'] }, 'bucket'],
  ])('rejects %p naming %s', (query, parameter) => {
    expect(paramError(() => parseQuery(QUERY_SCHEMAS.series, query)).parameter).toBe(parameter);
  });

  it('ignores unknown parameters', () => {
    expect(parseQuery(QUERY_SCHEMAS.evidence, { _: '123', utm_source: 'x' })).toEqual({ limit: 20 });
  });
});

describe('resolveRange', () => {
  const now = new Date('2022-09-18T12:00:00Z');
  const options = { now, defaultDays: 7, maxDays: 90, what: 'bucket=hour' };

  it('defaults to the last defaultDays', () => {
    const range = resolveRange({}, options);
    expect(range.to).toEqual(now);
    expect(range.from.toISOString()).toBe('2022-09-11T12:00:00.000Z');
  });

  it('rounds a default end up to the next minute', () => {
    const range = resolveRange({}, { ...options, now: new Date('2022-09-18T12:00:00.001Z') });
    expect(range.to.toISOString()).toBe('2022-09-18T12:01:00.000Z');
  });

  it('rejects a reversed or empty range', () => {
    const error = paramError(() => resolveRange({ from: now, to: new Date('2022-09-01') }, options));
    expect(error.parameter).toBe('from');
    expect(error.message).toMatch(/earlier/);
  });

  it('rejects a range longer than the bound, saying the bound', () => {
    const error = paramError(() => resolveRange({ from: new Date('2022-01-01'), to: now }, options));
    expect(error.parameter).toBe('from');
    expect(error.message).toMatch(/90 days/);
  });
});

describe('cursor', () => {
  const query = ['KGZ-TJK', 'day', '2022-09-01T00:00:00.000Z', '2022-09-18T00:00:00.000Z'];

  it('round-trips the store cursor for the same query', () => {
    const storeCursor = '{"pk":"DYAD#KGZ-TJK","sk":"day#2022-09-10"}';
    const cursor = encodeCursor(storeCursor, query);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, query)).toBe(storeCursor);
  });

  it('rejects a cursor from another query', () => {
    const cursor = encodeCursor('x', query);
    const error = paramError(() => decodeCursor(cursor, ['ARM-AZE', ...query.slice(1)]));
    expect(error.parameter).toBe('cursor');
    expect(error.message).toMatch(/different query/);
  });

  it('rejects any damaged cursor', () => {
    const cursor = encodeCursor('{"sk":"day#2022-09-10"}', query);
    fc.assert(
      fc.property(fc.nat(cursor.length - 1), fc.constantFrom('A', 'z', '0', '_', '-'), (at, char) => {
        const damaged = cursor.slice(0, at) + char + cursor.slice(at + 1);
        fc.pre(damaged !== cursor);
        expect(paramError(() => decodeCursor(damaged, query)).parameter).toBe('cursor');
      }),
    );
  });
});

describe('http helpers', () => {
  it('hashes to 16 hex chars that differ for different text', () => {
    expect(hashText('a')).toMatch(/^[0-9a-f]{16}$/);
    expect(hashText('{"score":1}')).not.toBe(hashText('{"score":2}'));
  });

  it('matches ETags weakly, in lists and with *', () => {
    expect(etagMatches('"abc"', '"abc"')).toBe(true);
    expect(etagMatches('W/"abc"', '"abc"')).toBe(true);
    expect(etagMatches('"x", "abc"', '"abc"')).toBe(true);
    expect(etagMatches('*', '"abc"')).toBe(true);
    expect(etagMatches('"abd"', '"abc"')).toBe(false);
    expect(etagMatches(undefined, '"abc"')).toBe(false);
  });

  it('answers 304 without a body when the ETag matches', () => {
    const first = cacheableJson({ a: 1 }, undefined);
    expect(first.status).toBe(200);
    expect(first.headers['cache-control']).toBe('public, max-age=60');
    const again = cacheableJson({ a: 1 }, first.headers.etag);
    expect(again).toMatchObject({ status: 304, body: '' });
    expect(again.headers.etag).toBe(first.headers.etag);
  });
});
