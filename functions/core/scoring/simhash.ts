/**
 * SimHash (Charikar) over word shingles: near-identical texts (wire copies with a changed
 * headline or a trailing credit line) get hashes a few bits apart; unrelated texts ~32 bits apart.
 * Used to count syndicated copies of one article once.
 *
 * Speed (it runs on every article): words are found by a char-code scan, 64-bit FNV-1a runs on two
 * 32-bit halves (no BigInt) straight from word offsets (no shingle strings), and the 64 per-bit
 * votes are kept as bit-sliced counters (a few word operations per shingle instead of 64 adds).
 */

const SHINGLE_WORDS = 3;
/** FNV-1a 64-bit offset basis 0xcbf29ce484222325 as two 32-bit halves. */
const FNV_OFFSET_HIGH = 0xcbf29ce4;
const FNV_OFFSET_LOW = 0x84222325;
/** The FNV prime 0x100000001b3 is 2^40 + 0x1b3: a multiply by 0x1b3 plus the low half shifted by 8 into the high half. */
const FNV_PRIME_LOW = 0x1b3;
const SPACE = 32;
const ZERO_HASH = '0000000000000000';

function hex32(value: number): string {
  return (value >>> 0).toString(16).padStart(8, '0');
}

/** 64-bit FNV-1a of a string's UTF-16 code units, as 16 lowercase hex chars. */
export function fnv1a64(text: string): string {
  const state = Int32Array.of(FNV_OFFSET_HIGH, FNV_OFFSET_LOW);
  for (let i = 0; i < text.length; i++) step(state, text.charCodeAt(i));
  return hex32(state[0]!) + hex32(state[1]!);
}

/** ASCII letters and digits; other code points are classified by WORD_CHAR (cached). */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++)
  ASCII_WORD[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const nonAsciiWord = new Map<number, boolean>();

function isWordCodePoint(codePoint: number): boolean {
  if (codePoint < 128) return ASCII_WORD[codePoint] === 1;
  let word = nonAsciiWord.get(codePoint);
  if (word === undefined) {
    word = WORD_CHAR.test(String.fromCodePoint(codePoint));
    nonAsciiWord.set(codePoint, word);
  }
  return word;
}

/**
 * Per-bit vote counters for 32 lanes, bit-sliced: planes[k] holds bit k of every lane's count of
 * ones, so adding a 32-bit word is a ripple-carry over the planes (two steps on average).
 */
function addToPlanes(planes: Int32Array, word: number): void {
  let carry = word | 0;
  for (let k = 0; carry !== 0; k++) {
    const next = planes[k]! & carry;
    planes[k] = planes[k]! ^ carry;
    carry = next;
  }
}

/** Lanes whose count of ones is more than half of `total`, as a 32-bit mask. */
function majority(planes: Int32Array, total: number): number {
  // Counts never exceed `total`, so only its binary length of planes can be non-zero.
  let used = 0;
  while (used < planes.length && 2 ** used <= total) used++;
  let mask = 0;
  for (let bit = 0; bit < 32; bit++) {
    let ones = 0;
    for (let k = used - 1; k >= 0; k--) ones = ones * 2 + ((planes[k]! >>> bit) & 1);
    // Same rule as a +1/-1 vote per shingle ending above zero.
    if (ones * 2 > total) mask |= 1 << bit;
  }
  return mask;
}

/**
 * One FNV-1a step on a state held as int32 halves, state[0] high and state[1] low; inlined by hand
 * in textHash, whose three shingle states advance side by side.
 */
function step(state: Int32Array, code: number): void {
  // A code unit is < 2^16, so the xor touches the low half only.
  const x = state[1]! ^ code;
  // The low half of x·0x1b3 is one Math.imul; its carry into the high half comes from 16-bit
  // pieces, off the low half's dependency chain (hashing is latency-bound).
  const a = (x & 0xffff) * FNV_PRIME_LOW;
  state[0] =
    (Math.imul(state[0]!, FNV_PRIME_LOW) + (((x >>> 16) * FNV_PRIME_LOW + (a >>> 16)) >>> 16) + (x << 8)) | 0;
  state[1] = Math.imul(x, FNV_PRIME_LOW);
}

/**
 * SimHash of a text as 16 lowercase hex chars ("0000000000000000" for a text without words).
 * Words are the runs of /[\p{L}\p{N}]+/u in the lowercased text; shingles are three consecutive
 * words joined by one space (all the words when there are fewer), each hashed with FNV-1a.
 * One pass: the shingles starting at the current word and the two before it are hashed side by
 * side (independent multiply chains run in parallel on the CPU), no word or shingle strings.
 */
export function textHash(text: string): string {
  const lower = text.toLowerCase();
  const n = lower.length;
  // 33 planes count past 2^32 shingles, more than a string can hold.
  const lowPlanes = new Int32Array(33);
  const highPlanes = new Int32Array(33);
  // FNV states (high, low) of the shingles starting at the current word (a), the word before (b)
  // and the one before that (c); states of shingles before the first word are never used.
  let aHigh = 0;
  let aLow = 0;
  let bHigh = 0;
  let bLow = 0;
  let cHigh = 0;
  let cLow = 0;
  let words = 0;
  let shingles = 0;
  let inWord = false;
  /** Whether the low surrogate at the next position is part of a word (its pair decided). */
  let pairWord = false;
  let pairPending = false;
  const space = new Int32Array(2);
  for (let i = 0; i <= n; i++) {
    const code = i < n ? lower.charCodeAt(i) : -1;
    let word: boolean;
    if (code < 0) word = false;
    else if (code < 128) word = ASCII_WORD[code] === 1;
    else if (pairPending) {
      word = pairWord;
      pairPending = false;
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < n && isLowSurrogate(lower.charCodeAt(i + 1))) {
      // An astral code point is one character to the regex: its two units share one verdict.
      word = isWordCodePoint(lower.codePointAt(i)!);
      pairWord = word;
      pairPending = true;
    } else word = isWordCodePoint(code);
    if (!word) {
      if (inWord && words >= SHINGLE_WORDS) {
        // The shingle that started two words back is complete.
        addToPlanes(highPlanes, cHigh);
        addToPlanes(lowPlanes, cLow);
        shingles++;
      }
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      words++;
      cHigh = bHigh;
      cLow = bLow;
      bHigh = aHigh;
      bLow = aLow;
      aHigh = FNV_OFFSET_HIGH | 0;
      aLow = FNV_OFFSET_LOW | 0;
      // The older two shingles get the joining space before this word.
      space[0] = bHigh;
      space[1] = bLow;
      step(space, SPACE);
      bHigh = space[0]!;
      bLow = space[1]!;
      space[0] = cHigh;
      space[1] = cLow;
      step(space, SPACE);
      cHigh = space[0]!;
      cLow = space[1]!;
    }
    // step() three times, inlined: the CPU overlaps the three independent chains.
    const ax = aLow ^ code;
    const bx = bLow ^ code;
    const cx = cLow ^ code;
    const aPart = (ax & 0xffff) * FNV_PRIME_LOW;
    const bPart = (bx & 0xffff) * FNV_PRIME_LOW;
    const cPart = (cx & 0xffff) * FNV_PRIME_LOW;
    aHigh =
      (Math.imul(aHigh, FNV_PRIME_LOW) +
        (((ax >>> 16) * FNV_PRIME_LOW + (aPart >>> 16)) >>> 16) +
        (ax << 8)) |
      0;
    bHigh =
      (Math.imul(bHigh, FNV_PRIME_LOW) +
        (((bx >>> 16) * FNV_PRIME_LOW + (bPart >>> 16)) >>> 16) +
        (bx << 8)) |
      0;
    cHigh =
      (Math.imul(cHigh, FNV_PRIME_LOW) +
        (((cx >>> 16) * FNV_PRIME_LOW + (cPart >>> 16)) >>> 16) +
        (cx << 8)) |
      0;
    aLow = Math.imul(ax, FNV_PRIME_LOW);
    bLow = Math.imul(bx, FNV_PRIME_LOW);
    cLow = Math.imul(cx, FNV_PRIME_LOW);
  }
  if (words === 0) return ZERO_HASH;
  if (words < SHINGLE_WORDS) {
    // Fewer words than a shingle: the one shingle (all the words) started at the first word.
    shingles = 1;
    addToPlanes(highPlanes, words === 1 ? aHigh : bHigh);
    addToPlanes(lowPlanes, words === 1 ? aLow : bLow);
  }
  return hex32(majority(highPlanes, shingles)) + hex32(majority(lowPlanes, shingles));
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Number of differing bits between two 16-hex-char hashes. */
export function hammingDistance(a: string, b: string): number {
  return halvesDistance(hashHalf(a, 0), hashHalf(a, 1), hashHalf(b, 0), hashHalf(b, 1));
}

/** hammingDistance of two hashes already split by hashHalf (for callers that compare each many times). */
export function halvesDistance(aHigh: number, aLow: number, bHigh: number, bLow: number): number {
  return popcount32(aHigh ^ bHigh) + popcount32(aLow ^ bLow);
}

/**
 * The first (0) or second (1) 32 bits of a 16-hex-char hash. A malformed half parses as NaN, which
 * XOR reads as 0: a garbled stored hash gives a distance, never an exception.
 */
export function hashHalf(hash: string, half: 0 | 1): number {
  return Number.parseInt(hash.slice(half * 8, half * 8 + 8), 16);
}

/** Set bits of a 32-bit integer (SWAR count: a few operations, where a loop takes one per bit). */
function popcount32(value: number): number {
  let x = value - ((value >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}
