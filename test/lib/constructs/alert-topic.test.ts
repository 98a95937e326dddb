import { Match, Template } from 'aws-cdk-lib/assertions';
import { AlertTopic } from '../../../lib/constructs/alert-topic';
import { testStack } from '../stack-fixtures';

function synth(props: Partial<ConstructorParameters<typeof AlertTopic>[2]> = {}) {
  const stack = testStack();
  const alerts = new AlertTopic(stack, 'Alerts', { displayName: 'level changes', ...props });
  return { stack, alerts, template: Template.fromStack(stack) };
}

describe('AlertTopic', () => {
  it('encrypts the topic with its own rotating KMS key', () => {
    const { stack, alerts, template } = synth();
    const keyId = stack.getLogicalId(alerts.key.node.defaultChild as never);
    template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
    template.hasResourceProperties('AWS::SNS::Topic', {
      DisplayName: 'level changes',
      KmsMasterKeyId: { 'Fn::GetAtt': [keyId, 'Arn'] },
    });
  });

  it('keeps the key when the stack is deleted unless asked to schedule its deletion', () => {
    synth().template.hasResource('AWS::KMS::Key', { DeletionPolicy: 'Retain' });
    synth({ destroyKeyOnDelete: true }).template.hasResource('AWS::KMS::Key', {
      DeletionPolicy: 'Delete',
      Properties: { PendingWindowInDays: 7 },
    });
  });

  it('refuses publishes that do not use TLS', () => {
    synth().template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Action: 'sns:Publish',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    });
  });

  it('subscribes the configured e-mail addresses and HTTPS endpoints', () => {
    const { template } = synth({
      emails: ['analyst@example.org', 'duty@example.org'],
      webhookUrls: ['https://hooks.example.org/tension'],
    });
    template.resourceCountIs('AWS::SNS::Subscription', 3);
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'analyst@example.org',
    });
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'https',
      Endpoint: 'https://hooks.example.org/tension',
    });
    synth().template.resourceCountIs('AWS::SNS::Subscription', 0);
  });

  it('lets CloudWatch alarms use the key only when asked', () => {
    const cloudWatchStatement = Match.objectLike({
      Principal: { Service: 'cloudwatch.amazonaws.com' },
      Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
    });
    synth({ allowCloudWatchAlarms: true }).template.hasResourceProperties('AWS::KMS::Key', {
      KeyPolicy: { Statement: Match.arrayWith([cloudWatchStatement]) },
    });
    const key = Object.values(synth().template.findResources('AWS::KMS::Key'))[0];
    expect(JSON.stringify(key?.Properties.KeyPolicy)).not.toContain('cloudwatch.amazonaws.com');
  });
});
