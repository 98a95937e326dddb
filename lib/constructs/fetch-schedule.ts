import { Duration, Stack, Validations } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { CfnFunction, IFunction } from 'aws-cdk-lib/aws-lambda';
import { Schedule, ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface FetchScheduleProps {
  /** The dispatcher Lambda fanning out one message per source. */
  readonly dispatcher: IFunction;
  /** Minutes between ticks. @default 15 */
  readonly rateMinutes?: number;
  /** Retries when invoking the dispatcher fails, before the tick goes to the dead-letter queue. @default 3 */
  readonly retryAttempts?: number;
  /** A tick older than this is dropped to the dead-letter queue: the next one is due anyway. @default Duration.minutes(15) */
  readonly maxEventAge?: Duration;
  /** Human-readable description of the schedule. @default 'Dispatch news sources' */
  readonly description?: string;
}

/** EventBridge Scheduler rate schedule invoking the dispatcher, with retries and a dead-letter queue. */
export class FetchSchedule extends Construct {
  readonly schedule: Schedule;
  readonly deadLetterQueue: Queue;
  /** Role the scheduler assumes: invoke the dispatcher, send to the dead-letter queue, nothing else. */
  readonly role: Role;

  constructor(scope: Construct, id: string, props: FetchScheduleProps) {
    super(scope, id);
    this.deadLetterQueue = new Queue(this, 'DeadLetter', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(this.deadLetterQueue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason:
        "This queue is the EventBridge Scheduler target's dead-letter queue (set in the schedule's " +
        'DeadLetterConfig, which cdk-nag does not follow); a DLQ of a DLQ would only hide failures.',
    });

    const stack = Stack.of(this);
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        // Only schedules of this account may assume it (confused-deputy guard).
        conditions: { StringEquals: { 'aws:SourceAccount': stack.account } },
      }),
      description: 'EventBridge Scheduler: invoke the border-tension dispatcher',
    });
    const dispatcherLogicalId = stack.getLogicalId(props.dispatcher.node.defaultChild as CfnFunction);
    Validations.of(this.role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${dispatcherLogicalId}.Arn>:*]`,
      reason:
        'grantInvoke covers the dispatcher function and its versions/aliases (<arn>:*); it names this one ' +
        'function, no other.',
    });

    const target = new LambdaInvoke(props.dispatcher, {
      role: this.role,
      deadLetterQueue: this.deadLetterQueue,
      retryAttempts: props.retryAttempts ?? 3,
      maxEventAge: props.maxEventAge ?? Duration.minutes(15),
    });
    this.schedule = new Schedule(this, 'Schedule', {
      schedule: ScheduleExpression.rate(Duration.minutes(props.rateMinutes ?? 15)),
      target,
      description: props.description ?? 'Dispatch news sources',
    });
  }
}
