/**
 * Creates the table and the queues of the local stack exactly as the cloud has them, from the
 * shared settings of packages/aws/src/resources.ts. Idempotent: what exists is left as it is.
 */
import {
  CreateTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  DynamoDBClient,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
  type AttributeDefinition,
  type StreamViewType,
  type TableDescription,
} from '@aws-sdk/client-dynamodb';
import { CreateQueueCommand, GetQueueAttributesCommand, GetQueueUrlCommand, SQSClient } from '@aws-sdk/client-sqs';
import { ARTICLES_QUEUE, TABLE } from '../../../aws/src/resources';
import type { LocalStack } from './stack';

export interface TableSpec {
  name: string;
  partitionKey: string;
  sortKey: string;
  ttlAttribute?: string;
  stream: StreamViewType;
  indexes: Record<string, { partitionKey: string; sortKey: string }>;
}

export interface QueuePairSpec {
  name: string;
  dlqName: string;
  maxReceiveCount: number;
  visibilityTimeoutSeconds: number;
  dlqRetentionSeconds: number;
}

export interface TableResources {
  tableName: string;
  tableStreamArn: string;
  /** Whether the emulator accepted the TTL setting (DynamoDB Local does). */
  ttlEnabled: boolean;
}

export interface QueueResources {
  queueUrl: string;
  queueArn: string;
  dlqUrl: string;
  dlqArn: string;
}

export type StackResources = TableResources & QueueResources;

export interface EnsureOptions {
  /** Overrides of the shared settings, e.g. a test queue with a short visibility timeout. */
  table?: Partial<TableSpec>;
  queue?: Partial<QueuePairSpec>;
  log?: (msg: string) => void;
}

export const TABLE_SPEC: TableSpec = {
  name: TABLE.name,
  partitionKey: TABLE.partitionKey,
  sortKey: TABLE.sortKey,
  ttlAttribute: TABLE.ttlAttribute,
  stream: TABLE.stream,
  indexes: TABLE.indexes,
};

export const QUEUE_SPEC: QueuePairSpec = {
  name: ARTICLES_QUEUE.name,
  dlqName: ARTICLES_QUEUE.dlqName,
  maxReceiveCount: ARTICLES_QUEUE.maxReceiveCount,
  visibilityTimeoutSeconds: ARTICLES_QUEUE.visibilityTimeoutSeconds,
  dlqRetentionSeconds: ARTICLES_QUEUE.dlqRetentionSeconds,
};

/** The table (with its stream, index and TTL) and the articles queue with its DLQ. */
export async function ensureResources(stack: LocalStack, options: EnsureOptions = {}): Promise<StackResources> {
  const dynamodb = new DynamoDBClient(stack.clientConfig.dynamodb);
  const sqs = new SQSClient(stack.clientConfig.sqs);
  try {
    const [table, queues] = await Promise.all([
      ensureTable(dynamodb, { ...TABLE_SPEC, ...options.table }, options.log),
      ensureQueuePair(sqs, { ...QUEUE_SPEC, ...options.queue }, options.log),
    ]);
    return { ...table, ...queues };
  } finally {
    dynamodb.destroy();
    sqs.destroy();
  }
}

export async function ensureTable(
  client: DynamoDBClient,
  spec: TableSpec,
  log: (msg: string) => void = () => {},
): Promise<TableResources> {
  let table = await describeTable(client, spec.name);
  if (!table) {
    const keyNames = new Set([spec.partitionKey, spec.sortKey]);
    for (const index of Object.values(spec.indexes)) {
      keyNames.add(index.partitionKey);
      keyNames.add(index.sortKey);
    }
    const attributeDefinitions: AttributeDefinition[] = [...keyNames].map((name) => ({
      AttributeName: name,
      AttributeType: 'S',
    }));
    const indexes = Object.entries(spec.indexes);
    try {
      await client.send(
        new CreateTableCommand({
          TableName: spec.name,
          BillingMode: 'PAY_PER_REQUEST',
          AttributeDefinitions: attributeDefinitions,
          KeySchema: [
            { AttributeName: spec.partitionKey, KeyType: 'HASH' },
            { AttributeName: spec.sortKey, KeyType: 'RANGE' },
          ],
          ...(indexes.length > 0
            ? {
                GlobalSecondaryIndexes: indexes.map(([indexName, index]) => ({
                  IndexName: indexName,
                  KeySchema: [
                    { AttributeName: index.partitionKey, KeyType: 'HASH' as const },
                    { AttributeName: index.sortKey, KeyType: 'RANGE' as const },
                  ],
                  Projection: { ProjectionType: 'ALL' as const },
                })),
              }
            : {}),
          StreamSpecification: { StreamEnabled: true, StreamViewType: spec.stream },
        }),
      );
      log(`local stack: created table ${spec.name}`);
    } catch (err) {
      if (errorName(err) !== 'ResourceInUseException') throw err;
    }
    table = await waitActive(client, spec.name);
  } else if (table.TableStatus !== 'ACTIVE') {
    table = await waitActive(client, spec.name);
  }

  // A table persisted by an older version of the stack may lack the stream.
  if (!table.StreamSpecification?.StreamEnabled || !table.LatestStreamArn) {
    await client.send(
      new UpdateTableCommand({
        TableName: spec.name,
        StreamSpecification: { StreamEnabled: true, StreamViewType: spec.stream },
      }),
    );
    table = await waitActive(client, spec.name);
  }
  const tableStreamArn = table.LatestStreamArn;
  if (!tableStreamArn) throw new Error(`Table ${spec.name} has no stream after enabling it`);

  let ttlEnabled = false;
  if (spec.ttlAttribute) {
    try {
      const ttl = await client.send(new DescribeTimeToLiveCommand({ TableName: spec.name }));
      const current = ttl.TimeToLiveDescription;
      const on = current?.TimeToLiveStatus === 'ENABLED' || current?.TimeToLiveStatus === 'ENABLING';
      if (on && current?.AttributeName === spec.ttlAttribute) {
        ttlEnabled = true;
      } else {
        await client.send(
          new UpdateTimeToLiveCommand({
            TableName: spec.name,
            TimeToLiveSpecification: { AttributeName: spec.ttlAttribute, Enabled: true },
          }),
        );
        ttlEnabled = true;
      }
    } catch (err) {
      // An emulator without TTL: items simply never expire locally.
      log(`local stack: TTL on ${spec.ttlAttribute} not available (${errorName(err)}); items will not expire`);
    }
  }
  return { tableName: spec.name, tableStreamArn, ttlEnabled };
}

export async function ensureQueuePair(
  client: SQSClient,
  spec: QueuePairSpec,
  log: (msg: string) => void = () => {},
): Promise<QueueResources> {
  const dlqUrl =
    (await queueUrl(client, spec.dlqName)) ??
    (await createQueue(client, spec.dlqName, { MessageRetentionPeriod: String(spec.dlqRetentionSeconds) }, log));
  const dlqArn = await queueArn(client, dlqUrl);
  const mainUrl =
    (await queueUrl(client, spec.name)) ??
    (await createQueue(
      client,
      spec.name,
      {
        VisibilityTimeout: String(spec.visibilityTimeoutSeconds),
        RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlqArn, maxReceiveCount: spec.maxReceiveCount }),
      },
      log,
    ));
  return { queueUrl: mainUrl, queueArn: await queueArn(client, mainUrl), dlqUrl, dlqArn };
}

async function createQueue(
  client: SQSClient,
  name: string,
  attributes: Record<string, string>,
  log: (msg: string) => void,
): Promise<string> {
  const created = await client.send(new CreateQueueCommand({ QueueName: name, Attributes: attributes }));
  if (!created.QueueUrl) throw new Error(`CreateQueue ${name} returned no QueueUrl`);
  log(`local stack: created queue ${name}`);
  return created.QueueUrl;
}

async function queueUrl(client: SQSClient, name: string): Promise<string | undefined> {
  try {
    return (await client.send(new GetQueueUrlCommand({ QueueName: name }))).QueueUrl;
  } catch (err) {
    if (/QueueDoesNotExist|NonExistentQueue/.test(`${errorName(err)} ${errorCode(err)}`)) return undefined;
    throw err;
  }
}

async function queueArn(client: SQSClient, url: string): Promise<string> {
  const res = await client.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }));
  const arn = res.Attributes?.QueueArn;
  if (!arn) throw new Error(`No QueueArn for ${url}`);
  return arn;
}

async function describeTable(client: DynamoDBClient, name: string): Promise<TableDescription | undefined> {
  try {
    return (await client.send(new DescribeTableCommand({ TableName: name }))).Table;
  } catch (err) {
    if (errorName(err) === 'ResourceNotFoundException') return undefined;
    throw err;
  }
}

async function waitActive(client: DynamoDBClient, name: string, timeoutMs = 30_000): Promise<TableDescription> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const table = await describeTable(client, name);
    const indexesActive = (table?.GlobalSecondaryIndexes ?? []).every((i) => i.IndexStatus === 'ACTIVE');
    if (table?.TableStatus === 'ACTIVE' && indexesActive) return table;
    if (Date.now() > deadline) throw new Error(`Table ${name} is not ACTIVE after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function errorName(err: unknown): string {
  return err instanceof Error ? err.name : String(err);
}

function errorCode(err: unknown): string {
  const code = (err as { Code?: unknown } | undefined)?.Code;
  return typeof code === 'string' ? code : '';
}
