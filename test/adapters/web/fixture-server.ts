/**
 * A real HTTP server on a free loopback port that serves the fixture feeds in every format and the
 * broken cases a feed fetcher meets in the wild. Shared by the web adapter and handler tests.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'feeds');
export const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

export interface FixtureServer {
  origin: string;
  /** Requests seen per path (to prove what was and was not fetched). */
  hits: Map<string, number>;
  /** Request headers of the last request per path. */
  lastHeaders: Map<string, IncomingMessage['headers']>;
  /** Largest number of requests in flight at once to /slow-ok. */
  maxConcurrentSlowOk: number;
  close(): Promise<void>;
}

type Route = (req: IncomingMessage, res: ServerResponse, server: FixtureServer) => void | Promise<void>;

const XML = 'application/rss+xml; charset=utf-8';
const send =
  (body: string | Buffer, type: string, extra: Record<string, string> = {}): Route =>
  (_req, res) => {
    res.writeHead(200, { 'content-type': type, ...extra }).end(body);
  };
const redirect =
  (location: string | ((server: FixtureServer) => string), status = 302): Route =>
  (_req, res, server) => {
    res.writeHead(status, { location: typeof location === 'string' ? location : location(server) }).end();
  };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Latin-1 bytes of a small RSS feed whose title has an accented letter (é = 0xE9). */
function latin1Feed(prolog: string): Buffer {
  return Buffer.from(
    `${prolog}<rss version="2.0"><channel><title>Caf\u00e9 frontier</title><item><title>Caf\u00e9 at the border crossing reopens after the talks</title><link>https://latin.example.org/1</link></item></channel></rss>`,
    'latin1',
  );
}

const ROUTES: Record<string, Route> = {
  '/rss': send(fixture('rss2.xml'), XML),
  '/rdf': send(fixture('rdf.xml'), 'application/rdf+xml; charset=utf-8'),
  '/atom': send(fixture('atom.xml'), 'application/atom+xml; charset=utf-8'),
  '/json': send(fixture('jsonfeed.json'), 'application/feed+json; charset=utf-8'),
  '/gdelt': send(fixture('gdelt-artlist.json'), 'application/json; charset=utf-8'),
  '/article': send(fixture('article-page.html'), 'text/html; charset=utf-8'),
  '/conditional': (req, res) => {
    const etag = '"feed-v1"';
    const lastModified = 'Fri, 16 Sep 2022 10:00:00 GMT';
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag }).end();
      return;
    }
    res.writeHead(200, { 'content-type': XML, etag, 'last-modified': lastModified }).end(fixture('rss2.xml'));
  },
  '/malformed': send(fixture('malformed.xml'), 'application/xml'),
  '/html': send(fixture('not-a-feed.html'), 'text/html; charset=utf-8'),
  '/404': (_req, res) => {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('gone');
  },
  '/500': (_req, res) => {
    res.writeHead(500, { 'content-type': 'text/plain' }).end('boom');
  },
  '/flaky': (_req, res, server) => {
    // Fails twice, then works: retries with backoff get through.
    if ((server.hits.get('/flaky') ?? 0) <= 2) res.writeHead(503).end('busy');
    else res.writeHead(200, { 'content-type': XML }).end(fixture('rss2.xml'));
  },
  '/slow': async (_req, res) => {
    res.writeHead(200, { 'content-type': XML });
    res.write('<?xml version="1.0"?><rss version="2.0"><channel>');
    await sleep(3000);
    if (!res.destroyed) res.end('</channel></rss>');
  },
  '/slow-ok': async (_req, res, server) => {
    const self = server as FixtureServer & { slowOkActive?: number };
    self.slowOkActive = (self.slowOkActive ?? 0) + 1;
    server.maxConcurrentSlowOk = Math.max(server.maxConcurrentSlowOk, self.slowOkActive);
    await sleep(60);
    self.slowOkActive -= 1;
    res.writeHead(200, { 'content-type': XML }).end(fixture('rss2.xml'));
  },
  '/loop-a': redirect('/loop-b'),
  '/loop-b': redirect('/loop-a', 301),
  '/chain/1': redirect('/rss', 307),
  '/chain/2': redirect('/chain/1', 308),
  '/chain/3': redirect('/chain/2'),
  '/chain/4': redirect('/chain/3'),
  '/chain/5': redirect('/chain/4'),
  '/chain/6': redirect('/chain/5'),
  '/to-metadata': redirect('http://169.254.169.254/latest/meta-data/iam/security-credentials/'),
  '/to-private': redirect('http://10.20.30.40/feed.xml'),
  '/to-mapped-private': redirect('http://[::ffff:192.168.1.1]/feed.xml'),
  '/to-file': redirect('file:///etc/passwd'),
  '/gzip': send(gzipSync(Buffer.from(fixture('atom.xml'))), 'application/atom+xml; charset=utf-8', {
    'content-encoding': 'gzip',
  }),
  '/gzip-bomb': send(gzipSync(Buffer.alloc(4 * 1024 * 1024, 0x20)), XML, { 'content-encoding': 'gzip' }),
  '/huge': async (_req, res) => {
    // No Content-Length: the limit must be enforced while streaming.
    res.writeHead(200, { 'content-type': XML });
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    for (let i = 0; i < 64 && !res.destroyed; i++) {
      if (!res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve));
    }
    res.end();
  },
  '/huge-declared': (_req, res) => {
    res.writeHead(200, { 'content-type': XML, 'content-length': String(50 * 1024 * 1024) });
    res.write('<rss>');
    // Never sends the rest: the fetcher must refuse on the header alone.
    setTimeout(() => res.destroy(), 200);
  },
  '/billion': send(fixture('billion-laughs.xml'), XML),
  '/latin1-mislabelled': send(latin1Feed(''), 'application/rss+xml; charset=utf-8'),
  '/latin1-prolog': send(latin1Feed('<?xml version="1.0" encoding="ISO-8859-1"?>'), 'application/rss+xml'),
  '/binary': send(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'image/png'),
  '/nul-bytes': send(Buffer.from([0x3c, 0x72, 0x73, 0x73, 0x00, 0x00, 0x3e]), 'application/xml'),
  '/rss-local': (_req, res, server) => {
    // Summaries only, linking to a page on this server: for full-text fetching.
    res
      .writeHead(200, { 'content-type': XML })
      .end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title>
<item><title>Border posts trade fire overnight in the Batken valley</title><link>${server.origin}/article?utm_source=feed</link><description>Short teaser.</description><pubDate>Fri, 16 Sep 2022 07:45:00 GMT</pubDate></item>
<item><title>A story whose page is missing</title><link>${server.origin}/404?story=2</link><description>The teaser is all there is of this story about the frontier talks and the border guards.</description></item>
</channel></rss>`);
  },
  '/headers': (req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(req.headers));
  },
};

export async function startFixtureServer(): Promise<FixtureServer> {
  const state: FixtureServer = {
    origin: '',
    hits: new Map(),
    lastHeaders: new Map(),
    maxConcurrentSlowOk: 0,
    close: async () => undefined,
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://fixture').pathname;
    state.hits.set(path, (state.hits.get(path) ?? 0) + 1);
    state.lastHeaders.set(path, req.headers);
    const route = ROUTES[path];
    if (!route) {
      res.writeHead(404).end();
      return;
    }
    Promise.resolve(route(req, res, state)).catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return state;
}
