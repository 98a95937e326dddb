/**
 * The esbuild settings every Lambda bundle is built with: by BorderTensionFunction for the stack,
 * and by the bench and lib/tools/measure-sdk-startup.ts, which must measure the bundles the stack
 * deploys. Kept in one place so they cannot drift apart.
 */
import type { BuildOptions } from 'esbuild';

export const LAMBDA_BUNDLE_SETTINGS = {
  minify: true,
  // On by default for bundles in esbuild; stated so nobody turns it off.
  treeShaking: true,
  // CommonJS keeps __dirname and require working for the dependencies that still use them.
  format: 'cjs',
  platform: 'node',
  /**
   * ES module builds before CommonJS ones. The AWS SDK's CommonJS builds put a whole client (every
   * command and schema) in one module that tree-shaking cannot split; its ES builds can be shaken,
   * which takes the scorer from 1.19 to 0.97 MB and loading it from about 178 to 120 ms
   * (docs/deployment.md).
   */
  mainFields: ['module', 'main'],
} as const satisfies BuildOptions;

/** esbuild options that bundle one entry file into `outfile` the way the stack does. */
export function lambdaBuildOptions(entry: string, outfile: string): BuildOptions {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    ...LAMBDA_BUNDLE_SETTINGS,
    mainFields: [...LAMBDA_BUNDLE_SETTINGS.mainFields],
  };
}
