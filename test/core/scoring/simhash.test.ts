import fc from 'fast-check';
import { fnv1a64, hammingDistance, textHash } from '../../../functions/core/scoring/simhash';

/** The straightforward BigInt FNV-1a the 32-bit implementation must reproduce bit for bit. */
function referenceFnv(text: string): bigint {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash;
}

/** The original SimHash: word regex, 3-word shingles joined by spaces, +1/-1 votes per bit. */
function referenceTextHash(text: string): string {
  const tokens = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (tokens.length === 0) return '0'.repeat(16);
  const shingles =
    tokens.length < 3
      ? [tokens.join(' ')]
      : tokens.slice(0, tokens.length - 2).map((_, i) => tokens.slice(i, i + 3).join(' '));
  const counts = new Array<number>(64).fill(0);
  for (const shingle of shingles) {
    const hash = referenceFnv(shingle);
    for (let bit = 0; bit < 64; bit++) counts[bit]! += (hash >> BigInt(bit)) & 1n ? 1 : -1;
  }
  let result = 0n;
  for (let bit = 0; bit < 64; bit++) if (counts[bit]! > 0) result |= 1n << BigInt(bit);
  return result.toString(16).padStart(16, '0');
}

const hex = (value: bigint) => value.toString(16).padStart(16, '0');

describe('fnv1a64', () => {
  it('matches the published FNV-1a 64 test vectors', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('equals the BigInt reference on any UTF-16 string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 64 }), (text) => {
        expect(fnv1a64(text)).toBe(hex(referenceFnv(text)));
      }),
    );
  });
});

describe('textHash', () => {
  const samples = [
    '',
    '   ,;. ',
    'one',
    'one two',
    'one two three',
    'Über die Straße: ÇA VA? İstanbul',
    '日本語 テキスト 漢字 foo',
    '\u{1d400}\u{1d401} bold \u{1f600} x y \ud800 lone \udc00 low',
    'Kyrgyz and Tajik border guards exchanged fire near Isfara on Wednesday, officials said.',
  ];

  it.each(samples)('equals the reference implementation on %j', (text) => {
    expect(textHash(text)).toBe(referenceTextHash(text));
  });

  it('equals the reference implementation on random text', () => {
    const word = fc.constantFrom('border', 'Fire', 'tajik', 'ÖL', 'straße', 'x1', '42', '\u{1d400}b', 'é');
    const separator = fc.constantFrom(' ', ', ', '\n', '-', '  ', '\u00a0', '.');
    const text = fc
      .array(fc.tuple(word, separator), { maxLength: 40 })
      .map((parts) => parts.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: 'binary', maxLength: 80 })), (t) => {
        expect(textHash(t)).toBe(referenceTextHash(t));
      }),
    );
  });

  it('counts differing bits as the bit-by-bit loop does, garbled hashes included', () => {
    // The loop hammingDistance used before the SWAR count: parse each half, XOR, clear bits one by one.
    const referenceDistance = (a: string, b: string) => {
      let distance = 0;
      for (let i = 0; i < 16; i += 8) {
        let x = (Number.parseInt(a.slice(i, i + 8), 16) ^ Number.parseInt(b.slice(i, i + 8), 16)) >>> 0;
        while (x) {
          x &= x - 1;
          distance++;
        }
      }
      return distance;
    };
    const hex = fc.stringMatching(/^[0-9a-f]{16}$/);
    const garbled = fc.oneof(hex, fc.string({ maxLength: 18 }), fc.constant('ffffffffffffffff'));
    fc.assert(
      fc.property(garbled, garbled, (a, b) => {
        expect(hammingDistance(a, b)).toBe(referenceDistance(a, b));
      }),
      { numRuns: 500 },
    );
    expect(hammingDistance('ffffffffffffffff', '0000000000000000')).toBe(64);
  });

  it('puts near copies a few bits apart', () => {
    const text = 'Kyrgyz and Tajik border guards exchanged fire near Isfara on Wednesday. '.repeat(4);
    expect(hammingDistance(textHash(text), textHash(`${text} (Reporting by a wire service.)`))).toBeLessThan(
      8,
    );
  });
});
