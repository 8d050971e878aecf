/**
 * The embedded local stack against the real emulators: DynamoDB Local (Java), local-aws-sqs,
 * aws-ses-v2-local, reached by the real AWS SDK v3 clients. No mocks.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DescribeTableCommand, DescribeTimeToLiveCommand, DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { DescribeStreamCommand, DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import {
  DeleteMessageCommand,
  GetQueueAttributesCommand,
  ListQueuesCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLES_QUEUE, TABLE } from '../../packages/aws/src/resources';
import {
  checkJava,
  ensureResources,
  JavaRequirementError,
  parseJavaMajor,
  startStack,
  type LocalStack,
  type StackResources,
} from '../../packages/local/src/stack/index';
import { until } from './fixtures/wait';

/** True while something accepts TCP connections on 127.0.0.1:port. */
function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const portOf = (url: string): number => Number(new URL(url).port);

describe('java check', () => {
  it('reads old and new version strings', () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajor('java version "1.8.0_292"')).toBe(8);
    expect(parseJavaMajor('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaMajor('nothing here')).toBeUndefined();
  });

  it('fails fast with install instructions when java is missing', async () => {
    const error = await checkJava('/nonexistent/java').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JavaRequirementError);
    expect(String((error as Error).message)).toMatch(/Java 17 or newer/);
    expect(String((error as Error).message)).toMatch(/apt-get install openjdk-17-jre-headless/);
    expect(String((error as Error).message)).toMatch(/[Tt]emurin/);
  });
});

describe('local stack (in memory)', () => {
  let stack: LocalStack;
  let resources: StackResources;
  let dynamodb: DynamoDBClient;
  let doc: DynamoDBDocumentClient;
  let sqs: SQSClient;

  beforeAll(async () => {
    stack = await startStack({});
    dynamodb = new DynamoDBClient(stack.clientConfig.dynamodb);
    doc = DynamoDBDocumentClient.from(dynamodb);
    sqs = new SQSClient(stack.clientConfig.sqs);
    resources = await ensureResources(stack);
  });

  afterAll(async () => {
    dynamodb?.destroy();
    sqs?.destroy();
    await stack?.stop();
  });

  it('serves every emulator on a loopback port, with ready-made client settings', () => {
    for (const [service, url] of Object.entries(stack.endpoints)) {
      expect(url, service).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const config = stack.clientConfig[service as keyof LocalStack['clientConfig']];
      expect(config).toMatchObject({ region: 'us-east-1', endpoint: url });
      expect(config.credentials.accessKeyId).not.toBe('');
    }
    expect(new Set(Object.values(stack.endpoints)).size).toBe(3);
    expect(stack.sesStoreUrl).toBe(`${stack.endpoints.ses}/store`);
    expect(stack.dataDir).toBeUndefined();
  });

  it('creates the table and queues from the shared settings, idempotently', async () => {
    // beforeAll created them; two more calls change nothing.
    expect(await ensureResources(stack)).toEqual(resources);
    expect(await ensureResources(stack)).toEqual(resources);
    expect(resources.tableName).toBe(TABLE.name);
    expect(resources.tableStreamArn).toContain(`table/${TABLE.name}/stream/`);
    expect(resources.queueUrl).toMatch(new RegExp(`/${ARTICLES_QUEUE.name}$`));
    expect(resources.dlqUrl).toMatch(new RegExp(`/${ARTICLES_QUEUE.dlqName}$`));

    const table = (await dynamodb.send(new DescribeTableCommand({ TableName: TABLE.name }))).Table;
    expect(table?.KeySchema).toEqual([
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ]);
    expect(table?.BillingModeSummary?.BillingMode).toBe('PAY_PER_REQUEST');
    expect(table?.StreamSpecification).toEqual({ StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' });
    const gsi = table?.GlobalSecondaryIndexes?.find((i) => i.IndexName === 'gsi1');
    expect(gsi?.KeySchema).toEqual([
      { AttributeName: 'gsi1pk', KeyType: 'HASH' },
      { AttributeName: 'gsi1sk', KeyType: 'RANGE' },
    ]);
    expect(gsi?.Projection?.ProjectionType).toBe('ALL');
    const ttl = await dynamodb.send(new DescribeTimeToLiveCommand({ TableName: TABLE.name }));
    expect(resources.ttlEnabled).toBe(true);
    expect(ttl.TimeToLiveDescription).toMatchObject({ AttributeName: 'expiresAt', TimeToLiveStatus: 'ENABLED' });

    const queue = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: resources.queueUrl, AttributeNames: ['All'] }));
    expect(queue.Attributes?.VisibilityTimeout).toBe(String(ARTICLES_QUEUE.visibilityTimeoutSeconds));
    expect(JSON.parse(queue.Attributes?.RedrivePolicy ?? '{}')).toEqual({
      deadLetterTargetArn: resources.dlqArn,
      maxReceiveCount: ARTICLES_QUEUE.maxReceiveCount,
    });
    const dlq = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: resources.dlqUrl, AttributeNames: ['All'] }));
    expect(dlq.Attributes?.MessageRetentionPeriod).toBe(String(ARTICLES_QUEUE.dlqRetentionSeconds));
  });

  it('puts, gets and queries the GSI with the document client', async () => {
    const item = { pk: 'PARTNER#FR', sk: 'EVENT#2024-10-07', gsi1pk: 'FEED', gsi1sk: '2024-10-07#FR', level: 'CSP', sources: ['a', 'b'] };
    await doc.send(new PutCommand({ TableName: resources.tableName, Item: item }));
    await doc.send(new PutCommand({ TableName: resources.tableName, Item: { ...item, pk: 'PARTNER#AU', gsi1sk: '2024-03-07#AU' } }));
    const got = await doc.send(new GetCommand({ TableName: resources.tableName, Key: { pk: item.pk, sk: item.sk } }));
    expect(got.Item).toEqual(item);
    const feed = await doc.send(
      new QueryCommand({
        TableName: resources.tableName,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :feed',
        ExpressionAttributeValues: { ':feed': 'FEED' },
        ScanIndexForward: false,
      }),
    );
    expect(feed.Items?.map((i) => i.pk)).toEqual(['PARTNER#FR', 'PARTNER#AU']);
    expect(feed.Items?.[0]).toEqual(item); // projection ALL
  });

  it('sends and receives an SQS message', async () => {
    await sqs.send(
      new SendMessageCommand({
        QueueUrl: resources.queueUrl,
        MessageBody: JSON.stringify({ url: 'https://example.org/a' }),
        MessageAttributes: { source: { DataType: 'String', StringValue: 'vnexpress' } },
      }),
    );
    const res = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: resources.queueUrl,
        WaitTimeSeconds: 2,
        MaxNumberOfMessages: 1, // local-aws-sqs ends a long poll early only once the batch is full
        MessageAttributeNames: ['All'],
        AttributeNames: ['All'],
      }),
    );
    expect(res.Messages).toHaveLength(1);
    const message = res.Messages![0]!;
    expect(JSON.parse(message.Body ?? '')).toEqual({ url: 'https://example.org/a' });
    expect(message.MessageAttributes?.source?.StringValue).toBe('vnexpress');
    expect(message.Attributes?.ApproximateReceiveCount).toBe('1');
    await sqs.send(new DeleteMessageCommand({ QueueUrl: resources.queueUrl, ReceiptHandle: message.ReceiptHandle }));
  });

  it('sends an email with SES v2 and reads it back from the store', async () => {
    const ses = new SESv2Client(stack.clientConfig.ses);
    try {
      const sent = await ses.send(
        new SendEmailCommand({
          FromEmailAddress: 'alerts@partnership.watch',
          Destination: { ToAddresses: ['analyst@example.org'] },
          Content: {
            Simple: {
              Subject: { Data: 'Viet Nam and France: comprehensive strategic partnership' },
              Body: { Text: { Data: 'Upgraded on 7 October 2024.' }, Html: { Data: '<p>Upgraded on 7 October 2024.</p>' } },
            },
          },
        }),
      );
      expect(sent.MessageId).toBeTruthy();
    } finally {
      ses.destroy();
    }
    const res = await fetch(stack.sesStoreUrl);
    expect(res.ok).toBe(true);
    const store = (await res.json()) as {
      emails: { messageId: string; from: string; destination: { to: string[] }; subject: string; body: { text?: string } }[];
    };
    const mine = store.emails.filter((e) => e.destination.to.includes('analyst@example.org'));
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      from: 'alerts@partnership.watch',
      destination: { to: ['analyst@example.org'] },
      subject: 'Viet Nam and France: comprehensive strategic partnership',
    });
    expect(mine[0]?.body.text).toContain('7 October 2024');
    const inbox = await fetch(stack.sesInboxUrl);
    expect(inbox.ok).toBe(true);
    expect(inbox.headers.get('content-type')).toMatch(/html/);
  });

  it('offers the same settings as environment variables for clients built from the environment', async () => {
    const saved = { ...process.env };
    Object.assign(process.env, stack.env);
    delete process.env.AWS_PROFILE;
    try {
      const fromEnv = {
        sqs: new SQSClient({}),
        dynamodb: new DynamoDBClient({}),
        streams: new DynamoDBStreamsClient({}),
        ses: new SESv2Client({}),
      };
      try {
        const queues = await fromEnv.sqs.send(new ListQueuesCommand({}));
        expect(queues.QueueUrls).toContain(resources.queueUrl);
        const tables = await fromEnv.dynamodb.send(new ListTablesCommand({}));
        expect(tables.TableNames).toContain(resources.tableName);
        const described = await fromEnv.streams.send(new DescribeStreamCommand({ StreamArn: resources.tableStreamArn }));
        expect(described.StreamDescription?.StreamStatus).toBe('ENABLED');
        const sent = await fromEnv.ses.send(
          new SendEmailCommand({
            FromEmailAddress: 'alerts@partnership.watch',
            Destination: { ToAddresses: ['env@example.org'] },
            Content: { Simple: { Subject: { Data: 'from env' }, Body: { Text: { Data: 'hello' } } } },
          }),
        );
        expect(sent.MessageId).toBeTruthy();
      } finally {
        for (const client of Object.values(fromEnv)) client.destroy();
      }
    } finally {
      for (const name of Object.keys(stack.env)) delete process.env[name];
      Object.assign(process.env, saved);
    }
  });

  it('stops every process and closes every port', async () => {
    const ports = Object.values(stack.endpoints).map(portOf);
    for (const port of ports) expect(await portOpen(port)).toBe(true);
    expect(stack.pids.length).toBeGreaterThanOrEqual(4); // three hosts and Java
    await stack.stop();
    for (const port of ports) expect(await portOpen(port), `port ${port}`).toBe(false);
    for (const pid of stack.pids) expect(alive(pid), `pid ${pid}`).toBe(false);
    await stack.stop(); // idempotent
  });
});

describe('local stack (persisted)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pw-stack-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const withStack = async <T>(fresh: boolean, body: (doc: DynamoDBDocumentClient, tableName: string) => Promise<T>): Promise<T> => {
    const stack = await startStack({ dataDir: join(dir, 'dynamodb'), fresh });
    const client = new DynamoDBClient(stack.clientConfig.dynamodb);
    try {
      const { tableName } = await ensureResources(stack);
      return await body(DynamoDBDocumentClient.from(client), tableName);
    } finally {
      client.destroy();
      await stack.stop();
    }
  };

  it('keeps the data across restarts, and starts empty when fresh', async () => {
    const key = { pk: 'SUB#1', sk: 'SUB' };
    await withStack(false, (doc, TableName) => doc.send(new PutCommand({ TableName, Item: { ...key, email: 'a@example.org' } })));
    const kept = await withStack(false, (doc, TableName) => doc.send(new GetCommand({ TableName, Key: key })));
    expect(kept.Item?.email).toBe('a@example.org');
    const wiped = await withStack(true, (doc, TableName) => doc.send(new GetCommand({ TableName, Key: key })));
    expect(wiped.Item).toBeUndefined();
  });
});

describe('a parent that dies', () => {
  // SIGTERM: the stack's signal handler stops the emulators, then the process ends as it would
  // have. SIGKILL: no handler runs; each emulator host sees its stdin close and stops by itself.
  it.each(['SIGTERM', 'SIGKILL'] as const)('leaves no emulator behind when killed with %s', async (signal) => {
    const fixture = fileURLToPath(new URL('./fixtures/stack-child.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', fixture], { stdio: ['ignore', 'pipe', 'ignore'] });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, sig) => resolve(sig)));
    const info = await new Promise<{ pids: number[]; endpoints: Record<string, string> }>((resolve, reject) => {
      let out = '';
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (chunk: string) => {
        out += chunk;
        const line = out.split('\n').find((l) => l.startsWith('{'));
        if (line) resolve(JSON.parse(line) as { pids: number[]; endpoints: Record<string, string> });
      });
      child.once('exit', (code) => reject(new Error(`stack child exited early (code ${code})`)));
    });
    expect(info.pids.every(alive)).toBe(true);
    child.kill(signal);
    expect(await exited).toBe(signal);
    await until(() => info.pids.every((pid) => !alive(pid)), `the emulators to exit after a ${signal}`);
    for (const url of Object.values(info.endpoints)) expect(await portOpen(portOf(url)), url).toBe(false);
  });
});
