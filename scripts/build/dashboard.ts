/** Bundle the dashboard (dashboard/ → dist/dashboard/): static files, no network at run time. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDashboard } from '../../dashboard/build-dashboard';

const outDir = join(__dirname, '..', '..', 'dist', 'dashboard');

async function main(): Promise<void> {
  const files = await buildDashboard();
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const [name, contents] of files) writeFileSync(join(outDir, name), contents);
  const sizes = [...files].map(([name, contents]) => `${name} ${(contents.length / 1024).toFixed(1)} KiB`);
  process.stderr.write(`dashboard: ${sizes.join(', ')} → dist/dashboard/\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`dashboard build failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
