/** Queue adapter: batched SQS sends for article and source messages. */
export {
  articleMessageBody,
  MAX_ARTICLE_MESSAGE_BYTES,
  SqsArticleSender,
  SqsSourceSender,
} from './sqs-article-sender';
export {
  type BatchSendOptions,
  packBatches,
  type QueueMessage,
  QueueSendError,
  SQS_MAX_BATCH_ENTRIES,
  SQS_MAX_PAYLOAD_BYTES,
  sendMessages,
} from './sqs-batch-sender';
