/**
 * Local stand-ins for AWS that speak the real wire protocols: dynalite (DynamoDB) and fauxqs
 * (SQS). Used by the local runner and by the integration tests, always on loopback.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

const MODULES = join(__dirname, '..', 'node_modules');

/** Static credentials the emulators accept; they are not secrets and never reach AWS. */
export const LOCAL_AWS = {
  region: 'us-east-1',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
} as const;

export interface RunningEmulator {
  endpoint: string;
  stop(): Promise<void>;
}

interface DynaliteServer {
  listen(port: number, host: string, cb: (err?: Error) => void): void;
  close(cb: (err?: Error) => void): void;
  address(): AddressInfo;
}

/** Start dynalite on a free loopback port; `path` persists the data (LevelDB), otherwise in memory. */
export async function startDynalite(
  options: { path?: string; port?: number } = {},
): Promise<RunningEmulator> {
  // dynalite ships no types; its factory returns a node http.Server.
  const dynalite = require('dynalite') as (opts: Record<string, unknown>) => DynaliteServer;
  const server = dynalite({
    path: options.path,
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
  });
  await new Promise<void>((resolve, reject) =>
    server.listen(options.port ?? 0, '127.0.0.1', (err) => (err ? reject(err) : resolve())),
  );
  const { port } = server.address();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * fauxqs (SQS and SNS) in a child process on 127.0.0.1, with queue URLs on its own origin
 * (http://127.0.0.1:PORT/000000000000/NAME). Left to itself it listens on every interface and
 * makes URLs like http://sqs.us-east-1.127.0.0.1:PORT/..., which are not valid URLs: a client that
 * takes its endpoint from AWS_ENDPOINT_URL_SQS sends each request to the QueueUrl's host and fails.
 * A child process also keeps fauxqs (an ES module) out of Jest's CommonJS world.
 */
export function startFauxqs(options: { port?: number } = {}): Promise<RunningEmulator> {
  const file = (path: string) => JSON.stringify(join(MODULES, 'fauxqs', 'dist', path));
  const script = `
    const [{ buildApp }, { SqsStore }, { SnsStore }, { S3Store }] = await Promise.all([
      import(${file('app.js')}), import(${file('sqs/sqsStore.js')}),
      import(${file('sns/snsStore.js')}), import(${file('s3/s3Store.js')}),
    ]);
    const sqsStore = new SqsStore();
    sqsStore.host = ''; // queue URLs take the request's Host: the origin clients connect to
    const app = buildApp({ logger: false, stores: { sqsStore, snsStore: new SnsStore(), s3Store: new S3Store() } });
    const address = await app.listen({ port: ${options.port ?? 0}, host: '127.0.0.1' });
    process.stdout.write(JSON.stringify({ port: Number(new URL(address).port) }) + '\\n');
    process.on('SIGTERM', () => app.close().then(() => process.exit(0)));`;
  return startChild('fauxqs', script, ['--input-type=module']);
}

/**
 * dynalite in a child process on 127.0.0.1: it then works on the other core, and a test can
 * restart it on the same port and data folder. `path` persists the data (LevelDB).
 */
export function startDynaliteProcess(
  options: { path?: string; port?: number } = {},
): Promise<RunningEmulator> {
  const script = `
    const dynalite = require(${JSON.stringify(join(MODULES, 'dynalite'))});
    const server = dynalite({ path: ${JSON.stringify(options.path)}, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
    server.listen(${options.port ?? 0}, '127.0.0.1', (err) => {
      if (err) { process.stderr.write(String(err)); process.exit(1); }
      process.stdout.write(JSON.stringify({ port: server.address().port }) + '\\n');
    });
    process.on('SIGTERM', () => server.close(() => process.exit(0)));`;
  return startChild('dynalite', script);
}

/** Run `script` in a child Node process; it prints {"port": N} on its first line once listening. */
async function startChild(name: string, script: string, args: string[] = []): Promise<RunningEmulator> {
  // Own process group: Ctrl-C reaches the runner only, which saves its queues before stopping
  // these. The child exits when its stdin closes, so it never outlives a parent that was killed.
  const watchParent = `process.stdin.on('end', () => process.exit(0)); process.stdin.resume();`;
  const child: ChildProcess = spawn(process.execPath, [...args, '-e', `${watchParent}\n${script}`], {
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`${name} did not start in 20 s: ${err}`)), 20000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n')[0];
      if (out.includes('\n') && line) {
        clearTimeout(timer);
        resolve((JSON.parse(line) as { port: number }).port);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with code ${code}: ${err.trim()}`));
    });
  });
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
