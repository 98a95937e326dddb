/**
 * Key schema of the single border-tension table. The CDK construct (lib/constructs/tension-table.ts)
 * and the local runner both create the table from this, so the emulator and AWS never drift.
 * The access patterns behind these keys are in docs/data-model.md.
 */
export interface TableIndexDefinition {
  readonly indexName: string;
  readonly partitionKey: string;
  readonly sortKey: string;
}

export interface TableDefinition {
  readonly partitionKey: string;
  readonly sortKey: string;
  /** Epoch seconds after which DynamoDB deletes the item. */
  readonly ttlAttribute: string;
  readonly globalSecondaryIndexes: readonly TableIndexDefinition[];
}

export const TABLE_DEFINITION: TableDefinition = {
  partitionKey: 'pk',
  sortKey: 'sk',
  ttlAttribute: 'ttl',
  globalSecondaryIndexes: [],
};
