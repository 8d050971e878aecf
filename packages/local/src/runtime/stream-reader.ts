/**
 * The local stand-in for Lambda's DynamoDB Streams event source mapping: reads every shard of a
 * table's stream (following closed shards to their children), hands the records to the handler
 * as a real DynamoDBStreamEvent, in order within a shard, and retries failures as Lambda does:
 *
 *  - the handler throws → the same batch again, up to `maxRetries` times, then the batch is
 *    reported and skipped (Lambda's MaximumRetryAttempts without an on-failure destination);
 *  - it returns `batchItemFailures` → the records before the lowest failed SequenceNumber are
 *    checkpointed and the retry starts at that record (ReportBatchItemFailures); an empty or
 *    unknown identifier fails the whole batch.
 *
 * A child shard is read only once its parent is finished, so per-key order holds across splits.
 */
import {
  DescribeStreamCommand,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type AttributeValue as SdkAttributeValue,
  type DynamoDBStreamsClient,
  type _Record as SdkRecord,
  type Shard,
  type ShardIteratorType,
} from '@aws-sdk/client-dynamodb-streams';
import type { AttributeValue, DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent, StreamRecord } from 'aws-lambda';
import { defaultOnError, sleep } from './util';

export type StreamErrorPhase = 'describe' | 'iterator' | 'records' | 'handler' | 'discarded';

export interface StreamReaderOptions {
  streams: DynamoDBStreamsClient;
  streamArn: string;
  handler: (event: DynamoDBStreamEvent) => Promise<void | DynamoDBBatchResponse>;
  /** Pause between polls when there is nothing new. Default 250 ms. */
  pollMs?: number;
  /** Where to start in the shards open at start: only new records (LATEST, default) or all. */
  startingPosition?: 'LATEST' | 'TRIM_HORIZON';
  /** Records per GetRecords and per handler call, 1–1000. Default 100 (Lambda's default). */
  batchSize?: number;
  /** Retries of a failed batch before it is skipped. Default 3. */
  maxRetries?: number;
  /** Delay before the first retry, doubled each time. Default 200 ms. */
  retryDelayMs?: number;
  /** How often to look for new shards. Default 1000 ms. */
  discoveryMs?: number;
  /** The awsRegion of the records. Default: the client's region. */
  awsRegion?: string;
  /** Every error; the reader goes on after each. Default: stderr. */
  onError?: (err: unknown, context: { phase: StreamErrorPhase; shardId?: string; sequenceNumbers?: string[] }) => void;
  log?: (msg: string) => void;
}

export interface StreamReaderStats {
  batches: number;
  records: number;
  handlerErrors: number;
  retries: number;
  /** Records given up on after the last retry. */
  discarded: number;
  shards: number;
}

export interface StreamReader {
  readonly stats: Readonly<StreamReaderStats>;
  /**
   * Resolves once a full poll of every shard, begun after this call, found nothing new and no
   * batch is being handled: everything written before the call has been handled (or given up on).
   * Rejects after `timeoutMs` (default 60 s).
   */
  drain(options?: { timeoutMs?: number }): Promise<void>;
  /** Stops polling and waits for the batch in hand. Idempotent. */
  stop(): Promise<void>;
}

interface ShardState {
  id: string;
  parentId: string | undefined;
  iterator: string | undefined;
  /** The first iterator to ask for, when there is no checkpoint yet. */
  startType: ShardIteratorType;
  /** Sequence number of the last record handled (or given up on). */
  checkpoint: string | undefined;
  finished: boolean;
}

interface DrainWaiter {
  after: number;
  resolve: () => void;
}

export async function startStreamReader(options: StreamReaderOptions): Promise<StreamReader> {
  const { streams, streamArn, handler } = options;
  const log = options.log ?? (() => {});
  const onError = options.onError ?? defaultOnError(`stream ${streamArn}`);
  const pollMs = options.pollMs ?? 250;
  const batchSize = Math.min(1000, Math.max(1, options.batchSize ?? 100));
  const maxRetries = Math.max(0, options.maxRetries ?? 3);
  const retryDelayMs = options.retryDelayMs ?? 200;
  const discoveryMs = options.discoveryMs ?? 1000;
  const startingPosition = options.startingPosition ?? 'LATEST';
  const awsRegion = options.awsRegion ?? (await streams.config.region());

  const stats: StreamReaderStats = { batches: 0, records: 0, handlerErrors: 0, retries: 0, discarded: 0, shards: 0 };
  const shards = new Map<string, ShardState>();
  const abort = new AbortController();
  let stopped = false;
  let firstDiscovery = true;
  let lastDiscovery = 0;
  let discoverNow = false;
  let cyclesStarted = 0;
  let waiters: DrainWaiter[] = [];

  const report = (err: unknown, phase: StreamErrorPhase, shardId?: string, sequenceNumbers?: string[]): void => {
    try {
      onError(err, { phase, ...(shardId ? { shardId } : {}), ...(sequenceNumbers ? { sequenceNumbers } : {}) });
    } catch {
      // an error sink that throws must not stop the reader
    }
  };

  const discover = async (): Promise<void> => {
    const found: Shard[] = [];
    let exclusiveStartShardId: string | undefined;
    do {
      const res = await streams.send(
        new DescribeStreamCommand({ StreamArn: streamArn, ...(exclusiveStartShardId ? { ExclusiveStartShardId: exclusiveStartShardId } : {}) }),
        { abortSignal: abort.signal },
      );
      found.push(...(res.StreamDescription?.Shards ?? []));
      exclusiveStartShardId = res.StreamDescription?.LastEvaluatedShardId;
    } while (exclusiveStartShardId);
    for (const shard of found) {
      if (!shard.ShardId || shards.has(shard.ShardId)) continue;
      const closed = shard.SequenceNumberRange?.EndingSequenceNumber !== undefined;
      // At start with LATEST, closed shards hold only the past; later shards are read in full.
      const skip = firstDiscovery && startingPosition === 'LATEST' && closed;
      shards.set(shard.ShardId, {
        id: shard.ShardId,
        parentId: shard.ParentShardId,
        iterator: undefined,
        startType: firstDiscovery ? startingPosition : 'TRIM_HORIZON',
        checkpoint: undefined,
        finished: skip,
      });
      stats.shards++;
    }
    firstDiscovery = false;
    lastDiscovery = Date.now();
  };

  const ensureIterator = async (shard: ShardState): Promise<void> => {
    if (shard.iterator) return;
    const res = await streams.send(
      new GetShardIteratorCommand({
        StreamArn: streamArn,
        ShardId: shard.id,
        ...(shard.checkpoint
          ? { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER' as const, SequenceNumber: shard.checkpoint }
          : { ShardIteratorType: shard.startType }),
      }),
      { abortSignal: abort.signal },
    );
    shard.iterator = res.ShardIterator;
    if (!shard.iterator) shard.finished = true;
  };

  /** Readable now: not finished, and its parent (if we know it) is finished. */
  const readable = (): ShardState[] =>
    [...shards.values()].filter((s) => {
      if (s.finished) return false;
      const parent = s.parentId ? shards.get(s.parentId) : undefined;
      return !parent || parent.finished;
    });

  const deliver = async (shard: ShardState, records: SdkRecord[]): Promise<void> => {
    let batch = records.map((r) => toLambdaRecord(r, streamArn, awsRegion));
    for (let attempt = 0; ; attempt++) {
      if (stopped) return;
      stats.batches++;
      stats.records += batch.length;
      let failedFrom: number;
      try {
        const response = await handler({ Records: batch });
        failedFrom = firstFailure(response, batch);
        if (failedFrom < 0) {
          shard.checkpoint = sequenceOf(batch[batch.length - 1]) ?? shard.checkpoint;
          return;
        }
        report(
          new Error(`handler reported ${response?.batchItemFailures.length ?? 0} failed record(s)`),
          'handler',
          shard.id,
          batch.slice(failedFrom).map((r) => sequenceOf(r) ?? ''),
        );
      } catch (err) {
        stats.handlerErrors++;
        failedFrom = 0;
        report(err, 'handler', shard.id, batch.map((r) => sequenceOf(r) ?? ''));
      }
      if (failedFrom > 0) {
        shard.checkpoint = sequenceOf(batch[failedFrom - 1]) ?? shard.checkpoint;
        batch = batch.slice(failedFrom);
      }
      if (attempt >= maxRetries) {
        stats.discarded += batch.length;
        report(
          new Error(`gave up on ${batch.length} record(s) after ${maxRetries} retries`),
          'discarded',
          shard.id,
          batch.map((r) => sequenceOf(r) ?? ''),
        );
        shard.checkpoint = sequenceOf(batch[batch.length - 1]) ?? shard.checkpoint;
        return;
      }
      stats.retries++;
      await sleep(retryDelayMs * 2 ** attempt, abort.signal);
    }
  };

  /** One pass over the readable shards: the number of records handled, -1 after errors only. */
  const cycle = async (): Promise<number> => {
    let handled = 0;
    let failed = false;
    if (discoverNow || Date.now() - lastDiscovery >= discoveryMs) {
      discoverNow = false;
      try {
        await discover();
      } catch (err) {
        if (stopped) return 0;
        failed = true;
        discoverNow = true;
        report(err, 'describe');
      }
    }
    for (const shard of readable()) {
      if (stopped) break;
      let res;
      let phase: StreamErrorPhase = 'iterator';
      try {
        await ensureIterator(shard);
        if (!shard.iterator) continue;
        phase = 'records';
        res = await streams.send(new GetRecordsCommand({ ShardIterator: shard.iterator, Limit: batchSize }), {
          abortSignal: abort.signal,
        });
      } catch (err) {
        if (stopped) break;
        failed = true;
        const name = err instanceof Error ? err.name : '';
        shard.iterator = undefined;
        if (name === 'TrimmedDataAccessException') {
          shard.checkpoint = undefined;
          shard.startType = 'TRIM_HORIZON';
        } else if (name === 'ResourceNotFoundException') {
          shard.finished = true;
          discoverNow = true;
        }
        if (name !== 'ExpiredIteratorException') report(err, phase, shard.id);
        continue;
      }
      const records = res.Records ?? [];
      if (records.length > 0) {
        handled += records.length;
        await deliver(shard, records);
      }
      if (stopped) break;
      shard.iterator = res.NextShardIterator;
      if (!shard.iterator) {
        shard.finished = true;
        discoverNow = true;
        log(`stream reader: shard ${shard.id} finished`);
      }
    }
    // A cycle with an error does not count as idle for drain().
    return failed && handled === 0 ? -1 : handled;
  };

  const loop = async (): Promise<void> => {
    while (!stopped) {
      const number = ++cyclesStarted;
      let handled = 0;
      try {
        handled = await cycle();
      } catch (err) {
        if (!stopped) report(err, 'records');
        handled = -1;
      }
      if (stopped) break;
      if (handled === 0) {
        const ready = waiters.filter((w) => w.after < number);
        waiters = waiters.filter((w) => w.after >= number);
        for (const w of ready) w.resolve();
      }
      if (handled <= 0) await sleep(handled < 0 ? Math.max(pollMs, 500) : pollMs, abort.signal);
    }
  };

  // The first discovery and the LATEST iterators are taken before returning, so that anything
  // written after startStreamReader() resolves is seen.
  await discover();
  for (const shard of readable()) {
    try {
      await ensureIterator(shard);
    } catch (err) {
      report(err, 'iterator', shard.id);
    }
  }
  const running = loop();
  log(`stream reader: reading ${streamArn} (${shards.size} shard(s), from ${startingPosition})`);

  let stopping: Promise<void> | undefined;
  return {
    stats,
    drain({ timeoutMs = 60_000 } = {}) {
      discoverNow = true;
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters = waiters.filter((w) => w !== waiter);
          reject(new Error(`draining the stream ${streamArn}: not idle after ${timeoutMs} ms`));
        }, timeoutMs);
        const waiter: DrainWaiter = {
          after: cyclesStarted,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        };
        waiters.push(waiter);
      });
    },
    stop() {
      stopping ??= (async () => {
        stopped = true;
        abort.abort();
        await running;
        for (const w of waiters) w.resolve();
        waiters = [];
        log(`stream reader: stopped reading ${streamArn}`);
      })();
      return stopping;
    },
  };
}

/** Index of the first record to retry, or -1 when the whole batch succeeded. */
function firstFailure(response: void | DynamoDBBatchResponse | null | undefined, batch: DynamoDBRecord[]): number {
  const failures = response?.batchItemFailures;
  if (!failures || failures.length === 0) return -1;
  let lowest = Number.POSITIVE_INFINITY;
  for (const failure of failures) {
    const id = failure?.itemIdentifier;
    const index = typeof id === 'string' && id !== '' ? batch.findIndex((r) => sequenceOf(r) === id) : -1;
    if (index < 0) return 0; // empty or unknown identifier: the whole batch failed
    lowest = Math.min(lowest, index);
  }
  return lowest;
}

function sequenceOf(record: DynamoDBRecord | undefined): string | undefined {
  return record?.dynamodb?.SequenceNumber;
}

function toLambdaRecord(record: SdkRecord, eventSourceARN: string, awsRegion: string): DynamoDBRecord {
  const data = record.dynamodb;
  const dynamodb: StreamRecord = {};
  if (data?.ApproximateCreationDateTime) {
    dynamodb.ApproximateCreationDateTime = Math.floor(new Date(data.ApproximateCreationDateTime).getTime() / 1000);
  }
  if (data?.Keys) dynamodb.Keys = toLambdaImage(data.Keys);
  if (data?.NewImage) dynamodb.NewImage = toLambdaImage(data.NewImage);
  if (data?.OldImage) dynamodb.OldImage = toLambdaImage(data.OldImage);
  if (data?.SequenceNumber) dynamodb.SequenceNumber = data.SequenceNumber;
  if (data?.SizeBytes !== undefined) dynamodb.SizeBytes = data.SizeBytes;
  if (data?.StreamViewType) dynamodb.StreamViewType = data.StreamViewType;
  const out: DynamoDBRecord = {
    eventID: record.eventID ?? '',
    eventName: record.eventName ?? 'MODIFY',
    eventVersion: record.eventVersion ?? '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion,
    dynamodb,
    eventSourceARN,
  };
  if (record.userIdentity) out.userIdentity = { type: record.userIdentity.Type, principalId: record.userIdentity.PrincipalId };
  return out;
}

function toLambdaImage(image: Record<string, SdkAttributeValue>): Record<string, AttributeValue> {
  const out: Record<string, AttributeValue> = {};
  for (const [name, value] of Object.entries(image)) out[name] = toLambdaValue(value);
  return out;
}

/** The SDK's AttributeValue (binary as bytes) → the JSON form of Lambda events (binary as base64). */
export function toLambdaValue(value: SdkAttributeValue): AttributeValue {
  const base64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');
  if (value.S !== undefined) return { S: value.S };
  if (value.N !== undefined) return { N: value.N };
  if (value.BOOL !== undefined) return { BOOL: value.BOOL };
  if (value.NULL !== undefined) return { NULL: value.NULL };
  if (value.B !== undefined) return { B: base64(value.B) };
  if (value.SS !== undefined) return { SS: value.SS };
  if (value.NS !== undefined) return { NS: value.NS };
  if (value.BS !== undefined) return { BS: value.BS.map(base64) };
  if (value.L !== undefined) return { L: value.L.map(toLambdaValue) };
  if (value.M !== undefined) return { M: toLambdaImage(value.M) };
  return { NULL: true };
}
