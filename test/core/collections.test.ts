import { compareCodes } from '../../functions/core/collections';
import { getLexicon } from '../../functions/core/extraction/lexicon';

describe('compareCodes', () => {
  it('orders every country code, every neighbouring pair and ISO dates as localeCompare does', () => {
    const codes = [...getLexicon().countries.keys()];
    const pairs = [...getLexicon().countries.values()].flatMap((c) =>
      c.borders.map((other) => [c.iso3, other].sort().join('-')),
    );
    const dates = ['2022-09-16', '2022-09-14', '2021-12-31', '2022-10-01', '2022-09-16'];
    expect(codes.length).toBeGreaterThan(190);
    expect(pairs.length).toBeGreaterThan(300);
    for (const list of [codes, pairs, dates]) {
      const byLocale = [...list].sort((a, b) => a.localeCompare(b));
      expect([...list].sort(compareCodes)).toEqual(byLocale);
      expect([...list].reverse().sort(compareCodes)).toEqual(byLocale);
    }
    expect([compareCodes('KGZ', 'TJK'), compareCodes('TJK', 'KGZ'), compareCodes('KGZ', 'KGZ')]).toEqual([
      -1, 1, 0,
    ]);
  });
});
