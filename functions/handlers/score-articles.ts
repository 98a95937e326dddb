/**
 * Articles queue consumer: validate each message (ArticleSchema), then processArticle: extract,
 * store events, rescore the dyads touched, publish the level transitions it claims, and mark the
 * article processed last. Partial batch failures: only the records that failed return to the queue
 * (and after maxReceiveCount, to the DLQ); a completely processed article is recognised by the
 * store and changes nothing, a partly processed one is finished by the redelivery.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { tensionStore } from '../commons/dynamodb';
import { count, countBy, logger, METRIC, metrics } from '../commons/powertools';
import { runtimeSettings } from '../commons/runtime-settings';
import { alertPublisher } from '../commons/sns';
import { ArticleSchema } from '../core/model';
import { processArticle } from '../core/pipeline/process-article';
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

  const recordHandler = async (record: SQSRecord) => {
    try {
      const article = parseQueueMessage(record.body, ArticleSchema, 'article');
      const result = await processArticle(article, {
        store,
        publisher: alertPublisher(),
        settings: settings.scoring,
        extraPairs: settings.dyads.extraPairs,
      });
      totals.alerts += result.transitions.length;
      if (result.status === 'duplicate') totals.duplicate++;
      else if (result.status === 'no-events') totals.noEvents++;
      else totals.scored++;
      totals.events += result.events;
      for (const pair of result.pairs) touched.add(pair);
    } catch (error) {
      totals.failed++;
      const kind = FAILURE_KINDS[(error as Error).name] ?? 'processing';
      countBy(METRIC.scoringFailures, 'kind', kind);
      // The reason is logged on every failed receive, so a message that ends in the DLQ has it on record.
      logger.error('article record failed; it returns to the queue', {
        messageId: record.messageId,
        receiveCount: record.attributes?.ApproximateReceiveCount,
        kind,
        error: error as Error,
      });
      throw error;
    }
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
    await emitDyadTension(touched);
    logger.info('scoring batch summary', { records: event.Records.length, ...totals, pairs: [...touched] });
    metrics.publishStoredMetrics();
  }
};

/** Latest score of every dyad this batch touched, for the dashboard's tension graphs. */
async function emitDyadTension(pairs: Set<string>): Promise<void> {
  for (const pair of pairs) {
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
  }
}
