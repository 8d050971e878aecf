/**
 * The queue of candidate articles (poll → extract) and its dead-letter queue. Linked as
 * `Resource.Articles` and `Resource.ArticlesDlq`.
 */
import { ARTICLES_QUEUE } from '../packages/aws/src/resources';

/** Where a message lands after ARTICLES_QUEUE.maxReceiveCount failed receives. */
export const articlesDlq = new sst.aws.Queue('ArticlesDlq', {
  // Longer than the source queue's retention (4 days by default): a standard queue keeps the
  // original enqueue time, so a short DLQ retention would expire redriven messages early.
  transform: { queue: { messageRetentionSeconds: ARTICLES_QUEUE.dlqRetentionSeconds } },
});

export const articles = new sst.aws.Queue('Articles', {
  // Must exceed the extract function's timeout or AWS rejects the event source mapping
  // (checked in tests/unit/sst-wiring.test.ts).
  visibilityTimeout: `${ARTICLES_QUEUE.visibilityTimeoutSeconds} seconds`,
  dlq: { queue: articlesDlq.arn, retry: ARTICLES_QUEUE.maxReceiveCount },
});
