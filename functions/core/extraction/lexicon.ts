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
import { COUNTRY_RECORDS } from './generated/countries';
import { PLACES_TSV } from './generated/places';

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
  for (const record of COUNTRY_RECORDS) {
    countries.set(record.iso3, {
      iso3: record.iso3,
      name: record.name,
      borders: record.borders,
      capitals: record.capitals,
    });
    for (const name of [record.name, record.official, ...record.alt])
      addCountry(name, record.iso3, 'name', 'initial');
    for (const demonym of record.demonyms) addCountry(demonym, record.iso3, 'demonym', 'initial');
    for (const capital of record.capitals) {
      if (!AMBIGUOUS_CAPITALS.has(capital)) addCountry(capital, record.iso3, 'seat', 'initial');
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

/** The gazetteer, split once on first use: lines and their sort keys, for binary search. */
let placeIndex: { lines: string[]; keys: string[] } | undefined;

function placeKey(line: string): string {
  const first = line.indexOf('\t');
  const second = line.indexOf('\t', first + 1);
  return second === -1 ? line.slice(0, first).toLowerCase() : line.slice(second + 1);
}

function getPlaceIndex(): { lines: string[]; keys: string[] } {
  if (!placeIndex) {
    const lines = PLACES_TSV.split('\n');
    placeIndex = { lines, keys: lines.map(placeKey) };
  }
  return placeIndex;
}

/** Gazetteer lookup by normalised name (binary search over the sorted artefact); most populous first. */
export function lookupPlace(name: string): PlaceCandidate[] {
  const { lines, keys } = getPlaceIndex();
  const key = normalizeWord(name);
  let low = 0;
  let high = keys.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const midKey = keys[mid]!;
    if (midKey < key) low = mid + 1;
    else if (midKey > key) high = mid - 1;
    else {
      // Homonyms of one key are adjacent; the first such line wins.
      let first = mid;
      while (first > 0 && keys[first - 1] === key) first--;
      const [placeName = '', packed = ''] = lines[first]!.split('\t');
      return packed.split(';').map((entry) => ({
        name: placeName,
        country: entry.slice(0, 3),
        lat: decodeCoordinate(entry.slice(3, 6), 90),
        lon: decodeCoordinate(entry.slice(6, 9), 180),
      }));
    }
  }
  return [];
}

function decodeCoordinate(digits: string, offset: number): number {
  return Math.round(Number.parseInt(digits, 36) - offset * 100) / 100;
}
