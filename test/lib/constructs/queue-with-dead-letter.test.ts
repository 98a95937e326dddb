import { Duration } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { QueueWithDeadLetter } from '../../../lib/constructs/queue-with-dead-letter';
import { testStack } from '../stack-fixtures';

function synth(props: ConstructorParameters<typeof QueueWithDeadLetter>[2]) {
  const stack = testStack();
  const queues = new QueueWithDeadLetter(stack, 'Work', props);
  return { queues, stack, template: Template.fromStack(stack) };
}

describe('QueueWithDeadLetter', () => {
  it('redrives to its dead-letter queue after maxReceiveCount receives', () => {
    const { queues, stack, template } = synth({ consumerTimeout: Duration.seconds(60), maxReceiveCount: 3 });
    const dlqId = stack.getLogicalId(queues.deadLetterQueue.node.defaultChild as never);
    template.hasResourceProperties('AWS::SQS::Queue', {
      RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [dlqId, 'Arn'] }, maxReceiveCount: 3 },
    });
    template.resourceCountIs('AWS::SQS::Queue', 2);
  });

  it('sets the visibility timeout to six times the consumer timeout plus its batching window', () => {
    synth({ consumerTimeout: Duration.seconds(60) }).template.hasResourceProperties('AWS::SQS::Queue', {
      VisibilityTimeout: 360,
    });
    synth({
      consumerTimeout: Duration.seconds(120),
      consumerBatchingWindow: Duration.seconds(5),
    }).template.hasResourceProperties('AWS::SQS::Queue', { VisibilityTimeout: 725 });
  });

  it('encrypts both queues and refuses non-TLS requests on both', () => {
    const { template } = synth({ consumerTimeout: Duration.seconds(30) });
    const queues = Object.values(template.findResources('AWS::SQS::Queue'));
    expect(queues).toHaveLength(2);
    for (const queue of queues) expect(queue.Properties.SqsManagedSseEnabled).toBe(true);
    template.resourceCountIs('AWS::SQS::QueuePolicy', 2);
    template.allResourcesProperties('AWS::SQS::QueuePolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Action: 'sqs:*',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    });
  });

  it('keeps dead letters for 14 days by default', () => {
    synth({ consumerTimeout: Duration.seconds(30) }).template.hasResourceProperties('AWS::SQS::Queue', {
      MessageRetentionPeriod: 14 * 24 * 3600,
    });
  });
});
