import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FeedServer, fillPort, startFeedServer } from '../../local/feed-server';

describe('feed server', () => {
  let root: string;
  let server: FeedServer;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'feeds-'));
    mkdirSync(join(root, 'pages'));
    writeFileSync(join(root, 'list.json'), '{"url":"http://127.0.0.1:{port}/pages/a.html"}');
    writeFileSync(join(root, 'pages', 'a.html'), '<p>hello</p>');
    writeFileSync(join(root, 'blob.bin'), Buffer.from([0, 1, 2, 123, 112, 111, 114, 116, 125]));
    writeFileSync(join(tmpdir(), 'outside-feeds.txt'), 'secret');
    server = await startFeedServer({ root });
  });
  afterAll(() => server.close());

  it('fills the port placeholder with its own origin', async () => {
    const response = await fetch(`${server.url}/list.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(await response.json()).toEqual({ url: `http://127.0.0.1:${server.port}/pages/a.html` });
    expect(fillPort('x http://127.0.0.1:{port}/y', 9)).toBe('x http://127.0.0.1:9/y');
  });

  it('serves HTML pages and binary files unchanged', async () => {
    const page = await fetch(`${server.url}/pages/a.html`);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toBe('<p>hello</p>');
    const blob = Buffer.from(await (await fetch(`${server.url}/blob.bin`)).arrayBuffer());
    expect([...blob]).toEqual([0, 1, 2, 123, 112, 111, 114, 116, 125]);
  });

  it('answers a conditional GET with 304 when the file is unchanged', async () => {
    const first = await fetch(`${server.url}/list.json`);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[0-9a-f]+"$/);
    const again = await fetch(`${server.url}/list.json`, { headers: { 'if-none-match': etag ?? '' } });
    expect(again.status).toBe(304);
    const modified = first.headers.get('last-modified') ?? '';
    const since = await fetch(`${server.url}/list.json`, { headers: { 'if-modified-since': modified } });
    expect(since.status).toBe(304);
    expect(server.stats.notModified).toBeGreaterThanOrEqual(2);
  });

  it('gives 404 for missing files and for paths leaving its folder', async () => {
    expect((await fetch(`${server.url}/nope.xml`)).status).toBe(404);
    expect((await fetch(`${server.url}/..%2Foutside-feeds.txt`)).status).toBe(404);
    expect((await fetch(`${server.url}/pages`)).status).toBe(404);
  });

  it('applies a transform to text and names it in the ETag', async () => {
    const shifted = await startFeedServer({
      root,
      transform: (t) => t.replace('pages', 'PAGES'),
      variant: 'upper',
    });
    try {
      const response = await fetch(`${shifted.url}/list.json`);
      expect(await response.text()).toContain('/PAGES/a.html');
      const plain = await fetch(`${server.url}/list.json`);
      expect(response.headers.get('etag')).not.toBe(plain.headers.get('etag'));
    } finally {
      await shifted.close();
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await fetch(`${server.url}/list.json`, { method: 'POST', body: 'x' })).status).toBe(405);
  });
});
