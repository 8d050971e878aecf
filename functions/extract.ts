/** SQS batch of queued articles: read, detect, store; only failed messages return to the queue. */
import { makeExtractHandler } from '@pw/aws';
import { Resource } from 'sst';

export const handler = makeExtractHandler(() => ({
  tableName: Resource.Table.name,
  queueUrl: Resource.Articles.url,
  allowPrivateFetch: process.env.PW_ALLOW_PRIVATE_FETCH === '1',
}));
