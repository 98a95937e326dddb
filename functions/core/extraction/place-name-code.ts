/**
 * How the gazetteer artefact writes place names: a character beyond ASCII as '^' and its code in 3
 * base-36 digits ("Łódź" as "^11d^5rd^bd"). The bundles stay pure ASCII (Node decodes an ASCII file
 * faster), and esbuild would otherwise escape each such character as a 6-byte \uXXXX: 4 bytes each
 * keep the scorer's bundle under its 1 MB budget. The build (scripts/build/data.ts) encodes and the
 * lookup (lexicon.ts) decodes the lines a search visits.
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
