import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../../../cli/command';
import { COMMANDS } from '../../../cli/commands';
import { parseStartArgs, sourcesFromOptions, startCommand } from '../../../cli/commands/start';

const dir = mkdtempSync(join(tmpdir(), 'start-cli-'));

describe('border-tension start: options', () => {
  it('is registered and documents every option', () => {
    expect(COMMANDS).toContain(startCommand);
    for (const option of [
      '--once',
      '--config',
      '--sources',
      '--source',
      '--port',
      '--data-dir',
      '--reset',
      '--help',
    ]) {
      expect(startCommand.usage).toContain(option);
    }
  });

  it('defaults to the configuration and the examples', () => {
    const options = parseStartArgs([]);
    expect(options.once).toBe(false);
    expect(options.sources).toBeUndefined();
    expect(options.port).toBeUndefined();
    expect(options.config.local).toEqual({
      port: 8787,
      dataDir: '.border-tension',
      intervalSeconds: 60,
      batchingWindowSeconds: 1,
    });
  });

  it('reads the options', () => {
    const config = join(dir, 'config.json');
    writeFileSync(config, JSON.stringify({ stage: 'test', local: { port: 9000 } }));
    const options = parseStartArgs([
      '--once',
      '--config',
      config,
      '--source',
      'https://news.example/rss.xml',
      '--source',
      'https://other.example/atom',
      '--port',
      '0',
      '--data-dir',
      '/tmp/x',
      '--interval',
      '30',
      '--reset',
    ]);
    expect(options).toMatchObject({ once: true, port: 0, dataDir: '/tmp/x', reset: true });
    expect(options.config.stage).toBe('test');
    expect(options.config.local.intervalSeconds).toBe(30);
    expect(options.sources?.map((s) => [s.id, s.url, s.format])).toEqual([
      ['source-1', 'https://news.example/rss.xml', 'auto'],
      ['source-2', 'https://other.example/atom', 'auto'],
    ]);
  });

  it('reads --sources as {"sources": [...]} or a bare array', () => {
    const file = join(dir, 'sources.json');
    writeFileSync(
      file,
      JSON.stringify({ sources: [{ id: 'wire', url: 'https://wire.example/feed', format: 'rss' }] }),
    );
    expect(sourcesFromOptions(file, [])?.[0]).toMatchObject({
      id: 'wire',
      format: 'rss',
      fetchFullText: false,
    });
    writeFileSync(file, JSON.stringify([{ id: 'wire', url: 'https://wire.example/feed' }]));
    expect(sourcesFromOptions(file, [])).toHaveLength(1);
  });

  it.each([
    [['--bogus'], /bogus/],
    [['--port', '70000'], /--port must be an integer from 0 to 65535/],
    [['--port', 'abc'], /--port/],
    [['--interval', '2'], /at least 5 seconds/],
    [['--timeout', '0'], /at least 1 second/],
    [['--source', 'ftp://files.example/feed'], /invalid sources/],
    [['--sources', join(dir, 'missing.json')], /cannot read --sources/],
    [['--config', join(dir, 'missing.json')], /Cannot read configuration file/],
    [['positional'], /positional/i],
  ])('rejects %j with a clear usage error', (argv, message) => {
    expect(() => parseStartArgs(argv)).toThrow(UsageError);
    expect(() => parseStartArgs(argv)).toThrow(message);
  });

  it('rejects a sources file of the wrong shape', () => {
    const file = join(dir, 'bad-sources.json');
    writeFileSync(file, JSON.stringify({ feeds: [] }));
    expect(() => sourcesFromOptions(file, [])).toThrow(/must hold/);
    writeFileSync(file, JSON.stringify({ sources: [{ id: 'Bad Id', url: 'https://x.example/' }] }));
    expect(() => sourcesFromOptions(file, [])).toThrow(/sources\[0\]\.id: lowercase/);
  });
});
