/**
 * Serves the sample sources (examples/) over loopback so the real fetcher reads them as it reads
 * the web: content types, ETag / Last-Modified with 304 answers, 404 for unknown paths. Text files
 * may contain the placeholder `http://127.0.0.1:{port}`, filled in with the server's own origin
 * (the GDELT article list links to the article pages served here).
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';

export const PORT_PLACEHOLDER = '{port}';

const CONTENT_TYPES: Record<string, string> = {
  '.xml': 'application/xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface FeedServer {
  /** Origin, e.g. http://127.0.0.1:41234 */
  url: string;
  port: number;
  /** Requests answered so far, by status code (for progress and tests). */
  readonly stats: { requests: number; notModified: number; notFound: number };
  close(): Promise<void>;
}

/** Replace the port placeholder in text with the actual port. */
export function fillPort(text: string, port: number): string {
  return text.split(`127.0.0.1:${PORT_PLACEHOLDER}`).join(`127.0.0.1:${port}`);
}

export async function startFeedServer(options: {
  root: string;
  port?: number;
  host?: string;
  /** Rewrites served text (after the port is filled in), e.g. to replay dates. */
  transform?: (text: string) => string;
  /** Names the transform in the ETag, so a changed transform is not answered with 304. */
  variant?: string;
}): Promise<FeedServer> {
  const root = resolve(options.root);
  const stats = { requests: 0, notModified: 0, notFound: 0 };
  let port = 0;

  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    stats.requests++;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://local').pathname);
    const file = resolve(root, `.${pathname}`);
    // Never serve outside the examples folder (../ in the path).
    if (file !== root && !file.startsWith(root + sep)) {
      stats.notFound++;
      res.writeHead(404).end();
      return;
    }
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) {
      stats.notFound++;
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${pathname}\n`);
      return;
    }
    const raw = await readFile(file);
    // The ETag is of the file as written, so it survives a port change between runs.
    const etag = `"${createHash('sha256')
      .update(raw)
      .update(options.variant ?? '')
      .digest('hex')
      .slice(0, 32)}"`;
    const lastModified = new Date(Math.floor(info.mtimeMs / 1000) * 1000).toUTCString();
    const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const notModified =
      req.headers['if-none-match'] === etag ||
      (!req.headers['if-none-match'] &&
        req.headers['if-modified-since'] !== undefined &&
        Date.parse(req.headers['if-modified-since']) >= Date.parse(lastModified));
    if (notModified) {
      stats.notModified++;
      res.writeHead(304, { etag, 'last-modified': lastModified }).end();
      return;
    }
    const transform = options.transform ?? ((text: string) => text);
    const body = type.includes('charset')
      ? Buffer.from(transform(fillPort(raw.toString('utf8'), port)))
      : raw;
    res.writeHead(200, {
      'content-type': type,
      'content-length': body.length,
      etag,
      'last-modified': lastModified,
      'cache-control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  const server = createServer((req, res) => {
    answer(req, res).catch((error: Error) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`feed server error: ${error.message}\n`);
    });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    port,
    stats,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
