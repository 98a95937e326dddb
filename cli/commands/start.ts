import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type Config, type SourceConfig, SourceConfigSchema } from '../../lib/config/config-schema';
import { ConfigError, loadConfigFile, parseConfig } from '../../lib/config/load-config';
import * as z from '../../lib/config/zod-mini';
import { LocalRunError, runLocal } from '../../local/run-local';
import { type Command, UsageError } from '../command';

const ROOT = join(__dirname, '..', '..');

const USAGE = `Usage: border-tension start [options]

Run the whole pipeline on this machine, on loopback only: DynamoDB (dynalite, persisted in the
data folder) and SQS (fauxqs), the sample sources in examples/ served over HTTP, the real
handlers (dispatcher and fetcher every interval, the scorer driven like Lambda's SQS event
source), and the read API with the dashboard. Restarting resumes from the data folder.

Options:
  --once             One cycle: fetch, queue, score until the queues are drained, print the
                     table of dyads and exit (non-zero on failure).
  --config FILE      Configuration JSON (the schema the stack uses); defaults apply without it.
  --sources FILE     JSON file {"sources": [...]} of real feeds to use instead of the examples.
  --source URL       A real feed to use instead of the examples (repeatable; format detected).
  --port N           Port of the read API and dashboard (default 8787, config local.port).
  --data-dir DIR     Data folder (default ./.border-tension, config local.dataDir).
  --interval SEC     Seconds between cycles (default 60, config local.intervalSeconds).
  --timeout SEC      With --once, give up if the queues have not drained after this long (default 600).
  --reset            Delete the data folder first (start from nothing).
  --verbose          Show the handlers' own logs and metrics.
  --help             Show this help.

Examples:
  border-tension start --once
  border-tension start --port 9000
  border-tension start --once --source https://example.org/world/rss.xml`;

function positiveInt(name: string, text: string | undefined, max: number): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value) || value < 0 || value > max) {
    throw new UsageError(`${name} must be an integer from 0 to ${max}, got "${text}"`);
  }
  return value;
}

/** Sources from --sources FILE and --source URL, validated like configuration sources. */
export function sourcesFromOptions(file: string | undefined, urls: string[]): SourceConfig[] | undefined {
  const raw: unknown[] = [];
  if (file) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new UsageError(`cannot read --sources ${file}: ${(error as Error).message}`);
    }
    const list = Array.isArray(parsed) ? parsed : (parsed as { sources?: unknown })?.sources;
    if (!Array.isArray(list))
      throw new UsageError(`--sources ${file} must hold {"sources": [...]} or an array`);
    raw.push(...list);
  }
  urls.forEach((url, i) => {
    raw.push({ id: `source-${i + 1}`, url });
  });
  if (raw.length === 0) return undefined;
  const result = z.array(SourceConfigSchema).safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const [index, ...field] = issue.path.map(String);
      return `  - sources[${index}]${field.length ? `.${field.join('.')}` : ''}: ${issue.message}`;
    });
    throw new UsageError(`invalid sources:\n${problems.join('\n')}`);
  }
  return result.data;
}

export interface StartOptions {
  once: boolean;
  config: Config;
  sources: SourceConfig[] | undefined;
  port: number | undefined;
  dataDir: string | undefined;
  reset: boolean;
  verbose: boolean;
  timeoutSeconds: number | undefined;
}

/** Parse the command line (throws UsageError with a clear message). */
export function parseStartArgs(argv: string[]): StartOptions {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(argv).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  let config: Config;
  try {
    config = values.config ? loadConfigFile(values.config) : parseConfig({});
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
  const interval = positiveInt('--interval', values.interval, 86400);
  if (interval !== undefined) {
    if (interval < 5) throw new UsageError('--interval must be at least 5 seconds');
    config = { ...config, local: { ...config.local, intervalSeconds: interval } };
  }
  const timeoutSeconds = positiveInt('--timeout', values.timeout, 86400);
  if (timeoutSeconds === 0) throw new UsageError('--timeout must be at least 1 second');
  return {
    once: Boolean(values.once),
    config,
    sources: sourcesFromOptions(values.sources, values.source ?? []),
    port: positiveInt('--port', values.port, 65535),
    dataDir: values['data-dir'],
    reset: Boolean(values.reset),
    verbose: Boolean(values.verbose),
    timeoutSeconds,
  };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      once: { type: 'boolean' },
      config: { type: 'string' },
      sources: { type: 'string' },
      source: { type: 'string', multiple: true },
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      interval: { type: 'string' },
      timeout: { type: 'string' },
      reset: { type: 'boolean' },
      verbose: { type: 'boolean' },
    },
  });
}

export const startCommand: Command = {
  name: 'start',
  summary: 'Run the whole pipeline locally (emulators, sample feeds, dashboard); --once for one cycle.',
  usage: USAGE,
  async run(argv) {
    const options = parseStartArgs(argv);
    const controller = new AbortController();
    const stop = () => {
      if (controller.signal.aborted) {
        process.stderr.write('stopping now\n');
        process.exit(130);
      }
      controller.abort();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    try {
      const result = await runLocal({
        config: options.config,
        rootDir: ROOT,
        ...(options.dataDir ? { dataDir: options.dataDir } : {}),
        ...(options.port !== undefined ? { port: options.port } : {}),
        ...(options.sources ? { sources: options.sources } : {}),
        ...(options.timeoutSeconds ? { drainTimeoutMs: options.timeoutSeconds * 1000 } : {}),
        reset: options.reset,
        once: options.once,
        verbose: options.verbose,
        signal: controller.signal,
        out: process.stdout,
        log: process.stderr,
      });
      if (options.once && result.rows.length === 0) {
        process.stderr.write('border-tension start: the run finished but no dyad has a score.\n');
        return 1;
      }
      if (result.deadLetters > 0) {
        process.stderr.write(
          `border-tension start: ${result.deadLetters} message(s) ended in the dead-letter queues (see the log above).\n`,
        );
        return options.once ? 1 : 0;
      }
      return 0;
    } catch (error) {
      if (error instanceof LocalRunError) {
        process.stderr.write(`border-tension start: ${error.message}\n`);
        return 1;
      }
      throw error;
    } finally {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
    }
  },
};
