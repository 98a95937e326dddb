import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Grant, type IGrantable, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription, UrlSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';

export interface AlertTopicProps {
  /** What the topic carries, shown in the console and in e-mail subjects. */
  readonly displayName: string;
  /** E-mail addresses to subscribe (each must confirm). @default [] */
  readonly emails?: readonly string[];
  /** HTTPS endpoints to subscribe (each must confirm). @default [] */
  readonly webhookUrls?: readonly string[];
  /**
   * Let CloudWatch alarms publish: the key policy then allows cloudwatch.amazonaws.com to use the
   * key (alarms cannot publish to topics encrypted with the AWS-managed SNS key).
   * @default false
   */
  readonly allowCloudWatchAlarms?: boolean;
  /** Schedule the key's deletion (7-day window) when the stack is deleted (dev stages). @default false */
  readonly destroyKeyOnDelete?: boolean;
}

/**
 * SNS topic encrypted with its own rotating KMS key, refusing non-TLS publishes, with the
 * subscriptions from configuration.
 */
export class AlertTopic extends Construct {
  readonly topic: Topic;
  readonly key: Key;

  constructor(scope: Construct, id: string, props: AlertTopicProps) {
    super(scope, id);
    this.key = new Key(this, 'Key', {
      enableKeyRotation: true,
      description: `Encrypts the ${props.displayName} SNS topic`,
      removalPolicy: props.destroyKeyOnDelete ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
      pendingWindow: Duration.days(7),
    });
    if (props.allowCloudWatchAlarms) {
      this.key.grant(new ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey');
    }
    this.topic = new Topic(this, 'Topic', {
      displayName: props.displayName,
      masterKey: this.key,
      enforceSSL: true,
    });
    for (const email of props.emails ?? []) this.topic.addSubscription(new EmailSubscription(email));
    for (const url of props.webhookUrls ?? []) this.topic.addSubscription(new UrlSubscription(url));
  }

  /**
   * Let a publisher send to the topic. Unlike Topic.grantPublish, the key grant names the exact KMS
   * actions SNS needs (GenerateDataKey, Decrypt) instead of `kms:GenerateDataKey*`.
   */
  grantPublish(grantee: IGrantable): Grant {
    return Grant.addToPrincipal({
      grantee,
      actions: ['sns:Publish'],
      resourceArns: [this.topic.topicArn],
    }).combine(this.key.grant(grantee, 'kms:Decrypt', 'kms:GenerateDataKey'));
  }
}
