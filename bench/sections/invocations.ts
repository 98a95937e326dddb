/**
 * The first invocation each Lambda serves in the cold-start runs: real work against the local
 * emulators, with events shaped as the AWS services deliver them.
 *  - dispatcher: a scheduled event; it sends one message per source to the sources queue.
 *  - fetcher: one of those real messages (received from the sources queue) as an SQS record; it
 *    fetches the loopback feed and enqueues its new articles.
 *  - scorer: one new article as an SQS record; it extracts, stores and rescores.
 *  - api: GET /v1/dyads as an HTTP API (payload 2.0) request.
 */
import { MessageSystemAttributeName, ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import type { Article } from '../../functions/core/model';
import { toSqsRecord } from '../../local/sqs-event-source';
import type { LocalAws } from '../lib/local-aws';
import type { Invocation, LambdaName } from './bundles';

function scheduledEvent(run: number) {
  return {
    version: '0',
    id: `bench-schedule-${run}`,
    'detail-type': 'Scheduled Event',
    source: 'aws.events',
    account: '000000000000',
    time: new Date().toISOString(),
    region: 'us-east-1',
    resources: ['arn:aws:events:us-east-1:000000000000:rule/border-tension-bench'],
    detail: {},
  };
}

function httpApiEvent(path: string, run: number) {
  const now = new Date();
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: '',
    headers: { accept: 'application/json', host: 'bench.local' },
    requestContext: {
      accountId: '000000000000',
      apiId: 'bench',
      domainName: 'bench.local',
      domainPrefix: 'bench',
      http: { method: 'GET', path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'bench' },
      requestId: `bench-api-${run}`,
      routeKey: '$default',
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    isBase64Encoded: false,
  };
}

export function benchInvocations(
  aws: LocalAws,
  articleFor: (run: number) => Article,
): Record<LambdaName, Invocation> {
  const sqsEvent = (records: unknown[]) => ({ Records: records });
  return {
    dispatcher: {
      description: 'scheduled event → one message per source on the sources queue (fauxqs)',
      event: (run) => scheduledEvent(run),
    },
    fetcher: {
      description: 'a dispatched source message → fetch a loopback RSS feed, enqueue new articles',
      event: async (run) => {
        const received = await aws.sqs.send(
          new ReceiveMessageCommand({
            QueueUrl: aws.sources.url,
            MaxNumberOfMessages: 1,
            WaitTimeSeconds: 1,
            MessageSystemAttributeNames: [MessageSystemAttributeName.All],
          }),
        );
        const message = received.Messages?.[0];
        if (!message) throw new Error(`no dispatched source message left for fetcher run ${run}`);
        return sqsEvent([toSqsRecord(message, aws.sources.arn, 'us-east-1')]);
      },
    },
    scorer: {
      description: 'one new article → extract, store events, rescore its dyads (dynalite)',
      event: (run) => {
        const article = articleFor(run);
        return sqsEvent([
          toSqsRecord(
            {
              MessageId: `bench-article-${run}`,
              ReceiptHandle: `bench-${run}`,
              Body: JSON.stringify(article),
            },
            aws.articles.arn,
            'us-east-1',
          ),
        ]);
      },
    },
    api: {
      description: 'GET /v1/dyads → latest score of every dyad (dynalite)',
      event: (run) => httpApiEvent('/v1/dyads', run),
    },
  };
}
