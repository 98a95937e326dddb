/**
 * Powertools Logger and Metrics, created once per container (they read POWERTOOLS_SERVICE_NAME,
 * POWERTOOLS_LOG_LEVEL and POWERTOOLS_METRICS_NAMESPACE when constructed).
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';

export const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'border-tension' });

export const metrics = new Metrics({
  namespace: process.env.POWERTOOLS_METRICS_NAMESPACE ?? 'BorderTension',
  serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'border-tension',
});

/**
 * Metric names. The first three are the ones the pipeline alarms and dashboard graph
 * (lib/constructs/pipeline-monitoring.ts PIPELINE_METRICS); keep them in step.
 */
export const METRIC = {
  articlesFetched: 'ArticlesFetched',
  articlesScored: 'ArticlesScored',
  eventsExtracted: 'EventsExtracted',
  dyadTension: 'DyadTension',
  sourcesDispatched: 'SourcesDispatched',
  sourcesOk: 'SourcesOk',
  sourcesNotModified: 'SourcesNotModified',
  sourcesFailed: 'SourcesFailed',
  itemsSeen: 'ItemsSeen',
  itemsDuplicate: 'ItemsDuplicate',
  itemsSkippedNonEnglish: 'ItemsSkippedNonEnglish',
  itemsSkippedInvalid: 'ItemsSkippedInvalid',
  articlesTruncated: 'ArticlesTruncated',
  articlesDuplicate: 'ArticlesDuplicate',
  articlesWithoutEvents: 'ArticlesWithoutEvents',
  alertsPublished: 'AlertsPublished',
  /** Event reads of rescores, with the dimension `source`: `memory` (kept items) or `table`. */
  eventReads: 'EventReads',
  /** With the dimension `kind` (fetch error kind, or scoring failure kind). */
  fetchFailures: 'FetchFailures',
  scoringFailures: 'ScoringFailures',
} as const;

export function count(name: string, value: number): void {
  metrics.addMetric(name, MetricUnit.Count, value);
}

/** A count with one extra dimension (published at once, so dimensions do not leak to other metrics). */
export function countBy(name: string, dimension: string, value: string, amount = 1): void {
  const single = metrics.singleMetric();
  single.addDimension(dimension, value);
  single.addMetric(name, MetricUnit.Count, amount);
}
