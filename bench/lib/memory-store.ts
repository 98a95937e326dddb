/**
 * An in-memory TensionStore for the CPU benchmarks: it lets the real article pipeline
 * (processArticle: extract, store events, rescore, claim transitions) run without I/O, so the
 * throughput figure is the pipeline's own work. Maps stand in for the table; semantics follow the
 * port (idempotent puts, newest revision wins, transitions claimed once).
 */
import type { Bucket, DyadPair, ScorePoint } from '../../functions/core/model';
import type {
  ArticleEvents,
  HourToRead,
  LevelTransition,
  Page,
  RecordedTransition,
  ScoreWrite,
  SourceState,
  StoredEvent,
  TensionStore,
  TransitionLease,
  TransitionState,
} from '../../functions/core/ports/tension-store';
import { BUCKET_MS, floorTo } from '../../functions/core/scoring/series';
import { coverageRecords, eventTime } from '../../functions/core/scoring/stories';

interface TimedEvent {
  at: number;
  event: StoredEvent;
}

/** Index of the first item whose key is at or after `value` in a list sorted by key (binary search). */
function firstAtOrAfter<T, K extends number | string>(
  sorted: readonly T[],
  keyOf: (item: T) => K,
  value: K,
): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keyOf(sorted[mid] as T) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const timeOf = (item: TimedEvent) => item.at;
const transitionTime = (item: HeldTransition) => item.t;

type HeldTransition = LevelTransition & { state: TransitionState; holder?: string };

function transitionKey(t: LevelTransition): string {
  return `${t.pair}|${t.t}|${t.to}`;
}

export class MemoryTensionStore implements TensionStore {
  private readonly seen = new Set<string>();
  private readonly sources = new Map<string, SourceState>();
  /** Per dyad: events by key, and the same events sorted by event time for range queries. */
  private readonly events = new Map<DyadPair, { byKey: Map<string, TimedEvent>; sorted: TimedEvent[] }>();
  /** Per dyad: coverage records sorted by publication time (see coverageRecords). */
  private readonly coverage = new Map<DyadPair, TimedEvent[]>();
  private readonly revisions = new Map<DyadPair, number>();
  /**
   * Per dyad and bucket: points by bucket start. A map, not a sorted list: articles replayed out
   * of order would make every insert shift thousands of entries, a cost the table does not have.
   */
  private readonly series = new Map<string, Map<string, { point: ScorePoint; revision: number }>>();
  private readonly latest = new Map<DyadPair, { point: ScorePoint; revision: number }>();
  /** Per dyad: transitions by key. */
  private readonly transitions = new Map<DyadPair, Map<string, HeldTransition>>();
  /** Per dyad: the same transitions sorted by time, for range reads (the table's sort key). */
  private readonly transitionsByTime = new Map<DyadPair, HeldTransition[]>();

  /** Every event held (not the coverage records), for the look-back read of section 1. */
  storedEvents(): StoredEvent[] {
    return [...this.events.values()].flatMap(({ byKey }) => [...byKey.values()].map((timed) => timed.event));
  }

  /** Events held, for the memory report. */
  get eventCount(): number {
    let n = 0;
    for (const { byKey } of this.events.values()) n += byKey.size;
    return n;
  }

  async markArticleSeen(articleId: string): Promise<boolean> {
    if (this.seen.has(articleId)) return false;
    this.seen.add(articleId);
    return true;
  }

  async forgetArticleSeen(articleId: string): Promise<void> {
    this.seen.delete(articleId);
  }

  async getSourceState(sourceId: string): Promise<SourceState | undefined> {
    return this.sources.get(sourceId);
  }

  async putSourceState(sourceId: string, state: SourceState): Promise<void> {
    this.sources.set(sourceId, state);
  }

  async putArticleEvents(articles: readonly ArticleEvents[]): Promise<void> {
    for (const { events } of articles) {
      for (const event of events) {
        const at = eventTime(event);
        if (at === null) continue;
        let dyad = this.events.get(event.pair);
        if (!dyad) {
          dyad = { byKey: new Map(), sorted: [] };
          this.events.set(event.pair, dyad);
        }
        const key = `${event.articleId}#${event.index}`;
        const previous = dyad.byKey.get(key);
        if (previous) dyad.sorted.splice(dyad.sorted.indexOf(previous), 1);
        const timed = { at, event };
        dyad.byKey.set(key, timed);
        dyad.sorted.splice(firstAtOrAfter(dyad.sorted, timeOf, at + 1), 0, timed);
      }
      for (const event of coverageRecords(events)) {
        let list = this.coverage.get(event.pair);
        if (!list) {
          list = [];
          this.coverage.set(event.pair, list);
        }
        const at = Date.parse(event.published);
        if (!list.some((c) => c.event.articleId === event.articleId && c.event.index === event.index)) {
          list.splice(firstAtOrAfter(list, timeOf, at + 1), 0, { at, event });
        }
      }
    }
  }

  async bumpDyadRevision(pair: DyadPair): Promise<number> {
    const next = (this.revisions.get(pair) ?? 0) + 1;
    this.revisions.set(pair, next);
    return next;
  }

  /** Events are kept whole: their evidence needs nothing more. */
  async completeEvidence(points: readonly ScorePoint[]): Promise<ScorePoint[]> {
    return [...points];
  }

  async queryEvents(pair: DyadPair, fromIso: string, toIso: string): Promise<StoredEvent[]> {
    const inRange = (sorted: readonly TimedEvent[]) =>
      sorted.slice(
        firstAtOrAfter(sorted, timeOf, Date.parse(fromIso)),
        firstAtOrAfter(sorted, timeOf, Date.parse(toIso)),
      );
    const events = inRange(this.events.get(pair)?.sorted ?? []).map((t) => t.event);
    const coverage = inRange(this.coverage.get(pair) ?? []).map((t) => t.event);
    if (coverage.length === 0) return events;
    const keys = new Set(events.map((e) => `${e.articleId}#${e.index}`));
    return [...events, ...coverage.filter((e) => !keys.has(`${e.articleId}#${e.index}`))];
  }

  async putScorePoints(
    points: ScorePoint[],
    revision: number,
    options: { read?: HourToRead } = {},
  ): Promise<ScoreWrite> {
    const write: ScoreWrite = { written: 0, unchanged: 0 };
    // Everything is in memory: the asked-for hour is always at hand, as it was before this write.
    if (options.read) {
      write.read = this.series.get(`${options.read.pair}|hour`)?.get(options.read.t)?.point ?? null;
    }
    let run:
      | { pair: string; bucket: Bucket; byT: Map<string, { point: ScorePoint; revision: number }> }
      | undefined;
    // Each dyad's newest hour of the write: the latest point, unless a newer one is held.
    const newest = new Map<DyadPair, ScorePoint>();
    for (const given of points) {
      // As in the table: hourly points keep no evidence, the latest point does.
      const point = given.bucket === 'hour' && given.evidence.length > 0 ? { ...given, evidence: [] } : given;
      // A write holds runs of one dyad and bucket: look each run's map up once.
      if (run?.pair !== point.pair || run.bucket !== point.bucket) {
        const key = `${point.pair}|${point.bucket}`;
        let byT = this.series.get(key);
        if (!byT) {
          byT = new Map();
          this.series.set(key, byT);
        }
        run = { pair: point.pair, bucket: point.bucket, byT };
      }
      const held = run.byT.get(point.t);
      if (!held) run.byT.set(point.t, { point, revision });
      else if (held.revision <= revision) {
        held.point = point;
        held.revision = revision;
      }
      write.written += 1;
      const newestOfPair = newest.get(given.pair);
      if (given.bucket === 'hour' && (!newestOfPair || newestOfPair.t <= given.t))
        newest.set(given.pair, given);
    }
    for (const point of newest.values()) {
      const latest = this.latest.get(point.pair);
      if (!latest || latest.point.t < point.t || (latest.point.t === point.t && latest.revision <= revision))
        this.latest.set(point.pair, { point, revision });
    }
    return write;
  }

  async recordedTransitions(pair: DyadPair, fromIso: string, toIso: string): Promise<RecordedTransition[]> {
    const sorted = this.transitionsByTime.get(pair) ?? [];
    return sorted.slice(
      firstAtOrAfter(sorted, transitionTime, fromIso),
      firstAtOrAfter(sorted, transitionTime, toIso),
    );
  }

  async claimTransition(transition: LevelTransition, lease?: TransitionLease): Promise<boolean> {
    return this.recordTransition(transition, lease, 'pending');
  }

  async recordSuppressedTransition(transition: LevelTransition, lease?: TransitionLease): Promise<boolean> {
    return this.recordTransition(transition, lease, 'suppressed');
  }

  private recordTransition(
    transition: LevelTransition,
    lease: TransitionLease | undefined,
    state: 'pending' | 'suppressed',
  ): boolean {
    // One process, no crashes to recover from: a claim is never taken over, so no lease is kept.
    const key = transitionKey(transition);
    let held = this.transitions.get(transition.pair);
    if (!held) {
      held = new Map();
      this.transitions.set(transition.pair, held);
    }
    if (held.has(key)) return false;
    const claimed: HeldTransition = { ...transition, state, holder: lease?.holder };
    held.set(key, claimed);
    let sorted = this.transitionsByTime.get(transition.pair);
    if (!sorted) {
      sorted = [];
      this.transitionsByTime.set(transition.pair, sorted);
    }
    // After the transitions of the same time: the order they were claimed in, as before.
    const at = firstAtOrAfter(sorted, transitionTime, `${transition.t}\u0000`);
    sorted.splice(at, 0, claimed);
    return true;
  }

  async transitionHolder(transition: LevelTransition): Promise<string | undefined> {
    return this.transitions.get(transition.pair)?.get(transitionKey(transition))?.holder;
  }

  async getTransitionState(transition: LevelTransition): Promise<TransitionState | undefined> {
    return this.transitions.get(transition.pair)?.get(transitionKey(transition))?.state;
  }

  async settleTransition(transition: LevelTransition, state: Exclude<TransitionState, 'pending'>) {
    const held = this.transitions.get(transition.pair)?.get(transitionKey(transition));
    if (held) held.state = state;
  }

  async listLatest(): Promise<ScorePoint[]> {
    return [...this.latest.values()].map((l) => l.point).sort((a, b) => b.score - a.score);
  }

  async getLatest(pair: DyadPair): Promise<ScorePoint | undefined> {
    return this.latest.get(pair)?.point;
  }

  async querySeries(
    pair: DyadPair,
    bucket: Bucket,
    fromIso: string,
    toIso: string,
    options: { limit?: number } = {},
  ): Promise<Page<ScorePoint>> {
    const points = this.series.get(`${pair}|${bucket}`) ?? new Map();
    const size = BUCKET_MS[bucket];
    const from = floorTo(Date.parse(fromIso), bucket);
    const to = Date.parse(toIso);
    const items: ScorePoint[] = [];
    const limit = options.limit ?? Number.POSITIVE_INFINITY;
    if ((to - from) / size <= points.size) {
      // A short range (the scorer asks for one hour): look each bucket up.
      for (let t = from; t < to && items.length < limit; t += size) {
        const held = points.get(new Date(t).toISOString());
        if (held && held.point.t >= fromIso) items.push(held.point);
      }
    } else {
      for (const { point } of points.values()) if (point.t >= fromIso && point.t < toIso) items.push(point);
      items.sort((a, b) => (a.t < b.t ? -1 : 1));
      items.splice(limit);
    }
    return { items };
  }

  async listTransitions(pair: DyadPair, limit = 50): Promise<LevelTransition[]> {
    return [...(this.transitions.get(pair)?.values() ?? [])]
      .slice(0, limit)
      .map(({ state: _state, ...transition }) => transition);
  }
}
