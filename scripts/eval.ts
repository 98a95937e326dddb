/**
 * `npm run eval`: score the extractor against the annotated development corpus (corpus/dev), the
 * held-out corpus (corpus/holdout, written apart from the extractor) and the shared reference article. It reports,
 * it does not gate: exit 0 unless something crashes.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { extractArticle } from '../functions/core/extraction';
import { loadCorpus } from './eval/corpus-schema';
import { type EvalReport, evaluateCorpus, formatReport } from './eval/evaluate';
import { loadSeedEntry } from './eval/seed-expected';

const ROOT = join(__dirname, '..');
const USAGE = `Usage: npm run eval -- [--json] [--verbose] [--corpus DIR]

Runs extractArticle over every annotated article in corpus/dev and prints micro precision,
recall and F1 per field (dyads, countries, organizations, people, places, weapons, events),
the exact-match rate of casualty figures and the accuracy of modality flags. Then the same for
corpus/holdout (articles written and labelled apart from the extractor; docs/extraction-eval.md
says which batches later guided rules), and
../shared/reference/seed-article.txt against scripts/eval/seed-expected.ts when present.

  --json       print one JSON object { corpus, heldOut, seed, loadErrors } instead of tables
  --verbose    list what each article missed or got wrong
  --corpus DIR score another folder of corpus files instead of corpus/dev and corpus/holdout
  --help       this text`;

function main(argv: string[]): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const known = new Set(['--json', '--verbose', '--corpus']);
  const corpusAt = argv.indexOf('--corpus');
  const isCorpusValue = (i: number) => corpusAt >= 0 && i === corpusAt + 1;
  const unknown = argv.filter((arg, i) => !known.has(arg) && !isCorpusValue(i));
  if (unknown.length > 0) {
    process.stderr.write(`eval: unknown argument ${unknown.join(' ')}\n${USAGE}\n`);
    return 2;
  }
  const corpusDir = corpusAt >= 0 ? (argv[corpusAt + 1] ?? '') : join(ROOT, 'corpus', 'dev');
  if (!corpusDir || !existsSync(corpusDir) || !statSync(corpusDir).isDirectory()) {
    process.stderr.write(`eval: corpus folder not found: ${corpusDir || '(missing after --corpus)'}\n`);
    return 2;
  }
  const json = argv.includes('--json');
  const verbose = argv.includes('--verbose');
  const extract = (article: Parameters<typeof extractArticle>[0]) => extractArticle(article);

  const { entries, errors: loadErrors } = loadCorpus(corpusDir);
  const corpus = evaluateCorpus(entries, extract);
  const heldOutDir = join(ROOT, 'corpus', 'holdout');
  const heldOutLoad = corpusAt < 0 && existsSync(heldOutDir) ? loadCorpus(heldOutDir) : null;
  const heldOut = heldOutLoad ? evaluateCorpus(heldOutLoad.entries, extract) : null;
  loadErrors.push(...(heldOutLoad?.errors ?? []));
  const seedEntry = loadSeedEntry(join(dirname(ROOT), 'shared', 'reference'));
  const seed: EvalReport | null = seedEntry ? evaluateCorpus([seedEntry], extract) : null;

  if (json) {
    process.stdout.write(`${JSON.stringify({ corpus, heldOut, seed, loadErrors }, null, 2)}\n`);
    return 0;
  }
  for (const e of loadErrors) process.stdout.write(`corpus file skipped: ${e.message}\n`);
  process.stdout.write(`${formatReport(`Development corpus ${corpusDir}`, corpus, verbose)}\n\n`);
  if (heldOut) {
    process.stdout.write(
      `${formatReport(`Held-out corpus ${heldOutDir} (written apart from the extractor)`, heldOut, verbose)}\n\n`,
    );
  }
  process.stdout.write(
    seed
      ? `${formatReport('Reference seed article (KGZ-TJK, 2022-09-16)', seed, verbose)}\n`
      : 'Reference seed article: ../shared/reference/seed-article.txt not found, skipped.\n',
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
