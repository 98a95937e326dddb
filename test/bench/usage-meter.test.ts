import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  CreateQueueCommand,
  DeleteMessageCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { BatchWriteCommand, DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { addUsage, UsageMeter } from '../../bench/lib/usage-meter';
import { createTensionTable } from '../../functions/adapters/store/create-table';
import { LOCAL_AWS, startDynalite, startFauxqs } from '../../local/emulators';

describe('UsageMeter (SDK middleware)', () => {
  it('sums the capacity dynalite reports, including refused conditional writes', async () => {
    const dynamo = await startDynalite();
    const client = new DynamoDBClient({ ...LOCAL_AWS, endpoint: dynamo.endpoint });
    try {
      await createTensionTable(client, 'meter');
      const meter = new UsageMeter();
      const doc = DynamoDBDocumentClient.from(client);
      meter.instrument(doc, 'dynamodb');
      meter.instrument(doc, 'dynamodb'); // twice is a no-op: nothing is counted double
      // 2,500 bytes of payload: 3 write units (1 KB each).
      await doc.send(
        new PutCommand({ TableName: 'meter', Item: { pk: 'a', sk: '1', body: 'x'.repeat(2500) } }),
      );
      await expect(
        doc.send(
          new PutCommand({
            TableName: 'meter',
            Item: { pk: 'a', sk: '1' },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        ),
      ).rejects.toThrow();
      await doc.send(
        new QueryCommand({
          TableName: 'meter',
          KeyConditionExpression: 'pk = :p',
          ExpressionAttributeValues: { ':p': 'a' },
          ConsistentRead: true,
        }),
      );
      // A batch of two kinds of item: 2 units for the 1,500-byte one, 1 for the small one.
      await doc.send(
        new BatchWriteCommand({
          RequestItems: {
            meter: [
              { PutRequest: { Item: { pk: 'EV#KGZ-TJK', sk: '2022-09-16#a', body: 'y'.repeat(1500) } } },
              { PutRequest: { Item: { pk: 'ART#b', sk: 'SEEN' } } },
            ],
          },
        }),
      );
      const usage = meter.snapshot().dynamodb;
      expect(usage.requests).toBe(4);
      expect(usage.writeUnits).toBe(3 + 1 + 3);
      expect(usage.conditionalFailures).toBe(1);
      expect(usage.readUnits).toBe(1);
      expect(usage.unmetered).toBe(0);
      expect(usage.byOperation).toEqual({ PutItemCommand: 2, QueryCommand: 1, BatchWriteItemCommand: 1 });
      // Units by the kind of item written (the refused write included).
      expect(usage.writeUnitsByKind).toEqual({ a: 4, EV: 2, 'ART SEEN': 1 });
      meter.reset();
      expect(meter.snapshot().dynamodb.requests).toBe(0);
    } finally {
      client.destroy();
      await dynamo.stop();
    }
  });

  it('counts SQS requests in billable 64 KiB chunks', async () => {
    const sqs = await startFauxqs();
    const client = new SQSClient({ ...LOCAL_AWS, endpoint: sqs.endpoint });
    try {
      const { QueueUrl } = await client.send(new CreateQueueCommand({ QueueName: 'meter' }));
      const meter = new UsageMeter();
      meter.instrument(client, 'sqs');
      await client.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 1 }));
      meter.reset(); // counts start again from zero, and keep counting after a reset
      // Ten 10 KB messages: one call, 100 KB of payload, so two billable requests.
      const entries = Array.from({ length: 10 }, (_, i) => ({
        Id: String(i),
        MessageBody: 'y'.repeat(10_000),
      }));
      await client.send(new SendMessageBatchCommand({ QueueUrl, Entries: entries }));
      const received = await client.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 1 }));
      const message = received.Messages?.[0];
      await client.send(new DeleteMessageCommand({ QueueUrl, ReceiptHandle: message?.ReceiptHandle }));
      const usage = meter.snapshot().sqs;
      expect(usage.requests).toBe(3);
      expect(usage.billableRequests).toBe(2 + 1 + 1);
      expect(usage.byOperation.SendMessageBatchCommand).toBe(1);
    } finally {
      client.destroy();
      await sqs.stop();
    }
  });
});

describe('addUsage', () => {
  it('adds the figures of several processes, operation by operation', () => {
    const a = new UsageMeter().snapshot();
    a.dynamodb.writeUnits = 2;
    a.dynamodb.byOperation = { QueryCommand: 1 };
    a.sqs.requests = 3;
    const b = new UsageMeter().snapshot();
    b.dynamodb.writeUnits = 1.5;
    b.dynamodb.byOperation = { QueryCommand: 2, PutItemCommand: 4 };
    const sum = addUsage([a, b]);
    expect(sum.dynamodb.writeUnits).toBe(3.5);
    expect(sum.dynamodb.byOperation).toEqual({ QueryCommand: 3, PutItemCommand: 4 });
    expect(sum.sqs.requests).toBe(3);
    expect(addUsage([a])).toEqual(a);
  });
});
