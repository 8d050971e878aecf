/** The articles queue, as the poller sees it: SendMessageBatch, failures reported per message. */
import { SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { ArticleMessage, ArticleQueue } from '@pw/core';

export class SqsArticleQueue implements ArticleQueue {
  constructor(
    private readonly sqs: SQSClient,
    private readonly queueUrl: string,
  ) {}

  async send(messages: ArticleMessage[]): Promise<string[]> {
    if (!messages.length) return [];
    if (messages.length > 10) throw new Error('SendMessageBatch takes at most 10 messages');
    const res = await this.sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: this.queueUrl,
        Entries: messages.map((m) => ({ Id: m.articleId, MessageBody: JSON.stringify(m) })),
      }),
    );
    return (res.Failed ?? []).map((f) => f.Id).filter((id): id is string => !!id);
  }
}
