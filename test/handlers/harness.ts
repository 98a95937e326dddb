/**
 * The AWS side of the handler tests, on the real protocols: dynalite (DynamoDB) and fauxqs (SQS
 * and SNS), started per test file, with the table, the queues (each with a DLQ) and the alerts
 * topic created the way the local runner creates them, and the handler environment set.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { CreateTopicCommand, SNSClient } from '@aws-sdk/client-sns';
import {
  DeleteMessageBatchCommand,
  type Message,
  ReceiveMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createTensionTable } from '../../functions/adapters/store/create-table';
import { DynamoTensionStore } from '../../functions/adapters/store/dynamo-tension-store';
import { LOCAL_AWS, startDynalite, startFauxqs } from '../../local/emulators';
import { type CreatedQueue, createQueueWithDlq } from '../../local/queues';

export interface Harness {
  sqs: SQSClient;
  store: DynamoTensionStore;
  sources: CreatedQueue;
  articles: CreatedQueue;
  topicArn: string;
  stop(): Promise<void>;
}

export async function startHarness(options: {
  settings: unknown;
  sources?: unknown[];
  visibilityTimeoutSeconds?: number;
  maxReceiveCount?: number;
}): Promise<Harness> {
  const dynamo = await startDynalite();
  const fauxqs = await startFauxqs();
  const sqs = new SQSClient({ ...LOCAL_AWS, endpoint: fauxqs.endpoint });
  const sns = new SNSClient({ ...LOCAL_AWS, endpoint: fauxqs.endpoint });
  const dynamoClient = new DynamoDBClient({ ...LOCAL_AWS, endpoint: dynamo.endpoint });
  await createTensionTable(dynamoClient, 'tension');
  const queue = (role: 'sources' | 'articles') =>
    createQueueWithDlq(sqs, {
      role,
      name: `test-${role}`,
      visibilityTimeoutSeconds: options.visibilityTimeoutSeconds ?? 1,
      maxReceiveCount: options.maxReceiveCount ?? 2,
      consumer: role === 'sources' ? 'fetcher' : 'scorer',
    });
  const sources = await queue('sources');
  const articles = await queue('articles');
  const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'test-alerts' }));
  Object.assign(process.env, {
    TABLE_NAME: 'tension',
    SOURCES_QUEUE_URL: sources.url,
    ARTICLES_QUEUE_URL: articles.url,
    ALERTS_TOPIC_ARN: TopicArn,
    BORDER_TENSION_SETTINGS: JSON.stringify(options.settings),
    BORDER_TENSION_SOURCES: JSON.stringify(options.sources ?? []),
    POWERTOOLS_SERVICE_NAME: 'border-tension-test',
    POWERTOOLS_METRICS_NAMESPACE: 'BorderTensionTest',
    POWERTOOLS_METRICS_DISABLED: 'true',
    POWERTOOLS_LOG_LEVEL: 'SILENT',
    AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
    AWS_ENDPOINT_URL_SQS: fauxqs.endpoint,
    AWS_ENDPOINT_URL_SNS: fauxqs.endpoint,
    AWS_REGION: LOCAL_AWS.region,
    AWS_ACCESS_KEY_ID: LOCAL_AWS.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_AWS.credentials.secretAccessKey,
  });
  const store = new DynamoTensionStore(DynamoDBDocumentClient.from(dynamoClient), 'tension');
  return {
    sqs,
    store,
    sources,
    articles,
    topicArn: TopicArn ?? '',
    stop: async () => {
      sqs.destroy();
      sns.destroy();
      dynamoClient.destroy();
      await fauxqs.stop();
      await dynamo.stop();
    },
  };
}

/** Receive and delete every message currently on a queue. */
export async function drain(sqs: SQSClient, queueUrl: string): Promise<Message[]> {
  const messages: Message[] = [];
  for (;;) {
    const { Messages = [] } = await sqs.send(
      new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }),
    );
    if (Messages.length === 0) return messages;
    messages.push(...Messages);
    await sqs.send(
      new DeleteMessageBatchCommand({
        QueueUrl: queueUrl,
        Entries: Messages.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle })),
      }),
    );
  }
}
