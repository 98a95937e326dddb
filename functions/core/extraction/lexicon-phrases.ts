/**
 * What goes into the token trie, from the data tables and the country dataset, and its compilation
 * into the lexicon artefact. Runs at build time (scripts/build/data.ts) and in tests, never in a
 * Lambda: the runtime reads the artefact (lexicon.ts), so it neither tokenizes nor deduplicates
 * thousands of phrases on a cold start.
 */
import type { Iso3 } from '../model';
import { type CaseRule, type SplitPhrase, splitPhrase } from '../text/token-trie';
import { normalizeWord } from '../text/tokenize';
import { MUTUAL_ACTORS, ORGANIZATIONS, ROLE_WORDS, TITLES } from './data/actors';
import { COUNTRY_ALIASES, DATASET_EXCLUSIONS, NAMED_BORDERS, NOT_A_COUNTRY } from './data/countries';
import { CUES } from './data/cues';
import { EVENT_PATTERNS } from './data/events';
import { WEAPONS } from './data/weapons';
import {
  CASE_RULES,
  type CountryForm,
  encodeRef,
  LAYER,
  type Layer,
  type RoleValue,
  SEPARATOR,
  type ValueRef,
} from './lexicon-format';

/** A row of generated/countries.ts: [iso3, iso2, name, official, alt spellings, demonyms, capitals, borders]. */
export type CountryTuple = readonly [
  iso3: Iso3,
  iso2: string,
  name: string,
  official: string,
  alt: readonly string[],
  demonyms: readonly string[],
  capitals: readonly string[],
  borders: readonly Iso3[],
];

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

/**
 * The plural of a demonym that names people ("Algerian" → "Algerians", "Tajik" → "Tajiks"); none
 * where the plural is the adjective itself ("Chinese", "Swiss") or irregular ("French", "Dutch").
 */
export function pluralDemonym(demonym: string): string | undefined {
  return /(?:s|sh|ch|ese|x|z)$/i.test(demonym) ? undefined : `${demonym}s`;
}

/** Every phrase of the trie in the order it is added, its value as a reference into the tables. */
export function lexiconPhrases(countries: readonly CountryTuple[]): SplitPhrase<ValueRef>[] {
  const phrases: SplitPhrase<ValueRef>[] = [];
  const add = (phrase: string, value: ValueRef, rule: CaseRule, layer: Layer) => {
    const split = splitPhrase(phrase, value, rule, layer);
    if (split) phrases.push(split);
  };
  const seen = new Set<string>();
  const addCountry = (phrase: string, iso3: Iso3, form: CountryForm, rule: CaseRule) => {
    const key = `${normalizeWord(phrase)}|${iso3}`;
    if (seen.has(key) || DATASET_EXCLUSIONS[iso3]?.includes(phrase)) return;
    seen.add(key);
    add(phrase, ['country', iso3, form], rule, LAYER.entity);
  };
  for (const [iso3, _iso2, name, official, alt, demonyms, capitals] of countries) {
    for (const phrase of [name, official, ...alt]) addCountry(phrase, iso3, 'name', 'initial');
    for (const demonym of demonyms) {
      addCountry(demonym, iso3, 'demonym', 'initial');
      const people = pluralDemonym(demonym);
      if (people) addCountry(people, iso3, 'people', 'initial');
    }
    for (const capital of capitals) {
      if (!AMBIGUOUS_CAPITALS.has(capital)) addCountry(capital, iso3, 'seat', 'initial');
    }
  }
  for (const [iso3, aliases] of Object.entries(COUNTRY_ALIASES)) {
    for (const name of aliases.names ?? []) addCountry(name, iso3, 'name', 'initial');
    for (const demonym of aliases.demonyms ?? []) {
      addCountry(demonym, iso3, 'demonym', 'initial');
      const people = pluralDemonym(demonym);
      if (people) addCountry(people, iso3, 'people', 'initial');
    }
    for (const seat of aliases.seats ?? [])
      addCountry(seat, iso3, 'seat', seat.startsWith('the ') ? 'any' : 'initial');
    for (const code of aliases.codes ?? []) addCountry(code, iso3, 'name', 'exact');
  }
  for (const phrase of NOT_A_COUNTRY) add(phrase, ['block'], 'initial', LAYER.entity);
  for (const [k, border] of NAMED_BORDERS.entries()) {
    for (const name of border.names) add(name, ['border', k], 'initial', LAYER.entity);
    for (const code of border.codes ?? []) add(code, ['border', k], 'exact', LAYER.entity);
  }
  for (const [k, org] of ORGANIZATIONS.entries()) {
    // A name the table writes in lower case is written so mid-sentence ("fought al-Shabab militants").
    for (const name of [org.name, ...(org.aliases ?? [])])
      add(name, ['org', k], /^\p{Ll}/u.test(name) ? 'any' : 'initial', LAYER.entity);
    if (org.acronym) add(org.acronym, ['org', k], 'exact', LAYER.entity);
  }

  for (const [role, words] of Object.entries(ROLE_WORDS) as [RoleValue, string[]][]) {
    for (const word of words) add(word, ['role', role], 'any', LAYER.role);
  }
  // Lowercase titles match any case; capitalised ones only as written (a title before a name).
  for (const [k, { title }] of TITLES.entries())
    add(title, ['title', k], title === title.toLowerCase() ? 'any' : 'exact', LAYER.title);
  for (const [k, weapon] of WEAPONS.entries()) {
    for (const phrase of weapon.phrases) {
      const acronym = phrase.length <= 5 && phrase === phrase.toUpperCase().replace(/S$/, 's');
      add(phrase, ['weapon', k], acronym ? 'exact' : 'any', LAYER.weapon);
    }
  }
  for (const [k, pattern] of EVENT_PATTERNS.entries())
    for (const phrase of pattern.phrases) add(phrase, ['event', k], 'any', LAYER.event);
  for (const [phrase, role] of Object.entries(MUTUAL_ACTORS))
    add(phrase, ['role', role], 'any', LAYER.mutual);
  for (const [k, { phrases: cuePhrases, cue }] of CUES.entries()) {
    const rule: CaseRule = cue.kind === 'weekday' || cue.kind === 'month' ? 'initial' : 'any';
    for (const phrase of cuePhrases) add(phrase, ['cue', k], rule, LAYER.cue);
  }
  return phrases;
}

/**
 * The values the trie's references resolve to (generated/values.ts), without their phrases and
 * aliases: the lexicon holds those, and a Lambda bundle that imported the tables would carry them twice (about
 * 40 KB). Arrays several rows share ("near" word lists) are written once, and each row is written as
 * [key index, value, ...] over one list of field names, read back into objects once on load: the
 * names of the fields took 14 KB of the scorer's bundle when every row spelled them out.
 */
export function valuesModule(): string {
  const tables = {
    EVENT_VALUES: ['EventPattern', EVENT_PATTERNS.map(({ phrases: _phrases, ...value }) => value)],
    WEAPON_VALUES: ['WeaponValue', WEAPONS.map(({ name, category }) => ({ name, category }))],
    CUE_VALUES: ['Cue', CUES.map(({ cue }) => cue)],
    ORG_VALUES: ['Organization', ORGANIZATIONS.map(({ aliases: _aliases, ...org }) => org)],
  } as const;
  const uses = new Map<string, number>();
  const keys = new Map<string, number>();
  const count = (value: unknown): void => {
    if (Array.isArray(value)) {
      const json = JSON.stringify(value);
      uses.set(json, (uses.get(json) ?? 0) + 1);
    } else if (value && typeof value === 'object') for (const field of Object.values(value)) count(field);
  };
  for (const [, rows] of Object.values(tables))
    for (const value of rows) {
      for (const key of Object.keys(value)) if (!keys.has(key)) keys.set(key, keys.size);
      count(value);
    }
  const shared = new Map<string, string>();
  for (const [json, n] of uses) if (n > 1) shared.set(json, `L${shared.size}`);
  const literal = (value: unknown): string => {
    const json = JSON.stringify(value);
    if (shared.has(json)) return shared.get(json)!;
    if (value && typeof value === 'object' && !Array.isArray(value))
      return `{${Object.entries(value)
        .map(([key, field]) => `${key}:${literal(field)}`)
        .join(',')}}`;
    return json;
  };
  const row = (value: object): string =>
    `[${Object.entries(value)
      .map(([key, field]) => `${keys.get(key)},${literal(field)}`)
      .join(',')}]`;
  const lists = [...shared].map(([json, name]) => `const ${name} = ${json};`);
  const exports = Object.entries(tables).map(
    ([name, [type, rows]]) =>
      `export const ${name}: readonly ${type}[] = rows([\n${rows.map(row).join(',\n')},\n]);`,
  );
  return [
    "import type { Organization } from '../data/actors';",
    "import type { Cue } from '../data/cues';",
    "import type { EventPattern } from '../data/events';",
    "import type { WeaponValue } from '../lexicon-format';",
    `const KEYS = ${JSON.stringify([...keys.keys()])};`,
    '/** Rows written as [key index, value, ...] (lexicon-phrases.ts, valuesModule), read back as objects. */',
    'function rows<T>(written: readonly (readonly unknown[])[]): T[] {',
    '  return written.map((row) => objectOf(row) as T);',
    '}',
    'function objectOf(row: readonly unknown[]): Record<string, unknown> {',
    '  const value: Record<string, unknown> = {};',
    '  for (let i = 0; i < row.length; i += 2) value[KEYS[row[i] as number]!] = row[i + 1];',
    '  return value;',
    '}',
    ...lists,
    ...exports,
    '',
  ].join('\n');
}

/** The artefact of these phrases (format in lexicon-format.ts), first words in order of first use. */
export function compileLexicon(phrases: readonly SplitPhrase<ValueRef>[]): string {
  const byFirstWord = new Map<string, string[]>();
  for (const { words, exact, rule, layer, value } of phrases) {
    const ref = encodeRef(value);
    // (A ref has no separator of its own: its kind's letter says how the rest reads, encodeRef.)
    for (const text of [...words, ...(exact ?? []), ref])
      for (const separator of [SEPARATOR.record, SEPARATOR.firstWord, SEPARATOR.phrase, SEPARATOR.field])
        if (text.includes(separator))
          throw new Error(
            `lexicon text ${JSON.stringify(text)} contains the separator ${JSON.stringify(separator)}`,
          );
    for (const word of [...words, ...(exact ?? [])])
      if (word.includes(SEPARATOR.word))
        throw new Error(`lexicon word ${JSON.stringify(word)} contains a space`);
    const [first, ...rest] = words as [string, ...string[]];
    const fields = [`${layer}${CASE_RULES.indexOf(rule)}${ref}`, rest.join(SEPARATOR.word)];
    if (exact) fields.push(exact.join(SEPARATOR.word));
    const group = byFirstWord.get(first);
    const phrase = fields.join(SEPARATOR.field);
    if (group) group.push(phrase);
    else byFirstWord.set(first, [phrase]);
  }
  return [...byFirstWord.entries()]
    .map(([first, group]) => `${first}${SEPARATOR.firstWord}${group.join(SEPARATOR.phrase)}`)
    .join(SEPARATOR.record);
}
