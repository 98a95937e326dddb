/**
 * The end-to-end worker's arguments (bench/workers/end-to-end.ts, run by bench/run.ts in its own
 * process): a bad value stops it with a clear error before any emulator starts.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

function runWorker(args: string[]) {
  return spawnSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'bench', 'workers', 'end-to-end.ts'), ...args],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NODE_NO_WARNINGS: '1' },
      timeout: 60_000,
    },
  );
}

describe('end-to-end worker arguments', () => {
  it.each([
    ['--news-lag', 'someday', '--news-lag must be one of recent, week, got someday'],
    ['--warm-cycles', '1.5', '--warm-cycles must be a whole number, got 1.5'],
  ])('refuses %s %s with an error naming the option', (option, value, message) => {
    const run = runWorker(['--result', join(ROOT, 'test-output', 'never-written.json'), option, value]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(/enqueued/);
  });

  it('documents --news-lag and --warm-cycles in its help text', () => {
    const run = runWorker(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/--news-lag L\s+when the stories' events happened: recent/);
    expect(run.stdout).toMatch(
      /--warm-cycles N\s+cycles of as many articles the same containers score first/,
    );
  });
});
