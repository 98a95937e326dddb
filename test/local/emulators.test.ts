import { CreateTableCommand, DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import {
  CreateQueueCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { LOCAL_AWS, startDynalite, startFauxqs } from '../../local/emulators';

describe('local emulators', () => {
  it('dynalite speaks the DynamoDB protocol', async () => {
    const dynamo = await startDynalite();
    try {
      const client = new DynamoDBClient({ ...LOCAL_AWS, endpoint: dynamo.endpoint });
      await client.send(
        new CreateTableCommand({
          TableName: 'tbl',
          AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
          KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
          BillingMode: 'PAY_PER_REQUEST',
        }),
      );
      const tables = await client.send(new ListTablesCommand({}));
      expect(tables.TableNames).toEqual(['tbl']);
      client.destroy();
    } finally {
      await dynamo.stop();
    }
  });

  it('fauxqs speaks the SQS protocol', async () => {
    const sqs = await startFauxqs();
    try {
      const client = new SQSClient({ ...LOCAL_AWS, endpoint: sqs.endpoint });
      const { QueueUrl } = await client.send(new CreateQueueCommand({ QueueName: 'q' }));
      await client.send(new SendMessageCommand({ QueueUrl, MessageBody: 'hello' }));
      const received = await client.send(new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 1 }));
      expect(received.Messages?.[0]?.Body).toBe('hello');
      client.destroy();
    } finally {
      await sqs.stop();
    }
  });
});
