/** pw dlq: listing and redriving the dead-letter queue, against the SQS emulator. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReceiveMessageCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listDlq, localQueues, redriveDlq, writeRuntime } from '../../packages/local/src/dlq';
import { startSystem, type LocalSystem } from '../../packages/local/src/system';

let system: LocalSystem;
beforeAll(async () => {
  // No consumer competition: the system's consumer reads the articles queue; the test reads it after the redrive.
  system = await startSystem({ fastQueue: true });
  await system.consumer.stop();
});
afterAll(async () => {
  await system?.stop();
});

describe('pw dlq', () => {
  it('lists failed messages with their article, and sends them back to the articles queue', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pw-dlq-'));
    const { stack, resources } = system;
    writeRuntime(dataDir, { sqsEndpoint: stack.endpoints.sqs, region: stack.clientConfig.sqs.region, credentials: stack.clientConfig.sqs.credentials, queueUrl: resources.queueUrl, dlqUrl: resources.dlqUrl });
    const q = localQueues(dataDir);
    for (const n of [1, 2, 3]) {
      await q.sqs.send(new SendMessageCommand({ QueueUrl: resources.dlqUrl, MessageBody: JSON.stringify({ articleId: String(n).repeat(32), url: `https://example.org/${n}`, sourceId: 'vnexpress-en' }) }));
    }
    const listed = await listDlq(q, 100, 1);
    expect(listed.map((e) => e.url).sort()).toEqual(['https://example.org/1', 'https://example.org/2', 'https://example.org/3']);
    expect(listed.every((e) => e.sourceId === 'vnexpress-en')).toBe(true);

    await new Promise((r) => setTimeout(r, 1500)); // the listing hid them for 1 s
    expect(await redriveDlq(q)).toBe(3);
    expect(await listDlq(q, 100, 1)).toEqual([]);
    const back = await q.sqs.send(new ReceiveMessageCommand({ QueueUrl: resources.queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }));
    expect((back.Messages ?? []).length).toBe(3);
    q.sqs.destroy();
  });

  it('says how to reach the queues when nothing is running', () => {
    expect(() => localQueues(mkdtempSync(join(tmpdir(), 'pw-none-')))).toThrow(/start the local system first/);
  });
});
