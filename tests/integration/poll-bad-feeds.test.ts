/**
 * Hostile and broken feeds at the poll level: the real poller (`pollSources`) on the embedded
 * stack (DynamoDB Local for claims and source health, the SQS emulator for the queue), feeds
 * served by a loopback HTTP server and fetched with `allowPrivate`, as in pipeline.test.ts.
 *
 * One round polls every source side by side; each test below checks one case of that round.
 * The articles go to a queue pair of this file's own that nobody consumes, so every message
 * the poller sent can be counted and read. Fixtures are generated here (no files).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { DeleteMessageBatchCommand, ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqsArticleQueue } from '@pw/aws';
import { articleIdOf, DEFAULT_MAX_ITEMS, fetchResource, parseSources, pollSources, type ArticleMessage, type Logger, type PollReport, type Source, type SourceOutcome } from '@pw/core';
import { ensureQueuePair } from '../../packages/local/src/stack/index';
import { startSystem, type LocalSystem } from '../../packages/local/src/system';

// ---- fixtures ---------------------------------------------------------------------------

const HUGE_ITEMS = 100_000;
/** The fetcher's default body cap (5 MB), after decompression. */
const FETCH_CAP = 5 * 1024 * 1024;

const RSS_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>T</title><link>/</link><description>d</description>\n';
const RSS_TAIL = '</channel></rss>\n';
const rss = (items: string[]): string => `${RSS_HEAD}${items.join('\n')}\n${RSS_TAIL}`;
const item = (fields: string): string => `<item>${fields}</item>`;

/**
 * 100 000 items, each as small as an item can be (a relative link), so that the document stays
 * under the fetcher's 5 MB cap and the parser's item cap is what bounds the poll.
 */
function hugeFeed(): string {
  const items: string[] = [];
  for (let i = 0; i < HUGE_ITEMS; i++) items.push(`<item><link>/h/${i}</link></item>`);
  const doc = rss(items);
  expect(doc.length).toBeLessThan(FETCH_CAP);
  return doc;
}

/** Items without a usable link next to two valid ones. */
const BAD_LINKS_RSS = rss([
  item('<title>valid one</title><link>/articles/links-ok-1.html</link>'),
  item('<title>no link at all</title><description>nothing to follow</description>'),
  item('<title>no link, a guid that is no permalink</title><guid isPermaLink="false">tag:example.org,2024:1</guid>'),
  item('<title>empty link</title><link>   </link>'),
  item('<title>javascript</title><link>javascript:alert(document.cookie)</link>'),
  item('<title>JavaScript, upper case and padded</title><link>  JAVASCRIPT:alert(1)</link>'),
  item('<title>javascript in the guid</title><guid isPermaLink="true">javascript:alert(2)</guid>'),
  item('<title>data</title><link>data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==</link>'),
  item('<title>vbscript</title><link>vbscript:msgbox(1)</link>'),
  item('<title>file</title><link>file:///etc/passwd</link>'),
  item('<title>mailto</title><link>mailto:editor@example.org</link>'),
  item('<title>valid two</title><link>/articles/links-ok-2.html</link>'),
]);

const BAD_LINKS_ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><id>urn:a</id><updated>2024-12-19T00:00:00Z</updated>
<entry><title>js</title><id>urn:e1</id><link href="javascript:alert(1)"/></entry>
<entry><title>data</title><id>data:text/html,x</id><link rel="alternate" href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;"/></entry>
<entry><title>none</title><id>urn:e3</id></entry>
<entry><title>valid</title><id>urn:e4</id><link href="/articles/links-ok-atom.html"/></entry>
</feed>
`;

const BAD_LINKS_JSON = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'J',
  items: [
    { id: 'j1', url: 'javascript:alert(1)', title: 'js' },
    { id: 'j2', url: 'data:text/plain,hi', title: 'data' },
    { id: 'j3', title: 'no url' },
    { id: 'j4', url: '/articles/links-ok-json.html', title: 'valid' },
  ],
});

/** Path → the pubDate it carries, and the date the poller should keep (undefined: none). */
const DATED: [string, string, string | undefined][] = [
  ['/articles/date-2100.html', 'Fri, 01 Jan 2100 00:00:00 GMT', undefined],
  ['/articles/date-9999.html', '9999-12-31T23:59:59Z', undefined],
  ['/articles/date-1970.html', 'Thu, 01 Jan 1970 00:00:00 GMT', undefined],
  ['/articles/date-1989.html', 'Sun, 31 Dec 1989 23:59:59 GMT', undefined],
  ['/articles/date-0000.html', '0000-01-01T00:00:00Z', undefined],
  ['/articles/date-garbage.html', 'the day after tomorrow', undefined],
  ['/articles/date-ok.html', 'Thu, 19 Dec 2024 08:00:00 GMT', '2024-12-19T08:00:00.000Z'],
];
const BAD_DATES_RSS = rss(DATED.map(([path, date]) => item(`<title>${path}</title><link>${path}</link><pubDate>${date}</pubDate>`)));

/** The item every dup-* feed carries, spelled differently each time (the same canonical link). */
const SHARED = '/articles/shared.html';
const SHARED_GUID = 'tag:example.org,2024:shared';
const DUP_A = rss([item(`<title>shared</title><link>${SHARED}</link><guid isPermaLink="false">${SHARED_GUID}</guid>`), item('<title>only a</title><link>/articles/only-a.html</link>')]);
const DUP_B = rss([item(`<title>shared</title><link>${SHARED}?utm_source=rss&amp;utm_medium=feed#comments</link><guid isPermaLink="false">${SHARED_GUID}</guid>`), item('<title>only b</title><link>/articles/only-b.html</link>')]);
/** Next round only: the same item known by its permalink GUID alone (no <link>). */
const dupC = (origin: string) => rss([item(`<title>shared again</title><guid isPermaLink="true">${origin}${SHARED}</guid>`), item('<title>only c</title><link>/articles/only-c.html</link>')]);

const HEALTHY_RSS = rss([item('<title>h1</title><link>/articles/healthy-1.html</link>'), item('<title>h2</title><link>/articles/healthy-2.html</link>')]);

/** The classic entity-expansion bomb: ten levels of ten, 10^9 "lol"s if expanded. */
function billionLaughs(): string {
  const levels = ['<!ENTITY lol0 "lol">'];
  for (let i = 1; i <= 9; i++) levels.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
  return `<?xml version="1.0"?>\n<!DOCTYPE rss [\n${levels.join('\n')}\n]>\n<rss version="2.0"><channel><title>&lol9;</title><description>&lol9;</description><item><title>&lol9;</title><link>/articles/laughs.html</link></item></channel></rss>\n`;
}

/** An external entity (XXE) that would read a local file. */
const XXE = `<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<rss version="2.0"><channel><title>&xxe;</title><item><title>&xxe;</title><link>/articles/xxe.html</link></item></channel></rss>\n`;

/**
 * A gzip bomb: a feed's first bytes, then 256 gzip members of 1 MiB of spaces each (gunzip
 * reads concatenated members as one stream). About 300 kB on the wire, 256 MiB decoded.
 */
function gzipBomb(): Buffer {
  const mib = Buffer.alloc(1024 * 1024, 0x20);
  const head = gzipSync(Buffer.concat([Buffer.from(`${RSS_HEAD}<item><title>`), mib]));
  const member = gzipSync(mib);
  const bomb = Buffer.concat([head, ...Array.from({ length: 255 }, () => member)]);
  expect(bomb.length).toBeLessThan(FETCH_CAP / 4);
  return bomb;
}

// ---- the feed server --------------------------------------------------------------------

type Route = (req: IncomingMessage, res: ServerResponse) => void;

interface FeedServer {
  origin: string;
  routes: Map<string, Route>;
  close(): Promise<void>;
}

async function startFeedServer(): Promise<FeedServer> {
  const routes = new Map<string, Route>();
  const server: Server = createServer((req, res) => {
    // A client that stops reading a bomb resets the connection: not an error here.
    res.on('error', () => undefined);
    const route = routes.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (route) route(req, res);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    routes,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

const serve =
  (body: string | Buffer, headers: Record<string, string> = {}): Route =>
  (req, res) => {
    if (headers.etag && req.headers['if-none-match'] === headers.etag) return void res.writeHead(304, { etag: headers.etag }).end();
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', ...headers }).end(body);
  };

// ---- helpers ----------------------------------------------------------------------------

function source(id: string, feed: string): Source {
  const [s] = parseSources([{ id, name: id, lang: 'en', trust: 'press', feed, homepage: new URL('/', feed).href }]);
  return s!;
}

function captureLogger(): Logger & { lines: { level: string; msg: string; fields: Record<string, unknown> }[] } {
  const lines: { level: string; msg: string; fields: Record<string, unknown> }[] = [];
  const at = (level: string) => (msg: string, fields: Record<string, unknown> = {}) => void lines.push({ level, msg, fields });
  return { lines, info: at('info'), warn: at('warn'), error: at('error') };
}

// ---- one round, side by side --------------------------------------------------------------

describe('poll: bad feeds side by side on the embedded stack', () => {
  let system: LocalSystem;
  let feeds: FeedServer;
  let queueUrl: string;
  const log = captureLogger();
  /** Every message the poller sent, over both rounds. */
  const sent: ArticleMessage[] = [];
  let round1: PollReport;
  let started: string;

  const outcome = (report: PollReport, id: string): SourceOutcome => {
    const o = report.sources.find((s) => s.sourceId === id);
    expect(o, id).toBeDefined();
    return o!;
  };
  const messagesFrom = (sourceId: string) => sent.filter((m) => m.sourceId === sourceId);
  const url = (path: string) => `${feeds.origin}${path}`;
  const queuedPaths = (sourceId: string) => messagesFrom(sourceId).map((m) => new URL(m.url).pathname).sort();

  /** Receives (and deletes) everything on the test queue. Nobody else reads it. */
  async function takeQueued(): Promise<ArticleMessage[]> {
    const out: ArticleMessage[] = [];
    for (;;) {
      const res = await system.sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 0, VisibilityTimeout: 300 }));
      const batch = res.Messages ?? [];
      if (!batch.length) return out;
      out.push(...batch.map((m) => JSON.parse(m.Body ?? '') as ArticleMessage));
      await system.sqs.send(new DeleteMessageBatchCommand({ QueueUrl: queueUrl, Entries: batch.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle! })) }));
    }
  }

  async function poll(sources: Source[]): Promise<PollReport> {
    const report = await pollSources(sources, { store: system.store, queue: new SqsArticleQueue(system.sqs, queueUrl), fetch: fetchResource }, { allowPrivate: true, log });
    sent.push(...(await takeQueued()));
    return report;
  }

  const ROUND1 = ['huge', 'bad-links-rss', 'bad-links-atom', 'bad-links-json', 'bad-dates', 'dup-a', 'dup-b', 'billion-laughs', 'xxe', 'gzip-bomb', 'healthy'];

  beforeAll(async () => {
    system = await startSystem({ allowPrivateFetch: true, fastQueue: true });
    feeds = await startFeedServer();
    const queue = await ensureQueuePair(system.sqs, { name: 'pw-test-bad-feeds', dlqName: 'pw-test-bad-feeds-dlq', maxReceiveCount: 5, visibilityTimeoutSeconds: 300, dlqRetentionSeconds: 3600 });
    queueUrl = queue.queueUrl;

    const r = feeds.routes;
    r.set('/feeds/huge.xml', serve(hugeFeed()));
    r.set('/feeds/bad-links.xml', serve(BAD_LINKS_RSS));
    r.set('/feeds/bad-links.atom', serve(BAD_LINKS_ATOM, { 'content-type': 'application/atom+xml' }));
    r.set('/feeds/bad-links.json', serve(BAD_LINKS_JSON, { 'content-type': 'application/feed+json' }));
    r.set('/feeds/bad-dates.xml', serve(BAD_DATES_RSS));
    // dup-a answers 304 to its ETag; dup-b has no validators and is read in full every round.
    r.set('/feeds/dup-a.xml', serve(DUP_A, { etag: '"dup-a-1"' }));
    r.set('/feeds/dup-b.xml', serve(DUP_B));
    r.set('/feeds/dup-c.xml', serve(dupC(feeds.origin)));
    r.set('/feeds/laughs.xml', serve(billionLaughs()));
    r.set('/feeds/xxe.xml', serve(XXE));
    r.set('/feeds/bomb.xml', serve(gzipBomb(), { 'content-encoding': 'gzip' }));
    r.set('/feeds/healthy.xml', serve(HEALTHY_RSS));

    const paths: Record<string, string> = {
      huge: '/feeds/huge.xml',
      'bad-links-rss': '/feeds/bad-links.xml',
      'bad-links-atom': '/feeds/bad-links.atom',
      'bad-links-json': '/feeds/bad-links.json',
      'bad-dates': '/feeds/bad-dates.xml',
      'dup-a': '/feeds/dup-a.xml',
      'dup-b': '/feeds/dup-b.xml',
      'billion-laughs': '/feeds/laughs.xml',
      xxe: '/feeds/xxe.xml',
      'gzip-bomb': '/feeds/bomb.xml',
      healthy: '/feeds/healthy.xml',
    };
    started = new Date().toISOString();
    round1 = await poll(ROUND1.map((id) => source(id, url(paths[id]!))));
  });

  afterAll(async () => {
    await feeds?.close().catch(() => undefined);
    await system?.stop();
  });

  it('the round finishes with an outcome per source and no error logged', () => {
    expect(round1.sources.map((s) => s.sourceId)).toEqual(ROUND1);
    expect(round1.sources.filter((s) => s.result === 'failed').map((s) => s.sourceId).sort()).toEqual(['billion-laughs', 'gzip-bomb', 'xxe']);
    expect(round1.failed).toBe(3);
    expect(round1.queued).toBe(sent.length);
    expect(log.lines.filter((l) => l.level === 'error')).toEqual([]);
  });

  it('a feed of 100 000 items: at most the parser cap is claimed and queued, the source stays healthy', async () => {
    expect(DEFAULT_MAX_ITEMS).toBe(500);
    expect(outcome(round1, 'huge')).toMatchObject({ result: 'ok', items: DEFAULT_MAX_ITEMS, queued: DEFAULT_MAX_ITEMS });
    // The first 500 in document order (feeds put the newest first), each once.
    const queued = messagesFrom('huge').map((m) => new URL(m.url).pathname);
    expect(queued).toHaveLength(DEFAULT_MAX_ITEMS);
    expect(new Set(queued)).toEqual(new Set(Array.from({ length: DEFAULT_MAX_ITEMS }, (_, i) => `/h/${i}`)));
    // Claims: exactly the queued ones.
    const claims = (await system.store.scanType('article')).filter((a) => a.sourceId === 'huge');
    expect(claims).toHaveLength(DEFAULT_MAX_ITEMS);
    expect(await system.store.getArticle(articleIdOf(url(`/h/${DEFAULT_MAX_ITEMS}`)))).toBeUndefined();
    expect(await system.store.getArticle(articleIdOf(url(`/h/${HUGE_ITEMS - 1}`)))).toBeUndefined();
    const state = (await system.store.getSourceStates()).get('huge');
    expect(state).toMatchObject({ healthy: true, consecutiveFailures: 0, itemsSeen: DEFAULT_MAX_ITEMS });
    expect(state?.lastError).toBeUndefined();
    // The sources polled beside it were read normally.
    expect(outcome(round1, 'healthy')).toMatchObject({ result: 'ok', items: 2, queued: 2 });
    expect(outcome(round1, 'bad-dates')).toMatchObject({ result: 'ok', queued: DATED.length });
  });

  it('items without a link or with javascript:/data:/other non-http links are never queued; the valid ones are', async () => {
    expect(outcome(round1, 'bad-links-rss')).toMatchObject({ result: 'ok', items: 2, queued: 2 });
    expect(queuedPaths('bad-links-rss')).toEqual(['/articles/links-ok-1.html', '/articles/links-ok-2.html']);
    expect(outcome(round1, 'bad-links-atom')).toMatchObject({ result: 'ok', items: 1, queued: 1 });
    expect(queuedPaths('bad-links-atom')).toEqual(['/articles/links-ok-atom.html']);
    expect(outcome(round1, 'bad-links-json')).toMatchObject({ result: 'ok', items: 1, queued: 1 });
    expect(queuedPaths('bad-links-json')).toEqual(['/articles/links-ok-json.html']);
    // Nothing anywhere (queue or table) points outside http(s).
    for (const m of sent) expect(m.url, m.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    const stored = (await system.store.scanType('article')).map((a) => String(a.url));
    for (const u of stored) expect(u, u).toMatch(/^https?:\/\//);
    for (const id of ['bad-links-rss', 'bad-links-atom', 'bad-links-json']) expect((await system.store.getSourceStates()).get(id)).toMatchObject({ healthy: true });
  });

  it('items dated in the far future or before 1990 are queued, without an invented date', async () => {
    expect(outcome(round1, 'bad-dates')).toMatchObject({ result: 'ok', items: DATED.length, queued: DATED.length });
    const byPath = new Map(messagesFrom('bad-dates').map((m) => [new URL(m.url).pathname, m]));
    expect([...byPath.keys()].sort()).toEqual(DATED.map(([p]) => p).sort());
    for (const [path, raw, kept] of DATED) {
      const message = byPath.get(path)!;
      const article = await system.store.getArticle(message.articleId);
      expect(article, path).toMatchObject({ state: 'queued', sourceId: 'bad-dates', title: path });
      if (kept === undefined) {
        // No date at all rather than a wrong one: neither on the claim nor in the message.
        expect(article?.published, `${path} (${raw})`).toBeUndefined();
        expect(message.feedItem.isoDate, `${path} (${raw})`).toBeUndefined();
        expect(message.feedItem.pubDate, `${path} (${raw})`).toBeUndefined();
      } else {
        expect(article?.published, path).toBe(kept);
        expect(message.feedItem.isoDate, path).toBe(kept);
      }
    }
  });

  it('the same item in two feeds of a round, and again next round, is queued exactly once', async () => {
    const shared = articleIdOf(url(SHARED));
    const sharedMessages = () => sent.filter((m) => m.articleId === shared);
    expect(sharedMessages()).toHaveLength(1);
    const winner = sharedMessages()[0]!.sourceId;
    expect(['dup-a', 'dup-b']).toContain(winner);
    // The tracking parameters and the fragment are not part of the article's identity.
    expect(sharedMessages()[0]!.url).toBe(url(SHARED));
    // Both feeds were read in full; the loser's claim failed, so it queued only its own item.
    expect(outcome(round1, 'dup-a')).toMatchObject({ result: 'ok', items: 2 });
    expect(outcome(round1, 'dup-b')).toMatchObject({ result: 'ok', items: 2 });
    expect(outcome(round1, 'dup-a').queued + outcome(round1, 'dup-b').queued).toBe(3);
    expect(queuedPaths(winner === 'dup-a' ? 'dup-b' : 'dup-a')).toEqual([winner === 'dup-a' ? '/articles/only-b.html' : '/articles/only-a.html']);

    // Next round: dup-a unchanged (304), dup-b read again, dup-c new with the same item by its GUID.
    const before = sent.length;
    const round2 = await poll([source('dup-a', url('/feeds/dup-a.xml')), source('dup-b', url('/feeds/dup-b.xml')), source('dup-c', url('/feeds/dup-c.xml'))]);
    expect(outcome(round2, 'dup-a')).toMatchObject({ result: 'not-modified', queued: 0 });
    expect(outcome(round2, 'dup-b')).toMatchObject({ result: 'ok', items: 2, queued: 0 });
    expect(outcome(round2, 'dup-c')).toMatchObject({ result: 'ok', items: 2, queued: 1 });
    expect(sent.slice(before).map((m) => new URL(m.url).pathname)).toEqual(['/articles/only-c.html']);
    expect(sharedMessages()).toHaveLength(1);
    // One claim, still the first poller's.
    expect(await system.store.getArticle(shared)).toMatchObject({ sourceId: winner, state: 'queued' });
    // Across both rounds, no article id was sent twice.
    const ids = sent.map((m) => m.articleId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('a billion-laughs feed, an XXE feed and a gzip bomb mark their sources unhealthy with the reason; a healthy source beside them is queued', async () => {
    const states = await system.store.getSourceStates();
    const expected: Record<string, RegExp> = {
      'billion-laughs': /^unsafe-xml: the DOCTYPE declares XML entities/,
      xxe: /^unsafe-xml: the DOCTYPE declares XML entities/,
      'gzip-bomb': new RegExp(`^too-large: .*/feeds/bomb\\.xml: the decompressed body is larger, over the ${FETCH_CAP}-byte limit`),
    };
    for (const [id, reason] of Object.entries(expected)) {
      expect(outcome(round1, id), id).toMatchObject({ result: 'failed', items: 0, queued: 0, error: expect.stringMatching(reason) });
      const state = states.get(id);
      expect(state, id).toMatchObject({ healthy: false, consecutiveFailures: 1, lastError: expect.stringMatching(reason) });
      expect(state!.lastErrorAt! >= started, id).toBe(true);
      expect(Date.parse(state!.nextPollAfter!), id).toBeGreaterThan(Date.now());
      expect(messagesFrom(id), id).toEqual([]);
      expect(log.lines.some((l) => l.level === 'warn' && l.msg === 'source failed' && l.fields.sourceId === id), id).toBe(true);
    }
    // Their items never reached the table or the queue.
    for (const path of ['/articles/laughs.html', '/articles/xxe.html']) expect(await system.store.getArticle(articleIdOf(url(path))), path).toBeUndefined();
    expect(JSON.stringify(sent)).not.toMatch(/lol|root:/);

    expect(states.get('healthy')).toMatchObject({ healthy: true, consecutiveFailures: 0, itemsSeen: 2 });
    expect(queuedPaths('healthy')).toEqual(['/articles/healthy-1.html', '/articles/healthy-2.html']);
  });
});
