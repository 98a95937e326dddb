import { mean, median, percentile, summarizeLatencies } from '../../bench/lib/stats';

describe('bench statistics', () => {
  it('takes nearest-rank percentiles', () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 90)).toBe(9);
    expect(percentile(values, 99)).toBe(10);
    expect(percentile(values, 0)).toBe(1);
    expect(median([3, 1, 2])).toBe(2);
  });

  it('reports NaN for an empty sample and rejects percentiles outside 0..100', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(mean([])).toBeNaN();
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });

  it('summarises latencies without reordering the input', () => {
    const samples = [4, 1, 3, 2];
    const summary = summarizeLatencies(samples);
    expect(summary).toEqual({ count: 4, meanMs: 2.5, p50Ms: 2, p99Ms: 4, maxMs: 4 });
    expect(samples).toEqual([4, 1, 3, 2]);
  });
});
