/**
 * The single DynamoDB table (key design: packages/aws/src/dynamo/keys.ts). Linked as
 * `Resource.Table`; SST derives the physical name per app and stage, while the local stack
 * uses TABLE.name as is.
 */
import { TABLE } from '../packages/aws/src/resources';

/** resources.ts speaks the AWS API's StreamViewType; SST wants its own spelling. */
const STREAM_VIEW = {
  NEW_AND_OLD_IMAGES: 'new-and-old-images',
  NEW_IMAGE: 'new-image',
  OLD_IMAGE: 'old-image',
  KEYS_ONLY: 'keys-only',
} as const;

const { gsi1 } = TABLE.indexes;

export const table = new sst.aws.Dynamo('Table', {
  // Key attributes only: every other attribute is schemaless.
  fields: {
    [TABLE.partitionKey]: 'string',
    [TABLE.sortKey]: 'string',
    [gsi1.partitionKey]: 'string',
    [gsi1.sortKey]: 'string',
  },
  primaryIndex: { hashKey: TABLE.partitionKey, rangeKey: TABLE.sortKey },
  globalIndexes: {
    gsi1: { hashKey: gsi1.partitionKey, rangeKey: gsi1.sortKey, projection: 'all' },
  },
  // The notify function (infra/notify.ts, a later issue) subscribes to this stream.
  stream: STREAM_VIEW[TABLE.stream],
  ttl: TABLE.ttlAttribute,
});
