/**
 * The read API and the dashboard on one local HTTP server. API requests go through the same
 * handleApiRequest as the Lambda; the dashboard is served from memory (bundled at start when
 * pointed at its sources, or read from a built folder such as dist/dashboard).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { buildDashboard, type DashboardFiles } from '../dashboard/build-dashboard';
import { type ApiRequest, handleApiRequest } from '../functions/core/api';
import type { TensionStore } from '../functions/core/ports/tension-store';

export interface ApiServerOptions {
  store: TensionStore;
  /** 0 picks a free port. */
  port: number;
  host?: string;
  /** The dashboard's source folder (has app.ts) or a built one (has app.js); omit for API only. */
  dashboardDir?: string;
  /** Told about failed API requests (the response is a 500 without details). */
  onError?: (error: unknown) => void;
}

export interface RunningApiServer {
  url: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

/** The dashboard files by name; bundled when `dir` holds the sources. */
async function loadDashboard(dir: string | undefined): Promise<DashboardFiles> {
  if (!dir) return new Map();
  if (existsSync(join(dir, 'app.ts'))) return buildDashboard({ sourceDir: dir });
  const files: DashboardFiles = new Map();
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isFile() && CONTENT_TYPES[extname(name)]) files.set(name, readFileSync(path));
  }
  if (!files.has('index.html')) throw new Error(`no dashboard in ${dir}: neither app.ts nor index.html`);
  return files;
}

function toApiRequest(req: IncomingMessage, url: URL): ApiRequest {
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    query[key] = values.length === 1 ? (values[0] ?? '') : values;
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return { method: req.method ?? 'GET', path: url.pathname, query, headers };
}

function serveStatic(req: IncomingMessage, res: ServerResponse, url: URL, files: DashboardFiles): void {
  const name = url.pathname === '/' ? 'index.html' : url.pathname.slice(1);
  const contents = files.get(name);
  if (!contents || (req.method !== 'GET' && req.method !== 'HEAD')) {
    res.writeHead(contents ? 405 : 404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(contents ? 'method not allowed\n' : 'not found\n');
    return;
  }
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(name)] ?? 'application/octet-stream',
    'content-length': String(contents.length),
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  res.end(req.method === 'HEAD' ? undefined : contents);
}

export async function startApiServer(options: ApiServerOptions): Promise<RunningApiServer> {
  const files = await loadDashboard(options.dashboardDir);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== '/v1' && !url.pathname.startsWith('/v1/')) {
      serveStatic(req, res, url, files);
      return;
    }
    handleApiRequest(toApiRequest(req, url), { store: options.store, onError: options.onError })
      .then((response) => {
        res.writeHead(response.status, response.headers);
        res.end(req.method === 'HEAD' ? undefined : response.body);
      })
      .catch((error: unknown) => {
        options.onError?.(error);
        res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ error: 'internal', message: 'internal error' }));
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const { address, port } = server.address() as AddressInfo;
  return {
    url: `http://${address.includes(':') ? `[${address}]` : address}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
