/**
 * The contenders of the throughput section:
 *  - ours: the real article pipeline (processArticle: extractArticle, store the events, rescore
 *    every touched dyad over the recompute window in hour and day buckets, claim transitions),
 *    with an in-memory store so only the pipeline's own work is timed; the same on a dense feed,
 *    alone and in batches; and our extraction alone;
 *  - compromise: people(), places(), organizations() plus keyword events;
 *  - wink-nlp: tokenisation alone.
 */
import { extractArticle } from '../../functions/core/extraction';
import type { Article } from '../../functions/core/model';
import { processArticle, processBatch } from '../../functions/core/pipeline/process-article';
import { ScoringCache } from '../../functions/core/scoring';
import type { ScoringSettings } from '../../functions/core/scoring/settings';
import { compromiseExtract } from '../baselines/compromise-extractor';
import { winkTokenCount } from '../baselines/wink-tokenizer';
import { republished } from '../lib/live';
import { MemoryTensionStore } from '../lib/memory-store';
import type { ArticleContender, BatchContender } from './throughput';

const HOUR_MS = 3_600_000;
/** Alerts are counted from the result; publishing is not part of the timed work. */
const discardAlerts = { publish: async () => {} };

/** "Now" for an article replayed from history: an hour after it was published. */
function replayNow(article: Article): Date {
  const published = article.published ? Date.parse(article.published) : Number.NaN;
  return new Date(Number.isNaN(published) ? Date.now() : published + HOUR_MS);
}

export function ourContender(
  settings: ScoringSettings,
  initialStore = new MemoryTensionStore(),
): ArticleContender & {
  readonly store: MemoryTensionStore;
  /** Events whose days' stories the scorer's cache keeps now (see DayStories). */
  readonly keptDayEvents: number;
  /** Let go of the stored events, keeping what the scorer keeps between rescores (the memory section). */
  forgetStore(): void;
} {
  let store = initialStore;
  // Each contender is its own scorer: what one keeps between rescores does not serve another.
  let cache = new ScoringCache();
  return {
    name: 'border-tension',
    description:
      'processArticle: extractArticle + store events + rescore each touched dyad (hour and day buckets over ' +
      'the recompute window) + claim level transitions, against an in-memory store (no I/O)',
    get store() {
      return store;
    },
    get keptDayEvents() {
      return cache.days.keptEventCount;
    },
    forgetStore() {
      store = new MemoryTensionStore();
    },
    // After warm-up: the timed run must not find its articles already processed (duplicates are cheap).
    reset() {
      store = new MemoryTensionStore();
      cache = new ScoringCache();
    },
    async run(article) {
      const result = await processArticle(article, {
        store,
        publisher: discardAlerts,
        settings,
        now: replayNow(article),
        scoringCache: cache,
      });
      return {
        events: result.events,
        'dyads rescored': result.pairs.length,
        transitions: result.transitions.length,
        'articles without events': result.status === 'no-events' ? 1 : 0,
      };
    },
  };
}

/** Days the dense-feed contender spreads the corpus over. */
export const DENSE_FEED_DAYS = 2;
const DENSE_FEED_START = Date.parse('2026-01-01T00:00:00.000Z');

/**
 * Our pipeline on the same articles re-timed as a dense live feed: the corpus spread evenly over
 * DENSE_FEED_DAYS in the order it is run, each article processed alone a minute after it was
 * published. A rescore reads every event of its dyad's look-back, so this shows how the cost
 * per article grows with a dyad's coverage (the generated corpus alone is sparse: two years).
 * With `coldCache`, every article gets a fresh ScoringCache, as if each came to a new scorer:
 * the same work without what a warm scorer keeps between rescores, to show what that saves.
 */
export function denseFeedContender(
  settings: ScoringSettings,
  articles: number,
  options: { coldCache?: boolean } = {},
): ArticleContender {
  const step = (DENSE_FEED_DAYS * 24 * HOUR_MS) / Math.max(1, articles);
  let store = new MemoryTensionStore();
  let cache = new ScoringCache();
  let position = 0;
  return {
    name: options.coldCache ? 'border-tension, dense feed, cold scoring cache' : 'border-tension, dense feed',
    description:
      `the same processArticle, the corpus re-timed as a live feed of ${articles.toLocaleString('en-US')} articles ` +
      `over ${DENSE_FEED_DAYS} days (in run order), each processed alone a minute after publication` +
      (options.coldCache ? ', each with a fresh ScoringCache (nothing kept between rescores)' : ''),
    reset() {
      store = new MemoryTensionStore();
      cache = new ScoringCache();
      position = 0;
    },
    async run(article) {
      const published = DENSE_FEED_START + position++ * step;
      if (options.coldCache) cache = new ScoringCache();
      const result = await processArticle(republished(article, new Date(published)), {
        store,
        publisher: discardAlerts,
        settings,
        now: new Date(published + 60_000),
        scoringCache: cache,
      });
      return { events: result.events, 'dyads rescored': result.pairs.length };
    },
  };
}

/**
 * Articles per batch of the dense feed as deployed: the scheduler fetches every `rateMinutes`, and
 * the event source's batching window gathers what one fetch cycle queued, up to `batchSize`.
 */
export function denseFeedCycleBatch(articles: number, rateMinutes: number, batchSize: number): number {
  const cycles = (DENSE_FEED_DAYS * 24 * 60) / rateMinutes;
  return Math.max(1, Math.min(batchSize, Math.round(articles / cycles)));
}

/**
 * The dense feed as the deployed scorer takes it: SQS batches of `batchSize` articles (one fetch
 * cycle's, denseFeedCycleBatch), each batch processed at once a minute after its newest article
 * was published, so each dyad is rescored once per batch, not once per article.
 */
export function denseFeedBatchContender(
  settings: ScoringSettings,
  articles: number,
  batchSize: number,
): BatchContender {
  const step = (DENSE_FEED_DAYS * 24 * HOUR_MS) / Math.max(1, articles);
  let store = new MemoryTensionStore();
  let cache = new ScoringCache();
  let position = 0;
  return {
    name: `border-tension, dense feed, batches of ${batchSize}`,
    description:
      `the dense feed above through processBatch, ${batchSize} articles at a time (one fetch cycle's, as the scorer ` +
      "Lambda's event source gathers them), " +
      'each batch processed a minute after its newest article; every dyad a batch touches is rescored once',
    batchSize,
    reset() {
      store = new MemoryTensionStore();
      cache = new ScoringCache();
      position = 0;
    },
    async runBatch(batch) {
      const timed = batch.map((article) =>
        republished(article, new Date(DENSE_FEED_START + position++ * step)),
      );
      const newest = Date.parse((timed[timed.length - 1] as Article).published as string);
      const outcomes = await processBatch(timed, {
        store,
        publisher: discardAlerts,
        settings,
        now: new Date(newest + 60_000),
        scoringCache: cache,
      });
      const found = { events: 0, 'dyads rescored': 0, failed: 0 };
      for (const outcome of outcomes) {
        if (!outcome.ok) {
          found.failed += 1;
          continue;
        }
        found.events += outcome.result.events;
        found['dyads rescored'] += outcome.result.pairs.length;
      }
      return found;
    },
  };
}

export function compromiseContender(): ArticleContender {
  return {
    name: 'compromise',
    description:
      'compromise 14: nlp(text) with people(), places(), organizations() and trigger keywords looked up in ' +
      'each sentence (no dyads, no scoring)',
    run(article) {
      const found = compromiseExtract(article.title, article.text);
      return {
        people: found.people.length,
        places: found.places.length,
        organisations: found.organizations.length,
        events: found.events.length,
      };
    },
  };
}

export function winkContender(): ArticleContender {
  return {
    name: 'wink-nlp tokenise',
    description: 'wink-nlp 2 with wink-eng-lite-web-model, empty pipeline: readDoc() tokenisation only',
    run(article) {
      return { tokens: winkTokenCount(article.title, article.text) };
    },
  };
}

/**
 * Our extraction alone, like for like with the compromise extractor: entities and coded events,
 * no storage and no scoring. Its mean latency also splits our pipeline's time into extraction and
 * scoring, measured in the same rounds as the pipeline itself.
 */
export function extractionContender(): ArticleContender {
  return {
    name: 'border-tension, extraction only',
    description:
      'extractArticle alone: countries, organisations, people, places, weapons, casualties and CAMEO-coded ' +
      'events with their dyads (no storage, no scoring), the work the compromise extractor does',
    run(article) {
      const { entities, events, dyads } = extractArticle(article);
      return {
        people: entities.people.length,
        places: entities.places.length,
        organisations: entities.organizations.length,
        events: events.length,
        dyads: dyads.length,
      };
    },
  };
}
