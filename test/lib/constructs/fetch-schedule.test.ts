import { Duration } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { BorderTensionFunction } from '../../../lib/constructs/border-tension-function';
import { FetchSchedule } from '../../../lib/constructs/fetch-schedule';
import { FIXTURE_ENTRY, policyStatements, testStack } from '../stack-fixtures';

function synth(props: Partial<ConstructorParameters<typeof FetchSchedule>[2]> = {}) {
  const stack = testStack();
  const dispatcher = new BorderTensionFunction(stack, 'Dispatcher', {
    entry: FIXTURE_ENTRY,
    description: 'dispatcher',
    memoryMiB: 256,
    timeoutSeconds: 30,
    serviceName: 'test',
  });
  const schedule = new FetchSchedule(stack, 'Schedule', { dispatcher: dispatcher.function, ...props });
  return { stack, dispatcher, schedule, template: Template.fromStack(stack) };
}

describe('FetchSchedule', () => {
  it('invokes the dispatcher every 15 minutes by default, with retries and a dead-letter queue', () => {
    const { stack, dispatcher, schedule, template } = synth();
    const fnId = stack.getLogicalId(dispatcher.function.node.defaultChild as never);
    const dlqId = stack.getLogicalId(schedule.deadLetterQueue.node.defaultChild as never);
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'rate(15 minutes)',
      State: 'ENABLED',
      Target: {
        Arn: { 'Fn::GetAtt': [fnId, 'Arn'] },
        DeadLetterConfig: { Arn: { 'Fn::GetAtt': [dlqId, 'Arn'] } },
        RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 900 },
      },
    });
  });

  it('takes rate, retries and event age from its props', () => {
    synth({
      rateMinutes: 60,
      retryAttempts: 0,
      maxEventAge: Duration.minutes(5),
    }).template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'rate(1 hour)',
      Target: { RetryPolicy: { MaximumRetryAttempts: 0, MaximumEventAgeInSeconds: 300 } },
    });
  });

  it('encrypts its dead-letter queue and enforces TLS on it', () => {
    const { template } = synth();
    template.hasResourceProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true });
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });

  it("assumes a role limited to this account's scheduler, allowed to invoke the dispatcher and send dead letters", () => {
    const { stack, dispatcher, schedule, template } = synth();
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [
          {
            Principal: { Service: 'scheduler.amazonaws.com' },
            Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
          },
        ],
      },
    });
    const fnId = stack.getLogicalId(dispatcher.function.node.defaultChild as never);
    const dlqId = stack.getLogicalId(schedule.deadLetterQueue.node.defaultChild as never);
    const roleId = stack.getLogicalId(schedule.role.node.defaultChild as never);
    const policies = template.findResources('AWS::IAM::Policy', {
      Properties: { Roles: [{ Ref: roleId }] },
    });
    const statements = Object.values(policies).flatMap(
      (policy) => policy.Properties.PolicyDocument.Statement as Array<{ Action: unknown; Resource: unknown }>,
    );
    expect(statements).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ Action: 'lambda:InvokeFunction' }),
        expect.objectContaining({ Action: 'sqs:SendMessage', Resource: { 'Fn::GetAtt': [dlqId, 'Arn'] } }),
      ]),
    );
    const invoke = statements.find((statement) => statement.Action === 'lambda:InvokeFunction');
    expect(JSON.stringify(invoke?.Resource)).toContain(fnId);
    expect(policyStatements(template).every((statement) => statement.Resource !== '*')).toBe(true);
  });
});
