/**
 * The resource names and settings that the cloud (infra/, SST) and the embedded local stack
 * share. One plain module, no SDK import, so cloud and local cannot drift apart.
 */

/** The single DynamoDB table: generic keys, TTL, stream with new and old images. */
export const TABLE = {
  /** Logical name; SST derives the physical name per stage, the local stack uses it as is. */
  name: 'pw-main',
  partitionKey: 'pk',
  sortKey: 'sk',
  ttlAttribute: 'expiresAt',
  stream: 'NEW_AND_OLD_IMAGES',
  indexes: {
    gsi1: { partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
  },
} as const;

/** The queue of candidate articles and its dead-letter queue. */
export const ARTICLES_QUEUE = {
  name: 'pw-articles',
  dlqName: 'pw-articles-dlq',
  /** A message that failed this many receives goes to the DLQ (AWS advises at least 5 for Lambda consumers). */
  maxReceiveCount: 5,
  /** Six times the extract function's timeout (AWS's advice for Lambda consumers), and well above any long-poll wait. */
  visibilityTimeoutSeconds: 360,
  /** How long the DLQ keeps a message for inspection and redrive. */
  dlqRetentionSeconds: 14 * 24 * 3600,
  /** Messages per extract invocation; failures are reported one by one. */
  batchSize: 5,
} as const;

/** How often the poller runs. */
export const POLL_SCHEDULE = {
  /** EventBridge schedule expression used in the cloud. */
  expression: 'rate(5 minutes)',
  /** The same period for the local scheduler. */
  periodMs: 5 * 60 * 1000,
} as const;

/** Function settings shared by every handler. */
export const FUNCTION_DEFAULTS = {
  runtime: 'nodejs22.x',
  architecture: 'arm64',
  timeoutSeconds: { poll: 120, extract: 60, changes: 30, notify: 30, api: 15 },
    // Extract mostly waits for pages: CPU-bound work costs the same GB-s at any size below
  // 1,769 MB (CPU scales with memory), waiting costs in proportion, so 512 MB (docs/COST.md).
  memoryMb: { poll: 512, extract: 512, changes: 256, notify: 256, api: 512 },
} as const;
