import {
  assertFetchable,
  blockedAddressReason,
  FetchError,
  HostLimiter,
  type HostLookup,
  WebFetcher,
  type WebFetchSettings,
} from '../../../functions/adapters/web';
import { parseFeed } from '../../../functions/core/feeds';
import { type FixtureServer, startFixtureServer } from './fixture-server';

const SETTINGS: WebFetchSettings = {
  timeoutMs: 500,
  maxBodyBytes: 1024 * 1024,
  maxRedirects: 5,
  retries: 2,
  perHostConcurrency: 2,
  userAgent: 'border-tension-test/1.0',
  allowLoopback: true,
};

let server: FixtureServer;
const fetcher = (overrides: Partial<WebFetchSettings> = {}, lookup?: HostLookup) =>
  new WebFetcher({ ...SETTINGS, ...overrides }, { backoffBaseMs: 1, ...(lookup ? { lookup } : {}) });

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FetchError) return error;
    throw error;
  }
  throw new Error('expected the fetch to fail');
}

beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server.close();
});

describe('WebFetcher against a real local server', () => {
  it('fetches every feed format and sends a User-Agent naming the tool', async () => {
    const web = fetcher();
    for (const [path, format] of [
      ['/rss', 'rss'],
      ['/rdf', 'rdf'],
      ['/atom', 'atom'],
      ['/json', 'jsonfeed'],
      ['/gdelt', 'gdelt'],
    ] as const) {
      const got = await web.get(`${server.origin}${path}`);
      if (got.status !== 'ok') throw new Error('expected a body');
      expect(parseFeed(got.body, 'auto').format).toBe(format);
    }
    expect(server.lastHeaders.get('/rss')?.['user-agent']).toBe('border-tension-test/1.0');
  });

  it('does conditional GET with ETag and Last-Modified', async () => {
    const web = fetcher();
    const first = await web.get(`${server.origin}/conditional`);
    expect(first).toMatchObject({
      status: 'ok',
      etag: '"feed-v1"',
      lastModified: 'Fri, 16 Sep 2022 10:00:00 GMT',
    });
    if (first.status !== 'ok') return;
    const second = await web.get(`${server.origin}/conditional`, {
      etag: first.etag,
      lastModified: first.lastModified,
    });
    expect(second.status).toBe('not-modified');
    expect(server.lastHeaders.get('/conditional')?.['if-modified-since']).toBe(
      'Fri, 16 Sep 2022 10:00:00 GMT',
    );
  });

  it('decompresses gzip, and stops a gzip bomb at the decompressed size limit', async () => {
    const got = await fetcher().get(`${server.origin}/gzip`);
    expect(got.status === 'ok' && parseFeed(got.body, 'atom', { baseUrl: got.url }).items).toHaveLength(2);
    const bomb = await failure(fetcher({ maxBodyBytes: 256 * 1024 }).get(`${server.origin}/gzip-bomb`));
    expect(bomb.kind).toBe('too-large');
  });

  it('follows up to 5 redirects and refuses a sixth and a loop', async () => {
    const web = fetcher();
    const five = await web.get(`${server.origin}/chain/5`);
    expect(five).toMatchObject({ status: 'ok', url: `${server.origin}/rss` });
    const six = await failure(web.get(`${server.origin}/chain/6`));
    expect(six).toMatchObject({ kind: 'redirect', message: 'more than 5 redirects' });
    const loop = await failure(web.get(`${server.origin}/loop-a`));
    expect(loop.kind).toBe('redirect');
    expect(loop.message).toMatch(/redirect loop back to .*\/loop-a/);
  });

  it('reports 404 at once and retries 500 with backoff before giving up', async () => {
    const web = fetcher();
    const missing = await failure(web.get(`${server.origin}/404`));
    expect(missing).toMatchObject({ kind: 'http-status', statusCode: 404, retryable: false });
    expect(server.hits.get('/404')).toBe(1);
    const broken = await failure(web.get(`${server.origin}/500`));
    expect(broken).toMatchObject({ kind: 'http-status', statusCode: 500 });
    expect(server.hits.get('/500')).toBe(3);
    const flaky = await web.get(`${server.origin}/flaky`);
    expect(flaky.status).toBe('ok');
    expect(server.hits.get('/flaky')).toBe(3);
  });

  it('times out a response slower than the limit, retrying it', async () => {
    const slow = await failure(fetcher({ retries: 1 }).get(`${server.origin}/slow`));
    expect(slow).toMatchObject({ kind: 'timeout', message: 'no complete response within 500 ms' });
    expect(server.hits.get('/slow')).toBe(2);
  });

  it('refuses bodies over the limit while streaming and on Content-Length', async () => {
    const streamed = await failure(fetcher().get(`${server.origin}/huge`));
    expect(streamed).toMatchObject({ kind: 'too-large', message: 'body exceeds the limit of 1048576 bytes' });
    const declared = await failure(fetcher().get(`${server.origin}/huge-declared`));
    expect(declared.message).toBe('body of 52428800 bytes exceeds the limit of 1048576 bytes');
  });

  it('decodes by charset, refuses mislabelled charsets and binary bodies', async () => {
    const prolog = await fetcher().get(`${server.origin}/latin1-prolog`);
    expect(prolog.status === 'ok' && parseFeed(prolog.body, 'rss').items[0]?.title).toBe(
      'Café at the border crossing reopens after the talks',
    );
    const wrong = await failure(fetcher().get(`${server.origin}/latin1-mislabelled`));
    expect(wrong).toMatchObject({
      kind: 'charset',
      message: 'body is not valid utf-8 (charset from content-type)',
    });
    expect((await failure(fetcher().get(`${server.origin}/binary`))).kind).toBe('binary');
    expect((await failure(fetcher().get(`${server.origin}/nul-bytes`))).message).toMatch(/NUL bytes/);
  });

  it('keeps at most perHostConcurrency requests in flight to one host', async () => {
    const web = fetcher({ perHostConcurrency: 2 });
    await Promise.all(Array.from({ length: 6 }, () => web.get(`${server.origin}/slow-ok`)));
    expect(server.maxConcurrentSlowOk).toBe(2);
  });
});

describe('SSRF guard', () => {
  it('classifies addresses', () => {
    const strict = { allowLoopback: false };
    expect(blockedAddressReason('169.254.169.254', strict)).toBe('link-local / cloud metadata');
    expect(blockedAddressReason('10.1.2.3', strict)).toBe('private');
    expect(blockedAddressReason('172.31.0.1', strict)).toBe('private');
    expect(blockedAddressReason('192.168.0.10', strict)).toBe('private');
    expect(blockedAddressReason('127.0.0.1', strict)).toBe('loopback');
    expect(blockedAddressReason('::1', strict)).toBe('loopback');
    expect(blockedAddressReason('fd00:ec2::254', strict)).toBe('unique-local');
    expect(blockedAddressReason('fe80::1%eth0', strict)).toBe('link-local');
    expect(blockedAddressReason('::ffff:a9fe:a9fe', strict)).toBe('link-local / cloud metadata');
    expect(blockedAddressReason('::ffff:127.0.0.1', strict)).toBe('loopback');
    expect(blockedAddressReason('0.0.0.0', strict)).toBe('unspecified/this-network');
    expect(blockedAddressReason('93.184.216.34', strict)).toBeUndefined();
    expect(blockedAddressReason('2606:4700::1111', strict)).toBeUndefined();
    expect(blockedAddressReason('127.0.0.1', { allowLoopback: true })).toBeUndefined();
    expect(blockedAddressReason('169.254.169.254', { allowLoopback: true })).toBe(
      'link-local / cloud metadata',
    );
  });

  it('checks every address a name resolves to, after resolution', async () => {
    const lookup: HostLookup = async (host) =>
      host === 'mixed.example.test'
        ? [
            { address: '93.184.216.34', family: 4 },
            { address: '10.0.0.7', family: 4 },
          ]
        : [{ address: '93.184.216.34', family: 4 }];
    await expect(
      assertFetchable(new URL('http://mixed.example.test/feed'), { allowLoopback: false, lookup }),
    ).rejects.toThrow('blocked mixed.example.test (10.0.0.7): private address');
    await expect(
      assertFetchable(new URL('https://public.example.test/feed'), { allowLoopback: false, lookup }),
    ).resolves.toBeUndefined();
    await expect(
      assertFetchable(new URL('ftp://public.example.test/'), { allowLoopback: false, lookup }),
    ).rejects.toThrow(/http and https only/);
  });

  it('never connects to metadata, private or loopback addresses', async () => {
    const strict = fetcher({ allowLoopback: false });
    for (const url of [
      'http://169.254.169.254/latest/meta-data/',
      'http://10.0.0.1/feed',
      'http://[::1]:9/feed',
    ]) {
      expect(await failure(strict.get(url))).toMatchObject({ kind: 'blocked' });
    }
    const before = server.hits.get('/rss') ?? 0;
    const loopback = await failure(strict.get(`${server.origin}/rss`));
    expect(loopback.message).toBe('blocked 127.0.0.1 (127.0.0.1): loopback address');
    expect(server.hits.get('/rss') ?? 0).toBe(before);
  });

  it('checks again after each redirect', async () => {
    const web = fetcher({ allowLoopback: true });
    expect((await failure(web.get(`${server.origin}/to-metadata`))).message).toBe(
      'blocked 169.254.169.254 (169.254.169.254): link-local / cloud metadata address',
    );
    expect((await failure(web.get(`${server.origin}/to-private`))).message).toMatch(
      /10\.20\.30\.40.*private/,
    );
    expect((await failure(web.get(`${server.origin}/to-mapped-private`))).message).toMatch(/private address/);
    expect((await failure(web.get(`${server.origin}/to-file`))).message).toMatch(
      /protocol file: is not allowed/,
    );
  });

  it('checks a redirect to loopback when loopback is not allowed', async () => {
    // The first hop is a name the test resolves to a public address; its redirect target is loopback.
    const lookups: string[] = [];
    const lookup: HostLookup = async (host) => {
      lookups.push(host);
      return [{ address: host === 'localhost' ? '127.0.0.1' : '93.184.216.34', family: 4 }];
    };
    const guard = (url: string) => assertFetchable(new URL(url), { allowLoopback: false, lookup });
    await expect(guard('https://news.example.test/feed')).resolves.toBeUndefined();
    await expect(guard('http://localhost:8080/admin')).rejects.toThrow(
      'blocked localhost (127.0.0.1): loopback address',
    );
    expect(lookups).toEqual(['news.example.test', 'localhost']);
  });
});

describe('HostLimiter', () => {
  it('queues beyond the limit and releases in order', async () => {
    const limiter = new HostLimiter(1);
    const order: string[] = [];
    let release!: () => void;
    const first = limiter.run('a', () =>
      new Promise<void>((resolve) => (release = resolve)).then(() => order.push('1')),
    );
    const second = limiter.run('a', async () => order.push('2'));
    const other = limiter.run('b', async () => order.push('b'));
    await other;
    expect(limiter.inFlight('a')).toBe(1);
    expect(order).toEqual(['b']);
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(['b', '1', '2']);
    expect(limiter.inFlight('a')).toBe(0);
  });
});
