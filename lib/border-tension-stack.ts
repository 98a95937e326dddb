import { join } from 'node:path';
import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { Construct } from 'constructs';
import type { Config } from './config/config-schema';
import { AlertTopic } from './constructs/alert-topic';
import { BorderTensionFunction } from './constructs/border-tension-function';
import { FetchSchedule } from './constructs/fetch-schedule';
import { PipelineMonitoring } from './constructs/pipeline-monitoring';
import { QueueWithDeadLetter } from './constructs/queue-with-dead-letter';
import { ReadApi } from './constructs/read-api';
import { TensionTable } from './constructs/tension-table';

/** Lambda entry files (one per function, each exporting `handler`). */
export const HANDLERS_DIR = join(__dirname, '..', 'functions', 'handlers');
export const HANDLER_ENTRIES = {
  dispatcher: 'dispatch-sources.ts',
  fetcher: 'fetch-source.ts',
  scorer: 'score-articles.ts',
  api: 'read-api.ts',
} as const;

export interface BorderTensionStackProps extends StackProps {
  /** Validated configuration (see lib/config). */
  readonly config: Config;
  /** Folder holding the handler entry files. @default HANDLERS_DIR */
  readonly handlersDir?: string;
}

/** The runtime settings every handler parses once (BORDER_TENSION_SETTINGS). */
export function runtimeSettings(config: Config): string {
  return JSON.stringify({
    fetch: config.fetch,
    scoring: config.scoring,
    queues: { seenTtlDays: config.queues.seenTtlDays },
    dyads: { extraPairs: config.dyads.extraPairs },
  });
}

/** Composes the border-tension pipeline for one stage. */
export class BorderTensionStack extends Stack {
  readonly table: TensionTable;
  readonly sourcesQueue: QueueWithDeadLetter;
  readonly articlesQueue: QueueWithDeadLetter;
  readonly alerts: AlertTopic;
  readonly ops: AlertTopic;
  readonly functions: Record<keyof typeof HANDLER_ENTRIES, BorderTensionFunction>;
  readonly schedule: FetchSchedule;
  readonly readApi: ReadApi;
  readonly monitoring: PipelineMonitoring;

  constructor(scope: Construct, id: string, props: BorderTensionStackProps) {
    super(scope, id, props);
    const { config } = props;
    const isDev = config.stage === 'dev';
    const handlersDir = props.handlersDir ?? HANDLERS_DIR;
    const serviceName = `border-tension-${config.stage}`;
    const batchingWindow = Duration.seconds(config.queues.maxBatchingWindowSeconds);

    this.table = new TensionTable(this, 'Tension', { retain: !isDev });
    this.sourcesQueue = new QueueWithDeadLetter(this, 'Sources', {
      consumerTimeout: Duration.seconds(config.functions.fetcher.timeoutSeconds),
      consumerBatchingWindow: batchingWindow,
      maxReceiveCount: config.queues.maxReceiveCount,
    });
    this.articlesQueue = new QueueWithDeadLetter(this, 'Articles', {
      consumerTimeout: Duration.seconds(config.functions.scorer.timeoutSeconds),
      consumerBatchingWindow: batchingWindow,
      maxReceiveCount: config.queues.maxReceiveCount,
    });
    this.alerts = new AlertTopic(this, 'Alerts', {
      displayName: `border-tension ${config.stage} level changes`,
      emails: config.alerts.emails,
      webhookUrls: config.alerts.webhookUrls,
      destroyKeyOnDelete: isDev,
    });
    this.ops = new AlertTopic(this, 'Ops', {
      displayName: `border-tension ${config.stage} operations`,
      emails: config.alerts.opsEmails,
      allowCloudWatchAlarms: true,
      destroyKeyOnDelete: isDev,
    });

    const settings = runtimeSettings(config);
    const makeFunction = (
      name: keyof typeof HANDLER_ENTRIES,
      description: string,
      environment: Record<string, string>,
      define?: Record<string, string>,
    ) =>
      new BorderTensionFunction(this, `${name.charAt(0).toUpperCase()}${name.slice(1)}`, {
        entry: join(handlersDir, HANDLER_ENTRIES[name]),
        description: `border-tension ${config.stage}: ${description}`,
        memoryMiB: config.functions[name].memoryMiB,
        timeoutSeconds: config.functions[name].timeoutSeconds,
        serviceName,
        metricsNamespace: config.observability.metricsNamespace,
        logLevel: config.observability.logLevel,
        logRetention: config.observability.logRetentionDays,
        destroyLogsOnDelete: isDev,
        environment: { BORDER_TENSION_SETTINGS: settings, ...environment },
        define,
      });

    this.functions = {
      dispatcher: makeFunction(
        'dispatcher',
        'fan out one message per source',
        { SOURCES_QUEUE_URL: this.sourcesQueue.queue.queueUrl },
        // Baked into the bundle: Lambda environment variables are capped at 4 KB in total.
        { 'process.env.BORDER_TENSION_SOURCES': JSON.stringify(JSON.stringify(config.sources)) },
      ),
      fetcher: makeFunction('fetcher', 'fetch and parse one feed', {
        TABLE_NAME: this.table.table.tableName,
        ARTICLES_QUEUE_URL: this.articlesQueue.queue.queueUrl,
      }),
      scorer: makeFunction('scorer', 'extract events, score dyads, alert', {
        TABLE_NAME: this.table.table.tableName,
        ALERTS_TOPIC_ARN: this.alerts.topic.topicArn,
      }),
      api: makeFunction('api', 'read API', { TABLE_NAME: this.table.table.tableName }),
    };
    const { dispatcher, fetcher, scorer, api } = this.functions;

    // Grants only: each function gets exactly what its job needs.
    this.sourcesQueue.queue.grantSendMessages(dispatcher.function);
    this.table.table.grantReadWriteData(fetcher.function);
    this.articlesQueue.queue.grantSendMessages(fetcher.function);
    this.table.table.grantReadWriteData(scorer.function);
    this.alerts.grantPublish(scorer.function);
    this.table.table.grantReadData(api.function);
    for (const fn of [fetcher, scorer, api]) this.table.acknowledgeIndexGrant(fn.role);

    const eventSource = (queue: QueueWithDeadLetter, batchSize: number, maxConcurrency?: number) =>
      new SqsEventSource(queue.queue, {
        batchSize,
        maxBatchingWindow: batchingWindow,
        reportBatchItemFailures: true,
        ...(maxConcurrency ? { maxConcurrency } : {}),
      });
    fetcher.function.addEventSource(eventSource(this.sourcesQueue, config.queues.batchSize));
    scorer.function.addEventSource(
      eventSource(this.articlesQueue, config.queues.articlesBatchSize, config.queues.scorerMaxConcurrency),
    );

    this.schedule = new FetchSchedule(this, 'FetchSchedule', {
      dispatcher: dispatcher.function,
      rateMinutes: config.schedule.rateMinutes,
      retryAttempts: config.schedule.retryAttempts,
      maxEventAge: Duration.minutes(config.schedule.maxEventAgeMinutes),
      description: `border-tension ${config.stage}: dispatch news sources`,
    });

    this.readApi = new ReadApi(this, 'ReadApi', {
      handler: api.function,
      throttleRateLimit: config.api.throttleRateLimit,
      throttleBurstLimit: config.api.throttleBurstLimit,
      logRetention: config.observability.logRetentionDays,
      destroyLogsOnDelete: isDev,
    });

    this.monitoring = new PipelineMonitoring(this, 'Monitoring', {
      opsTopic: this.ops.topic,
      metricsNamespace: config.observability.metricsNamespace,
      serviceName,
      functions: [
        { label: 'dispatcher', function: dispatcher.function },
        { label: 'fetcher', function: fetcher.function },
        { label: 'scorer', function: scorer.function },
        { label: 'api', function: api.function },
      ],
      queues: [
        {
          label: 'sources',
          queue: this.sourcesQueue.queue,
          deadLetterQueue: this.sourcesQueue.deadLetterQueue,
        },
        {
          label: 'articles',
          queue: this.articlesQueue.queue,
          deadLetterQueue: this.articlesQueue.deadLetterQueue,
        },
        { label: 'schedule', deadLetterQueue: this.schedule.deadLetterQueue },
      ],
      silentPipelineHours: config.alerts.silentPipelineHours,
      dlqDepthThreshold: config.alerts.dlqDepthThreshold,
      maxQueueAge: Duration.minutes(config.alerts.queueAgeMinutes),
      errorThreshold: config.alerts.consumerErrorThreshold,
      dashboardDyads: config.observability.dashboardDyads,
      dashboardName: `border-tension-${config.stage}`,
    });

    new CfnOutput(this, 'ApiUrl', { value: this.readApi.url, description: 'Read API base URL (SigV4)' });
    new CfnOutput(this, 'TableName', { value: this.table.table.tableName });
    new CfnOutput(this, 'AlertsTopicArn', { value: this.alerts.topic.topicArn });
    new CfnOutput(this, 'OpsTopicArn', { value: this.ops.topic.topicArn });
    new CfnOutput(this, 'SourcesDeadLetterQueueUrl', { value: this.sourcesQueue.deadLetterQueue.queueUrl });
    new CfnOutput(this, 'ArticlesDeadLetterQueueUrl', { value: this.articlesQueue.deadLetterQueue.queueUrl });
    new CfnOutput(this, 'DashboardName', { value: `border-tension-${config.stage}` });
  }
}
