import { DENSE_FEED_DAYS, denseFeedCycleBatch } from '../../bench/sections/contenders';

describe('denseFeedCycleBatch', () => {
  it('takes one fetch cycle of the dense feed per batch', () => {
    // 5,000 articles over two days, fetched every 15 minutes: 192 cycles of about 26 articles.
    expect(DENSE_FEED_DAYS).toBe(2);
    expect(denseFeedCycleBatch(5000, 15, 1000)).toBe(26);
    // A slower schedule gathers more per cycle.
    expect(denseFeedCycleBatch(5000, 60, 1000)).toBe(104);
  });

  it('caps a cycle at the batch size and never goes below one article', () => {
    expect(denseFeedCycleBatch(5000, 15, 10)).toBe(10);
    expect(denseFeedCycleBatch(30, 15, 1000)).toBe(1);
  });
});
