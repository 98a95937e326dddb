/**
 * The cold-start baseline of the scorer: the same AWS SDK client (functions/commons/dynamodb.ts)
 * and Powertools (batch processor, logger, metrics) as the scorer, making one DynamoDB call of each
 * kind the scorer's first invocation makes (update, query, get, conditional put, batch write) on its
 * table, with no domain work. Bundled and timed like the Lambdas, it is the share of a cold start
 * that any Lambda built on these libraries pays here, whatever it computes.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import {
  BatchWriteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { dynamoDocumentClient } from '../../functions/commons/dynamodb';
import { count, logger, METRIC, metrics } from '../../functions/commons/powertools';
import { requireEnv } from '../../functions/commons/runtime-settings';

const processor = new BatchProcessor(EventType.SQS);

/** Keys of their own, so the baseline never touches what the scorer stores. */
const PK = 'BENCH#sdk-floor';

async function touchTable(record: SQSRecord): Promise<void> {
  const doc = dynamoDocumentClient();
  const TableName = requireEnv('TABLE_NAME');
  const id = record.messageId;
  await doc.send(
    new UpdateCommand({
      TableName,
      Key: { pk: PK, sk: 'REV' },
      UpdateExpression: 'ADD rev :one',
      ExpressionAttributeValues: { ':one': 1 },
    }),
  );
  await doc.send(
    new QueryCommand({
      TableName,
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':pk': PK, ':from': 'A', ':to': 'Z' },
    }),
  );
  await doc.send(new GetCommand({ TableName, Key: { pk: PK, sk: 'REV' }, ConsistentRead: true }));
  await doc.send(
    new PutCommand({
      TableName,
      Item: { pk: PK, sk: `CLAIM#${id}`, body: record.body.length },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
  await doc.send(
    new BatchWriteCommand({
      RequestItems: {
        [TableName]: [{ PutRequest: { Item: { pk: PK, sk: `ITEM#${id}`, at: new Date().toISOString() } } }],
      },
    }),
  );
}

export const handler = async (event: SQSEvent, context?: Context): Promise<SQSBatchResponse> => {
  try {
    return await processPartialResponse(event, touchTable, processor, context ? { context } : undefined);
  } finally {
    // A metric and a log line, as the scorer emits, so Powertools' first flush is timed too.
    count(METRIC.articlesScored, event.Records.length);
    logger.info('sdk floor batch summary', { records: event.Records.length });
    metrics.publishStoredMetrics();
  }
};
