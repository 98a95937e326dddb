/**
 * Load: N generated articles (LOAD_ARTICLES, default 300) through the real scorer on the emulators
 * (articles enqueued straight onto the articles queue, the handler driven by the local SQS event
 * source), with every 20th message delivered twice and a few poison messages mixed in. Every
 * article must be accounted for (scored, without events, or in the DLQ), and the stored series must
 * equal the offline result of the same corpus. Figures go to test-output/reliability-load.json;
 * docs/reliability.md records a 20,000-article run:
 *   LOAD_ARTICLES=20000 npx jest test/reliability/load
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from '../../bench/generate-corpus';
import type { Article } from '../../functions/core/model';
import { ConfigSchema } from '../../lib/config/config-schema';
import {
  articlesWithEvents,
  articlesWithStoredEvents,
  compareWithOffline,
  type Emulators,
  offlineEvents,
  type ScorerPipeline,
  startEmulators,
  startScorerPipeline,
} from './pipeline';

const N = Number(process.env.LOAD_ARTICLES ?? 300);
const SEED = 2026;
const HOUR_MS = 3_600_000;
/** Published times spread over the two days before the run: the steady state of a live pipeline. */
const SPAN_HOURS = 48;

// Messages that must end in the DLQ, with the reason the scorer logs for them.
const POISON = ['{"id": "truncated json', JSON.stringify({ id: 'no-text-field', title: 'x' })];

// Generous: the figure to watch is the time in test-output, not this bound.
jest.setTimeout(Math.max(300_000, N * 2_000));

function liveCorpus(count: number, runStart: Date): Article[] {
  const step = ((SPAN_HOURS - 1) * HOUR_MS) / Math.max(1, count);
  const start = runStart.getTime() - SPAN_HOURS * HOUR_MS;
  return generateCorpus(count, SEED).map((article, i) => ({
    ...article,
    published: new Date(Math.round(start + i * step)).toISOString(),
  }));
}

describe(`load: ${N} articles through the scorer on the emulators`, () => {
  let emulators: Emulators;
  let pipeline: ScorerPipeline;
  beforeAll(async () => {
    emulators = await startEmulators();
    pipeline = await startScorerPipeline(emulators, {
      name: 'load',
      visibilityTimeoutSeconds: 5,
      maxReceiveCount: 2,
      // The deployed default: each dyad a batch touches is rescored once per batch.
      batchSize: ConfigSchema.parse({}).queues.articlesBatchSize,
    });
  });
  afterAll(async () => {
    pipeline?.close();
    await emulators?.stop();
  });

  it('accounts for every article and stores the offline series', async () => {
    const runStart = new Date();
    const corpus = liveCorpus(N, runStart);
    const bodies: string[] = [];
    corpus.forEach((article, i) => {
      bodies.push(JSON.stringify(article));
      if (i % 20 === 0) bodies.push(JSON.stringify(article));
      if (i % 150 === 75) bodies.push(...POISON);
    });
    // DynamoDB calls and their time by command, to say where the time goes.
    const calls: Record<string, { count: number; ms: number }> = {};
    pipeline.clients.dynamoDocumentClient().middlewareStack.add(
      (next, context) => async (args) => {
        const began = Date.now();
        try {
          return await next(args);
        } finally {
          const name = String(context.commandName);
          const entry = calls[name] ?? { count: 0, ms: 0 };
          calls[name] = entry;
          entry.count++;
          entry.ms += Date.now() - began;
        }
      },
      { step: 'initialize', name: 'countCalls' },
    );
    let handledSoFar = 0;
    const started = Date.now();
    await pipeline.send(bodies);
    const enqueuedMs = Date.now() - started;
    const reports = await pipeline.drain({
      eventSource: {
        onBatch: (report) => {
          const before = Math.floor(handledSoFar / 500);
          handledSoFar += report.received;
          if (Math.floor(handledSoFar / 500) > before)
            process.stderr.write(
              `load: ${handledSoFar} messages in ${Math.round((Date.now() - started) / 1000)} s\n`,
            );
        },
      },
    });
    const dead = await pipeline.deadLetters();
    const poisonCount = bodies.filter((b) => POISON.includes(b)).length;
    const elapsedMs = Date.now() - started;

    // Accounted for: an article with dyad events (offline extraction) has them stored; the others
    // leave nothing to store and were handled (counted below).
    const offline = offlineEvents(corpus);
    const withEvents = articlesWithEvents(offline);
    const stored = await articlesWithStoredEvents(pipeline.store, offline.keys());
    const statuses = { scored: 0, noEvents: 0, missing: [] as string[] };
    for (const article of corpus) {
      if (!withEvents.has(article.id)) statuses.noEvents++;
      else if (stored.has(article.id)) statuses.scored++;
      else statuses.missing.push(article.id);
    }
    expect(statuses.missing).toEqual([]);
    expect(dead.map((m) => m.Body).sort()).toEqual(bodies.filter((b) => POISON.includes(b)).sort());
    const handled = reports.reduce((sum, r) => sum + r.succeeded, 0);
    const retried = reports.reduce((sum, r) => sum + r.failed, 0);
    const deliveries = reports.reduce((sum, r) => sum + r.received, 0);
    // Every valid message, duplicates included, was handled successfully once.
    expect(handled).toBe(bodies.length - poisonCount);

    const windowFrom = new Date(runStart.getTime() - 60 * 24 * HOUR_MS).toISOString();
    const completeBefore = new Date(Math.floor(runStart.getTime() / HOUR_MS) * HOUR_MS);
    const comparison = await compareWithOffline(pipeline.store, offline, {
      from: windowFrom,
      completeBefore,
    });
    expect(comparison.differences.slice(0, 20)).toEqual([]);
    expect(comparison.points).toBeGreaterThan(0);

    // Level changes visible in the final hourly series that no recomputation recorded (see the
    // limitation in docs/reliability.md: levels depend on the recompute window).
    let levelChanges = 0;
    let unrecordedLevelChanges = 0;
    for (const pair of offline.keys()) {
      const recorded = new Set(
        (await pipeline.store.listTransitions(pair, 10_000)).map((t) => `${t.t}|${t.to}`),
      );
      const hours = await pipeline.store.querySeries(pair, 'hour', windowFrom, completeBefore.toISOString(), {
        limit: 100_000,
      });
      hours.items.forEach((point, i) => {
        const previous = hours.items[i - 1];
        if (!previous || previous.level === point.level) return;
        levelChanges++;
        if (!recorded.has(`${point.t}|${point.level}`)) unrecordedLevelChanges++;
      });
    }

    const figures = {
      articles: N,
      messages: bodies.length,
      duplicatesSent: bodies.length - N - poisonCount,
      poison: poisonCount,
      deliveries,
      failedDeliveriesRetried: retried,
      scored: statuses.scored,
      withoutEvents: statuses.noEvents,
      deadLettered: dead.length,
      storedEvents: comparison.events,
      dyads: comparison.pairs,
      pointsCompared: comparison.points,
      enqueueSeconds: enqueuedMs / 1000,
      totalSeconds: elapsedMs / 1000,
      articlesPerSecond: Math.round((N / (elapsedMs / 1000)) * 10) / 10,
      levelPathDifferences: comparison.levelPathDifferences,
      levelChanges,
      unrecordedLevelChanges,
      dynamoCallsPerArticle: Object.fromEntries(
        // Three decimals: large batches share their calls among hundreds of articles.
        Object.entries(calls).map(([name, c]) => [name, Math.round((c.count / N) * 1000) / 1000]),
      ),
      dynamoSecondsByCommand: Object.fromEntries(
        Object.entries(calls).map(([name, c]) => [name, Math.round(c.ms / 100) / 10]),
      ),
      node: process.version,
      at: new Date().toISOString(),
    };
    mkdirSync('test-output', { recursive: true });
    writeFileSync(join('test-output', `reliability-load-${N}.json`), `${JSON.stringify(figures, null, 2)}\n`);
    process.stdout.write(`load figures: ${JSON.stringify(figures)}\n`);
  });
});
