import { Stack, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { AwsSolutionsChecks } from 'cdk-nag';
import { TABLE_DEFINITION } from '../../../functions/adapters/store/table-definition';
import { TensionTable } from '../../../lib/constructs/tension-table';
import { appWithoutBundling, testStack } from '../stack-fixtures';

describe('TensionTable', () => {
  it('is an on-demand global table with PITR, TTL, encryption and deletion protection, retained', () => {
    const stack = testStack();
    new TensionTable(stack, 'Tension');
    const template = Template.fromStack(stack);
    template.hasResource('AWS::DynamoDB::GlobalTable', {
      Properties: {
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: [
          { AttributeName: TABLE_DEFINITION.partitionKey, KeyType: 'HASH' },
          { AttributeName: TABLE_DEFINITION.sortKey, KeyType: 'RANGE' },
        ],
        TimeToLiveSpecification: { AttributeName: TABLE_DEFINITION.ttlAttribute, Enabled: true },
        SSESpecification: { SSEEnabled: true },
        Replicas: [
          {
            Region: { Ref: 'AWS::Region' },
            PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
            DeletionProtectionEnabled: true,
          },
        ],
      },
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
  });

  it('can be destroyed with the stack when not retained (dev), PITR still on', () => {
    const stack = testStack();
    new TensionTable(stack, 'Tension', { retain: false });
    const template = Template.fromStack(stack);
    template.hasResource('AWS::DynamoDB::GlobalTable', {
      Properties: {
        Replicas: [
          {
            Region: { Ref: 'AWS::Region' },
            PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
            DeletionProtectionEnabled: false,
          },
        ],
      },
      DeletionPolicy: 'Delete',
    });
  });

  it('builds the GSIs of the data model from the table definition', () => {
    const stack = testStack();
    new TensionTable(stack, 'Tension', {
      definition: {
        ...TABLE_DEFINITION,
        globalSecondaryIndexes: [{ indexName: 'byLevel', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' }],
      },
    });
    Template.fromStack(stack).hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      GlobalSecondaryIndexes: [
        {
          IndexName: 'byLevel',
          KeySchema: [
            { AttributeName: 'gsi1pk', KeyType: 'HASH' },
            { AttributeName: 'gsi1sk', KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        },
      ],
    });
  });

  it('acknowledges the per-table index wildcard of data grants so cdk-nag passes, and only then', () => {
    const synthWithGrant = (acknowledge: boolean) => {
      const app = appWithoutBundling();
      const stack = new Stack(app, 'Grants');
      const tension = new TensionTable(stack, 'Tension', {
        definition: {
          ...TABLE_DEFINITION,
          globalSecondaryIndexes: [{ indexName: 'byLevel', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' }],
        },
      });
      const role = new Role(stack, 'Reader', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
      tension.table.grantReadData(role);
      if (acknowledge) tension.acknowledgeIndexGrant(role);
      Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
      return () => app.synth();
    };
    expect(synthWithGrant(false)).toThrow(/AwsSolutions-IAM5\[Resource::<TensionTable\w+\.Arn>\/index\/\*\]/);
    expect(synthWithGrant(true)).not.toThrow();
  });
});
