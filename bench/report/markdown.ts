/** Renders bench results as docs/benchmarks.md: the same figures as results.json, for people. */

import { CONSISTENT_READ_DAYS } from '../../functions/adapters/store/dynamo-tension-store';
import { DEFAULT_EVENT_CACHE_MAX_AGE_MS } from '../../functions/adapters/store/event-read-cache';
import { SETTLED_AFTER_MS } from '../../functions/adapters/store/revision-announcements';
import { MAX_KEPT_DAY_EVENTS } from '../../functions/core/scoring/day-stories';
import { MAX_LATEST_MODELS } from '../../functions/core/scoring/scoring-cache';
import { NEWS_LAG_WEIGHTS } from '../generate-corpus';
import { PRICES } from '../lib/prices';
import {
  type BenchResults,
  coldStartOverBaselineMs,
  type EndToEndResult,
  type RatioSpread,
  SOURCES_CONTENDER_NAME,
} from '../lib/results';
import { ITEM_OVERHEAD_BYTES } from '../lib/table-size';
import type { AccuracyResult } from '../sections/accuracy';
import {
  BYTES_PER_CONSISTENT_READ_UNIT,
  BYTES_PER_EVENTUAL_READ_UNIT,
  eventBytesPerArticle,
} from '../sections/cost';
import { num } from './numbers';

function usd(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (value >= 100) return `$${Math.round(value).toLocaleString('en-US')}`;
  if (value >= 0.01) return `$${value.toFixed(2)}`;
  return `$${value.toPrecision(2)}`;
}

/** A ratio's rounds, in parentheses: "(round by round: median 13.5×, 12.8–14.2× in 80% of 20 rounds)". */
function spread(s: RatioSpread): string {
  return (
    `(round by round: median ${num(s.median)}×, ${num(s.p10)}–${num(s.p90)}× in 80% of ${s.rounds} rounds, ` +
    `all within ${num(s.min)}–${num(s.max)}×)`
  );
}

function kib(bytes: number): string {
  return `${num(bytes / 1024)} KiB`;
}

/** Node flags as code; none means Node's defaults, absent (a section that did not run) not recorded. */
function flags(nodeFlags: readonly string[] | undefined): string {
  if (!nodeFlags) return 'not recorded';
  return nodeFlags.length > 0 ? nodeFlags.map((f) => `\`${f}\``).join(' ') : "Node's defaults";
}

/** The flags the scorer's cold-start probes ran under. */
function scorerFlags(r: BenchResults): readonly string[] | undefined {
  return r.bundles.find((b) => b.name === 'scorer')?.coldStart?.nodeFlags;
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function targetsSection(r: BenchResults): string {
  const mark = (met: boolean | null) => (met === null ? 'not measured' : met ? 'met' : '**missed**');
  return table(
    ['Target', 'Goal', 'Measured', 'Result', 'Note'],
    r.targets.map((t) => [t.target, t.goal, t.measured, mark(t.met), t.note]),
  );
}

/** What the dense-feed rows say, when the run had them: the cost of a rescore grows with coverage. */
function denseFeedNote(t: BenchResults['throughput']): string[] {
  const [ours] = t.contenders;
  const dense = t.contenders.find((c) => c.name.endsWith('dense feed'));
  const batched = t.contenders.find((c) => c.name.includes('dense feed, batches of'));
  const notes: string[] = [];
  if (ours && dense) {
    notes.push(
      `- The same articles as a dense feed: ${num(dense.meanCpuMs)} ms CPU per article against ${num(ours.meanCpuMs)} ms. ` +
        "A rescore reads every event of its dyad's look-back (half-life × 12 + a day + baseline + warm-up, about " +
        '142 days), so the DynamoDB read units of its event query, and the time to compare them, grow with how much ' +
        "news a dyad gets. A warm scorer keeps, in memory, a busy dyad's stories day by day (with their same-day " +
        'groups and the times their articles were first seen) and the pressures its last rescore computed, and rebuilds only the days whose events changed and the hours that read them ' +
        '(functions/core/scoring/day-stories.ts, DyadModel.inheritPressures): that bounds the modelling, not the reads. ' +
        'Per-day story summaries in the store would bound both, at the price of rewriting a growing item for every ' +
        'article on a busy day (not built: the trade-off is open).',
    );
  }
  const cold = t.contenders.find((c) => c.name.endsWith('cold scoring cache'));
  if (dense && cold) {
    const saved = 1 - dense.meanCpuMs / cold.meanCpuMs;
    notes.push(
      `- What a warm scorer keeps between rescores saves ${num(100 * saved)}% of it: the same dense feed with a ` +
        `fresh ScoringCache for every article (as if each came to a new scorer) costs ${num(cold.meanCpuMs)} ms CPU ` +
        'per article, for the same scores (the property tests compare them).',
    );
  }
  if (dense && batched) {
    notes.push(
      `- The dense feed as the deployed scorer takes it, in SQS batches: ${num(batched.meanCpuMs)} ms CPU per article ` +
        `(${num(batched.articlesPerSecond)} articles/s), against ${num(dense.meanCpuMs)} ms one article at a time: a batch ` +
        'rescores each dyad it touches once, so the modelling is shared by its articles. Its p50 and p99 are per-article ' +
        'shares of a batch, not waits.',
    );
  }
  return notes;
}

/** What running the code as shipped, not from its sources, changes (when the run had both). */
function buildNote(t: BenchResults['throughput']): string[] {
  const [ours] = t.contenders;
  const sources = t.contenders.find((c) => c.name === SOURCES_CONTENDER_NAME);
  if (!ours || !sources) return [];
  return [
    `- Code as shipped: our pipeline from its TypeScript sources through tsx, as runs before 2026-12-06 measured it, ` +
      `runs ${num(sources.articlesPerSecond)} articles/s (${num(sources.meanCpuMs)} ms CPU per article); the bundle ` +
      `built as the stack builds it runs ${num(ours.articlesPerSecond / sources.articlesPerSecond)}× that. tsx leaves ` +
      'the code unminified and wraps functions in a call that keeps their names; Lambda runs the bundle.',
  ];
}

/** The read before every deployed rescore, which the in-memory contenders do not make. */
function lookBackReadNote(read: BenchResults['throughput']['lookBackRead']): string[] {
  return [
    "- A deployed scorer reads its dyad's look-back through the DynamoDB adapter before every rescore; the contenders " +
      'above store in memory, so that read is not in their figures. For the busiest dyad ' +
      `(${read.pair}: ${num(read.events)} events in ${num(read.items)} items, stored ${read.batchSize} articles at a time), ` +
      `a read served from a warm container's kept items takes **${num(read.keptMs.ours)} ms** ` +
      `(the plain way, every event's time parsed and every event keyed on every read ` +
      `(bench/baselines/keyed-event-read.ts): ${num(read.keptMs.baseline)} ms, ` +
      `${num(read.keptMs.baseline / read.keptMs.ours)}×), and ${num(read.freshMs.ours)} ms from items just read from ` +
      `the table (plain: ${num(read.freshMs.baseline)} ms); medians of ${read.rounds} rounds, the two ways taking turns. ` +
      "What each item's events need is worked out once per item and kept with it " +
      '(functions/adapters/store/events-in-range.ts).',
  ];
}

function throughputSection(r: BenchResults): string {
  const t = r.throughput;
  const rows = t.contenders.map((c) => [
    c.name,
    num(c.articlesPerSecond),
    num(c.articlesPerCpuSecond),
    num(c.latency.p50Ms),
    num(c.latency.p99Ms),
    num(c.meanCpuMs),
    Object.entries(c.output)
      .map(([k, v]) => `${num(v)} ${k}`)
      .join(', '),
  ]);
  return [
    `${num(t.articles)} generated articles in publication order (a rescore finds its dyad's whole look-back stored, as a live scorer does), processed by all ${t.contenders.length} contenders in the same process and run ` +
      `(its own, under the V8 heap flags Lambda gives the scorer: ${flags(t.nodeFlags)}), ` +
      "each from code bundled and minified as the stack bundles a Lambda (bench/lib/deployed-build.ts; the baselines' " +
      'libraries as published) but the one that runs ours from its sources, ' +
      `in ${t.rounds} rounds of ${t.chunkSize} articles; each round rotates which contender goes first so ` +
      `machine noise hits all of them alike. ${t.warmupArticles} articles per contender warm the JIT first (not counted). ` +
      'One thread: every figure is for one core. "Articles/s (wall)" counts the time spent inside each contender; ' +
      '"Articles/s (CPU)" divides by the process CPU time over the same spans (user + system, GC helper threads ' +
      'included), so it is the figure least disturbed by other work on the machine.',
    '',
    table(
      ['Contender', 'Articles/s (wall)', 'Articles/s (CPU)', 'p50 ms', 'p99 ms', 'Mean CPU ms', 'Found'],
      rows,
    ),
    '',
    `- Ours vs the compromise extractor: **${num(t.ratios.vsCompromise)}×** the articles per second ${spread(t.roundRatios.vsCompromise)}.`,
    `- Our extraction alone vs the compromise extractor, like for like (neither stores nor scores): **${num(t.ratios.extractionVsCompromise)}×** ${spread(t.roundRatios.extractionVsCompromise)}.`,
    `- Ours vs wink-nlp tokenisation alone: **${num(t.ratios.vsWink)}×** the articles per second ${spread(t.roundRatios.vsWink)}.`,
    '- Round by round, both contenders ran the same articles moments apart, so a slow spell of the machine ' +
      "cancels out of a round's ratio; the spread of the rounds' ratios is what noise (and the chunk's mix of " +
      "articles) left, and the run's ratio always lies within their range.",
    `- Where our time goes: extraction ${num(t.breakdown.extractMeanMs)} ms, scoring ${num(t.breakdown.scoreMeanMs)} ms per article (means).`,
    ...buildNote(t),
    ...denseFeedNote(t),
    ...lookBackReadNote(t.lookBackRead),
    '',
    "Hot spots of our pipeline (self time in a sampling profile of a separate, untimed pass, from a bundle built the same way but keeping the functions' names, mapped to their sources):",
    '',
    table(
      ['Function', 'Where', 'Self CPU %'],
      t.hotSpots.map((h) => [`\`${h.function}\``, h.location, num(h.selfPercent)]),
    ),
    '',
    'Contenders:',
    ...t.contenders.map((c) => `- **${c.name}**: ${c.description}`),
  ].join('\n');
}

function bundlesSection(r: BenchResults): string {
  const rows = r.bundles.map((b) => {
    if (!b.present) return [b.name, b.entry, 'missing', '', '', '', '', '', '', ''];
    if (!b.deployed || !b.withoutAwsSdk || !b.coldStart)
      return [b.name, b.entry, `error: ${b.error ?? '?'}`, '', '', '', '', '', '', ''];
    const c = b.coldStart;
    return [
      b.name,
      b.entry,
      kib(b.deployed.bytes),
      kib(b.withoutAwsSdk.bytes),
      `${num(c.coldStartMs.p50)} (p90 ${num(c.coldStartMs.p90)})`,
      num(c.loadMs.p50),
      num(c.firstInvokeMs.p50),
      num(c.firstInvokeCpuMs.p50),
      b.coldStartWithoutAwsSdk ? num(b.coldStartWithoutAwsSdk.coldStartMs.p50) : 'n/a',
      `${c.allOk ? 'ok' : 'FAILED'}: ${c.detail}`,
    ];
  });
  // Baselines sit under their Lambda, timed in the same runs (SDK-external variant not built).
  const baselineRows = r.bundles.flatMap((b) => {
    const base = b.baseline;
    if (!base) return [];
    const c = base.coldStart;
    return [
      [
        `${b.name} baseline: AWS SDK + Powertools, no domain work`,
        base.entry,
        kib(base.deployed.bytes),
        'n/a',
        `${num(c.coldStartMs.p50)} (p90 ${num(c.coldStartMs.p90)})`,
        num(c.loadMs.p50),
        num(c.firstInvokeMs.p50),
        num(c.firstInvokeCpuMs.p50),
        'n/a',
        `${c.allOk ? 'ok' : 'FAILED'}: ${c.detail}`,
      ],
    ];
  });
  const baselineNotes = r.bundles
    .filter((b) => b.baseline && b.coldStart)
    .map(
      (b) =>
        `- ${b.name} baseline: the same SDK client and Powertools (batch processor, logger, metrics) as the ${b.name}, ` +
        `making one DynamoDB call of each kind its first invocation makes, on the same table and event, with no ` +
        `domain work: what any Lambda built on these libraries pays here. The ${b.name} adds ` +
        `${num(coldStartOverBaselineMs(b) ?? Number.NaN)} ms to it (the median of the run-by-run differences: ` +
        'the two took turns, so a slow spell of the machine cancels out of a pair).',
    );
  const contributors = r.bundles
    .filter((b) => b.withoutAwsSdk)
    .map(
      (b) => `- ${b.name}: ${b.withoutAwsSdk?.topInputs.map((i) => `${i.name} ${kib(i.bytes)}`).join(', ')}`,
    );
  const invocations = r.bundles
    .filter((b) => b.coldStart)
    .map((b) => `- ${b.name}: ${b.coldStart?.invocation}`);
  const runs = r.bundles.find((b) => b.coldStart)?.coldStart?.runs ?? 0;
  const boot = r.bundles.find((b) => b.coldStart)?.coldStart?.nodeBootMs ?? Number.NaN;
  return [
    'Each handler bundled with esbuild as the CDK stack does (lambdaBuildOptions: minified, CommonJS, platform node, ' +
      'target node22, tree-shaken, ES module builds of dependencies first; the AWS SDK bundled, the stack default) ' +
      'and again with `@aws-sdk/*` external. ' +
      `Cold start = load the bundle + serve a real first invocation in a fresh Node process, median of ${runs} runs ` +
      `(Node's own boot, ~${num(boot)} ms here, is the runtime's and not counted). The invocations do real work against ` +
      'dynalite and fauxqs on loopback, so they include local round trips; "of which CPU" is the time the process ' +
      'itself ran (user + system), the rest waited on those round trips. Each probe runs under the V8 heap flags ' +
      'the Lambda Node.js runtime gives the function at its configured memory (bench/lib/lambda-runtime.ts; the ' +
      `scorer's: ${flags(scorerFlags(r))}). Measured with this machine's Node; ` +
      'Lambda runs nodejs24.x on arm64, so absolute figures there differ. Without source maps: the stack also ' +
      'writes them and sets `NODE_OPTIONS=--enable-source-maps` by default for readable stack traces (prop ' +
      '`sourceMapStackTraces`), which adds to a cold start; docs/deployment.md has that measurement.',
    '',
    table(
      [
        'Lambda',
        'Entry',
        'Minified (SDK bundled)',
        'Minified (SDK excluded)',
        'Cold start ms p50',
        'Load ms',
        'First invoke ms',
        'of which CPU ms',
        'Cold start, SDK external',
        'First invocation',
      ],
      [...rows, ...baselineRows],
    ),
    '',
    ...(baselineNotes.length ? ['Baselines:', ...baselineNotes, ''] : []),
    'Largest contributors to each SDK-excluded bundle:',
    ...contributors,
    '',
    'First invocations:',
    ...invocations,
  ].join('\n');
}

function endToEndSection(r: BenchResults): string {
  const e = r.endToEnd;
  const u = e.usage;
  return [
    `${num(e.articles)} articles enqueued on the articles queue (fauxqs), consumed in batches by ${e.driver}, ` +
      `stored in dynalite. Scenario: ${e.scenario}. Both emulators run on the same two cores as the scorer, ` +
      `so this is a floor, not AWS speed. The process runs under the scorer's Lambda heap flags (${flags(e.nodeFlags)}).`,
    '',
    table(
      ['Figure', 'Value'],
      [
        ['Articles enqueued', num(e.enqueued)],
        [
          'Accounted for',
          Object.entries(e.accounted)
            .map(([k, v]) => `${k} ${v}`)
            .join(', '),
        ],
        ['Every article accounted for', e.allAccountedFor ? 'yes' : '**no**'],
        ['Batches (failed items)', `${num(e.batches)} (${e.failedBatchItems})`],
        ['Enqueue time', `${num(e.enqueueMs)} ms`],
        ['Enqueue → last score stored', `${num(e.elapsedMs)} ms`],
        ['Throughput', `**${num(e.articlesPerSecond)} articles/s**`],
        ['DynamoDB requests / article', num(e.perArticle.dynamoRequests)],
        ['DynamoDB write units / article', num(e.perArticle.writeUnits)],
        [
          'Write units / article, by kind of item written',
          Object.entries(u.dynamodb.writeUnitsByKind ?? {})
            .sort((a, b) => b[1] - a[1])
            .map(([kind, units]) => `${kind} ${num(units / e.articles)}`)
            .join(', '),
        ],
        ['DynamoDB read units / article', num(e.perArticle.readUnits)],
        ['SQS billable requests / article', num(e.perArticle.sqsRequests)],
        ['Items stored (bytes)', `${num(e.storedItems)} (${kib(e.storedBytes)})`],
        [
          'Items stored per article, by kind (mean item size)',
          Object.entries(e.storedByKind)
            .sort((a, b) => b[1].bytes - a[1].bytes)
            .map(([kind, k]) => `${kind} ${num(k.items / e.articles)} (${num(k.bytes / k.items)} B)`)
            .join(', '),
        ],
        [
          'DynamoDB calls by operation',
          Object.entries(u.dynamodb.byOperation)
            .map(([k, v]) => `${k.replace(/Command$/, '')} ${v}`)
            .join(', '),
        ],
        [
          'SQS calls by operation',
          Object.entries(u.sqs.byOperation)
            .map(([k, v]) => `${k.replace(/Command$/, '')} ${v}`)
            .join(', '),
        ],
        ['Conditional writes refused (billed)', num(u.dynamodb.conditionalFailures)],
        ['Calls without a capacity figure', num(u.dynamodb.unmetered)],
      ],
    ),
    ...batchSizeTable(r),
    ...scenarioTable(r),
  ].join('\n');
}

/** How many days before publication the generated stories happened, as shares. */
function newsLagMix(): string {
  const weights = NEWS_LAG_WEIGHTS.recent;
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const share = (days: number) => `${num((100 * (weights[days] ?? 0)) / total)}%`;
  return (
    `the day of publication for ${share(0)} of them, the day before for ${share(1)}, two days before for ` +
    `${share(2)} and three to six days before for the rest: wire reports mostly cover the day's and the ` +
    "previous day's events (the reference article reports a clash of its own morning)"
  );
}

/** The end-to-end run on an empty table, with late reports, and on a table holding earlier news. */
function scenarioTable(r: BenchResults): string[] {
  const h = r.endToEndWithHistory;
  const w = r.endToEndWeekLag;
  if (!h && !w) return [];
  const e = r.endToEnd;
  const perArticle = (x: EndToEndResult) => [
    num(x.articlesPerSecond),
    num(x.perArticle.writeUnits),
    num(x.perArticle.readUnits),
    num(x.storedBytes / x.articles),
    x.allAccountedFor ? 'yes' : '**no**',
  ];
  const rows = [['this cycle, on an empty table', ...perArticle(e)]];
  if (w) rows.push(['the same, every story anywhere in the week before its publication', ...perArticle(w)]);
  if (h)
    rows.push([
      `this cycle, on a table holding ${num(h.history)} articles of the week before`,
      ...perArticle(h),
    ]);
  const warm = r.endToEndWarm;
  if (warm)
    rows.push([
      `the same, by containers that had just scored the cycle before (${num(warm.articles)} articles)`,
      ...perArticle(warm),
    ]);
  return [
    '',
    'The same cycle in other conditions. ' +
      (w
        ? '*Late reports:* the corpus again with the weekday of every story drawn evenly from the week ' +
          "before its publication; a story about a past day changes that day's score and every day after " +
          'it, so each batch rewrites more series days of the dyads it touches. '
        : '') +
      (h
        ? `*History:* ${num(h.articles)} new articles on a table that already holds ${num(h.history)} articles ` +
          "published over the week before (scored beforehand, not counted), as a running deployment's table " +
          "does. A rescore reads every event of its dyad's look-back (about 142 days), so read units per " +
          'article grow with the news already stored about the dyads a batch touches. Each container keeps the ' +
          'event items it read and stored (functions/adapters/store/event-read-cache.ts) and serves a ' +
          "dyad's next rescore from them, after reading the items other containers announced with the " +
          'revisions they took since (functions/adapters/store/revision-announcements.ts); in this run the ' +
          "containers start fresh, so each reads a dyad's look-back from the table the first time it scores it. "
        : '') +
      (warm
        ? `*Warm containers:* the history run again, where the same containers first scored a cycle of ` +
          `${num(warm.articles)} other articles (not counted) just before the measured one, as a running ` +
          "deployment's containers do when Lambda keeps them between fetch cycles: a rescore then reads only " +
          'the items stored since its container last read the dyad. '
        : '') +
      'The cost section prices the first row.',
    '',
    table(
      [
        'Scenario',
        'Articles/s',
        'Write units / article',
        'Read units / article',
        'Bytes stored / article',
        'All accounted for',
      ],
      rows,
    ),
  ];
}

/** The end-to-end run at several batch sizes, the configured one in bold. */
function batchSizeTable(r: BenchResults): string[] {
  const runs = [r.endToEnd, ...(r.endToEndByBatchSize ?? [])].sort((a, b) => a.batchSize - b.batchSize);
  if (runs.length < 2) return [];
  const mark = (e: EndToEndResult, text: string) => (e === r.endToEnd ? `**${text}**` : text);
  return [
    '',
    `The same ${num(r.endToEnd.articles)} articles with other batch sizes (\`queues.articlesBatchSize\`, ` +
      `default ${r.endToEnd.batchSize}, in bold): the scorer rescores each dyad once per batch, so the series ` +
      'writes are shared by the articles of a batch. Batches of 1 process every article alone. A batch ' +
      'stores its events of a dyad and day in one compressed item, so smaller batches also store more bytes ' +
      'per article (as reads bill them), which every later rescore of the dyad reads again (section 4, "In the long run").',
    '',
    table(
      [
        'Batch size',
        'Batches',
        'Articles/s',
        'Write units / article',
        'Read units / article',
        'Event bytes stored / article',
        'All accounted for',
      ],
      runs.map((e) => [
        mark(e, String(e.batchSize)),
        num(e.batches),
        mark(e, num(e.articlesPerSecond)),
        mark(e, num(e.perArticle.writeUnits)),
        num(e.perArticle.readUnits),
        num(eventBytesPerArticle(e)),
        e.allAccountedFor ? 'yes' : '**no**',
      ]),
    ),
  ];
}

function costSection(r: BenchResults): string {
  const c = r.cost;
  return [
    table(
      ['Item', 'Per article', 'USD per million articles', 'Basis'],
      [
        ...c.rows.map((row) => [
          row.item,
          `${num(row.perArticle)} ${row.unit}`,
          usd(row.usdPerMillionArticles),
          row.basis,
        ]),
        ['**Total: extraction, scoring, storage**', '', `**${usd(c.totalUsdPerMillion)}**`, ''],
        [
          'Amazon Comprehend DetectEntities, same text',
          `${c.comprehend.unitsPerArticle} units`,
          `**${usd(c.comprehend.usdPerMillionArticles)}**`,
          `entities only (no events, no scoring); ${PRICES.comprehend.minimumUnitsPerRequest}-unit minimum per request`,
        ],
      ],
    ),
    ...steadyStateCost(r),
    ...longRunCostSection(r),
    '',
    `Comprehend entity detection alone costs ${num(c.comprehend.usdPerMillionArticles / c.totalUsdPerMillion)}× this whole pipeline.`,
    '',
    `List prices used (${PRICES.region}, recorded ${PRICES.asOf}; not fetched live — check the AWS pricing pages before quoting):`,
    '',
    table(
      ['Service', 'Price'],
      [
        [
          'Lambda arm64',
          `$${PRICES.lambda.perGbSecondArm64} per GB-s + $${PRICES.lambda.perMillionRequests} per million requests`,
        ],
        [
          'DynamoDB on-demand',
          `$${PRICES.dynamodb.perMillionWriteUnits} per million WRU, $${PRICES.dynamodb.perMillionReadUnits} per million RRU, $${PRICES.dynamodb.perGbMonth} per GB-month`,
        ],
        ['SQS standard', `$${PRICES.sqs.perMillionRequests} per million requests (64 KiB chunks)`],
        ['SNS', `$${PRICES.sns.perMillionPublishes} per million publishes`],
        [
          'Comprehend DetectEntities',
          `$${PRICES.comprehend.perUnit} per unit of ${PRICES.comprehend.charactersPerUnit} characters, ${PRICES.comprehend.minimumUnitsPerRequest}-unit minimum`,
        ],
      ],
    ),
    '',
    'Assumptions:',
    ...c.assumptions.map((a) => `- ${a}`),
  ].join('\n');
}

/** The cost of a cycle on a table that already holds earlier news, item by item beside the first. */
function steadyStateCost(r: BenchResults): string[] {
  const h = r.costWithHistory;
  const history = r.endToEndWithHistory;
  if (!h || !history) return [];
  const first = new Map(r.cost.rows.map((row) => [row.item, row.usdPerMillionArticles]));
  const changed = h.rows
    .filter((row) => Math.abs(row.usdPerMillionArticles - (first.get(row.item) ?? 0)) >= 0.005)
    .map((row) => `${row.item} ${usd(row.usdPerMillionArticles)} (against ${usd(first.get(row.item) ?? 0)})`)
    .join(', ');
  const warm = r.costWarm;
  return [
    '',
    `The table above prices a cycle on an empty table, the deployment's first. A cycle on a table that ` +
      `already holds ${num(history.history)} articles of the week before (the history run of section 3, ` +
      `as a running deployment's table does) comes to **${usd(h.totalUsdPerMillion)}** per million articles` +
      (changed ? `; the items that differ: ${changed}.` : '.') +
      (warm && r.endToEndWarm
        ? ` Scored by containers that had just scored the cycle before (the warm run of section 3), it comes ` +
          `to ${usd(warm.totalUsdPerMillion)}: ${num(r.endToEndWarm.perArticle.readUnits)} read units per ` +
          `article instead of ${num(history.perArticle.readUnits)}.`
        : ''),
  ];
}

/** What the look-back reads cost once the table holds the dyads' news of the whole look-back. */
function longRunCostSection(r: BenchResults): string[] {
  const l = r.longRunCost;
  if (!l) return [];
  return [
    '',
    '**In the long run.** Both cycles above are priced on tables that hold little news: none, or a week of it. ' +
      `A rescore reads every event of its dyad's look-back (${num(l.lookBackDays)} days), and a running ` +
      `deployment's look-back holds the dyad's news of all those days: ${num(l.eventBytesPerArticle)} bytes of ` +
      "event items per article (the end-to-end run's `EV` items, as reads bill them: without the " +
      `${num(ITEM_OVERHEAD_BYTES)} bytes of overhead storage counts for each item; stored in batches of up to ` +
      `${num(r.endToEnd.batchSize)}, and more per article in smaller ones: section 3's batch-size table). The last ` +
      `${num(CONSISTENT_READ_DAYS)} days are read strongly consistent, at ${num(BYTES_PER_CONSISTENT_READ_UNIT)} bytes ` +
      `per read unit; the days before them eventually consistent, at ${num(BYTES_PER_EVENTUAL_READ_UNIT)}, once the ` +
      `revisions taken since their items were stored are ${num(SETTLED_AFTER_MS / 1000)} seconds old (from the ` +
      'earliest day of an item stored by a more recent one, the read is consistent: itemsNotSettled in ' +
      'functions/adapters/store/revision-announcements.ts). A dyad in the news ' +
      `on D days of its look-back, r of them among the last ${num(CONSISTENT_READ_DAYS)}, and rescored R times on each ` +
      '(once per batch holding its news) reads R × bytes per article × ' +
      `(r ÷ ${num(BYTES_PER_CONSISTENT_READ_UNIT)} + (D − r) ÷ ${num(BYTES_PER_EVENTUAL_READ_UNIT)}) ` +
      "units for each article, whatever the day's number of articles: its news is read again by every later rescore. " +
      `Projected from the measured bytes, with the reads the first cycle measured (${num(l.measuredReadUnitsPerArticle)} ` +
      'per article) on top and the rest priced as the cycle on a table with history; the first row is the one ' +
      'the target is judged on:',
    '',
    table(
      [
        'Dyad',
        'News days in the look-back',
        `Of them, among the last ${num(CONSISTENT_READ_DAYS)}`,
        'Rescores per news day',
        'Read units / article',
        'USD per million articles',
        ...(l.keptContainers
          ? [
              `Read units / article, ${num(l.keptContainers.containers)} containers kept all day`,
              'USD per million, containers kept',
            ]
          : []),
      ],
      l.rows.map((row) => [
        row.name,
        num(row.newsDays),
        num(row.recentNewsDays),
        num(row.rescoresPerNewsDay),
        num(row.readUnitsPerArticle),
        usd(row.totalUsdPerMillion),
        ...(row.kept ? [num(row.kept.readUnitsPerArticle), usd(row.kept.totalUsdPerMillion)] : []),
      ]),
    ),
    ...(l.historyCheck && r.endToEndWithHistory
      ? [
          '',
          `The same reasoning, applied to the history run of section 3 (its ${num(r.endToEndWithHistory.history)} ` +
            'earlier articles all lie within the look-back' +
            (r.endToEndWithHistory.historyRecentShare === undefined
              ? ''
              : `, ${num(100 * r.endToEndWithHistory.historyRecentShare)}% of their event bytes in the days read strongly consistent`) +
            `, and each of the cycle's ${num(r.endToEndWithHistory.batches)} ` +
            'batches rescores every dyad once and reads them all) predicts ' +
            `${num(l.historyCheck.predictedReadUnitsPerArticle)} read units per article; the run measured ` +
            `${num(l.historyCheck.measuredReadUnitsPerArticle)} (a container's event read cache spared some reads).`,
        ]
      : []),
    ...(l.keptContainers
      ? [
          '',
          'The first columns price a fresh container for every rescore: what a deployment pays when Lambda ' +
            `does not keep its scorer containers between the ${num((24 * 60) / l.cyclesPerDay)}-minute fetch ` +
            'cycles. A container kept warm keeps the event items it read for ' +
            `${num(DEFAULT_EVENT_CACHE_MAX_AGE_MS / 3_600_000)} hours; the revisions other containers take ` +
            'announce the items they stored, so its next rescore of the dyad reads only those ' +
            '(functions/adapters/store/revision-announcements.ts). The last columns assume the ' +
            `${num(l.keptContainers.containers)} containers the event source may run at once live all day: ` +
            "each reads a dyad's look-back once, and every later rescore costs what the warm run of section 3 " +
            `read beyond the empty table's run (${num(l.keptContainers.refreshReadUnitsPerArticle)} read units ` +
            "per article). How long Lambda keeps a container is not in the deployment's hands, so the target " +
            'is judged on the first columns. A dyad rescored once a day reads its whole look-back either way: ' +
            'bounding that read needs per-day story summaries and the stored daily scores for the baseline and ' +
            'warm-up days (not built; docs/reliability.md, Limitations).',
        ]
      : []),
  ];
}

function memorySection(r: BenchResults): string {
  const m = r.memory;
  return [
    `Our pipeline alone over ${num(m.articles)} articles in a fresh process (\`--expose-gc\` and the scorer's ` +
      `Lambda heap flags, ${flags(m.nodeFlags)}; heap read after a full GC).`,
    '',
    table(
      ['Figure', 'MiB'],
      [
        ['RSS at start (corpus in memory)', num(m.rssAtStartMiB)],
        ['Peak RSS while processing', num(m.peakRssMiB)],
        ['Heap used after warm-up', num(m.heapUsedAfterWarmupMiB)],
        ['Heap used after the run', num(m.heapUsedAfterRunMiB)],
        [
          `Heap growth (includes the in-memory stand-in for the table: ${num(m.storedEvents)} events)`,
          num(m.heapGrowthMiB),
        ],
        [
          `Heap growth once that store is dropped (what the scorer keeps between rescores: the day stories of ` +
            `${num(m.keptDayEvents)} events, and its latest models)`,
          num(m.heapGrowthWithoutStoreMiB),
        ],
        [
          'Heap growth once the scorer is dropped too (what a leak would leave)',
          num(m.heapGrowthWithoutScorerMiB),
        ],
      ],
    ),
    '',
    `A warm scorer keeps the day stories of at most ${num(MAX_KEPT_DAY_EVENTS)} events ` +
      `(functions/core/scoring/day-stories.ts) and the latest model of at most ${num(MAX_LATEST_MODELS)} dyads ` +
      '(functions/core/scoring/scoring-cache.ts), so what it keeps is bounded. ' +
      (m.freedOnDrop
        ? 'Both drops were checked to free what they dropped (weak references to the store and the scorer were cleared).'
        : '**The store or the scorer was still reachable after it was dropped: the last two figures overstate what is left.**'),
  ].join('\n');
}

const pct = (x: number) => `${num(x * 100)}%`;

function accuracyTable(a: AccuracyResult): string[] {
  const cells = (s: { precision: number; recall: number; f1: number } | null) =>
    s ? [pct(s.precision), pct(s.recall), `**${pct(s.f1)}**`] : ['—', '—', 'not produced'];
  return [
    `**On ${a.corpus}:**`,
    '',
    table(
      [
        'Field',
        'Matched on',
        'border-tension precision',
        'recall',
        'F1',
        'compromise precision',
        'recall',
        'F1',
      ],
      a.rows.map((row) => [row.field, row.matching, ...cells(row.ours), ...cells(row.compromise)]),
    ),
    '',
    `Casualty figures exactly right (ours; the baseline reads none): killed in ${pct(a.casualtiesExact.killed)} ` +
      `of the articles, injured in ${pct(a.casualtiesExact.injured)}.`,
    '',
  ];
}

function accuracySection(r: BenchResults): string {
  return [
    'What each extractor finds in annotated articles, scored as `npm run eval` scores ours ' +
      '(scripts/eval/metrics.ts: each label matched once, counts summed over the articles before the ratios). ' +
      'The held-out corpus was written and labelled apart from the extractor, by writers who saw neither its code ' +
      "nor its output, in batches; each batch's misses led to rules (tested on sentences of our own) only after its " +
      'figures were recorded, and those rules fit the batch that showed them better than new text, so ' +
      "docs/extraction-eval.md gives each batch's figures when it was written, unseen. The development corpus is the one our " +
      'extractor was developed on, so its figures are for text like what it was tuned on. Nothing of the compromise ' +
      'extractor was tuned on either. The baseline gets the benefit of every doubt: its place names that name a ' +
      'country (the world-countries names our gazetteer is built from) count as that country, not as wrong places, ' +
      "and a possessive 's is dropped from every name.",
    '',
    ...r.accuracy.flatMap(accuracyTable),
    `Both ran in this run; section 1 timed the same extractors: ours, extraction alone, at ` +
      `${num(r.throughput.ratios.extractionVsCompromise)}× the compromise extractor's articles per second.`,
  ].join('\n');
}

export function renderMarkdown(r: BenchResults): string {
  const m = r.machine;
  return (
    `# Benchmarks

Written by \`npm run bench\` (bench/run.ts) on ${m.date.slice(0, 10)}; the same figures are in \`bench/results.json\`.
Benchmarks report, they do not gate: \`npm test\` runs only a smoke version (tiny corpus) so the script keeps working.

| Machine | |
| --- | --- |
| CPU | ${m.cpuModel} |
| Cores | ${m.cores} |
| Memory | ${m.memoryGiB} GiB |
| Node | ${m.node} (${m.platform}) |
| Load average at start | ${m.loadAverageAtStart} |
| Date | ${m.date} |
| Mode | ${r.mode}${r.mode === 'smoke' ? ' (tiny corpus: figures are not meaningful)' : ''} |
| Bench wall time | ${num(r.benchSeconds)} s |

Corpus: ${num(r.corpus.articles)} articles from \`generateCorpus(count, ${r.corpus.seed})\` (bench/generate-corpus.ts), ` +
    `mean ${num(r.corpus.meanWords)} words / ${num(r.corpus.meanChars)} characters, p99 ${num(r.corpus.p99Chars)} characters. ` +
    `Each article's lead names the weekday of its story's events, ${newsLagMix()} (its other sentences carry that date).

## Targets

${targetsSection(r)}

## 1. Extraction and scoring throughput, one core

${throughputSection(r)}

## 2. Cold start and size of every Lambda bundle

${bundlesSection(r)}

## 3. End-to-end local throughput

${endToEndSection(r)}

## 4. Cost per million articles

${costSection(r)}

## 5. Memory

${memorySection(r)}

## 6. Accuracy on the annotated corpora, beside the compromise extractor

${accuracySection(r)}

## Reproduce

\`npm run bench\` (build, then \`tsx bench/run.ts\`); \`tsx bench/run.ts --help\` lists the options
(\`--smoke\`, \`--out DIR\`, \`--articles N\`, \`--seed N\`). Run it on a quiet machine: the load average above says how quiet this one was.
`
  );
}
