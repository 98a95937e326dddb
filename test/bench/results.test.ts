import { coldStartOverBaselineMs } from '../../bench/lib/results';
import type { BundleResult, ColdStartFigures } from '../../bench/sections/bundles';

function bundle(ownRunsMs: number[], floorRunsMs: number[] | null): BundleResult {
  const cold = (runsMs: number[]) =>
    ({ runsMs, coldStartMs: { p50: Number.NaN } }) as unknown as ColdStartFigures;
  return {
    name: 'scorer',
    entry: 'functions/handlers/score-articles.ts',
    present: true,
    coldStart: cold(ownRunsMs),
    ...(floorRunsMs
      ? {
          baseline: {
            entry: 'bench/baselines/aws-sdk-floor-handler.ts',
            deployed: { bytes: 1, topInputs: [] },
            coldStart: cold(floorRunsMs),
          },
        }
      : {}),
  };
}

describe('coldStartOverBaselineMs', () => {
  it('takes the median of the run-by-run differences, not the difference of the medians', () => {
    // Run 2 was slow for both: its pair still differs by 80 ms. Medians would say 310 - 150 = 160.
    expect(coldStartOverBaselineMs(bundle([300, 500, 310], [150, 420, 140]))).toBe(150);
  });

  it('says nothing when there is no baseline or its runs do not pair up', () => {
    expect(coldStartOverBaselineMs(bundle([300], null))).toBeUndefined();
    expect(coldStartOverBaselineMs(bundle([300, 310], [150]))).toBeUndefined();
    expect(coldStartOverBaselineMs(bundle([], []))).toBeUndefined();
  });
});
