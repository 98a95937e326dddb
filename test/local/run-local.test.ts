/**
 * End to end on one machine: the `--once` path on the bundled examples with the real handlers,
 * then a restart on the same data folder, which must find nothing new to fetch, score or alert.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoTensionStore } from '../../functions/adapters/store/dynamo-tension-store';
import type { ScorePoint } from '../../functions/core/model';
import { parseConfig } from '../../lib/config/load-config';
import { LOCAL_AWS, startDynalite } from '../../local/emulators';
import type { LocalRunResult } from '../../local/run-local';

const ROOT = join(__dirname, '..', '..');
const WIDE = ['1970-01-01T00:00:00.000Z', '2100-01-01T00:00:00.000Z'] as const;

function sink() {
  const chunks: string[] = [];
  return { text: () => chunks.join(''), write: (chunk: string) => chunks.push(chunk), isTTY: false };
}

interface Snapshot {
  pairs: string[];
  events: Record<string, number>;
  transitions: Record<string, number>;
  daily: Record<string, ScorePoint[]>;
}

/** Read what the run left in its persisted DynamoDB (the runner has stopped its emulators). */
async function snapshot(dataDir: string): Promise<Snapshot> {
  const dynamo = await startDynalite({ path: join(dataDir, 'dynamodb') });
  const client = new DynamoDBClient({ ...LOCAL_AWS, endpoint: dynamo.endpoint });
  try {
    const store = new DynamoTensionStore(DynamoDBDocumentClient.from(client), 'border-tension-dev');
    const latest = await store.listLatest();
    const result: Snapshot = {
      pairs: latest.map((p) => p.pair).sort(),
      events: {},
      transitions: {},
      daily: {},
    };
    for (const { pair } of latest) {
      result.events[pair] = (await store.queryEvents(pair, ...WIDE)).length;
      result.transitions[pair] = (await store.listTransitions(pair, 1000)).length;
      const points: ScorePoint[] = [];
      let cursor: string | undefined;
      do {
        const page = await store.querySeries(pair, 'day', ...WIDE, cursor ? { cursor } : {});
        points.push(...page.items);
        cursor = page.next;
      } while (cursor);
      result.daily[pair] = points;
    }
    return result;
  } finally {
    client.destroy();
    await dynamo.stop();
  }
}

/** A fresh module registry per run: the handlers read their environment once, at load, as in Lambda. */
async function runOnce(dataDir: string): Promise<{ result: LocalRunResult; table: string; log: string }> {
  jest.resetModules();
  const { runLocal } = require('../../local/run-local') as typeof import('../../local/run-local');
  const out = sink();
  const log = sink();
  const result = await runLocal({
    // A short scorer timeout (so a 90 s visibility timeout): a record that fails is retried soon.
    config: parseConfig({ functions: { scorer: { memoryMiB: 1024, timeoutSeconds: 15 } } }),
    rootDir: ROOT,
    dataDir,
    port: 0,
    once: true,
    out,
    log,
  });
  return { result, table: out.text(), log: log.text() };
}

describe('local run (--once) on the examples', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'border-tension-local-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  let first: Awaited<ReturnType<typeof runOnce>>;
  let stored: Snapshot;

  it('fetches, queues, scores and stores the sample story, and prints the ranking', async () => {
    first = await runOnce(dataDir);
    const [cycle] = first.result.cycles;
    expect(cycle?.sourcesFetched).toBe(4);
    expect(cycle?.sourcesFailed).toBe(0);
    // 88 items across the four feeds, each queued once and scored (a record that failed was
    // redelivered until it succeeded: none ended in a dead-letter queue).
    expect(cycle?.articlesQueued).toBe(88);
    expect(cycle?.articlesScored).toBe(88);
    expect(first.result.deadLetters).toBe(0);

    const lines = first.table.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^pair\s+score\s+level\s+trend\s+events\s+articles/);
    expect(lines.length).toBeGreaterThanOrEqual(2 + 6);
    for (const pair of ['KGZ-TJK', 'ARM-AZE', 'IND-PAK', 'KHM-THA', 'COD-RWA', 'AFG-PAK']) {
      expect(first.table).toMatch(new RegExp(`^${pair}\\s`, 'm'));
    }
    expect(first.result.rows.map((r) => r.pair)).toEqual(expect.arrayContaining(['KGZ-TJK', 'CHN-IND']));

    stored = await snapshot(dataDir);
    // The conflict dyads of the story have events and a daily series that rose and fell.
    for (const pair of ['KGZ-TJK', 'ARM-AZE', 'IND-PAK', 'KHM-THA', 'COD-RWA', 'AFG-PAK']) {
      expect(stored.events[pair]).toBeGreaterThan(0);
      const scores = (stored.daily[pair] ?? []).map((p) => p.score);
      expect(scores.length).toBeGreaterThan(7);
      expect(Math.max(...scores)).toBeGreaterThan(Math.min(...scores));
    }
    const kgzTjk = stored.daily['KGZ-TJK'] ?? [];
    expect(kgzTjk.some((p) => p.level !== 'calm')).toBe(true);
    expect(Object.values(stored.transitions).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    // Each alert the scorer published reached the terminal once, and is a recorded transition.
    const alerts = cycle?.alerts ?? [];
    expect(first.log.match(/^ {2}ALERT /gm)?.length ?? 0).toBe(alerts.length);
    for (const alert of alerts) {
      expect(first.log).toContain(`ALERT ${alert.pair}: ${alert.from} → ${alert.to}`);
      expect(stored.transitions[alert.pair]).toBeGreaterThan(0);
    }
  }, 600_000);

  it('resumes on restart without fetching, scoring or alerting anything twice', async () => {
    expect(stored).toBeDefined();
    const second = await runOnce(dataDir);
    const [cycle] = second.result.cycles;
    expect(cycle?.sourcesFetched).toBe(4);
    expect(cycle?.articlesQueued).toBe(0);
    expect(cycle?.articlesScored).toBe(0);
    expect(cycle?.alerts).toEqual([]);
    expect(second.log).toContain('resumed local data');
    expect(second.log).not.toContain('ALERT');

    const again = await snapshot(dataDir);
    expect(again.pairs).toEqual(stored.pairs);
    expect(again.events).toEqual(stored.events);
    expect(again.transitions).toEqual(stored.transitions);
    // The same ranking is printed from the persisted data.
    expect(second.result.rows.map((r) => [r.pair, r.events, r.articles])).toEqual(
      first.result.rows.map((r) => [r.pair, r.events, r.articles]),
    );
  }, 600_000);
});
