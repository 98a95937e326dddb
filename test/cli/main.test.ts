import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Command } from '../../cli/command';
import { UsageError } from '../../cli/command';
import { main } from '../../cli/main';

const BIN = join(__dirname, '..', '..', 'bin', 'border-tension.js');

function capture(stream: 'stdout' | 'stderr'): { text: () => string; restore: () => void } {
  const chunks: string[] = [];
  const spy = jest.spyOn(process[stream], 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  return { text: () => chunks.join(''), restore: () => spy.mockRestore() };
}

const echo: Command = {
  name: 'echo',
  summary: 'Print the arguments.',
  usage: 'Usage: border-tension echo [WORDS...]',
  run: async (argv) => {
    if (argv.includes('--bad')) throw new UsageError('--bad is not an option');
    process.stdout.write(argv.join(' '));
    return 0;
  },
};

describe('border-tension CLI', () => {
  it('lists every command in --help', async () => {
    const out = capture('stdout');
    const code = await main(['--help'], [echo]);
    out.restore();
    expect(code).toBe(0);
    expect(out.text()).toContain('echo');
    expect(out.text()).toContain('Print the arguments.');
  });

  it('rejects an unknown command with exit code 2 and a message on stderr', async () => {
    const err = capture('stderr');
    const code = await main(['frobnicate'], [echo]);
    err.restore();
    expect(code).toBe(2);
    expect(err.text()).toContain('unknown command "frobnicate"');
  });

  it('prints a command help and turns usage errors into exit code 2', async () => {
    const out = capture('stdout');
    expect(await main(['echo', '--help'], [echo])).toBe(0);
    out.restore();
    expect(out.text()).toContain('Usage: border-tension echo');
    const err = capture('stderr');
    expect(await main(['echo', '--bad'], [echo])).toBe(2);
    err.restore();
    expect(err.text()).toContain('--bad is not an option');
  });

  it('runs as the package bin in a real process', () => {
    const help = execFileSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' });
    expect(help).toContain('Usage: border-tension <command>');
    const unknown = spawnSync(process.execPath, [BIN, 'nope'], { encoding: 'utf8' });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown command "nope"');
  });
});
