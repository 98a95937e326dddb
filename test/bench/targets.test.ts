import type { BenchResults } from '../../bench/lib/results';
import { LAMBDA_HANDLERS } from '../../bench/sections/bundles';
import { evaluateTargets, howFar } from '../../bench/targets';
import { HANDLER_ENTRIES } from '../../lib/border-tension-stack';

type Figures = Omit<BenchResults, 'targets'>;

function figures(overrides: {
  perSecond: number;
  ratio: number;
  scorerBytes: number;
  coldMs: number;
  wru: number;
  usd: number;
  /** The best round's ratio to compromise (default: the run's ratio). */
  bestRound?: number;
}): Figures {
  const best = overrides.bestRound ?? overrides.ratio;
  return {
    throughput: {
      contenders: [
        { name: 'border-tension', articlesPerSecond: overrides.perSecond },
        { name: 'border-tension, dense feed, batches of 100', articlesPerSecond: overrides.perSecond * 2 },
      ],
      ratios: { vsCompromise: overrides.ratio, vsWink: 0.5, extractionVsCompromise: overrides.ratio * 4 },
      roundRatios: {
        vsCompromise: {
          rounds: 20,
          median: overrides.ratio,
          p10: overrides.ratio,
          p90: best,
          min: 1,
          max: best,
        },
      },
      breakdown: { extractMeanMs: 0.6, scoreMeanMs: 0.4 },
    },
    bundles: [
      {
        name: 'scorer',
        withoutAwsSdk: { bytes: overrides.scorerBytes, topInputs: [{ name: 'zod', bytes: 450_000 }] },
        coldStart: {
          coldStartMs: { p50: overrides.coldMs },
          runsMs: [overrides.coldMs - 10, overrides.coldMs, overrides.coldMs + 10],
          loadMs: { p50: 80 },
          firstInvokeMs: { p50: 20 },
          firstInvokeCpuMs: { p50: 15 },
        },
      },
    ],
    endToEnd: {
      articles: 10,
      batchSize: 100,
      perArticle: { writeUnits: overrides.wru },
      usage: {
        dynamodb: {
          byOperation: { PutItemCommand: 30, QueryCommand: 10 },
          writeUnitsByKind: { EV: 40, SERIES: 20 },
        },
      },
      storedByKind: { 'SCORE#hour': { items: 20, bytes: 30_000 }, EV: { items: 40, bytes: 20_000 } },
    },
    endToEndByBatchSize: [{ batchSize: 10, perArticle: { writeUnits: 9.5 } }],
    cost: {
      totalUsdPerMillion: overrides.usd,
      rows: [{ item: 'DynamoDB writes', usdPerMillionArticles: overrides.usd }],
    },
  } as unknown as Figures;
}

describe('evaluateTargets', () => {
  it('marks every target met when the figures are within the goals', () => {
    const checks = evaluateTargets(
      figures({ perSecond: 1500, ratio: 40, scorerBytes: 600_000, coldMs: 100, wru: 2, usd: 0.5 }),
    );
    expect(checks).toHaveLength(6);
    expect(checks.every((c) => c.met === true && c.note === '')).toBe(true);
  });

  it('says by how much and where the cost goes when a target is missed', () => {
    const checks = evaluateTargets(
      figures({ perSecond: 250, ratio: 10, scorerBytes: 1_500_000, coldMs: 300, wru: 6, usd: 2 }),
    );
    expect(checks.every((c) => c.met === false)).toBe(true);
    const [speed, ratio, size, cold, writes, cost] = checks;
    expect(speed?.note).toMatch(/^4× too slow/);
    expect(speed?.measured).toBe('250 articles/s');
    expect(speed?.note).toMatch(/extraction 0\.6 ms \(60%\)/);
    expect(speed?.note).toMatch(/As deployed \(dense feed, batches of 100\): 500 articles\/s\.$/);
    // Batched past the goal: said so, the target still judged one article at a time.
    const [batchedPastGoal] = evaluateTargets(
      figures({ perSecond: 640, ratio: 10, scorerBytes: 1_500_000, coldMs: 300, wru: 6, usd: 2 }),
    );
    expect(batchedPastGoal?.met).toBe(false);
    expect(batchedPastGoal?.note).toMatch(
      /As deployed \(dense feed, batches of 100\): 1,280 articles\/s, at the goal or above it \(the target is judged one article at a time\)\.$/,
    );
    expect(ratio?.note).toMatch(/^3× short of the ratio \(none of the 20 rounds reached it: best 10×\);/);
    expect(ratio?.note).toMatch(/Like for like \(our extraction alone, .*\): 40×\.$/);
    expect(size?.note).toMatch(/^1\.5× over the budget; largest parts: zod/);
    expect(size?.measured).toBe('1.5 MB (1,500,000 bytes)');
    expect(cold?.note).toMatch(/^2× over the budget: load 80 ms, first invocation 20 ms, of which 15 ms CPU/);
    expect(writes?.note).toMatch(
      /^2× over the budget at batches of 100 \(batches of 10: 9.5 WRU\); write units per article by item: EV 4, SERIES 2; write calls: PutItem 3\/article; items stored per article: SCORE#hour 2 of 1500 B, EV 4 of 500 B/,
    );
    expect(cost?.note).toMatch(/^2× over the budget; largest items: DynamoDB writes/);
    // 4 WRU of events per article at $0.625 per million: what storing the events costs alone.
    expect(cost?.note).toMatch(
      /Storing the articles' events \(4 WRU per article: .*\) costs \$2\.5 alone\.$/,
    );
  });

  it('judges cost on a running deployment when the long-run projection is there', () => {
    const cheapCycle = figures({ perSecond: 1500, ratio: 40, scorerBytes: 1, coldMs: 1, wru: 1, usd: 0.5 });
    const row = (name: string, usd: number) => ({
      name,
      newsDays: 142,
      recentNewsDays: 2,
      rescoresPerNewsDay: 1,
      readUnitsPerArticle: 10.4,
      totalUsdPerMillion: usd,
    });
    const withLongRun = (usd: number): Figures => ({
      ...cheapCycle,
      longRunCost: {
        lookBackDays: 142,
        eventBytesPerArticle: 300,
        cyclesPerDay: 96,
        measuredReadUnitsPerArticle: 0.3,
        rows: [row('in the news every day, rescored once a day', usd), row('in the news in every cycle', 99)],
      },
    });
    const cost = (f: Figures) => evaluateTargets(f).find((c) => c.target.startsWith('Cost per million'));
    // The measured cycle is under the budget, the running deployment is not: the latter decides.
    const missed = cost(withLongRun(2));
    expect(missed?.met).toBe(false);
    expect(missed?.measured).toBe('2 USD');
    expect(missed?.note).toMatch(
      /^2× over the budget in a running deployment, for a dyad in the news every day, rescored once a day .*142-day look-back, which then holds 300 bytes of events .*10\.4 RRU per article\. The cycles measured cost less: the first, on an empty table, \$0\.5/,
    );
    expect(cost(withLongRun(0.9))?.met).toBe(true);
    // Without the projection (an older results file), the measured first cycle is judged.
    expect(cost(cheapCycle)?.met).toBe(true);
  });

  it('says whether some rounds reached a missed ratio, so noise can be told from a real shortfall', () => {
    const missed = (bestRound: number) =>
      evaluateTargets(
        figures({ perSecond: 250, ratio: 25, scorerBytes: 1, coldMs: 1, wru: 1, usd: 0.1, bestRound }),
      ).find((c) => c.target === 'Speed vs the compromise baseline');
    expect(missed(31)?.met).toBe(false);
    expect(missed(31)?.note).toMatch(
      /^\+20% short of the ratio \(some of the 20 rounds reached it: best 31×, median 25×\)/,
    );
    expect(missed(29)?.note).toMatch(/\(none of the 20 rounds reached it: best 29×\)/);
  });

  it('says how much of a missed cold start the SDK baseline already takes', () => {
    const over = figures({ perSecond: 1500, ratio: 40, scorerBytes: 1, coldMs: 300, wru: 1, usd: 0.1 });
    const withBaseline = (floorMs: number): Figures => ({
      ...over,
      bundles: over.bundles.map((b) => ({
        ...b,
        baseline: {
          entry: 'bench/baselines/aws-sdk-floor-handler.ts',
          deployed: { bytes: 1, topInputs: [] },
          coldStart: {
            coldStartMs: { p50: floorMs },
            runsMs: [floorMs - 10, floorMs, floorMs + 10],
          } as NonNullable<Figures['bundles'][number]['baseline']>['coldStart'],
        },
      })),
    });
    const cold = (f: Figures) => evaluateTargets(f).find((c) => c.target === 'Scorer cold start');
    expect(cold(withBaseline(220))?.note).toMatch(
      /take 220 ms in the same runs \(already over the budget before any domain work, .*\); the scorer's own code adds 80 ms \(the median of the run pairs' differences: .*\)\.$/,
    );
    expect(cold(withBaseline(100))?.note).toMatch(
      /take 100 ms in the same runs \(50 ms of the budget left for domain work\); the scorer's own code adds 200 ms \(the median of the run pairs' differences: .*\)\.$/,
    );
    // Without a baseline the note ends at the split of the scorer's own figures.
    expect(cold(over)?.note).toMatch(/the rest waits on the local emulators\)\.$/);
  });

  it('says a near miss in percent', () => {
    expect(howFar(1.004)).toBe('+0.4%');
    expect(howFar(4.2)).toBe('4.2×');
  });

  it('reports a target as not measured when its figure is missing', () => {
    const f = figures({ perSecond: 1500, ratio: 40, scorerBytes: 1, coldMs: 1, wru: 1, usd: 0.1 });
    f.bundles = [];
    const size = evaluateTargets(f).find((c) => c.target.startsWith('Scorer bundle'));
    expect(size?.met).toBeNull();
  });

  it('bundles the same handler entries as the CDK stack', () => {
    expect(LAMBDA_HANDLERS).toEqual(HANDLER_ENTRIES);
  });
});
