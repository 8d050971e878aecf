/**
 * The dead-letter queue, for people: list what failed and why it was queued, and send it back
 * to the articles queue once the cause is fixed. Works on the local stack (through
 * .pw/runtime.json, written by pw start) and on a deployed stage (queue URLs from the deploy's
 * outputs, default AWS credentials).
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DeleteMessageBatchCommand, ReceiveMessageCommand, SendMessageBatchCommand, SQSClient, type Message } from '@aws-sdk/client-sqs';

export interface QueuePair {
  sqs: SQSClient;
  queueUrl: string;
  dlqUrl: string;
}

export interface DlqEntry {
  messageId: string;
  receiveCount: number;
  firstSentAt?: string;
  articleId?: string;
  url?: string;
  sourceId?: string;
}

/** What pw start leaves in its data folder so that other pw commands can reach its queues. */
export interface Runtime {
  sqsEndpoint: string;
  region: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
  queueUrl: string;
  dlqUrl: string;
}

export const RUNTIME_FILE = 'runtime.json';

export function writeRuntime(dataDir: string, r: Runtime): void {
  writeFileSync(join(dataDir, RUNTIME_FILE), `${JSON.stringify(r, null, 2)}\n`);
}

export function removeRuntime(dataDir: string): void {
  rmSync(join(dataDir, RUNTIME_FILE), { force: true });
}

export function localQueues(dataDir: string): QueuePair {
  const path = join(dataDir, RUNTIME_FILE);
  if (!existsSync(path)) throw new Error(`${path} not found: start the local system first (npm start), or name a deployed stage's queues with --queue-url and --dlq-url`);
  const r = JSON.parse(readFileSync(path, 'utf8')) as Runtime;
  return { sqs: new SQSClient({ endpoint: r.sqsEndpoint, region: r.region, credentials: r.credentials }), queueUrl: r.queueUrl, dlqUrl: r.dlqUrl };
}

/** Up to `max` messages of the DLQ. SQS has no peek: listed messages are hidden for `hideSeconds`, then visible again. */
export async function listDlq(q: QueuePair, max = 100, hideSeconds = 30): Promise<DlqEntry[]> {
  const out: DlqEntry[] = [];
  while (out.length < max) {
    const batch = await receive(q, Math.min(10, max - out.length), hideSeconds);
    if (!batch.length) break;
    out.push(...batch.map(entry));
  }
  return out;
}

/** Moves up to `max` messages from the DLQ back to the articles queue; returns how many moved. */
export async function redriveDlq(q: QueuePair, max = 10_000): Promise<number> {
  let moved = 0;
  while (moved < max) {
    const batch = await receive(q, Math.min(10, max - moved), 60);
    if (!batch.length) break;
    const sent = await q.sqs.send(new SendMessageBatchCommand({ QueueUrl: q.queueUrl, Entries: batch.map((m, i) => ({ Id: String(i), MessageBody: m.Body ?? '' })) }));
    const ok = new Set((sent.Successful ?? []).map((s) => Number(s.Id)));
    const done = batch.filter((_, i) => ok.has(i));
    if (done.length) await q.sqs.send(new DeleteMessageBatchCommand({ QueueUrl: q.dlqUrl, Entries: done.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle! })) }));
    moved += done.length;
    if (done.length < batch.length) throw new Error(`${batch.length - done.length} messages could not be sent back; they stay in the DLQ`);
  }
  return moved;
}

async function receive(q: QueuePair, n: number, hideSeconds: number): Promise<Message[]> {
  const res = await q.sqs.send(
    new ReceiveMessageCommand({ QueueUrl: q.dlqUrl, MaxNumberOfMessages: n, VisibilityTimeout: hideSeconds, WaitTimeSeconds: 0, MessageSystemAttributeNames: ['All'], AttributeNames: ['All'] } as never),
  );
  return res.Messages ?? [];
}

function entry(m: Message): DlqEntry {
  const e: DlqEntry = { messageId: m.MessageId ?? '', receiveCount: Number(m.Attributes?.ApproximateReceiveCount ?? 0) };
  const sent = m.Attributes?.SentTimestamp;
  if (sent) e.firstSentAt = new Date(Number(sent)).toISOString();
  try {
    const body = JSON.parse(m.Body ?? '{}') as { articleId?: string; url?: string; sourceId?: string };
    if (body.articleId) e.articleId = body.articleId;
    if (body.url) e.url = body.url;
    if (body.sourceId) e.sourceId = body.sourceId;
  } catch {
    // not a JSON body: listed by id only
  }
  return e;
}
