/**
 * Bundle the dashboard with esbuild: app.ts (with uPlot and the CSS it imports) → app.js + app.css,
 * plus index.html. Used by the build step (writes dist/dashboard/) and by the local API server
 * when it is pointed at the sources (bundles in memory, so `npm start` works before a build).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

export const DASHBOARD_SOURCE_DIR = __dirname;

/** The built files by name (app.js, app.css, index.html). */
export type DashboardFiles = Map<string, Uint8Array>;

export async function buildDashboard(
  options: { sourceDir?: string; minify?: boolean } = {},
): Promise<DashboardFiles> {
  const sourceDir = options.sourceDir ?? DASHBOARD_SOURCE_DIR;
  const result = await build({
    entryPoints: [join(sourceDir, 'app.ts')],
    bundle: true,
    write: false,
    outdir: '/dashboard',
    format: 'iife',
    platform: 'browser',
    target: ['es2020'],
    minify: options.minify ?? true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const files: DashboardFiles = new Map();
  for (const file of result.outputFiles) files.set(file.path.replace(/^.*[\\/]/, ''), file.contents);
  files.set('index.html', readFileSync(join(sourceDir, 'index.html')));
  for (const name of ['app.js', 'app.css']) {
    if (!files.has(name)) throw new Error(`dashboard bundle is missing ${name}`);
  }
  return files;
}
