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

/** Entry width in the places artefact: alpha-2 country code, then lat and lon as 3 base-36 digits each. */
export const PLACE_ENTRY_CHARS = 8;
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
