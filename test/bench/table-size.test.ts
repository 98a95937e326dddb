import { BatchWriteItemCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ITEM_OVERHEAD_BYTES, itemKind, tableSize } from '../../bench/lib/table-size';
import { createTensionTable } from '../../functions/adapters/store/create-table';
import { LOCAL_AWS, startDynalite } from '../../local/emulators';

describe('table size by kind', () => {
  it('names item kinds from their keys', () => {
    expect(itemKind({ pk: { S: 'SCORE#KGZ-TJK#hour' }, sk: { S: '2026-09-16T10:00:00.000Z' } })).toBe(
      'SCORE#hour',
    );
    expect(itemKind({ pk: { S: 'ART#abc' }, sk: { S: 'PROCESSED' } })).toBe('ART PROCESSED');
    expect(itemKind({ pk: { S: 'EV#KGZ-TJK' }, sk: { S: '2026-09-16T10:00:00.000Z#a#0001' } })).toBe('EV');
    expect(itemKind({ other: { S: 'x' } })).toBe('?');
  });

  it('sums the items and bytes dynalite holds', async () => {
    const dynamo = await startDynalite();
    const client = new DynamoDBClient({ ...LOCAL_AWS, endpoint: dynamo.endpoint });
    try {
      await createTensionTable(client, 'size');
      const put = (pk: string, sk: string) => ({ PutRequest: { Item: { pk: { S: pk }, sk: { S: sk } } } });
      await client.send(
        new BatchWriteItemCommand({
          RequestItems: {
            size: [put('ART#a', 'PROCESSED'), put('ART#b', 'PROCESSED'), put('SCORE#X-Y#day', 't1')],
          },
        }),
      );
      const size = await tableSize(client, 'size');
      expect(size.items).toBe(3);
      expect(size.byKind['ART PROCESSED']?.items).toBe(2);
      expect(size.byKind['SCORE#day']?.items).toBe(1);
      // "pk" + "ART#a" + "sk" + "PROCESSED" = 2 + 5 + 2 + 9 bytes, plus the per-item overhead.
      expect(size.byKind['ART PROCESSED']?.bytes).toBe(2 * (18 + ITEM_OVERHEAD_BYTES));
      expect(size.bytes).toBe(Object.values(size.byKind).reduce((sum, k) => sum + k.bytes, 0));
    } finally {
      client.destroy();
      await dynamo.stop();
    }
  });
});
