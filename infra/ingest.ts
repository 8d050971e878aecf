/**
 * The ingest path: a schedule runs poll, which queues new articles; extract consumes the
 * queue in batches and reports failed messages one by one (partial batch response).
 */
import { ARTICLES_QUEUE, POLL_SCHEDULE } from '../packages/aws/src/resources';
import { lambdaDefaults } from './defaults';
import { articles } from './queues';
import { table } from './storage';

export const poll = new sst.aws.CronV2('Poll', {
  schedule: POLL_SCHEDULE.expression,
  function: {
    handler: 'functions/poll.handler',
    link: [table, articles],
    ...lambdaDefaults('poll'),
  },
});

export const extract = articles.subscribe(
  {
    handler: 'functions/extract.handler',
    // functions/extract.ts reads Resource.Articles.url too (its pipeline config), and an
    // unlinked name throws at run time, so the queue is linked even though SQS drives it.
    link: [table, articles],
    ...lambdaDefaults('extract'),
  },
  { batch: { size: ARTICLES_QUEUE.batchSize, partialResponses: true } },
);
