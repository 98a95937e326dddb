import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeCommand } from '../../cli/commands/analyze';
import { main } from '../../cli/main';

const BIN = join(__dirname, '..', '..', 'bin', 'border-tension.js');
const dir = mkdtempSync(join(tmpdir(), 'analyze-'));

const TEXT =
  'Armenia and Azerbaijan trade fire\nAzerbaijani forces opened fire on Armenian positions near the village of Sotk on Friday, ' +
  'and Armenian troops returned fire. One soldier was killed and two were injured.';

function capture(stream: 'stdout' | 'stderr'): { text: () => string; restore: () => void } {
  const chunks: string[] = [];
  const spy = jest.spyOn(process[stream], 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  return { text: () => chunks.join(''), restore: () => spy.mockRestore() };
}

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out = capture('stdout');
  const err = capture('stderr');
  try {
    const code = await main(['analyze', ...argv], [analyzeCommand]);
    return { code, out: out.text(), err: err.text() };
  } finally {
    out.restore();
    err.restore();
  }
}

describe('border-tension analyze', () => {
  it('reads a plain-text file (title on line one) with --published', async () => {
    const file = join(dir, 'article.txt');
    writeFileSync(file, TEXT);
    const { code, out } = await run([file, '--published', '2024-05-04']);
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.published).toBe('2024-05-04');
    expect(result.dyads[0].pair).toBe('ARM-AZE');
    expect(result.casualties).toMatchObject({ killed: 1, injured: 2 });
    expect(result.events[0]).toMatchObject({ cameo: '190', polarity: 'escalation', date: '2024-05-03' });
    expect(result.events[0].actor).toEqual({ country: 'AZE', role: 'MIL' });
    expect(result.entities.countries.map((c: { iso3: string }) => c.iso3).sort()).toEqual(['ARM', 'AZE']);
    expect(typeof result.id).toBe('string');
  });

  it('reads a JSON article and keeps its id', async () => {
    const file = join(dir, 'article.json');
    writeFileSync(
      file,
      JSON.stringify({ id: 'a-1', title: 'Clash', text: TEXT, published: '2024-05-04T10:00:00Z' }),
    );
    const { code, out } = await run([file]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ id: 'a-1', published: '2024-05-04' });
  });

  it('rejects bad single inputs with a message and exit 1', async () => {
    const cases: [string, string, RegExp][] = [
      ['empty.txt', '', /empty/],
      ['page.html', '<html><body><p>Hi</p><div>x</div></body></html>', /HTML/],
      ['binary.bin', 'PK\u0003\u0004\u0000\u0000binary', /binary/],
      ['broken.json', '{"text": ', /invalid JSON/],
      ['huge.txt', `Title\n${'news '.repeat(1_050_000)}`, /too long/],
    ];
    for (const [name, content, message] of cases) {
      const file = join(dir, name);
      writeFileSync(file, content);
      const { code, out, err } = await run([file]);
      expect(code).toBe(1);
      expect(out).toBe('');
      expect(err).toMatch(message);
    }
  });

  it('reports a missing file and usage errors', async () => {
    expect((await run([join(dir, 'nope.txt')])).code).toBe(1);
    const usage = await run(['--published', 'yesterday']);
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('--published');
    expect((await run(['--frobnicate'])).code).toBe(2);
  });

  it('streams JSONL: one result per good line, bad lines reported on stderr', async () => {
    const file = join(dir, 'stream.jsonl');
    const lines = [
      JSON.stringify({ id: 'one', text: TEXT, published: '2024-05-04' }),
      '{ not json',
      JSON.stringify({ id: 'empty', text: '' }),
      JSON.stringify({ id: 'two', title: 'Quiet', text: 'Ecuador and Peru signed a trade memorandum.' }),
      JSON.stringify({ title: 'no text field' }),
    ];
    writeFileSync(file, `${lines.join('\n')}\n`);
    const { code, out, err } = await run(['--jsonl', file]);
    const results = out
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(results.map((r) => r.id)).toEqual(['one', 'two']);
    expect(results[1].dyads).toEqual([]);
    expect(err).toMatch(/line 2: invalid JSON/);
    expect(err).toMatch(/line 3: .*empty/);
    expect(err).toMatch(/line 5: not an article/);
    expect(code).toBe(1);
  });

  it('works end to end through the bin script with stdin', () => {
    const result = spawnSync(process.execPath, [BIN, 'analyze', '-', '--published', '2024-05-04'], {
      input: TEXT,
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).dyads[0].pair).toBe('ARM-AZE');
  });
});
