import { countryName } from '../../../functions/core/extraction';
import { isCountryCode } from '../../../functions/core/extraction/country-codes';
import { COUNTRY_TUPLES } from '../../../functions/core/extraction/generated/countries';

describe('isCountryCode', () => {
  it('knows exactly the codes the lexicon has countries for', () => {
    expect(COUNTRY_TUPLES.length).toBeGreaterThan(190);
    for (const [iso3] of COUNTRY_TUPLES) {
      expect(isCountryCode(iso3)).toBe(true);
      expect(countryName(iso3)).toBeDefined();
    }
  });

  it('knows Kosovo as XKX, not as the dataset’s UNK (which reads as the unknown role)', () => {
    expect(isCountryCode('XKX')).toBe(true);
    expect(countryName('XKX')).toBe('Kosovo');
  });

  it.each(['XYZ', 'GUF', 'UNK', 'KOS', 'kgz', ''])('does not know %p', (code) => {
    expect(isCountryCode(code)).toBe(false);
    expect(countryName(code)).toBeUndefined();
  });
});
