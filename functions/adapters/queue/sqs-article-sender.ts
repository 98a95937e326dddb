/**
 * Article messages onto the articles queue. A body that would not fit one SQS message is cut (at a
 * character boundary, accounting for JSON escaping) and flagged `truncated: true`, so the scorer
 * knows it saw part of the story.
 */
import type { SQSClient } from '@aws-sdk/client-sqs';
import type { SourceConfig } from '../../../lib/config/config-schema';
import { ArticleSendError, type ArticleSendResult, type ArticleSink } from '../../core/ingest/ports';
import type { Article } from '../../core/model';
import {
  type BatchSendOptions,
  QueueSendError,
  SQS_MAX_PAYLOAD_BYTES,
  sendMessages,
} from './sqs-batch-sender';

/** Leave room below the hard limit for SQS's own accounting of the body. */
export const MAX_ARTICLE_MESSAGE_BYTES = SQS_MAX_PAYLOAD_BYTES - 1024;

const bytesOf = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8');

/** The shell article with the first `chars` characters of text, never ending in half a surrogate pair. */
function withText(shell: Article, text: string, chars: number): Article {
  let prefix = text.slice(0, chars);
  if (/[\ud800-\udbff]$/.test(prefix)) prefix = prefix.slice(0, -1);
  return { ...shell, text: prefix };
}

/** The message body for an article, cut to fit `maxBytes`; `truncated` is set when it was cut. */
export function articleMessageBody(
  article: Article,
  maxBytes = MAX_ARTICLE_MESSAGE_BYTES,
): { body: string; truncated: boolean } {
  const whole = JSON.stringify(article);
  if (Buffer.byteLength(whole, 'utf8') <= maxBytes) return { body: whole, truncated: false };
  const shell: Article = { ...article, text: '', truncated: true };
  const room = maxBytes - bytesOf(shell);
  if (room <= 0)
    throw new ArticleSendError(`article ${article.id} does not fit a message even without text`, [
      article.id,
    ]);
  // Escaping and multi-byte characters make bytes per character vary: binary-search the longest
  // prefix whose message fits.
  const fits = (chars: number) => bytesOf(withText(shell, article.text, chars)) <= maxBytes;
  let low = 0;
  let high = Math.min(article.text.length, room);
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid - 1;
  }
  const cut = withText(shell, article.text, low);
  return { body: JSON.stringify(cut), truncated: true };
}

export class SqsArticleSender implements ArticleSink {
  constructor(
    private readonly client: SQSClient,
    private readonly queueUrl: string,
    private readonly options: BatchSendOptions = {},
  ) {}

  async send(articles: Article[]): Promise<ArticleSendResult> {
    const truncated: string[] = [];
    const messages = articles.map((article) => {
      const { body, truncated: cut } = articleMessageBody(article);
      if (cut) truncated.push(article.id);
      return { id: article.id, body };
    });
    try {
      await sendMessages(this.client, this.queueUrl, messages, this.options);
    } catch (error) {
      if (error instanceof QueueSendError) throw new ArticleSendError(error.message, error.failedIds);
      throw error;
    }
    return { sent: articles.length, truncated };
  }
}

/** The dispatcher's sender: one message per source on the sources queue. */
export class SqsSourceSender {
  constructor(
    private readonly client: SQSClient,
    private readonly queueUrl: string,
    private readonly options: BatchSendOptions = {},
  ) {}

  async send(sources: SourceConfig[]): Promise<number> {
    await sendMessages(
      this.client,
      this.queueUrl,
      sources.map((source) => ({ id: source.id, body: JSON.stringify(source) })),
      this.options,
    );
    return sources.length;
  }
}
