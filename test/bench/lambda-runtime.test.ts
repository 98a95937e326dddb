import { spawnSync } from 'node:child_process';
import { heapFlagsOf, lambdaHeapFlags } from '../../bench/lib/lambda-runtime';

describe('lambdaHeapFlags', () => {
  it("follows the Lambda Node.js bootstrap's integer arithmetic: a tenth of memory is young generation, in two semi-spaces", () => {
    expect(lambdaHeapFlags(1024)).toEqual(['--max-semi-space-size=51', '--max-old-space-size=922']);
    expect(lambdaHeapFlags(128)).toEqual(['--max-semi-space-size=6', '--max-old-space-size=116']);
    expect(lambdaHeapFlags(10240)).toEqual(['--max-semi-space-size=512', '--max-old-space-size=9216']);
  });

  it('refuses a memory size Lambda does not offer', () => {
    expect(() => lambdaHeapFlags(64)).toThrow(RangeError);
    expect(() => lambdaHeapFlags(512.5)).toThrow(/whole number/);
  });

  it('gives flags Node accepts and applies: the old space limit moves with them', () => {
    const limitMiB = (flags: string[]) => {
      const run = spawnSync(
        process.execPath,
        [...flags, '-e', 'process.stdout.write(String(require("v8").getHeapStatistics().heap_size_limit))'],
        { encoding: 'utf8' },
      );
      expect(run.status).toBe(0);
      return Number(run.stdout) / 2 ** 20;
    };
    const small = limitMiB(lambdaHeapFlags(256));
    const large = limitMiB(lambdaHeapFlags(2048));
    // Old space 231 vs 1844 MiB, plus the young generation each allows.
    expect(small).toBeGreaterThan(231);
    expect(small).toBeLessThan(400);
    expect(large).toBeGreaterThan(1844);
  });
});

describe('heapFlagsOf', () => {
  it('keeps only the heap size flags of a process', () => {
    expect(
      heapFlagsOf(['--expose-gc', '--max-semi-space-size=51', '--import', 'tsx', '--max-old-space-size=922']),
    ).toEqual(['--max-semi-space-size=51', '--max-old-space-size=922']);
    expect(heapFlagsOf(['--expose-gc'])).toEqual([]);
  });
});
