/**
 * AWS SDK clients and adapters, created once per container and reused by every invocation. The
 * SDK reads AWS_REGION and the standard AWS_ENDPOINT_URL_<SERVICE> variables, which is how the
 * local runner points it at the emulators.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SNSClient } from '@aws-sdk/client-sns';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { SnsAlertPublisher } from '../adapters/alerts/sns-alert-publisher';
import { DynamoTensionStore } from '../adapters/store/dynamo-tension-store';
import { WebFetcher } from '../adapters/web/web-fetcher';
import type { AlertPublisher } from '../core/ports/alert-publisher';
import type { TensionStore } from '../core/ports/tension-store';
import { requireEnv, runtimeSettings } from './runtime-settings';

function once<T>(create: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= create();
    return value;
  };
}

export const sqsClient = once(() => new SQSClient({}));
export const snsClient = once(() => new SNSClient({}));
export const dynamoDocumentClient = once(() =>
  DynamoDBDocumentClient.from(new DynamoDBClient({}), { marshallOptions: { removeUndefinedValues: true } }),
);

export const tensionStore = once<TensionStore>(
  () => new DynamoTensionStore(dynamoDocumentClient(), requireEnv('TABLE_NAME')),
);

export const alertPublisher = once<AlertPublisher>(
  () => new SnsAlertPublisher(snsClient(), requireEnv('ALERTS_TOPIC_ARN')),
);

/** One fetcher per container, so its per-host limit holds across the records of a batch. */
export const webFetcher = once(() => new WebFetcher(runtimeSettings().fetch));
