/**
 * The key the gazetteer is sorted and searched by: the folded name (normalizeWord), without the
 * apostrophes of transliteration ("Kramators’k", "Homyel'": soft signs and glottal stops) that the
 * news leaves out ("Kramatorsk"). The build (scripts/build/data.ts) and the lookup (lexicon.ts)
 * share it. An apostrophe after one letter ("D'Aguilar", "L'Assomption") or before a possessive s
 * ("Cox's Bazar") is kept: those are written.
 */
import { normalizeWord } from '../text/tokenize';

const TRANSLITERATION_MARK = /(?<=\p{L}\p{L})['\u02bc\u02b9](?!s(?!\p{L}))/gu;

export function placeLookupKey(name: string): string {
  const folded = normalizeWord(name);
  // Fast path: most names have no mark at all.
  if (!folded.includes("'") && !folded.includes('\u02bc') && !folded.includes('\u02b9')) return folded;
  return folded.replace(TRANSLITERATION_MARK, '');
}
