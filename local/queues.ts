/**
 * The local queues, created from the same configuration the stack uses: a sources queue and an
 * articles queue, each with its dead-letter queue and a RedrivePolicy carrying
 * `queues.maxReceiveCount`, plus an SNS topic for level-change alerts with a queue subscribed to
 * it so the runner can show the alerts the scorer publishes.
 */
import { CreateTopicCommand, type SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  QueueAttributeName,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import type { Config } from '../lib/config/config-schema';
import { VISIBILITY_TIMEOUT_FACTOR } from '../lib/constructs/queue-with-dead-letter';

export interface QueueSpec {
  /** Role in the pipeline. */
  role: 'sources' | 'articles';
  name: string;
  /** The consuming function's timeout times VISIBILITY_TIMEOUT_FACTOR, as in the stack. */
  visibilityTimeoutSeconds: number;
  maxReceiveCount: number;
  /** Which function consumes it (its size comes from config.functions). */
  consumer: 'fetcher' | 'scorer';
}

/** The queue layout for a configuration (pure: names and attributes only). */
export function queueSpecs(config: Config): QueueSpec[] {
  const prefix = `border-tension-${config.stage}`;
  return [
    {
      role: 'sources',
      name: `${prefix}-sources`,
      visibilityTimeoutSeconds: config.functions.fetcher.timeoutSeconds * VISIBILITY_TIMEOUT_FACTOR,
      maxReceiveCount: config.queues.maxReceiveCount,
      consumer: 'fetcher',
    },
    {
      role: 'articles',
      name: `${prefix}-articles`,
      visibilityTimeoutSeconds: config.functions.scorer.timeoutSeconds * VISIBILITY_TIMEOUT_FACTOR,
      maxReceiveCount: config.queues.maxReceiveCount,
      consumer: 'scorer',
    },
  ];
}

export interface CreatedQueue {
  spec: QueueSpec;
  url: string;
  arn: string;
  dlqUrl: string;
  dlqArn: string;
}

async function queueArn(sqs: SQSClient, url: string): Promise<string> {
  const { Attributes } = await sqs.send(
    new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: [QueueAttributeName.QueueArn] }),
  );
  const arn = Attributes?.QueueArn;
  if (!arn) throw new Error(`queue ${url} has no QueueArn`);
  return arn;
}

/** Create a queue and its DLQ (idempotent, as CreateQueue is with unchanged attributes). */
export async function createQueueWithDlq(sqs: SQSClient, spec: QueueSpec): Promise<CreatedQueue> {
  const dlq = await sqs.send(
    new CreateQueueCommand({
      QueueName: `${spec.name}-dlq`,
      // Dead letters are kept for the SQS maximum (14 days), for inspection and redrive.
      Attributes: { MessageRetentionPeriod: String(14 * 24 * 3600) },
    }),
  );
  if (!dlq.QueueUrl) throw new Error(`could not create ${spec.name}-dlq`);
  const dlqArn = await queueArn(sqs, dlq.QueueUrl);
  const queue = await sqs.send(
    new CreateQueueCommand({
      QueueName: spec.name,
      Attributes: {
        VisibilityTimeout: String(spec.visibilityTimeoutSeconds),
        RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlqArn, maxReceiveCount: spec.maxReceiveCount }),
      },
    }),
  );
  if (!queue.QueueUrl) throw new Error(`could not create ${spec.name}`);
  return {
    spec,
    url: queue.QueueUrl,
    arn: await queueArn(sqs, queue.QueueUrl),
    dlqUrl: dlq.QueueUrl,
    dlqArn,
  };
}

export interface AlertsChannel {
  topicArn: string;
  /** Queue subscribed to the topic (raw delivery), drained by the runner to print alerts. */
  queueUrl: string;
}

export async function createAlertsChannel(
  sns: SNSClient,
  sqs: SQSClient,
  stage: string,
): Promise<AlertsChannel> {
  const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: `border-tension-${stage}-alerts` }));
  if (!TopicArn) throw new Error('could not create the alerts topic');
  const { QueueUrl } = await sqs.send(
    new CreateQueueCommand({ QueueName: `border-tension-${stage}-alerts-local` }),
  );
  if (!QueueUrl) throw new Error('could not create the alerts queue');
  await sns.send(
    new SubscribeCommand({
      TopicArn,
      Protocol: 'sqs',
      Endpoint: await queueArn(sqs, QueueUrl),
      Attributes: { RawMessageDelivery: 'true' },
    }),
  );
  return { topicArn: TopicArn, queueUrl: QueueUrl };
}

export interface QueueDepth {
  visible: number;
  inFlight: number;
  delayed: number;
}

export async function queueDepth(sqs: SQSClient, url: string): Promise<QueueDepth> {
  const { Attributes = {} } = await sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: url,
      AttributeNames: [
        QueueAttributeName.ApproximateNumberOfMessages,
        QueueAttributeName.ApproximateNumberOfMessagesNotVisible,
        QueueAttributeName.ApproximateNumberOfMessagesDelayed,
      ],
    }),
  );
  return {
    visible: Number(Attributes.ApproximateNumberOfMessages ?? 0),
    inFlight: Number(Attributes.ApproximateNumberOfMessagesNotVisible ?? 0),
    delayed: Number(Attributes.ApproximateNumberOfMessagesDelayed ?? 0),
  };
}
