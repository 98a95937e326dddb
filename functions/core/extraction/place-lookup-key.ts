/**
 * The key the gazetteer is sorted and searched by: the folded name (normalizeWord), without the
 * apostrophes of transliteration ("Kramators’k", "Homyel'": soft signs and glottal stops) that the
 * news leaves out ("Kramatorsk"). The build (scripts/build/data.ts) and the lookup (lexicon.ts)
 * share it. An apostrophe after one letter ("D'Aguilar", "L'Assomption") or before a possessive s
 * ("Cox's Bazar") is kept: those are written. Hyphens read as spaces ("Kara-Suu" is GeoNames'
 * "Kara Suu") and a leading "St" or "St." as "Saint" ("St Petersburg"), as the news writes either.
 */
import { normalizeWord } from '../text/tokenize';

const TRANSLITERATION_MARK = /(?<=\p{L}\p{L})['\u02bc\u02b9](?!s(?!\p{L}))/gu;
const HYPHENS = /\s*-\s*/g;
const SAINT_ABBREVIATION = /^st\.? /;

export function placeLookupKey(name: string): string {
  let key = normalizeWord(name);
  // Fast paths: most names have none of these.
  if (key.includes("'") || key.includes('\u02bc') || key.includes('\u02b9'))
    key = key.replace(TRANSLITERATION_MARK, '');
  if (key.includes('-')) key = key.replace(HYPHENS, ' ');
  if (key.startsWith('st')) key = key.replace(SAINT_ABBREVIATION, 'saint ');
  return key;
}
