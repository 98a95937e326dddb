/**
 * A single-pass tokenizer and sentence splitter for English news text. Hand-written character
 * scanning (no regular expressions), so time is linear in the input whatever the input is.
 */

export type TokenKind = 'word' | 'num' | 'punct';

export interface Token {
  /** Text as written. */
  text: string;
  /** Lowercased, diacritics stripped, curly apostrophes straightened: what lexicons match on. */
  lower: string;
  kind: TokenKind;
  /** Character offsets in the source text. */
  start: number;
  end: number;
  /** First character is an upper-case letter. */
  cap: boolean;
}

export interface Sentence {
  text: string;
  start: number;
  end: number;
  tokens: Token[];
}

/** Months' short names ("May" is no short name): abbreviations, and names and words too ("Jan"). */
export const SHORT_MONTH_NAMES: ReadonlySet<string> = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/** Abbreviations whose final period does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'maj',
  'cpl',
  'st',
  'no',
  'vs',
  ...SHORT_MONTH_NAMES,
  'prof',
  'gov',
  'sen',
  'rep',
  'adm',
  'brig',
  'cmdr',
  'approx',
  'est',
  'inc',
  'ltd',
  'co',
  'mt',
  'ft',
]);

function isLetterCode(code: number): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code >= 0x300 && code <= 0x36f) return true;
  const ch = String.fromCharCode(code);
  return ch.toLowerCase() !== ch.toUpperCase();
}

/** Letter test on a character position (NaN past the end is no letter). */
function letterAt(text: string, i: number): boolean {
  return i < text.length && isLetterCode(text.charCodeAt(i));
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function digitAt(text: string, i: number): boolean {
  return i < text.length && isDigitCode(text.charCodeAt(i));
}

function isSpaceCode(code: number): boolean {
  return (
    code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0 || code === 12 || code === 11
  );
}

/** ' ’ ‘ */
function isApostropheCode(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 0x2018;
}

function isUpperS(code: number): boolean {
  return code === 115 || code === 83;
}

/**
 * Lowercase and fold diacritics and typographic apostrophes (only when non-ASCII, to stay cheap).
 * A plain lowercase ASCII word, the common case, comes back as it is: no new string.
 */
export function normalizeWord(text: string): string {
  let upper = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 127) return foldNonAscii(text.toLowerCase());
    if (code >= 65 && code <= 90) upper = true;
  }
  return upper ? text.toLowerCase() : text;
}

/**
 * Letters that Unicode does not decompose into a base letter and a mark, as the news writes them
 * in ASCII: "Suwalki" for "Suwałki", "Bialowieza" for "Białowieża", "Dien Bien" for "Điện Biên",
 * "Sirnak" for "Şırnak".
 */
// Escaped: the Lambda bundles are pure ASCII (lambda-bundle-settings.test.ts).
const UNDECOMPOSED_FOLDS: Readonly<Record<string, string>> = {
  '\u0142': 'l', // ł
  '\u00f8': 'o', // ø
  '\u0111': 'd', // đ
  '\u0131': 'i', // ı
  '\u00df': 'ss', // ß
  '\u00e6': 'ae', // æ
  '\u0153': 'oe', // œ
  '\u00f0': 'd', // ð
  '\u00fe': 'th', // þ
  '\u0127': 'h', // ħ
};
const UNDECOMPOSED_LETTERS = /[\u0142\u00f8\u0111\u0131\u00df\u00e6\u0153\u00f0\u00fe\u0127]/g;

/** The lowercased text, folded when lowercasing left any non-ASCII character (e.g. not "K" for Kelvin). */
function foldNonAscii(lower: string): string {
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) > 127) {
      return lower
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[\u2019\u2018]/g, "'")
        .replace(UNDECOMPOSED_LETTERS, (letter) => UNDECOMPOSED_FOLDS[letter] ?? letter);
    }
  }
  return lower;
}

/** First character is an upper-case letter (ASCII fast path). */
function startsUpper(raw: string): boolean {
  const code = raw.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const first = raw.charAt(0);
  return first !== first.toLowerCase();
}

/** A module function rather than a closure in tokenize(): no closure to create per call. */
function makeToken(text: string, start: number, end: number, kind: TokenKind, offset: number): Token {
  const raw = text.slice(start, end);
  return {
    text: raw,
    lower: kind === 'punct' ? raw : normalizeWord(raw),
    kind,
    start: start + offset,
    end: end + offset,
    cap: startsUpper(raw),
  };
}

/** Is one of `words` among the tokens [from, to)? */
export function wordIn(
  tokens: readonly Token[],
  from: number,
  to: number,
  words: ReadonlySet<string>,
): boolean {
  for (let k = from; k < to; k++) if (words.has(tokens[k]!.lower)) return true;
  return false;
}

/**
 * Does a word of `words` stand in the `reach` tokens before `from`, past only words of `fillers`
 * ("until the end of November", "killing at least three")?
 */
export function wordBackPastFillers(
  tokens: readonly Token[],
  from: number,
  reach: number,
  words: ReadonlySet<string>,
  fillers: ReadonlySet<string>,
): boolean {
  for (let k = from - 1; k >= Math.max(0, from - reach); k--) {
    const word = tokens[k]!.lower;
    if (words.has(word)) return true;
    if (!fillers.has(word)) return false;
  }
  return false;
}

/**
 * Does a word of `words` stand in the `reach` tokens before `from`, after (reading back) no word of
 * `stops` ("will meet ... on Friday" back to a full stop; "people fleeing ... crossed" back to troops)?
 */
export function wordBackBeforeStop(
  tokens: readonly Token[],
  from: number,
  reach: number,
  words: ReadonlySet<string>,
  stops: ReadonlySet<string>,
): boolean {
  for (let k = from - 1; k >= Math.max(0, from - reach); k--) {
    const word = tokens[k]!.lower;
    if (stops.has(word)) return false;
    if (words.has(word)) return true;
  }
  return false;
}

/**
 * Does a word of `words` come in the `reach` tokens from `from`, before any word of `stops`
 * ("the expulsion ... by Algeria" before a comma; "the Lebanese health ministry said")?
 */
export function wordBeforeStop(
  tokens: readonly Token[],
  from: number,
  reach: number,
  words: ReadonlySet<string>,
  stops: ReadonlySet<string>,
): boolean {
  for (let k = from; k < tokens.length && k < from + reach; k++) {
    const word = tokens[k]!.lower;
    if (stops.has(word)) return false;
    if (words.has(word)) return true;
  }
  return false;
}

/** Split text into word, number and punctuation tokens. "Pakistan's" gives "Pakistan" + "'s". */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isSpaceCode(code)) {
      i++;
      continue;
    }
    if (isDigitCode(code)) {
      let j = i + 1;
      // 6,500 / 3.5 / 2022: separators only between digits.
      while (j < n) {
        const c = text.charCodeAt(j);
        if (isDigitCode(c) || ((c === 44 || c === 46) && digitAt(text, j + 1))) j++;
        else break;
      }
      // "1990s" and "14th" stay one token.
      while (letterAt(text, j)) j++;
      tokens.push(makeToken(text, i, j, 'num', offset));
      i = j;
      continue;
    }
    if (isLetterCode(code)) {
      let j = i + 1;
      let segment = 1;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (isLetterCode(c) || isDigitCode(c)) {
          j++;
          segment++;
        } else if (isApostropheCode(c) && letterAt(text, j + 1)) {
          // Possessive 's is its own token; d'Ivoire and O'Brien stay whole.
          if (isUpperS(text.charCodeAt(j + 1)) && !letterAt(text, j + 2)) break;
          j++;
          segment = 0;
        } else if (c === 46 && segment === 1 && letterAt(text, j + 1) && text.charCodeAt(j + 2) === 46) {
          // Initialisms: U.S., U.N.
          j += 2;
          segment = 1;
        } else break;
      }
      if (text.charCodeAt(j) === 46 && j - i >= 3 && text.charCodeAt(j - 2) === 46) j++;
      tokens.push(makeToken(text, i, j, 'word', offset));
      i = j;
      continue;
    }
    if (isApostropheCode(code) && i + 1 < n && isUpperS(text.charCodeAt(i + 1)) && !letterAt(text, i + 2)) {
      tokens.push(makeToken(text, i, i + 2, 'word', offset));
      i += 2;
      continue;
    }
    tokens.push(makeToken(text, i, i + 1, 'punct', offset));
    i++;
  }
  return tokens;
}

/** Longest sentence kept whole; real sentences stay far below it. */
export const MAX_SENTENCE_TOKENS = 160;

/** Double quotation marks, straight and curly (single ones are apostrophes too). */
export const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '\u201c', '\u201d']);

const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', ')', ']']);

/** Split text into sentences (paragraph breaks always end one) and tokenize each. */
export function splitSentences(text: string): Sentence[] {
  const tokens = tokenize(text);
  const sentences: Sentence[] = [];
  /** First token of the sentence being read. */
  let begin = 0;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    const next = tokens[k + 1];
    // Run-on text is cut into bounded pieces so per-sentence work stays linear overall.
    if (k + 1 - begin >= MAX_SENTENCE_TOKENS) {
      begin = closeSentence(text, tokens, begin, k + 1, sentences);
      continue;
    }
    if (next && hasLineBreak(text, token.end, next.start)) {
      begin = closeSentence(text, tokens, begin, k + 1, sentences);
      continue;
    }
    if (token.kind !== 'punct' || (token.text !== '.' && token.text !== '!' && token.text !== '?')) continue;
    if (token.text === '.') {
      const previous = tokens[k - 1];
      if (
        previous &&
        previous.end === token.start &&
        ABBREVIATIONS.has(previous.lower) &&
        next?.kind !== 'punct'
      ) {
        continue;
      }
      // A middle initial between two names ("George W. Bush") ends no sentence.
      if (previous && isMiddleInitial(tokens, k - 1, token, next)) continue;
    }
    // An ellipsis ("with ... [the heads") ends a sentence only before a capital.
    if (next?.text === '.' && next.start === token.end) continue;
    const ellipsis = tokens[k - 1]?.text === '.' && tokens[k - 1]!.end === token.start;
    let end = k + 1;
    // Closing quotes and brackets stick to the stop; a quote after a space opens the next sentence.
    while (
      end < tokens.length &&
      tokens[end]!.kind === 'punct' &&
      CLOSERS.has(tokens[end]!.text) &&
      tokens[end]!.start === tokens[end - 1]!.end
    ) {
      end++;
    }
    const after = tokens[end];
    // After an opening quote or bracket, the word inside decides.
    const first = after?.kind === 'punct' && !ellipsis ? tokens[end + 1] : after;
    if (!after || !first || first.cap || first.kind === 'num') {
      begin = closeSentence(text, tokens, begin, end, sentences);
      k = end - 1;
    }
  }
  closeSentence(text, tokens, begin, tokens.length, sentences);
  return sentences;
}

/** Push the sentence of tokens [begin, end) when not empty; returns where the next one begins. */
function closeSentence(
  text: string,
  tokens: readonly Token[],
  begin: number,
  end: number,
  sentences: Sentence[],
): number {
  if (end <= begin) return begin;
  const slice = tokens.slice(begin, end);
  const first = slice[0]!;
  const last = slice[slice.length - 1]!;
  sentences.push({
    text: text.slice(first.start, last.end),
    start: first.start,
    end: last.end,
    tokens: slice,
  });
  return end;
}

/** Is tokens[i] a lone capital letter after a capitalised name, its period then a capitalised name? */
function isMiddleInitial(tokens: readonly Token[], i: number, stop: Token, next: Token | undefined): boolean {
  const initial = tokens[i]!;
  const before = tokens[i - 1];
  return (
    initial.kind === 'word' &&
    initial.text.length === 1 &&
    initial.cap &&
    initial.end === stop.start &&
    before?.kind === 'word' &&
    before.cap &&
    before.text.length > 1 &&
    next?.kind === 'word' &&
    next.cap &&
    next.text.length > 1
  );
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}
