import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, Billing, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';

export interface TensionTableProps {
  /** Keep the table when the stack is deleted, with deletion protection on. @default true */
  readonly retain?: boolean;
}

/** The single DynamoDB table holding articles seen, events, score series, latest scores and alert state. */
export class TensionTable extends Construct {
  readonly table: TableV2;

  constructor(scope: Construct, id: string, props: TensionTableProps = {}) {
    super(scope, id);
    const retain = props.retain ?? true;
    this.table = new TableV2(this, 'Table', {
      partitionKey: { name: 'pk', type: AttributeType.STRING },
      sortKey: { name: 'sk', type: AttributeType.STRING },
      billing: Billing.onDemand(),
      timeToLiveAttribute: 'ttl',
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: retain,
      removalPolicy: retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
  }
}
