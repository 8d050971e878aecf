/**
 * The embedded local stack: DynamoDB Local (with Streams), an SQS emulator and an SES v2
 * emulator, each in its own child process on a loopback port, reached by the real AWS SDK v3
 * clients through endpoint settings. No AWS account, no Docker; Java 17+ for DynamoDB Local.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { ListQueuesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { checkJava } from './java';
import { SERVICE_NAMES, startEmulator, type EmulatorKind, type EmulatorProcess } from './processes';

export const LOCAL_REGION = 'us-east-1';
/** Any non-empty strings do: the emulators do not check signatures. */
export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' } as const;
const LOOPBACK = '127.0.0.1';
/** One readiness probe may take this long (a port held by something else may never answer). */
const PROBE_TIMEOUT_MS = 3000;

/** What an AWS SDK v3 client needs to talk to one emulator (`new SQSClient(stack.clientConfig.sqs)`). */
export interface LocalClientConfig {
  region: string;
  endpoint: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
}

export interface StackOptions {
  /**
   * The directory DynamoDB Local keeps its database file in (e.g. `.pw/dynamodb`), created if
   * needed; absent → everything in memory. Queues and sent emails always live in memory.
   */
  dataDir?: string;
  /** With dataDir: start from an empty database (the old file is deleted). */
  fresh?: boolean;
  /** Progress and emulator output, one line per call. */
  log?: (msg: string) => void;
  /** Fixed ports (e.g. to keep the SES inbox URL stable); absent → free ports. */
  ports?: Partial<Record<EmulatorKind, number>>;
  /** How long each emulator may take to answer. Default 60 s. */
  startTimeoutMs?: number;
}

export interface LocalStack {
  region: string;
  endpoints: { dynamodb: string; sqs: string; ses: string };
  /** Ready-made SDK client settings; DynamoDB Streams uses the `dynamodb` one. */
  clientConfig: { dynamodb: LocalClientConfig; sqs: LocalClientConfig; ses: LocalClientConfig };
  /** JSON of every email sent so far (`{ emails: [...] }`); `?since=<epoch s>` filters. */
  sesStoreUrl: string;
  /** The web inbox to read the emails in a browser. */
  sesInboxUrl: string;
  /**
   * The same settings as environment variables (AWS_REGION, credentials and the SDK's
   * service-specific AWS_ENDPOINT_URL_*), for code that builds its clients from the environment
   * as the functions do on Lambda: `new SQSClient({})` then talks to the emulator.
   */
  env: Record<string, string>;
  /** Where DynamoDB keeps its file, or undefined when in memory. */
  dataDir: string | undefined;
  /** Every child process of the stack (hosts and Java). */
  pids: number[];
  /** Stops every emulator and waits until their processes have exited. Idempotent. */
  stop(): Promise<void>;
}

/** The file DynamoDB Local writes with -sharedDb. */
const SHARED_DB_FILE = 'shared-local-instance.db';

export async function startStack(opts: StackOptions = {}): Promise<LocalStack> {
  const log = opts.log ?? (() => {});
  const startTimeoutMs = opts.startTimeoutMs ?? 60_000;
  const javaMajor = await checkJava();
  log(`local stack: Java ${javaMajor} found`);

  let dataDir: string | undefined;
  if (opts.dataDir !== undefined) {
    dataDir = resolve(opts.dataDir);
    mkdirSync(dataDir, { recursive: true });
    if (opts.fresh) {
      rmSync(join(dataDir, SHARED_DB_FILE), { force: true });
      log(`local stack: fresh start, removed ${join(dataDir, SHARED_DB_FILE)}`);
    }
  }

  const kinds: EmulatorKind[] = ['dynamodb', 'sqs', 'ses'];
  const results = await Promise.allSettled(
    kinds.map((kind) =>
      startEmulator(
        kind,
        {
          ...(opts.ports?.[kind] !== undefined ? { port: opts.ports[kind] } : {}),
          ...(kind === 'dynamodb' && dataDir !== undefined ? { dbPath: dataDir } : {}),
          startTimeoutMs,
        },
        log,
      ),
    ),
  );
  const started = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const stopAll = async (): Promise<void> => {
    await Promise.allSettled(started.map((p) => p.stop()));
  };
  const failures = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
  if (failures.length > 0) {
    await stopAll();
    throw failures.length === 1 ? failures[0] : new AggregateError(failures, failures.map(message).join('\n'));
  }

  const byKind = Object.fromEntries(started.map((p) => [p.kind, p])) as Record<EmulatorKind, EmulatorProcess>;
  const url = (kind: EmulatorKind): string => `http://${LOOPBACK}:${byKind[kind].port}`;
  const endpoints = { dynamodb: url('dynamodb'), sqs: url('sqs'), ses: url('ses') };
  const config = (endpoint: string): LocalClientConfig => ({
    region: LOCAL_REGION,
    endpoint,
    credentials: { ...LOCAL_CREDENTIALS },
  });
  let stopping: Promise<void> | undefined;
  const stack: LocalStack = {
    region: LOCAL_REGION,
    endpoints,
    clientConfig: { dynamodb: config(endpoints.dynamodb), sqs: config(endpoints.sqs), ses: config(endpoints.ses) },
    sesStoreUrl: `${endpoints.ses}/store`,
    sesInboxUrl: `${endpoints.ses}/`,
    env: {
      AWS_REGION: LOCAL_REGION,
      AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
      AWS_ENDPOINT_URL_DYNAMODB: endpoints.dynamodb,
      AWS_ENDPOINT_URL_DYNAMODB_STREAMS: endpoints.dynamodb,
      AWS_ENDPOINT_URL_SQS: endpoints.sqs,
      AWS_ENDPOINT_URL_SESV2: endpoints.ses,
      AWS_ENDPOINT_URL_SES: endpoints.ses,
    },
    dataDir,
    pids: started.flatMap((p) => p.pids),
    stop: () => {
      stopping ??= stopAll().then(() => log('local stack: stopped'));
      return stopping;
    },
  };

  try {
    await Promise.all([
      answers('dynamodb', startTimeoutMs, async () => {
        const client = new DynamoDBClient({ ...stack.clientConfig.dynamodb, maxAttempts: 1 });
        try {
          await client.send(new ListTablesCommand({ Limit: 1 }), { abortSignal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
        } finally {
          client.destroy();
        }
      }),
      answers('sqs', startTimeoutMs, async () => {
        const client = new SQSClient({ ...stack.clientConfig.sqs, maxAttempts: 1 });
        try {
          await client.send(new ListQueuesCommand({}), { abortSignal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
        } finally {
          client.destroy();
        }
      }),
      answers('ses', startTimeoutMs, async () => {
        const res = await fetch(`${endpoints.ses}/health-check`, { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
        if (!res.ok) throw new Error(`health check answered ${res.status}`);
      }),
    ]);
  } catch (err) {
    await stack.stop();
    throw err;
  }
  log(`local stack: DynamoDB ${endpoints.dynamodb}, SQS ${endpoints.sqs}, SES ${endpoints.ses} (inbox ${stack.sesInboxUrl})`);
  return stack;
}

/** Retries `probe` until it succeeds; rejects with an error naming the service after `timeoutMs`. */
async function answers(kind: EmulatorKind, timeoutMs: number, probe: () => Promise<void>): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      await probe();
      return;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) {
      throw new Error(`${SERVICE_NAMES[kind]} did not answer within ${timeoutMs} ms: ${message(last)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
