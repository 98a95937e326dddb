/**
 * Level-change alerts to SNS: one Publish per transition (the scorer claims each transition once in
 * the store, so a rerun does not publish again). The subject is for people (e-mail), the body JSON
 * for machines, and message attributes `pair`, `level` and `direction` let subscribers filter.
 */
import { PublishCommand, type SNSClient } from '@aws-sdk/client-sns';
import type { AlertPublisher, LevelChangeAlert } from '../../core/ports/alert-publisher';
import { alertSubject, buildAlertMessage } from './alert-message';

export class SnsAlertPublisher implements AlertPublisher {
  constructor(
    private readonly client: SNSClient,
    private readonly topicArn: string,
  ) {}

  async publish(alert: LevelChangeAlert): Promise<void> {
    const message = buildAlertMessage(alert);
    await this.client.send(
      new PublishCommand({
        TopicArn: this.topicArn,
        Subject: alertSubject(alert),
        // Indented so e-mail subscribers can read it too.
        Message: JSON.stringify(message, null, 2),
        MessageAttributes: {
          pair: { DataType: 'String', StringValue: message.pair },
          level: { DataType: 'String', StringValue: message.to },
          direction: { DataType: 'String', StringValue: message.direction },
        },
      }),
    );
  }
}
