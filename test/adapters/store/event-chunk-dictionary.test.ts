import { createHash } from 'node:crypto';
import {
  CURRENT_EVENT_CHUNK_DICTIONARY,
  EVENT_CHUNK_DICTIONARIES,
} from '../../../functions/adapters/store/event-chunk-dictionary';

/** Released dictionaries: stored items need their exact bytes to be read. */
const RELEASED: Record<number, { bytes: number; sha256: string }> = {
  1: { bytes: 3561, sha256: '773668e070a1621bcbd2e55868159ab72b4973f8b751c31d1cc50ebac2f4ea4a' },
};

describe('event chunk dictionaries', () => {
  it.each(Object.entries(RELEASED))('keeps dictionary %s byte for byte', (version, released) => {
    const dictionary = EVENT_CHUNK_DICTIONARIES.get(Number(version));
    expect(dictionary?.length).toBe(released.bytes);
    expect(
      createHash('sha256')
        .update(dictionary ?? '')
        .digest('hex'),
    ).toBe(released.sha256);
  });

  it('compresses new chunks with a released dictionary, within the 32 KiB DEFLATE reaches back', () => {
    expect(RELEASED[CURRENT_EVENT_CHUNK_DICTIONARY]).toBeDefined();
    for (const dictionary of EVENT_CHUNK_DICTIONARIES.values())
      expect(dictionary.length).toBeLessThan(32_768);
  });
});
