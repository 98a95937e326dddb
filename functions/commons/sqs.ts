/** The SQS client, created once per container (AWS_ENDPOINT_URL_SQS points it at fauxqs locally). */
import { SQSClient } from '@aws-sdk/client-sqs';
import { once } from './once';

export const sqsClient = once(() => new SQSClient({}));
