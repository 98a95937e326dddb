import { PRICES } from '../../bench/lib/prices';
import {
  type CostInputs,
  computeCost,
  eventBytesPerArticle,
  keptContainersReadUnitsPerArticle,
  longRunScenarios,
  lookBackReadUnitsPerArticle,
  predictHistoryReads,
  projectLongRun,
} from '../../bench/sections/cost';

const base: CostInputs = {
  articles: 1000,
  dynamoReadUnits: 4000,
  dynamoWriteUnits: 2000,
  dynamoRequests: 10_000,
  sqsBillableRequests: 300,
  snsPublishes: 10,
  storedBytes: 1000 * 2048,
  computeMsPerArticle: 1,
  coldStartMs: 100,
  meanCharsPerArticle: 3650,
  scorerMemoryMiB: 1024,
  batchSize: 10,
  invocations: 100,
  awsRoundTripMs: 5,
  recordConcurrency: 10,
  invocationsPerColdStart: 100,
};

function row(result: ReturnType<typeof computeCost>, item: string) {
  const found = result.rows.find((r) => r.item.startsWith(item));
  if (!found) throw new Error(`no row ${item}`);
  return found;
}

describe('computeCost', () => {
  it('prices measured usage per million articles at list prices', () => {
    const result = computeCost(base);
    // 2 WRU and 4 RRU per article.
    expect(row(result, 'DynamoDB writes').usdPerMillionArticles).toBeCloseTo(
      2 * PRICES.dynamodb.perMillionWriteUnits,
    );
    expect(row(result, 'DynamoDB reads').usdPerMillionArticles).toBeCloseTo(
      4 * PRICES.dynamodb.perMillionReadUnits,
    );
    expect(row(result, 'SQS').usdPerMillionArticles).toBeCloseTo(0.3 * PRICES.sqs.perMillionRequests);
    expect(row(result, 'Lambda requests').usdPerMillionArticles).toBeCloseTo(
      0.1 * PRICES.lambda.perMillionRequests,
    );
    // 1 ms of CPU at 1 GB, slowed by the vCPU share below 1,769 MB.
    const computeGbS = (1 / 1000) * (PRICES.lambda.fullVcpuAtMiB / 1024) * 1;
    expect(row(result, 'Lambda compute').perArticle).toBeCloseTo(computeGbS, 9);
    const sum = result.rows.reduce((s, r) => s + r.usdPerMillionArticles, 0);
    expect(result.totalUsdPerMillion).toBeCloseTo(sum);
    expect(result.assumptions.length).toBeGreaterThan(0);
  });

  it('prices Comprehend per 100-character unit with the 3-unit minimum', () => {
    expect(computeCost(base).comprehend).toEqual({ unitsPerArticle: 37, usdPerMillionArticles: 3700 });
    expect(computeCost({ ...base, meanCharsPerArticle: 120 }).comprehend.unitsPerArticle).toBe(3);
  });

  it('grows with the usage it is given', () => {
    const more = computeCost({ ...base, dynamoWriteUnits: 4000 });
    expect(more.totalUsdPerMillion).toBeGreaterThan(computeCost(base).totalUsdPerMillion);
  });

  it('counts the invocations the run took, not the batch size', () => {
    // The event source closed batches of 4 where the batch size allows 10: 0.25 invocations per article.
    const fuller = computeCost({ ...base, invocations: 250 });
    expect(row(fuller, 'Lambda requests').perArticle).toBeCloseTo(0.25);
    expect(row(fuller, 'Lambda requests').basis).toContain('4 articles per batch');
    // More invocations, more cold starts for the same articles.
    expect(row(fuller, 'Lambda wait').perArticle).toBeGreaterThan(
      row(computeCost(base), 'Lambda wait').perArticle,
    );
  });

  it('refuses a run without articles or invocations', () => {
    expect(() => computeCost({ ...base, articles: 0 })).toThrow(RangeError);
    expect(() => computeCost({ ...base, invocations: 0 })).toThrow(RangeError);
  });
});

describe('event bytes per article', () => {
  it('counts the event items as reads bill them: their own size, not the overhead storage adds', () => {
    // 3 items of 1,100 bytes each as storage counts them (1,000 of their own), for 10 articles.
    const run = {
      articles: 10,
      storedByKind: { EV: { items: 3, bytes: 3300 }, SERIES: { items: 5, bytes: 9000 } },
    };
    expect(eventBytesPerArticle(run)).toBe(300);
    expect(eventBytesPerArticle({ articles: 10, storedByKind: {} })).toBe(0);
  });
});

describe('long-run look-back reads', () => {
  it('reads every stored byte of the news days once per rescore, shared by the articles of a rescore', () => {
    // 142 news days, 300 bytes of events per article, once a day: the last two days strongly
    // consistent (4,096 bytes a unit), the 140 before eventually (8,192).
    const daily = { lookBackDays: 142, eventBytesPerArticle: 300, newsDays: 142, rescoresPerNewsDay: 1 };
    expect(lookBackReadUnitsPerArticle(daily)).toBeCloseTo((2 * 300) / 4096 + (140 * 300) / 8192, 9);
    expect(lookBackReadUnitsPerArticle({ ...daily, recentNewsDays: 0 })).toBeCloseTo((142 * 300) / 8192, 9);
    // A dyad in the news one day only reads that day consistently.
    expect(lookBackReadUnitsPerArticle({ ...daily, newsDays: 1 })).toBeCloseTo(300 / 4096, 9);
    expect(() => lookBackReadUnitsPerArticle({ ...daily, recentNewsDays: 3 })).toThrow(RangeError);
    expect(() => lookBackReadUnitsPerArticle({ ...daily, newsDays: 1, recentNewsDays: 2 })).toThrow(
      RangeError,
    );
    // Twice the rescores or twice the bytes, twice the reads; no news days, no look-back reads.
    expect(lookBackReadUnitsPerArticle({ ...daily, rescoresPerNewsDay: 2 })).toBeCloseTo(
      2 * lookBackReadUnitsPerArticle(daily),
    );
    expect(lookBackReadUnitsPerArticle({ ...daily, eventBytesPerArticle: 600 })).toBeCloseTo(
      2 * lookBackReadUnitsPerArticle(daily),
    );
    expect(lookBackReadUnitsPerArticle({ ...daily, newsDays: 0 })).toBe(0);
    expect(() => lookBackReadUnitsPerArticle({ ...daily, newsDays: 143 })).toThrow(RangeError);
  });

  it('projects each scenario on top of the measured reads, the daily dyad first', () => {
    const scenarios = longRunScenarios(142, 96);
    expect(scenarios[0]).toMatchObject({ newsDays: 142, recentNewsDays: 2, rescoresPerNewsDay: 1 });
    expect(scenarios.map((s) => s.rescoresPerNewsDay)).toContain(96);
    const priced: number[] = [];
    const projection = projectLongRun(
      { lookBackDays: 142, eventBytesPerArticle: 300, cyclesPerDay: 96, measuredReadUnitsPerArticle: 0.5 },
      (reads) => {
        priced.push(reads);
        return reads * PRICES.dynamodb.perMillionReadUnits;
      },
    );
    expect(projection.rows).toHaveLength(scenarios.length);
    const [daily, , everyCycle] = projection.rows;
    const lookBack = (2 * 300) / 4096 + (140 * 300) / 8192;
    expect(daily?.readUnitsPerArticle).toBeCloseTo(0.5 + lookBack, 9);
    expect(everyCycle?.readUnitsPerArticle).toBeCloseTo(0.5 + 96 * lookBack, 9);
    // The weekly dyad's news days: today's read consistently, yesterday is not one of them.
    expect(projection.rows[3]?.readUnitsPerArticle).toBeCloseTo(0.5 + 300 / 4096 + (19 * 300) / 8192, 9);
    expect(daily?.totalUsdPerMillion).toBeCloseTo(
      (daily?.readUnitsPerArticle ?? 0) * PRICES.dynamodb.perMillionReadUnits,
    );
    expect(priced).toEqual(projection.rows.map((row) => row.readUnitsPerArticle));
  });

  it('reads a look-back once per kept container, and only the items stored since at every later rescore', () => {
    const inputs = { lookBackDays: 142, eventBytesPerArticle: 300, newsDays: 142, containers: 2 };
    const lookBack = (2 * 300) / 4096 + (140 * 300) / 8192;
    // Rescored every fetch cycle: two look-backs a day, the other 94 rescores read what was stored since.
    expect(
      keptContainersReadUnitsPerArticle({
        ...inputs,
        rescoresPerNewsDay: 96,
        refreshReadUnitsPerArticle: 0.2,
      }),
    ).toBeCloseTo(2 * lookBack + (94 / 96) * 0.2, 9);
    // No more rescores than containers: each reads the look-back, as a fresh container does.
    expect(
      keptContainersReadUnitsPerArticle({
        ...inputs,
        rescoresPerNewsDay: 1,
        refreshReadUnitsPerArticle: 0.2,
      }),
    ).toBeCloseTo(lookBackReadUnitsPerArticle({ ...inputs, rescoresPerNewsDay: 1 }), 9);
    // A measured refresh below zero (noise between two runs) counts as nothing.
    expect(
      keptContainersReadUnitsPerArticle({
        ...inputs,
        rescoresPerNewsDay: 8,
        refreshReadUnitsPerArticle: -0.1,
      }),
    ).toBeCloseTo(2 * lookBack, 9);
    expect(() =>
      keptContainersReadUnitsPerArticle({
        ...inputs,
        containers: 0,
        rescoresPerNewsDay: 8,
        refreshReadUnitsPerArticle: 0.2,
      }),
    ).toThrow(RangeError);
  });

  it('prices the kept containers beside the fresh ones when given', () => {
    const projection = projectLongRun(
      {
        lookBackDays: 142,
        eventBytesPerArticle: 300,
        cyclesPerDay: 96,
        measuredReadUnitsPerArticle: 0.5,
        keptContainers: { containers: 2, refreshReadUnitsPerArticle: 0.2 },
      },
      (reads) => reads,
    );
    const everyCycle = projection.rows[2];
    expect(everyCycle?.kept?.readUnitsPerArticle).toBeCloseTo(
      0.5 + 2 * ((2 * 300) / 4096 + (140 * 300) / 8192) + (94 / 96) * 0.2,
      9,
    );
    expect(everyCycle?.kept?.totalUsdPerMillion).toBe(everyCycle?.kept?.readUnitsPerArticle);
    expect(projection.rows[0]?.kept?.readUnitsPerArticle).toBeCloseTo(
      projection.rows[0]?.readUnitsPerArticle ?? 0,
      9,
    );
  });

  it('predicts the reads of a measured cycle on a table with history: every batch reads all of it', () => {
    // 2 batches each read 2,000 earlier articles of 300 bytes, shared by the cycle's 500 articles;
    // a quarter of those bytes strongly consistent, the rest eventually.
    const cycle = {
      articles: 500,
      batches: 2,
      history: 2000,
      eventBytesPerArticle: 300,
      emptyTableReadUnitsPerArticle: 0.3,
      recentShare: 0.25,
    };
    expect(predictHistoryReads(cycle)).toBeCloseTo(
      0.3 + (2 * 2000 * 300 * (0.25 / 4096 + 0.75 / 8192)) / 500,
      9,
    );
    expect(predictHistoryReads({ ...cycle, recentShare: 1 })).toBeCloseTo(
      0.3 + (2 * 2000 * 300) / 4096 / 500,
      9,
    );
    expect(predictHistoryReads({ ...cycle, history: 0 })).toBe(0.3);
    expect(() => predictHistoryReads({ ...cycle, recentShare: 1.5 })).toThrow(RangeError);
    expect(() => predictHistoryReads({ ...cycle, articles: 0 })).toThrow(RangeError);
  });
});
