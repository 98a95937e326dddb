import { join } from 'node:path';
import { buildSync } from 'esbuild';
import {
  ConfigSchema,
  QueuesSettingsSchema,
  ScoringSettingsSchema,
  SourceConfigSchema,
} from '../../../lib/config/config-schema';
import { parseConfig } from '../../../lib/config/load-config';
import * as z from '../../../lib/config/zod-mini';
import { lambdaBuildOptions } from '../../../lib/constructs/lambda-bundle-settings';

const root = join(__dirname, '..', '..', '..');

describe('zod/mini as the runtime schema library', () => {
  it('gives English messages without classic zod loaded', () => {
    // Jest gives each test file its own module registry: only what this file imports is loaded.
    const loaded = Object.keys(require.cache).filter((file) => /node_modules[\\/]zod[\\/]/.test(file));
    expect(loaded.some((file) => /[\\/]v4[\\/]mini[\\/]/.test(file))).toBe(true);
    expect(loaded.some((file) => /[\\/]v4[\\/]classic[\\/]/.test(file))).toBe(false);
    expect(z.safeParse(z.int().check(z.minimum(1)), 0).error?.issues[0]?.message).toBe(
      'Too small: expected number to be >=1',
    );
    expect(() => parseConfig({ queues: { batchSize: 0 }, stage: 3 })).toThrow(
      'Invalid configuration:\n' +
        '  - stage: Invalid input: expected string, received number\n' +
        '  - queues.batchSize: Too small: expected number to be >=1',
    );
  });

  it('keeps the config sub-schemas reachable through .shape', () => {
    expect(ConfigSchema.shape.scoring.parse({})).toEqual({
      halfLifeDays: 3,
      baselineDays: 90,
      recomputeDays: 30,
      alertMaxAgeHours: 72,
      alertLeaseSeconds: 60,
    });
    expect(ConfigSchema.shape.queues.def.innerType.shape.seenTtlDays.parse(undefined)).toBe(30);
    // The Lambdas import the sections themselves: the very schemas the config is built from.
    expect(ConfigSchema.shape.scoring).toBe(ScoringSettingsSchema);
    expect(ConfigSchema.shape.queues).toBe(QueuesSettingsSchema);
  });

  it('validates source lists as the CLI and the local runner build them', () => {
    const source = { id: 'a', url: 'https://example.org/feed' };
    expect(z.array(SourceConfigSchema).parse([source])).toEqual([
      { ...source, format: 'auto', fetchFullText: false },
    ]);
    expect(z.array(SourceConfigSchema).check(z.minLength(1)).safeParse([]).error?.issues[0]?.message).toBe(
      'Too small: expected array to have >=1 items',
    );
    expect(
      z.array(SourceConfigSchema).safeParse([{ id: 'A', url: source.url }]).error?.issues[0]?.path,
    ).toEqual([0, 'id']);
  });

  it('keeps classic zod and the other locales out of a bundle built from the runtime schemas', () => {
    const { metafile } = buildSync({
      entryPoints: [join(root, 'functions/commons/runtime-settings.ts')],
      bundle: true,
      minify: true,
      platform: 'node',
      format: 'cjs',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    // Files that contribute code to the output (the metafile's inputs also list what was tree-shaken away).
    const [output] = Object.values(metafile.outputs);
    const zodFiles = Object.entries(output?.inputs ?? {})
      .filter(([file, { bytesInOutput }]) => file.includes('node_modules/zod/') && bytesInOutput > 0)
      .map(([file]) => file);
    expect(zodFiles.length).toBeGreaterThan(0);
    expect(zodFiles.filter((file) => file.includes('/v4/classic/'))).toEqual([]);
    expect(zodFiles.filter((file) => file.includes('/v4/locales/') && !file.endsWith('/en.js'))).toEqual([]);
  }, 60_000);

  it('leaves the sections a Lambda does not validate out of its bundle', () => {
    const { outputFiles } = buildSync({
      ...lambdaBuildOptions(join(root, 'functions/handlers/score-articles.ts'), join(root, 'scorer.js')),
      write: false,
      logLevel: 'silent',
      absWorkingDir: root,
    });
    const code = outputFiles?.[0]?.text ?? '';
    // The sections it does validate (runtime-settings.ts) are there...
    expect(code).toContain('alertLeaseSeconds');
    expect(code).toContain('seenTtlDays');
    // ...the rest of the config (API throttling, dashboards, function sizes) and the source list are not.
    for (const field of ['throttleBurstLimit', 'dashboardDyads', 'memoryMiB', 'fetchFullText']) {
      expect(code).not.toContain(field);
    }
  }, 60_000);
});
