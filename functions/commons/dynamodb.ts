/**
 * DynamoDB client and the tension store, created once per container. The SDK reads AWS_REGION and
 * AWS_ENDPOINT_URL_DYNAMODB (how the local runner points it at dynalite). One file per service, so
 * a Lambda bundles only the clients it uses.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoTensionStore } from '../adapters/store/dynamo-tension-store';
import { EventReadCache } from '../adapters/store/event-read-cache';
import type { TensionStore } from '../core/ports/tension-store';
import { once } from './once';
import { logger } from './powertools';
import { requireEnv } from './runtime-settings';

export const dynamoDocumentClient = once(() =>
  DynamoDBDocumentClient.from(new DynamoDBClient({}), { marshallOptions: { removeUndefinedValues: true } }),
);

/** The event items this container's scorer keeps between rescores (see EventReadCache). */
export const eventReadCache = once(() => new EventReadCache());

/**
 * The container's store. It keeps the event items it reads and stores (EventReadCache): a scorer
 * container's next rescore of a dyad then reads from the table only when another scorer has
 * stored events of that dyad since.
 */
export const tensionStore = once<TensionStore>(
  () =>
    new DynamoTensionStore(dynamoDocumentClient(), requireEnv('TABLE_NAME'), {
      eventCache: eventReadCache(),
      warn: (message, details) => logger.warn(message, details),
    }),
);
