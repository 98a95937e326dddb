/**
 * Load bench code the way the stack ships it: bundled and minified by esbuild with the Lambda
 * settings (lib/constructs/lambda-bundle-settings.ts), not transpiled on the fly by tsx. tsx keeps
 * every function's name with a wrapper call and leaves the code unminified, which made the same
 * pipeline measurably slower than the bundle Lambda runs (docs/benchmarks.md, section 1).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join, relative } from 'node:path';
import { buildSync } from 'esbuild';
import { lambdaBuildOptions } from '../../lib/constructs/lambda-bundle-settings';

/** Libraries of the baselines: loaded as published, as the baselines measure them. */
const BASELINE_PACKAGES = ['compromise', 'wink-nlp', 'wink-eng-lite-web-model'];

export interface DeployedBuild<T> {
  exports: T;
  /** The file the bundle was written to. */
  file: string;
}

/**
 * Bundle `entry` with the stack's Lambda settings into a fresh directory under node_modules/.cache
 * (where the baselines' packages still resolve; removed when the process exits) and require it.
 * With `named`, identifiers are not renamed and a source map is written, so a profile of the
 * bundle names its functions and their source files (renaming changes names, not speed).
 */
export function requireAsDeployed<T>(
  entry: string,
  root: string,
  options: { named?: boolean } = {},
): DeployedBuild<T> {
  const cache = join(root, 'node_modules', '.cache', 'border-tension-bench');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'deployed-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'bundle.cjs');
  buildSync({
    ...lambdaBuildOptions(entry, file),
    // What the bench bundles of the handlers target (bench/sections/bundles.ts).
    target: 'node22',
    external: BASELINE_PACKAGES,
    absWorkingDir: root,
    logLevel: 'silent',
    ...(options.named
      ? { minify: false, minifySyntax: true, minifyWhitespace: true, sourcemap: 'external' as const }
      : {}),
  });
  // A CommonJS bundle written at run time: only require can load it.
  return { exports: require(file) as T, file };
}

/**
 * Maps a profiled position in a `named` bundle back to its source file (relative to `root`), or
 * undefined for positions outside the bundle.
 */
export function sourceLocator(build: DeployedBuild<unknown>, root: string) {
  const map = new SourceMap(JSON.parse(readFileSync(`${build.file}.map`, 'utf8')));
  return (url: string, line: number, column: number): string | undefined => {
    if (url.replace(/^file:\/\//, '') !== build.file) return undefined;
    const entry = map.findEntry(line, column) as { originalSource?: string };
    if (!entry.originalSource) return undefined;
    return relative(root, join(build.file, '..', entry.originalSource.replace(/^file:\/\//, '')));
  };
}
