/**
 * Articles queue consumer: validate each message (ArticleSchema), then processBatch: extract and
 * store every article's events, rescore each dyad the batch touched once, and publish the level
 * transitions it claims. Partial batch failures: only the records that failed return to the queue
 * (and after maxReceiveCount, to the DLQ). Every step is idempotent, so a redelivered article,
 * finished or not, is processed again and changes nothing it had already done.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { eventReadCache, tensionStore } from '../commons/dynamodb';
import { count, countBy, logger, METRIC, metrics } from '../commons/powertools';
import { runtimeSettings } from '../commons/runtime-settings';
import { alertPublisher } from '../commons/sns';
import { inParallel } from '../core/concurrency';
import { type Article, ArticleSchema } from '../core/model';
import { IO_CONCURRENCY, processBatch } from '../core/pipeline/process-article';
import { parseQueueMessage } from '../core/queue-message';

const processor = new BatchProcessor(EventType.SQS);

/** Failure groups for the ScoringFailures metric, by error name. */
const FAILURE_KINDS: Record<string, string> = {
  InvalidMessageError: 'invalid-message',
  InvalidArticleError: 'invalid-message',
  ArticleInputError: 'unusable-article',
  TransitionBusyError: 'alert-in-flight',
};

export const handler = async (event: SQSEvent, context?: Context): Promise<SQSBatchResponse> => {
  const settings = runtimeSettings();
  const store = tensionStore();
  const totals = { scored: 0, duplicate: 0, noEvents: 0, events: 0, alerts: 0, failed: 0 };
  const touched = new Set<string>();

  // The whole batch goes through the pipeline at once, so each dyad is rescored once per batch.
  const articles: Article[] = [];
  const recordArticle = new Map<string, number>();
  const unreadable = new Map<string, Error>();
  for (const record of event.Records) {
    try {
      recordArticle.set(record.messageId, articles.length);
      articles.push(parseQueueMessage(record.body, ArticleSchema, 'article'));
    } catch (error) {
      recordArticle.delete(record.messageId);
      unreadable.set(record.messageId, error as Error);
    }
  }
  const outcomes = await processBatch(articles, {
    store,
    publisher: alertPublisher(),
    settings: settings.scoring,
    extraPairs: settings.dyads.extraPairs,
  });

  // Powertools reports the partial failures: each record's handler replays its outcome.
  const recordHandler = async (record: SQSRecord) => {
    const index = recordArticle.get(record.messageId);
    const outcome = index === undefined ? undefined : outcomes[index];
    const error = unreadable.get(record.messageId) ?? (outcome && !outcome.ok ? outcome.error : undefined);
    if (error || !outcome?.ok) {
      totals.failed++;
      const kind = FAILURE_KINDS[error?.name ?? ''] ?? 'processing';
      countBy(METRIC.scoringFailures, 'kind', kind);
      // The reason is logged on every failed receive, so a message that ends in the DLQ has it on record.
      logger.error('article record failed; it returns to the queue', {
        messageId: record.messageId,
        receiveCount: record.attributes?.ApproximateReceiveCount,
        kind,
        error: error ?? new Error('no outcome for this record'),
      });
      throw error ?? new Error('no outcome for this record');
    }
    const result = outcome.result;
    totals.alerts += result.transitions.length;
    if (result.status === 'duplicate') totals.duplicate++;
    else if (result.status === 'no-events') totals.noEvents++;
    else totals.scored++;
    totals.events += result.events;
    for (const pair of result.pairs) touched.add(pair);
  };

  try {
    // Throws FullBatchFailureError when every record failed: Lambda then retries the whole batch.
    return await processPartialResponse(event, recordHandler, processor, context ? { context } : undefined);
  } finally {
    count(METRIC.articlesScored, totals.scored + totals.noEvents);
    count(METRIC.eventsExtracted, totals.events);
    count(METRIC.articlesDuplicate, totals.duplicate);
    count(METRIC.articlesWithoutEvents, totals.noEvents);
    count(METRIC.alertsPublished, totals.alerts);
    // Whether this container's kept event items spared rescores their table reads.
    const eventReads = eventReadCache().takeReadCounts();
    for (const [source, reads] of Object.entries(eventReads))
      countBy(METRIC.eventReads, 'source', source, reads);
    await emitDyadTension(touched);
    logger.info('scoring batch summary', {
      records: event.Records.length,
      ...totals,
      eventReads,
      pairs: [...touched],
    });
    metrics.publishStoredMetrics();
  }
};

/** Latest score of every dyad this batch touched, for the dashboard's tension graphs. */
async function emitDyadTension(pairs: Set<string>): Promise<void> {
  // Reads in parallel: a batch touches a dozen dyads, and each read is a round trip.
  await inParallel([...pairs].sort(), IO_CONCURRENCY, async (pair) => {
    try {
      const latest = await tensionStore().getLatest(pair);
      if (latest) {
        const single = metrics.singleMetric();
        single.addDimension('dyad', pair);
        single.addMetric(METRIC.dyadTension, MetricUnit.NoUnit, latest.score);
      }
    } catch (error) {
      logger.warn('could not read the latest score for the tension metric', { pair, error: error as Error });
    }
  });
}
