/**
 * Sources queue consumer: each record names one source; fetch it, enqueue its new articles, and
 * log one summary per batch. A source that cannot be fetched or parsed is reported and
 * acknowledged (the next schedule tries again); a record that cannot be handled (bad message,
 * store or queue failure) is reported as a batch item failure, so only it returns to the queue.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { SourceConfigSchema } from '../../lib/config/config-schema';
import { SqsArticleSender } from '../adapters/queue/sqs-article-sender';
import { extractPageText } from '../adapters/web/full-text';
import { tensionStore } from '../commons/dynamodb';
import { count, countBy, logger, METRIC, metrics } from '../commons/powertools';
import { requireEnv, runtimeSettings } from '../commons/runtime-settings';
import { sqsClient } from '../commons/sqs';
import { webFetcher } from '../commons/web';
import { ingestSource, type SourceRunResult, summarizeRun } from '../core/ingest/fetch-run';
import { InvalidMessageError, parseQueueMessage } from '../core/queue-message';

const processor = new BatchProcessor(EventType.SQS);

function emitMetrics(results: SourceRunResult[], recordFailures: number): void {
  const summary = summarizeRun(results);
  count(METRIC.articlesFetched, summary.new);
  count(METRIC.itemsSeen, summary.seen);
  count(METRIC.itemsDuplicate, summary.duplicate);
  count(METRIC.itemsSkippedNonEnglish, summary.skippedNonEnglish);
  count(METRIC.itemsSkippedInvalid, summary.skippedInvalid);
  count(METRIC.articlesTruncated, summary.truncated);
  count(METRIC.sourcesOk, summary.sourcesOk);
  count(METRIC.sourcesNotModified, summary.sourcesNotModified);
  count(METRIC.sourcesFailed, summary.sourcesFailed.length + recordFailures);
  for (const failure of summary.sourcesFailed) countBy(METRIC.fetchFailures, 'kind', failure.kind);
  logger.info('fetch run summary', { ...summary, recordFailures });
}

export const handler = async (event: SQSEvent, context?: Context): Promise<SQSBatchResponse> => {
  const settings = runtimeSettings();
  const results: SourceRunResult[] = [];
  let recordFailures = 0;
  const deps = {
    fetcher: webFetcher(),
    store: tensionStore(),
    sink: new SqsArticleSender(sqsClient(), requireEnv('ARTICLES_QUEUE_URL')),
    extractPageText,
    settings: { seenTtlDays: settings.queues.seenTtlDays },
  };
  const recordHandler = async (record: SQSRecord) => {
    try {
      const result = await ingestSource(parseQueueMessage(record.body, SourceConfigSchema, 'source'), deps);
      results.push(result);
      if (result.status === 'failed') {
        logger.warn('source failed', {
          sourceId: result.sourceId,
          kind: result.errorKind,
          reason: result.error,
        });
      }
    } catch (error) {
      recordFailures++;
      countBy(
        METRIC.fetchFailures,
        'kind',
        error instanceof InvalidMessageError ? 'invalid-message' : 'infrastructure',
      );
      logger.error('source record failed; it returns to the queue', {
        messageId: record.messageId,
        receiveCount: record.attributes?.ApproximateReceiveCount,
        error: error as Error,
      });
      throw error;
    }
  };
  try {
    // Throws FullBatchFailureError when every record failed: Lambda then retries the whole batch.
    return await processPartialResponse(event, recordHandler, processor, context ? { context } : undefined);
  } finally {
    emitMetrics(results, recordFailures);
    metrics.publishStoredMetrics();
  }
};
