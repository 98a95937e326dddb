/**
 * The local AWS the bench runs the real handlers against: dynalite (DynamoDB) and fauxqs (SQS and
 * SNS) on loopback, with the table, queues and alert topic created from the same configuration
 * the stack uses, and the environment variables a handler reads (the shared runtime conventions).
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SNSClient } from '@aws-sdk/client-sns';
import { SQSClient } from '@aws-sdk/client-sqs';
import { createTensionTable } from '../../functions/adapters/store/create-table';
import type { Config } from '../../lib/config/config-schema';
import { LOCAL_AWS, type RunningEmulator, startDynalite, startFauxqs } from '../../local/emulators';
import {
  type AlertsChannel,
  type CreatedQueue,
  createAlertsChannel,
  createQueueWithDlq,
  queueSpecs,
} from '../../local/queues';

export interface LocalAws {
  dynalite: RunningEmulator;
  fauxqs: RunningEmulator;
  tableName: string;
  sources: CreatedQueue;
  articles: CreatedQueue;
  alerts: AlertsChannel;
  /** Environment a handler process needs to talk to these emulators. */
  env: Record<string, string>;
  /** Clients of the bench itself (not the handlers'). */
  dynamo: DynamoDBClient;
  sqs: SQSClient;
  sns: SNSClient;
  stop(): Promise<void>;
}

/** The BORDER_TENSION_SETTINGS JSON (same sub-objects the stack passes to every function). */
export function runtimeSettingsJson(config: Config): string {
  return JSON.stringify({
    fetch: config.fetch,
    scoring: config.scoring,
    queues: { seenTtlDays: config.queues.seenTtlDays },
    dyads: { extraPairs: config.dyads.extraPairs },
  });
}

export async function startLocalAws(config: Config): Promise<LocalAws> {
  const [dynalite, fauxqs] = await Promise.all([startDynalite(), startFauxqs()]);
  const dynamo = new DynamoDBClient({ ...LOCAL_AWS, endpoint: dynalite.endpoint });
  const sqs = new SQSClient({ ...LOCAL_AWS, endpoint: fauxqs.endpoint });
  const sns = new SNSClient({ ...LOCAL_AWS, endpoint: fauxqs.endpoint });
  const stop = async () => {
    dynamo.destroy();
    sqs.destroy();
    sns.destroy();
    await Promise.all([dynalite.stop(), fauxqs.stop()]);
  };
  try {
    const tableName = `border-tension-${config.stage}-bench`;
    await createTensionTable(dynamo, tableName);
    const created = new Map<string, CreatedQueue>();
    for (const spec of queueSpecs(config)) created.set(spec.role, await createQueueWithDlq(sqs, spec));
    const sources = created.get('sources');
    const articles = created.get('articles');
    if (!sources || !articles) throw new Error('queue layout lacks the sources or articles queue');
    const alerts = await createAlertsChannel(sns, sqs, config.stage);
    const env: Record<string, string> = {
      TABLE_NAME: tableName,
      SOURCES_QUEUE_URL: sources.url,
      ARTICLES_QUEUE_URL: articles.url,
      ALERTS_TOPIC_ARN: alerts.topicArn,
      BORDER_TENSION_SETTINGS: runtimeSettingsJson(config),
      BORDER_TENSION_SOURCES: JSON.stringify(config.sources),
      POWERTOOLS_SERVICE_NAME: 'border-tension-bench',
      POWERTOOLS_METRICS_NAMESPACE: 'BorderTension',
      // Quiet handlers: their logs and EMF metrics would dominate the bench's own output.
      POWERTOOLS_LOG_LEVEL: 'SILENT',
      POWERTOOLS_METRICS_DISABLED: 'true',
      AWS_ENDPOINT_URL_DYNAMODB: dynalite.endpoint,
      AWS_ENDPOINT_URL_SQS: fauxqs.endpoint,
      AWS_ENDPOINT_URL_SNS: fauxqs.endpoint,
      AWS_REGION: LOCAL_AWS.region,
      AWS_ACCESS_KEY_ID: LOCAL_AWS.credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: LOCAL_AWS.credentials.secretAccessKey,
    };
    return { dynalite, fauxqs, tableName, sources, articles, alerts, env, dynamo, sqs, sns, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
