/**
 * Scheduled dispatcher: one message per configured source onto the sources queue, so each source
 * is fetched by its own fetcher invocation and a slow or broken one delays nobody.
 */
import type { ScheduledEvent } from 'aws-lambda';
import { SqsSourceSender } from '../adapters/queue/sqs-article-sender';
import { count, logger, METRIC, metrics } from '../commons/powertools';
import { configuredSources, requireEnv } from '../commons/runtime-settings';
import { sqsClient } from '../commons/sqs';

export const handler = async (_event?: ScheduledEvent): Promise<{ dispatched: number }> => {
  try {
    const sources = configuredSources();
    const dispatched = await new SqsSourceSender(sqsClient(), requireEnv('SOURCES_QUEUE_URL')).send(sources);
    logger.info('sources dispatched', { dispatched, sources: sources.map((s) => s.id) });
    count(METRIC.sourcesDispatched, dispatched);
    return { dispatched };
  } catch (error) {
    // The scheduler retries a failed invocation, then sends it to its dead-letter queue.
    logger.error('dispatch failed', error as Error);
    throw error;
  } finally {
    metrics.publishStoredMetrics();
  }
};
