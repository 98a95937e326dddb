/**
 * Section 4: cost per million articles for extraction, scoring and storage, from what the other
 * sections measured (usage counted by SDK middleware end to end; compute time from the throughput
 * run; cold starts from the bundle run) priced with the list prices in bench/lib/prices.ts, beside
 * the list price of sending the same text to Amazon Comprehend entity detection.
 */
import { CONSISTENT_READ_DAYS } from '../../functions/adapters/store/dynamo-tension-store';
import { PRICES } from '../lib/prices';
import type { EndToEndResult } from '../lib/results';
import { round } from '../lib/stats';
import { ITEM_OVERHEAD_BYTES } from '../lib/table-size';

export interface CostInputs {
  /** Articles that went through the end-to-end run, and what they used. */
  articles: number;
  dynamoReadUnits: number;
  dynamoWriteUnits: number;
  dynamoRequests: number;
  sqsBillableRequests: number;
  snsPublishes: number;
  /** Bytes the run left in the table, to price a month of storage. */
  storedBytes: number;
  /** Mean CPU milliseconds per article for extraction + scoring on this machine (section 1). */
  computeMsPerArticle: number;
  /** Median cold start of the scorer bundle (section 2). */
  coldStartMs: number;
  /** Mean characters per article (title + body), for the Comprehend comparison. */
  meanCharsPerArticle: number;
  /** Scorer configuration: memory and SQS batch size. */
  scorerMemoryMiB: number;
  batchSize: number;
  /**
   * Scorer invocations (batches) the run took: a batch holds what the event source gathered, which
   * may be fewer articles than the batch size.
   */
  invocations: number;
  /** Assumptions, stated in the report. */
  awsRoundTripMs: number;
  /** Records of a batch handled at the same time (Powertools' BatchProcessor runs them concurrently). */
  recordConcurrency: number;
  /** Invocations per cold start. */
  invocationsPerColdStart: number;
}

export interface CostRow {
  item: string;
  /** Quantity per article in the stated unit. */
  perArticle: number;
  unit: string;
  usdPerMillionArticles: number;
  basis: string;
}

export interface CostResult {
  rows: CostRow[];
  totalUsdPerMillion: number;
  comprehend: { unitsPerArticle: number; usdPerMillionArticles: number };
  lambdaGbSecondsPerArticle: number;
  assumptions: string[];
}

export function computeCost(inputs: CostInputs): CostResult {
  if (!(inputs.articles > 0)) throw new RangeError('cost needs a run with at least one article');
  const perArticle = (x: number) => x / inputs.articles;
  const million = 1e6;
  const memoryGb = inputs.scorerMemoryMiB / 1024;
  // Below 1,769 MB a function gets a fraction of a vCPU, so CPU-bound work takes proportionally longer.
  const cpuSlowdown = Math.max(1, PRICES.lambda.fullVcpuAtMiB / inputs.scorerMemoryMiB);
  const dynamoRequestsPerArticle = perArticle(inputs.dynamoRequests);
  const ioMsPerArticle = (dynamoRequestsPerArticle * inputs.awsRoundTripMs) / inputs.recordConcurrency;
  const computeMs = inputs.computeMsPerArticle * cpuSlowdown;
  if (!(inputs.invocations > 0)) throw new RangeError('cost needs a run with at least one scorer invocation');
  const articlesPerInvocation = inputs.articles / inputs.invocations;
  const coldMsPerArticle = inputs.coldStartMs / (inputs.invocationsPerColdStart * articlesPerInvocation);
  const gbSeconds = ((computeMs + ioMsPerArticle + coldMsPerArticle) / 1000) * memoryGb;
  const computeGbSeconds = (computeMs / 1000) * memoryGb;
  const ioGbSeconds = ((ioMsPerArticle + coldMsPerArticle) / 1000) * memoryGb;

  const storedGbPerArticle = perArticle(inputs.storedBytes) / 1024 ** 3;
  const rows: CostRow[] = [
    {
      item: 'Lambda compute (extraction + scoring)',
      perArticle: computeGbSeconds,
      unit: 'GB-s',
      usdPerMillionArticles: computeGbSeconds * million * PRICES.lambda.perGbSecondArm64,
      basis: `${round(inputs.computeMsPerArticle)} ms CPU here × ${round(cpuSlowdown)} (vCPU share at ${inputs.scorerMemoryMiB} MB) × ${round(memoryGb)} GB`,
    },
    {
      item: 'Lambda wait on AWS calls + cold starts',
      perArticle: ioGbSeconds,
      unit: 'GB-s',
      usdPerMillionArticles: ioGbSeconds * million * PRICES.lambda.perGbSecondArm64,
      basis: `${round(dynamoRequestsPerArticle)} DynamoDB calls × ${inputs.awsRoundTripMs} ms ÷ ${inputs.recordConcurrency} calls in flight; ${round(inputs.coldStartMs)} ms cold start per ${inputs.invocationsPerColdStart} invocations`,
    },
    {
      item: 'Lambda requests',
      perArticle: 1 / articlesPerInvocation,
      unit: 'invocations',
      usdPerMillionArticles: (1 / articlesPerInvocation) * PRICES.lambda.perMillionRequests,
      basis: `one invocation per batch, ${round(articlesPerInvocation)} articles per batch in the run`,
    },
    {
      item: 'DynamoDB writes',
      perArticle: perArticle(inputs.dynamoWriteUnits),
      unit: 'WRU',
      usdPerMillionArticles: perArticle(inputs.dynamoWriteUnits) * PRICES.dynamodb.perMillionWriteUnits,
      basis: 'consumed capacity reported per call (ReturnConsumedCapacity)',
    },
    {
      item: 'DynamoDB reads',
      perArticle: perArticle(inputs.dynamoReadUnits),
      unit: 'RRU',
      usdPerMillionArticles: perArticle(inputs.dynamoReadUnits) * PRICES.dynamodb.perMillionReadUnits,
      basis: 'consumed capacity reported per call (ReturnConsumedCapacity)',
    },
    {
      item: 'DynamoDB storage, one month',
      perArticle: perArticle(inputs.storedBytes),
      unit: 'bytes',
      usdPerMillionArticles: storedGbPerArticle * million * PRICES.dynamodb.perGbMonth,
      basis: 'item bytes left in the table after the run (DynamoDB size rules), kept 30 days',
    },
    {
      item: 'SQS requests',
      perArticle: perArticle(inputs.sqsBillableRequests),
      unit: 'requests',
      usdPerMillionArticles: perArticle(inputs.sqsBillableRequests) * PRICES.sqs.perMillionRequests,
      basis: 'send, receive and delete calls counted, 64 KiB chunks',
    },
    {
      item: 'SNS alerts',
      perArticle: perArticle(inputs.snsPublishes),
      unit: 'publishes',
      usdPerMillionArticles: perArticle(inputs.snsPublishes) * PRICES.sns.perMillionPublishes,
      basis: 'one publish per level transition',
    },
  ];
  const units = Math.max(
    PRICES.comprehend.minimumUnitsPerRequest,
    Math.ceil(inputs.meanCharsPerArticle / PRICES.comprehend.charactersPerUnit),
  );
  return {
    rows,
    totalUsdPerMillion: rows.reduce((sum, r) => sum + r.usdPerMillionArticles, 0),
    comprehend: {
      unitsPerArticle: units,
      usdPerMillionArticles: units * PRICES.comprehend.perUnit * million,
    },
    lambdaGbSecondsPerArticle: gbSeconds,
    assumptions: [
      `Scorer at ${inputs.scorerMemoryMiB} MB, SQS batch size ${inputs.batchSize} (configuration defaults); batches as the end-to-end run formed them.`,
      `In-region DynamoDB round trip ${inputs.awsRoundTripMs} ms, ${inputs.recordConcurrency} store calls of a batch in flight at once (articles, then dyads).`,
      `One cold start per ${inputs.invocationsPerColdStart} invocations (AWS bills the init phase).`,
      'CPU time measured on this machine is taken as the Graviton time; no free tier, no reserved capacity.',
    ],
  };
}

/**
 * Bytes of event items a run stored per article, as reads bill them: the items' own size, without
 * the overhead storage counts for each (what a later rescore reads again of each article).
 */
export function eventBytesPerArticle(run: Pick<EndToEndResult, 'storedByKind' | 'articles'>): number {
  return readBilledBytes(run.storedByKind.EV) / run.articles;
}

/** Bytes of stored items as reads bill them: storage's count less its overhead per item. */
export function readBilledBytes(stored: { items: number; bytes: number } = { items: 0, bytes: 0 }): number {
  return stored.bytes - stored.items * ITEM_OVERHEAD_BYTES;
}

/** Bytes one read unit covers on a strongly consistent read. */
export const BYTES_PER_CONSISTENT_READ_UNIT = 4096;
/** Bytes one read unit covers on an eventually consistent read: half a unit per 4 KB. */
export const BYTES_PER_EVENTUAL_READ_UNIT = 8192;

export interface LookBackReadInputs {
  /** Days of events a rescore reads before its window (lookBackDays of the pipeline). */
  lookBackDays: number;
  /** Bytes of event items stored per article (the end-to-end run's `EV` items over its articles). */
  eventBytesPerArticle: number;
  /** Of the look-back, the days the dyad was in the news. */
  newsDays: number;
  /**
   * Of those, the days among the CONSISTENT_READ_DAYS last (read strongly consistent).
   * @default the most there can be: min(newsDays, CONSISTENT_READ_DAYS)
   */
  recentNewsDays?: number;
  /** Rescores of the dyad on each of those days (once per batch that holds its news). */
  rescoresPerNewsDay: number;
}

/**
 * Read units per article of a running deployment, where a dyad's look-back holds its past news.
 * A dyad with `n` articles on each of `newsDays` days holds newsDays·n·B bytes of events (B per
 * article); each rescore reads them all, the recent days' strongly consistent and the others'
 * eventually, and a news day's `rescoresPerNewsDay` rescores share its `n` articles:
 * R·B·(recent / 4096 + (D − recent) / 8192) read units per article, whatever `n` is.
 */
export function lookBackReadUnitsPerArticle(inputs: LookBackReadInputs): number {
  const { lookBackDays, eventBytesPerArticle, newsDays, rescoresPerNewsDay } = inputs;
  if (!(newsDays >= 0 && newsDays <= lookBackDays))
    throw new RangeError(`newsDays must lie in [0, ${lookBackDays}], got ${newsDays}`);
  const most = Math.min(newsDays, CONSISTENT_READ_DAYS);
  const recent = inputs.recentNewsDays ?? most;
  if (!(recent >= 0 && recent <= most))
    throw new RangeError(`recentNewsDays must lie in [0, ${most}], got ${recent}`);
  return (
    rescoresPerNewsDay *
    eventBytesPerArticle *
    (recent / BYTES_PER_CONSISTENT_READ_UNIT + (newsDays - recent) / BYTES_PER_EVENTUAL_READ_UNIT)
  );
}

/**
 * Read units per article of the same dyad when `containers` scorer containers keep its event items
 * all day (EventReadCache, kept for a day): each container reads the look-back once a day, and a
 * rescore after another container's reads only what that one stored and announced, which costs
 * `refreshReadUnitsPerArticle` (measured: a cycle scored by warm containers, less the same cycle on
 * an empty table). With no more rescores than containers, every rescore reads the look-back.
 */
export function keptContainersReadUnitsPerArticle(
  inputs: LookBackReadInputs & { containers: number; refreshReadUnitsPerArticle: number },
): number {
  const { containers, refreshReadUnitsPerArticle, rescoresPerNewsDay } = inputs;
  if (!(containers >= 1)) throw new RangeError(`containers must be at least 1, got ${containers}`);
  const fullReads = Math.min(rescoresPerNewsDay, containers);
  const refreshes = rescoresPerNewsDay - fullReads;
  return (
    lookBackReadUnitsPerArticle({ ...inputs, rescoresPerNewsDay: fullReads }) +
    (rescoresPerNewsDay > 0 ? (refreshes / rescoresPerNewsDay) * Math.max(0, refreshReadUnitsPerArticle) : 0)
  );
}

/** A dyad's news over its look-back, for the long-run projection. */
export interface LongRunScenario {
  name: string;
  newsDays: number;
  /** Of the news days, those among yesterday and today (see LookBackReadInputs). */
  recentNewsDays: number;
  rescoresPerNewsDay: number;
}

export interface LongRunCostRow extends LongRunScenario {
  /** The cycle's own reads (measured on an empty table) plus the look-back's (projected). */
  readUnitsPerArticle: number;
  totalUsdPerMillion: number;
  /** The same when the containers keep the dyad's items all day (LongRunCost.keptContainers). */
  kept?: { readUnitsPerArticle: number; totalUsdPerMillion: number };
}

export interface LongRunCost {
  lookBackDays: number;
  eventBytesPerArticle: number;
  cyclesPerDay: number;
  /** Read units per article measured on an empty table, where the look-back holds nothing. */
  measuredReadUnitsPerArticle: number;
  /** Containers that keep the dyads' items all day, and what reading others' items costs them. */
  keptContainers?: { containers: number; refreshReadUnitsPerArticle: number };
  /** The first row is the one the cost target is judged on. */
  rows: LongRunCostRow[];
  /** The same reasoning checked on a measured run over a table with history. */
  historyCheck?: { predictedReadUnitsPerArticle: number; measuredReadUnitsPerArticle: number };
}

/**
 * Read units per article the look-back reasoning predicts for a cycle of `articles` scored in
 * `batches` batches on a table holding `history` earlier articles, all within the look-back: each
 * batch rescores every dyad once and reads all of them, `recentShare` of their bytes in the days
 * read strongly consistent (a warm container's cache, which spares some of those reads, is left
 * out, so the prediction is an upper bound).
 */
export function predictHistoryReads(inputs: {
  articles: number;
  batches: number;
  history: number;
  eventBytesPerArticle: number;
  emptyTableReadUnitsPerArticle: number;
  recentShare: number;
}): number {
  const { articles, batches, history, eventBytesPerArticle, emptyTableReadUnitsPerArticle, recentShare } =
    inputs;
  if (!(articles > 0)) throw new RangeError('predictHistoryReads needs a cycle with articles');
  if (!(recentShare >= 0 && recentShare <= 1))
    throw new RangeError(`recentShare must lie in [0, 1], got ${recentShare}`);
  const unitsPerByte =
    recentShare / BYTES_PER_CONSISTENT_READ_UNIT + (1 - recentShare) / BYTES_PER_EVENTUAL_READ_UNIT;
  return emptyTableReadUnitsPerArticle + (batches * history * eventBytesPerArticle * unitsPerByte) / articles;
}

/**
 * Dyads of a running deployment. The first, a dyad in the news every day and rescored once a day,
 * is the least a dyad that matters costs: more fetch cycles with its news mean more rescores.
 */
export function longRunScenarios(lookBackDays: number, cyclesPerDay: number): LongRunScenario[] {
  return [
    {
      name: 'in the news every day, rescored once a day',
      newsDays: lookBackDays,
      recentNewsDays: CONSISTENT_READ_DAYS,
      rescoresPerNewsDay: 1,
    },
    {
      name: 'in the news every day, in 8 fetch cycles a day',
      newsDays: lookBackDays,
      recentNewsDays: CONSISTENT_READ_DAYS,
      rescoresPerNewsDay: 8,
    },
    {
      name: `in the news in every fetch cycle (${cyclesPerDay} a day)`,
      newsDays: lookBackDays,
      recentNewsDays: CONSISTENT_READ_DAYS,
      rescoresPerNewsDay: cyclesPerDay,
    },
    // Today is its news day; yesterday is not.
    {
      name: 'in the news one day a week, rescored once that day',
      newsDays: Math.round(lookBackDays / 7),
      recentNewsDays: 1,
      rescoresPerNewsDay: 1,
    },
  ];
}

/**
 * The long-run cost of each scenario: `priceWithReads` prices a cycle with the given read units
 * per article (the rest as measured on a table with history).
 */
export function projectLongRun(
  inputs: Omit<LongRunCost, 'rows'>,
  priceWithReads: (readUnitsPerArticle: number) => number,
): LongRunCost {
  const rows = longRunScenarios(inputs.lookBackDays, inputs.cyclesPerDay).map((scenario) => {
    const readUnitsPerArticle =
      inputs.measuredReadUnitsPerArticle +
      lookBackReadUnitsPerArticle({
        lookBackDays: inputs.lookBackDays,
        eventBytesPerArticle: inputs.eventBytesPerArticle,
        newsDays: scenario.newsDays,
        recentNewsDays: scenario.recentNewsDays,
        rescoresPerNewsDay: scenario.rescoresPerNewsDay,
      });
    const kept = inputs.keptContainers;
    const keptReads =
      kept &&
      inputs.measuredReadUnitsPerArticle +
        keptContainersReadUnitsPerArticle({
          lookBackDays: inputs.lookBackDays,
          eventBytesPerArticle: inputs.eventBytesPerArticle,
          newsDays: scenario.newsDays,
          recentNewsDays: scenario.recentNewsDays,
          rescoresPerNewsDay: scenario.rescoresPerNewsDay,
          ...kept,
        });
    return {
      ...scenario,
      readUnitsPerArticle,
      totalUsdPerMillion: priceWithReads(readUnitsPerArticle),
      ...(keptReads === undefined
        ? {}
        : { kept: { readUnitsPerArticle: keptReads, totalUsdPerMillion: priceWithReads(keptReads) } }),
    };
  });
  return { ...inputs, rows };
}
