/** Scheduled (every 5 minutes): poll every source in data/sources.json and queue new articles. */
import { makePollHandler, parseSources } from '@pw/aws';
import { Resource } from 'sst';
import sources from '../data/sources.json' with { type: 'json' };

// Validated once per container: a bad entry fails loudly at the first poll, naming the entry.
const validSources = parseSources(sources);

export const handler = makePollHandler(
  () => ({ tableName: Resource.Table.name, queueUrl: Resource.Articles.url, allowPrivateFetch: process.env.PW_ALLOW_PRIVATE_FETCH === '1' }),
  () => validSources,
);
