/**
 * Does a Lambda start faster with the AWS SDK bundled into it, or with the SDK left external (the
 * runtime's copy)? Bundles one probe both ways with esbuild (the settings BorderTensionFunction
 * uses), then times fresh `node` processes that load the bundle and construct the clients the
 * handlers use: "ready" is performance.now() once the clients exist (boot + load + init). Prints
 * the median of N runs per variant (JSON with --json).
 *
 *   npx tsx lib/tools/measure-sdk-startup.ts [runs=15]
 *
 * The external variant resolves @aws-sdk/* from node_modules, as the Lambda runtime resolves its
 * own copy from /var/runtime/node_modules: many small files read and compiled at cold start.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { lambdaBuildOptions } from '../constructs/lambda-bundle-settings';

const REPO_ROOT = join(__dirname, '..', '..');

/** What a handler does at init: import the SDK clients and Powertools, construct them once. */
const PROBE = `
const { DynamoDBClient } = require('@aws-sdk/client-dynamodb');
const { DynamoDBDocumentClient } = require('@aws-sdk/lib-dynamodb');
const { SQSClient } = require('@aws-sdk/client-sqs');
const { SNSClient } = require('@aws-sdk/client-sns');
const { Logger } = require('@aws-lambda-powertools/logger');
const { Metrics } = require('@aws-lambda-powertools/metrics');
const options = { region: 'eu-west-1', credentials: { accessKeyId: 'x', secretAccessKey: 'y' } };
const clients = [DynamoDBDocumentClient.from(new DynamoDBClient(options)), new SQSClient(options), new SNSClient(options)];
new Logger({ serviceName: 'probe' });
new Metrics({ namespace: 'Probe', serviceName: 'probe' });
// Milliseconds since the process started: node boot + loading the bundle + init, without exit.
// CPU time (user + system) until then: robust when the machine is shared and wall time is noisy.
const cpu = process.cpuUsage();
process.stdout.write(String(performance.now()) + ' ' + String((cpu.user + cpu.system) / 1000) + ' ' + clients.length);
`;

interface Variant {
  readonly name: string;
  readonly external: string[];
  readonly nodeArgs: string[];
}

const VARIANTS: readonly Variant[] = [
  { name: 'sdk bundled', external: [], nodeArgs: [] },
  { name: 'sdk bundled, --enable-source-maps', external: [], nodeArgs: ['--enable-source-maps'] },
  { name: 'sdk external (runtime copy)', external: ['@aws-sdk/*'], nodeArgs: [] },
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function main(): void {
  const runs = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 15);
  const dir = mkdtempSync(join(tmpdir(), 'bt-sdk-startup-'));
  writeFileSync(join(dir, 'probe.js'), PROBE);
  // The external variant resolves the SDK from here, as Lambda does from /var/runtime/node_modules.
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(dir, 'node_modules'));

  const bundles = VARIANTS.map((variant, index) => {
    const outdir = join(dir, `variant-${index}`);
    mkdirSync(outdir);
    const outfile = join(outdir, 'index.js');
    buildSync({
      ...lambdaBuildOptions(join(dir, 'probe.js'), outfile),
      sourcemap: true,
      target: `node${process.versions.node.split('.')[0]}`,
      external: variant.external,
      logLevel: 'error',
    });
    return { variant, outfile, wall: [] as number[], ready: [] as number[], cpu: [] as number[] };
  });
  const empty = join(dir, 'empty.js');
  writeFileSync(empty, '');
  const baseline: number[] = [];

  // Interleaved, so a load spike on the shared machine hits every variant alike.
  for (let run = 0; run < runs; run += 1) {
    const started = process.hrtime.bigint();
    spawnSync(process.execPath, [empty], { cwd: dir });
    baseline.push(Number(process.hrtime.bigint() - started) / 1e6);
    for (const bundle of bundles) {
      const begun = process.hrtime.bigint();
      const result = spawnSync(process.execPath, [...bundle.variant.nodeArgs, bundle.outfile], {
        cwd: dir,
        encoding: 'utf8',
      });
      bundle.wall.push(Number(process.hrtime.bigint() - begun) / 1e6);
      if (result.status !== 0) throw new Error(`${bundle.variant.name} failed: ${result.stderr}`);
      const [readyMs, cpuMs] = result.stdout.split(' ');
      bundle.ready.push(Number(readyMs));
      bundle.cpu.push(Number(cpuMs));
    }
  }
  const nodeStartMs = Math.round(median(baseline));
  const results = bundles.map((bundle) => ({
    variant: bundle.variant.name,
    bundleKiB: Math.round(statSync(bundle.outfile).size / 1024),
    medianProcessMs: Math.round(median(bundle.wall)),
    medianReadyMs: Math.round(median(bundle.ready)),
    medianCpuMs: Math.round(median(bundle.cpu)),
  }));

  if (process.argv.includes('--json')) {
    process.stdout.write(
      `${JSON.stringify({ node: process.version, runs, nodeStartMs, results }, null, 2)}\n`,
    );
    return;
  }
  process.stdout.write(
    `node ${process.version}, ${runs} fresh processes per variant (median); empty script ${nodeStartMs} ms\n`,
  );
  for (const r of results) {
    process.stdout.write(
      `${r.variant.padEnd(36)} bundle ${String(r.bundleKiB).padStart(5)} KiB  process ${r.medianProcessMs} ms  ready ${r.medianReadyMs} ms  cpu ${r.medianCpuMs} ms\n`,
    );
  }
}

main();
