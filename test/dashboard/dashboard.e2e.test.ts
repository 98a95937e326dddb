/**
 * End to end in real headless Chromium (Debian's /usr/bin/chromium; never a downloaded browser):
 * dynalite holds a few dyads' series, local/api-server.ts serves the read API and the dashboard,
 * and the page must rank the dyads, draw the chart and show the evidence of a clicked dyad.
 * Writes test-output/dashboard.png.
 */

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { type Browser, chromium, type Page } from 'playwright-core';
import { createTensionTable } from '../../functions/adapters/store/create-table';
import { DynamoTensionStore } from '../../functions/adapters/store/dynamo-tension-store';
import { type RunningApiServer, startApiServer } from '../../local/api-server';
import { LOCAL_AWS, type RunningEmulator, startDynalite } from '../../local/emulators';
import { DYADS, dayStart, fixturePoints, seedStore } from '../core/api/fixtures';

const ROOT = join(__dirname, '..', '..');
const OUTPUT_DIR = join(ROOT, 'test-output');
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

let dynalite: RunningEmulator;
let client: DynamoDBClient;
let store: DynamoTensionStore;
let server: RunningApiServer;
let browser: Browser;
let page: Page;
const requests: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  dynalite = await startDynalite();
  client = new DynamoDBClient({ ...LOCAL_AWS, endpoint: dynalite.endpoint });
  await createTensionTable(client, 'dashboard');
  store = new DynamoTensionStore(DynamoDBDocumentClient.from(client), 'dashboard');
  // The dashboard shows the last 30 days from the real clock: the series ends today.
  await seedStore(store, dayStart(new Date()));
  server = await startApiServer({ store, port: 0, dashboardDir: join(ROOT, 'dashboard') });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.goto(server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  client?.destroy();
  await dynalite?.stop();
});

const rowPairs = () => page.$$eval('button.dyad-row', (rows) => rows.map((r) => r.getAttribute('data-pair')));
const evidenceSentences = () =>
  page.$$eval('#evidence blockquote', (quotes) => quotes.map((q) => q.textContent));

it('ranks the dyads, tensest first, coloured by level', async () => {
  await page.waitForSelector('button.dyad-row');
  expect(await rowPairs()).toEqual(['KGZ-TJK', 'ARM-AZE', 'CHN-IND']);
  const levels = await page.$$eval('button.dyad-row', (rows) =>
    rows.map((r) => r.getAttribute('data-level')),
  );
  expect(levels).toEqual(['critical', 'elevated', 'calm']);
  // Each row's level is shown as colour and as text, and the badge colour differs per level.
  const badges = await page.$$eval('button.dyad-row .badge', (els) =>
    els.map((el) => [el.textContent, getComputedStyle(el).backgroundColor]),
  );
  expect(badges.map(([text]) => text)).toEqual(['Critical', 'Elevated', 'Calm']);
  expect(new Set(badges.map(([, colour]) => colour)).size).toBe(3);
});

it('draws the selected dyad’s chart with data, level bands and event markers', async () => {
  await page.waitForSelector('#chart canvas');
  await page.waitForFunction(() => Number(document.getElementById('chart')?.dataset.points) > 0);
  const chart = await page.$eval('#chart', (el) => ({ ...(el as HTMLElement).dataset }));
  expect(Number(chart.points)).toBe(20);
  expect(chart.series).toBe('2');
  expect(Number(chart.events)).toBe(3);
  expect(await page.textContent('#dyad-title')).toContain('KGZ-TJK');
  expect(await page.$$eval('#legend li', (items) => items.map((i) => i.textContent))).toEqual([
    'Calm 0–20',
    'Elevated 20–45',
    'High 45–70',
    'Critical 70–100',
    'Events',
  ]);
  // The canvas has been painted (not blank): sample its pixels.
  const painted = await page.$eval('#chart canvas', (canvas) => {
    const ctx = (canvas as HTMLCanvasElement).getContext('2d');
    const { data } = ctx!.getImageData(
      0,
      0,
      (canvas as HTMLCanvasElement).width,
      (canvas as HTMLCanvasElement).height,
    );
    let opaque = 0;
    for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) opaque++;
    return opaque;
  });
  expect(painted).toBeGreaterThan(1000);
});

it('shows the evidence of a clicked dyad', async () => {
  await page.waitForFunction(() => document.querySelectorAll('#evidence li').length > 0);
  expect((await evidenceSentences())[0]).toContain('Both armies traded artillery fire');

  await page.click('button.dyad-row[data-pair="ARM-AZE"]');
  await page.waitForFunction(() => document.getElementById('dyad-title')?.textContent?.includes('ARM-AZE'));
  await page.waitForFunction(() =>
    document.querySelector('#evidence blockquote')?.textContent?.includes('ridge'),
  );
  expect(await evidenceSentences()).toEqual([
    'Soldiers were seen fortifying positions on a ridge above the border.',
  ]);
  expect(await page.getAttribute('button.dyad-row[data-pair="ARM-AZE"]', 'aria-pressed')).toBe('true');
  expect(await page.$eval('#evidence a', (a) => a.getAttribute('href'))).toBe(
    'https://news.example.org/b-1501',
  );
});

it('works from the keyboard', async () => {
  await page.focus('button.dyad-row[data-pair="KGZ-TJK"]');
  await page.keyboard.press('End');
  expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.pair)).toBe('CHN-IND');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() =>
    document.querySelector('#evidence blockquote')?.textContent?.includes('patrols'),
  );
  expect(await page.textContent('#dyad-title')).toContain('CHN-IND');
  // Focus stays visible: the focused control has an outline.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  expect(outline).toBe('solid');
});

it('picks up new scores on refresh, keeping the selection', async () => {
  const flare = { pair: 'AFG-PAK', daily: [...DYADS[1]!.daily.slice(0, 19), 55], events: {} };
  await store.putScorePoints(fixturePoints(dayStart(new Date()), [flare]), 1);
  await page.click('#refresh');
  await page.waitForFunction(() => document.querySelectorAll('button.dyad-row').length === 4);
  expect(await rowPairs()).toEqual(['KGZ-TJK', 'AFG-PAK', 'ARM-AZE', 'CHN-IND']);
  expect(await page.textContent('#dyad-title')).toContain('CHN-IND');
  // The status line is written once the selected dyad has loaded too, after the ranking.
  await page.waitForFunction(() => /4 dyads/.test(document.querySelector('#status')?.textContent ?? ''));
  expect(await page.textContent('#status')).toMatch(/4 dyads/);
});

it('narrows the evidence to a period dragged on the chart, and resets it', async () => {
  await page.click('button.dyad-row[data-pair="KGZ-TJK"]');
  await page.waitForFunction(() => document.querySelectorAll('#evidence li').length === 4);
  // The x axis spans the 20 daily points; drag over the last day and a half.
  const over = (await page.$('#chart .u-over'))!;
  const box = (await over.boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + (box.width * 17.5) / 19, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 1, y, { steps: 5 });
  await page.mouse.up();
  await page.waitForFunction(() => document.querySelectorAll('#evidence li').length === 1);
  expect(await evidenceSentences()).toEqual([
    'A farmer was killed when a shell hit a village near the disputed canal.',
  ]);
  expect(await page.isVisible('#evidence-reset')).toBe(true);
  await page.click('#evidence-reset');
  await page.waitForFunction(() => document.querySelectorAll('#evidence li').length === 4);
  expect(await page.isVisible('#evidence-reset')).toBe(false);
});

it('loads nothing from the network but its own server, without errors, and writes a screenshot', async () => {
  await page.click('button.dyad-row[data-pair="KGZ-TJK"]');
  await page.waitForFunction(() =>
    document.querySelector('#evidence blockquote')?.textContent?.includes('artillery'),
  );
  expect(requests.length).toBeGreaterThan(5);
  expect(requests.filter((url) => !url.startsWith(server.url))).toEqual([]);
  expect(pageErrors).toEqual([]);
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const png = await page.screenshot({ path: join(OUTPUT_DIR, 'dashboard.png'), fullPage: true });
  expect(png.subarray(1, 4).toString()).toBe('PNG');
});
