/**
 * The build-time artefacts of the lexicon (generated/lexicon.ts) and the gazetteer
 * (generated/places.ts) read back to exactly what the source tables hold.
 */

import { ORGANIZATIONS } from '../../../functions/core/extraction/data/actors';
import { CUES, WEEKDAY_NAMES } from '../../../functions/core/extraction/data/cues';
import { EVENT_PATTERNS } from '../../../functions/core/extraction/data/events';
import { WEAPONS } from '../../../functions/core/extraction/data/weapons';
import { COUNTRY_TUPLES } from '../../../functions/core/extraction/generated/countries';
import { LEXICON } from '../../../functions/core/extraction/generated/lexicon';
import { PLACES } from '../../../functions/core/extraction/generated/places';
import {
  CUE_VALUES,
  EVENT_VALUES,
  ORG_VALUES,
  WEAPON_VALUES,
} from '../../../functions/core/extraction/generated/values';
import {
  decodeRef,
  deferredPhrases,
  getLexicon,
  lookupPlace,
  resolveValue,
} from '../../../functions/core/extraction/lexicon';
import {
  decodeCoordinates,
  encodeCoordinates,
  encodeRef,
  NO_COORDINATES,
  placeEntryWidth,
  type ValueRef,
} from '../../../functions/core/extraction/lexicon-format';
import { compileLexicon, lexiconPhrases } from '../../../functions/core/extraction/lexicon-phrases';
import { placeLookupKey } from '../../../functions/core/extraction/place-lookup-key';
import {
  decodePlaceName,
  encodePlaceName,
  frontCode,
  PREFIX_BLOCK,
  sharedPrefix,
} from '../../../functions/core/extraction/place-name-code';
import { type SplitPhrase, TokenTrie } from '../../../functions/core/text/token-trie';
import { tokenize } from '../../../functions/core/text/tokenize';

const byWords = (a: SplitPhrase<unknown>, b: SplitPhrase<unknown>) => {
  const [x, y] = [a.words.join(' '), b.words.join(' ')];
  return x < y ? -1 : x > y ? 1 : 0;
};

describe('lexicon artefact', () => {
  const phrases = lexiconPhrases(COUNTRY_TUPLES);

  it('is up to date with the data tables (run `npm run build` after editing them)', () => {
    expect(compileLexicon(phrases) === LEXICON).toBe(true);
  });

  it('reads back to every phrase of the tables: words, case rule, layer, value, order', () => {
    const expected = phrases.map((p) => ({ ...p, value: resolveValue(p.value) }));
    const trie = new TokenTrie<unknown>();
    trie.defer(deferredPhrases(LEXICON));
    // A stable sort by words keeps the order of the phrases of one node, which matching depends on.
    expect([...trie.entries()].sort(byWords)).toEqual(expected.sort(byWords));
  });

  it('holds the values of the event, weapon, cue and organisation rows, without their phrases (run `npm run build`)', () => {
    expect(EVENT_VALUES).toEqual(EVENT_PATTERNS.map(({ phrases: _phrases, ...value }) => value));
    expect(EVENT_VALUES.some((value) => 'phrases' in value)).toBe(false);
    expect(WEAPON_VALUES).toEqual(WEAPONS.map(({ name, category }) => ({ name, category })));
    expect(CUE_VALUES).toEqual(CUES.map(({ cue }) => cue));
    expect(ORG_VALUES).toEqual(ORGANIZATIONS.map(({ aliases: _aliases, ...org }) => org));
    // The weekday rows, written out one by one, follow Date#getUTCDay().
    const weekdays = CUES.filter(({ cue }) => cue.kind === 'weekday');
    expect(weekdays.map(({ phrases, cue }) => [phrases[0], cue])).toEqual(
      WEEKDAY_NAMES.map((day, index) => [day, { kind: 'weekday', day: index }]),
    );
  });

  it('turns references back into the rows of the tables', () => {
    const refs: ValueRef[] = [
      ['country', 'AFG', 'demonym'],
      ['org', 3],
      ['block'],
      ['role', 'MIL'],
      ['title', 0],
      ['weapon', 2],
      ['event', 5],
      ['cue', 1],
    ];
    for (const ref of refs) expect(decodeRef(encodeRef(ref))).toEqual(ref);
    expect(resolveValue(['event', 5])).toBe(EVENT_VALUES[5]);
    expect(resolveValue(['org', 3])).toEqual({ kind: 'org', org: ORG_VALUES[3] });
  });

  it('matches names, acronyms and demonyms as the tables say', () => {
    const tokens = tokenize('The UN said Afghan and Chinese troops met the United Nations envoy.');
    const entities = getLexicon().trie.matchLayers(tokens, 1)[0]!;
    expect(entities.map((m) => [tokens[m.start]!.text, m.end - m.start, m.values])).toEqual([
      ['UN', 1, [{ kind: 'org', org: ORG_VALUES.find((o) => o.acronym === 'UN') }]],
      ['Afghan', 1, [{ kind: 'country', iso3: 'AFG', form: 'demonym' }]],
      ['Chinese', 1, [{ kind: 'country', iso3: 'CHN', form: 'demonym' }]],
      ['United', 2, [{ kind: 'org', org: ORG_VALUES.find((o) => o.acronym === 'UN') }]],
    ]);
  });
});

/** How many entries a places line holds (placeEntryWidth each). */
function entryCount(entries: string): number {
  let count = 0;
  for (let at = 0; at < entries.length; at += placeEntryWidth(entries, at)) count++;
  return count;
}

describe('places artefact', () => {
  it('finds every place name, the first line of its lookup key winning', () => {
    // The lookup key is not stored: it is the name folded (placeLookupKey), as the build sorted by.
    // Names are front-coded: a base-36 digit of the characters taken over from the line before.
    let previous = '';
    const lines = PLACES.split('~').map((line, index) => {
      const [coded = '', entries = ''] = line.split('|');
      const shared = Number.parseInt(coded[0]!, 36);
      if (index % PREFIX_BLOCK === 0) expect(shared).toBe(0);
      const written = previous.slice(0, shared) + coded.slice(1);
      previous = written;
      const name = decodePlaceName(written);
      return { name, entries, key: placeLookupKey(name) };
    });
    // Sorted by that key, as the binary search needs.
    expect(lines.findIndex((line, i) => i > 0 && lines[i - 1]!.key > line.key)).toBe(-1);
    const firstOfKey = new Map<string, (typeof lines)[number]>();
    for (const line of lines) if (!firstOfKey.has(line.key)) firstOfKey.set(line.key, line);
    for (const { name, key } of lines) {
      const expected = firstOfKey.get(key)!;
      const found = lookupPlace(name);
      expect(found.map((c) => c.name)).toEqual(Array(entryCount(expected.entries)).fill(expected.name));
    }
    // A province's entry is its code and "." (no coordinates), shorter than a town's.
    const province = lines.find(
      (line) => line.entries[2] === NO_COORDINATES && entryCount(line.entries) === 1,
    )!;
    expect(lookupPlace(province.name)[0]).toMatchObject({ name: province.name, lat: null, lon: null });
    expect(lookupPlace('Łódź')).toEqual([{ name: 'Łódź', country: 'POL', lat: 51.77, lon: 19.47 }]);
    // The folded key of "Chișinău" is first held by the line "Chisinau".
    expect(lookupPlace('Chișinău')[0]).toEqual({ name: 'Chisinau', country: 'MDA', lat: 47.01, lon: 28.86 });
    expect(lookupPlace('no such place')).toEqual([]);
  });

  it('front-codes each name on the one before, every block starting whole', () => {
    expect(sharedPrefix('^6c9A^06nn Abid', '^6c9A^06nn Benian', 1)).toBe(11);
    expect(frontCode('^6c9A^06nn Benian', 11)).toBe('bBenian');
    expect(sharedPrefix('Ain Abid', 'Ain Benian', PREFIX_BLOCK)).toBe(0);
    // One digit writes at most 35 characters taken over.
    expect(sharedPrefix('x'.repeat(50), 'x'.repeat(50), 1)).toBe(35);
    // Front coding shortens the artefact by about an eighth.
    expect(PLACES.length).toBeLessThan(470_000);
  });

  it('writes names beyond ASCII as 4-byte codes and reads them back', () => {
    for (const name of ['Łódź', 'Chișinău', 'Kramators’k', 'Isfara', 'a^b'])
      expect(decodePlaceName(encodePlaceName(name))).toBe(name);
    expect(encodePlaceName('Łódź')).toMatch(/^[\x20-\x7e]+$/);
    expect(encodePlaceName('Łódź')).toHaveLength(4 * 3 + 1);
    expect(PLACES).toMatch(/^[\x20-\x7e]*$/);
    expect(() => encodePlaceName('\u{1F600}')).toThrow(/cannot write/);
  });

  it('marks minor places and provinces, and keys names without transliteration apostrophes', () => {
    // A border town under 25,000 (lowercase code), a province (no point), a town of 25,000 or more.
    expect(lookupPlace('Terespol')).toEqual([
      { name: 'Terespol', country: 'POL', lat: 52.08, lon: 23.62, minor: true },
    ]);
    expect(lookupPlace('North Kivu')).toEqual([
      { name: 'North Kivu', country: 'COD', lat: null, lon: null, minor: true },
    ]);
    expect(lookupPlace('Isfara')[0]).not.toHaveProperty('minor');
    // "Kramators’k" as GeoNames writes it, found as the news writes it; a possessive keeps its apostrophe.
    expect(lookupPlace('Kramatorsk')[0]?.name).toBe('Kramators’k');
    expect(lookupPlace('Kramators’k')[0]?.name).toBe('Kramators’k');
    expect(lookupPlace("Cox's Bazar")[0]?.country).toBe('BGD');
  });
});

describe('coordinates in the places artefact', () => {
  it('keeps hundredths of a degree at the ends of both ranges, in five digits none a separator', () => {
    for (const [lat, lon] of [
      [-90, -180],
      [90, 180],
      [0, 0],
      [40.2, 45.94],
      [-33.45, -70.67],
      [89.99, -179.99],
    ] as const) {
      const digits = encodeCoordinates(lat, lon);
      expect(digits).toMatch(/^[0-9A-Za-z_-]{5}$/);
      expect(decodeCoordinates(`xx${digits}`, 2)).toEqual({ lat, lon });
    }
  });
});
