/**
 * The SNS publisher against fauxqs's SNS: a topic with an SQS subscription, messages read back from
 * the queue. Also the once-per-transition contract: claim in the store (dynalite), then publish.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { CreateTopicCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  type Message,
  ReceiveMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { SnsAlertPublisher } from '../../../functions/adapters/alerts/sns-alert-publisher';
import { createTensionTable } from '../../../functions/adapters/store/create-table';
import { DynamoTensionStore } from '../../../functions/adapters/store/dynamo-tension-store';
import type { LevelChangeAlert } from '../../../functions/core/ports/alert-publisher';
import { LOCAL_AWS, type RunningEmulator, startDynalite, startFauxqs } from '../../../local/emulators';

let fauxqs: RunningEmulator;
let dynalite: RunningEmulator;
let sns: SNSClient;
let sqs: SQSClient;

const ALERT: LevelChangeAlert = {
  pair: 'KGZ-TJK',
  t: '2022-09-16T00:00:00.000Z',
  from: 'elevated',
  to: 'critical',
  score: 74.26,
  trend: 31.04,
  evidence: [
    {
      articleId: 'a-2',
      url: 'https://news.example.org/a-2',
      title: 'Mediators call for calm',
      sentence: 'A regional bloc urged both sides to hold their fire.',
      cameo: '02',
      weight: 2.5,
      date: '2022-09-16',
    },
    {
      articleId: 'a-1',
      url: 'https://news.example.org/a-1',
      title: 'Artillery duel along the frontier',
      sentence: 'Both armies traded artillery fire along the valley road.',
      cameo: '194',
      weight: -9.1,
      date: '2022-09-16',
    },
  ],
};

beforeAll(async () => {
  [fauxqs, dynalite] = await Promise.all([startFauxqs(), startDynalite()]);
  sns = new SNSClient({ ...LOCAL_AWS, endpoint: fauxqs.endpoint });
  sqs = new SQSClient({ ...LOCAL_AWS, endpoint: fauxqs.endpoint });
});

afterAll(async () => {
  sns?.destroy();
  sqs?.destroy();
  await Promise.all([fauxqs?.stop(), dynalite?.stop()]);
});

/** A topic with one SQS subscriber; returns the topic ARN and a function draining the queue. */
async function topicWithQueue(name: string): Promise<{ topicArn: string; drain: () => Promise<Message[]> }> {
  const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: name }));
  const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: `${name}-q` }));
  const { Attributes } = await sqs.send(
    new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }),
  );
  await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: Attributes?.QueueArn }));
  const drain = async () => {
    const messages: Message[] = [];
    for (;;) {
      const { Messages = [] } = await sqs.send(
        new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }),
      );
      if (Messages.length === 0) return messages;
      messages.push(...Messages);
    }
  };
  return { topicArn: TopicArn!, drain };
}

interface Envelope {
  Subject: string;
  Message: string;
  MessageAttributes: Record<string, { Type: string; Value: string }>;
}

it('publishes one message with subject, JSON body and filterable attributes', async () => {
  const { topicArn, drain } = await topicWithQueue('alerts-shape');
  await new SnsAlertPublisher(sns, topicArn).publish(ALERT);

  const messages = await drain();
  expect(messages).toHaveLength(1);
  const envelope = JSON.parse(messages[0]!.Body!) as Envelope;
  expect(envelope.Subject).toBe(
    '[border-tension] KGZ-TJK rose to CRITICAL (elevated -> critical), score 74.3',
  );
  expect(envelope.MessageAttributes.pair).toEqual({ Type: 'String', Value: 'KGZ-TJK' });
  expect(envelope.MessageAttributes.level).toEqual({ Type: 'String', Value: 'critical' });
  expect(envelope.MessageAttributes.direction).toEqual({ Type: 'String', Value: 'up' });

  const body = JSON.parse(envelope.Message);
  expect(body).toMatchObject({
    type: 'level-change',
    pair: 'KGZ-TJK',
    countries: [
      { iso3: 'KGZ', name: 'Kyrgyzstan' },
      { iso3: 'TJK', name: 'Tajikistan' },
    ],
    from: 'elevated',
    to: 'critical',
    direction: 'up',
    score: 74.3,
    trend: 31,
  });
  // Strongest evidence first; the summary quotes it.
  expect(body.evidence.map((e: { articleId: string }) => e.articleId)).toEqual(['a-1', 'a-2']);
  expect(body.summary).toContain('Kyrgyzstan-Tajikistan');
  expect(body.summary).toContain('Both armies traded artillery fire');
});

it('sends exactly one message per transition when the scorer runs twice', async () => {
  const { topicArn, drain } = await topicWithQueue('alerts-once');
  const client = new DynamoDBClient({ ...LOCAL_AWS, endpoint: dynalite.endpoint });
  await createTensionTable(client, 'alerts-once');
  const store = new DynamoTensionStore(DynamoDBDocumentClient.from(client), 'alerts-once');
  const publisher = new SnsAlertPublisher(sns, topicArn);
  const { evidence, ...transition } = ALERT;

  // Two scorer runs (a redelivery) see the same transition; only the claim winner publishes.
  for (let run = 0; run < 2; run++) {
    if (await store.claimTransition(transition)) await publisher.publish({ ...transition, evidence });
  }
  // A different transition of the same dyad is its own alert.
  const easing = {
    ...transition,
    t: '2022-09-20T00:00:00.000Z',
    from: 'critical' as const,
    to: 'high' as const,
  };
  if (await store.claimTransition(easing)) await publisher.publish({ ...easing, evidence: [] });

  const subjects = (await drain()).map((m) => (JSON.parse(m.Body!) as Envelope).Subject).sort();
  expect(subjects).toEqual([
    '[border-tension] KGZ-TJK eased to HIGH (critical -> high), score 74.3',
    '[border-tension] KGZ-TJK rose to CRITICAL (elevated -> critical), score 74.3',
  ]);
  client.destroy();
});

it('fails loudly when the topic does not exist (the scorer retries the batch)', async () => {
  const publisher = new SnsAlertPublisher(sns, 'arn:aws:sns:us-east-1:000000000000:no-such-topic');
  await expect(publisher.publish(ALERT)).rejects.toThrow();
});
