import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { addBorderTensionStage, readAppConfig } from '../../lib/border-tension-app';
import { HANDLER_ENTRIES, HANDLERS_DIR } from '../../lib/border-tension-stack';
import { ConfigError } from '../../lib/config/load-config';

const tempDir = () => mkdtempSync(join(tmpdir(), 'bt-app-'));

describe('readAppConfig', () => {
  it('reads the cdk.json context key and lets -c stage override the stage', () => {
    const app = new App({
      outdir: tempDir(),
      context: { 'border-tension:config': { schedule: { rateMinutes: 30 } }, stage: 'staging' },
    });
    const config = readAppConfig(app);
    expect(config.stage).toBe('staging');
    expect(config.schedule.rateMinutes).toBe(30);
  });

  it('accepts the configuration as a JSON string, as `cdk synth -c key=...` passes it', () => {
    const app = new App({
      outdir: tempDir(),
      context: { 'border-tension:config': '{"stage":"qa","dyads":{"extraPairs":["CHN-PHL"]}}' },
    });
    expect(readAppConfig(app)).toMatchObject({ stage: 'qa', dyads: { extraPairs: ['CHN-PHL'] } });
    const broken = new App({ outdir: tempDir(), context: { 'border-tension:config': '{stage:' } });
    expect(() => readAppConfig(broken)).toThrow(/border-tension:config.*not JSON/);
  });

  it('prefers a configuration file given with -c configFile', () => {
    const file = join(tempDir(), 'prod.json');
    writeFileSync(file, JSON.stringify({ stage: 'prod', alerts: { opsEmails: ['oncall@example.org'] } }));
    const config = readAppConfig(
      new App({ outdir: tempDir(), context: { configFile: file, 'border-tension:config': { stage: 'x' } } }),
    );
    expect(config.stage).toBe('prod');
    expect(config.alerts.opsEmails).toEqual(['oncall@example.org']);
  });

  it('fails with the offending field named, for context, file and stage override alike', () => {
    const fromContext = new App({
      outdir: tempDir(),
      context: { 'border-tension:config': { schedule: { rateMinutes: 0 } } },
    });
    expect(() => readAppConfig(fromContext)).toThrow(ConfigError);
    expect(() => readAppConfig(fromContext)).toThrow(/schedule\.rateMinutes/);
    expect(() => readAppConfig(fromContext)).toThrow(/cdk\.json context/);

    const file = join(tempDir(), 'bad.json');
    writeFileSync(file, JSON.stringify({ observability: { dashboardDyads: ['kyrgyzstan'] } }));
    expect(() => readAppConfig(new App({ outdir: tempDir(), context: { configFile: file } }))).toThrow(
      /observability\.dashboardDyads\.0/,
    );
    expect(() => readAppConfig(new App({ outdir: tempDir(), context: { stage: 'Prod!' } }))).toThrow(/stage/);
  });
});

type CfnResourceJson = { Type: string; Properties: { Code?: { S3Key?: string } } };

describe('whole app synth with real esbuild bundling', () => {
  it(`bundles the four real handlers (${Object.values(HANDLER_ENTRIES).join(', ')} in ${HANDLERS_DIR}), bakes the sources into the dispatcher and passes cdk-nag`, () => {
    const outdir = tempDir();
    const app = new App({ outdir });
    const sourceUrl = 'https://wire.example.org/border-news.xml';
    const stack = addBorderTensionStage(
      app,
      readAppConfigFrom({ stage: 'prod', sources: [{ id: 'wire', url: sourceUrl }] }),
    );
    // In-memory apps throw on any unacknowledged cdk-nag finding (warnings included).
    const assembly = app.synth();
    const report = JSON.parse(readFileSync(join(outdir, 'validation-report.json'), 'utf8'));
    expect(
      report.pluginReports.flatMap((plugin: { violations?: unknown[] }) => plugin.violations ?? []),
    ).toEqual([]);

    const template = assembly.getStackByName(stack.stackName).template;
    const resources = template.Resources as Record<string, CfnResourceJson>;
    const functions = Object.values(resources).filter(
      (resource) => resource.Type === 'AWS::Lambda::Function',
    );
    expect(functions).toHaveLength(4);
    const bundles = readdirSync(outdir).filter((name) => name.startsWith('asset.'));
    expect(bundles.length).toBeGreaterThanOrEqual(4);
    const dispatcherId = stack.getLogicalId(stack.functions.dispatcher.function.node.defaultChild as never);
    const dispatcherAsset = String(resources[dispatcherId]?.Properties.Code?.S3Key).replace('.zip', '');
    const dispatcherCode = readFileSync(join(outdir, `asset.${dispatcherAsset}`, 'index.js'), 'utf8');
    expect(dispatcherCode).toContain(sourceUrl);
    expect(existsSync(join(outdir, `asset.${dispatcherAsset}`, 'index.js.map'))).toBe(true);

    // The SDK enters as its tree-shakable ES builds (LAMBDA_BUNDLE_SETTINGS.mainFields), not as
    // the CommonJS builds that carry every command of a client.
    const scorerId = stack.getLogicalId(stack.functions.scorer.function.node.defaultChild as never);
    const scorerAsset = String(resources[scorerId]?.Properties.Code?.S3Key).replace('.zip', '');
    const scorerSources: string[] = JSON.parse(
      readFileSync(join(outdir, `asset.${scorerAsset}`, 'index.js.map'), 'utf8'),
    ).sources;
    expect(
      scorerSources.filter((source) => source.includes('@aws-sdk/client-dynamodb/dist-es/')).length,
    ).toBeGreaterThan(0);
    expect(scorerSources.filter((source) => /@aws-sdk\/client-[a-z]+\/dist-cjs\//.test(source))).toEqual([]);
  });
});

function readAppConfigFrom(raw: unknown) {
  return readAppConfig(new App({ outdir: tempDir(), context: { 'border-tension:config': raw } }));
}
