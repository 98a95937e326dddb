/**
 * Section 6: what each extractor finds in the annotated corpora (the held-out corpus/holdout, and
 * corpus/dev with the reference article when it is present), in the same run as the speed figures. Users weigh accuracy against
 * speed and cost, so the baseline is scored too, with the matching rules of `npm run eval`
 * (scripts/eval/metrics.ts) wherever it produces the field, and given every benefit of the doubt:
 * its place names that name a country count as that country, and a possessive "'s" is dropped from
 * every name, ours included. Its dyads are what reading co-occurrence gives: every pair of land
 * neighbours among its countries.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type * as extraction from '../../functions/core/extraction';
import { COUNTRY_TUPLES } from '../../functions/core/extraction/generated/countries';
import type { Article, Extraction } from '../../functions/core/model';
import { type CorpusEntry, loadCorpus } from '../../scripts/eval/corpus-schema';
import { evaluateCorpus } from '../../scripts/eval/evaluate';
import {
  addCounts,
  bareName,
  type Counts,
  normalizeName,
  type Score,
  scoreNamed,
  scoreSet,
  toScore,
  ZERO,
} from '../../scripts/eval/metrics';
import { loadSeedEntry } from '../../scripts/eval/seed-expected';
import { type BaselineExtraction, compromiseExtract } from '../baselines/compromise-extractor';
import { requireAsDeployed } from '../lib/deployed-build';

/** One field scored for both extractors; `compromise` is null where the baseline does not produce it. */
export interface AccuracyRow {
  field: string;
  /** How the field is matched, in a few words. */
  matching: string;
  ours: Score;
  compromise: Score | null;
}

export interface AccuracyResult {
  articles: number;
  /** Where the articles came from. */
  corpus: string;
  rows: AccuracyRow[];
  /** Casualty figures given exactly (killed and injured), share of articles; ours only. */
  casualtiesExact: { killed: number; injured: number };
}

/** The fields both extractors produce, as names and codes an article can be scored on. */
interface Found {
  people: string[];
  organizations: { display: string; names: string[] }[];
  placeNames: string[];
  countries: string[];
  actRoots: string[];
  dyads: string[];
}

/** A country's names as a place tagger would return them (not demonyms: "Kyrgyz" is no place). */
const COUNTRY_BY_NAME: ReadonlyMap<string, string> = new Map(
  COUNTRY_TUPLES.flatMap(([iso3, , name, official, spellings]) =>
    [name, official, ...spellings].map((n) => [normalizeName(n), iso3] as const),
  ),
);

const NOTHING_FOUND: Found = {
  people: [],
  organizations: [],
  placeNames: [],
  countries: [],
  actRoots: [],
  dyads: [],
};

const LAND_NEIGHBOURS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  COUNTRY_TUPLES.map(([iso3, , , , , , , borders]) => [iso3, new Set(borders)] as const),
);

/** What a co-occurrence reading gives: every pair of land neighbours among an article's countries. */
function neighbourPairs(countries: readonly string[]): string[] {
  const unique = [...new Set(countries)].sort();
  return unique.flatMap((a, i) =>
    unique.slice(i + 1).flatMap((b) => (LAND_NEIGHBOURS.get(a)?.has(b) ? [`${a}-${b}`] : [])),
  );
}

const withoutPossessive = (name: string) => name.replace(/['’]s$/u, '');

function foundByUs(extraction: Extraction): Found {
  return {
    people: extraction.entities.people.map((p) => withoutPossessive(p.name)),
    organizations: extraction.entities.organizations.map((o) => ({
      display: o.acronym ?? o.name,
      names: o.acronym ? [o.name, o.acronym] : [o.name],
    })),
    placeNames: extraction.entities.places.map((p) => p.name),
    countries: extraction.entities.countries.map((c) => c.iso3),
    actRoots: extraction.events.map((e) => e.cameo.slice(0, 2)),
    dyads: extraction.dyads.map((d) => d.pair),
  };
}

function foundByCompromise(found: BaselineExtraction): Found {
  const places = found.places.map(withoutPossessive);
  const countryOf = (name: string) => COUNTRY_BY_NAME.get(normalizeName(name));
  const countries = places.map(countryOf).filter((iso3): iso3 is string => iso3 !== undefined);
  return {
    people: found.people.map(withoutPossessive),
    organizations: found.organizations.map((name) => ({ display: name, names: [withoutPossessive(name)] })),
    placeNames: places.filter((name) => countryOf(name) === undefined),
    countries,
    actRoots: found.events.map((e) => e.cameo),
    dyads: neighbourPairs(countries),
  };
}

const SHARED_FIELDS = [
  ['people', 'names, titles and ranks aside'],
  ['organisations', 'name or acronym'],
  ['place names', 'name only, its country not asked for; country names are scored as countries'],
  ['countries', 'ISO3 codes; the baseline by its place names that name a country'],
  ['kinds of act', 'the CAMEO roots an article reports, as a set, whoever acted'],
  [
    'dyads',
    'pairs of neighbouring states in conflict; the baseline: every pair of land neighbours among its countries',
  ],
] as const;
type SharedField = (typeof SHARED_FIELDS)[number][0];

function scoreFound(entry: CorpusEntry, found: Found): Record<SharedField, Counts> {
  const expected = entry.expected;
  return {
    people: scoreNamed(
      expected.people,
      found.people.map((name) => ({ display: name, names: [name, bareName(name)] })),
    ),
    organisations: scoreNamed(expected.organizations, found.organizations),
    'place names': scoreNamed(
      expected.places.map((p) => p.name),
      found.placeNames.map((name) => ({ display: name, names: [name] })),
    ),
    countries: scoreSet(expected.countries, found.countries),
    'kinds of act': scoreSet(
      expected.events.map((e) => e.cameo),
      found.actRoots,
    ),
    dyads: scoreSet(expected.dyads, found.dyads),
  };
}

function sumCounts(perArticle: readonly Record<SharedField, Counts>[]): Record<SharedField, Score> {
  return Object.fromEntries(
    SHARED_FIELDS.map(([field]) => [
      field,
      toScore(perArticle.reduce((sum, c) => addCounts(sum, c[field]), ZERO)),
    ]),
  ) as Record<SharedField, Score>;
}

/**
 * Score our extractor and the compromise baseline on the same annotated articles. The extractors
 * are passed in (the bench gives the shipped ones), so a test can check the scoring on its own.
 */
export function measureAccuracy(
  entries: readonly CorpusEntry[],
  corpus: string,
  extractors: {
    ours: (article: Article) => Extraction;
    compromise: (title: string, text: string) => BaselineExtraction;
  },
): AccuracyResult {
  const ourExtractions = new Map<string, Extraction>();
  const ours = (article: Article) => {
    const extraction = extractors.ours(article);
    ourExtractions.set(article.id, extraction);
    return extraction;
  };
  // The eval's own figures for the fields only we produce (events with their sides, flags).
  const report = evaluateCorpus(entries, ours);
  const oursCounts: Record<SharedField, Counts>[] = [];
  const baselineCounts: Record<SharedField, Counts>[] = [];
  for (const entry of entries) {
    const extraction = ourExtractions.get(entry.article.id);
    // An article our extractor threw on scores as finding nothing, as in the eval.
    oursCounts.push(scoreFound(entry, extraction ? foundByUs(extraction) : NOTHING_FOUND));
    baselineCounts.push(
      scoreFound(entry, foundByCompromise(extractors.compromise(entry.article.title, entry.article.text))),
    );
  }
  const oursShared = sumCounts(oursCounts);
  const baselineShared = sumCounts(baselineCounts);
  const rows: AccuracyRow[] = SHARED_FIELDS.map(([field, matching]) => ({
    field,
    matching,
    ours: oursShared[field],
    compromise: baselineShared[field],
  }));
  rows.push(
    {
      field: 'places with their country',
      matching: 'name and the country it lies in',
      ours: report.fields.places,
      compromise: null,
    },
    {
      field: 'events',
      matching: 'actor > target : CAMEO root, each event once',
      ours: report.fields.events,
      compromise: null,
    },
    ...(['negated', 'alleged', 'threat', 'historical'] as const).map((flag) => ({
      field: `${flag} events`,
      matching: 'events carrying the flag, keyed as events',
      ours: report.flags[flag].set,
      compromise: null,
    })),
  );
  return {
    articles: entries.length,
    corpus,
    rows,
    casualtiesExact: { killed: report.casualties.killed, injured: report.casualties.injured },
  };
}

/**
 * The section as the bench runs it, our extractor as the scorer bundle ships it: the held-out
 * corpus (written and labelled apart from the extractor; no rule written from it) when present, then the
 * development corpus with the reference article (when the shared folder is beside the repository).
 */
export function runAccuracy(root: string): AccuracyResult[] {
  const load = (folder: string) => {
    const { entries, errors } = loadCorpus(join(root, 'corpus', folder));
    if (errors.length > 0) throw new Error(`corpus/${folder}: ${errors.map((e) => e.message).join('; ')}`);
    return entries;
  };
  // Both corpora are read before the extractor is bundled: a bad file stops the section at once.
  const heldOut = existsSync(join(root, 'corpus', 'holdout')) ? load('holdout') : null;
  const dev = load('dev');
  const seed = loadSeedEntry(join(dirname(root), 'shared', 'reference'));
  const { extractArticle } = requireAsDeployed<typeof extraction>(
    join(root, 'functions', 'core', 'extraction', 'index.ts'),
    root,
  ).exports;
  const extractors = { ours: extractArticle, compromise: compromiseExtract };
  const corpora: [CorpusEntry[], string][] = [];
  if (heldOut) {
    corpora.push([
      heldOut,
      `the held-out corpus (corpus/holdout: ${heldOut.length} articles written and labelled apart from the extractor)`,
    ]);
  }
  corpora.push([
    seed ? [...dev, seed] : dev,
    seed
      ? `the development corpus (corpus/dev: ${dev.length} articles) and the reference article (../shared/reference/seed-article.txt)`
      : `the development corpus (corpus/dev: ${dev.length} articles; the reference article was not found beside the repository)`,
  ]);
  return corpora.map(([entries, corpus]) => measureAccuracy(entries, corpus, extractors));
}
