/** The SNS client and the alert publisher, created once per container. */
import { SNSClient } from '@aws-sdk/client-sns';
import { SnsAlertPublisher } from '../adapters/alerts/sns-alert-publisher';
import type { AlertPublisher } from '../core/ports/alert-publisher';
import { once } from './once';
import { requireEnv } from './runtime-settings';

export const snsClient = once(() => new SNSClient({}));

export const alertPublisher = once<AlertPublisher>(
  () => new SnsAlertPublisher(snsClient(), requireEnv('ALERTS_TOPIC_ARN')),
);
