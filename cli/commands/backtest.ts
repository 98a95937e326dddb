/**
 * `border-tension backtest`: replay a JSONL corpus offline through extraction and scoring (no AWS)
 * and print the tension series per dyad. Streams the input and keeps only events (never article
 * texts), so memory grows with the number of events, not with the size of the corpus.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { extractArticle } from '../../functions/core/extraction';
import { ArticleSchema, type Bucket, DYAD_PAIR_PATTERN, type ScorePoint } from '../../functions/core/model';
import {
  type Extract,
  normalisePublished,
  toStoredEvents,
} from '../../functions/core/pipeline/process-article';
import type { StoredEvent } from '../../functions/core/ports/tension-store';
import {
  eventWeaponCategories,
  floorTo,
  MODEL,
  type ScoringSettings,
  scoreSeries,
} from '../../functions/core/scoring';
import { type Command, UsageError } from '../command';
import {
  type Checkpoint,
  CheckpointFileSchema,
  formatVerdicts,
  judgeCheckpoints,
} from './backtest-checkpoints';

const DAY_MS = 86_400_000;

const USAGE = `Usage: border-tension backtest ARTICLES.jsonl|- [options]

Replays a corpus offline (no AWS) through extraction and scoring and prints one line per dyad and
bucket: {pair, t, score, level, trend, anomaly, escalation, deescalation, events, articles, evidence}.

ARTICLES.jsonl: one JSON article per line, {id?, url?, title?, text, published?, source?}
(the \`analyze --jsonl\` input); "-" reads standard input. Bad lines are reported on stderr with
their line number and skipped; the exit code is then 1, the output still complete.

Options:
  --pair PAIR        Only this dyad, e.g. KGZ-TJK
  --bucket hour|day  Bucket size (default: day)
  --from DATE        First bucket (default: the day of the first article of the dyad); earlier
                     events still count, decayed
  --to DATE          End, exclusive (default: the day after the last article of the dyad)
  --half-life DAYS   Override scoring.halfLifeDays (default 3), to tune the model
  --csv              CSV instead of JSON lines (evidence as "cameo weight: sentence" joined by " | ")
  --expect FILE      Judge the daily levels against an analyst's checkpoints instead of printing the
                     series: FILE is {"checkpoints": [{"pair": "KGZ-TJK", "day": "2022-09-16",
                     "atLeast": "high", "note": "fighting across Batken"}, {..., "atMost": "calm"}]}.
                     Prints one line per checkpoint (met or MISSED) and the count met; the exit code
                     is 3 when any is missed (1 still wins for rejected lines)
  --help             Show this help`;

export interface BacktestOptions {
  input: string;
  pair?: string;
  bucket: Bucket;
  from?: string;
  to?: string;
  csv: boolean;
  settings?: Partial<ScoringSettings>;
  /** Checkpoints file (--expect): judge the series against it instead of printing it. */
  expect?: string;
}

export interface BacktestIo {
  stdout: Writable;
  stderr: Writable;
  stdin?: Readable;
  extract?: Extract;
}

export interface BacktestSummary {
  lines: number;
  articles: number;
  rejected: number;
  events: number;
  points: number;
  /** With --expect: checkpoints the series missed. */
  checkpointsMissed?: number;
}

function parseDate(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00.000Z` : value);
  if (Number.isNaN(ms))
    throw new UsageError(`${flag} must be a date (YYYY-MM-DD or ISO 8601), got "${value}"`);
  return new Date(ms).toISOString();
}

const OPTIONS = {
  pair: { type: 'string' },
  bucket: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  'half-life': { type: 'string' },
  csv: { type: 'boolean' },
  expect: { type: 'string' },
} as const;

export function parseBacktestArgs(argv: string[]): BacktestOptions {
  const parsed = (() => {
    try {
      return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  })();
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError('give exactly one ARTICLES.jsonl file (or - for stdin)');
  const bucket = values.bucket ?? 'day';
  if (bucket !== 'hour' && bucket !== 'day')
    throw new UsageError(`--bucket must be hour or day, got "${bucket}"`);
  const pair = values.pair?.toUpperCase();
  if (pair !== undefined && !DYAD_PAIR_PATTERN.test(pair)) {
    throw new UsageError(`--pair must look like KGZ-TJK, got "${values.pair}"`);
  }
  let settings: Partial<ScoringSettings> | undefined;
  if (values['half-life'] !== undefined) {
    const halfLifeDays = Number(values['half-life']);
    if (!(halfLifeDays > 0 && halfLifeDays <= 365))
      throw new UsageError('--half-life must be a number of days in (0, 365]');
    settings = { halfLifeDays };
  }
  const from = parseDate(values.from, '--from');
  const to = parseDate(values.to, '--to');
  if (from && to && from >= to) throw new UsageError('--from must be before --to');
  // Checkpoints are levels of days.
  if (values.expect !== undefined && bucket !== 'day')
    throw new UsageError('--expect judges daily levels: leave out --bucket hour');
  if (values.expect !== undefined && values.csv)
    throw new UsageError('--expect prints its own report: leave out --csv');
  return {
    input: positionals[0] as string,
    pair,
    bucket,
    from,
    to,
    csv: values.csv ?? false,
    settings,
    ...(values.expect === undefined ? {} : { expect: values.expect }),
  };
}

/** A copy of a string that does not keep its source alive (V8 slices reference the parent text). */
function detach(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

/**
 * Only what scoring and evidence need of an event, in fresh strings: the article text must not stay
 * reachable through a sliced evidence sentence, or memory would grow with the corpus size.
 */
function compact(e: StoredEvent): StoredEvent {
  return {
    cameo: e.cameo,
    type: e.type,
    polarity: e.polarity,
    actor: e.actor && { country: e.actor.country, role: e.actor.role },
    target: e.target && { country: e.target.country, role: e.target.role },
    date: e.date,
    dateApproximate: e.dateApproximate,
    negated: e.negated,
    alleged: e.alleged,
    threat: e.threat,
    historical: e.historical,
    source: null,
    killed: e.killed,
    injured: e.injured,
    weapons: [],
    weaponCategories: eventWeaponCategories(e),
    evidence: detach(e.evidence.slice(0, MODEL.evidenceSentenceChars.value)),
    pair: e.pair,
    articleId: e.articleId,
    index: e.index,
    url: e.url,
    title: e.title,
    published: e.published,
    outlet: e.outlet,
    textHash: e.textHash,
  };
}

const CSV_HEADER = 'pair,t,score,level,trend,anomaly,escalation,deescalation,events,articles,evidence';

function csvField(value: string | number | boolean): string {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function formatPoint(point: ScorePoint, csv: boolean): string {
  const { pair, t, score, level, trend, anomaly, escalation, deescalation, events, articles, evidence } =
    point;
  if (!csv) {
    return JSON.stringify({
      pair,
      t,
      score,
      level,
      trend,
      anomaly,
      escalation,
      deescalation,
      events,
      articles,
      evidence,
    });
  }
  const evidenceText = evidence.map((e) => `${e.cameo} ${e.weight}: ${e.sentence}`).join(' | ');
  return [pair, t, score, level, trend, anomaly, escalation, deescalation, events, articles, evidenceText]
    .map(csvField)
    .join(',');
}

async function write(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await new Promise((resolve) => stream.once('drain', resolve));
}

/** The checkpoints of an --expect file, validated: a bad file is a usage error that says what is wrong. */
async function readCheckpoints(file: string, pair: string | undefined): Promise<Checkpoint[]> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`cannot read checkpoints ${file}: ${(error as Error).message}`);
  }
  const parsed = CheckpointFileSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; ');
    throw new UsageError(`checkpoints ${file} are not valid: ${issues}`);
  }
  const checkpoints = parsed.data.checkpoints.filter((c) => !pair || c.pair === pair);
  if (checkpoints.length === 0) throw new UsageError(`checkpoints ${file} have none for ${pair}`);
  return checkpoints;
}

/** Read, extract and score; returns what it did. Output goes to io.stdout, problems to io.stderr. */
export async function runBacktest(options: BacktestOptions, io: BacktestIo): Promise<BacktestSummary> {
  const extract = io.extract ?? extractArticle;
  const checkpoints =
    options.expect === undefined ? undefined : await readCheckpoints(options.expect, options.pair);
  const judged = checkpoints && new Set(checkpoints.map((c) => c.pair));
  if (options.input !== '-') {
    await stat(options.input).catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(`cannot read ${options.input}: ${error.code ?? error.message}`);
    });
  }
  const input = options.input === '-' ? (io.stdin ?? process.stdin) : createReadStream(options.input);
  const summary: BacktestSummary = { lines: 0, articles: 0, rejected: 0, events: 0, points: 0 };
  const eventsByPair = new Map<string, StoredEvent[]>();
  const reject = (line: number, message: string) => {
    summary.rejected++;
    io.stderr.write(`line ${line}: ${message}\n`);
  };

  for await (const raw of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    summary.lines++;
    const line = raw.trim();
    if (!line) continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      reject(summary.lines, `invalid JSON (${(error as Error).message})`);
      continue;
    }
    const record = (json && typeof json === 'object' ? json : {}) as Record<string, unknown>;
    const id =
      typeof record.id === 'string' && record.id
        ? record.id
        : createHash('sha256')
            .update(String(record.url ?? record.text ?? line))
            .digest('hex')
            .slice(0, 16);
    const parsed = ArticleSchema.safeParse({ ...record, id });
    if (!parsed.success) {
      reject(
        summary.lines,
        `not an article: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
      continue;
    }
    try {
      const extraction = extract(parsed.data, {});
      const publishedRaw = parsed.data.published ?? extraction.published;
      if (!publishedRaw || Number.isNaN(Date.parse(normalisePublished(publishedRaw, new Date(Number.NaN))))) {
        reject(summary.lines, 'no usable publication date ("published"): cannot place it in time');
        continue;
      }
      const published = normalisePublished(publishedRaw, new Date(0));
      summary.articles++;
      for (const event of toStoredEvents(parsed.data, extraction, published)) {
        if (options.pair && event.pair !== options.pair) continue;
        if (judged && !judged.has(event.pair)) continue;
        const list = eventsByPair.get(event.pair);
        if (list) list.push(compact(event));
        else eventsByPair.set(event.pair, [compact(event)]);
        summary.events++;
      }
    } catch (error) {
      reject(summary.lines, (error as Error).message);
    }
  }

  if (options.csv) await write(io.stdout, `${CSV_HEADER}\n`);
  const judgedPoints: ScorePoint[] = [];
  for (const pair of [...eventsByPair.keys()].sort()) {
    const events = eventsByPair.get(pair) as StoredEvent[];
    // Default range: the days the corpus covers (publication), not the dates events refer back to,
    // and every day a checkpoint names.
    const times = events.map((e) => Date.parse(e.published)).filter((t) => !Number.isNaN(t));
    for (const c of checkpoints ?? []) if (c.pair === pair) times.push(Date.parse(`${c.day}T00:00:00.000Z`));
    if (times.length === 0) continue;
    const first = times.reduce((a, b) => Math.min(a, b));
    const last = times.reduce((a, b) => Math.max(a, b));
    const from = options.from ?? new Date(floorTo(first, 'day')).toISOString();
    const to = options.to ?? new Date(floorTo(last, 'day') + DAY_MS).toISOString();
    const points = scoreSeries(events, {
      pair,
      bucket: options.bucket,
      from,
      to,
      settings: options.settings,
    });
    // A loop, not a spread: a series of years is too many arguments for one call.
    if (checkpoints) for (const point of points) judgedPoints.push(point);
    else for (const point of points) await write(io.stdout, `${formatPoint(point, options.csv)}\n`);
    summary.points += points.length;
  }
  if (checkpoints) {
    const verdicts = judgeCheckpoints(checkpoints, judgedPoints);
    await write(io.stdout, formatVerdicts(verdicts));
    summary.checkpointsMissed = verdicts.filter((v) => !v.met).length;
  }
  io.stderr.write(
    `backtest: ${summary.articles} articles, ${summary.events} events, ${eventsByPair.size} dyads, ` +
      `${summary.points} points, ${summary.rejected} lines rejected\n`,
  );
  return summary;
}

export const backtestCommand: Command = {
  name: 'backtest',
  summary: 'Replay a JSONL corpus offline through extraction and scoring; print the tension series',
  usage: USAGE,
  async run(argv) {
    const options = parseBacktestArgs(argv);
    const summary = await runBacktest(options, { stdout: process.stdout, stderr: process.stderr });
    if (summary.rejected > 0) return 1;
    return (summary.checkpointsMissed ?? 0) > 0 ? 3 : 0;
  },
};
