import { SendMessageBatchCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import type { Article } from '../../functions/core/model';
import { SqsEventSource, type SqsHandler } from '../../local/sqs-event-source';
import { drain, type Harness, startHarness } from './harness';

type Handler = (event: SQSEvent) => Promise<SQSBatchResponse>;

// Scoring recomputes a recent window, so the stories are dated relative to now.
const DAY_MS = 86_400_000;
const clashDay = new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS - 2 * DAY_MS);
const at = (hours: number) => new Date(clashDay.getTime() + hours * 3_600_000).toISOString();
const RANGE = [
  new Date(clashDay.getTime() - 30 * DAY_MS).toISOString(),
  new Date(Date.now() + DAY_MS).toISOString(),
] as const;

// Our own wording of a border clash and its aftermath (not taken from any article).
const ARTICLES: Article[] = [
  {
    id: 'clash-1',
    url: 'https://wire.example.net/clash-1',
    title: 'Kyrgyz and Tajik border guards exchange fire',
    text: 'Tajik troops opened fire on Kyrgyz border posts near Batken on Friday morning, the Kyrgyz border service said. Kyrgyz guards returned fire and the shooting spread along the frontier, with mortars and tanks used by the Tajik side. One civilian was killed and three were wounded.',
    published: at(8),
    source: 'Steppe Wire',
  },
  {
    id: 'clash-2',
    url: 'https://daily.example.co/clash-2',
    title: 'Shelling hits villages on the Tajik side',
    text: 'Tajikistan accused Kyrgyz forces of shelling an outpost and several villages near Isfara with heavy weapons on Friday. Kyrgyz troops attacked Tajik positions along the border, officials in Dushanbe said.',
    published: at(11),
    source: 'Daily Example',
  },
  {
    id: 'calm-1',
    url: 'https://pass.example.io/calm-1',
    title: 'Weather improves in the mountain passes',
    text: 'Snow cleared from the high passes this week and farmers moved their herds to the summer pastures, local officials said.',
    published: at(-15),
    source: 'Pass Notes',
  },
];

let aws: Harness;
let handler: Handler;

beforeAll(async () => {
  aws = await startHarness({ settings: {}, visibilityTimeoutSeconds: 1, maxReceiveCount: 2 });
  ({ handler } = await import('../../functions/handlers/score-articles'));
});
afterAll(async () => {
  await aws?.stop();
});

function eventSource(wrapped: SqsHandler = handler as SqsHandler) {
  return new SqsEventSource({
    client: aws.sqs,
    queueUrl: aws.articles.url,
    queueArn: aws.articles.arn,
    handler: wrapped,
    batchSize: 10,
    maxBatchingWindowSeconds: 0,
    functionName: 'scorer',
    timeoutSeconds: 30,
  });
}

async function send(bodies: string[]) {
  await aws.sqs.send(
    new SendMessageBatchCommand({
      QueueUrl: aws.articles.url,
      Entries: bodies.map((body, index) => ({ Id: String(index), MessageBody: body })),
    }),
  );
}

/**
 * Everything the store holds for the dyad: the series a reader would see. With `finalBy`, only the
 * points whose bucket had ended by then: the bucket in progress is evaluated at each rescore's now.
 */
async function storedSeries(finalBy?: Date) {
  const ended = (size: number) => (p: { t: string }) =>
    finalBy === undefined || Date.parse(p.t) + size <= finalBy.getTime();
  const day = await aws.store.querySeries('KGZ-TJK', 'day', ...RANGE, { limit: 1000 });
  const hour = await aws.store.querySeries('KGZ-TJK', 'hour', ...RANGE, { limit: 1000 });
  const events = await aws.store.queryEvents('KGZ-TJK', ...RANGE);
  return {
    day: day.items.filter(ended(DAY_MS)),
    hour: hour.items.filter(ended(3_600_000)),
    events,
    transitions: await aws.store.listTransitions('KGZ-TJK'),
  };
}

describe('scorer driven the way the SQS event source drives it', () => {
  let before: Awaited<ReturnType<typeof storedSeries>>;

  it('scores a batch; a poison message and an invalid article fail alone while their batch-mates succeed', async () => {
    await send([...ARTICLES.map((a) => JSON.stringify(a)), '{not json', JSON.stringify({ id: 'no-text' })]);
    const responses: (SQSBatchResponse | undefined)[] = [];
    const report = await eventSource(async (event) => {
      const response = await handler(event);
      responses.push(response);
      return response;
    }).pollOnce();
    expect(report).toEqual({ received: 5, succeeded: 3, failed: 2 });
    expect(responses[0]?.batchItemFailures).toHaveLength(2);

    before = await storedSeries();
    expect(before.events.length).toBeGreaterThanOrEqual(2);
    expect(new Set(before.events.map((e) => e.articleId))).toEqual(new Set(['clash-1', 'clash-2']));
    expect(before.day.find((p) => p.t === clashDay.toISOString())?.score).toBeGreaterThan(0);
    expect(before.hour.length).toBeGreaterThan(24);
  });

  it('sends the failing messages to the DLQ after maxReceiveCount, and the stored series does not move', async () => {
    const source = eventSource();
    let dead: string[] = [];
    for (let round = 0; round < 10 && dead.length < 2; round++) {
      await source.pollOnce();
      dead = [...dead, ...(await drain(aws.sqs, aws.articles.dlqUrl)).map((m) => m.Body ?? '')];
    }
    expect(dead.sort()).toEqual([JSON.stringify({ id: 'no-text' }), '{not json'].sort());
    expect(await storedSeries()).toEqual(before);
  });

  it('a redelivered or duplicated article changes nothing', async () => {
    const asOf = new Date();
    const final = await storedSeries(asOf);
    await send(ARTICLES.map((a) => JSON.stringify(a)));
    await aws.sqs.send(
      new SendMessageCommand({ QueueUrl: aws.articles.url, MessageBody: JSON.stringify(ARTICLES[0]) }),
    );
    const source = eventSource();
    let handled = 0;
    for (let batch = await source.pollOnce(); batch; batch = await source.pollOnce()) {
      expect(batch.failed).toBe(0);
      handled += batch.received;
    }
    expect(handled).toBe(4);
    // Rescored again: every ended bucket, the events and the transitions are as they were.
    expect(await storedSeries(asOf)).toEqual(final);
  });

  it('fails the whole batch (never an empty failure list) when every record fails', async () => {
    const event = {
      Records: [
        {
          messageId: 'm-1',
          receiptHandle: 'r-1',
          body: '{"broken": ',
          attributes: {
            ApproximateReceiveCount: '1',
            SentTimestamp: '0',
            SenderId: 'x',
            ApproximateFirstReceiveTimestamp: '0',
          },
          messageAttributes: {},
          md5OfBody: '',
          eventSource: 'aws:sqs',
          eventSourceARN: aws.articles.arn,
          awsRegion: 'us-east-1',
        },
      ],
    } as SQSEvent;
    await expect(handler(event)).rejects.toThrow(/All records failed processing/);
  });
});
