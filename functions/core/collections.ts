/** Items grouped by a key, in first-seen order of the keys and input order within a group. */
export function groupBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/**
 * A pure function of one key, remembered: for values recomputed on every rescore (a date string's
 * epoch, an epoch day's ISO date) that repeat across events. Forgets everything past `max` keys,
 * so a long-lived Lambda cannot grow it without bound.
 */
export function memoize<K, V>(compute: (key: K) => V, max = 10_000): (key: K) => V {
  const cache = new Map<K, V>();
  return (key: K) => {
    let value = cache.get(key);
    if (value === undefined && !cache.has(key)) {
      if (cache.size >= max) cache.clear();
      value = compute(key);
      cache.set(key, value);
    }
    return value as V;
  };
}

/** A map of at most `max` entries: setting one more drops the entry used longest ago. */
export class RecentlyUsed<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly max: number) {}

  /** The value under `key`, now the most recently used. */
  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  /** Set `key`, the most recently used from now; returns the value it replaces. */
  set(key: K, value: V): V | undefined {
    const earlier = this.entries.get(key);
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as K);
    return earlier;
  }
}

/** Index of the first element of an ascending array that is >= value (> value with `after`): a binary search. */
export function sortedIndex(sorted: readonly number[], value: number, after = false): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const x = sorted[mid] as number;
    if (x < value || (after && x === value)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Order of two codes (ISO 3166 alpha-3 codes, dyad pairs, ISO dates) by code unit. For these it is
 * the order localeCompare gives, without the ICU collator localeCompare builds on its first call:
 * about 9 ms of every cold start.
 */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
