import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfigFile, parseConfig } from '../../../lib/config/load-config';

describe('configuration', () => {
  it('fills every default from an empty object', () => {
    const config = parseConfig({});
    expect(config.stage).toBe('dev');
    expect(config.schedule.rateMinutes).toBe(15);
    expect(config.scoring.halfLifeDays).toBe(3);
    expect(config.fetch.allowLoopback).toBe(false);
    expect(config.local.port).toBe(8787);
  });

  it('names every invalid field', () => {
    expect(() =>
      parseConfig({
        stage: 'Prod!',
        queues: { batchSize: 0 },
        sources: [{ id: 'a', url: 'ftp://x.org/feed' }],
      }),
    ).toThrow(ConfigError);
    try {
      parseConfig({
        stage: 'Prod!',
        queues: { batchSize: 0 },
        sources: [{ id: 'a', url: 'ftp://x.org/feed' }],
      });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('stage');
      expect(message).toContain('queues.batchSize');
      expect(message).toContain('sources.0.url');
    }
  });

  it('gathers a fetch cycle per scorer batch when deployed, a second locally, and names a bad window', () => {
    const config = parseConfig({});
    expect(config.queues.articlesBatchSize).toBe(1000);
    expect(config.queues.maxBatchingWindowSeconds).toBe(30);
    expect(config.local.batchingWindowSeconds).toBe(1);
    // Lambda's limit is 300 s; the local window has the same bounds.
    expect(() => parseConfig({ local: { batchingWindowSeconds: 301 } })).toThrow(
      /local\.batchingWindowSeconds/,
    );
    expect(() => parseConfig({ local: { batchingWindowSeconds: -1 } })).toThrow(ConfigError);
    expect(() => parseConfig({ queues: { articlesBatchSize: 10001 } })).toThrow(/queues\.articlesBatchSize/);
  });

  it('rejects an unknown dyad pair format and a broken file with the path named', () => {
    expect(() => parseConfig({ dyads: { extraPairs: ['china-philippines'] } })).toThrow(
      /dyads\.extraPairs\.0/,
    );
    const dir = mkdtempSync(join(tmpdir(), 'bt-config-'));
    const file = join(dir, 'config.json');
    writeFileSync(file, '{ not json');
    expect(() => loadConfigFile(file)).toThrow(new RegExp(`Cannot read configuration file ${file}`));
  });

  it('names every configured pair code the gazetteer does not know', () => {
    const raw = {
      dyads: { extraPairs: ['CHN-PHL', 'CHN-PHI'] },
      observability: { dashboardDyads: ['KGZ-TJK', 'KOS-SRB'] },
    };
    expect(() => parseConfig(raw, 'test config')).toThrow(
      new ConfigError(
        'Invalid test config:\n' +
          '  - dyads.extraPairs.1: PHI is not an ISO 3166-1 alpha-3 country code of the gazetteer\n' +
          '  - observability.dashboardDyads.1: KOS is not an ISO 3166-1 alpha-3 country code of the gazetteer',
      ),
    );
    // Known codes pass, Kosovo under its user-assigned code XKX (GDELT's KOS above is not one) included.
    const ok = parseConfig({
      dyads: { extraPairs: ['CHN-PHL'] },
      observability: { dashboardDyads: ['SRB-XKX'] },
    });
    expect(ok.dyads.extraPairs).toEqual(['CHN-PHL']);
    expect(ok.observability.dashboardDyads).toEqual(['SRB-XKX']);
  });
});
