/**
 * A dyad's coverage (when each article about it was first seen) over the days of its look-back,
 * kept from one rescore to the next. An article reporting on several days was first seen at the
 * earliest of them, so joining the days' first-seen times afresh takes a lookup for every article
 * of the look-back (about a thousand for a dyad in the news), at every rescore. Successive joins of
 * a dyad share all their days but one or two: this one updates the last join with the days that
 * left and came, and gives the same times the fresh join gives.
 */

import { sortedIndex } from '../collections';

/** One day's first-seen times, kept while the day's events stay the same (a DayPart). */
export interface CoveragePart {
  readonly day: number;
  readonly firstSeen: ReadonlyMap<string, number>;
  /**
   * Set when the part took over the first-seen map of `from`, the day's part before it, and
   * changed only these entries of it: the day gained articles, or an article an earlier time.
   * That map no longer holds `from`'s times, so the join applies the changes, not a comparison.
   */
  readonly growth?: { readonly from: CoveragePart; readonly changes: readonly FirstSeenChange[] };
}

/** An article's first-seen time on a day before a part's growth (undefined: not on it) and after. */
export interface FirstSeenChange {
  readonly article: string;
  readonly before: number | undefined;
  readonly after: number;
}

interface HeldArticle {
  /** Joined parts that hold the article. */
  parts: number;
  /** Its earliest first-seen time among them. */
  time: number;
}

export class JoinedCoverage {
  private parts = new Set<CoveragePart>();
  private readonly articles = new Map<string, HeldArticle>();
  /** The articles' times, sorted (a multiset). */
  private readonly times: number[] = [];
  /** Articles that lost the part their time came from, while other parts still hold them. */
  private readonly stale = new Set<string>();

  /**
   * Each article's earliest first-seen time over the parts, sorted, updated from the last join's.
   * Parts are compared by reference: a part never changes once built.
   */
  join(parts: readonly CoveragePart[]): number[] {
    const came = parts.filter((part) => !this.parts.has(part));
    // Mostly other days (a first join): joined afresh, not inserted one by one into the sorted times.
    if (came.length * 2 > parts.length) return this.joinAfresh(parts);
    const next = new Set(parts);
    // A day whose part was built again: only the articles whose times differ are touched.
    const left = new Map<number, CoveragePart>();
    for (const part of this.parts) if (!next.has(part)) left.set(part.day, part);
    for (const part of came) {
      const before = left.get(part.day);
      // A map taken over from a part this join does not hold (its growth not seen): no times to compare.
      if (before !== undefined && before.firstSeen === part.firstSeen && part.growth?.from !== before)
        return this.joinAfresh(parts);
    }
    for (const part of came) {
      const before = left.get(part.day);
      if (before !== undefined && part.growth?.from === before) {
        left.delete(part.day);
        for (const { article, before: was, after } of part.growth.changes) {
          if (was !== undefined) this.remove(article, was);
          this.add(article, after);
        }
        continue;
      }
      if (before === undefined) {
        for (const [article, time] of part.firstSeen) this.add(article, time);
        continue;
      }
      left.delete(part.day);
      for (const [article, time] of before.firstSeen) {
        const now = part.firstSeen.get(article);
        if (now === time) continue;
        this.remove(article, time);
        if (now !== undefined) this.add(article, now);
      }
      for (const [article, time] of part.firstSeen)
        if (!before.firstSeen.has(article)) this.add(article, time);
    }
    for (const part of left.values())
      for (const [article, time] of part.firstSeen) this.remove(article, time);
    this.parts = next;
    for (const article of this.stale) {
      const held = this.articles.get(article);
      if (!held) continue;
      let earliest = Number.POSITIVE_INFINITY;
      for (const part of parts) earliest = Math.min(earliest, part.firstSeen.get(article) ?? earliest);
      this.retime(held, earliest);
    }
    this.stale.clear();
    // A copy: the model given the last one keeps it.
    return this.times.slice();
  }

  private joinAfresh(parts: readonly CoveragePart[]): number[] {
    this.articles.clear();
    for (const part of parts) {
      for (const [article, time] of part.firstSeen) {
        const held = this.articles.get(article);
        if (!held) this.articles.set(article, { parts: 1, time });
        else {
          held.parts++;
          held.time = Math.min(held.time, time);
        }
      }
    }
    this.times.length = 0;
    for (const held of this.articles.values()) this.times.push(held.time);
    this.times.sort((a, b) => a - b);
    this.parts = new Set(parts);
    return this.times.slice();
  }

  private add(article: string, time: number): void {
    const held = this.articles.get(article);
    if (!held) {
      this.articles.set(article, { parts: 1, time });
      this.times.splice(sortedIndex(this.times, time, true), 0, time);
      return;
    }
    held.parts++;
    if (time < held.time) this.retime(held, time);
  }

  private remove(article: string, time: number): void {
    const held = this.articles.get(article) as HeldArticle;
    held.parts--;
    if (held.parts === 0) {
      this.articles.delete(article);
      this.times.splice(sortedIndex(this.times, held.time), 1);
    } else if (time === held.time) this.stale.add(article);
  }

  private retime(held: HeldArticle, time: number): void {
    if (time === held.time) return;
    this.times.splice(sortedIndex(this.times, held.time), 1);
    this.times.splice(sortedIndex(this.times, time, true), 0, time);
    held.time = time;
  }
}
