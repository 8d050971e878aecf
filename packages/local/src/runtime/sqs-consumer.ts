/**
 * The local stand-in for Lambda's SQS event source mapping: long-polls a queue, hands each batch
 * to the handler as a real SQSEvent, deletes what succeeded and leaves what failed to come back
 * after the visibility timeout, exactly as Lambda does with ReportBatchItemFailures on:
 *
 *  - the handler returns nothing or an empty `batchItemFailures` → every message is deleted;
 *  - it lists failed `itemIdentifier`s (message ids) → the others are deleted;
 *  - it lists an identifier that is empty or not in the batch, or it throws → the whole batch
 *    failed and nothing is deleted.
 *
 * Redrive: local-aws-sqs implements the queue's RedrivePolicy itself (when the visibility timeout
 * of a message that was received maxReceiveCount times expires, it moves it to the DLQ), so the
 * consumer does not move anything: the DLQ comes from the emulator, as in the cloud.
 *
 * One batch at a time (a function with reserved concurrency 1): enough locally, and it keeps the
 * order of side effects easy to follow.
 */
import {
  DeleteMessageBatchCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  type Message,
  type MessageAttributeValue,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import type { SQSBatchResponse, SQSEvent, SQSMessageAttributes, SQSRecord } from 'aws-lambda';
import { ARTICLES_QUEUE } from '../../../aws/src/resources';
import { defaultOnError, sleep, waitFor } from './util';

export type SqsErrorPhase = 'receive' | 'handler' | 'delete' | 'drain';

export interface SqsConsumerOptions {
  sqs: SQSClient;
  queueUrl: string;
  handler: (event: SQSEvent) => Promise<SQSBatchResponse | void>;
  /** Messages per batch, 1–10. Default: the articles queue's batch size. */
  batchSize?: number;
  /**
   * Long-poll wait, 0–20 s. Default 1. Kept below the queue's VisibilityTimeout (local-aws-sqs
   * may return a message twice in one receive otherwise): a longer wait is shortened, and logged.
   * Note that local-aws-sqs answers a long poll only when the batch is full or the wait is over
   * (AWS answers as soon as there is a message), so the wait is also the latency of a partial
   * batch: 0 (short polls every `idlePollMs`) is the snappiest choice for replays and tests.
   */
  waitTimeSeconds?: number;
  /** With waitTimeSeconds 0: the pause after an empty receive. Default 100 ms. */
  idlePollMs?: number;
  /** Every error (receive, handler, delete); the consumer goes on after each. Default: stderr. */
  onError?: (err: unknown, context: { phase: SqsErrorPhase; messageIds?: string[] }) => void;
  log?: (msg: string) => void;
}

export interface SqsConsumerStats {
  batches: number;
  received: number;
  /** Messages deleted after a successful handling. */
  succeeded: number;
  /** Messages reported failed or in a batch whose handler threw (each receive counts once). */
  failed: number;
  handlerErrors: number;
}

export interface SqsConsumer {
  readonly queueArn: string;
  readonly stats: Readonly<SqsConsumerStats>;
  /**
   * Resolves once the queue is empty (no visible, in-flight or delayed message) and no batch is
   * being handled. Failed messages count until they succeed or move to the DLQ, so this can take
   * (maxReceiveCount × VisibilityTimeout). Rejects after `timeoutMs` (default 60 s).
   */
  drain(options?: { timeoutMs?: number; pollMs?: number }): Promise<void>;
  /** Stops polling, waits for the batch in hand to finish. Idempotent. */
  stop(): Promise<void>;
}

export async function startSqsConsumer(options: SqsConsumerOptions): Promise<SqsConsumer> {
  const { sqs, queueUrl, handler } = options;
  const log = options.log ?? (() => {});
  const onError = options.onError ?? defaultOnError(`sqs ${queueUrl}`);
  const batchSize = Math.min(10, Math.max(1, options.batchSize ?? ARTICLES_QUEUE.batchSize));

  const attributes = (
    await sqs.send(new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['QueueArn', 'VisibilityTimeout'] }))
  ).Attributes;
  const queueArn = attributes?.QueueArn;
  if (!queueArn) throw new Error(`Queue ${queueUrl} has no QueueArn`);
  const awsRegion = queueArn.split(':')[3] ?? 'us-east-1';
  const visibilityTimeout = Number(attributes?.VisibilityTimeout ?? '30');
  let waitTimeSeconds = Math.min(20, Math.max(0, Math.floor(options.waitTimeSeconds ?? 1)));
  const idlePollMs = options.idlePollMs ?? 100;
  if (waitTimeSeconds >= visibilityTimeout) {
    waitTimeSeconds = Math.max(0, visibilityTimeout - 1);
    log(`sqs consumer: wait time shortened to ${waitTimeSeconds} s, below the queue's VisibilityTimeout of ${visibilityTimeout} s`);
  }

  const stats: SqsConsumerStats = { batches: 0, received: 0, succeeded: 0, failed: 0, handlerErrors: 0 };
  const abort = new AbortController();
  let stopped = false;
  let inFlight = false;

  const report = (err: unknown, phase: SqsErrorPhase, messageIds?: string[]): void => {
    try {
      onError(err, messageIds ? { phase, messageIds } : { phase });
    } catch {
      // an error sink that throws must not stop the consumer
    }
  };

  const handleBatch = async (messages: Message[]): Promise<void> => {
    const event: SQSEvent = { Records: messages.map((m) => toRecord(m, queueArn, awsRegion)) };
    const ids = event.Records.map((r) => r.messageId);
    stats.batches++;
    stats.received += ids.length;

    let failedIds: Set<string>;
    try {
      const response = await handler(event);
      failedIds = failuresOf(response, ids);
    } catch (err) {
      stats.handlerErrors++;
      report(err, 'handler', ids);
      failedIds = new Set(ids);
    }
    stats.failed += failedIds.size;

    const done = event.Records.filter((r) => !failedIds.has(r.messageId));
    if (done.length === 0) return;
    try {
      const res = await sqs.send(
        new DeleteMessageBatchCommand({
          QueueUrl: queueUrl,
          Entries: done.map((r, i) => ({ Id: String(i), ReceiptHandle: r.receiptHandle })),
        }),
      );
      stats.succeeded += res.Successful?.length ?? 0;
      if (res.Failed?.length) {
        const failedDeletes = res.Failed.map((f) => `${done[Number(f.Id)]?.messageId}: ${f.Code} ${f.Message ?? ''}`);
        report(new Error(`DeleteMessageBatch failed for ${failedDeletes.join('; ')}`), 'delete');
      }
    } catch (err) {
      report(err, 'delete', done.map((r) => r.messageId));
    }
  };

  const loop = async (): Promise<void> => {
    let backoffMs = 0;
    while (!stopped) {
      let messages: Message[];
      try {
        const res = await sqs.send(
          new ReceiveMessageCommand({
            QueueUrl: queueUrl,
            MaxNumberOfMessages: batchSize,
            WaitTimeSeconds: waitTimeSeconds,
            // Both spellings: local-aws-sqs reads the older AttributeNames.
            AttributeNames: ['All'],
            MessageSystemAttributeNames: ['All'],
            MessageAttributeNames: ['All'],
          }),
          { abortSignal: abort.signal },
        );
        messages = dedupe(res.Messages ?? []);
        backoffMs = 0;
      } catch (err) {
        if (stopped) break;
        report(err, 'receive');
        backoffMs = Math.min(5000, backoffMs ? backoffMs * 2 : 200);
        await sleep(backoffMs, abort.signal);
        continue;
      }
      if (messages.length === 0) {
        if (waitTimeSeconds === 0) await sleep(idlePollMs, abort.signal);
        continue;
      }
      inFlight = true;
      try {
        await handleBatch(messages);
      } finally {
        inFlight = false;
      }
    }
  };
  const running = loop().catch((err: unknown) => report(err, 'receive'));
  log(`sqs consumer: polling ${queueUrl} (batch ${batchSize}, wait ${waitTimeSeconds} s)`);

  let stopping: Promise<void> | undefined;
  return {
    queueArn,
    stats,
    async drain({ timeoutMs = 60_000, pollMs = 100 } = {}) {
      await waitFor(
        async () => {
          if (inFlight) return false;
          let counts: Record<string, string> | undefined;
          try {
            counts = (
              await sqs.send(
                new GetQueueAttributesCommand({
                  QueueUrl: queueUrl,
                  AttributeNames: [
                    'ApproximateNumberOfMessages',
                    'ApproximateNumberOfMessagesNotVisible',
                    'ApproximateNumberOfMessagesDelayed',
                  ],
                }),
              )
            ).Attributes;
          } catch (err) {
            report(err, 'drain');
            return false;
          }
          const pending = Object.values(counts ?? {}).reduce((sum, n) => sum + Number(n || 0), 0);
          return pending === 0 && !inFlight;
        },
        { timeoutMs, pollMs, what: `draining ${queueUrl}` },
      );
    },
    stop() {
      stopping ??= (async () => {
        stopped = true;
        abort.abort();
        await running;
        log(`sqs consumer: stopped polling ${queueUrl}`);
      })();
      return stopping;
    },
  };
}

/** The ids of the failed messages, per Lambda's rules for partial batch responses. */
function failuresOf(response: SQSBatchResponse | void | null | undefined, ids: string[]): Set<string> {
  const failures = response?.batchItemFailures;
  if (!failures || failures.length === 0) return new Set();
  const known = new Set(ids);
  const failed = new Set<string>();
  for (const failure of failures) {
    const id = failure?.itemIdentifier;
    // An empty, null or unknown identifier fails the whole batch, as on Lambda.
    if (typeof id !== 'string' || !known.has(id)) return new Set(ids);
    failed.add(id);
  }
  return failed;
}

/** local-aws-sqs can return one message twice in a receive; keep the latest receipt handle. */
function dedupe(messages: Message[]): Message[] {
  const byId = new Map<string, Message>();
  for (const m of messages) byId.set(m.MessageId ?? m.ReceiptHandle ?? String(byId.size), m);
  return [...byId.values()];
}

function toRecord(message: Message, queueArn: string, awsRegion: string): SQSRecord {
  const attrs = message.Attributes ?? {};
  const record: SQSRecord = {
    messageId: message.MessageId ?? '',
    receiptHandle: message.ReceiptHandle ?? '',
    body: message.Body ?? '',
    attributes: {
      ...attrs,
      ApproximateReceiveCount: attrs.ApproximateReceiveCount ?? '1',
      SentTimestamp: attrs.SentTimestamp ?? '',
      SenderId: attrs.SenderId ?? '',
      ApproximateFirstReceiveTimestamp: attrs.ApproximateFirstReceiveTimestamp ?? '',
    },
    messageAttributes: toMessageAttributes(message.MessageAttributes),
    md5OfBody: message.MD5OfBody ?? '',
    eventSource: 'aws:sqs',
    eventSourceARN: queueArn,
    awsRegion,
  };
  if (message.MD5OfMessageAttributes) record.md5OfMessageAttributes = message.MD5OfMessageAttributes;
  return record;
}

function toMessageAttributes(attributes: Record<string, MessageAttributeValue> | undefined): SQSMessageAttributes {
  const out: SQSMessageAttributes = {};
  for (const [name, value] of Object.entries(attributes ?? {})) {
    out[name] = {
      ...(value.StringValue !== undefined ? { stringValue: value.StringValue } : {}),
      ...(value.BinaryValue !== undefined ? { binaryValue: Buffer.from(value.BinaryValue).toString('base64') } : {}),
      stringListValues: value.StringListValues ?? [],
      binaryListValues: (value.BinaryListValues ?? []).map((b) => Buffer.from(b).toString('base64')),
      dataType: value.DataType ?? 'String',
    };
  }
  return out;
}
