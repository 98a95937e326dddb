import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { lambdaBuildOptions } from '../../../lib/constructs/lambda-bundle-settings';

const ROOT = join(__dirname, '..', '..', '..');

/**
 * The ES module builds that mainFields prefers are turned into CommonJS by esbuild. The first
 * invocations the bench serves cover the SDK clients; this covers the fetcher's page reader
 * (linkedom, Readability), which those invocations never reach (their feeds carry full text).
 */
describe('lambdaBuildOptions', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bt-bundle-settings-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('bundles a working page reader from the ES builds of its dependencies', async () => {
    const entry = join(dir, 'entry.ts');
    const page = join(ROOT, 'test', 'fixtures', 'feeds', 'article-page.html');
    writeFileSync(
      entry,
      `import { readFileSync } from 'node:fs';
import { extractPageText } from ${JSON.stringify(join(ROOT, 'functions', 'adapters', 'web'))};
const page = extractPageText(readFileSync(${JSON.stringify(page)}, 'utf8'), 'https://news.example.org/x');
process.stdout.write(JSON.stringify(page ?? null));
`,
    );
    const outfile = join(dir, 'index.js');
    const result = await build({
      ...lambdaBuildOptions(entry, outfile),
      metafile: true,
      logLevel: 'silent',
      absWorkingDir: ROOT,
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((path) => path.includes('node_modules/linkedom/esm/'))).toBe(true);

    const read = JSON.parse(execFileSync(process.execPath, [outfile], { encoding: 'utf8' }));
    expect(read.canonicalUrl).toBe('https://news.example.org/world/2022/09/batken-fire');
    expect(read.text).toContain('Guards on both sides of the frontier said they came under fire before dawn');
    expect(readFileSync(outfile, 'utf8')).not.toMatch(/^\s*(import|export)\s/m);
  });

  // Node reads a bundle as UTF-8: one character beyond ASCII sends the whole file down the slow
  // decoding path, a few milliseconds of every cold start. esbuild escapes them, but not in String.raw.
  it.each([
    ['scorer', 'score-articles.ts'],
    ['API', 'read-api.ts'],
  ])('bundles the %s as pure ASCII', async (_name, handler) => {
    const outfile = join(dir, `${handler}.js`);
    await build({
      ...lambdaBuildOptions(join(ROOT, 'functions', 'handlers', handler), outfile),
      logLevel: 'silent',
      absWorkingDir: ROOT,
    });
    const beyondAscii = readFileSync(outfile, 'latin1').match(/[\u0080-\uffff].{0,40}/);
    expect(beyondAscii?.[0]).toBeUndefined();
  });
});
