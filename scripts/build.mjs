#!/usr/bin/env node
// Build steps run in order by `npm run build` (and by `npm test` before anything else):
// each compiles something the runtime loads (data artefacts, bundles). Progress goes to stderr.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** [label, script under scripts/build/] */
const STEPS = [
  ['compile gazetteer and pattern tables', 'data.ts'],
  ['bundle dashboard', 'dashboard.ts'],
];

if (process.argv.includes('--help')) {
  process.stdout.write(`Usage: npm run build\n\nSteps:\n${STEPS.map(([l]) => `  - ${l}`).join('\n')}\n`);
  process.exit(0);
}
for (const [label, script] of STEPS) {
  const started = Date.now();
  process.stderr.write(`build: ${label} ...\n`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'build', script)], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    process.stderr.write(`build: ${label} failed (exit ${result.status})\n`);
    process.exit(result.status ?? 1);
  }
  process.stderr.write(`build: ${label} done in ${Date.now() - started} ms\n`);
}
