/**
 * The local server: the read API through the same handleApiRequest as the Lambda, and the dashboard
 * (bundled from its sources in memory, or read from a built folder).
 */

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createTensionTable } from '../../functions/adapters/store/create-table';
import { DynamoTensionStore } from '../../functions/adapters/store/dynamo-tension-store';
import { type RunningApiServer, startApiServer } from '../../local/api-server';
import { LOCAL_AWS, type RunningEmulator, startDynalite } from '../../local/emulators';
import { FIXTURE_LAST_DAY, seedStore } from '../core/api/fixtures';

let dynalite: RunningEmulator;
let client: DynamoDBClient;
let store: DynamoTensionStore;
let server: RunningApiServer;

beforeAll(async () => {
  dynalite = await startDynalite();
  client = new DynamoDBClient({ ...LOCAL_AWS, endpoint: dynalite.endpoint });
  await createTensionTable(client, 'server');
  store = new DynamoTensionStore(DynamoDBDocumentClient.from(client), 'server');
  await seedStore(store, FIXTURE_LAST_DAY);
  server = await startApiServer({ store, port: 0, dashboardDir: join(__dirname, '..', '..', 'dashboard') });
});

afterAll(async () => {
  await server?.close();
  client?.destroy();
  await dynalite?.stop();
});

it('listens on loopback and serves the API', async () => {
  expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  const response = await fetch(`${server.url}/v1/dyads`);
  expect(response.status).toBe(200);
  expect(response.headers.get('etag')).toMatch(/^"[0-9a-f]{16}"$/);
  const { items } = (await response.json()) as { items: { pair: string }[] };
  expect(items.map((d) => d.pair)).toEqual(['KGZ-TJK', 'ARM-AZE', 'CHN-IND']);
  const cached = await fetch(`${server.url}/v1/dyads`, {
    headers: { 'if-none-match': response.headers.get('etag')! },
  });
  expect(cached.status).toBe(304);
});

it('passes repeated query parameters on as such (a 400 naming them)', async () => {
  const response = await fetch(`${server.url}/v1/dyads/KGZ-TJK/series?bucket=day&bucket=hour`);
  expect(response.status).toBe(400);
  expect(await response.json()).toMatchObject({ parameter: 'bucket', message: 'bucket must be given once' });
});

it('serves the bundled dashboard with its script and styles, and nothing else', async () => {
  const index = await fetch(`${server.url}/`);
  expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
  const html = await index.text();
  expect(html).toContain('<script src="app.js"');
  const script = await fetch(`${server.url}/app.js`);
  expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  expect((await script.text()).length).toBeGreaterThan(20_000);
  expect((await fetch(`${server.url}/app.css`)).status).toBe(200);
  expect((await fetch(`${server.url}/app.ts`)).status).toBe(404);
  expect((await fetch(`${server.url}/../package.json`)).status).toBe(404);
  expect((await fetch(`${server.url}/app.js`, { method: 'POST' })).status).toBe(405);
});

it('serves a built dashboard folder, and refuses one without index.html', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dash-'));
  try {
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>built</title>');
    writeFileSync(join(dir, 'app.js'), 'void 0;');
    const built = await startApiServer({ store, port: 0, dashboardDir: dir });
    try {
      expect(await (await fetch(`${built.url}/`)).text()).toContain('built');
    } finally {
      await built.close();
    }
    rmSync(join(dir, 'index.html'));
    await expect(startApiServer({ store, port: 0, dashboardDir: dir })).rejects.toThrow(/no dashboard/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
