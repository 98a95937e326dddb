/** What a run left in the table: items and bytes by kind, sized by DynamoDB's rules (as dynalite applies them). */
import { type AttributeValue, type DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';

/** DynamoDB adds about 100 bytes of index overhead to every stored item (storage pricing). */
export const ITEM_OVERHEAD_BYTES = 100;

export interface TableSize {
  items: number;
  bytes: number;
  byKind: Record<string, { items: number; bytes: number }>;
}

/**
 * The kind of an item, from its keys: the partition key's first segment, plus its last segment
 * when it has more than two ("SCORE#KGZ-TJK#hour" → "SCORE#hour"), plus a constant sort key
 * ("ART" + "PROCESSED"). Says what the stored bytes are made of without knowing the data model.
 */
export function itemKind(item: Record<string, AttributeValue>): string {
  const pk = item.pk?.S ?? '?';
  const sk = item.sk?.S ?? '';
  const segments = pk.split('#');
  let kind = segments[0] || '?';
  if (segments.length > 2) kind += `#${segments[segments.length - 1]}`;
  if (/^[A-Z]+$/.test(sk)) kind += ` ${sk}`;
  return kind;
}

export async function tableSize(
  client: DynamoDBClient,
  tableName: string,
  /** What the items are counted as (`byKind`). */
  kindOf: (item: Record<string, AttributeValue>) => string = itemKind,
): Promise<TableSize> {
  // dynalite ships no types; itemSize(item) is the size DynamoDB bills for.
  const { itemSize } = require('dynalite/db') as {
    itemSize: (item: Record<string, AttributeValue>) => number;
  };
  const size: TableSize = { items: 0, bytes: 0, byKind: {} };
  let start: Record<string, AttributeValue> | undefined;
  do {
    const page = await client.send(new ScanCommand({ TableName: tableName, ExclusiveStartKey: start }));
    for (const item of page.Items ?? []) {
      const bytes = itemSize(item) + ITEM_OVERHEAD_BYTES;
      size.items += 1;
      size.bytes += bytes;
      const kind = kindOf(item);
      const entry = size.byKind[kind] ?? { items: 0, bytes: 0 };
      entry.items += 1;
      entry.bytes += bytes;
      size.byKind[kind] = entry;
    }
    start = page.LastEvaluatedKey;
  } while (start);
  return size;
}
