/**
 * SimHash (Charikar) over word shingles: near-identical texts (wire copies with a changed
 * headline or a trailing credit line) get hashes a few bits apart; unrelated texts ~32 bits apart.
 * Used to count syndicated copies of one article once.
 */

const SHINGLE_WORDS = 3;
const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = (1n << 64n) - 1n;

/** 64-bit FNV-1a of a string's UTF-16 code units. */
function fnv1a64(text: string): bigint {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * FNV_PRIME) & MASK_64;
  }
  return hash;
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** SimHash of a text as 16 lowercase hex chars ("0000000000000000" for a text without words). */
export function textHash(text: string): string {
  const tokens = words(text);
  const counts = new Array<number>(64).fill(0);
  const shingles =
    tokens.length < SHINGLE_WORDS
      ? [tokens.join(' ')]
      : tokens
          .slice(0, tokens.length - SHINGLE_WORDS + 1)
          .map((_, i) => tokens.slice(i, i + SHINGLE_WORDS).join(' '));
  if (tokens.length === 0) return '0'.repeat(16);
  for (const shingle of shingles) {
    const hash = fnv1a64(shingle);
    // Split into two 32-bit halves: bit tests on numbers are much cheaper than on bigints.
    const high = Number(hash >> 32n);
    const low = Number(hash & 0xffffffffn);
    for (let bit = 0; bit < 32; bit++) {
      counts[bit] = (counts[bit] ?? 0) + ((low >>> bit) & 1 ? 1 : -1);
      counts[bit + 32] = (counts[bit + 32] ?? 0) + ((high >>> bit) & 1 ? 1 : -1);
    }
  }
  let low = 0;
  let high = 0;
  for (let bit = 0; bit < 32; bit++) {
    if ((counts[bit] ?? 0) > 0) low |= 1 << bit;
    if ((counts[bit + 32] ?? 0) > 0) high |= 1 << bit;
  }
  return (high >>> 0).toString(16).padStart(8, '0') + (low >>> 0).toString(16).padStart(8, '0');
}

/** Number of differing bits between two 16-hex-char hashes. */
export function hammingDistance(a: string, b: string): number {
  let distance = 0;
  for (let i = 0; i < 16; i += 8) {
    let x = (Number.parseInt(a.slice(i, i + 8), 16) ^ Number.parseInt(b.slice(i, i + 8), 16)) >>> 0;
    while (x) {
      x &= x - 1;
      distance++;
    }
  }
  return distance;
}
