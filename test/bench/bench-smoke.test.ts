/**
 * Smoke test of `npm run bench`: the tiny-corpus run must produce every section with real,
 * positive figures, so the script cannot rot. It never asserts on speed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lambdaHeapFlags } from '../../bench/lib/lambda-runtime';
import { type BenchResults, coldStartOverBaselineMs, SOURCES_CONTENDER_NAME } from '../../bench/lib/results';
import { BenchUsageError, parseBenchArgs } from '../../bench/run';
import { denseFeedCycleBatch } from '../../bench/sections/contenders';
import { ConfigSchema } from '../../lib/config/config-schema';

const ROOT = join(__dirname, '..', '..');

function runBench(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'run.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NODE_NO_WARNINGS: '1' },
    timeout: 540_000,
  });
}

const positive = (x: number) => expect(Number.isFinite(x) && x > 0).toBe(true);

describe('bench smoke run', () => {
  let outDir: string;
  let results: BenchResults;
  let markdown: string;
  let stderr: string;

  beforeAll(() => {
    outDir = mkdtempSync(join(tmpdir(), 'bench-smoke-'));
    const run = runBench(['--smoke', '--out', outDir]);
    stderr = run.stderr;
    if (run.status !== 0) throw new Error(`bench --smoke exited ${run.status}: ${run.stderr.slice(-3000)}`);
    results = JSON.parse(readFileSync(join(outDir, 'results.json'), 'utf8')) as BenchResults;
    markdown = readFileSync(join(outDir, 'benchmarks.md'), 'utf8');
  }, 600_000);

  afterAll(() => {
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it('reports progress on stderr and writes only to the --out directory', () => {
    expect(stderr).toMatch(/bench: 1\/6/);
    expect(stderr).toMatch(/wrote .*benchmarks\.md/);
    expect(results.mode).toBe('smoke');
  });

  it('describes the machine and the corpus', () => {
    expect(results.machine.cpuModel.length).toBeGreaterThan(0);
    positive(results.machine.cores);
    expect(results.machine.node).toMatch(/^v\d+/);
    positive(results.corpus.articles);
    positive(results.corpus.meanWords);
  });

  it('section 1: ours, both baselines, ours on a dense feed (alone, batched, with a cold scoring cache) and our extraction alone ran over the same articles, with ratios', () => {
    const { throughput } = results;
    const config = ConfigSchema.parse({});
    expect(throughput.contenders.map((c) => c.name)).toEqual([
      'border-tension',
      'compromise',
      'wink-nlp tokenise',
      'border-tension, dense feed',
      // One fetch cycle of the dense feed per batch (test/bench/contenders.test.ts).
      `border-tension, dense feed, batches of ${denseFeedCycleBatch(results.corpus.articles, config.schedule.rateMinutes, config.queues.articlesBatchSize)}`,
      'border-tension, extraction only',
      'border-tension, dense feed, cold scoring cache',
      SOURCES_CONTENDER_NAME,
    ]);
    // The bundle runs the same code as the sources: it finds the same events, rescores and transitions.
    expect(throughput.contenders[7]?.output).toEqual(throughput.contenders[0]?.output);
    // Extraction alone finds what the pipeline's extraction found, and takes part of its time.
    expect(throughput.contenders[5]?.output.events).toBeGreaterThan(0);
    expect(throughput.breakdown.extractMeanMs).toBe(throughput.contenders[5]?.latency.meanMs);
    // Scoring's share is the rest of our pipeline's mean. Not compared as timings: on the smoke
    // corpus, noise may well make extraction alone the slower of the two.
    expect(throughput.breakdown.scoreMeanMs).toBe(
      Math.max(0, (throughput.contenders[0]?.latency.meanMs ?? 0) - throughput.breakdown.extractMeanMs),
    );
    positive(throughput.ratios.extractionVsCompromise);
    // Batched, every article was scored: no batch failed an article.
    expect(throughput.contenders[4]?.output.failed).toBe(0);
    expect(throughput.contenders[4]?.output.events).toBe(throughput.contenders[3]?.output.events);
    // A cold scoring cache does the same work: the same events and rescores as the warm one.
    expect(throughput.contenders[6]?.output).toEqual(throughput.contenders[3]?.output);
    for (const c of throughput.contenders) {
      expect(c.articles).toBe(results.corpus.articles);
      positive(c.articlesPerSecond);
      positive(c.articlesPerCpuSecond);
      positive(c.latency.p50Ms);
      positive(c.latency.p99Ms);
      expect(Object.values(c.output).some((v) => v > 0)).toBe(true);
    }
    positive(throughput.ratios.vsCompromise);
    positive(throughput.ratios.vsWink);
    // Round by round, the ratios pair the same articles; the run's ratio lies within their range.
    for (const key of ['vsCompromise', 'vsWink', 'extractionVsCompromise'] as const) {
      const spread = throughput.roundRatios[key];
      expect(spread.rounds).toBe(throughput.rounds);
      expect(spread.min).toBeLessThanOrEqual(spread.median);
      expect(spread.median).toBeLessThanOrEqual(spread.max);
      expect(throughput.ratios[key]).toBeGreaterThanOrEqual(spread.min * (1 - 1e-9));
      expect(throughput.ratios[key]).toBeLessThanOrEqual(spread.max * (1 + 1e-9));
    }
    positive(throughput.breakdown.extractMeanMs);
    expect(throughput.hotSpots.length).toBeGreaterThan(0);
    positive(throughput.hotSpots[0]?.selfPercent ?? 0);
    // Profiled from the bundle, yet named and placed in the sources (not minified names, not the bundle).
    const ownSpots = throughput.hotSpots.filter((h) => /^functions\/core\/.+\.ts$/.test(h.location));
    expect(ownSpots.length).toBeGreaterThan(0);
    for (const h of ownSpots)
      if (h.function !== '(anonymous)')
        // esbuild numbers a name that another module's name collides with (clauseEnd2).
        expect(readFileSync(join(ROOT, h.location), 'utf8')).toContain(
          h.function.replace(/^[gs]et /, '').replace(/\d+$/, ''),
        );
    // The pipeline did its job: it found events on conflict-heavy articles.
    positive(throughput.contenders[0]?.output.events ?? 0);
    // The look-back read read the busiest dyad's events (the section checks both ways read the same).
    const read = throughput.lookBackRead;
    positive(read.events);
    expect(read.items).toBeGreaterThan(0);
    expect(read.events).toBeLessThanOrEqual(throughput.contenders[0]?.output.events ?? 0);
    for (const ms of [read.keptMs.ours, read.keptMs.baseline, read.freshMs.ours, read.freshMs.baseline])
      positive(ms);
  });

  it('section 2: every Lambda bundle has a size and served a first invocation', () => {
    expect(results.bundles.map((b) => b.name).sort()).toEqual(['api', 'dispatcher', 'fetcher', 'scorer']);
    for (const b of results.bundles) {
      expect(b.error).toBeUndefined();
      positive(b.deployed?.bytes ?? 0);
      positive(b.withoutAwsSdk?.bytes ?? 0);
      expect(b.withoutAwsSdk?.bytes ?? 0).toBeLessThan(b.deployed?.bytes ?? 0);
      positive(b.coldStart?.coldStartMs.p50 ?? 0);
      positive(b.coldStart?.loadMs.p50 ?? 0);
      positive(b.coldStart?.firstInvokeCpuMs.p50 ?? 0);
      // CPU of one thread cannot run far past the wall time (GC helper threads may add a little).
      expect(b.coldStart?.firstInvokeCpuMs.p50 ?? 0).toBeLessThan(2 * (b.coldStart?.firstInvokeMs.max ?? 0));
      expect({ name: b.name, ok: b.coldStart?.allOk, detail: b.coldStart?.detail }).toMatchObject({
        ok: true,
      });
    }
  });

  it('section 2: the scorer is timed beside its SDK baseline, which served the same event', () => {
    const scorer = results.bundles.find((b) => b.name === 'scorer');
    const base = scorer?.baseline;
    expect(base?.entry).toBe('bench/baselines/aws-sdk-floor-handler.ts');
    // The baseline bundles the SDK and Powertools but none of the domain.
    positive(base?.deployed.bytes ?? 0);
    expect(base?.deployed.bytes ?? 0).toBeLessThan(scorer?.deployed?.bytes ?? 0);
    expect(base?.coldStart.runs).toBe(scorer?.coldStart?.runs);
    expect({ ok: base?.coldStart.allOk, detail: base?.coldStart.detail }).toEqual({
      ok: true,
      detail: '0 batch item failure(s)',
    });
    positive(base?.coldStart.firstInvokeMs.p50 ?? 0);
    // Every run is kept, in run order, so the scorer's share is taken run pair by run pair.
    expect(scorer?.coldStart?.runsMs).toHaveLength(scorer?.coldStart?.runs ?? -1);
    expect(base?.coldStart.runsMs).toHaveLength(base?.coldStart.runs ?? -1);
    expect(Number.isFinite(scorer ? coldStartOverBaselineMs(scorer) : Number.NaN)).toBe(true);
  });

  it('section 3: every article is accounted for end to end, with usage counted', () => {
    const e = results.endToEnd;
    expect(e.enqueued).toBe(e.articles);
    expect(e.allAccountedFor).toBe(true);
    expect(Object.values(e.accounted).reduce((a, b) => a + b, 0)).toBe(e.articles);
    positive(e.articlesPerSecond);
    positive(e.perArticle.writeUnits);
    positive(e.perArticle.readUnits);
    positive(e.perArticle.sqsRequests);
    positive(e.storedBytes);
    expect(e.newsLag).toBe('recent');
  });

  it('section 3: the same cycle with late reports and on a table with history, both accounted for', () => {
    const late = results.endToEndWeekLag;
    const history = results.endToEndWithHistory;
    expect(late?.newsLag).toBe('week');
    expect(late?.history).toBe(0);
    expect(history?.newsLag).toBe('recent');
    positive(history?.history ?? 0);
    for (const run of [late, history]) {
      expect(run?.allAccountedFor).toBe(true);
      positive(run?.perArticle.writeUnits ?? 0);
    }
    expect(markdown).toContain('| the same, every story anywhere in the week before its publication |');
    expect(markdown).toMatch(/\| this cycle, on a table holding \d+ articles of the week before \|/);
  });

  it('section 3: the history cycle again by warm containers, their warm-up not counted', () => {
    const warm = results.endToEndWarm;
    expect(warm?.warmCycles).toBe(1);
    expect(warm?.history).toBe(results.endToEndWithHistory?.history);
    expect(warm?.allAccountedFor).toBe(true);
    expect(warm?.articles).toBe(results.endToEnd.articles);
    expect(results.endToEndWithHistory?.warmCycles).toBe(0);
    expect(markdown).toMatch(
      /\| the same, by containers that had just scored the cycle before \(\d+ articles\) \|/,
    );
    positive(results.costWarm?.totalUsdPerMillion ?? 0);
  });

  it('section 4: cost per million articles beside Comprehend', () => {
    positive(results.cost.totalUsdPerMillion);
    positive(results.cost.comprehend.usdPerMillionArticles);
    for (const row of results.cost.rows) expect(row.usdPerMillionArticles).toBeGreaterThanOrEqual(0);
    // The same prices on the run over a table with history, reported beside the first cycle's.
    positive(results.costWithHistory?.totalUsdPerMillion ?? 0);
    expect(results.costWithHistory?.rows.map((row) => row.item)).toEqual(
      results.cost.rows.map((row) => row.item),
    );
    expect(markdown).toMatch(/A cycle on a table that already holds \d+ articles of the week before/);
    // A running deployment: the look-back full of news, projected from the run's stored event bytes.
    const longRun = results.longRunCost;
    expect(longRun?.lookBackDays).toBe(142);
    positive(longRun?.eventBytesPerArticle ?? 0);
    expect(longRun?.measuredReadUnitsPerArticle).toBe(results.endToEnd.perArticle.readUnits);
    for (const row of longRun?.rows ?? []) {
      expect(row.readUnitsPerArticle).toBeGreaterThanOrEqual(results.endToEnd.perArticle.readUnits);
      positive(row.totalUsdPerMillion);
    }
    expect(longRun?.rows[0]?.name).toBe('in the news every day, rescored once a day');
    // Containers kept all day read a look-back once each: never more than fresh ones.
    expect(longRun?.keptContainers?.containers).toBe(ConfigSchema.parse({}).queues.scorerMaxConcurrency);
    for (const row of longRun?.rows ?? []) {
      expect(row.kept?.readUnitsPerArticle).toBeLessThanOrEqual(row.readUnitsPerArticle + 1e-9);
    }
    expect(markdown).toMatch(/\| Read units \/ article, \d+ containers kept all day \|/);
    expect(markdown).toMatch(/\*\*In the long run\.\*\*/);
    // The reasoning checked on the measured history run, both figures in the report.
    expect(longRun?.historyCheck?.measuredReadUnitsPerArticle).toBe(
      results.endToEndWithHistory?.perArticle.readUnits,
    );
    positive(longRun?.historyCheck?.predictedReadUnitsPerArticle ?? 0);
    expect(markdown).toMatch(
      /The same reasoning, applied to the history run of section 3 .* predicts [\d.]+ read units/,
    );
    // The history's days are read strongly consistent in part, and the report says how much.
    const share = results.endToEndWithHistory?.historyRecentShare ?? Number.NaN;
    expect(share).toBeGreaterThanOrEqual(0);
    expect(share).toBeLessThanOrEqual(1);
    expect(markdown).toMatch(/[\d.]+% of their event bytes in the days read strongly consistent/);
    expect(markdown).toMatch(/the days before them eventually consistent, at 8,192/);
  });

  it('section 5: memory', () => {
    positive(results.memory.peakRssMiB);
    expect(results.memory.peakRssMiB).toBeGreaterThanOrEqual(results.memory.rssAtStartMiB);
    expect(Number.isFinite(results.memory.heapGrowthMiB)).toBe(true);
    // The figures after each drop mean something only if the drop freed what it dropped.
    expect(results.memory.freedOnDrop).toBe(true);
    expect(Number.isFinite(results.memory.heapGrowthWithoutScorerMiB)).toBe(true);
    expect(markdown).toMatch(/Heap growth once the scorer is dropped too \(what a leak would leave\)/);
  });

  it('section 6: both extractors scored on the annotated corpora, ours on every field, the baseline on those it produces', () => {
    // The held-out corpus first, then the development corpus.
    expect(results.accuracy.map((a) => a.corpus.split(' (')[0])).toEqual([
      'the held-out corpus',
      'the development corpus',
    ]);
    const [heldOut, dev] = results.accuracy;
    expect(heldOut?.articles).toBeGreaterThanOrEqual(30);
    expect(dev?.articles).toBeGreaterThanOrEqual(70);
    for (const accuracy of results.accuracy) {
      const shared = accuracy.rows.filter((row) => row.compromise !== null).map((row) => row.field);
      expect(shared).toEqual([
        'people',
        'organisations',
        'place names',
        'countries',
        'kinds of act',
        'dyads',
      ]);
      for (const row of accuracy.rows) {
        for (const score of [row.ours, row.compromise]) {
          if (!score) continue;
          expect(score.tp + score.fn).toBeGreaterThan(0);
          expect(score.f1).toBeGreaterThanOrEqual(0);
          expect(score.f1).toBeLessThanOrEqual(1);
        }
      }
    }
    expect(markdown).toMatch(
      /\| people \| names, titles and ranks aside \| [\d.]+% \| [\d.]+% \| \*\*[\d.]+%\*\* \|/,
    );
    expect(markdown).toMatch(/\| events \| .* \| — \| — \| not produced \|/);
    expect(markdown).toMatch(
      /\*\*On the held-out corpus \(corpus\/holdout: \d+ articles written and labelled apart/,
    );
  });

  it('times every section under the heap flags Lambda gives the function at its configured memory', () => {
    const { functions } = ConfigSchema.parse({});
    const scorerHeap = lambdaHeapFlags(functions.scorer.memoryMiB);
    // The flags each process reports it ran under (process.execArgv), not the ones asked for.
    expect(results.throughput.nodeFlags).toEqual(scorerHeap);
    expect(results.memory.nodeFlags).toEqual(scorerHeap);
    expect(results.endToEnd.nodeFlags).toEqual(scorerHeap);
    for (const b of results.bundles) {
      const heap = lambdaHeapFlags(functions[b.name].memoryMiB);
      expect({ name: b.name, flags: b.coldStart?.nodeFlags }).toEqual({ name: b.name, flags: heap });
      expect({ name: b.name, flags: b.coldStartWithoutAwsSdk?.nodeFlags }).toEqual({
        name: b.name,
        flags: heap,
      });
    }
    expect(results.bundles.find((b) => b.name === 'scorer')?.baseline?.coldStart.nodeFlags).toEqual(
      scorerHeap,
    );
    expect(markdown).toContain(scorerHeap.map((f) => `\`${f}\``).join(' '));
  });

  it('checks every target and writes the same figures as markdown', () => {
    expect(results.targets).toHaveLength(6);
    for (const t of results.targets) expect([true, false, null]).toContain(t.met);
    for (const heading of ['## Targets', '## 1.', '## 2.', '## 3.', '## 4.', '## 5.', '## 6.'])
      expect(markdown).toContain(heading);
    expect(markdown).toContain(results.machine.cpuModel);
    expect(markdown).toContain(results.machine.node);
    const spread = results.throughput.roundRatios.vsCompromise;
    expect(markdown).toMatch(
      new RegExp(
        `compromise extractor: \\*\\*[\\d.,]+×\\*\\* the articles per second \\(round by round: median [\\d.]+×, .* in 80% of ${spread.rounds} rounds`,
      ),
    );
  });
});

describe('bench command line', () => {
  it('--help prints usage and exits 0', () => {
    const run = runBench(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Usage: tsx bench\/run.ts/);
    expect(run.stdout).toMatch(/--smoke/);
  });

  it('a bad option gets a clear error and exit 2', () => {
    const run = runBench(['--articles', 'many']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--articles needs a positive integer, got many/);
  });

  it('parses options and rejects bad ones with a message naming them', () => {
    expect(parseBenchArgs(['--smoke'])).toMatchObject({
      smoke: true,
      articles: 30,
      coldRuns: 2,
      outDir: null,
    });
    expect(parseBenchArgs([])).toMatchObject({
      smoke: false,
      articles: 5000,
      e2eArticles: 500,
      coldRuns: 10,
    });
    expect(parseBenchArgs(['--articles', '200', '--seed', '7'])).toMatchObject({ articles: 200, seed: 7 });
    expect(parseBenchArgs(['--help'])).toBe('help');
    expect(() => parseBenchArgs(['--fast'])).toThrow(/unknown option --fast/);
    expect(() => parseBenchArgs(['--cold-runs', '0'])).toThrow(BenchUsageError);
    expect(() => parseBenchArgs(['--out'])).toThrow(/--out needs a directory/);
  });
});
