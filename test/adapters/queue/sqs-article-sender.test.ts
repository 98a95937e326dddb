import {
  CreateQueueCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  type SendMessageBatchCommandOutput,
  SQSClient,
} from '@aws-sdk/client-sqs';
import {
  articleMessageBody,
  MAX_ARTICLE_MESSAGE_BYTES,
  packBatches,
  SQS_MAX_PAYLOAD_BYTES,
  SqsArticleSender,
} from '../../../functions/adapters/queue';
import { ArticleSendError } from '../../../functions/core/ingest';
import { type Article, ArticleSchema } from '../../../functions/core/model';
import { LOCAL_AWS, type RunningEmulator, startFauxqs } from '../../../local/emulators';

let fauxqs: RunningEmulator;
let sqs: SQSClient;

beforeAll(async () => {
  fauxqs = await startFauxqs();
  sqs = new SQSClient({ ...LOCAL_AWS, endpoint: fauxqs.endpoint });
});
afterAll(async () => {
  sqs?.destroy();
  await fauxqs?.stop();
});

async function newQueue(name: string): Promise<string> {
  const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: name }));
  return QueueUrl ?? '';
}

async function receiveAll(queueUrl: string): Promise<Article[]> {
  const out: Article[] = [];
  for (;;) {
    const { Messages = [] } = await sqs.send(
      new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, VisibilityTimeout: 60 }),
    );
    if (!Messages.length) return out;
    out.push(...Messages.map((m) => ArticleSchema.parse(JSON.parse(m.Body ?? ''))));
  }
}

const article = (id: string, text = `Report ${id} from the frontier.`): Article => ({
  id,
  url: `https://e.example/${id}`,
  title: `Story ${id}`,
  text,
  published: '2022-09-16T08:00:00.000Z',
  source: 'Example',
});

describe('SqsArticleSender against fauxqs', () => {
  it('sends 23 articles in batches of at most 10, each exactly once', async () => {
    const queueUrl = await newQueue('articles-a');
    const calls: number[] = [];
    const counting = {
      send: (command: SendMessageBatchCommand) => {
        calls.push(command.input.Entries?.length ?? 0);
        return sqs.send(command);
      },
    } as unknown as SQSClient;
    const articles = Array.from({ length: 23 }, (_, i) => article(`a${i}`));
    expect(await new SqsArticleSender(counting, queueUrl).send(articles)).toEqual({
      sent: 23,
      truncated: [],
    });
    expect(calls).toEqual([10, 10, 3]);
    expect((await receiveAll(queueUrl)).map((a) => a.id).sort()).toEqual(articles.map((a) => a.id).sort());
  });

  it('truncates an oversize body, flags it, and keeps batches under 256 KiB', async () => {
    const queueUrl = await newQueue('articles-b');
    const huge = article('big', `${'Guards reported firing near the post. '.repeat(9000)}“quoted” ✓ 🚩`);
    const result = await new SqsArticleSender(sqs, queueUrl).send([huge, article('small')]);
    expect(result.truncated).toEqual(['big']);
    const received = await receiveAll(queueUrl);
    const big = received.find((a) => a.id === 'big');
    expect(big?.truncated).toBe(true);
    expect(huge.text.startsWith(big?.text ?? 'x')).toBe(true);
    expect(Buffer.byteLength(JSON.stringify(big))).toBeLessThanOrEqual(MAX_ARTICLE_MESSAGE_BYTES);
    expect(received.find((a) => a.id === 'small')?.truncated).toBeUndefined();
  });

  it('cuts multi-byte and escaped text to fit exactly, never splitting a character', () => {
    const text = '🚩"\\\n'.repeat(100_000);
    const { body, truncated } = articleMessageBody(article('emoji', text), 50_000);
    expect(truncated).toBe(true);
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(50_000);
    expect(Buffer.byteLength(body)).toBeGreaterThan(49_000);
    const parsed = JSON.parse(body) as Article;
    expect(parsed.text).not.toMatch(/[\ud800-\udbff]$/);
  });

  it('packs by payload size as well as count', () => {
    const big = { id: 'x', body: 'x'.repeat(100 * 1024) };
    expect(packBatches([big, big, big, { id: 'y', body: 'y' }]).map((b) => b.length)).toEqual([2, 2]);
    expect(() => packBatches([{ id: 'z', body: 'z'.repeat(SQS_MAX_PAYLOAD_BYTES + 1) }])).toThrow(
      /over the SQS limit/,
    );
  });

  it('retries entries SQS reports as failed, and names the ones that keep failing', async () => {
    const queueUrl = await newQueue('articles-c');
    let calls = 0;
    // Fault injection over the real queue: entry "0" of the first two calls is refused as throttled.
    const flaky = {
      send: async (command: SendMessageBatchCommand): Promise<SendMessageBatchCommandOutput> => {
        calls++;
        const entries = command.input.Entries ?? [];
        if (calls > 2) return sqs.send(command);
        const accepted = entries.filter((entry) => entry.Id !== '0');
        const output = await sqs.send(new SendMessageBatchCommand({ ...command.input, Entries: accepted }));
        return {
          ...output,
          Failed: [{ Id: '0', Code: 'ThrottlingException', SenderFault: false, Message: 'slow down' }],
        };
      },
    } as unknown as SQSClient;
    const articles = ['r1', 'r2', 'r3'].map((id) => article(id));
    await new SqsArticleSender(flaky, queueUrl, { backoffBaseMs: 1 }).send(articles);
    expect(calls).toBe(3);
    expect((await receiveAll(queueUrl)).map((a) => a.id).sort()).toEqual(['r1', 'r2', 'r3']);

    const broken = {
      send: async (command: SendMessageBatchCommand) => {
        const rest = command.input.Entries?.slice(1) ?? [];
        const output = rest.length
          ? await sqs.send(new SendMessageBatchCommand({ ...command.input, Entries: rest }))
          : {};
        return { ...output, Failed: [{ Id: '0', Code: 'InternalError', SenderFault: false }] };
      },
    } as unknown as SQSClient;
    const sender = new SqsArticleSender(broken, queueUrl, { backoffBaseMs: 1, attempts: 3 });
    const failure = await sender.send([article('lost'), article('fine')]).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ArticleSendError);
    expect((failure as ArticleSendError).failedIds).toEqual(['lost']);
    expect((failure as Error).message).toMatch(/1 of 2 message\(s\) could not be sent.*lost \(InternalError/);
  });
});
