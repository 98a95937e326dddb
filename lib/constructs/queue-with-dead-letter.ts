import { Duration } from 'aws-cdk-lib';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

/** AWS's guidance: a Lambda-consumed queue's visibility timeout is at least six times the function's timeout. */
export const VISIBILITY_TIMEOUT_FACTOR = 6;

export interface QueueWithDeadLetterProps {
  /** Timeout of the Lambda consuming the queue; sets the visibility timeout. */
  readonly consumerTimeout: Duration;
  /** Batching window of the consumer's event source, added on top (AWS guidance). @default Duration.seconds(0) */
  readonly consumerBatchingWindow?: Duration;
  /** Receives before a message moves to the dead-letter queue. @default 5 */
  readonly maxReceiveCount?: number;
  /** How long failed messages stay in the dead-letter queue for inspection and redrive. @default Duration.days(14) */
  readonly deadLetterRetention?: Duration;
}

/**
 * A work queue and its dead-letter queue, both encrypted at rest (SQS-managed SSE) and refusing
 * non-TLS requests. The visibility timeout follows the consumer's timeout so a message in flight
 * is never delivered twice while its first consumer is still working on it.
 */
export class QueueWithDeadLetter extends Construct {
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, props: QueueWithDeadLetterProps) {
    super(scope, id);
    this.deadLetterQueue = new Queue(this, 'DeadLetter', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: props.deadLetterRetention ?? Duration.days(14),
    });
    this.queue = new Queue(this, 'Queue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: Duration.seconds(
        props.consumerTimeout.toSeconds() * VISIBILITY_TIMEOUT_FACTOR +
          (props.consumerBatchingWindow?.toSeconds() ?? 0),
      ),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: props.maxReceiveCount ?? 5 },
    });
  }
}
