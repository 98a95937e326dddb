/**
 * How the AWS Lambda Node.js runtime starts `node` for a function of a given memory size, as far as
 * it changes what the bench times. Its bootstrap (/var/runtime/bootstrap, as published from the
 * nodejs14.x and nodejs18.x images; assumed unchanged in nodejs24.x, which we cannot inspect here)
 * gives V8 a young generation of a tenth of the function's memory, as two semi-spaces, and the
 * rest to the old generation:
 *
 *   new_space = memory / 10;  --max-semi-space-size = new_space / 2;  --max-old-space-size = memory - new_space
 *
 * (integer division, in MiB). Node's own default semi-space is far smaller (16 MiB here), so an
 * allocation-heavy pipeline is collected more often under plain `node` than on Lambda. The bench
 * runs everything it times under these flags, for the memory the configuration gives each function.
 */

/** The V8 heap flags the Lambda Node.js runtime passes for a function of `memoryMiB`. */
export function lambdaHeapFlags(memoryMiB: number): string[] {
  if (!Number.isInteger(memoryMiB) || memoryMiB < 128) {
    throw new RangeError(`lambdaHeapFlags: memory must be a whole number of MiB >= 128, got ${memoryMiB}`);
  }
  const newSpace = Math.floor(memoryMiB / 10);
  return [
    `--max-semi-space-size=${Math.floor(newSpace / 2)}`,
    `--max-old-space-size=${memoryMiB - newSpace}`,
  ];
}

/** The heap flags among a process's own Node flags (process.execArgv): what it really ran under. */
export function heapFlagsOf(execArgv: readonly string[]): string[] {
  return execArgv.filter((flag) => /^--max-(semi|old)-space-size=/.test(flag));
}
