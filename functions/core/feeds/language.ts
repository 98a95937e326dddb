/**
 * A lightweight English check. The extractor reads English only (a documented limitation), so
 * other languages are skipped and counted instead of producing nonsense events. The test is the
 * share of very common English function words among the words of the text, plus a declared
 * language when the feed gives one.
 */

const ENGLISH_STOP_WORDS = new Set(
  (
    'the of and to in a is that for on with as was by at from it an be are were has have had its ' +
    'this which or but not they their he she his her after said says will would been who than over ' +
    'into about also more two three against between during its our we you them there when while'
  ).split(' '),
);

/** Below this share of stop words a text is judged not English (English prose sits near 0.3–0.5). */
const MIN_STOP_WORD_RATIO = 0.12;
/** Too few words to judge: give the text the benefit of the doubt. */
const MIN_WORDS_TO_JUDGE = 8;

export interface LanguageVerdict {
  english: boolean;
  /** Share of English stop words among the words (0–1). */
  ratio: number;
  reason?: string;
}

/** Judge whether text (and an optional declared language tag) is English. */
export function judgeEnglish(text: string, declaredLanguage?: string): LanguageVerdict {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const hits = words.filter((word) => ENGLISH_STOP_WORDS.has(word)).length;
  const ratio = words.length ? hits / words.length : 0;
  const declared = declaredLanguage?.trim().toLowerCase();
  if (declared && !declared.startsWith('en')) {
    return { english: false, ratio, reason: `declared language "${declared}"` };
  }
  if (words.length < MIN_WORDS_TO_JUDGE) return { english: true, ratio };
  if (ratio < MIN_STOP_WORD_RATIO) {
    return { english: false, ratio, reason: `English stop-word ratio ${ratio.toFixed(2)}` };
  }
  return { english: true, ratio };
}
