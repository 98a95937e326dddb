/**
 * Run an extractor over annotated articles and sum the per-article scores into corpus figures.
 * The extractor is passed in so tests can score hand-made extractions without the real one.
 */
import type { Article, Extraction } from '../../functions/core/model';
import { type CorpusEntry, MODALITY_FLAGS, type ModalityFlag, toArticle } from './corpus-schema';
import {
  type ArticleScore,
  addCounts,
  type Counts,
  FIELDS,
  type Field,
  type Misses,
  type Score,
  scoreArticle,
  toScore,
  ZERO,
} from './metrics';

export type Extractor = (article: Article) => Extraction;

export interface FlagReport {
  /** Share of matched events whose flag agrees with the label (null when no events matched). */
  accuracy: number | null;
  matched: number;
  /** P/R/F1 of the events carrying the flag. */
  set: Score;
}

export interface ArticleReport {
  id: string;
  /** The extractor's error message when it threw; all labels then count as missed. */
  error?: string;
  misses: Partial<Record<Field, Misses>>;
  casualties?: ArticleScore['casualties'];
}

export interface EvalReport {
  articles: number;
  fields: Record<Field, Score>;
  casualties: { killed: number; injured: number; articles: number };
  flags: Record<ModalityFlag, FlagReport>;
  /** Articles the extractor threw on. */
  errors: { id: string; message: string }[];
  perArticle: ArticleReport[];
}

function emptyExtraction(article: Article): Extraction {
  return {
    id: article.id,
    published: article.published ?? null,
    dyads: [],
    entities: { countries: [], organizations: [], people: [], places: [], weapons: [] },
    events: [],
    casualties: { killed: 0, injured: 0 },
  };
}

/** Score an extractor on corpus entries; an article the extractor throws on scores as an empty extraction. */
export function evaluateCorpus(entries: readonly CorpusEntry[], extract: Extractor): EvalReport {
  const fieldCounts = Object.fromEntries(FIELDS.map((f) => [f, ZERO])) as Record<Field, Counts>;
  const flagTotals = Object.fromEntries(
    MODALITY_FLAGS.map((flag) => [flag, { agree: 0, matched: 0, set: ZERO }]),
  ) as Record<ModalityFlag, { agree: number; matched: number; set: Counts }>;
  let killedRight = 0;
  let injuredRight = 0;
  const errors: EvalReport['errors'] = [];
  const perArticle: ArticleReport[] = [];

  for (const entry of entries) {
    const article = toArticle(entry);
    let extraction: Extraction;
    let error: string | undefined;
    try {
      extraction = extract(article);
    } catch (thrown) {
      error = thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown);
      errors.push({ id: article.id, message: error });
      extraction = emptyExtraction(article);
    }
    const score = scoreArticle(entry.expected, extraction);
    const misses: ArticleReport['misses'] = {};
    for (const field of FIELDS) {
      const counts = score.fields[field];
      fieldCounts[field] = addCounts(fieldCounts[field], counts);
      if (counts.missed.length > 0 || counts.spurious.length > 0) {
        misses[field] = { missed: counts.missed, spurious: counts.spurious };
      }
    }
    for (const flag of MODALITY_FLAGS) {
      const total = flagTotals[flag];
      const got = score.flags[flag];
      flagTotals[flag] = {
        agree: total.agree + got.agree,
        matched: total.matched + got.matched,
        set: addCounts(total.set, got.set),
      };
    }
    if (score.casualties.killed) killedRight += 1;
    if (score.casualties.injured) injuredRight += 1;
    perArticle.push({ id: article.id, ...(error ? { error } : {}), misses, casualties: score.casualties });
  }

  const n = entries.length;
  return {
    articles: n,
    fields: Object.fromEntries(FIELDS.map((f) => [f, toScore(fieldCounts[f])])) as Record<Field, Score>,
    casualties: {
      killed: n === 0 ? 0 : killedRight / n,
      injured: n === 0 ? 0 : injuredRight / n,
      articles: n,
    },
    flags: Object.fromEntries(
      MODALITY_FLAGS.map((flag) => {
        const t = flagTotals[flag];
        return [
          flag,
          { accuracy: t.matched === 0 ? null : t.agree / t.matched, matched: t.matched, set: toScore(t.set) },
        ];
      }),
    ) as Record<ModalityFlag, FlagReport>,
    errors,
    perArticle,
  };
}

const pct = (x: number | null) => (x === null ? '   n/a' : `${(x * 100).toFixed(1).padStart(5)}%`);

/** The human-readable table `npm run eval` prints. */
export function formatReport(title: string, report: EvalReport, verbose: boolean): string {
  const lines = [`${title} (${report.articles} article${report.articles === 1 ? '' : 's'})`];
  lines.push(
    `  ${'field'.padEnd(14)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   tp   fp   fn`,
  );
  for (const field of FIELDS) {
    const s = report.fields[field];
    lines.push(
      `  ${field.padEnd(14)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}`,
    );
  }
  lines.push(
    `  casualties exact: killed ${pct(report.casualties.killed)}, injured ${pct(report.casualties.injured)}`,
  );
  lines.push(`  modality flags (accuracy on matched events; P/R/F1 of flagged events):`);
  for (const flag of MODALITY_FLAGS) {
    const f = report.flags[flag];
    lines.push(
      `    ${flag.padEnd(11)} acc ${pct(f.accuracy)} (n=${f.matched})  P ${pct(f.set.precision)} R ${pct(f.set.recall)} F1 ${pct(f.set.f1)}`,
    );
  }
  for (const e of report.errors) lines.push(`  ERROR ${e.id}: ${e.message}`);
  if (verbose) {
    for (const article of report.perArticle) {
      const fields = Object.entries(article.misses);
      const casualtiesWrong =
        article.casualties && !(article.casualties.killed && article.casualties.injured);
      if (fields.length === 0 && !casualtiesWrong) continue;
      lines.push(`  -- ${article.id}`);
      for (const [field, m] of fields) {
        if (m.missed.length > 0) lines.push(`     ${field} missed:   ${m.missed.join(', ')}`);
        if (m.spurious.length > 0) lines.push(`     ${field} spurious: ${m.spurious.join(', ')}`);
      }
      if (casualtiesWrong && article.casualties) {
        const { expected, got } = article.casualties;
        lines.push(
          `     casualties expected ${expected.killed} killed/${expected.injured} injured, got ${got.killed}/${got.injured}`,
        );
      }
    }
  }
  return lines.join('\n');
}
