/**
 * Fault tolerance on the embedded stack: what the pipeline does when DynamoDB throttles, cancels
 * transactions or times out, when every input arrives twice or out of order, when the notifier
 * fails half-way through a send, when a source fails for a day, and when the SQS emulator goes
 * away in the middle of a run. One system for the whole file (DynamoDB Local, local-aws-sqs,
 * aws-ses-v2-local); the SQS restart comes last.
 *
 * Waits are bounded polls (./fixtures/wait.ts); no assertion is about elapsed time. The registry
 * is the repository's baseline as of 2022-11-01 (AU, FR, ID, KR, MY, SG at SP), so each fixture
 * article announcing a CSP is a change.
 *
 * Fixtures: ./faults-fixtures/articles (article pages; the feeds are written by the tests).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { DynamoDBClient, ProvisionedThroughputExceededException, ThrottlingException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  key,
  makeChangesHandler,
  makeExtractHandler,
  makeNotifyHandler,
  SesMailer,
  SqsArticleQueue,
  Store,
  Subscribers,
  subscriberId,
  type Mailer,
  type NotifyDeps,
} from '@pw/aws';
import {
  applyDetection,
  articleIdOf,
  baselineRegistry,
  extractArticle,
  fetchResource,
  parseSources,
  pollSources,
  type ArticleMessage,
  type ChangeMessage,
  type EventSource,
  type Level,
  type Logger,
  type SiteLinks,
  type Source,
  type SourceState,
} from '@pw/core';
import { ensureResources } from '../../packages/local/src/stack/index';
import { startEmulator, type EmulatorProcess } from '../../packages/local/src/stack/processes';
import { startSystem, type LocalSystem } from '../../packages/local/src/system';
import { until } from './fixtures/wait';

type PollDeps = Parameters<typeof pollSources>[1];

const ARTICLES = resolve(import.meta.dirname, 'faults-fixtures/articles');
const BASELINE = resolve(import.meta.dirname, '../../data/vn-partnerships.json');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const quiet: Logger = { info() {}, warn() {}, error() {} };
const links: SiteLinks = { site: 'http://watch.test', eventUrl: (id) => `http://watch.test/events/${id}`, feedJsonUrl: 'http://watch.test/feed.json', feedAtomUrl: 'http://watch.test/feed.atom' };
const FROM = 'Partnership Watch <alerts@watch.test>';

// ---- the system, the fixture site, the stream tap -------------------------------------------

let system: LocalSystem;
let site: Site;
let subscribers: Subscribers;
let ses: SesMailer;
/** What the system logs: emulator output and the consumer's errors ("queue receive: …"). */
const systemLog: string[] = [];
/** Every record of the table's stream, as the local event source mapping delivered it. */
const streamed: DynamoDBRecord[] = [];
/** The notifier on the live stream; only the SQS restart test turns it on. */
let liveNotify: ((event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse>) | undefined;
/** Set by a test to hold the next extract batch (the consumer has received it) until released. */
let hold: { received: (records: SQSRecord[]) => void; release: Promise<void> } | undefined;
/** An SQS emulator this file started itself (the restart test); stopped in afterAll. */
let restartedSqs: EmulatorProcess | undefined;

beforeAll(async () => {
  site = await startSite();
  const extract = makeExtractHandler(() => system.config);
  system = await startSystem({
    allowPrivateFetch: true,
    fastQueue: true,
    logger: quiet,
    log: (msg) => systemLog.push(msg),
    extractHandler: async (event: SQSEvent): Promise<SQSBatchResponse> => {
      const held = hold;
      if (held) {
        hold = undefined;
        held.received(event.Records);
        await held.release;
      }
      return extract(event);
    },
    streamHandlers: [
      async (event) => {
        streamed.push(...event.Records);
        return liveNotify ? liveNotify(event) : { batchItemFailures: [] };
      },
    ],
  });
  subscribers = new Subscribers(system.store.doc, system.resources.tableName);
  ses = new SesMailer(new SESv2Client(system.stack.clientConfig.ses));
  await system.store.importRegistry(baselineRegistry(JSON.parse(readFileSync(BASELINE, 'utf8')), '2022-11-01'));
});

afterAll(async () => {
  liveNotify = undefined;
  await system?.stop();
  // The stack stops the emulators it started; an SQS emulator started by the restart test is ours.
  await restartedSqs?.stop();
  await site?.close();
});

interface Site {
  origin: string;
  /** Feed bodies (served with an ETag, 304 when unchanged) or a status code to answer, by path. */
  feeds: Map<string, string | number>;
  /** Requests by path. */
  hits: Map<string, number>;
  close(): Promise<void>;
}

/** Loopback HTTP: the feeds the tests write, and the article pages of ./faults-fixtures/articles. */
async function startSite(): Promise<Site> {
  const feeds = new Map<string, string | number>();
  const hits = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    res.on('error', () => undefined);
    const url = new URL(req.url ?? '/', 'http://x');
    hits.set(url.pathname, (hits.get(url.pathname) ?? 0) + 1);
    const feed = feeds.get(url.pathname);
    if (typeof feed === 'number') {
      res.writeHead(feed, { 'content-type': 'text/plain' }).end(`status ${feed}`);
      return;
    }
    if (typeof feed === 'string') {
      const etag = `"${createHash('sha1').update(feed).digest('hex').slice(0, 16)}"`;
      if (req.headers['if-none-match'] === etag) res.writeHead(304, { etag }).end();
      else res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(feed);
      return;
    }
    const page = /^\/articles\/([\w-]+\.html)$/.exec(url.pathname)?.[1];
    if (page && existsSync(join(ARTICLES, page))) {
      const body = readFileSync(join(ARTICLES, page));
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length }).end(body);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    feeds,
    hits,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

// ---- helpers ------------------------------------------------------------------------------

function source(id: string, feed: string, trust: 'official' | 'press' = 'official'): Source {
  const [s] = parseSources([{ id, name: id, lang: 'en', trust, feed, homepage: new URL('/', feed).href }]);
  return s!;
}

function rss(title: string, paths: string[]): string {
  const items = paths
    .map((path, i) => `<item><title>${title} item ${i + 1}</title><link>${site.origin}${path}</link><guid isPermaLink="false">${title}-${path}</guid><pubDate>Thu, 19 Dec 2024 0${i % 10}:00:00 GMT</pubDate></item>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${title}</title><link>${site.origin}/</link><description>${title}</description>\n${items}\n</channel></rss>\n`;
}

/** The poller's dependencies over the system's table and queue (or another store / queue). */
function pollDeps(over: Partial<PollDeps> = {}): PollDeps {
  return { store: system.store, queue: new SqsArticleQueue(system.sqs, system.resources.queueUrl), fetch: fetchResource, ...over };
}

/** Claims an article as the poller would, and returns its queue message. */
async function queuedMessage(path: string, sourceId: string, trust: 'official' | 'press'): Promise<ArticleMessage> {
  const url = `${site.origin}${path}`;
  const articleId = articleIdOf(url);
  const queuedAt = new Date().toISOString();
  expect(await system.store.claimArticle({ articleId, url, sourceId, state: 'queued', queuedAt, lang: 'en' })).toBe(true);
  return { articleId, url, sourceId, sourceLang: 'en', trust, feedItem: { link: url }, queuedAt };
}

function sqsRecord(message: ArticleMessage, messageId: string): SQSRecord {
  const body = JSON.stringify(message);
  const now = String(Date.now());
  return {
    messageId,
    receiptHandle: `receipt-${messageId}`,
    body,
    attributes: { ApproximateReceiveCount: '1', SentTimestamp: now, SenderId: 'faults-test', ApproximateFirstReceiveTimestamp: now },
    messageAttributes: {},
    md5OfBody: createHash('md5').update(body).digest('hex'),
    eventSource: 'aws:sqs',
    eventSourceARN: system.consumer.queueArn,
    awsRegion: 'us-east-1',
  };
}

async function subscribe(email: string, filters: { partners?: string[]; levels?: Level[] } = {}): Promise<void> {
  const id = subscriberId(email);
  const now = new Date();
  await subscribers.request(id, email, { partners: filters.partners ?? [], levels: filters.levels ?? [], signals: false }, now);
  await subscribers.confirm(id, Math.floor(now.getTime() / 1000), now);
}

/** The emails the SES emulator received for this address (its store, GET /store). */
async function emailsTo(address: string): Promise<{ messageId: string; subject: string }[]> {
  const res = await fetch(system.stack.sesStoreUrl);
  const { emails } = (await res.json()) as { emails: { messageId: string; subject: string; destination: { to: string[] } }[] };
  return emails.filter((e) => e.destination.to.includes(address));
}

function notifyDeps(over: Partial<NotifyDeps> = {}): NotifyDeps {
  return { store: system.store, subscribers, mailer: ses, links, from: FROM, signingSecret: 'faults-secret', log: quiet, ...over };
}

async function marker(eventId: string, email: string): Promise<Record<string, unknown> | undefined> {
  const res = await system.store.doc.send(new QueryCommand({ TableName: system.store.table, KeyConditionExpression: 'pk = :pk AND sk = :sk', ExpressionAttributeValues: { ':pk': key.alertMarker(eventId, subscriberId(email)).pk, ':sk': key.alertMarker(eventId, subscriberId(email)).sk }, ConsistentRead: true }));
  return res.Items?.[0];
}

/** The stream records of an event's META item, in stream order. */
function eventRecords(eventId: string): DynamoDBRecord[] {
  return streamed.filter((r) => r.dynamodb?.Keys?.pk?.S === `EVENT#${eventId}` && r.dynamodb?.Keys?.sk?.S === 'META');
}

const statusIn = (image: Record<string, { S?: string }> | undefined): string | undefined => image?.status?.S;

async function drainStreams(): Promise<void> {
  for (const reader of system.streams) await reader.drain({ timeoutMs: 20_000 });
}

async function detectedHistory(partner: string): Promise<Record<string, unknown>[]> {
  return (await system.store.getPartnerHistory(partner)).filter((h) => h.origin === 'detected');
}

const officialSource = (articleId: string, sourceId: string, evidence: string, date: string): EventSource => ({
  articleId, sourceId, trust: 'official', url: `https://example.org/${articleId}`, lang: 'en', title: evidence, status: 'announced', confidence: 0.95, date, evidence,
});

// ---- injected DynamoDB faults -----------------------------------------------------------------

/**
 * DynamoDB Local never throttles, never cancels a transaction for a conflict with another one in
 * flight the way the service does under load, and never times out; so these faults are injected
 * with an AWS SDK v3 middleware on a DynamoDB client of our own (a Store over it is then handed
 * to the core use-cases, extractArticle and pollSources, exactly as the handlers hand them theirs).
 * The middleware sits in the 'deserialize' step: inside the SDK's retry and signing layers, so
 * every fault goes through the SDK's own retry strategy as a real service error would.
 *
 *  - 'provisioned' / 'throttling': ProvisionedThroughputExceededException / ThrottlingException
 *    (the request never reached the table);
 *  - 'conflict': TransactionCanceledException with a TransactionConflict reason;
 *  - 'timeout': a TimeoutError before the request reached DynamoDB;
 *  - 'lost-answer': the request is applied, then its answer is lost (a TimeoutError).
 */
type Fault = 'provisioned' | 'throttling' | 'conflict' | 'timeout' | 'lost-answer';

interface FaultRule {
  /** The low-level command name, e.g. 'GetItemCommand', 'TransactWriteItemsCommand'. */
  command: string;
  /** Only calls whose (marshalled) input contains this text. */
  match?: string;
  /** The faults of the next matching calls, in order; the calls after them go through. */
  faults: Fault[];
}

interface FaultyStore {
  store: Store;
  /** Every attempt that reached the injection layer: the SDK's attempt header, the fault injected. */
  attempts: { command: string; input: string; sdkAttempt: string; fault?: Fault }[];
  /** What the SDK reported for each call that succeeded: attempts made, total delay it waited between them. */
  outcomes: { command: string; input: string; attempts: number; totalRetryDelay: number }[];
  destroy(): void;
}

function timeoutError(): Error {
  // What @smithy/node-http-handler throws when a request times out.
  return Object.assign(new Error('Connection timed out after 1000 ms'), { name: 'TimeoutError' });
}

function faultyStore(rules: FaultRule[], maxAttempts = 5): FaultyStore {
  // maxAttempts 5: the handlers' own client (packages/aws/src/clients.ts) uses the same.
  const client = new DynamoDBClient({ ...system.stack.clientConfig.dynamodb, maxAttempts });
  const attempts: FaultyStore['attempts'] = [];
  const outcomes: FaultyStore['outcomes'] = [];
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const command = context.commandName ?? '';
      const input = JSON.stringify(args.input);
      const headers = (args.request as { headers?: Record<string, string> } | undefined)?.headers ?? {};
      const rule = rules.find((r) => r.command === command && r.faults.length > 0 && (!r.match || input.includes(r.match)));
      const fault = rule?.faults.shift();
      attempts.push({ command, input, sdkAttempt: headers['amz-sdk-request'] ?? '', ...(fault ? { fault } : {}) });
      const $metadata = { httpStatusCode: 400, requestId: `injected-${attempts.length}` };
      switch (fault) {
        case 'provisioned':
          throw new ProvisionedThroughputExceededException({ $metadata, message: 'The level of configured provisioned throughput for the table was exceeded.' });
        case 'throttling':
          throw new ThrottlingException({ $metadata, message: 'Throughput exceeds the current capacity of your table or index.' });
        case 'conflict': {
          const items = ((args.input as { TransactItems?: unknown[] }).TransactItems ?? [{}]).length;
          throw new TransactionCanceledException({
            $metadata,
            message: `Transaction cancelled, please refer cancellation reasons for specific reasons [TransactionConflict${', None'.repeat(items - 1)}]`,
            CancellationReasons: Array.from({ length: items }, (_, i) => (i === 0 ? { Code: 'TransactionConflict', Message: 'Transaction is ongoing for the item' } : { Code: 'None' })),
          });
        }
        case 'timeout':
          throw timeoutError();
        case 'lost-answer':
          await next(args);
          throw timeoutError();
        default:
          return next(args);
      }
    },
    { step: 'deserialize', name: 'pwInjectFaults', priority: 'high' },
  );
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const result = await next(args);
      const meta = (result.output as { $metadata?: { attempts?: number; totalRetryDelay?: number } }).$metadata;
      outcomes.push({ command: context.commandName ?? '', input: JSON.stringify(args.input), attempts: meta?.attempts ?? 1, totalRetryDelay: meta?.totalRetryDelay ?? 0 });
      return result;
    },
    { step: 'initialize', name: 'pwSdkOutcomes' },
  );
  const doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: true } });
  return { store: new Store(doc, system.resources.tableName), attempts, outcomes, destroy: () => doc.destroy() };
}

// ---- 1. DynamoDB throttling, transaction conflicts, timeouts --------------------------------

describe('DynamoDB throttling, transaction conflicts and timeouts (injected)', () => {
  it('retries with backoff, loses nothing and counts nothing twice', { timeout: 30_000 }, async () => {
    const msg = await queuedMessage('/articles/fr-upgrade.html', 'faults-official', 'official');
    const article = `ARTICLE#${msg.articleId}`;
    const faulty = faultyStore([
      // getArticle: throttled twice → the SDK retries (throttling backoff).
      { command: 'GetItemCommand', match: article, faults: ['provisioned', 'provisioned'] },
      // getEvent: throttled, then a timeout → the SDK retries.
      { command: 'QueryCommand', match: 'EVENT#FR-CSP', faults: ['throttling', 'timeout'] },
      // saveDecision: two conflicts (not retryable by the SDK: the pipeline re-reads and decides
      // again), then the winning write is applied but its answer is lost (the SDK retries it).
      { command: 'TransactWriteItemsCommand', match: 'EVENT#FR-CSP', faults: ['conflict', 'conflict', 'lost-answer'] },
      // saveArticleRead: a conflict → the message fails, as Lambda would report it.
      { command: 'TransactWriteItemsCommand', match: article, faults: ['conflict'] },
    ]);
    try {
      // First delivery: everything but the article's own write gets through.
      await expect(extractArticle(msg, { store: faulty.store, fetch: fetchResource }, { allowPrivate: true })).rejects.toThrow(/TransactionConflict/);
      expect(await system.store.getArticle(msg.articleId)).toMatchObject({ state: 'failed', attempts: 1, error: expect.stringMatching(/TransactionConflict/) });
      // The change is already recorded, once.
      expect(await system.store.getEvent('FR-CSP')).toMatchObject({ status: 'confirmed', from: 'SP', sourceCount: 1 });

      // Second delivery (SQS redelivers the failed message): it completes.
      const outcome = await extractArticle(msg, { store: faulty.store, fetch: fetchResource }, { allowPrivate: true });
      expect(outcome.skipped).toBe(false);
      expect(outcome.detections.map((d) => [d.partner, d.level, d.status])).toEqual([['FR', 'CSP', 'announced']]);

      // Every planned fault was injected.
      const injected = (command: string, match: string) => faulty.attempts.filter((a) => a.command === command && a.input.includes(match)).map((a) => a.fault ?? 'ok');
      expect(injected('GetItemCommand', article).slice(0, 3)).toEqual(['provisioned', 'provisioned', 'ok']);
      expect(injected('QueryCommand', 'EVENT#FR-CSP').slice(0, 3)).toEqual(['throttling', 'timeout', 'ok']);
      expect(injected('TransactWriteItemsCommand', 'EVENT#FR-CSP').slice(0, 4)).toEqual(['conflict', 'conflict', 'lost-answer', 'ok']);

      // Throttles and timeouts: retried by the SDK itself (its attempt header counts up), which
      // reports the attempts and the backoff it waited before retrying.
      const retried = (command: string, match: string) => faulty.outcomes.find((o) => o.command === command && o.input.includes(match) && o.attempts > 1);
      expect(faulty.attempts.filter((a) => a.command === 'GetItemCommand' && a.input.includes(article)).slice(0, 3).map((a) => a.sdkAttempt)).toEqual(['attempt=1; max=5', 'attempt=2; max=5', 'attempt=3; max=5']);
      expect(retried('GetItemCommand', article)).toMatchObject({ attempts: 3, totalRetryDelay: expect.any(Number) });
      expect(retried('GetItemCommand', article)!.totalRetryDelay).toBeGreaterThan(0);
      expect(retried('QueryCommand', 'EVENT#FR-CSP')).toMatchObject({ attempts: 3 });
      expect(retried('QueryCommand', 'EVENT#FR-CSP')!.totalRetryDelay).toBeGreaterThan(0);
      // The write whose answer was lost went again as the same request (the SDK's retry)...
      const lost = faulty.attempts.filter((a) => a.command === 'TransactWriteItemsCommand' && a.input.includes('EVENT#FR-CSP'))[3]!;
      expect(lost.sdkAttempt).toBe('attempt=2; max=5');
      // ...while the conflicts were the pipeline's to retry: a fresh read of the event before each decision.
      expect(injected('QueryCommand', 'EVENT#FR-CSP').length).toBeGreaterThanOrEqual(5);

      // No loss: the article read, its detection stored and folded into its event.
      expect(await system.store.getArticle(msg.articleId)).toMatchObject({ state: 'read' });
      expect((await system.store.getDetections(msg.articleId)).map((d) => [d.partner, d.level, d.status])).toEqual([['FR', 'CSP', 'announced']]);
      const event = await system.store.getEvent('FR-CSP');
      expect(event).toMatchObject({ status: 'confirmed', from: 'SP', sourceCount: 1 });
      expect(event?.sources.map((s) => s.articleId)).toEqual([msg.articleId]);
      // No double count: one source, one registry change.
      expect(await system.store.getPartner('FR')).toMatchObject({ level: 'CSP' });
      const changes = await detectedHistory('FR');
      expect(changes).toHaveLength(1);
      expect(changes[0]).toMatchObject({ level: 'CSP', from: 'SP', eventId: 'FR-CSP' });
    } finally {
      faulty.destroy();
    }
  });

  // Guards claimArticle: a put applied but whose answer was lost is retried by the SDK and
  // fails its own condition; the store recognises the item as this very claim (same poll
  // time and source, via ReturnValuesOnConditionCheckFailure) and the article is queued in
  // that poll, not held back until its feed changes.
  it('a claim applied but whose answer was lost still queues its article in that poll', async () => {
    const path = '/feeds/claims.xml';
    site.feeds.set(path, rss('Claims', ['/articles/weather.html?edition=claim']));
    const articleId = articleIdOf(`${site.origin}/articles/weather.html?edition=claim`);
    const faulty = faultyStore([{ command: 'PutItemCommand', match: `ARTICLE#${articleId}`, faults: ['lost-answer'] }]);
    try {
      const report = await pollSources([source('faults-claims', `${site.origin}${path}`)], pollDeps({ store: faulty.store }), { allowPrivate: true });
      // The fault happened as planned, and the SDK retried the put.
      expect(faulty.attempts.filter((a) => a.command === 'PutItemCommand' && a.input.includes(`ARTICLE#${articleId}`)).map((a) => [a.fault ?? 'ok', a.sdkAttempt])).toEqual([
        ['lost-answer', 'attempt=1; max=5'],
        ['ok', 'attempt=2; max=5'],
      ]);
      expect(report.sources[0]).toMatchObject({ result: 'ok', items: 1 });
      expect(await system.store.getArticle(articleId)).toMatchObject({ state: 'queued' });
      // Correct: the claim is ours, so the article is queued now (observed: queued 0).
      expect(report.queued).toBe(1);
      await system.drain(20_000);
      expect(await system.store.getArticle(articleId)).toMatchObject({ state: 'read' });
    } finally {
      faulty.destroy();
    }
  });
});

// ---- 2. every input twice, stream records out of order --------------------------------------

describe('duplicate and out-of-order delivery', () => {
  const eventId = 'AU-CSP';
  let records: DynamoDBRecord[] = [];

  it('the extract handler given a batch with every message twice ends in one state, and stays there', { timeout: 30_000 }, async () => {
    const a = await queuedMessage('/articles/au-press-a.html', 'harbour-press', 'press');
    const b = await queuedMessage('/articles/au-press-b.html', 'mekong-daily', 'press');
    const w = await queuedMessage('/articles/weather.html?edition=dup', 'harbour-press', 'press');
    const handler = makeExtractHandler(() => system.config);
    // Each message twice in one batch (at-least-once delivery); the handler runs a batch's records side by side.
    const batch: SQSEvent = { Records: [a, b, w].flatMap((m, i) => [sqsRecord(m, `dup-${i}-1`), sqsRecord(m, `dup-${i}-2`)]) };
    const snapshot = async () => ({
      articles: await Promise.all([a, b, w].map((m) => system.store.getArticle(m.articleId))),
      detections: await Promise.all([a, b, w].map((m) => system.store.getDetections(m.articleId))),
      event: await system.store.getEvent(eventId),
      partner: await system.store.getPartner('AU'),
      history: await system.store.getPartnerHistory('AU'),
    });

    expect(await handler(batch)).toEqual({ batchItemFailures: [] });
    const once = await snapshot();
    expect(once.articles.map((x) => x?.state)).toEqual(['read', 'read', 'read']);
    expect(once.detections.map((ds) => ds.map((d) => [d.partner, d.level, d.status]))).toEqual([[['AU', 'CSP', 'announced']], [['AU', 'CSP', 'announced']], []]);
    // Two press outlets: confirmed, each article once.
    expect(once.event).toMatchObject({ status: 'confirmed', from: 'SP', sourceCount: 2, reason: '2 independent sources' });
    expect(once.event?.sources.map((s) => s.articleId).sort()).toEqual([a.articleId, b.articleId].sort());
    expect(once.partner).toMatchObject({ level: 'CSP' });
    const changes = once.history.filter((h) => h.origin === 'detected');
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ level: 'CSP', from: 'SP', eventId });

    // The same batch delivered again: the same state, to the item.
    expect(await handler(batch)).toEqual({ batchItemFailures: [] });
    expect(await snapshot()).toEqual(once);

    await drainStreams();
    records = eventRecords(eventId);
    // One INSERT (the first press source: flagged) and the MODIFY that confirmed it (second outlet).
    expect(records.filter((r) => r.eventName === 'INSERT').map((r) => statusIn(r.dynamodb?.NewImage))).toEqual(['flagged']);
    expect(records.filter((r) => statusIn(r.dynamodb?.OldImage) !== 'confirmed' && statusIn(r.dynamodb?.NewImage) === 'confirmed')).toHaveLength(1);
  });

  it('the notifier given every stream record twice, MODIFY before INSERT, sends each alert once', async () => {
    expect(records.length).toBeGreaterThanOrEqual(2);
    await subscribe('au-analyst@example.org', { partners: ['AU'] });
    await subscribe('au-csp@example.org', { partners: ['AU'], levels: ['CSP'] });
    await subscribe('au-sp-only@example.org', { partners: ['AU'], levels: ['SP'] });
    const handler = makeNotifyHandler(() => notifyDeps());

    // Reversed (the confirming MODIFY before its INSERT), each record twice.
    const disorderly = [...records].reverse().flatMap((r) => [r, r]);
    expect(disorderly[0]?.eventName).toBe('MODIFY');
    expect(await handler({ Records: disorderly })).toEqual({ batchItemFailures: [] });
    const after = { analyst: await emailsTo('au-analyst@example.org'), csp: await emailsTo('au-csp@example.org'), sp: await emailsTo('au-sp-only@example.org') };
    expect(after.analyst).toHaveLength(1);
    expect(after.csp).toHaveLength(1);
    expect(after.sp).toHaveLength(0);
    expect(after.analyst[0]?.subject).toMatch(/Australia.*Comprehensive Strategic Partnership/);

    // Then in order, as if nothing had happened: the same alerts, nothing more.
    expect(await handler({ Records: records })).toEqual({ batchItemFailures: [] });
    expect(await emailsTo('au-analyst@example.org')).toEqual(after.analyst);
    expect(await emailsTo('au-csp@example.org')).toEqual(after.csp);
    for (const email of ['au-analyst@example.org', 'au-csp@example.org']) expect(await marker(eventId, email)).toMatchObject({ state: 'sent', messageId: expect.any(String) });
    expect(await marker(eventId, 'au-sp-only@example.org')).toBeUndefined();

    // The change publisher is at least once by design (consumers dedupe on eventId): the
    // duplicates publish one and the same change.
    const published: ChangeMessage[] = [];
    const changes = makeChangesHandler(() => ({ publish: async (m) => void published.push(m) }), quiet);
    expect(await changes({ Records: disorderly })).toEqual({ batchItemFailures: [] });
    expect(published.length).toBeGreaterThanOrEqual(1);
    expect(new Set(published.map((m) => JSON.stringify(m))).size).toBe(1);
    expect(published[0]).toMatchObject({ eventId, partner: 'AU', from: 'SP', to: 'CSP' });
  });
});

// ---- 3. the notifier failing half-way -------------------------------------------------------

/**
 * notify.ts's semantics: a conditional marker ('sending') is written before each send; it is
 * deleted only when the send throws, so the retry sends; after a send that went out, a failed
 * marker update is ignored (the marker already stops a second send); an SES answer lost after
 * SES accepted the message leads to a second copy on retry (documented: a rare duplicate rather
 * than a lost alert).
 */
describe('the notifier failing between recording a send and sending it, and after', () => {
  /** A confirmed change for `partner` (at SP in the baseline), and its INSERT stream record. */
  async function confirmedChange(partner: string, date: string): Promise<{ eventId: string; record: DynamoDBRecord }> {
    const s = officialSource(`notify-${partner}`, 'gov-official', `Viet Nam and ${partner} upgraded ties to a Comprehensive Strategic Partnership.`, date);
    const decision = applyDetection(undefined, await system.store.getPartner(partner), 'CSP', s);
    expect(decision.change).toBeDefined();
    expect(await system.store.saveDecision(undefined, decision, [s], `${date}T12:00:00.000Z`)).toBe(true);
    const eventId = `${partner}-CSP`;
    const record = await until(() => eventRecords(eventId).find((r) => r.eventName === 'INSERT'), `the stream record of ${eventId}`);
    return { eventId, record };
  }

  it('a send that fails after the marker was written releases the marker; the retry sends exactly one email', async () => {
    const email = 'id-watch@example.org';
    await subscribe(email, { partners: ['ID'] });
    const { eventId, record } = await confirmedChange('ID', '2025-03-10');
    let markerAtSend: Record<string, unknown> | undefined;
    let failures = 0;
    const refusing: Mailer = {
      async send(message) {
        if (failures === 0) {
          failures++;
          markerAtSend = await marker(eventId, email);
          throw Object.assign(new Error('Service unavailable, try again'), { name: 'ServiceUnavailable' });
        }
        return ses.send(message);
      },
    };
    const handler = makeNotifyHandler(() => notifyDeps({ mailer: refusing }));

    // First delivery: the marker was written, the send failed → the record is reported failed.
    expect(await handler({ Records: [record] })).toEqual({ batchItemFailures: [{ itemIdentifier: record.dynamodb?.SequenceNumber }] });
    expect(markerAtSend).toMatchObject({ state: 'sending' });
    expect(await marker(eventId, email)).toBeUndefined();
    expect(await emailsTo(email)).toHaveLength(0);

    // The retry sends it, once; more retries send nothing.
    expect(await handler({ Records: [record] })).toEqual({ batchItemFailures: [] });
    expect(await handler({ Records: [record, record] })).toEqual({ batchItemFailures: [] });
    expect(await emailsTo(email)).toHaveLength(1);
    expect(await marker(eventId, email)).toMatchObject({ state: 'sent', messageId: expect.any(String) });
  });

  it('a send that went out but whose marker update failed is not sent again on retry', { timeout: 20_000 }, async () => {
    const email = 'my-watch@example.org';
    await subscribe(email, { partners: ['MY'] });
    const { eventId, record } = await confirmedChange('MY', '2024-11-21');
    // The marker update ('sending' → 'sent') fails for good: every attempt the SDK makes times out.
    const faulty = faultyStore([{ command: 'UpdateItemCommand', match: key.alertMarker(eventId, subscriberId(email)).pk, faults: ['timeout', 'timeout'] }], 2);
    try {
      const handler = makeNotifyHandler(() => notifyDeps({ store: faulty.store }));
      expect(await handler({ Records: [record] })).toEqual({ batchItemFailures: [] });
      expect(faulty.attempts.filter((a) => a.command === 'UpdateItemCommand').map((a) => a.fault)).toEqual(['timeout', 'timeout']);
      expect(await emailsTo(email)).toHaveLength(1);
      expect(await marker(eventId, email)).toMatchObject({ state: 'sending' });
    } finally {
      faulty.destroy();
    }
    // The stream delivers the record again (a retried batch): no second email.
    const handler = makeNotifyHandler(() => notifyDeps());
    expect(await handler({ Records: [record, record] })).toEqual({ batchItemFailures: [] });
    expect(await emailsTo(email)).toHaveLength(1);
  });

  it('an SES answer lost after SES accepted the message: the retry sends a second copy (the documented choice)', async () => {
    const email = 'sg-watch@example.org';
    await subscribe(email, { partners: ['SG'] });
    const { eventId, record } = await confirmedChange('SG', '2025-03-12');
    let lost = 0;
    const answerLost: Mailer = {
      async send(message) {
        const id = await ses.send(message);
        if (lost++ === 0) throw timeoutError();
        return id;
      },
    };
    const handler = makeNotifyHandler(() => notifyDeps({ mailer: answerLost }));
    expect((await handler({ Records: [record] })).batchItemFailures).toHaveLength(1);
    expect(await emailsTo(email)).toHaveLength(1);
    expect(await marker(eventId, email)).toBeUndefined();
    expect(await handler({ Records: [record] })).toEqual({ batchItemFailures: [] });
    expect(await emailsTo(email)).toHaveLength(2);
    expect(await marker(eventId, email)).toMatchObject({ state: 'sent' });
  });
});

// ---- 4. a source that fails for a day --------------------------------------------------------

describe('a source that fails for a day', () => {
  it('backs off longer and longer (capped at 6 h), says why, and comes back by itself', { timeout: 60_000 }, async () => {
    const path = '/feeds/down-for-a-day.xml';
    const src = source('faults-down-a-day', `${site.origin}${path}`);
    const link = '/articles/weather.html?edition=back';
    site.feeds.set(path, 500);
    const start = Date.parse('2031-05-01T00:00:00.000Z');
    let clock = start;
    const now = () => new Date(clock);
    const deps = pollDeps();
    const hits = () => site.hits.get(path) ?? 0;
    const failures: SourceState[] = [];
    let previous: SourceState | undefined;

    // The scheduler's rate: a poll every 5 minutes, for a day, while the feed answers 500.
    for (; clock < start + 24 * HOUR; clock += 5 * MINUTE) {
      const before = hits();
      const report = await pollSources([src], deps, { now, allowPrivate: true });
      const outcome = report.sources[0]!;
      if (outcome.result === 'failed') {
        expect(outcome.error).toMatch(/answered 500/);
        expect(hits()).toBe(before + 1);
        previous = (await system.store.getSourceStates()).get(src.id);
        failures.push(previous!);
      } else {
        // Inside the backoff: no request at all.
        expect(outcome.result, new Date(clock).toISOString()).toBe('backing-off');
        expect(hits()).toBe(before);
        expect(Date.parse(previous!.nextPollAfter!)).toBeGreaterThan(clock);
      }
    }
    // Its health says why, all day long.
    for (const [i, state] of failures.entries()) {
      expect(state).toMatchObject({ healthy: false, consecutiveFailures: i + 1 });
      expect(state.lastError).toMatch(/^http-status: .*\/feeds\/down-for-a-day\.xml answered 500/);
    }
    // A state read mid-backoff is the last failure's, untouched by the skipped polls.
    expect((await system.store.getSourceStates()).get(src.id)).toEqual(failures.at(-1));
    // The waits: 5 min doubling, capped at 6 h.
    const gaps = failures.map((s) => (Date.parse(s.nextPollAfter!) - Date.parse(s.lastErrorAt!)) / MINUTE);
    expect(gaps).toEqual([5, 10, 20, 40, 80, 160, 320, 360, 360, 360]);
    expect(hits()).toBe(failures.length);

    // The server recovers; the scheduled polls go on, and the source comes back by itself at the
    // first poll its backoff allows.
    site.feeds.set(path, rss('Back', [link]));
    const due = Date.parse(failures.at(-1)!.nextPollAfter!);
    let recovered: number | undefined;
    for (; recovered === undefined && clock <= due + 5 * MINUTE; clock += 5 * MINUTE) {
      const report = await pollSources([src], deps, { now, allowPrivate: true });
      if (report.sources[0]!.result === 'ok') {
        expect(report.sources[0]).toMatchObject({ items: 1, queued: 1 });
        recovered = clock;
      } else expect(report.sources[0]!.result).toBe('backing-off');
    }
    expect(recovered).toBe(due);
    const healthy = (await system.store.getSourceStates()).get(src.id);
    expect(healthy).toMatchObject({ healthy: true, consecutiveFailures: 0, lastSuccessAt: new Date(due).toISOString() });
    expect(healthy?.lastError).toBeUndefined();
    expect(healthy?.nextPollAfter).toBeUndefined();
    await system.drain(20_000);
    expect(await system.store.getArticle(articleIdOf(`${site.origin}${link}`))).toMatchObject({ state: 'read' });
  });
});

// ---- 5. SQS unreachable, the SQS emulator restarted --------------------------------------------

describe('SQS going away', () => {
  // Guards pollOne: when some claimed items could not be sent (their claims released), the
  // feed's new validators are not saved, so the next poll parses the feed again instead of
  // getting a 304 that would hide those articles until the feed changes.
  it('a poll that cannot reach SQS loses nothing: the next poll queues what it could not send', async () => {
    const path = '/feeds/outage.xml';
    site.feeds.set(path, rss('Outage', ['/articles/weather.html?edition=outage']));
    const src = source('faults-outage', `${site.origin}${path}`);
    const articleId = articleIdOf(`${site.origin}/articles/weather.html?edition=outage`);
    // SQS unreachable: nothing listens on that port.
    const port = await closedPort();
    const dead = new SQSClient({ ...system.stack.clientConfig.sqs, endpoint: `http://127.0.0.1:${port}`, maxAttempts: 2 });
    try {
      const during = await pollSources([src], pollDeps({ queue: new SqsArticleQueue(dead, `http://127.0.0.1:${port}/000000000000/pw-articles`) }), { allowPrivate: true });
      expect(during.sources[0]).toMatchObject({ items: 1, queued: 0 });
      // The claim was released, so that the next poll offers the article again.
      expect(await system.store.getArticle(articleId)).toBeUndefined();
    } finally {
      dead.destroy();
    }
    // SQS is back; the feed has not changed. Correct: the article is queued (observed:
    // 'not-modified', queued 0, as the first poll saved the feed's ETag).
    const after = await pollSources([src], pollDeps(), { allowPrivate: true });
    expect(after.queued).toBe(1);
    await system.drain(20_000);
    expect(await system.store.getArticle(articleId)).toMatchObject({ state: 'read' });
  });

  /**
   * The SQS emulator is stopped while the consumer holds a batch and more messages wait in the
   * queue, then started again on the same port with the stack's own spawn helper (startEmulator).
   * What we observe: local-aws-sqs keeps its queues in memory, so the restarted emulator has no
   * queue at all until ensureResources creates them again (same names, same URLs); every message
   * not yet deleted is gone, both the batch in hand (its delete fails) and those never received.
   * The consumer reports the failed delete and the failed receives, backs off and goes on by
   * itself once the queue answers again. The batch in hand was read (DynamoDB was up); the
   * others are still 'queued' claims, and the poller's stale-claim rule offers them again once
   * they are older than 30 minutes and the feed is parsed again (here the feed has a new item
   * by then).
   */
  it('the consumer survives an SQS emulator restart and every article is read, the change alerted once', { timeout: 60_000 }, async () => {
    const email = 'kr-watch@example.org';
    await subscribe(email, { partners: ['KR'] });
    liveNotify = makeNotifyHandler(() => notifyDeps());

    const path = '/feeds/wire.xml';
    const fillers = ['a', 'b', 'c', 'd', 'e', 'f'].map((e) => `/articles/weather.html?edition=restart-${e}`);
    // The upgrade last: in the emulator's order it is then among the messages never received
    // (observed; the test holds whichever way the batch falls).
    const first = [...fillers, '/articles/kr-upgrade.html'];
    site.feeds.set(path, rss('Wire', first));
    const src = source('faults-wire', `${site.origin}${path}`);
    const idOf = (p: string) => articleIdOf(`${site.origin}${p}`);

    let received: (records: SQSRecord[]) => void = () => undefined;
    const inHand = new Promise<SQSRecord[]>((ok) => (received = ok));
    let release: () => void = () => undefined;
    hold = { received: (r) => received(r), release: new Promise<void>((ok) => (release = ok)) };

    const t0 = new Date();
    try {
      expect((await pollSources([src], pollDeps(), { now: () => t0, allowPrivate: true })).queued).toBe(7);
      const held = await inHand;
      const heldIds = new Set(held.map((r) => (JSON.parse(r.body) as ArticleMessage).articleId));
      expect(heldIds.size).toBeGreaterThan(0);
      expect(heldIds.size).toBeLessThan(7);

      // Stop the SQS emulator (its host process; the stack keeps no handle we could stop it with).
      const port = Number(new URL(system.stack.endpoints.sqs).port);
      const pid = sqsHostPid();
      const logMark = systemLog.length;
      process.kill(pid, 'SIGTERM');
      await until(() => !alive(pid), 'the SQS emulator to exit', 15_000);

      // The batch in hand goes on without SQS: read, but its delete fails; then receives fail.
      release();
      await until(() => systemLog.slice(logMark).some((l) => l.startsWith('queue delete:')), 'the failed delete', 20_000);
      await until(() => systemLog.slice(logMark).some((l) => l.startsWith('queue receive:')), 'a failed receive', 20_000);
      for (const id of heldIds) expect((await system.store.getArticle(id))?.state).toBe('read');
      const lost = first.map(idOf).filter((id) => !heldIds.has(id));
      for (const id of lost) expect((await system.store.getArticle(id))?.state).toBe('queued');

      // Start it again on the same port; its queues are gone until they are created again.
      restartedSqs = await startEmulator('sqs', { port, startTimeoutMs: 30_000 }, (msg) => systemLog.push(msg));
      expect(restartedSqs.port).toBe(port);
      const again = await ensureResources(system.stack, { log: (msg) => systemLog.push(msg) });
      expect(again.queueUrl).toBe(system.resources.queueUrl);
      expect(systemLog.slice(logMark).filter((l) => /created queue/.test(l))).toHaveLength(2);
      // The consumer finds an empty queue: the messages never received died with the emulator.
      await system.drain(20_000);
      const receivedBefore = system.consumer.stats.received;

      // 31 minutes later the feed has one more item: the poll offers the new one and, by the
      // stale-claim rule, the ones whose messages were lost; not those already read.
      const extra = '/articles/weather.html?edition=restart-g';
      site.feeds.set(path, rss('Wire', [...first, extra]));
      const later = new Date(t0.getTime() + 31 * MINUTE);
      const report = await pollSources([src], pollDeps(), { now: () => later, allowPrivate: true });
      expect(report.sources[0]).toMatchObject({ result: 'ok', items: 8, queued: lost.length + 1 });
      await system.drain(30_000);
      await drainStreams();
      expect(system.consumer.stats.received - receivedBefore).toBe(lost.length + 1);

      // Every article read, once; the change recorded once and alerted once.
      for (const p of [...first, extra]) expect((await system.store.getArticle(idOf(p)))?.state, p).toBe('read');
      const event = await system.store.getEvent('KR-CSP');
      expect(event).toMatchObject({ status: 'confirmed', from: 'SP', sourceCount: 1 });
      expect(await detectedHistory('KR')).toHaveLength(1);
      const emails = await emailsTo(email);
      expect(emails).toHaveLength(1);
      expect(emails[0]?.subject).toMatch(/Korea/);
    } finally {
      hold = undefined;
      release();
      liveNotify = undefined;
    }
  });
});

/** The pid of the SQS emulator's host process (Linux: read from /proc). */
function sqsHostPid(): number {
  for (const pid of system.stack.pids) {
    let argv: string[];
    try {
      argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    if (argv.some((a) => a.endsWith('host.mjs')) && argv.includes('sqs')) return pid;
  }
  throw new Error(`no SQS emulator among the stack's processes ${system.stack.pids.join(', ')}`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A loopback port nothing listens on (taken, then released). */
async function closedPort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((ok) => server.close(() => ok()));
  return port;
}
