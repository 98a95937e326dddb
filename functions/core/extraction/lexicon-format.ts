/**
 * The compiled lexicon artefact (generated/lexicon.ts): every phrase of the token trie already
 * split into words, grouped by first word, its value a reference into the data tables. The build
 * writes it (lexicon-phrases.ts), the runtime reads it (lexicon.ts). One string, like the places:
 * loading it allocates one string per first word, and a first word's phrases are read only when a
 * text first contains that word.
 *
 *   artefact := record ('~' record)*
 *   record   := firstWord '|' phrase (';' phrase)*
 *   phrase   := layer rule ref '/' rest ['/' exact]      layer, rule: one digit each
 *   ref      := kind letter, then ISO3 and form letter, a role, or a row index in base 36 (encodeRef)
 *   rest     := the words after the first, joined by ' '; exact: all words as written ('exact' rule)
 */
import type { ActorRole, Iso3, WeaponCategory } from '../model';
import type { CaseRule } from '../text/token-trie';

/** Layers of the one token trie: matches overlap across layers, not within one. */
export const LAYER = { entity: 0, role: 1, title: 2, weapon: 3, event: 4, cue: 5, mutual: 6 } as const;
export const LAYER_COUNT = 7;
export type Layer = (typeof LAYER)[keyof typeof LAYER];

export type RoleValue = Exclude<ActorRole, 'IGO' | 'UNK'>;
/** What a weapon's phrases stand for. */
export type WeaponValue = { name: string; category: WeaponCategory };
/** 'people': a plural demonym ("three Algerians", "the Pakistanis"), the state's people or side. */
export type CountryForm = 'name' | 'demonym' | 'seat' | 'people';

/**
 * A trie value as data: a country form, a role, or the index of a row of a data table
 * (ORGANIZATIONS, NAMED_BORDERS, TITLES, WEAPONS, EVENT_PATTERNS, CUES); lexicon.ts turns it back
 * into the value (organisations, weapons, events and cues from generated/values.ts: the rows
 * without their phrases).
 */
export type ValueRef =
  | readonly ['country', Iso3, CountryForm]
  | readonly ['org', number]
  | readonly ['block']
  | readonly ['border', number]
  | readonly ['role', RoleValue]
  | readonly ['title', number]
  | readonly ['weapon', number]
  | readonly ['event', number]
  | readonly ['cue', number];
export type RefKind = ValueRef[0];

/** Case rules by their digit in the artefact. */
export const CASE_RULES = ['any', 'initial', 'exact'] as const satisfies readonly CaseRule[];

/** Each reference kind's letter in the artefact. */
export const REF_LETTERS = {
  country: 'c',
  org: 'o',
  block: 'b',
  border: 'l',
  role: 'r',
  title: 't',
  weapon: 'w',
  event: 'e',
  cue: 'u',
} as const satisfies Record<RefKind, string>;

/**
 * Country code of a disputed place in the places artefact (generated/places.ts): held by no one
 * state, so the runtime gives it no country. Not an ISO 3166 code ("ZZ" is user-assigned).
 */
export const DISPUTED_CODE = 'ZZ';

/**
 * Digits of a place's coordinates in the places artefact: 64 characters, none of them a separator
 * of the artefact ('~', '|', '.') nor one JSON escapes.
 */
const COORDINATE_DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
/** Values of a latitude in hundredths of a degree, offset to be positive (0 to 180.00). */
const LAT_STEPS = 18_001;
/** Digits of one place's coordinates: its latitude and longitude in hundredths of a degree, as one number (64^5 > 18,001 × 36,001). */
const COORDINATE_CHARS = 5;
/** Entry width in the places artefact: alpha-2 country code, then the coordinates. */
export const PLACE_ENTRY_CHARS = 2 + COORDINATE_CHARS;

/** A place's coordinates as written in the places artefact (scripts/build/data.ts). */
export function encodeCoordinates(lat: number, lon: number): string {
  let value = Math.round((lon + 180) * 100) * LAT_STEPS + Math.round((lat + 90) * 100);
  let digits = '';
  for (let i = 0; i < COORDINATE_CHARS; i++) {
    digits = COORDINATE_DIGITS[value % 64]! + digits;
    value = Math.floor(value / 64);
  }
  return digits;
}

/** The coordinates written at `at` of the places artefact. */
export function decodeCoordinates(entries: string, at: number): { lat: number; lon: number } {
  let value = 0;
  for (let i = at; i < at + COORDINATE_CHARS; i++)
    value = value * 64 + COORDINATE_DIGITS.indexOf(entries[i]!);
  return { lat: ((value % LAT_STEPS) - 9_000) / 100, lon: (Math.floor(value / LAT_STEPS) - 18_000) / 100 };
}
/** What stands for the coordinates of a province, which has none: its entry is the code and this. */
export const NO_COORDINATES = '.';

/** The width of the places entry starting at `at` of `entries`: a province's is shorter (3,300 of them). */
export function placeEntryWidth(entries: string, at: number): number {
  return entries[at + 2] === NO_COORDINATES ? 2 + NO_COORDINATES.length : PLACE_ENTRY_CHARS;
}

export const SEPARATOR = {
  record: '~',
  firstWord: '|',
  phrase: ';',
  field: '/',
  word: ' ',
} as const;

/** Each country form's letter after the ISO3 code of a country reference ("cAFGn"). */
export const FORM_LETTERS = {
  name: 'n',
  demonym: 'd',
  seat: 's',
  people: 'p',
} as const satisfies Record<CountryForm, string>;

/**
 * A reference as written: its kind's letter, then a country's ISO3 code and form letter, a role's
 * code, or a row index in base 36 (3,500 references: the short forms keep the scorer bundle small).
 */
export function encodeRef(ref: ValueRef): string {
  switch (ref[0]) {
    case 'country':
      return `${REF_LETTERS.country}${ref[1]}${FORM_LETTERS[ref[2]]}`;
    case 'role':
      return `${REF_LETTERS.role}${ref[1]}`;
    case 'block':
      return REF_LETTERS.block;
    default:
      return REF_LETTERS[ref[0]] + ref[1].toString(36);
  }
}
