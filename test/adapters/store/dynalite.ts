/** A fresh dynalite + table per test file. */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createTensionTable } from '../../../functions/adapters/store/create-table';
import {
  DynamoTensionStore,
  type DynamoTensionStoreOptions,
} from '../../../functions/adapters/store/dynamo-tension-store';
import { LOCAL_AWS, type RunningEmulator, startDynalite } from '../../../local/emulators';

export interface TestTable {
  emulator: RunningEmulator;
  client: DynamoDBClient;
  doc: DynamoDBDocumentClient;
  tableName: string;
  store(options?: DynamoTensionStoreOptions): DynamoTensionStore;
  close(): Promise<void>;
}

export async function startTestTable(tableName = 'tension'): Promise<TestTable> {
  const emulator = await startDynalite();
  const client = new DynamoDBClient({ ...LOCAL_AWS, endpoint: emulator.endpoint });
  const doc = DynamoDBDocumentClient.from(client);
  await createTensionTable(client, tableName);
  return {
    emulator,
    client,
    doc,
    tableName,
    store: (options) => new DynamoTensionStore(doc, tableName, options),
    close: async () => {
      client.destroy();
      await emulator.stop();
    },
  };
}
