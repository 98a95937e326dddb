/**
 * The lexicon: one token trie, read from the compiled artefact (generated/lexicon.ts, see
 * lexicon-format.ts) on first use. A first word's phrases enter the trie when a text first contains
 * that word, so a cold start builds a few hundred branches, not the whole lexicon. Layers are matched
 * with greedy longest-match each, so layers may overlap ("mortar fire" is both a weapon and a
 * trigger) while matches within a layer do not.
 */
import type { Iso3 } from '../model';
import { type DeferredPhrases, type SplitPhrase, TokenTrie, type TrieMatch } from '../text/token-trie';
import type { Token } from '../text/tokenize';
import { type Organization, TITLES } from './data/actors';
import { COUNTRY_ALIASES, NAMED_BORDERS } from './data/countries';
import type { Cue } from './data/cues';
import type { EventPattern } from './data/events';
import { COUNTRY_TUPLES } from './generated/countries';
import { LEXICON } from './generated/lexicon';
import { PLACES } from './generated/places';
import { CUE_VALUES, EVENT_VALUES, ORG_VALUES, WEAPON_VALUES } from './generated/values';
import {
  CASE_RULES,
  type CountryForm,
  DISPUTED_CODE,
  decodeCoordinates,
  FORM_LETTERS,
  LAYER,
  LAYER_COUNT,
  PLACE_ENTRY_CHARS,
  placeEntryWidth,
  REF_LETTERS,
  type RefKind,
  type RoleValue,
  SEPARATOR,
  type ValueRef,
  type WeaponValue,
} from './lexicon-format';
import { placeLookupKey } from './place-lookup-key';
import { decodePlaceName } from './place-name-code';

export type EntityValue =
  | { kind: 'country'; iso3: Iso3; form: CountryForm }
  | { kind: 'org'; org: Organization }
  | { kind: 'block' }
  /** A named border line ("the Line of Control"): its two states. */
  | { kind: 'border'; pair: readonly [Iso3, Iso3] };

export interface CountryInfo {
  iso3: Iso3;
  name: string;
  /** The adjective the news uses ("Kyrgyz", not the dataset's "Kirghiz"): names "the Kyrgyz border service". */
  demonym: string;
  borders: readonly Iso3[];
  capitals: readonly string[];
}

type TitleValue = (typeof TITLES)[number];

export interface Lexicon {
  /** Values are EntityValue, RoleValue, ... by layer (see LAYER); matchSentence() gives them their types. */
  trie: TokenTrie<unknown>;
  countries: Map<Iso3, CountryInfo>;
}

/** Read-only: a layer without matches shares one empty array with every other. */
export interface SentenceMatches {
  entities: readonly TrieMatch<EntityValue>[];
  roles: readonly TrieMatch<RoleValue>[];
  titles: readonly TrieMatch<TitleValue>[];
  weapons: readonly TrieMatch<WeaponValue>[];
  events: readonly TrieMatch<EventPattern>[];
  cues: readonly TrieMatch<Cue>[];
  mutual: readonly TrieMatch<RoleValue>[];
}

/** Every layer's matches in one pass over the sentence. */
export function matchSentence(tokens: readonly Token[]): SentenceMatches {
  const layers = getLexicon().trie.matchLayers(tokens, LAYER_COUNT);
  // Each layer only ever receives values of its own type (lexiconPhrases), so these casts hold.
  return {
    entities: layers[LAYER.entity] as readonly TrieMatch<EntityValue>[],
    roles: layers[LAYER.role] as readonly TrieMatch<RoleValue>[],
    titles: layers[LAYER.title] as readonly TrieMatch<TitleValue>[],
    weapons: layers[LAYER.weapon] as readonly TrieMatch<WeaponValue>[],
    events: layers[LAYER.event] as readonly TrieMatch<EventPattern>[],
    cues: layers[LAYER.cue] as readonly TrieMatch<Cue>[],
    mutual: layers[LAYER.mutual] as readonly TrieMatch<RoleValue>[],
  };
}

/** A value reference turned back into the trie value, by the reference's kind. */
const RESOLVE: { [K in RefKind]: (ref: Extract<ValueRef, readonly [K, ...unknown[]]>) => unknown } = {
  country: ([, iso3, form]): EntityValue => ({ kind: 'country', iso3, form }),
  org: ([, k]): EntityValue => ({ kind: 'org', org: ORG_VALUES[k]! }),
  block: (): EntityValue => ({ kind: 'block' }),
  border: ([, k]): EntityValue => ({ kind: 'border', pair: NAMED_BORDERS[k]!.pair }),
  role: ([, role]): RoleValue => role,
  title: ([, k]): TitleValue => TITLES[k]!,
  weapon: ([, k]): WeaponValue => ({ ...WEAPON_VALUES[k]! }),
  event: ([, k]): EventPattern => EVENT_VALUES[k]!,
  cue: ([, k]): Cue => CUE_VALUES[k]!,
};

export function resolveValue(ref: ValueRef): unknown {
  // RESOLVE is keyed by the reference's own kind, so the reference fits its resolver.
  return (RESOLVE[ref[0]] as (ref: ValueRef) => unknown)(ref);
}

/** A reference as written (encodeRef) without its kind's letter, read back by the reference's kind. */
const DECODE: { [K in RefKind]: (fields: string) => Extract<ValueRef, readonly [K, ...unknown[]]> } = {
  // The build wrote these fields from a ValueRef of the same kind, so the casts hold.
  country: (fields) => ['country', fields.slice(0, 3), FORM_BY_LETTER.get(fields[3]!)!],
  org: (k) => ['org', Number.parseInt(k, 36)],
  block: () => ['block'],
  border: (k) => ['border', Number.parseInt(k, 36)],
  role: (role) => ['role', role as RoleValue],
  title: (k) => ['title', Number.parseInt(k, 36)],
  weapon: (k) => ['weapon', Number.parseInt(k, 36)],
  event: (k) => ['event', Number.parseInt(k, 36)],
  cue: (k) => ['cue', Number.parseInt(k, 36)],
};
const KIND_BY_LETTER = new Map<string, RefKind>(
  Object.entries(REF_LETTERS).map(([kind, letter]) => [letter, kind as RefKind]),
);
const FORM_BY_LETTER = new Map<string, CountryForm>(
  Object.entries(FORM_LETTERS).map(([form, letter]) => [letter, form as CountryForm]),
);

export function decodeRef(text: string): ValueRef {
  return DECODE[KIND_BY_LETTER.get(text[0]!)!](text.slice(1));
}

/**
 * The phrases of a compiled lexicon (lexicon-format.ts), handed to the trie by first word: loading
 * reads only the first words; a word's phrases and their values are read when a text first has it.
 */
export function deferredPhrases(artefact: string): DeferredPhrases<unknown> {
  const values = new Map<string, unknown>();
  const valueFor = (ref: string) => {
    let value = values.get(ref);
    if (value === undefined) {
      value = resolveValue(decodeRef(ref));
      values.set(ref, value);
    }
    return value;
  };
  return {
    forEachFirstWord(visit) {
      for (let start = 0; start < artefact.length; ) {
        const wordEnd = artefact.indexOf(SEPARATOR.firstWord, start);
        visit(artefact.slice(start, wordEnd), wordEnd + 1);
        const end = artefact.indexOf(SEPARATOR.record, wordEnd);
        start = end === -1 ? artefact.length : end + 1;
      }
    },
    phrasesAt(handle, first) {
      const end = artefact.indexOf(SEPARATOR.record, handle);
      const phrases: SplitPhrase<unknown>[] = [];
      for (const phrase of artefact.slice(handle, end === -1 ? undefined : end).split(SEPARATOR.phrase)) {
        const [head = '', rest = '', exact] = phrase.split(SEPARATOR.field);
        phrases.push({
          words: rest ? [first, ...rest.split(SEPARATOR.word)] : [first],
          exact: exact === undefined ? null : exact.split(SEPARATOR.word),
          // The build wrote a Layer digit (lexiconPhrases only adds LAYER values).
          layer: head.charCodeAt(0) - 48,
          rule: CASE_RULES[head.charCodeAt(1) - 48]!,
          value: valueFor(head.slice(2)),
        });
      }
      return phrases;
    },
  };
}

let lexicon: Lexicon | undefined;

export function getLexicon(): Lexicon {
  lexicon ??= loadLexicon();
  return lexicon;
}

function loadLexicon(): Lexicon {
  const trie = new TokenTrie<unknown>();
  // Written by scripts/build/data.ts from lexiconPhrases(); a test checks it against the tables.
  trie.defer(deferredPhrases(LEXICON));
  const countries = new Map<Iso3, CountryInfo>();
  // Tuple fields as scripts/build/data.ts writes them.
  for (const [iso3, _iso2, name, _official, _alt, demonyms, capitals, borders] of COUNTRY_TUPLES) {
    const demonym = COUNTRY_ALIASES[iso3 as Iso3]?.demonyms?.[0] ?? demonyms[0] ?? name;
    countries.set(iso3, { iso3, name, demonym, borders, capitals });
  }
  return { trie, countries };
}

export interface PlaceCandidate {
  name: string;
  /** Null for a place two states dispute (data/places.ts). */
  country: Iso3 | null;
  /** Null for a province, state or region: the gazetteer keeps no point for an area. */
  lat: number | null;
  lon: number | null;
  /**
   * A small place (a border town or a province seat under 25,000 people) or a province: believed
   * only when the article names its country, since many share a name with a place elsewhere or
   * with a word.
   */
  minor?: true;
}

/** Separators of the generated PLACES string (scripts/build/data.ts). */
const FIELD_SEPARATOR = '|';
const LINE_SEPARATOR = '~';

/**
 * Lookup keys by line start, made when a search first visits the line (a search visits about 15 of
 * 15,696): no index is built, so the first lookup of a cold start costs no more than any other.
 */
const placeKeys = new Map<number, string>();
let iso3ByIso2: Map<string, Iso3> | undefined;

/** Start of the line that holds PLACES offset `at`. */
function lineStart(at: number): number {
  return PLACES.lastIndexOf(LINE_SEPARATOR, at - 1) + 1;
}

/** End (exclusive) of the line starting at `start`. */
function lineEnd(start: number): number {
  const end = PLACES.indexOf(LINE_SEPARATOR, start);
  return end === -1 ? PLACES.length : end;
}

/** Written names (front coding undone, place-name-code.ts) by line start, as lookups rebuild them. */
const writtenNames = new Map<number, string>();

/** The written name of the line starting at `start`: the digit's share of the line before's, then the rest. */
function writtenName(start: number): string {
  const cached = writtenNames.get(start);
  if (cached !== undefined) return cached;
  const shared = Number.parseInt(PLACES[start]!, 36);
  const rest = PLACES.slice(start + 1, PLACES.indexOf(FIELD_SEPARATOR, start));
  const name = shared === 0 ? rest : writtenName(lineStart(start - 1)).slice(0, shared) + rest;
  writtenNames.set(start, name);
  return name;
}

/** The lookup key of a line: its name folded as the build sorted it (placeLookupKey). */
function placeKey(start: number): string {
  const cached = placeKeys.get(start);
  if (cached !== undefined) return cached;
  const key = placeLookupKey(decodePlaceName(writtenName(start)));
  placeKeys.set(start, key);
  return key;
}

/** Names looked up lately, as written (see lookupPlace), and their answers; cleared when full. */
const placeLookups = new Map<string, readonly PlaceCandidate[]>();
const PLACE_LOOKUP_LIMIT = 4096;
const NO_PLACES: readonly PlaceCandidate[] = Object.freeze([]);

/**
 * Gazetteer lookup by name, most populous first. Answers are kept per name (a bounded memo): the same
 * capitalised words are looked up again and again across articles, most of them no place at all.
 * The array is shared between callers: read it, never mutate it.
 */
export function lookupPlace(name: string): readonly PlaceCandidate[] {
  const known = placeLookups.get(name);
  if (known) return known;
  const found = searchPlaces(name);
  const withArticle = found.length === 0 ? arabicArticleVariant(name) : null;
  if (withArticle) {
    const variant = searchPlaces(withArticle).filter(
      (place) => place.country !== null && ARABIC_NAMING_STATES.has(place.country),
    );
    if (variant.length > 0) return remember(name, variant);
  }
  return remember(name, found);
}

const ARABIC_ARTICLE = /^(?:al|el)[- ](?=\p{L})/iu;
/** States whose place names carry the Arabic article (not "El Alto", whose "El" is Spanish). */
const ARABIC_NAMING_STATES: ReadonlySet<string> = new Set([
  'ARE',
  'BHR',
  'DJI',
  'DZA',
  'EGY',
  'ESH',
  'IRQ',
  'JOR',
  'KWT',
  'LBN',
  'LBY',
  'MAR',
  'MRT',
  'OMN',
  'PSE',
  'QAT',
  'SAU',
  'SDN',
  'SOM',
  'SSD',
  'SYR',
  'TCD',
  'TUN',
  'YEM',
]);

/**
 * The same name with the Arabic article the other way: the datasets write "Al Anbar" and "Geneina"
 * where the news writes "Anbar" and "El Geneina".
 */
function arabicArticleVariant(name: string): string | null {
  if (ARABIC_ARTICLE.test(name)) return name.replace(ARABIC_ARTICLE, '');
  return /^\p{Lu}/u.test(name) ? `Al ${name}` : null;
}

/** Keeps a lookup's answer under the name as written (the bounded memo of lookupPlace). */
function remember(name: string, found: readonly PlaceCandidate[]): readonly PlaceCandidate[] {
  if (placeLookups.size >= PLACE_LOOKUP_LIMIT) placeLookups.clear();
  placeLookups.set(name, found);
  return found;
}

/**
 * Binary search by normalised name over the sorted artefact by character offset (each probe reads
 * the line around it).
 */
function searchPlaces(name: string): readonly PlaceCandidate[] {
  const key = placeLookupKey(name);
  // Invariant: low and high are line starts (high may be the end), and the key's lines lie between.
  let low = 0;
  let high = PLACES.length;
  let found = -1;
  while (low < high) {
    const start = lineStart((low + high) >> 1);
    const midKey = placeKey(start);
    if (midKey < key) low = lineEnd(start) + 1;
    else if (midKey > key) high = start;
    else {
      found = start;
      break;
    }
  }
  if (found === -1) return NO_PLACES;
  // Homonyms of one key are adjacent; the first such line wins.
  while (found > 0 && placeKey(lineStart(found - 1)) === key) found = lineStart(found - 1);
  const entriesEnd = lineEnd(found);
  const nameEnd = PLACES.indexOf(FIELD_SEPARATOR, found);
  iso3ByIso2 ??= new Map(COUNTRY_TUPLES.map(([iso3, iso2]) => [iso2, iso3]));
  const placeName = decodePlaceName(writtenName(found));
  const candidates: PlaceCandidate[] = [];
  for (let at = nameEnd + 1; at < entriesEnd; at += placeEntryWidth(PLACES, at)) {
    const code = PLACES.slice(at, at + 2);
    const located =
      placeEntryWidth(PLACES, at) === PLACE_ENTRY_CHARS ? decodeCoordinates(PLACES, at + 2) : null;
    const candidate: PlaceCandidate = {
      name: placeName,
      country: code === DISPUTED_CODE ? null : iso3ByIso2.get(code.toUpperCase())!,
      lat: located ? located.lat : null,
      lon: located ? located.lon : null,
    };
    // Lowercase code: a minor place (scripts/build/data.ts).
    if (code !== code.toUpperCase()) candidate.minor = true;
    candidates.push(candidate);
  }
  return candidates;
}
