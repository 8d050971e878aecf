/** pw dlq: listing and redriving the dead-letter queue, against the SQS emulator. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { ReceiveMessageCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listDlq, localQueues, redriveDlq, writeRuntime } from '../../packages/local/src/dlq';
import { startSystem, type LocalSystem } from '../../packages/local/src/system';

const PW = resolve(import.meta.dirname, '../../packages/local/bin/pw.js');
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

  it('reaches a deployed stage by its queue URLs and the default AWS credentials (the pw command, end to end)', async () => {
    // A deployed stage cannot be reached from here; the SQS emulator stands in for it, named
    // only by its queue URLs, with credentials and region from the environment as on a laptop.
    const { stack, resources } = system;
    const q = { sqs: new SQSClient(stack.clientConfig.sqs), queueUrl: resources.queueUrl, dlqUrl: resources.dlqUrl };
    await q.sqs.send(new SendMessageCommand({ QueueUrl: resources.dlqUrl, MessageBody: JSON.stringify({ articleId: '7'.repeat(32), url: 'https://example.org/stage', sourceId: 'baoquocte-vi' }) }));
    const { credentials, region } = stack.clientConfig.sqs;
    // No endpoint setting: the SDK sends each request to its queue URL's host, as with a real stage.
    const { AWS_ENDPOINT_URL_SQS: _local, AWS_ENDPOINT_URL: _any, ...parent } = process.env;
    const env = { ...parent, AWS_REGION: region, AWS_ACCESS_KEY_ID: credentials.accessKeyId, AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey };
    const pw = (...args: string[]) => execFileSync(process.execPath, [PW, 'dlq', ...args, '--queue-url', resources.queueUrl, '--dlq-url', resources.dlqUrl], { env, encoding: 'utf8', timeout: 60_000 });

    expect(pw('list', '--max', '10')).toMatch(/received \d+×\s+baoquocte-vi\s+https:\/\/example\.org\/stage\n1 message;/);
    // The listed message is hidden for 30 s (SQS has no peek); a second one is visible to the redrive.
    await q.sqs.send(new SendMessageCommand({ QueueUrl: resources.dlqUrl, MessageBody: JSON.stringify({ articleId: '8'.repeat(32), url: 'https://example.org/stage-2', sourceId: 'baoquocte-vi' }) }));
    expect(pw('redrive')).toBe('sent 1 message back to the articles queue\n');
    const back = await q.sqs.send(new ReceiveMessageCommand({ QueueUrl: resources.queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }));
    expect((back.Messages ?? []).map((m) => (JSON.parse(m.Body!) as { url: string }).url)).toEqual(['https://example.org/stage-2']);
    expect(() => execFileSync(process.execPath, [PW, 'dlq', 'list', '--queue-url', resources.queueUrl], { env, encoding: 'utf8', stdio: 'pipe' })).toThrow(/name both --queue-url and --dlq-url/);
    q.sqs.destroy();
  }, 90_000);

  it('says how to reach the queues when nothing is running', () => {
    expect(() => localQueues(mkdtempSync(join(tmpdir(), 'pw-none-')))).toThrow(/start the local system first/);
  });
});
