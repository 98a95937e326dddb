/**
 * Local stand-ins for AWS that speak the real wire protocols: dynalite (DynamoDB) and fauxqs
 * (SQS). Used by the local runner and by the integration tests, always on loopback.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

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
 * Start fauxqs in a child process (it is an ES module and runs its own HTTP server; a separate
 * process keeps Jest's CommonJS world and the emulator apart).
 */
export async function startFauxqs(options: { port?: number } = {}): Promise<RunningEmulator> {
  const entry = join(__dirname, '..', 'node_modules', 'fauxqs', 'dist', 'app.js');
  const script = `import(${JSON.stringify(entry)})
    .then((m) => m.startFauxqs({ port: ${options.port ?? 0}, host: '127.0.0.1', logger: false }))
    .then((s) => { process.stdout.write(JSON.stringify({ port: s.port }) + '\\n'); })
    .catch((e) => { process.stderr.write(String(e && e.stack || e)); process.exit(1); });`;
  const child: ChildProcess = spawn(process.execPath, ['--input-type=module', '-e', script], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`fauxqs did not start in 20 s: ${err}`)), 20000);
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
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`fauxqs exited with code ${code}: ${err}`));
    });
  });
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
