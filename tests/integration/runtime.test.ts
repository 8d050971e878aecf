/**
 * The local runtime (the stand-in for Lambda's event plumbing) against the real emulators: SQS
 * partial batch failures and redrive to the DLQ, a handler that throws, DynamoDB Streams events,
 * stream retries, and the scheduler. Test queues have short visibility timeouts; the shared
 * settings in packages/aws/src/resources.ts are not touched.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { GetQueueAttributesCommand, ReceiveMessageCommand, SendMessageBatchCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { DeleteCommand, DynamoDBDocumentClient, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBRecord, SQSRecord } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createContext,
  startScheduler,
  startSqsConsumer,
  startStreamReader,
  type SqsConsumer,
  type StreamReader,
} from '../../packages/local/src/runtime/index';
import { ensureQueuePair, ensureResources, startStack, type LocalStack, type StackResources } from '../../packages/local/src/stack/index';
import { until } from './fixtures/wait';

let stack: LocalStack;
let resources: StackResources;
let sqs: SQSClient;
let dynamodb: DynamoDBClient;
let doc: DynamoDBDocumentClient;
let streams: DynamoDBStreamsClient;
const stoppers: (() => Promise<void>)[] = [];

beforeAll(async () => {
  stack = await startStack({});
  resources = await ensureResources(stack);
  sqs = new SQSClient(stack.clientConfig.sqs);
  dynamodb = new DynamoDBClient(stack.clientConfig.dynamodb);
  doc = DynamoDBDocumentClient.from(dynamodb);
  streams = new DynamoDBStreamsClient(stack.clientConfig.dynamodb);
});

afterAll(async () => {
  await Promise.allSettled(stoppers.map((stop) => stop()));
  sqs?.destroy();
  dynamodb?.destroy();
  streams?.destroy();
  await stack?.stop();
});

function track<T extends { stop(): Promise<void> }>(thing: T): T {
  stoppers.push(() => thing.stop());
  return thing;
}

async function visibleCount(queueUrl: string): Promise<number> {
  const res = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['ApproximateNumberOfMessages'] }));
  return Number(res.Attributes?.ApproximateNumberOfMessages ?? '0');
}

describe('SQS consumer', () => {
  it('deletes what succeeded, retries what failed, and lets the emulator move the poison message to the DLQ', async () => {
    const maxReceiveCount = 2;
    const queue = await ensureQueuePair(sqs, {
      name: 'rt-partial',
      dlqName: 'rt-partial-dlq',
      maxReceiveCount,
      visibilityTimeoutSeconds: 1,
      dlqRetentionSeconds: 3600,
    });
    const bodies = ['ok-1', 'ok-2', 'poison', 'ok-3', 'ok-4'];
    await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: queue.queueUrl,
        Entries: bodies.map((body, i) => ({
          Id: String(i),
          MessageBody: body,
          MessageAttributes: {
            source: { DataType: 'String', StringValue: `feed-${i}` },
            raw: { DataType: 'Binary', BinaryValue: new Uint8Array([i, 255]) },
          },
        })),
      }),
    );

    const seen: SQSRecord[] = [];
    const consumer: SqsConsumer = track(
      await startSqsConsumer({
        sqs,
        queueUrl: queue.queueUrl,
        batchSize: 5,
        waitTimeSeconds: 0,
        onError: () => {},
        handler: async (event) => {
          seen.push(...event.Records);
          return {
            batchItemFailures: event.Records.filter((r) => r.body === 'poison').map((r) => ({ itemIdentifier: r.messageId })),
          };
        },
      }),
    );

    // The poison message ends in the DLQ, moved there by the emulator's RedrivePolicy.
    await until(async () => (await visibleCount(queue.dlqUrl)) === 1, 'the poison message in the DLQ');
    await consumer.drain({ timeoutMs: 20_000 });

    const handled = (body: string): SQSRecord[] => seen.filter((r) => r.body === body);
    for (const body of bodies.filter((b) => b !== 'poison')) expect(handled(body), body).toHaveLength(1);
    expect(handled('poison').map((r) => r.attributes.ApproximateReceiveCount)).toEqual(['1', '2']);
    expect(consumer.stats).toMatchObject({ received: 6, succeeded: 4, failed: 2, handlerErrors: 0 });

    // The records have the shape Lambda gives.
    const first = handled('ok-2')[0]!;
    expect(first).toMatchObject({
      body: 'ok-2',
      eventSource: 'aws:sqs',
      eventSourceARN: queue.queueArn,
      awsRegion: 'us-east-1',
      messageAttributes: {
        source: { stringValue: 'feed-1', dataType: 'String', stringListValues: [], binaryListValues: [] },
        raw: { binaryValue: Buffer.from([1, 255]).toString('base64'), dataType: 'Binary' },
      },
    });
    expect(first.messageId).toMatch(/\S/);
    expect(first.receiptHandle).toMatch(/\S/);
    expect(first.md5OfBody).toMatch(/^[0-9a-f]{32}$/);
    expect(Number(first.attributes.SentTimestamp)).toBeGreaterThan(0);
    expect(first.attributes.ApproximateReceiveCount).toBe('1');

    const dead = await sqs.send(new ReceiveMessageCommand({ QueueUrl: queue.dlqUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }));
    expect(dead.Messages?.map((m) => m.Body)).toEqual(['poison']);
    expect(await visibleCount(queue.queueUrl)).toBe(0);
    await consumer.stop();
  });

  it('keeps going after a handler throws: the whole batch comes back and is handled', async () => {
    const queue = await ensureQueuePair(sqs, {
      name: 'rt-throws',
      dlqName: 'rt-throws-dlq',
      maxReceiveCount: 5,
      visibilityTimeoutSeconds: 2,
      dlqRetentionSeconds: 3600,
    });
    const errors: { phase: string; messageIds?: string[] }[] = [];
    const done: string[] = [];
    let calls = 0;
    const consumer = track(
      await startSqsConsumer({
        sqs,
        queueUrl: queue.queueUrl,
        batchSize: 10,
        waitTimeSeconds: 1, // a real long poll, below the 2 s visibility timeout
        onError: (_err, context) => errors.push(context),
        handler: async (event) => {
          calls++;
          if (calls === 1) throw new Error('extraction crashed');
          if (calls === 2) throw 'not even an Error';
          done.push(...event.Records.map((r) => r.body));
        },
      }),
    );
    await sqs.send(new SendMessageCommand({ QueueUrl: queue.queueUrl, MessageBody: 'a' }));
    await until(() => calls >= 1, 'the first batch');
    await sqs.send(new SendMessageCommand({ QueueUrl: queue.queueUrl, MessageBody: 'b' }));

    await until(() => done.includes('a') && done.includes('b'), 'both messages handled after the failures');
    await consumer.drain({ timeoutMs: 20_000 });
    expect(consumer.stats.handlerErrors).toBe(2);
    expect(errors.filter((e) => e.phase === 'handler')).toHaveLength(2);
    expect(errors[0]?.messageIds).toHaveLength(1);
    expect(done.sort()).toEqual(['a', 'b']);
    expect(await visibleCount(queue.dlqUrl)).toBe(0);
    await consumer.stop();
    await consumer.stop(); // idempotent
  });
});

describe('DynamoDB stream reader', () => {
  let reader: StreamReader;
  const records: DynamoDBRecord[] = [];

  beforeAll(async () => {
    reader = track(
      await startStreamReader({
        streams,
        streamArn: resources.tableStreamArn,
        pollMs: 50,
        onError: () => {},
        handler: async (event) => {
          records.push(...event.Records);
        },
      }),
    );
  });

  it('delivers INSERT, MODIFY and REMOVE events with keys and images, as Lambda does', async () => {
    const key = { pk: 'EVENT#fr-csp', sk: 'EVENT' };
    await doc.send(
      new PutCommand({
        TableName: resources.tableName,
        Item: { ...key, status: 'flagged', confidence: 0.6, sources: ['u1'], raw: new Uint8Array([1, 2, 3]) },
      }),
    );
    await doc.send(
      new UpdateCommand({
        TableName: resources.tableName,
        Key: key,
        UpdateExpression: 'SET #s = :s',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':s': 'confirmed' },
      }),
    );
    await doc.send(new DeleteCommand({ TableName: resources.tableName, Key: key }));
    await reader.drain({ timeoutMs: 20_000 });

    const mine = records.filter((r) => r.dynamodb?.Keys?.pk?.S === key.pk);
    expect(mine.map((r) => r.eventName)).toEqual(['INSERT', 'MODIFY', 'REMOVE']);
    const [insert, modify, remove] = mine as [DynamoDBRecord, DynamoDBRecord, DynamoDBRecord];
    expect(insert).toMatchObject({
      eventSource: 'aws:dynamodb',
      eventSourceARN: resources.tableStreamArn,
      awsRegion: 'us-east-1',
      eventVersion: '1.1',
      dynamodb: {
        Keys: { pk: { S: key.pk }, sk: { S: key.sk } },
        NewImage: {
          status: { S: 'flagged' },
          confidence: { N: '0.6' },
          sources: { L: [{ S: 'u1' }] },
          raw: { B: Buffer.from([1, 2, 3]).toString('base64') },
        },
        StreamViewType: 'NEW_AND_OLD_IMAGES',
      },
    });
    expect(insert.dynamodb?.OldImage).toBeUndefined();
    expect(typeof insert.dynamodb?.ApproximateCreationDateTime).toBe('number');
    expect(modify.dynamodb?.OldImage?.status).toEqual({ S: 'flagged' });
    expect(modify.dynamodb?.NewImage?.status).toEqual({ S: 'confirmed' });
    expect(remove.dynamodb?.OldImage?.status).toEqual({ S: 'confirmed' });
    expect(remove.dynamodb?.NewImage).toBeUndefined();
    const sequence = mine.map((r) => BigInt(r.dynamodb?.SequenceNumber ?? '0'));
    expect([...sequence].sort((a, b) => (a < b ? -1 : 1))).toEqual(sequence);
  });

  it('retries from the failed record, retries thrown batches, and gives up after maxRetries', async () => {
    const put = (pk: string): Promise<unknown> =>
      doc.send(new PutCommand({ TableName: resources.tableName, Item: { pk, sk: 'R' } }));
    // Written before the reader starts from TRIM_HORIZON, so that they come in one batch.
    await put('R#1');
    await put('R#2');
    await put('R#3');

    const deliveries: string[][] = [];
    const errors: string[] = [];
    let failedOnce = false;
    let thrownOnce = false;
    const retrying = track(
      await startStreamReader({
        streams,
        streamArn: resources.tableStreamArn,
        startingPosition: 'TRIM_HORIZON',
        pollMs: 50,
        maxRetries: 2,
        retryDelayMs: 10,
        onError: (_err, context) => errors.push(context.phase),
        handler: async (event) => {
          const ids = event.Records.map((r) => r.dynamodb?.Keys?.pk?.S ?? '?').filter((id) => id.startsWith('R#'));
          deliveries.push(ids);
          if (ids.includes('R#always-fails')) throw new Error('poison record');
          const second = event.Records.find((r) => r.dynamodb?.Keys?.pk?.S === 'R#2');
          if (second && !failedOnce) {
            failedOnce = true;
            return { batchItemFailures: [{ itemIdentifier: second.dynamodb?.SequenceNumber ?? '' }] };
          }
          if (ids.includes('R#4') && !thrownOnce) {
            thrownOnce = true;
            throw new Error('transient');
          }
          return undefined;
        },
      }),
    );
    await retrying.drain({ timeoutMs: 20_000 });
    // Then one write at a time, each handled before the next.
    await put('R#4');
    await retrying.drain({ timeoutMs: 20_000 });
    await put('R#always-fails');
    await retrying.drain({ timeoutMs: 20_000 });
    await put('R#5');
    await retrying.drain({ timeoutMs: 20_000 });

    const flat = deliveries.flat();
    // R#1 was checkpointed before the failed R#2: the retry starts at R#2.
    expect(deliveries.slice(0, 2)).toEqual([
      ['R#1', 'R#2', 'R#3'],
      ['R#2', 'R#3'],
    ]);
    expect(flat.filter((id) => id === 'R#1')).toHaveLength(1);
    expect(flat.filter((id) => id === 'R#2')).toHaveLength(2);
    expect(flat.filter((id) => id === 'R#4')).toHaveLength(2);
    expect(flat.filter((id) => id === 'R#always-fails')).toHaveLength(3); // first try + 2 retries
    expect(flat.filter((id) => id === 'R#5')).toHaveLength(1); // the reader went on
    expect(retrying.stats.discarded).toBe(1);
    expect(errors).toContain('discarded');
    await retrying.stop();
  });
});

describe('scheduler', () => {
  it('runs at start and periodically, never overlapping, reporting errors without throwing', async () => {
    let running = 0;
    let maxRunning = 0;
    let runs = 0;
    const errors: unknown[] = [];
    const scheduler = track(
      startScheduler({
        periodMs: 10,
        runAtStart: true,
        onError: (err) => errors.push(err),
        run: async () => {
          runs++;
          running++;
          maxRunning = Math.max(maxRunning, running);
          await new Promise((r) => setTimeout(r, 30)); // longer than the period
          running--;
          if (runs === 2) throw new Error('feed server down');
        },
      }),
    );
    await until(() => runs >= 4, 'four runs');
    await scheduler.stop();
    const after = runs;
    expect(maxRunning).toBe(1);
    expect(errors).toHaveLength(1);
    expect(scheduler.stats.failures).toBe(1);
    expect(scheduler.stats.skipped).toBeGreaterThan(0);
    expect(running).toBe(0); // stop() waited for the run in progress
    await scheduler.runNow(); // no run after stop
    expect(runs).toBe(after);
  });
});

describe('Lambda context', () => {
  it('gives each invocation its own request id and a deadline from the function timeout', () => {
    const a = createContext({ functionName: 'extract', timeoutSeconds: 60 });
    const b = createContext({ functionName: 'extract', timeoutSeconds: 60 });
    expect(a.awsRequestId).not.toBe(b.awsRequestId);
    expect(a.functionName).toBe('extract');
    expect(a.invokedFunctionArn).toMatch(/^arn:aws:lambda:us-east-1:\d{12}:function:extract$/);
    expect(a.getRemainingTimeInMillis()).toBeGreaterThan(0);
    expect(a.getRemainingTimeInMillis()).toBeLessThanOrEqual(60_000);
  });
});
