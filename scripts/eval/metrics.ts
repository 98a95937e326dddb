/**
 * Micro-averaged precision / recall / F1 for the extraction eval. Everything is counts first:
 * per-article true/false positives and false negatives are summed over the corpus, then turned
 * into ratios, so long articles weigh by how many labels they carry (micro averaging).
 */
import type { ExtractedEvent, Extraction } from '../../functions/core/model';
import { type Expected, type ExpectedEvent, MODALITY_FLAGS, type ModalityFlag } from './corpus-schema';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

/** Labels that did not pair up: what was expected and missed, what was predicted and wrong. */
export interface Misses {
  missed: string[];
  spurious: string[];
}

export const ZERO: Counts = { tp: 0, fp: 0, fn: 0 };

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

/**
 * Ratios from counts. Nothing predicted and nothing expected is a perfect score (the extractor was
 * right to stay silent); otherwise an empty side scores 0.
 */
export function toScore(counts: Counts): Score {
  const { tp, fp, fn } = counts;
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? (fp === 0 ? 1 : 0) : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Multiset match of string keys: each expected key pairs with at most one equal predicted key. */
export function scoreField(expected: readonly string[], predicted: readonly string[]): Counts & Misses {
  const remaining = new Map<string, number>();
  for (const key of predicted) remaining.set(key, (remaining.get(key) ?? 0) + 1);
  const missed: string[] = [];
  let tp = 0;
  for (const key of expected) {
    const left = remaining.get(key) ?? 0;
    if (left > 0) {
      remaining.set(key, left - 1);
      tp += 1;
    } else {
      missed.push(key);
    }
  }
  const spurious = [...remaining].flatMap(([key, left]) => Array<string>(left).fill(key));
  return { tp, fp: spurious.length, fn: missed.length, missed, spurious };
}

/** Set match: duplicates on either side count once (used where a field is a set, e.g. countries). */
export function scoreSet(expected: readonly string[], predicted: readonly string[]): Counts & Misses {
  return scoreField([...new Set(expected)], [...new Set(predicted)]);
}

/** Case, accents, punctuation, and a leading "the" do not matter when comparing names. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/** Accepted spellings of a label ("Kyiv|Kiev"), normalised. */
export function alternatives(label: string): string[] {
  return label
    .split('|')
    .map(normalizeName)
    .filter((name) => name.length > 0);
}

/**
 * Match expected labels (each with accepted spellings) against predicted items (each with the
 * names it may be known by), one-to-one, greedily in expected order. Set semantics: a predicted
 * item repeated under two names still matches one label.
 */
export function scoreNamed(
  expected: readonly string[],
  predicted: readonly { display: string; names: readonly string[] }[],
): Counts & Misses {
  const candidates = predicted.map((item) => ({
    display: item.display,
    names: new Set(item.names.map(normalizeName).filter((n) => n.length > 0)),
    used: false,
  }));
  const missed: string[] = [];
  let tp = 0;
  for (const label of new Set(expected)) {
    const accepted = alternatives(label);
    const hit = candidates.find((c) => !c.used && accepted.some((name) => c.names.has(name)));
    if (hit) {
      hit.used = true;
      tp += 1;
    } else {
      missed.push(label);
    }
  }
  // Predictions that name the same thing twice are one spurious item, not two.
  const spurious = [...new Set(candidates.filter((c) => !c.used).map((c) => normalizeName(c.display)))];
  return { tp, fp: spurious.length, fn: missed.length, missed, spurious };
}

/** Honorifics and ranks a name may carry in a prediction ("General Gustavo Lozano"); the label is the bare name. */
const NAME_TITLES = new Set(
  (
    'mr mrs ms dr prof president prime minister foreign defence defense interior secretary general ' +
    'lieutenant lt colonel col major maj captain capt gen brigadier admiral commander sergeant ' +
    'governor ambassador envoy spokesman spokeswoman senator deputy chief king queen prince sheikh'
  ).split(' '),
);

/** A person's name with leading titles and ranks removed, normalised. */
export function bareName(name: string): string {
  const words = normalizeName(name).split(' ');
  while (words.length > 2 && NAME_TITLES.has(words[0] ?? '')) words.shift();
  return words.join(' ');
}

/** The key events are matched on: actor > target : CAMEO root ("-" for a missing side). */
export function eventKey(actor: string | null, target: string | null, cameo: string): string {
  return `${actor ?? '-'}>${target ?? '-'}:${cameo.slice(0, 2)}`;
}

export function expectedEventKey(event: ExpectedEvent): string {
  return eventKey(event.actor, event.target, event.cameo);
}

export function predictedEventKey(event: ExtractedEvent): string {
  return eventKey(event.actor?.country ?? null, event.target?.country ?? null, event.cameo);
}

export interface FlagCounts {
  /** Matched event pairs whose flag agrees, of all matched pairs. */
  agree: number;
  matched: number;
  /** P/R of "events with this flag set", keyed like events. */
  set: Counts;
}

/**
 * Pair expected and predicted events with the same key, preferring the predicted event whose
 * modality flags agree most, then compare flags on the pairs.
 */
export function matchEvents(
  expected: readonly ExpectedEvent[],
  predicted: readonly ExtractedEvent[],
): { counts: Counts & Misses; flags: Record<ModalityFlag, FlagCounts> } {
  const pool = predicted.map((event) => ({ event, key: predictedEventKey(event), used: false }));
  const pairs: [ExpectedEvent, ExtractedEvent][] = [];
  const missed: string[] = [];
  for (const want of expected) {
    const key = expectedEventKey(want);
    let best: (typeof pool)[number] | undefined;
    let bestAgreement = -1;
    for (const candidate of pool) {
      if (candidate.used || candidate.key !== key) continue;
      const agreement = MODALITY_FLAGS.filter((flag) => candidate.event[flag] === want[flag]).length;
      if (agreement > bestAgreement) {
        best = candidate;
        bestAgreement = agreement;
      }
    }
    if (best) {
      best.used = true;
      pairs.push([want, best.event]);
    } else {
      missed.push(describeExpectedEvent(want));
    }
  }
  const spurious = pool.filter((c) => !c.used).map((c) => describePredictedEvent(c.event));
  const flags = Object.fromEntries(
    MODALITY_FLAGS.map((flag) => {
      const agree = pairs.filter(([want, got]) => want[flag] === got[flag]).length;
      const set = scoreField(
        expected.filter((e) => e[flag]).map(expectedEventKey),
        predicted.filter((e) => e[flag]).map(predictedEventKey),
      );
      return [flag, { agree, matched: pairs.length, set: { tp: set.tp, fp: set.fp, fn: set.fn } }];
    }),
  ) as Record<ModalityFlag, FlagCounts>;
  return { counts: { tp: pairs.length, fp: spurious.length, fn: missed.length, missed, spurious }, flags };
}

function flagSuffix(event: Record<ModalityFlag, boolean>): string {
  const set = MODALITY_FLAGS.filter((flag) => event[flag]);
  return set.length > 0 ? ` [${set.join(',')}]` : '';
}

export function describeExpectedEvent(event: ExpectedEvent): string {
  return `${expectedEventKey(event)}${flagSuffix(event)}`;
}

export function describePredictedEvent(event: ExtractedEvent): string {
  return `${predictedEventKey(event)}${flagSuffix(event)}`;
}

/** The fields scored with P/R/F1, in report order. */
export const FIELDS = [
  'dyads',
  'countries',
  'organizations',
  'people',
  'places',
  'weapons',
  'events',
] as const;
export type Field = (typeof FIELDS)[number];

export interface ArticleScore {
  fields: Record<Field, Counts & Misses>;
  flags: Record<ModalityFlag, FlagCounts>;
  casualties: {
    killed: boolean;
    injured: boolean;
    expected: Expected['casualties'];
    got: Expected['casualties'];
  };
}

/** Score one extraction against one article's labels. */
export function scoreArticle(expected: Expected, got: Extraction): ArticleScore {
  const events = matchEvents(expected.events, got.events);
  const placeKey = (name: string, country: string | null) => `${name}@${country ?? '-'}`;
  return {
    fields: {
      dyads: scoreSet(
        expected.dyads,
        got.dyads.map((d) => d.pair),
      ),
      countries: scoreSet(
        expected.countries,
        got.entities.countries.map((c) => c.iso3),
      ),
      organizations: scoreNamed(
        expected.organizations,
        got.entities.organizations.map((o) => ({
          display: o.acronym ?? o.name,
          names: o.acronym ? [o.name, o.acronym] : [o.name],
        })),
      ),
      people: scoreNamed(
        expected.people,
        got.entities.people.map((p) => ({ display: p.name, names: [p.name, bareName(p.name)] })),
      ),
      // A place matches on name and country together: the label's spellings each carry its country.
      places: scoreNamed(
        expected.places.map((p) =>
          p.name
            .split('|')
            .map((name) => placeKey(name, p.country))
            .join('|'),
        ),
        got.entities.places.map((p) => ({
          display: placeKey(p.name, p.country),
          names: [placeKey(p.name, p.country)],
        })),
      ),
      weapons: scoreSet(
        expected.weapons,
        got.entities.weapons.map((w) => w.category),
      ),
      events: events.counts,
    },
    flags: events.flags,
    casualties: {
      killed: got.casualties.killed === expected.casualties.killed,
      injured: got.casualties.injured === expected.casualties.injured,
      expected: expected.casualties,
      got: { killed: got.casualties.killed, injured: got.casualties.injured },
    },
  };
}
