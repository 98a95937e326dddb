import { RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import {
  AttributeType,
  Billing,
  type CfnGlobalTable,
  TableEncryptionV2,
  TableV2,
} from 'aws-cdk-lib/aws-dynamodb';
import { Construct, type IConstruct } from 'constructs';
import { TABLE_DEFINITION, type TableDefinition } from '../../functions/adapters/store/table-definition';

export interface TensionTableProps {
  /** Keep the table when the stack is deleted, with deletion protection on. @default true */
  readonly retain?: boolean;
  /** Key schema; the local runner creates its emulator table from the same definition. @default TABLE_DEFINITION */
  readonly definition?: TableDefinition;
}

/**
 * The single DynamoDB table holding articles seen, events, score series, latest scores and alert
 * state: on-demand, point-in-time recovery, TTL, and (outside dev) deletion protection and RETAIN.
 */
export class TensionTable extends Construct {
  readonly table: TableV2;
  private readonly hasIndexes: boolean;

  constructor(scope: Construct, id: string, props: TensionTableProps = {}) {
    super(scope, id);
    const retain = props.retain ?? true;
    const definition = props.definition ?? TABLE_DEFINITION;
    this.hasIndexes = definition.globalSecondaryIndexes.length > 0;
    this.table = new TableV2(this, 'Table', {
      partitionKey: { name: definition.partitionKey, type: AttributeType.STRING },
      sortKey: { name: definition.sortKey, type: AttributeType.STRING },
      billing: Billing.onDemand(),
      encryption: TableEncryptionV2.awsManagedKey(),
      timeToLiveAttribute: definition.ttlAttribute,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: retain,
      removalPolicy: retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      globalSecondaryIndexes: definition.globalSecondaryIndexes.map((index) => ({
        indexName: index.indexName,
        partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
        sortKey: { name: index.sortKey, type: AttributeType.STRING },
      })),
    });
  }

  /**
   * With indexes, the table's data grants also cover `<table arn>/index/*` (every index of this one
   * table), which cdk-nag's IAM5 flags; acknowledge it on the grantee (its role) with that reason.
   */
  acknowledgeIndexGrant(grantee: IConstruct): void {
    if (!this.hasIndexes) return;
    const logicalId = Stack.of(this).getLogicalId(this.table.node.defaultChild as CfnGlobalTable);
    Validations.of(grantee).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${logicalId}.Arn>/index/*]`,
      reason:
        'Table data grants include the indexes of this one table (<table arn>/index/*), no other table.',
    });
  }
}
