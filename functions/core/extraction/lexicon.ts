/**
 * Compiles the data tables into token tries once per process (lazily, on first use): one trie per
 * layer, each matched with greedy longest-match, so layers may overlap ("mortar fire" is both a
 * weapon and a trigger) while matches within a layer do not.
 */
import type { ActorRole, Iso3, WeaponCategory } from '../model';
import { type CaseRule, TokenTrie, type TrieMatch } from '../text/token-trie';
import { normalizeWord, type Token } from '../text/tokenize';
import { MUTUAL_ACTORS, ORGANIZATIONS, type Organization, ROLE_WORDS, TITLES } from './data/actors';
import { COUNTRY_ALIASES, DATASET_EXCLUSIONS, NOT_A_COUNTRY } from './data/countries';
import { CUES, type Cue } from './data/cues';
import { EVENT_PATTERNS, type EventPattern } from './data/events';
import { WEAPONS } from './data/weapons';
import { COUNTRY_TUPLES } from './generated/countries';
import { PLACES } from './generated/places';

export type EntityValue =
  | { kind: 'country'; iso3: Iso3; form: 'name' | 'demonym' | 'seat' }
  | { kind: 'org'; org: Organization }
  | { kind: 'block' };

export interface CountryInfo {
  iso3: Iso3;
  name: string;
  borders: readonly Iso3[];
  capitals: readonly string[];
}

type RoleValue = Exclude<ActorRole, 'IGO' | 'UNK'>;
type TitleValue = { title: string; role: Exclude<ActorRole, 'UNK'> };
type WeaponValue = { name: string; category: WeaponCategory };

/** Layers of the one token trie: matches overlap across layers, not within one. */
const LAYER = { entity: 0, role: 1, title: 2, weapon: 3, event: 4, cue: 5, mutual: 6 } as const;
const LAYER_COUNT = 7;

export interface Lexicon {
  /** Values are EntityValue, RoleValue, ... by layer (see LAYER); matchSentence() gives them their types. */
  trie: TokenTrie<unknown>;
  countries: Map<Iso3, CountryInfo>;
}

export interface SentenceMatches {
  entities: TrieMatch<EntityValue>[];
  roles: TrieMatch<RoleValue>[];
  titles: TrieMatch<TitleValue>[];
  weapons: TrieMatch<WeaponValue>[];
  events: TrieMatch<EventPattern>[];
  cues: TrieMatch<Cue>[];
  mutual: TrieMatch<RoleValue>[];
}

/** Every layer's matches in one pass over the sentence. */
export function matchSentence(tokens: readonly Token[]): SentenceMatches {
  const layers = getLexicon().trie.matchLayers(tokens, LAYER_COUNT);
  // Each layer only ever receives values of its own type (buildLexicon), so these casts hold.
  return {
    entities: layers[LAYER.entity] as TrieMatch<EntityValue>[],
    roles: layers[LAYER.role] as TrieMatch<RoleValue>[],
    titles: layers[LAYER.title] as TrieMatch<TitleValue>[],
    weapons: layers[LAYER.weapon] as TrieMatch<WeaponValue>[],
    events: layers[LAYER.event] as TrieMatch<EventPattern>[],
    cues: layers[LAYER.cue] as TrieMatch<Cue>[],
    mutual: layers[LAYER.mutual] as TrieMatch<RoleValue>[],
  };
}

/** Capitals too ambiguous to stand for a government on their own (a person, a state, a common word). */
const AMBIGUOUS_CAPITALS = new Set([
  'Victoria',
  'Kingston',
  'Georgetown',
  'Santiago',
  'Malé',
  'Hamilton',
  'Roseau',
  'Nassau',
  'Sucre',
  'Praia',
  'Apia',
  "Saint John's",
  "St. George's",
  'Wellington',
  'Washington D.C.',
  'Ramallah',
  'Lima',
  'Monaco',
  'Luxembourg',
]);

let lexicon: Lexicon | undefined;

export function getLexicon(): Lexicon {
  lexicon ??= buildLexicon();
  return lexicon;
}

function buildLexicon(): Lexicon {
  const trie = new TokenTrie<unknown>();
  const entities = {
    add: (phrase: string, value: EntityValue, rule: CaseRule) => trie.add(phrase, value, rule, LAYER.entity),
  };
  const countries = new Map<Iso3, CountryInfo>();
  const seen = new Set<string>();
  const addCountry = (phrase: string, iso3: Iso3, form: 'name' | 'demonym' | 'seat', rule: CaseRule) => {
    const key = `${normalizeWord(phrase)}|${iso3}`;
    if (seen.has(key) || DATASET_EXCLUSIONS[iso3]?.includes(phrase)) return;
    seen.add(key);
    entities.add(phrase, { kind: 'country', iso3, form }, rule);
  };
  // Tuple fields as scripts/build/data.ts writes them.
  for (const [iso3, _iso2, name, official, alt, demonyms, capitals, borders] of COUNTRY_TUPLES) {
    countries.set(iso3, { iso3, name, borders, capitals });
    for (const phrase of [name, official, ...alt]) addCountry(phrase, iso3, 'name', 'initial');
    for (const demonym of demonyms) addCountry(demonym, iso3, 'demonym', 'initial');
    for (const capital of capitals) {
      if (!AMBIGUOUS_CAPITALS.has(capital)) addCountry(capital, iso3, 'seat', 'initial');
    }
  }
  for (const [iso3, aliases] of Object.entries(COUNTRY_ALIASES)) {
    for (const name of aliases.names ?? []) addCountry(name, iso3, 'name', 'initial');
    for (const demonym of aliases.demonyms ?? []) addCountry(demonym, iso3, 'demonym', 'initial');
    for (const seat of aliases.seats ?? [])
      addCountry(seat, iso3, 'seat', seat.startsWith('the ') ? 'any' : 'initial');
    for (const code of aliases.codes ?? []) addCountry(code, iso3, 'name', 'exact');
  }
  for (const phrase of NOT_A_COUNTRY) entities.add(phrase, { kind: 'block' }, 'initial');
  for (const org of ORGANIZATIONS) {
    for (const name of [org.name, ...(org.aliases ?? [])])
      entities.add(name, { kind: 'org', org }, 'initial');
    if (org.acronym) entities.add(org.acronym, { kind: 'org', org }, 'exact');
  }

  for (const [role, words] of Object.entries(ROLE_WORDS) as [RoleValue, string[]][]) {
    for (const word of words) trie.add(word, role, 'any', LAYER.role);
  }
  // Lowercase titles match any case; capitalised ones only as written (a title before a name).
  for (const title of TITLES) {
    trie.add(
      title.title,
      title satisfies TitleValue,
      title.title === title.title.toLowerCase() ? 'any' : 'exact',
      LAYER.title,
    );
  }
  for (const weapon of WEAPONS) {
    for (const phrase of weapon.phrases) {
      const acronym = phrase.length <= 5 && phrase === phrase.toUpperCase().replace(/S$/, 's');
      const value: WeaponValue = { name: weapon.name, category: weapon.category };
      trie.add(phrase, value, acronym ? 'exact' : 'any', LAYER.weapon);
    }
  }
  for (const pattern of EVENT_PATTERNS)
    for (const phrase of pattern.phrases) trie.add(phrase, pattern, 'any', LAYER.event);
  for (const [phrase, role] of Object.entries(MUTUAL_ACTORS)) trie.add(phrase, role, 'any', LAYER.mutual);
  for (const { phrases, cue } of CUES) {
    const rule: CaseRule = cue.kind === 'weekday' || cue.kind === 'month' ? 'initial' : 'any';
    for (const phrase of phrases) trie.add(phrase, cue, rule, LAYER.cue);
  }
  return { trie, countries };
}

export interface PlaceCandidate {
  name: string;
  country: Iso3;
  lat: number;
  lon: number;
}

/** Separators of the generated PLACES string (scripts/build/data.ts). */
const FIELD_SEPARATOR = '|';
const LINE_SEPARATOR = '~';
/** Entry width in PLACES: alpha-2 country code, then lat and lon as 3 base-36 digits each. */
const ENTRY_CHARS = 8;

interface PlaceIndex {
  /** Offset in PLACES of each line, and one past the end as a sentinel. */
  starts: Int32Array;
  /** Lookup key of each line, computed when a search first visits it (most never are). */
  keys: (string | undefined)[];
  iso3ByIso2: Map<string, Iso3>;
}

/**
 * Built once on first use: only the line offsets (no string per line), so the first lookup of a
 * cold start costs a scan of the string rather than thousands of allocations.
 */
let placeIndex: PlaceIndex | undefined;

function getPlaceIndex(): PlaceIndex {
  if (placeIndex) return placeIndex;
  const offsets = [0];
  for (let at = PLACES.indexOf(LINE_SEPARATOR); at !== -1; at = PLACES.indexOf(LINE_SEPARATOR, at + 1))
    offsets.push(at + 1);
  offsets.push(PLACES.length + 1);
  const iso3ByIso2 = new Map<string, Iso3>();
  for (const [iso3, iso2] of COUNTRY_TUPLES) iso3ByIso2.set(iso2, iso3);
  placeIndex = { starts: Int32Array.from(offsets), keys: new Array(offsets.length - 1), iso3ByIso2 };
  return placeIndex;
}

/** The lookup key of a line: its folded key field when present, else its lowercased name. */
function placeKey(index: PlaceIndex, line: number): string {
  const cached = index.keys[line];
  if (cached !== undefined) return cached;
  const start = index.starts[line]!;
  const end = index.starts[line + 1]! - 1;
  const nameEnd = PLACES.indexOf(FIELD_SEPARATOR, start);
  const foldedAt = PLACES.indexOf(FIELD_SEPARATOR, nameEnd + 1);
  const key =
    foldedAt !== -1 && foldedAt < end
      ? PLACES.slice(foldedAt + 1, end)
      : PLACES.slice(start, nameEnd).toLowerCase();
  index.keys[line] = key;
  return key;
}

/** Gazetteer lookup by normalised name (binary search over the sorted artefact); most populous first. */
export function lookupPlace(name: string): PlaceCandidate[] {
  const index = getPlaceIndex();
  const key = normalizeWord(name);
  let low = 0;
  let high = index.keys.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const midKey = placeKey(index, mid);
    if (midKey < key) low = mid + 1;
    else if (midKey > key) high = mid - 1;
    else {
      found = mid;
      break;
    }
  }
  if (found === -1) return [];
  // Homonyms of one key are adjacent; the first such line wins.
  while (found > 0 && placeKey(index, found - 1) === key) found--;
  const start = index.starts[found]!;
  const lineEnd = index.starts[found + 1]! - 1;
  const nameEnd = PLACES.indexOf(FIELD_SEPARATOR, start);
  const foldedAt = PLACES.indexOf(FIELD_SEPARATOR, nameEnd + 1);
  const entriesEnd = foldedAt !== -1 && foldedAt < lineEnd ? foldedAt : lineEnd;
  const { iso3ByIso2 } = index;
  const placeName = PLACES.slice(start, nameEnd);
  const candidates: PlaceCandidate[] = [];
  for (let at = nameEnd + 1; at + ENTRY_CHARS <= entriesEnd; at += ENTRY_CHARS) {
    candidates.push({
      name: placeName,
      country: iso3ByIso2.get(PLACES.slice(at, at + 2))!,
      lat: decodeCoordinate(PLACES.slice(at + 2, at + 5), 90),
      lon: decodeCoordinate(PLACES.slice(at + 5, at + 8), 180),
    });
  }
  return candidates;
}

function decodeCoordinate(digits: string, offset: number): number {
  return Math.round(Number.parseInt(digits, 36) - offset * 100) / 100;
}
