/** The shape of bench/results.json: every figure the report shows, machine-readable. */

import type { NewsLag } from '../generate-corpus';
import type { AccuracyResult } from '../sections/accuracy';
import type { BundleResult } from '../sections/bundles';
import type { CostResult, LongRunCost } from '../sections/cost';
import type { LookBackReadResult } from '../sections/look-back-read';
import type { HotSpot } from '../sections/profile';
import type { MachineInfo } from './machine';
import { type LatencySummary, median } from './stats';
import type { UsageSnapshot } from './usage-meter';

/** The throughput contender that runs our pipeline from its TypeScript sources (tsx), not the bundle. */
export const SOURCES_CONTENDER_NAME = 'border-tension, TypeScript sources run by tsx';

/**
 * Milliseconds a Lambda's cold start adds to its baseline's (COLD_START_BASELINES), when both ran:
 * the median of the run-by-run differences. The two took turns run by run, so a slow spell of the
 * machine that lasts a run pair cancels out of its difference (a difference of medians keeps it).
 */
export function coldStartOverBaselineMs(bundle: BundleResult): number | undefined {
  const own = bundle.coldStart?.runsMs;
  const floor = bundle.baseline?.coldStart.runsMs;
  if (!own || !floor || own.length === 0 || own.length !== floor.length) return undefined;
  return median(own.map((ms, run) => ms - (floor[run] as number)));
}

export interface ContenderFigures {
  name: string;
  description: string;
  articles: number;
  /** Articles per second of wall time spent in the contender (one thread). */
  articlesPerSecond: number;
  /** Articles per second of process CPU time (user + system) spent in the contender. */
  articlesPerCpuSecond: number;
  meanCpuMs: number;
  latency: LatencySummary;
  /** Wall time spent in the contender in each round, in round order (every contender ran the same articles). */
  roundWallMs: number[];
  /** What the contender found, so a fast result is seen to have done its work. */
  output: Record<string, number>;
}

/** A speed ratio taken round by round (see roundRatios): its spread says how much noise moved it. */
export interface RatioSpread {
  rounds: number;
  median: number;
  p10: number;
  p90: number;
  min: number;
  max: number;
}

export interface ThroughputResult {
  articles: number;
  rounds: number;
  chunkSize: number;
  warmupArticles: number;
  /** The V8 heap flags the section ran under: Lambda's for the scorer's memory (bench/lib/lambda-runtime.ts). */
  nodeFlags: string[];
  contenders: ContenderFigures[];
  /** ours ÷ baseline, in articles per second; extractionVsCompromise: our extraction alone ÷ compromise. */
  ratios: { vsCompromise: number; vsWink: number; extractionVsCompromise: number };
  /** The same ratios round by round. */
  roundRatios: { vsCompromise: RatioSpread; vsWink: RatioSpread; extractionVsCompromise: RatioSpread };
  /** Where our time goes. */
  breakdown: { extractMeanMs: number; scoreMeanMs: number };
  /** Where our pipeline's CPU goes (sampling profile of a separate, untimed pass). */
  hotSpots: HotSpot[];
  /** A deployed scorer's read of a busy dyad's look-back through the DynamoDB adapter, from kept items. */
  lookBackRead: LookBackReadResult;
}

export interface EndToEndResult {
  articles: number;
  /** Articles per scorer invocation (the event source's batch size). */
  batchSize: number;
  /** The V8 heap flags the section ran under: Lambda's for the scorer's memory. */
  nodeFlags: string[];
  enqueued: number;
  /** Outcome of every article, which must add up to `articles`. */
  accounted: Record<string, number>;
  allAccountedFor: boolean;
  batches: number;
  failedBatchItems: number;
  /** Enqueue → last score stored. */
  elapsedMs: number;
  articlesPerSecond: number;
  enqueueMs: number;
  scoreMs: number;
  /** Articles scored before the measured run and not counted (0: it started on an empty table). */
  history: number;
  /**
   * Of the history's event item bytes, the share in the days the measured run reads strongly
   * consistent (CONSISTENT_READ_DAYS); absent without history.
   */
  historyRecentShare?: number;
  /**
   * Fetch cycles the same containers scored just before the measured one (not counted), so that it
   * meets containers that kept the dyads' items, as a running deployment's cycles do.
   */
  warmCycles: number;
  /** How long before publication the stories' events happened (bench/generate-corpus.ts). */
  newsLag: NewsLag;
  /** Items and bytes the measured run added to the table. */
  storedItems: number;
  storedBytes: number;
  /** What the stored items are, by key shape (e.g. "SCORE#hour", "EV", "ART PROCESSED"). */
  storedByKind: Record<string, { items: number; bytes: number }>;
  usage: UsageSnapshot;
  perArticle: { writeUnits: number; readUnits: number; dynamoRequests: number; sqsRequests: number };
  driver: string;
  /** When the articles were published relative to the run (decides how much each rescore recomputes). */
  scenario: string;
}

export interface MemoryResult {
  articles: number;
  rssAtStartMiB: number;
  peakRssMiB: number;
  heapUsedAfterWarmupMiB: number;
  heapUsedAfterRunMiB: number;
  heapGrowthMiB: number;
  /** Heap still held once the in-memory event store is dropped: the scorer's cache and any leak. */
  heapGrowthWithoutStoreMiB: number;
  /** Heap still held once the scorer (its cache) is dropped too: what a leak would leave. */
  heapGrowthWithoutScorerMiB: number;
  /** Whether the store and the scorer were collected once dropped (the two figures above rely on it). */
  freedOnDrop: boolean;
  storedEvents: number;
  /** Events whose days' stories the scorer's cache held at the end of the run. */
  keptDayEvents: number;
  /** The V8 heap flags the section ran under: Lambda's for the scorer's memory. */
  nodeFlags: string[];
}

export interface TargetCheck {
  target: string;
  goal: string;
  measured: string;
  met: boolean | null;
  /** How far off, and why, when missed (or why not measured). */
  note: string;
}

export interface BenchResults {
  schemaVersion: 1;
  mode: 'full' | 'smoke';
  machine: MachineInfo;
  corpus: { articles: number; seed: number; meanChars: number; meanWords: number; p99Chars: number };
  throughput: ThroughputResult;
  bundles: BundleResult[];
  endToEnd: EndToEndResult;
  /** The same end-to-end run at other batch sizes: what batching does to writes and speed. */
  endToEndByBatchSize: EndToEndResult[];
  /** The same end-to-end run on a table already holding earlier articles (`history` of them). */
  endToEndWithHistory?: EndToEndResult;
  /** The run on a table with history again, by containers that scored the cycle before (warm caches). */
  endToEndWarm?: EndToEndResult;
  /** The same end-to-end run with every story's events spread evenly over the week before it. */
  endToEndWeekLag?: EndToEndResult;
  cost: CostResult;
  /** The same prices on the run over a table already holding earlier articles (endToEndWithHistory). */
  costWithHistory?: CostResult;
  /** The same prices on the run by warm containers (endToEndWarm). */
  costWarm?: CostResult;
  /** A running deployment's cost, projected from the measured reads and stored bytes (section 4). */
  longRunCost?: LongRunCost;
  memory: MemoryResult;
  /** What our extractor and the compromise baseline find on each annotated corpus, held-out first (section 6). */
  accuracy: AccuracyResult[];
  targets: TargetCheck[];
  /** Wall time of the whole bench. */
  benchSeconds: number;
}
