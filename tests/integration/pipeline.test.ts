/**
 * The pipeline (poll → SQS → extract → DynamoDB) on the embedded stack, with real emulators and
 * real HTTP servers on loopback: no mocks. One system for the whole file (started in beforeAll of
 * the second block; the dev-scenario replay starts and stops its own). The registry is the
 * repository's baseline as of 2022-11-01 (FR, JP, KR at SP), so each fixture article that
 * announces a CSP is a change.
 *
 * Fixtures: ./pipeline-fixtures/site (feeds and article pages, served by the product's fixture
 * server, or by a small route server for the broken cases).
 */
import { createHash } from 'node:crypto';
import diagnostics from 'node:diagnostics_channel';
import { readFileSync } from 'node:fs';
import { createServer, type ClientRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLES_QUEUE, documentClient, makeExtractHandler, makePollHandler, POLL_FINISH_MS, SqsArticleQueue, Store, type PipelineConfig } from '@pw/aws';
import { articleIdOf, backoffMs, baselineRegistry, fetchResource, parseSources, pollSources, type ArticleMessage, type Fetcher, type Logger, type Source } from '@pw/core';
import { startFixtureServer, type FixtureServer } from '../../packages/local/src/fixture-server';
import { replay } from '../../packages/local/src/replay';
import { startSqsConsumer } from '../../packages/local/src/runtime/index';
import { ensureQueuePair } from '../../packages/local/src/stack/index';
import { startSystem, type LocalSystem } from '../../packages/local/src/system';
import { until } from './fixtures/wait';

const FIXTURES = resolve(import.meta.dirname, 'pipeline-fixtures');
const SITE = join(FIXTURES, 'site');
const DEV_SCENARIO = '/work/shared/scenarios/dev';
const BASELINE = resolve(import.meta.dirname, '../../data/vn-partnerships.json');

// ---- helpers ------------------------------------------------------------------------------

interface LogLine {
  level: 'info' | 'warn' | 'error';
  msg: string;
  fields: Record<string, unknown>;
}

/** A logger that keeps what it is told, for assertions (and keeps the test output quiet). */
function captureLogger(): Logger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at =
    (level: LogLine['level']) =>
    (msg: string, fields: Record<string, unknown> = {}): void => {
      lines.push({ level, msg, fields });
    };
  return { lines, info: at('info'), warn: at('warn'), error: at('error') };
}

const byKey = (a: Record<string, unknown>, b: Record<string, unknown>): number => JSON.stringify(a).localeCompare(JSON.stringify(b));
const setOf = <T extends Record<string, unknown>>(items: T[]): T[] => [...items].sort(byKey);

function source(id: string, feed: string, trust: 'official' | 'press' = 'official'): Source {
  const [s] = parseSources([{ id, name: id, lang: 'en', trust, feed, homepage: new URL('/', feed).href }]);
  return s!;
}

function rss(origin: string, title: string, links: string[]): string {
  const items = links
    .map((link, i) => `<item><title>${title} item ${i + 1}</title><link>${origin}${link}</link><guid isPermaLink="false">${title}-${i}</guid><pubDate>Thu, 19 Dec 2024 0${i}:00:00 GMT</pubDate></item>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${title}</title><link>${origin}/</link><description>${title}</description>\n${items}\n</channel></rss>\n`;
}

function sqsRecord(body: string, messageId: string, queueArn: string): SQSRecord {
  const now = String(Date.now());
  return {
    messageId,
    receiptHandle: `receipt-${messageId}`,
    body,
    attributes: { ApproximateReceiveCount: '1', SentTimestamp: now, SenderId: 'pipeline-test', ApproximateFirstReceiveTimestamp: now },
    messageAttributes: {},
    md5OfBody: createHash('md5').update(body).digest('hex'),
    eventSource: 'aws:sqs',
    eventSourceARN: queueArn,
    awsRegion: 'us-east-1',
  };
}

type Route = (req: IncomingMessage, res: ServerResponse) => void;

interface RouteServer {
  origin: string;
  routes: Map<string, Route>;
  /** Requests received, by path (query included). */
  hits: Map<string, number>;
  close(): Promise<void>;
}

/**
 * A loopback HTTP server with hand-written routes (the broken feeds), which also serves the
 * fixture article pages under /articles/.
 */
async function startRouteServer(): Promise<RouteServer> {
  const routes = new Map<string, Route>();
  const hits = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    res.on('error', () => undefined);
    const url = new URL(req.url ?? '/', 'http://x');
    hits.set(url.pathname + url.search, (hits.get(url.pathname + url.search) ?? 0) + 1);
    const route = routes.get(url.pathname);
    if (route) return route(req, res);
    const article = /^\/articles\/([\w.-]+\.html)$/.exec(url.pathname)?.[1];
    if (article) {
      let body: Buffer;
      try {
        body = readFileSync(join(SITE, 'articles', article));
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length }).end(body);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    routes,
    hits,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

// ---- 1. the dev scenario ------------------------------------------------------------------

describe('dev scenario replay', () => {
  it('ends with exactly the expected changes, flagged events and emails', { timeout: 45_000 }, async () => {
    const expected = JSON.parse(readFileSync(join(DEV_SCENARIO, 'expected.json'), 'utf8')) as { changes: { partner: string; level: string }[]; flagged: { partner: string; level: string }[]; emails: Record<string, number> };
    const summary = await replay(DEV_SCENARIO);

    expect(setOf(summary.changes)).toEqual(
      setOf([
        { partner: 'US', level: 'CSP', from: 'CP' },
        { partner: 'FR', level: 'CSP', from: 'SP' },
      ]),
    );
    expect(setOf(summary.changes.map(({ partner, level }) => ({ partner, level })))).toEqual(setOf(expected.changes));
    expect(setOf(summary.flagged)).toEqual(setOf([{ partner: 'KR', level: 'CSP' }, { partner: 'JP', level: 'CSP' }]));
    expect(setOf(summary.flagged)).toEqual(setOf(expected.flagged));
    expect(summary.emails).toEqual(expected.emails);
    expect(summary.failed).toEqual([]);
    expect(summary.articles).toBeGreaterThan(0);
    // One event per (partner, tier), however many articles report it.
    const ids = summary.events.map((e) => `${e.partner}-${e.level}`);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

// ---- 2–6. one system --------------------------------------------------------------------

describe('pipeline on the embedded stack', () => {
  let system: LocalSystem;
  let routes: RouteServer;
  const systemLog = captureLogger();
  const stoppers: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    system = await startSystem({ allowPrivateFetch: true, fastQueue: true, logger: systemLog });
    stoppers.push(() => system.stop());
    routes = await startRouteServer();
    stoppers.push(() => routes.close());
    const registry = baselineRegistry(JSON.parse(readFileSync(BASELINE, 'utf8')), '2022-11-01');
    await system.store.importRegistry(registry);
  });

  afterAll(async () => {
    // In reverse: consumers before the system, the system before the servers it reads.
    for (const stop of stoppers.reverse()) await stop().catch(() => undefined);
  });

  async function sourceState(id: string) {
    const state = (await system.store.getSourceStates()).get(id);
    expect(state, `state of ${id}`).toBeDefined();
    return state!;
  }

  describe('idempotence', () => {
    let fixtures: FixtureServer;

    beforeAll(async () => {
      fixtures = await startFixtureServer(SITE);
      stoppers.push(() => fixtures.close());
    });

    it('polling the same step twice queues nothing new; unchanged feeds are answered 304', async () => {
      const sources = [source('idem-official', `${fixtures.origin}/feeds/official-en.xml`), source('idem-press', `${fixtures.origin}/feeds/press-en.xml`, 'press')];
      const fr = articleIdOf(`${fixtures.origin}/articles/fr-upgrade.html`);
      const weather = articleIdOf(`${fixtures.origin}/articles/weather.html`);

      const first = await system.poll(sources);
      expect(first.sources.map((s) => [s.sourceId, s.result])).toEqual([
        ['idem-official', 'ok'],
        ['idem-press', 'ok'],
      ]);
      // Three items, two articles: the weather page is in both feeds (once with a tracking parameter).
      expect(first.queued).toBe(2);
      await system.drain(30_000);
      const received = system.consumer.stats.received;
      expect((await system.store.getArticle(fr))?.state).toBe('read');
      expect((await system.store.getArticle(weather))?.state).toBe('read');
      const before = {
        fr: await system.store.getEvent('FR-CSP'),
        partner: await system.store.getPartner('FR'),
        articles: setOf(await system.store.scanType('article')),
      };
      expect(before.fr).toMatchObject({ status: 'confirmed', from: 'SP', sourceCount: 1 });
      expect(before.partner.level).toBe('CSP');

      // The same step again: conditional GETs, 304s, nothing parsed, nothing queued, nothing written.
      const notModifiedBefore = fixtures.stats.notModified;
      const statesBefore = await system.store.getSourceStates();
      const second = await system.poll(sources);
      const statesAfter = await system.store.getSourceStates();
      for (const id of ['idem-official', 'idem-press']) expect(statesAfter.get(id)).toEqual(statesBefore.get(id));
      expect(second.queued).toBe(0);
      expect(second.failed).toBe(0);
      expect(second.sources.map((s) => [s.sourceId, s.result, s.queued])).toEqual([
        ['idem-official', 'not-modified', 0],
        ['idem-press', 'not-modified', 0],
      ]);
      expect(fixtures.stats.notModified - notModifiedBefore).toBe(2);
      expect((await sourceState('idem-official')).healthy).toBe(true);

      // Without the ETag (a server that ignores conditional requests): the feed is parsed again,
      // and the conditional put on each article id still queues nothing.
      const state = await sourceState('idem-official');
      delete state.etag;
      await system.store.putSourceState(state);
      const third = await system.poll(sources);
      // Both items are known from this feed's last read: skipped without a claim (a write).
      expect(third.sources.map((s) => [s.sourceId, s.result, s.items, s.queued, s.known])).toEqual([
        ['idem-official', 'ok', 2, 0, 2],
        ['idem-press', 'not-modified', 0, 0, undefined],
      ]);
      expect(third.queued).toBe(0);
      await system.drain(30_000);
      expect(system.consumer.stats.received).toBe(received);
      expect(await system.store.getEvent('FR-CSP')).toEqual(before.fr);
      expect(setOf(await system.store.scanType('article'))).toEqual(before.articles);
    });

    it('a changed feed claims only its new items, and an unchanged one writes nothing', async () => {
      // A feed that grows by one weather page per round, served without validators (no 304).
      let links = ['/articles/weather.html?day=1', '/articles/weather.html?day=2'];
      routes.routes.set('/feeds/growing.xml', (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(routes.origin, 'growing', links));
      });
      const sources = [source('growing', `${routes.origin}/feeds/growing.xml`)];
      // Claims are counted on the real Store (a spy that calls through, not a mock).
      let claims = 0;
      const claim = Store.prototype.claimArticle;
      Store.prototype.claimArticle = function (this: InstanceType<typeof Store>, ...args: Parameters<typeof claim>) {
        claims++;
        return claim.apply(this, args);
      };
      const round = async () => {
        claims = 0;
        const report = await system.poll(sources);
        await system.drain(30_000);
        const s = report.sources[0]!;
        return [s.result, s.queued, s.known, claims];
      };
      try {
        expect(await round()).toEqual(['ok', 2, 0, 2]);
        expect((await sourceState('growing')).pendingIds).toHaveLength(2);

        // One new item: only it is claimed; the two pending ones are found read (a batch read).
        links = [...links, '/articles/weather.html?day=3'];
        expect(await round()).toEqual(['ok', 1, 2, 1]);
        const state = await sourceState('growing');
        expect([state.settledIds?.length, state.pendingIds?.length]).toEqual([2, 1]);

        // The same items again: the last pending one is found read and settled (one write) ...
        expect(await round()).toEqual(['ok', 0, 3, 0]);
        const settled = await sourceState('growing');
        expect([settled.settledIds?.length, settled.pendingIds?.length]).toEqual([3, 0]);
        // ... and then the same feed again costs no claim and no write at all.
        expect(await round()).toEqual(['ok', 0, 3, 0]);
        expect(await sourceState('growing')).toEqual(settled);

        // An item that left the feed is forgotten; one that comes back is not read twice.
        links = links.slice(1);
        expect(await round()).toEqual(['ok', 0, 2, 0]);
        links = ['/articles/weather.html?day=1', ...links];
        expect(await round()).toEqual(['ok', 0, 2, 1]);
      } finally {
        Store.prototype.claimArticle = claim;
        routes.routes.delete('/feeds/growing.xml');
      }
    });

    it('the extract handler given the same SQS message twice leaves the same state', async () => {
      const url = `${fixtures.origin}/articles/jp-upgrade.html`;
      const articleId = articleIdOf(url);
      const queuedAt = new Date().toISOString();
      // As the poller would: claim the article, then queue its message.
      expect(await system.store.claimArticle({ articleId, url, sourceId: 'idem-official', state: 'queued', queuedAt, lang: 'en' })).toBe(true);
      const message: ArticleMessage = {
        articleId,
        url,
        sourceId: 'idem-official',
        sourceLang: 'en',
        trust: 'official',
        feedItem: { title: 'Viet Nam, Japan upgrade relations to Comprehensive Strategic Partnership', link: url },
        queuedAt,
      };
      const handler = makeExtractHandler(() => system.config);
      const record = sqsRecord(JSON.stringify(message), 'jp-upgrade-1', system.consumer.queueArn);
      const snapshot = async () => ({
        article: await system.store.getArticle(articleId),
        detections: await system.store.getDetections(articleId),
        event: await system.store.getEvent('JP-CSP'),
        events: setOf((await system.store.scanType('event')).filter((e) => e.partner === 'JP')),
        partner: await system.store.getPartner('JP'),
        history: await system.store.getPartnerHistory('JP'),
      });

      expect(await handler({ Records: [record] })).toEqual({ batchItemFailures: [] });
      const once = await snapshot();
      expect(once.article?.state).toBe('read');
      expect(once.detections.map((d) => [d.partner, d.level, d.status])).toEqual([['JP', 'CSP', 'announced']]);
      expect(once.event).toMatchObject({ status: 'confirmed', from: 'SP', sourceCount: 1 });
      expect(once.event?.sources.map((s) => s.articleId)).toEqual([articleId]);
      expect(once.partner).toMatchObject({ level: 'CSP' });

      // The same message again, alone, then twice in one batch (at-least-once delivery).
      const twice: SQSEvent = { Records: [{ ...record, receiptHandle: 'receipt-2', attributes: { ...record.attributes, ApproximateReceiveCount: '2' } }] };
      expect(await handler(twice)).toEqual({ batchItemFailures: [] });
      expect(await handler({ Records: [record, { ...record, messageId: 'jp-upgrade-dup' }] })).toEqual({ batchItemFailures: [] });
      const again = await snapshot();
      expect(again).toEqual(once);
      expect(again.events).toHaveLength(1);
      // Exactly one registry change: one detected history entry, from SP to CSP.
      const detected = again.history.filter((h) => h.origin === 'detected');
      expect(detected).toHaveLength(1);
      expect(detected[0]).toMatchObject({ level: 'CSP', from: 'SP', eventId: 'JP-CSP' });
    });
  });

  /**
   * A retried message must finish what its first delivery could not. Here the first delivery
   * loses the optimistic-concurrency race on its event every time (another writer bumps the
   * event's version right after each read; DECISION_ATTEMPTS = 6), so it fails with "too many
   * concurrent updates, will retry"; the retry, with no contention, must fold the detection in.
   */
  describe('retry after a failed event write', () => {
    let fixtures: FixtureServer;
    let url: string;
    let articleId: string;
    let record: SQSRecord;
    const log = captureLogger();
    const handler = makeExtractHandler(() => ({ ...system.config, log }));

    beforeAll(async () => {
      fixtures = await startFixtureServer(SITE);
      stoppers.push(() => fixtures.close());
      url = `${fixtures.origin}/articles/fr-upgrade.html?copy=retry`;
      articleId = articleIdOf(url);
      const queuedAt = new Date().toISOString();
      await system.store.claimArticle({ articleId, url, sourceId: 'retry-press', state: 'queued', queuedAt, lang: 'en' });
      const message: ArticleMessage = { articleId, url, sourceId: 'retry-press', sourceLang: 'en', trust: 'press', feedItem: { link: url }, queuedAt };
      record = sqsRecord(JSON.stringify(message), 'fr-retry-1', system.consumer.queueArn);
    });

    it('the first delivery fails when its event write keeps conflicting', async () => {
      const event = await system.store.getEvent('FR-CSP');
      expect(event?.status).toBe('confirmed'); // from the idempotence test
      // The handlers' own DynamoDB client (the one makeExtractHandler uses): after each read of the
      // FR-CSP event, a concurrent writer (another client) bumps the event's version.
      const client = documentClient();
      const name = 'pw-test-concurrent-writer';
      let bumps = 0;
      client.middlewareStack.add(
        (next, context) => async (args) => {
          const result = await next(args);
          if (context.commandName === 'QueryCommand' && JSON.stringify(args.input).includes('EVENT#FR-CSP')) {
            await system.store.doc.send(
              new UpdateCommand({ TableName: system.resources.tableName, Key: { pk: 'EVENT#FR-CSP', sk: 'META' }, UpdateExpression: 'SET version = version + :one', ExpressionAttributeValues: { ':one': 1 } }),
            );
            bumps++;
          }
          return result;
        },
        { step: 'initialize', name },
      );
      let response: SQSBatchResponse;
      try {
        response = await handler({ Records: [record] });
      } finally {
        client.middlewareStack.remove(name);
      }
      expect(response.batchItemFailures).toEqual([{ itemIdentifier: 'fr-retry-1' }]);
      expect(bumps).toBeGreaterThanOrEqual(6);
      expect(log.lines.find((l) => l.msg === 'message failed')?.fields.error).toMatch(/FR-CSP: too many concurrent updates, will retry/);
      expect((await system.store.getEvent('FR-CSP'))?.sources.map((s) => s.articleId)).not.toContain(articleId);
    });

    // Guards the order in extractArticle: the article is written as 'read' only after its
    // detections are folded into their events, so a retry after a failed decision is not
    // skipped as already read (a lost source, or a lost change and its alert).
    it('the retry folds the detection into its event', async () => {
      const retry = { ...record, receiptHandle: 'receipt-retry', attributes: { ...record.attributes, ApproximateReceiveCount: '2' } };
      expect(await handler({ Records: [retry] })).toEqual({ batchItemFailures: [] });
      const event = await system.store.getEvent('FR-CSP');
      expect(event?.sources.map((s) => s.articleId)).toContain(articleId);
      expect(event).toMatchObject({ status: 'confirmed', sourceCount: 2 });
    });
  });

  // ---- 3. bad feeds -----------------------------------------------------------------------

  it('one poll round with broken feeds marks each unhealthy with its reason and reads the healthy one', async () => {
    const o = routes.origin;
    const feed = (body: string, type = 'application/rss+xml; charset=utf-8'): Route => (_req, res) => void res.writeHead(200, { 'content-type': type }).end(body);
    routes.routes.set('/bad/healthy.xml', feed(rss(o, 'Healthy', ['/articles/weather.html', '/articles/weather.html?edition=2'])));
    routes.routes.set('/bad/500.xml', (_req, res) => void res.writeHead(500, { 'content-type': 'text/plain' }).end('internal error'));
    const hanging: ServerResponse[] = [];
    routes.routes.set('/bad/hang.xml', (_req, res) => void hanging.push(res)); // headers never come
    routes.routes.set('/bad/invalid.xml', feed('<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Broken</title><item><title>An item</title></channel></rss>'));
    routes.routes.set('/bad/html.xml', feed('<!DOCTYPE html><html><head><title>Our feeds have moved</title></head><body><p>See our new site.</p></body></html>', 'text/html; charset=utf-8'));
    routes.routes.set('/bad/huge.xml', (_req, res) => {
      // 10 MB, chunked (no Content-Length): the cap must hold while streaming.
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.write('<?xml version="1.0"?><rss version="2.0"><channel><title>Huge</title><description>');
      const chunk = Buffer.alloc(1024 * 1024, 'x');
      for (let i = 0; i < 10; i++) res.write(chunk);
      res.end('</description></channel></rss>');
    });
    routes.routes.set('/bad/loop-a.xml', (_req, res) => void res.writeHead(302, { location: '/bad/loop-b.xml' }).end());
    routes.routes.set('/bad/loop-b.xml', (_req, res) => void res.writeHead(302, { location: `${o}/bad/loop-a.xml` }).end());

    const sources = [
      source('feed-healthy', `${o}/bad/healthy.xml`),
      source('feed-500', `${o}/bad/500.xml`),
      source('feed-hang', `${o}/bad/hang.xml`),
      source('feed-invalid-xml', `${o}/bad/invalid.xml`),
      source('feed-html', `${o}/bad/html.xml`),
      source('feed-huge', `${o}/bad/huge.xml`),
      source('feed-redirect-loop', `${o}/bad/loop-a.xml`),
      source('feed-private', 'http://10.0.0.1/feed.xml'),
    ];
    const expectedReasons: Record<string, RegExp> = {
      'feed-500': /^http-status: .*\/bad\/500\.xml answered 500/,
      'feed-hang': /^timeout: no complete answer from 127\.0\.0\.1:\d+ within 1500 ms/,
      'feed-invalid-xml': /^invalid-xml: /,
      'feed-html': /^not-a-feed: an HTML page, not a feed/,
      'feed-huge': /^too-large: .*over the 5242880-byte limit/,
      'feed-redirect-loop': /^redirect-loop: .*loop-b\.xml redirects back to .*loop-a\.xml/,
      'feed-private': /^blocked-address: 10\.0\.0\.1 is a private address/,
    };

    // The private-address guard is ON (allowPrivate off). Only the test server's own loopback
    // address is allow-listed, standing in for "the public internet".
    const fetch: Fetcher = (url, opts) => fetchResource(url, { ...opts, allowAddresses: ['127.0.0.1'] });
    // Every HTTP request this process starts, to show that 10.0.0.1 is refused before any connection.
    const requested: string[] = [];
    const onRequest = (message: unknown): void => {
      const req = (message as { request: ClientRequest }).request;
      requested.push(String(req.host));
    };
    diagnostics.subscribe('http.client.request.start', onRequest);
    const log = captureLogger();
    const started = new Date().toISOString();
    let report: Awaited<ReturnType<typeof pollSources>>;
    try {
      report = await pollSources(
        sources,
        { store: system.store, queue: new SqsArticleQueue(system.sqs, system.resources.queueUrl), fetch },
        { allowPrivate: false, fetchTimeoutMs: 1500, log },
      );
    } finally {
      diagnostics.unsubscribe('http.client.request.start', onRequest);
      for (const res of hanging) res.destroy();
    }
    expect(requested.length).toBeGreaterThan(0);
    expect(requested).not.toContain('10.0.0.1');

    expect(report.failed).toBe(7);
    expect(report.queued).toBe(2);
    const outcome = new Map(report.sources.map((s) => [s.sourceId, s]));
    expect(outcome.get('feed-healthy')).toMatchObject({ result: 'ok', items: 2, queued: 2 });

    const states = await system.store.getSourceStates();
    for (const [id, reason] of Object.entries(expectedReasons)) {
      expect(outcome.get(id), id).toMatchObject({ result: 'failed', queued: 0 });
      expect(outcome.get(id)?.error, id).toMatch(reason);
      const state = states.get(id);
      expect(state, id).toMatchObject({ healthy: false, consecutiveFailures: 1 });
      expect(state?.lastError, id).toMatch(reason);
      expect(state?.lastErrorAt ?? '', id).not.toBe('');
      expect((state?.lastErrorAt ?? '') >= started, id).toBe(true);
      expect(Date.parse(state!.nextPollAfter!), id).toBeGreaterThan(Date.now());
      expect(log.lines.some((l) => l.level === 'warn' && l.msg === 'source failed' && l.fields.sourceId === id), id).toBe(true);
    }
    expect(states.get('feed-healthy')).toMatchObject({ healthy: true, consecutiveFailures: 0, itemsSeen: 2 });
    expect(states.get('feed-healthy')?.lastError).toBeUndefined();

    // The healthy source's items were queued and read.
    await system.drain(30_000);
    for (const link of ['/articles/weather.html', '/articles/weather.html?edition=2']) {
      const article = await system.store.getArticle(articleIdOf(`${o}${link}`));
      expect(article, link).toMatchObject({ state: 'read', sourceId: 'feed-healthy', title: 'Cold spell brings frost to northern mountain provinces' });
    }
  });

  it('stops starting sources before the function times out; the deferred ones go first next round', async () => {
    // Three feeds; the first answers slowly. One at a time, the round may start sources only
    // in its first 300 ms, so the slow one uses it up and the two others are deferred.
    const feeds = ['/deadline/a.xml', '/deadline/b.xml', '/deadline/c.xml'];
    feeds.forEach((path, i) =>
      routes.routes.set(path, (_req, res) => {
        const send = () => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(routes.origin, `Deadline ${i}`, [`/articles/weather.html?edition=deadline-${i}`]));
        if (i === 0) setTimeout(send, 600);
        else send();
      }),
    );
    const sources = feeds.map((path, i) => source(`deadline-${'abc'[i]}`, `${routes.origin}${path}`));
    const deps = { store: system.store, queue: new SqsArticleQueue(system.sqs, system.resources.queueUrl), fetch: fetchResource };
    const opts = { allowPrivate: true, concurrency: 1, log: captureLogger() };
    const first = await pollSources(sources, deps, { ...opts, startBefore: Date.now() + 300 });
    expect(first.sources.map((o) => [o.sourceId, o.result])).toEqual([
      ['deadline-a', 'ok'],
      ['deadline-b', 'deferred'],
      ['deadline-c', 'deferred'],
    ]);
    // Nothing is written for a deferred source: it has no state yet.
    const states = await system.store.getSourceStates();
    expect(['deadline-b', 'deadline-c'].map((id) => states.has(id))).toEqual([false, false]);
    expect(opts.log.lines.some((l) => l.level === 'warn' && l.fields.deferred === 2)).toBe(true);

    // Next round, same budget: the sources never polled go first, so nobody starves.
    const second = await pollSources(sources, deps, { ...opts, startBefore: Date.now() + 300 });
    expect(second.sources.map((o) => [o.sourceId, o.result])).toEqual([
      ['deadline-b', 'ok'],
      ['deadline-c', 'ok'],
      ['deadline-a', 'ok'],
    ]);

    // The Lambda handler derives the limit from the invocation's remaining time.
    const handler = makePollHandler(() => system.config, () => sources);
    const late = await handler({}, { getRemainingTimeInMillis: () => POLL_FINISH_MS - 1 });
    expect(late.sources.every((o) => o.result === 'deferred')).toBe(true);
    for (const path of feeds) routes.routes.delete(path);
    await system.drain(30_000);
  });

  // ---- 4. backoff and recovery -------------------------------------------------------------

  it('backs off longer after each failure, skips a backing-off source, and recovers', async () => {
    let down = true;
    const path = '/flaky/feed.xml';
    routes.routes.set(path, (_req, res) => {
      if (down) res.writeHead(503, { 'content-type': 'text/plain' }).end('maintenance');
      else res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(rss(routes.origin, 'Flaky', ['/articles/weather.html?edition=flaky']));
    });
    const flaky = [source('feed-flaky', `${routes.origin}${path}`)];
    const gap = (s: { lastErrorAt?: string; nextPollAfter?: string }): number => Date.parse(s.nextPollAfter!) - Date.parse(s.lastErrorAt!);

    system.config.ignoreBackoff = false;
    try {
      const first = await system.poll(flaky);
      expect(first.sources[0]).toMatchObject({ result: 'failed', error: expect.stringMatching(/answered 503/) });
      const once = await sourceState('feed-flaky');
      expect(once).toMatchObject({ healthy: false, consecutiveFailures: 1 });
      // nextPollAfter counts from the failure, lastErrorAt is the poll's start: a few ms apart.
      expect(gap(once)).toBeGreaterThanOrEqual(backoffMs(1));
      expect(gap(once)).toBeLessThan(backoffMs(2));

      // A manual poll (ignoring the backoff) that fails again: a longer wait.
      system.config.ignoreBackoff = true;
      await system.poll(flaky);
      const twice = await sourceState('feed-flaky');
      expect(twice).toMatchObject({ healthy: false, consecutiveFailures: 2 });
      expect(gap(twice)).toBeGreaterThan(gap(once));
      expect(gap(twice)).toBeGreaterThanOrEqual(backoffMs(2));
      expect(twice.lastError).toMatch(/^http-status: .*answered 503/);

      // The scheduled poll respects the backoff: no request, state untouched.
      system.config.ignoreBackoff = false;
      const hits = routes.hits.get(path);
      const skipped = await system.poll(flaky);
      expect(skipped.sources[0]).toMatchObject({ sourceId: 'feed-flaky', result: 'backing-off', queued: 0 });
      expect(routes.hits.get(path)).toBe(hits);
      expect(await sourceState('feed-flaky')).toEqual(twice);

      // It recovers.
      down = false;
      system.config.ignoreBackoff = true;
      const recovered = await system.poll(flaky);
      expect(recovered.sources[0]).toMatchObject({ result: 'ok', items: 1, queued: 1 });
      const healthy = await sourceState('feed-flaky');
      expect(healthy).toMatchObject({ healthy: true, consecutiveFailures: 0 });
      expect(healthy.lastError).toBeUndefined();
      expect(healthy.nextPollAfter).toBeUndefined();
      expect(Date.parse(healthy.lastSuccessAt!)).toBeGreaterThan(Date.parse(twice.lastErrorAt!) - 1);
      await system.drain(30_000);
      expect((await system.store.getArticle(articleIdOf(`${routes.origin}/articles/weather.html?edition=flaky`)))?.state).toBe('read');
    } finally {
      system.config.ignoreBackoff = false;
    }
  });

  // ---- 5. broken articles --------------------------------------------------------------------

  it('a broken page fails its message alone, which ends in the DLQ; the rest of the batch is read', async () => {
    const o = routes.origin;
    routes.routes.set('/junk/page.html', (_req, res) => {
      // Binary junk sent as HTML: a PNG header and bytes that are no text in any charset.
      const junk = Buffer.alloc(64 * 1024);
      for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919 + (i >> 3)) % 256;
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]).copy(junk);
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': junk.length }).end(junk);
    });
    routes.routes.set('/broken/feed.xml', (_req, res) =>
      void res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(rss(o, 'Broken pages', ['/articles/missing.html', '/junk/page.html', '/articles/kr-upgrade.html'])),
    );
    const ids = {
      missing: articleIdOf(`${o}/articles/missing.html`),
      junk: articleIdOf(`${o}/junk/page.html`),
      good: articleIdOf(`${o}/articles/kr-upgrade.html`),
    };
    const bad = new Set([ids.missing, ids.junk]);

    // A queue pair of its own, with a short visibility timeout, and the product's redrive count.
    const queue = await ensureQueuePair(system.sqs, {
      name: 'pw-test-broken-articles',
      dlqName: 'pw-test-broken-articles-dlq',
      maxReceiveCount: ARTICLES_QUEUE.maxReceiveCount,
      visibilityTimeoutSeconds: 1,
      dlqRetentionSeconds: 3600,
    });
    const polled = await pollSources([source('feed-broken-pages', `${o}/broken/feed.xml`)], { store: system.store, queue: new SqsArticleQueue(system.sqs, queue.queueUrl), fetch: fetchResource }, { allowPrivate: true });
    expect(polled.queued).toBe(3);

    const log = captureLogger();
    const config: PipelineConfig = { ...system.config, queueUrl: queue.queueUrl, log };
    const extract = makeExtractHandler(() => config);
    const batches: { records: SQSRecord[]; response: SQSBatchResponse }[] = [];
    const consumer = await startSqsConsumer({
      sqs: system.sqs,
      queueUrl: queue.queueUrl,
      batchSize: ARTICLES_QUEUE.batchSize,
      waitTimeSeconds: 0,
      idlePollMs: 50,
      onError: (err) => log.error('consumer', { error: String(err) }),
      handler: async (event) => {
        const response = await extract(event);
        batches.push({ records: event.Records, response });
        return response;
      },
    });
    stoppers.push(() => consumer.stop());

    const dlqBodies: string[] = [];
    await until(
      async () => {
        const res = await system.sqs.send(new ReceiveMessageCommand({ QueueUrl: queue.dlqUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 0, VisibilityTimeout: 60 }));
        dlqBodies.push(...(res.Messages ?? []).map((m) => m.Body ?? ''));
        return dlqBodies.length >= 2;
      },
      'both broken pages in the DLQ',
      30_000,
      100,
    );
    await consumer.drain({ timeoutMs: 20_000 });
    await consumer.stop();

    // The DLQ holds exactly the two broken pages' messages.
    expect(dlqBodies.map((b) => (JSON.parse(b) as ArticleMessage).articleId).sort()).toEqual([...bad].sort());

    // Each failed receive was reported alone: the failures name only the broken pages' messages.
    const idOf = (r: SQSRecord): string => (JSON.parse(r.body) as ArticleMessage).articleId;
    for (const { records, response } of batches) {
      const failed = new Set(response.batchItemFailures.map((f) => f.itemIdentifier));
      expect(records.filter((r) => failed.has(r.messageId)).map(idOf).sort()).toEqual(records.map(idOf).filter((id) => bad.has(id)).sort());
    }
    const receives = (id: string): string[] => batches.flatMap((b) => b.records.filter((r) => idOf(r) === id).map((r) => r.attributes.ApproximateReceiveCount));
    const all = Array.from({ length: ARTICLES_QUEUE.maxReceiveCount }, (_, i) => String(i + 1));
    expect(receives(ids.missing)).toEqual(all);
    expect(receives(ids.junk)).toEqual(all);
    expect(receives(ids.good)).toEqual(['1']);
    // The first batch had all three: the good page was read in a batch that also failed.
    expect(batches[0]?.records.map(idOf).sort()).toEqual([ids.missing, ids.junk, ids.good].sort());
    expect(consumer.stats).toMatchObject({ succeeded: 1, failed: 2 * ARTICLES_QUEUE.maxReceiveCount, handlerErrors: 0 });

    // The good page: read, its detection stored.
    expect(await system.store.getArticle(ids.good)).toMatchObject({ state: 'read' });
    expect((await system.store.getDetections(ids.good)).map((d) => [d.partner, d.level, d.status])).toEqual([['KR', 'CSP', 'announced']]);
    // The broken ones: failed, with the reason, once per receive.
    expect(await system.store.getArticle(ids.missing)).toMatchObject({ state: 'failed', attempts: ARTICLES_QUEUE.maxReceiveCount, error: expect.stringMatching(/^http-status: .*\/articles\/missing\.html answered 404/) });
    expect(await system.store.getArticle(ids.junk)).toMatchObject({ state: 'failed', attempts: ARTICLES_QUEUE.maxReceiveCount, error: expect.stringMatching(/^not-text: /) });
    expect(log.lines.filter((l) => l.msg === 'message failed')).toHaveLength(2 * ARTICLES_QUEUE.maxReceiveCount);
  });

  // ---- 6. malformed queue messages -----------------------------------------------------------

  it('a malformed queue message fails only itself, with a clear reason in the log', async () => {
    const log = captureLogger();
    const handler = makeExtractHandler(() => ({ ...system.config, log }));
    const arn = system.consumer.queueArn;
    // A valid message for an article already read: handled (skipped) without error.
    const read = (await system.store.scanType('article')).find((a) => a.state === 'read' && typeof a.url === 'string');
    expect(read).toBeDefined();
    const valid: ArticleMessage = { articleId: String(read!.articleId), url: String(read!.url), sourceId: String(read!.sourceId), sourceLang: 'en', trust: 'official', feedItem: {}, queuedAt: new Date().toISOString() };
    const records = [
      sqsRecord('{"articleId": "not json', 'm-not-json', arn),
      sqsRecord(JSON.stringify(valid), 'm-valid', arn),
      sqsRecord(JSON.stringify({ url: valid.url, sourceId: 's', sourceLang: 'en', trust: 'official', queuedAt: valid.queuedAt }), 'm-no-id', arn),
      sqsRecord(JSON.stringify({ ...valid, trust: 'tabloid' }), 'm-bad-trust', arn),
      sqsRecord(JSON.stringify({ ...valid, url: 'file:///etc/passwd' }), 'm-bad-url', arn),
    ];
    const response = await handler({ Records: records });

    expect(response.batchItemFailures).toEqual([{ itemIdentifier: 'm-not-json' }, { itemIdentifier: 'm-no-id' }, { itemIdentifier: 'm-bad-trust' }, { itemIdentifier: 'm-bad-url' }]);
    const reasons = new Map(log.lines.filter((l) => l.level === 'warn' && l.msg === 'message failed').map((l) => [l.fields.messageId, String(l.fields.error)]));
    expect(reasons.get('m-not-json')).toBe('message body is not JSON');
    expect(reasons.get('m-no-id')).toMatch(/^invalid article message: articleId: /);
    expect(reasons.get('m-bad-trust')).toMatch(/^invalid article message: trust: /);
    expect(reasons.get('m-bad-url')).toMatch(/^invalid article message: url: /);
    expect(reasons.has('m-valid')).toBe(false);
    expect(reasons.size).toBe(4);
  });
});
