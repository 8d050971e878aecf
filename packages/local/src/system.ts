/**
 * The whole system on one machine: the embedded stack, its table and queues (from the same
 * definitions infra/ uses), and the handlers driven as Lambda would drive them: the poller by a
 * scheduler (or on demand), the extractor by an SQS consumer with real SQS events and partial
 * batch responses.
 */
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ARTICLES_QUEUE, makeExtractHandler, makePollHandler, resetClients, Store, type PipelineConfig } from '@pw/aws';
import type { Logger, PollReport, Source } from '@pw/core';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { startSqsConsumer, startStreamReader, type SqsConsumer, type StreamReader } from './runtime/index';
import { ensureResources, startStack, type LocalStack, type QueuePairSpec, type StackResources } from './stack/index';

export interface SystemOptions {
  /** Keep DynamoDB's data here between runs; absent: in memory. */
  dataDir?: string;
  fresh?: boolean;
  /** Let the workers fetch loopback addresses (a replay's fixture server). */
  allowPrivateFetch?: boolean;
  /** Receive without waiting, for replays and tests. */
  fastQueue?: boolean;
  log?: (msg: string) => void;
  logger?: Logger;
  /** Queue settings other than the cloud's (a replay retries failed articles within seconds). */
  queue?: Partial<QueuePairSpec>;
  /** Table stream subscribers, driven with real stream events (as Lambda's event source mappings would). */
  streamHandlers?: ((event: DynamoDBStreamEvent) => Promise<void | DynamoDBBatchResponse>)[];
  /** The extract handler to drive; default: the one functions/extract.ts exports, built from this config. */
  extractHandler?: (event: SQSEvent) => Promise<SQSBatchResponse>;
}

export interface LocalSystem {
  stack: LocalStack;
  resources: StackResources;
  store: Store;
  sqs: SQSClient;
  consumer: SqsConsumer;
  streams: StreamReader[];
  config: PipelineConfig;
  /** One poll round over these sources, as the scheduled function would run it. */
  poll(sources: Source[]): Promise<PollReport>;
  /** Waits until every queued article has been handled. */
  drain(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

export async function startSystem(opts: SystemOptions): Promise<LocalSystem> {
  const log = opts.log ?? (() => undefined);
  const stack = await startStack({ ...(opts.dataDir ? { dataDir: opts.dataDir } : {}), ...(opts.fresh ? { fresh: true } : {}), log });
  try {
    const resources = await ensureResources(stack, { log, ...(opts.queue ? { queue: opts.queue } : {}) });
    // The handlers create their SDK clients from the environment, and read their linked
    // resources through sst's Resource (SST_RESOURCE_<Name>), exactly as on Lambda.
    Object.assign(process.env, stack.env, linkEnv(resources));
    resetClients();
    const doc = DynamoDBDocumentClient.from(new DynamoDBClient(stack.clientConfig.dynamodb), { marshallOptions: { removeUndefinedValues: true } });
    const store = new Store(doc, resources.tableName);
    const sqs = new SQSClient(stack.clientConfig.sqs);
    const config: PipelineConfig = { tableName: resources.tableName, queueUrl: resources.queueUrl, allowPrivateFetch: !!opts.allowPrivateFetch, ...(opts.logger ? { log: opts.logger } : {}) };
    const extract = opts.extractHandler ?? makeExtractHandler(() => config);
    const consumer = await startSqsConsumer({
      sqs,
      queueUrl: resources.queueUrl,
      handler: extract,
      batchSize: ARTICLES_QUEUE.batchSize,
      ...(opts.fastQueue ? { waitTimeSeconds: 0, idlePollMs: 50 } : {}),
      onError: (err, ctx) => log(`queue ${ctx.phase}: ${err instanceof Error ? err.message : String(err)}`),
      log,
    });
    const streamsClient = new DynamoDBStreamsClient(stack.clientConfig.dynamodb);
    const streams: StreamReader[] = [];
    for (const handler of opts.streamHandlers ?? []) {
      streams.push(
        await startStreamReader({
          streams: streamsClient,
          streamArn: resources.tableStreamArn,
          handler,
          ...(opts.fastQueue ? { pollMs: 100 } : {}),
          onError: (err, ctx) => log(`stream ${ctx.phase}: ${err instanceof Error ? err.message : String(err)}`),
          log,
        }),
      );
    }
    return {
      stack,
      resources,
      store,
      sqs,
      consumer,
      streams,
      config,
      poll: (sources) => makePollHandler(() => config, () => sources)({}),
      drain: (timeoutMs = 120_000) => consumer.drain({ timeoutMs }),
      async stop() {
        await consumer.stop().catch(() => undefined);
        for (const reader of streams) await reader.stop().catch(() => undefined);
        streamsClient.destroy();
        sqs.destroy();
        doc.destroy();
        resetClients();
        await stack.stop();
      },
    };
  } catch (err) {
    await stack.stop();
    throw err;
  }
}

/** The environment sst sets for linked resources, so `Resource.Table.name` works locally. */
export function linkEnv(r: StackResources): Record<string, string> {
  return {
    SST_RESOURCE_App: JSON.stringify({ name: 'partnership-watch', stage: 'local' }),
    SST_RESOURCE_Table: JSON.stringify({ name: r.tableName, type: 'sst.aws.Dynamo' }),
    SST_RESOURCE_Articles: JSON.stringify({ url: r.queueUrl, type: 'sst.aws.Queue' }),
    SST_RESOURCE_ArticlesDlq: JSON.stringify({ url: r.dlqUrl, type: 'sst.aws.Queue' }),
  };
}
