/**
 * The targets of the benchmark issue, checked against the measured figures. A missed target says
 * by how much and, from the figures themselves, where the cost goes.
 */
import { PRICES } from './lib/prices';
import {
  type BenchResults,
  coldStartOverBaselineMs,
  type RatioSpread,
  type TargetCheck,
} from './lib/results';
import { num } from './report/numbers';

type Figures = Omit<BenchResults, 'targets'>;

const fmt = (x: number, digits = 3) => (Number.isFinite(x) ? String(Number(x.toPrecision(digits))) : 'n/a');
/** The throughput goal, articles per second on one core. */
const THROUGHPUT_GOAL = 1000;

/** Whether noise could explain a missed ratio: how the rounds' ratios (same articles, moments apart) stand to the goal. */
function roundsReaching(spread: RatioSpread, goal: number): string {
  return spread.max >= goal
    ? `some of the ${spread.rounds} rounds reached it: best ${fmt(spread.max)}×, median ${fmt(spread.median)}×`
    : `none of the ${spread.rounds} rounds reached it: best ${fmt(spread.max)}×`;
}

/** How far past a budget a figure is: "4.2×" when far, "+0.4%" when close (a ratio ≥ 1). */
export function howFar(ratio: number): string {
  return ratio >= 1.5 ? `${fmt(ratio)}×` : `+${fmt((ratio - 1) * 100, 2)}%`;
}

function check(
  target: string,
  goal: string,
  measured: number | undefined,
  unit: string,
  met: (x: number) => boolean,
  why: (x: number) => string,
): TargetCheck {
  if (measured === undefined || !Number.isFinite(measured)) {
    return { target, goal, measured: 'n/a', met: null, note: why(Number.NaN) };
  }
  const ok = met(measured);
  const shown = unit === '×' ? `${fmt(measured)}×` : `${fmt(measured, 4)} ${unit}`;
  return { target, goal, measured: shown, met: ok, note: ok ? '' : why(measured) };
}

/** The cold-start baseline's share: what the SDK and Powertools alone cost in the same runs. */
function sdkFloor(bundle: Figures['bundles'][number]): string {
  const floor = bundle.baseline?.coldStart.coldStartMs.p50;
  if (floor === undefined || !Number.isFinite(floor)) return '';
  const verdict =
    floor >= 150
      ? 'already over the budget before any domain work, so the budget cannot be met with these libraries on this machine'
      : `${fmt(150 - floor)} ms of the budget left for domain work`;
  return ` The AWS SDK and Powertools alone, making the same kinds of DynamoDB calls with no domain work, take ${fmt(floor)} ms in the same runs (${verdict}); the scorer's own code adds ${fmt(coldStartOverBaselineMs(bundle) ?? Number.NaN)} ms (the median of the run pairs' differences: it and the floor's median need not add up to the scorer's median).`;
}

export function evaluateTargets(r: Figures): TargetCheck[] {
  const ours = r.throughput.contenders[0];
  const scorer = r.bundles.find((b) => b.name === 'scorer');
  const { extractMeanMs, scoreMeanMs } = r.throughput.breakdown;
  const share = (part: number) => `${Math.round((part / (extractMeanMs + scoreMeanMs)) * 100)}%`;
  const timeSplit = `extraction ${fmt(extractMeanMs)} ms (${share(extractMeanMs)}), scoring ${fmt(scoreMeanMs)} ms (${share(scoreMeanMs)}) per article`;
  // The deployed scorer takes SQS batches: what a core does then, beside the article-alone figure.
  const batched = r.throughput.contenders.find((c) => c.name.includes('batches of'));
  const asDeployed = batched
    ? ` As deployed (${batched.name.replace(/^border-tension, /, '')}): ${num(batched.articlesPerSecond)} articles/s${batched.articlesPerSecond >= THROUGHPUT_GOAL ? ', at the goal or above it (the target is judged one article at a time)' : ''}.`
    : '';
  const writesByOp = Object.entries(r.endToEnd.usage.dynamodb.byOperation)
    .filter(([op]) => /Put|Update|Delete|BatchWrite|TransactWrite/.test(op))
    .map(([op, n]) => `${op.replace(/Command$/, '')} ${fmt(n / r.endToEnd.articles)}/article`)
    .join(', ');
  const unitsByKind = Object.entries(r.endToEnd.usage.dynamodb.writeUnitsByKind ?? {})
    .sort((a, b) => b[1] - a[1])
    .map(([kind, units]) => `${kind} ${fmt(units / r.endToEnd.articles)}`)
    .join(', ');
  const storedPerArticle = Object.entries(r.endToEnd.storedByKind ?? {})
    .sort((a, b) => b[1].bytes - a[1].bytes)
    .slice(0, 3)
    .map(([kind, k]) => `${kind} ${fmt(k.items / r.endToEnd.articles)} of ${fmt(k.bytes / k.items)} B`)
    .join(', ');
  const byBatchSize = (r.endToEndByBatchSize ?? [])
    .map((e) => ` (batches of ${e.batchSize}: ${fmt(e.perArticle.writeUnits)} WRU)`)
    .join('');
  // What storing the articles' events costs alone (a batch's events of a dyad and day share an
  // item, and their texts another).
  const byKind = r.endToEnd.usage.dynamodb.writeUnitsByKind ?? {};
  const eventUnits = ((byKind.EV ?? 0) + (byKind.TXT ?? 0)) / r.endToEnd.articles;
  const eventsFloor =
    eventUnits > 0
      ? ` Storing the articles' events (${fmt(eventUnits)} WRU per article: two compressed items per dyad and day a batch reports on, what scoring reads and the texts evidence shows, each billed per started kilobyte) costs $${fmt(eventUnits * PRICES.dynamodb.perMillionWriteUnits)} alone.`
      : '';
  const h = r.endToEndWithHistory;
  const historyReads = h
    ? ` That run starts on an empty table; on one holding ${h.history.toLocaleString('en-US')} articles of the week before, reads are ${fmt(h.perArticle.readUnits)} RRU per article instead of ${fmt(r.endToEnd.perArticle.readUnits)} ($${fmt((h.perArticle.readUnits - r.endToEnd.perArticle.readUnits) * PRICES.dynamodb.perMillionReadUnits)} more per million) and grow with the stored news of the dyads a batch touches, since a rescore in a fresh container reads its dyad's whole look-back${r.costWithHistory ? `; such a cycle costs $${fmt(r.costWithHistory.totalUsdPerMillion)} per million in all` : ''}.${r.endToEndWarm && r.costWarm ? ` Scored by containers kept from the cycle before, which read only the items stored since, the same cycle reads ${fmt(r.endToEndWarm.perArticle.readUnits)} RRU per article and costs $${fmt(r.costWarm.totalUsdPerMillion)}.` : ''}`
    : '';
  const w = r.endToEndWeekLag;
  const lateReports = w
    ? ` With every story anywhere in the week before its publication (late reports), writes are ${fmt(w.perArticle.writeUnits)} WRU per article instead of ${fmt(r.endToEnd.perArticle.writeUnits)} ($${fmt((w.perArticle.writeUnits - r.endToEnd.perArticle.writeUnits) * PRICES.dynamodb.perMillionWriteUnits)} more per million): a story about a past day rewrites its dyad's series from that day on.`
    : '';
  // The cost target is judged on a running deployment, whose look-back holds its dyads' news.
  const longRun = r.longRunCost?.rows[0];
  const costRows = [...r.cost.rows]
    .sort((a, b) => b.usdPerMillionArticles - a.usdPerMillionArticles)
    .slice(0, 3)
    .map((row) => `${row.item} $${fmt(row.usdPerMillionArticles)}`)
    .join(', ');
  return [
    check(
      'Extraction + scoring throughput',
      '≥ 1,000 articles/s on one core',
      ours?.articlesPerSecond,
      'articles/s',
      (x) => x >= THROUGHPUT_GOAL,
      (x) => `${howFar(THROUGHPUT_GOAL / x)} too slow (needs ≤ 1 ms per article); ${timeSplit}.${asDeployed}`,
    ),
    check(
      'Speed vs the compromise baseline',
      '≥ 30×',
      r.throughput.ratios.vsCompromise,
      '×',
      (x) => x >= 30,
      (x) =>
        `${howFar(30 / x)} short of the ratio (${roundsReaching(r.throughput.roundRatios.vsCompromise, 30)}); ${timeSplit}. Like for like (our extraction alone, which neither stores nor scores, as compromise does not): ${fmt(r.throughput.ratios.extractionVsCompromise)}×.`,
    ),
    check(
      'Scorer bundle size (AWS SDK excluded)',
      '< 1 MB (1,000,000 bytes) minified',
      scorer?.withoutAwsSdk ? scorer.withoutAwsSdk.bytes / 1e6 : undefined,
      `MB (${scorer?.withoutAwsSdk?.bytes.toLocaleString('en-US')} bytes)`,
      (x) => x < 1,
      (x) =>
        scorer?.withoutAwsSdk
          ? `${howFar(x)} over the budget; largest parts: ${scorer.withoutAwsSdk.topInputs
              .slice(0, 3)
              .map((i) => `${i.name} ${fmt(i.bytes / 1024)} KiB`)
              .join(', ')}.`
          : 'scorer bundle not built (handler missing or failed).',
    ),
    check(
      'Scorer cold start',
      '< 150 ms (load + first invocation, median)',
      scorer?.coldStart?.coldStartMs.p50,
      'ms',
      (x) => x < 150,
      (x) =>
        scorer?.coldStart
          ? `${howFar(x / 150)} over the budget: load ${fmt(scorer.coldStart.loadMs.p50)} ms, first invocation ${fmt(scorer.coldStart.firstInvokeMs.p50)} ms, of which ${fmt(scorer.coldStart.firstInvokeCpuMs.p50)} ms CPU (code running for the first time, before the JIT has compiled it; the rest waits on the local emulators).${sdkFloor(scorer)}`
          : 'not measured (scorer bundle missing or failed).',
    ),
    check(
      'DynamoDB writes per article',
      '≤ 3 WRU on average',
      r.endToEnd.perArticle.writeUnits,
      'WRU',
      (x) => x <= 3,
      (x) =>
        `${howFar(x / 3)} over the budget at batches of ${r.endToEnd.batchSize}${byBatchSize}; write units per article by item: ${unitsByKind || 'n/a'}; write calls: ${writesByOp || 'none'}; items stored per article: ${storedPerArticle || 'n/a'}.`,
    ),
    check(
      'Cost per million articles (extraction, scoring, storage)',
      '< $1',
      longRun?.totalUsdPerMillion ?? r.cost.totalUsdPerMillion,
      'USD',
      (x) => x < 1,
      (x) =>
        longRun && r.longRunCost
          ? `${howFar(x)} over the budget in a running deployment, for a dyad ${longRun.name} (the least a dyad in the news costs; section 4, "In the long run"): every rescore reads its dyad's ${fmt(r.longRunCost.lookBackDays)}-day look-back, which then holds ${fmt(r.longRunCost.eventBytesPerArticle)} bytes of events for each of its articles, so reads come to ${fmt(longRun.readUnitsPerArticle)} RRU per article. The cycles measured cost less: the first, on an empty table, $${fmt(r.cost.totalUsdPerMillion)} (largest items: ${costRows}).${eventsFloor}${historyReads}${lateReports}`
          : `${howFar(x)} over the budget; largest items: ${costRows}.${eventsFloor}${historyReads}${lateReports}`,
    ),
  ];
}
