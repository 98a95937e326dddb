/**
 * How the gazetteer artefact writes place names: a character beyond ASCII as '^' and its code in 3
 * base-36 digits ("Łódź" as "^11d^5rd^bd"). The bundles stay pure ASCII (Node decodes an ASCII file
 * faster), and esbuild would otherwise escape each such character as a 6-byte \uXXXX: 4 bytes each
 * keep the scorer's bundle under its 1 MB budget. The build (scripts/build/data.ts) encodes and the
 * lookup (lexicon.ts) decodes the lines a search visits.
 *
 * Names are front-coded too: sorted names share their beginnings ("Ain Abid", "Ain Benian"), so a
 * line opens with one base-36 digit, how many characters of the line before's written name it
 * starts with, then the rest. Every PREFIX_BLOCK-th line is written whole (digit 0), so a lookup
 * rebuilds a name from at most PREFIX_BLOCK - 1 lines before it.
 */
const MARK = '^';
const DIGITS = 3;
const RADIX = 36;
/** Codes that fit in the digits: 36^3. The build refuses a name with a character beyond. */
const LIMIT = RADIX ** DIGITS;

export function encodePlaceName(name: string): string {
  let out = '';
  for (const char of name) {
    const code = char.charCodeAt(0);
    if (code < 127 && char !== MARK) out += char;
    else if (char.length === 1 && code < LIMIT) out += MARK + code.toString(RADIX).padStart(DIGITS, '0');
    else
      throw new Error(
        `place name "${name}" has a character the artefact cannot write: U+${code.toString(16)}`,
      );
  }
  return out;
}

export function decodePlaceName(text: string): string {
  // Fast path: most names are plain ASCII.
  if (!text.includes(MARK)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== MARK) out += text[i];
    else {
      out += String.fromCharCode(Number.parseInt(text.slice(i + 1, i + 1 + DIGITS), RADIX));
      i += DIGITS;
    }
  }
  return out;
}

/** Lines per front-coding block: the first of each is written whole. */
export const PREFIX_BLOCK = 16;
/** The longest shared beginning one base-36 digit writes. */
const PREFIX_MAX = 35;

/** How many characters of `previous` a line at `index` takes over before `written` (its digit's value). */
export function sharedPrefix(previous: string, written: string, index: number): number {
  if (index % PREFIX_BLOCK === 0) return 0;
  let shared = 0;
  while (shared < PREFIX_MAX && shared < previous.length && previous[shared] === written[shared]) shared++;
  return shared;
}

/** The front-coded form of a written name: its digit, then what it does not share. */
export function frontCode(written: string, shared: number): string {
  return shared.toString(RADIX) + written.slice(shared);
}
