/**
 * Section 2: size and cold start of every Lambda bundle. Each handler is bundled with esbuild the
 * way the CDK stack does it (minified, CommonJS, platform node, tree-shaken, AWS SDK bundled as
 * lib/constructs/border-tension-function.ts chooses by default) and once more with the AWS SDK
 * left out (the size the "under 1 MB, SDK excluded" target reads). Cold start = loading the bundle
 * plus serving a real first invocation in a fresh Node process, against dynalite and fauxqs.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { lambdaBuildOptions } from '../../lib/constructs/lambda-bundle-settings';
import { heapFlagsOf, lambdaHeapFlags } from '../lib/lambda-runtime';
import { median, msSince, percentile } from '../lib/stats';

/** Mirrors HANDLER_ENTRIES in lib/border-tension-stack.ts (a test keeps the two in step). */
export const LAMBDA_HANDLERS = {
  dispatcher: 'dispatch-sources.ts',
  fetcher: 'fetch-source.ts',
  scorer: 'score-articles.ts',
  api: 'read-api.ts',
} as const;
export type LambdaName = keyof typeof LAMBDA_HANDLERS;

/**
 * Cold-start baselines, timed in the same runs as their Lambda: the AWS SDK and Powertools making
 * the same kinds of calls with no domain work (bench/baselines/aws-sdk-floor-handler.ts).
 */
export const COLD_START_BASELINES: Partial<Record<LambdaName, string>> = {
  scorer: 'bench/baselines/aws-sdk-floor-handler.ts',
};

export interface BundleSize {
  bytes: number;
  /** Largest contributors to the output, by package ("(project)" for our own code). */
  topInputs: { name: string; bytes: number }[];
}

export interface ColdStartFigures {
  runs: number;
  /** Node's own boot before the bundle is touched (the runtime's share). */
  nodeBootMs: number;
  loadMs: { p50: number; max: number };
  firstInvokeMs: { p50: number; max: number };
  /** CPU time of the first invocation (user + system): what is not waiting on I/O. */
  firstInvokeCpuMs: { p50: number; max: number };
  /** Load + first invocation: the median of the per-run sums. */
  coldStartMs: { p50: number; p90: number; max: number };
  /** Load + first invocation of each run, in run order (the bundles of one measurement take turns run by run). */
  runsMs: number[];
  /** Spawn to result, seen from outside (includes Node's boot). */
  processMs: { p50: number };
  /** The V8 heap flags the probes ran under: Lambda's for the function's memory. */
  nodeFlags: string[];
  /** Every run served its first invocation without error. */
  allOk: boolean;
  detail: string;
  invocation: string;
}

export interface BundleResult {
  name: LambdaName;
  entry: string;
  present: boolean;
  deployed?: BundleSize;
  withoutAwsSdk?: BundleSize;
  coldStart?: ColdStartFigures;
  /** Cold start of the SDK-external bundle (the runtime's SDK copy, loaded from node_modules here). */
  coldStartWithoutAwsSdk?: ColdStartFigures;
  /** The baseline of COLD_START_BASELINES for this Lambda, bundled and timed the same way. */
  baseline?: { entry: string; deployed: BundleSize; coldStart: ColdStartFigures };
  error?: string;
}

/** Group esbuild's per-input byte counts by npm package. */
function topInputs(metafile: Metafile, outfile: string, root: string): BundleSize['topInputs'] {
  const output = Object.entries(metafile.outputs).find(([path]) => join(root, path) === outfile)?.[1];
  const byPackage = new Map<string, number>();
  for (const [path, { bytesInOutput }] of Object.entries(output?.inputs ?? {})) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
    const name = match?.[1] ?? '(project)';
    byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
  }
  return [...byPackage.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([name, bytes]) => ({ name, bytes }));
}

export async function bundleHandler(
  entry: string,
  outfile: string,
  options: { root: string; bundleAwsSdk: boolean; define?: Record<string, string> },
): Promise<BundleSize> {
  const result = await build({
    ...lambdaBuildOptions(entry, outfile),
    target: 'node22',
    external: options.bundleAwsSdk ? [] : ['@aws-sdk/*'],
    define: options.define ?? {},
    metafile: true,
    logLevel: 'silent',
    absWorkingDir: options.root,
  });
  return { bytes: statSync(outfile).size, topInputs: topInputs(result.metafile, outfile, options.root) };
}

export interface Invocation {
  /** What the first invocation does, in a few words for the report. */
  description: string;
  /** A fresh event per run (distinct ids, so no run finds the previous one's work done). */
  event: (run: number) => unknown | Promise<unknown>;
}

interface ProbeResult {
  bootMs: number;
  loadMs: number;
  invokeMs: number;
  invokeCpuMs: number;
  ok: boolean;
  detail: string;
  execArgv: string[];
}

function runProbe(
  probe: string,
  nodeFlags: readonly string[],
  bundle: string,
  invocationFile: string,
  resultFile: string,
  env: NodeJS.ProcessEnv,
) {
  return new Promise<{ result: ProbeResult; processMs: number }>((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [...nodeFlags, probe, bundle, invocationFile, resultFile], {
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      const processMs = msSince(started);
      if (!existsSync(resultFile)) {
        reject(new Error(`cold-start probe exited ${code} without a result: ${stderr.slice(-500)}`));
        return;
      }
      resolve({ result: JSON.parse(readFileSync(resultFile, 'utf8')) as ProbeResult, processMs });
    });
  });
}

function summarizeColdStarts(
  samples: (ProbeResult & { processMs: number })[],
  invocation: Invocation,
): ColdStartFigures {
  const cold = samples.map((s) => s.loadMs + s.invokeMs);
  const failed = samples.filter((s) => !s.ok);
  return {
    runs: samples.length,
    nodeBootMs: median(samples.map((s) => s.bootMs)),
    loadMs: { p50: median(samples.map((s) => s.loadMs)), max: Math.max(...samples.map((s) => s.loadMs)) },
    firstInvokeMs: {
      p50: median(samples.map((s) => s.invokeMs)),
      max: Math.max(...samples.map((s) => s.invokeMs)),
    },
    firstInvokeCpuMs: {
      p50: median(samples.map((s) => s.invokeCpuMs)),
      max: Math.max(...samples.map((s) => s.invokeCpuMs)),
    },
    coldStartMs: { p50: median(cold), p90: percentile(cold, 90), max: Math.max(...cold) },
    runsMs: cold,
    processMs: { p50: median(samples.map((s) => s.processMs)) },
    nodeFlags: heapFlagsOf(samples[0]?.execArgv ?? []),
    allOk: failed.length === 0,
    detail: failed.length
      ? `${failed.length}/${samples.length} runs failed: ${failed[0]?.detail}`
      : (samples[0]?.detail ?? ''),
    invocation: invocation.description,
  };
}

/**
 * Time `runs` fresh processes per bundle, each loading the bundle and serving one invocation.
 * The bundles take turns run by run, so drift (a growing table, a busier machine) hits all alike;
 * every run gets a fresh event (new article ids), so none finds its work already done.
 */
export async function measureColdStarts(
  bundles: readonly { bundle: string; label: string }[],
  invocation: Invocation,
  options: {
    runs: number;
    workDir: string;
    env: Record<string, string>;
    probe: string;
    nodePath: string;
    /** The function's configured memory: Lambda's heap flags and the context's memoryLimitInMB follow from it. */
    memoryMiB: number;
  },
): Promise<ColdStartFigures[]> {
  const nodeFlags = lambdaHeapFlags(options.memoryMiB);
  const samples = bundles.map(() => [] as (ProbeResult & { processMs: number })[]);
  mkdirSync(options.workDir, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_NO_WARNINGS: '1',
    // Lets the SDK-external bundles find the AWS SDK wherever the bundles were written.
    NODE_PATH: options.nodePath,
    ...options.env,
  };
  let eventNumber = 0;
  for (let run = 0; run < options.runs; run++) {
    for (const [k, { bundle, label }] of bundles.entries()) {
      const invocationFile = join(options.workDir, `${label}-${run}.invocation.json`);
      const resultFile = join(options.workDir, `${label}-${run}.result.json`);
      writeFileSync(
        invocationFile,
        JSON.stringify({
          event: await invocation.event(eventNumber++),
          context: {
            functionName: `border-tension-bench-${label}`,
            functionVersion: '$LATEST',
            invokedFunctionArn: `arn:aws:lambda:us-east-1:000000000000:function:border-tension-bench-${label}`,
            memoryLimitInMB: String(options.memoryMiB),
            awsRequestId: `bench-${label}-${run}`,
            logGroupName: `/aws/lambda/border-tension-bench-${label}`,
            logStreamName: 'bench',
            callbackWaitsForEmptyEventLoop: false,
          },
        }),
      );
      const { result, processMs } = await runProbe(
        options.probe,
        nodeFlags,
        bundle,
        invocationFile,
        resultFile,
        env,
      );
      samples[k]?.push({ ...result, processMs });
    }
  }
  return samples.map((s) => summarizeColdStarts(s, invocation));
}

export interface BundlesOptions {
  root: string;
  outDir: string;
  runs: number;
  env: Record<string, string>;
  invocations: Record<LambdaName, Invocation>;
  /** Each function's configured memory (config functions.*.memoryMiB). */
  memoryMiB: Record<LambdaName, number>;
  /** esbuild defines per function, as the stack passes them (the dispatcher's baked sources list). */
  defines: Partial<Record<LambdaName, Record<string, string>>>;
  progress: (line: string) => void;
}

export async function runBundles(options: BundlesOptions): Promise<BundleResult[]> {
  const probe = join(options.root, 'bench', 'probes', 'cold-start-probe.cjs');
  mkdirSync(options.outDir, { recursive: true });
  const results: BundleResult[] = [];
  for (const [name, file] of Object.entries(LAMBDA_HANDLERS) as [LambdaName, string][]) {
    const entry = join(options.root, 'functions', 'handlers', file);
    const result: BundleResult = { name, entry: relative(options.root, entry), present: existsSync(entry) };
    results.push(result);
    if (!result.present) {
      options.progress(`bundles: ${name}: ${result.entry} is missing, skipped`);
      continue;
    }
    try {
      const deployedFile = join(options.outDir, `${name}.js`);
      const slimFile = join(options.outDir, `${name}.no-sdk.js`);
      const define = options.defines[name];
      result.deployed = await bundleHandler(entry, deployedFile, {
        root: options.root,
        bundleAwsSdk: true,
        define,
      });
      result.withoutAwsSdk = await bundleHandler(entry, slimFile, {
        root: options.root,
        bundleAwsSdk: false,
        define,
      });
      options.progress(
        `bundles: ${name}: ${result.deployed.bytes} B (${result.withoutAwsSdk.bytes} B without the AWS SDK); cold starts ...`,
      );
      const baselineEntry = COLD_START_BASELINES[name];
      const baselineFile = join(options.outDir, `${name}.baseline.js`);
      const baselineSize = baselineEntry
        ? await bundleHandler(join(options.root, baselineEntry), baselineFile, {
            root: options.root,
            bundleAwsSdk: true,
          })
        : undefined;
      const [deployedCold, slimCold, baselineCold] = await measureColdStarts(
        [
          { bundle: deployedFile, label: name },
          { bundle: slimFile, label: `${name}-no-sdk` },
          ...(baselineSize ? [{ bundle: baselineFile, label: `${name}-baseline` }] : []),
        ],
        options.invocations[name],
        {
          runs: options.runs,
          workDir: join(options.outDir, 'runs'),
          env: options.env,
          probe,
          nodePath: join(options.root, 'node_modules'),
          memoryMiB: options.memoryMiB[name],
        },
      );
      result.coldStart = deployedCold;
      result.coldStartWithoutAwsSdk = slimCold;
      if (baselineEntry && baselineSize && baselineCold) {
        result.baseline = { entry: baselineEntry, deployed: baselineSize, coldStart: baselineCold };
      }
      options.progress(
        `bundles: ${name}: cold start p50 ${result.coldStart?.coldStartMs.p50.toFixed(1)} ms (${result.coldStart?.detail})`,
      );
    } catch (error) {
      result.error = (error as Error).message;
      options.progress(`bundles: ${name}: failed: ${result.error}`);
    }
  }
  return results;
}
