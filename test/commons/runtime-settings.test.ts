import {
  EnvironmentError,
  parseRuntimeSettings,
  parseSources,
  requireEnv,
} from '../../functions/commons/runtime-settings';

describe('runtime settings from the environment', () => {
  it('fills defaults from the config schema and keeps given values', () => {
    const settings = parseRuntimeSettings(
      JSON.stringify({ fetch: { allowLoopback: true, timeoutMs: 2000 }, queues: { seenTtlDays: 7 } }),
    );
    expect(settings.fetch).toMatchObject({
      allowLoopback: true,
      timeoutMs: 2000,
      maxRedirects: 5,
      retries: 2,
    });
    expect(settings.queues).toEqual({ seenTtlDays: 7 });
    expect(settings.scoring.halfLifeDays).toBe(3);
    expect(parseRuntimeSettings(undefined).fetch.allowLoopback).toBe(false);
  });

  it('names the variable and field of a bad value', () => {
    expect(() => parseRuntimeSettings('{"fetch": {"maxRedirects": 9}}')).toThrow(
      /BORDER_TENSION_SETTINGS is invalid: fetch\.maxRedirects/,
    );
    expect(() => parseRuntimeSettings('{oops')).toThrow(/BORDER_TENSION_SETTINGS is not valid JSON/);
    expect(() => parseSources('[{"id": "Bad Id", "url": "ftp://x"}]')).toThrow(EnvironmentError);
    expect(() => parseSources('[{"id": "ok", "url": "file:///etc/passwd"}]')).toThrow(/0\.url/);
    expect(parseSources(undefined)).toEqual([]);
    expect(parseSources('[{"id": "a", "url": "https://e.example/feed"}]')[0]).toMatchObject({
      format: 'auto',
      fetchFullText: false,
    });
  });

  it('reports a missing variable by name', () => {
    expect(() => requireEnv('TABLE_NAME', {})).toThrow('environment variable TABLE_NAME is not set');
    expect(requireEnv('TABLE_NAME', { TABLE_NAME: 't' })).toBe('t');
  });
});
