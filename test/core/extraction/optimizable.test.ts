/**
 * readEvents reads every trigger of every sentence, and V8 optimises no function whose bytecode is
 * longer than --max-optimized-bytecode-size (61,440 bytes by default): past it, the function runs
 * in the interpreter and extraction is about 15% slower (measured in session 52, when one more
 * inline check took it over). The rules of readEvents grow session by session, so this keeps the
 * function under the limit, as the stack bundles it, with room to spare; new logic goes into
 * helpers of its own.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { lambdaBuildOptions } from '../../../lib/constructs/lambda-bundle-settings';

const ROOT = join(__dirname, '..', '..', '..');
/** Bytes of bytecode kept free under the limit, so that a session's rules do not reach it unnoticed. */
const HEADROOM = 2_000;

function v8Default(flag: string): number {
  const options = spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8' }).stdout;
  const match = new RegExp(`--${flag}=(\\d+)`).exec(options);
  if (!match) throw new Error(`node --v8-options names no default for --${flag}`);
  return Number(match[1]);
}

describe('readEvents stays optimisable', () => {
  it('has less bytecode than V8 optimises, as the Lambda bundle builds it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'optimizable-'));
    try {
      const file = join(dir, 'extraction.cjs');
      buildSync({
        ...lambdaBuildOptions(join(ROOT, 'functions/core/extraction/index.ts'), file),
        absWorkingDir: ROOT,
        logLevel: 'silent',
        // Names kept, so V8 can be asked for the function by name; renaming changes no bytecode length.
        minify: false,
        minifySyntax: true,
        minifyWhitespace: true,
      });
      const article = JSON.stringify({
        id: 'probe',
        title: 'Border clash',
        text: 'Thai and Cambodian troops exchanged fire on the border on Monday, the army said.',
        published: '2025-07-24',
      });
      const run = spawnSync(
        process.execPath,
        [
          '--print-bytecode',
          '--print-bytecode-filter=readEvents',
          '-e',
          `require(${JSON.stringify(file)}).extractArticle(${article})`,
        ],
        { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      );
      expect(run.status).toBe(0);
      const length = /Bytecode length: (\d+)/.exec(run.stdout);
      expect(length).not.toBeNull();
      const limit = v8Default('max-optimized-bytecode-size');
      expect(Number(length![1])).toBeLessThan(limit - HEADROOM);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
