/**
 * What every bench worker (bench/workers/*.ts, each run in its own Node process by bench/run.ts)
 * shares: reading its `--name value` arguments and ending its process with a clear error.
 */

/** The value after `name` in argv, or undefined when the flag is absent. */
export function argValue(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

/** The file the worker must write its JSON to (--result FILE), or a clear error. */
export function resultFile(argv: readonly string[], worker: string): string {
  const result = argValue(argv, '--result');
  if (!result) throw new Error(`${worker} worker: --result FILE is required`);
  return result;
}

/**
 * Run a worker's main and exit: 0 when it finished, 1 with its stack on stderr when it threw.
 * With `--help`, print `usage` (when the worker has one) instead.
 */
export function runWorkerMain(worker: string, main: () => Promise<void>, usage?: string): void {
  if (usage && process.argv.includes('--help')) {
    process.stdout.write(usage);
    process.exit(0);
  }
  main().then(
    () => process.exit(0),
    (error) => {
      process.stderr.write(`${worker}: failed: ${(error as Error).stack ?? error}\n`);
      process.exit(1);
    },
  );
}
