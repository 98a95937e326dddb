import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../../lib/config/load-config';
import { handlerEnvironment, LocalRunError, loadExampleSources, resetDataDir } from '../../local/run-local';

describe('local runner helpers', () => {
  it('resets only a folder the runner created', async () => {
    const base = mkdtempSync(join(tmpdir(), 'reset-'));
    const foreign = join(base, 'foreign');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'precious.txt'), 'keep me');
    await expect(resetDataDir(foreign)).rejects.toThrow(LocalRunError);
    expect(existsSync(join(foreign, 'precious.txt'))).toBe(true);

    const ours = join(base, 'ours');
    mkdirSync(ours);
    writeFileSync(join(ours, '.border-tension-data'), '');
    writeFileSync(join(ours, 'local-state.json'), '{}');
    await resetDataDir(ours);
    expect(existsSync(ours)).toBe(false);
    await expect(resetDataDir(join(base, 'absent'))).resolves.toBeUndefined();
  });

  it('loads the example sources with the feed server port filled in', async () => {
    const sources = await loadExampleSources(join(__dirname, '..', '..', 'examples'), 4321);
    expect(sources.map((s) => s.format)).toEqual(['rss', 'atom', 'jsonfeed', 'gdelt']);
    for (const source of sources) expect(source.url.startsWith('http://127.0.0.1:4321/feeds/')).toBe(true);
    expect(sources.find((s) => s.format === 'gdelt')?.fetchFullText).toBe(true);
  });

  it('rejects an examples folder whose sources.json is invalid', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'examples-'));
    writeFileSync(join(dir, 'sources.json'), JSON.stringify({ sources: [{ id: 'x', url: 'not a url' }] }));
    await expect(loadExampleSources(dir, 1)).rejects.toThrow(/sources\.json: 0\.url/);
  });

  it('gives the handlers the shared environment, with loopback allowed for fetching', () => {
    const env = handlerEnvironment({
      config: parseConfig({ dyads: { extraPairs: ['CHN-PHL'] } }),
      sources: [],
      tableName: 't',
      sourcesQueueUrl: 'http://127.0.0.1:1/000000000000/s',
      articlesQueueUrl: 'http://127.0.0.1:1/000000000000/a',
      alertsTopicArn: 'arn:aws:sns:us-east-1:000000000000:alerts',
      dynamoEndpoint: 'http://127.0.0.1:2',
      sqsEndpoint: 'http://127.0.0.1:1',
      verbose: false,
    });
    const settings = JSON.parse(env.BORDER_TENSION_SETTINGS ?? '{}');
    expect(settings.fetch.allowLoopback).toBe(true);
    expect(settings.dyads.extraPairs).toEqual(['CHN-PHL']);
    expect(Object.keys(settings).sort()).toEqual(['dyads', 'fetch', 'queues', 'scoring']);
    expect(env.AWS_ENDPOINT_URL_SQS).toBe('http://127.0.0.1:1');
    expect(env.AWS_ENDPOINT_URL_SNS).toBe('http://127.0.0.1:1');
    expect(env.POWERTOOLS_METRICS_DISABLED).toBe('true');
    expect(env.BORDER_TENSION_SOURCES).toBe('[]');
  });
});
