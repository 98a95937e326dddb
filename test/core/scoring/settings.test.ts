/**
 * resolveScoringSettings fills defaults and validates; it parses an object once while its values
 * stay the same, and hands its own (frozen) results back unparsed.
 */
import { DEFAULT_SCORING_SETTINGS, resolveScoringSettings } from '../../../functions/core/scoring';

describe('resolveScoringSettings', () => {
  it('fills the defaults and rejects bad values', () => {
    expect(resolveScoringSettings()).toEqual(DEFAULT_SCORING_SETTINGS);
    expect(resolveScoringSettings({ halfLifeDays: 5 })).toEqual({
      ...DEFAULT_SCORING_SETTINGS,
      halfLifeDays: 5,
    });
    expect(() => resolveScoringSettings({ halfLifeDays: -1 })).toThrow();
    expect(() => resolveScoringSettings({ baselineDays: 2.5 })).toThrow();
  });

  it('hands its own results back as they are, frozen', () => {
    const settings = resolveScoringSettings({ recomputeDays: 10 });
    expect(Object.isFrozen(settings)).toBe(true);
    expect(resolveScoringSettings(settings)).toBe(settings);
  });

  it('gives the same settings for the same object, and new ones once its values change', () => {
    const given: { halfLifeDays?: number; baselineDays?: number } = { halfLifeDays: 4 };
    const first = resolveScoringSettings(given);
    expect(resolveScoringSettings(given)).toBe(first);
    given.halfLifeDays = 6;
    expect(resolveScoringSettings(given).halfLifeDays).toBe(6);
    given.baselineDays = 30;
    expect(resolveScoringSettings(given)).toEqual({
      ...DEFAULT_SCORING_SETTINGS,
      halfLifeDays: 6,
      baselineDays: 30,
    });
    given.baselineDays = 3;
    expect(() => resolveScoringSettings(given)).toThrow();
    // An equal object of its own is parsed on its own: the cache is by object, not by value.
    expect(resolveScoringSettings({ halfLifeDays: 4 })).not.toBe(first);
    expect(resolveScoringSettings({ halfLifeDays: 4 })).toEqual(first);
  });
});
