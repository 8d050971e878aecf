/**
 * The HTTP API fed hostile input: SQL- and NoSQL-style injection strings, operator objects,
 * NUL and CR/LF, 10 kB values, repeated parameters, look-alike (Cyrillic, full-width) letters,
 * and cursors that are valid base64url of hostile JSON. Every such request must get a 4xx
 * `{ error, reason[, field] }` (no stack, no echo of the whole input), and leave the table as it
 * was; no cursor may read an item outside the listing it belongs to.
 *
 * DynamoDB Local behind the real Store and Subscribers, requests through `app.request` as in
 * api.test.ts.
 */
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, encodeCursor, signToken, siteLinks, subscriberId, Subscribers, type App, type OutgoingEmail } from '@pw/aws';
import { applyDetection, type EventSource, type Level } from '@pw/core';
import { startSystem, type LocalSystem } from '../../packages/local/src/system';

const REVIEW_TOKEN = 'review-token-for-tests-0123456789';
const SECRET = 'signing-secret-for-tests-0123456789abcdef';
const SITE = 'https://watch.example.org';
const NOW = new Date('2026-03-01T12:00:00Z');
const TEN_KB = 'A'.repeat(10 * 1024);

let system: LocalSystem;
let subscribers: Subscribers;
let app: App;
const mails: OutgoingEmail[] = [];
const errors: string[] = [];

/** The confirmed subscriber whose partition hostile cursors try to reach. */
const READER = 'reader@example.org';
const READER_ID = subscriberId(READER);

beforeAll(async () => {
  system = await startSystem({ fastQueue: true });
  subscribers = new Subscribers(system.store.doc, system.resources.tableName);
  app = createApp({
    store: system.store,
    subscribers,
    links: siteLinks(SITE),
    reviewToken: REVIEW_TOKEN,
    signingSecret: SECRET,
    sendEmail: async (m) => void mails.push(m),
    now: () => NOW,
    clientIp: (c) => c.req.header('x-test-ip') ?? '192.0.2.1',
    // High limits: a 429 must not stand in for the 400 each case is about.
    limits: { clientPerHour: 100_000, addressPerDay: 100_000 },
    log: { info: () => undefined, warn: () => undefined, error: (msg, fields) => void errors.push(`${msg} ${JSON.stringify(fields)}`) },
  });
  await seed();
});

afterAll(async () => {
  await system?.stop();
});

// ---- seeding ----------------------------------------------------------------------------

const source = (articleId: string, status: EventSource['status'] = 'announced', trust: EventSource['trust'] = 'official'): EventSource => ({
  articleId,
  sourceId: 'vnanet-en',
  trust,
  url: `https://news.example.org/${articleId}`,
  lang: 'en',
  title: `Article ${articleId}`,
  published: '2026-01-10T08:00:00Z',
  status,
  confidence: 0.9,
  date: '2026-01-10',
  evidence: `Vietnam and its partner upgraded ties (${articleId}).`,
});

async function file(partner: string, level: Level, s: EventSource, at: string): Promise<void> {
  const existing = await system.store.getEvent(`${partner}-${level}`);
  const d = applyDetection(existing, await system.store.getPartner(partner), level, s);
  expect(await system.store.saveDecision(existing, d, [s], at)).toBe(true);
}

/** Every listing partition and every kind of private partition holds something. */
async function seed(): Promise<void> {
  await system.store.importRegistry([
    { code: 'BR', level: 'CP', since: '2015-01', history: [{ level: 'CP', date: '2015-01' }] },
    { code: 'MX', level: 'CP', since: '2013-01', history: [{ level: 'CP', date: '2013-01' }] },
    { code: 'CL', level: 'CP', since: '2013-01', history: [{ level: 'CP', date: '2013-01' }] },
    { code: 'SG', level: 'SP', since: '2013-09', history: [{ level: 'SP', date: '2013-09' }] },
    { code: 'TH', level: 'SP', since: '2013-06', history: [{ level: 'SP', date: '2013-06' }] },
  ]);
  await file('BR', 'SP', source('c-br'), '2026-01-01T10:00:00.000Z');
  await file('MX', 'SP', source('c-mx'), '2026-01-02T10:00:00.000Z');
  await file('CL', 'SP', source('c-cl'), '2026-01-03T10:00:00.000Z');
  await file('SG', 'CSP', source('f-sg', 'announced', 'press'), '2026-02-01T10:00:00.000Z');
  await file('TH', 'CSP', source('f-th', 'announced', 'press'), '2026-02-02T10:00:00.000Z');
  await file('PH', 'SP', source('s-ph', 'signal'), '2026-02-04T10:00:00.000Z');
  await file('NZ', 'SP', source('s-nz', 'signal'), '2026-02-05T10:00:00.000Z');
  await system.store.putSourceState({ sourceId: 'vnanet-en', healthy: false, consecutiveFailures: 2, lastError: 'http-status: answered 500' });
  // A confirmed subscriber (SUB# and SUBS#SG items) and one who follows everything (SUBS#ALL).
  for (const [email, partners] of [
    [READER, ['SG']],
    ['everything@example.org', []],
  ] as const) {
    const id = subscriberId(email);
    await subscribers.request(id, email, { partners: [...partners], levels: [], signals: true }, NOW);
    expect(await subscribers.confirm(id, Math.floor(NOW.getTime() / 1000), NOW)).toBe('confirmed');
  }
  expect((await subscribers.subscribersOf('ALL')).length).toBe(1);
}

// ---- helpers ----------------------------------------------------------------------------

const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });
const q = (params: [string, string][]) => params.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
const b64 = (json: unknown) => Buffer.from(typeof json === 'string' ? json : JSON.stringify(json)).toString('base64url');
let ipCounter = 0;
const nextIp = () => `198.51.100.${(ipCounter++ % 250) + 1}`;
const postJson = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  app.request(path, { method: 'POST', headers: { 'content-type': 'application/json', 'x-test-ip': nextIp(), ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

/**
 * Every item of the table except the rate counters (RATE#…): those are counted for every
 * subscription request before its body is read, on purpose (a flood of bad requests is still
 * a flood), and expire by TTL.
 */
async function tableSnapshot(): Promise<string[]> {
  const out: string[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const res = await system.store.doc.send(new ScanCommand({ TableName: system.resources.tableName, ...(start ? { ExclusiveStartKey: start } : {}) }));
    for (const i of res.Items ?? []) if (!String(i.pk).startsWith('RATE#')) out.push(JSON.stringify(i, Object.keys(i).sort()));
    start = res.LastEvaluatedKey;
  } while (start);
  return out.sort();
}

/** A 4xx JSON `{ error, reason[, field] }`: no stack, no internals, no echo of a long input. */
async function expectRefused(res: Response, what: string, expected: { status?: number; field?: string } = {}): Promise<Record<string, string>> {
  expect(res.status, what).toBeGreaterThanOrEqual(400);
  expect(res.status, what).toBeLessThan(500);
  if (expected.status) expect(res.status, what).toBe(expected.status);
  expect(res.headers.get('content-type'), what).toMatch(/^application\/json/);
  expect(res.headers.get('set-cookie'), what).toBeNull();
  const text = await res.text();
  const body = JSON.parse(text) as Record<string, string>;
  expect(Object.keys(body).every((k) => ['error', 'reason', 'field'].includes(k)), `${what}: ${text}`).toBe(true);
  expect(body.error, what).toMatch(/^[a-z_]+$/);
  expect(typeof body.reason === 'string' && body.reason.length > 0, what).toBe(true);
  if (expected.field !== undefined) expect(body.field, `${what}: ${text}`).toBe(expected.field);
  expect(text.length, `${what}: the answer echoes the input`).toBeLessThan(1000);
  expect(text, what).not.toMatch(/\bat \S+\.(ts|js):\d+|ValidationException|ResourceNotFound|TypeError|SyntaxError|dynamodb|SUB#|@example\.org/i);
  return body;
}

// ---- GET /api/events --------------------------------------------------------------------

describe('GET /api/events with hostile filters', () => {
  it('refuses injection strings, operator objects, NUL, 10 kB values and look-alike codes with 400 and the field', async () => {
    const before = await tableSnapshot();
    const cases: [[string, string][], string][] = [
      [[['partner', "' OR 1=1 --"]], 'partner'],
      [[['partner', "SG' OR '1'='1"]], 'partner'],
      [[['partner', 'SG" OR ""="']], 'partner'],
      [[['partner[$ne]', 'x']], 'partner[$ne]'],
      [[['partner[]', 'SG']], 'partner[]'],
      [[['partner', '{"$gt":""}']], 'partner'],
      [[['partner', '{"$ne":null}']], 'partner'],
      [[['partner', 'SG\u0000']], 'partner'],
      [[['partner', '\u0000']], 'partner'],
      [[['partner', 'SG\r\nX-Injected: 1']], 'partner'],
      [[['partner', '*']], 'partner'],
      [[['partner', '']], 'partner'],
      [[['partner', 'СН']], 'partner'], // Cyrillic С and Н: looks like CH
      [[['partner', 'ТН']], 'partner'], // Cyrillic Т and Н: looks like TH
      [[['partner', 'ВR']], 'partner'], // Cyrillic В + Latin R: looks like BR
      [[['partner', 'ＳＧ']], 'partner'], // full-width
      [[['partner', 'S\u0301G']], 'partner'], // a combining accent
      [[['partner', 'S\u200bG']], 'partner'], // a zero-width space
      [[['раrtner', 'SG']], 'раrtner'], // a Cyrillic р and а in the parameter's name
      [[['partner', TEN_KB]], 'partner'],
      // An unknown name is named in the answer, but never echoed whole.
      [[[TEN_KB, 'SG']], `${TEN_KB.slice(0, 64)}…`],
      [[['level', 'CSP\u0000']], 'level'],
      [[['level', 'CSP%00']], 'level'],
      [[['level', 'csp']], 'level'],
      [[['level', 'СSP']], 'level'], // Cyrillic С
      [[['level[$in]', 'CSP']], 'level[$in]'],
      [[['level', TEN_KB]], 'level'],
      [[['status', 'confirmed;DROP TABLE events']], 'status'],
      [[['status', "confirmed' --"]], 'status'],
      [[['status', '{"$ne":null}']], 'status'],
      [[['status', 'rejected']], 'status'],
      [[['status', TEN_KB]], 'status'],
      [[['limit', '1;DROP TABLE events']], 'limit'],
      [[['limit', '-1']], 'limit'],
      [[['limit', '1e2']], 'limit'],
      [[['limit', '0x10']], 'limit'],
      [[['limit', ' 10']], 'limit'],
      [[['limit', '١٠']], 'limit'], // Arabic-Indic digits
      [[['limit', TEN_KB]], 'limit'],
      [[['cursor', TEN_KB]], 'cursor'],
      [[['cursor', "' OR 1=1 --"]], 'cursor'],
      [[['cursor', '{"pk":{"S":"x"}}']], 'cursor'],
      [
        [
          ['partner', 'VN'],
          ['partner', 'SG'],
        ],
        'partner',
      ],
      [
        [
          ['partner', 'SG'],
          ['partner', 'SG'],
        ],
        'partner',
      ],
      [
        [
          ['level', 'SP'],
          ['level', 'CSP'],
        ],
        'level',
      ],
      [
        [
          ['status', 'confirmed'],
          ['status', 'flagged'],
        ],
        'status',
      ],
      [
        [
          ['cursor', 'a'],
          ['cursor', 'b'],
        ],
        'cursor',
      ],
    ];
    for (const [params, field] of cases) {
      const path = `/api/events?${q(params)}`;
      await expectRefused(await get(path), path.slice(0, 120), { status: 400, field });
    }
    expect(await tableSnapshot()).toEqual(before);
    expect(errors).toEqual([]);
  });

  it('refuses a cursor that is valid base64 of hostile JSON, or that names another partition', async () => {
    const before = await tableSnapshot();
    const feed = (k: Record<string, unknown>) => ({ pk: 'EVENT#BR-SP', sk: 'META', gsi1pk: 'FEED', gsi1sk: '2026-01-01T10:00:00.000Z#BR-SP', ...k });
    const hostile: [unknown, string?][] = [
      [{ pk: { S: 'x' } }],
      [{ pk: { S: 'EVENT#BR-SP' }, sk: { S: 'META' }, gsi1pk: { S: 'FEED' }, gsi1sk: { S: 'x' } }],
      [{ pk: { $ne: null } }],
      [{ $where: '1 == 1' }],
      [{ pk: "EVENT#' OR 1=1 --" }],
      ['[]'],
      ['null'],
      ['"EVENT#BR-SP"'],
      ['42'],
      ['{"__proto__":{"pk":"EVENT#BR-SP","sk":"META","gsi1pk":"FEED","gsi1sk":"x"}}'],
      ['{"pk":"EVENT#BR-SP","sk":"META","gsi1pk":"FEED","gsi1sk":"x","__proto__":{"admin":true}}'],
      [feed({ extra: 'x' })],
      [feed({ gsi1sk: { S: 'x' } })],
      [feed({ gsi1sk: ['x'] })],
      [feed({ gsi1sk: 7 })],
      [feed({ gsi1pk: undefined })],
      [feed({ sk: 'HIST#2015-01#CP' })],
      [feed({ sk: 'SRC#c-br' })],
      // Keys of other item types, in the right listing.
      [feed({ pk: `SUB#${READER_ID}` })],
      [feed({ pk: 'SOURCE#vnanet-en', sk: 'STATE' })],
      [feed({ pk: 'PARTNER#SG' })],
      [feed({ pk: 'ARTICLE#0123456789abcdef0123456789abcdef' })],
      [feed({ pk: 'RATE#client#x', sk: 'W#0' })],
      [feed({ pk: 'ALERT#BR-SP', sk: `SUB#${READER_ID}` })],
      // The right shape, another partition: subscribers, sources, partners, other listings.
      [feed({ gsi1pk: 'SUBS#ALL', gsi1sk: READER_ID })],
      [feed({ gsi1pk: 'SUBS#SG', gsi1sk: READER_ID })],
      [feed({ gsi1pk: 'SOURCES', gsi1sk: 'vnanet-en' })],
      [feed({ gsi1pk: 'PARTNERS', gsi1sk: 'SG' })],
      [feed({ gsi1pk: 'SUBS#ALL' }), 'another listing'],
      [feed({ gsi1pk: 'SOURCES' }), 'another listing'],
      [feed({ gsi1pk: 'PARTNERS' }), 'another listing'],
      [feed({ gsi1pk: 'REVIEW' }), 'another listing'],
      [feed({ gsi1pk: 'SIGNAL' }), 'another listing'],
      [feed({ gsi1pk: 'feed' }), 'another listing'],
      // Empty or absurd key values, which DynamoDB itself would refuse.
      [feed({ gsi1sk: '' })],
      [feed({ pk: '' })],
      [feed({ pk: 'EVENT#' })],
      [feed({ gsi1sk: 'x'.repeat(700) })],
    ];
    for (const [json, reason] of hostile) {
      const cursor = b64(json);
      const what = `cursor ${typeof json === 'string' ? json : JSON.stringify(json)}`.slice(0, 160);
      const body = await expectRefused(await get(`/api/events?cursor=${cursor}`), what, { status: 400, field: 'cursor' });
      if (reason) expect(body.reason, what).toContain(reason);
    }
    // Standard base64 (+ and /) and padding are no way around the checks either.
    const std = Buffer.from(JSON.stringify(feed({ gsi1pk: 'SUBS#ALL' }))).toString('base64');
    await expectRefused(await get(`/api/events?cursor=${encodeURIComponent(std)}`), 'standard base64', { status: 400, field: 'cursor' });
    expect(await tableSnapshot()).toEqual(before);
    expect(errors).toEqual([]);
  });

  it('no cursor, however forged, reads an item outside its listing', async () => {
    type Listing = { items: { id: string; status: string }[]; cursor: string | null };
    const lists = { confirmed: 'FEED', flagged: 'REVIEW', signal: 'SIGNAL' } as const;
    let served = 0;
    for (const [status, partition] of Object.entries(lists)) {
      const all = (await (await get(`/api/events?status=${status}&limit=100`)).json()) as Listing;
      const ids = new Set(all.items.map((i) => i.id));
      expect(ids.size, status).toBeGreaterThan(0);
      // Forged keys of this listing: any position in it, existing item or not.
      const positions = ['\uffff', '9999', '2026-01-02T10:00:00.000Z#MX-SP', '2026-01-02', '0', '!', "' OR 1=1 --", '{"$gt":""}', '\u0000', 'Ω'];
      const pks = ['EVENT#MX-SP', 'EVENT#ZZ-CSP', `EVENT#${READER_ID}`];
      for (const gsi1sk of positions) {
        for (const pk of pks) {
          for (const filters of ['', '&partner=SG', '&level=CSP', '&limit=1']) {
            const what = `${status} ${pk} ${JSON.stringify(gsi1sk)} ${filters}`;
            const res = await get(`/api/events?status=${status}${filters}&cursor=${b64({ pk, sk: 'META', gsi1pk: partition, gsi1sk })}`);
            if (res.status !== 200) {
              await expectRefused(res, what, { status: 400, field: 'cursor' });
              continue;
            }
            served++;
            const text = await res.text();
            // Nothing of a subscriber, a source state or a partner item.
            expect(text, what).not.toMatch(/@|SUB#|SUBS#|SOURCE#|PARTNER#|"email"|lastError|consecutiveFailures|"gsi1pk"/);
            const page = JSON.parse(text) as Listing;
            for (const item of page.items) {
              expect(ids.has(item.id), `${what}: ${item.id}`).toBe(true);
              expect(item.status, what).toBe(status);
            }
          }
        }
      }
      // A real cursor of this listing, carried to each other listing: refused.
      const first = (await (await get(`/api/events?status=${status}&limit=1`)).json()) as Listing;
      expect(first.cursor, status).toBeTruthy();
      for (const other of Object.keys(lists).filter((s) => s !== status)) {
        await expectRefused(await get(`/api/events?status=${other}&cursor=${first.cursor}`), `${status} cursor on ${other}`, { status: 400, field: 'cursor' });
      }
      // And the same cursor re-pointed at another partition by hand: refused.
      const real = JSON.parse(Buffer.from(first.cursor!, 'base64url').toString()) as Record<string, string>;
      for (const gsi1pk of ['SUBS#ALL', 'SUBS#SG', 'SOURCES', 'PARTNERS']) {
        await expectRefused(await get(`/api/events?status=${status}&cursor=${encodeCursor({ ...real, gsi1pk })}`), `${status} → ${gsi1pk}`, { status: 400, field: 'cursor' });
      }
    }
    // Well-formed forgeries (a made-up position in the right listing) are served, and were checked above.
    expect(served).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});

// ---- GET /api/partners/:code and /api/events/:id -------------------------------------------

describe('GET /api/partners/:code and /api/events/:id with hostile path segments', () => {
  const seg = (s: string) => encodeURIComponent(s);

  it('refuses hostile partner codes with 400 (or 404 for another path), changing nothing', async () => {
    const before = await tableSnapshot();
    const codes = ["' OR 1=1 --", "SG'--", '{"$gt":""}', '{"$ne":null}', 'SG\u0000', 'SG;DROP TABLE partners', 'SG\r\nSet-Cookie: x=1', 'СН', 'ТН', 'ＳＧ', 'S\u200bG', 'sg', 'VN', '*', TEN_KB, `SUB#${READER_ID}`, 'SG#META', 'PARTNER#SG'];
    for (const code of codes) await expectRefused(await get(`/api/partners/${seg(code)}`), `partner ${code.slice(0, 40)}`, { status: 400, field: 'code' });
    // Malformed percent-encoding, and segments that would climb out of the route.
    await expectRefused(await get('/api/partners/%E0%A4%A'), 'malformed escape', { status: 400, field: 'code' });
    await expectRefused(await get('/api/partners/%2e%2e%2fSG'), 'encoded ../', { status: 400, field: 'code' });
    await expectRefused(await get('/api/partners/SG%2F..%2F..%2Fsubscriptions'), 'encoded slashes', { status: 400, field: 'code' });
    await expectRefused(await get('/api/partners/SG/../../subscriptions'), 'dot segments');
    await expectRefused(await get('/api/partners/SG/history'), 'extra segment', { status: 404 });
    expect(await tableSnapshot()).toEqual(before);
  });

  it('refuses hostile event ids with 400, changing nothing', async () => {
    const before = await tableSnapshot();
    const ids = ["' OR 1=1 --", "SG-CSP' OR '1'='1", 'SG-CSP\u0000', 'SG-CSP;DROP TABLE events', '{"$ne":null}', 'SG-ESP', 'СН-CSP', 'SG-СSP', 'ＳＧ-CSP', 'sg-csp', 'VN-CSP', 'SG-CSP\r\nSet-Cookie: x=1', `SUB#${READER_ID}`, '../SUB#x', TEN_KB, `SG-CSP${TEN_KB}`];
    for (const id of ids) await expectRefused(await get(`/api/events/${seg(id)}`), `event ${id.slice(0, 40)}`, { status: 400, field: 'id' });
    await expectRefused(await get('/api/events/%E0%A4%A'), 'malformed escape', { status: 400, field: 'id' });
    expect(await tableSnapshot()).toEqual(before);
  });

  it('query parameters cannot change what a detail route reads', async () => {
    for (const path of ['/api/partners/SG', '/api/events/SG-CSP']) {
      const clean = await (await get(path)).text();
      for (const extra of [q([['code', 'TH']]), q([['id', 'TH-CSP']]), q([['pk', `SUB#${READER_ID}`]]), q([['code[$ne]', 'x']]), q([['partner', 'VN'], ['partner', 'SG']]), q([['x', TEN_KB]])]) {
        const res = await get(`${path}?${extra}`);
        // Either refused as a bad request, or the same answer as without the parameters.
        if (res.status === 200) expect(await res.text(), `${path}?${extra.slice(0, 60)}`).toBe(clean);
        else await expectRefused(res, `${path}?${extra.slice(0, 60)}`, { status: 400 });
      }
    }
  });
});

// ---- subscriptions ----------------------------------------------------------------------

describe('subscriptions with hostile bodies and tokens', () => {
  const subscribe = (body: unknown) => postJson('/api/subscriptions', body);

  it('refuses injection strings, operator objects, CR/LF and look-alike addresses; stores nothing, sends nothing', async () => {
    const before = await tableSnapshot();
    const subscribersBefore = await system.store.scanType('subscriber');
    const sent = mails.length;
    const ok = 'someone@example.org';
    const bad: [unknown, string][] = [
      // The address.
      [{ email: "' OR 1=1 --" }, 'email'],
      [{ email: "' OR '1'='1'@example.org" }, 'email'],
      [{ email: 'a@example.org; DROP TABLE subscribers' }, 'email'],
      [{ email: 'a@example.org;DROP' }, 'email'],
      [{ email: 'a@example.org" OR ""="' }, 'email'],
      [{ email: { $gt: '' } }, 'email'],
      [{ email: { $ne: null } }, 'email'],
      [{ email: ['a@example.org'] }, 'email'],
      [{ email: null }, 'email'],
      [{ email: true }, 'email'],
      [{ partners: ['SG'] }, 'email'],
      [{ email: 'a@example.org\r\nBcc: everyone@example.org' }, 'email'],
      [{ email: 'a@example.org\nSubject: hi' }, 'email'],
      [{ email: 'a@example.org\r' }, 'email'],
      [{ email: 'a@example.org%0d%0aBcc:x@example.org' }, 'email'],
      [{ email: 'a\u0000@example.org' }, 'email'],
      [{ email: 'a@example.org\u0000' }, 'email'],
      [{ email: 'a@example.org\u2028' }, 'email'],
      [{ email: 'аdmin@example.org' }, 'email'], // Cyrillic а
      [{ email: 'admin@ехample.org' }, 'email'], // Cyrillic е and х
      [{ email: 'admin@example.оrg' }, 'email'], // Cyrillic о in the TLD
      [{ email: 'ａdmin@example.org' }, 'email'], // full-width a
      [{ email: 'admin\u200b@example.org' }, 'email'], // zero-width space
      [{ email: 'admin@exam\u200bple.org' }, 'email'],
      [{ email: 'admin@xn--exmple-4nf.org' }, 'email'], // punycode of "exаmple" with a Cyrillic а
      [{ email: `${'a'.repeat(7000)}@example.org` }, 'email'],
      // The filters.
      [{ email: ok, partners: ["' OR 1=1 --"] }, 'partners'],
      [{ email: ok, partners: ['SG', { $ne: null }] }, 'partners'],
      [{ email: ok, partners: { $gt: '' } }, 'partners'],
      [{ email: ok, partners: [{ toString: 1 }] }, 'partners'],
      [{ email: ok, partners: [{ toString: 1, valueOf: 1 }] }, 'partners'],
      [{ email: ok, partners: [['SG']] }, 'partners'],
      [{ email: ok, partners: ['СН'] }, 'partners'],
      [{ email: ok, partners: ['SG\u0000'] }, 'partners'],
      [{ email: ok, partners: ['SG\r\n'] }, 'partners'],
      [{ email: ok, partners: ['VN'] }, 'partners'],
      [{ email: ok, partners: ['ALL'] }, 'partners'],
      [{ email: ok, partners: [TEN_KB.slice(0, 7000)] }, 'partners'],
      [{ email: ok, partners: Array.from({ length: 41 }, () => 'SG') }, 'partners'],
      [{ email: ok, levels: ['CSP; DROP TABLE'] }, 'levels'],
      [{ email: ok, levels: [{ $in: ['CSP'] }] }, 'levels'],
      [{ email: ok, levels: [{ toString: 1 }] }, 'levels'],
      [{ email: ok, levels: 'CSP' }, 'levels'],
      [{ email: ok, levels: ['СSP'] }, 'levels'],
      [{ email: ok, signals: 'true' }, 'signals'],
      [{ email: ok, signals: { $ne: false } }, 'signals'],
      [{ email: ok, signals: 1 }, 'signals'],
      // Fields the endpoint does not take (mass assignment, operators, prototype keys).
      [{ email: ok, status: 'confirmed' }, 'status'],
      [{ email: ok, id: READER_ID }, 'id'],
      [{ email: ok, pk: `SUB#${READER_ID}` }, 'pk'],
      [{ email: ok, $where: '1' }, '$where'],
      [`{"email":"${ok}","__proto__":{"status":"confirmed"}}`, '__proto__'],
      [`{"email":"${ok}","constructor":{"prototype":{"status":"confirmed"}}}`, 'constructor'],
      // Not an object, not JSON, not UTF-8.
      ['[]', 'body'],
      ['"a@example.org"', 'body'],
      ['null', 'body'],
      ["{'email': 'a@example.org'}", 'body'],
      ['{"email":"a@example.org"} OR 1=1', 'body'],
    ];
    for (const [body, field] of bad) {
      const what = (typeof body === 'string' ? body : JSON.stringify(body)).slice(0, 120);
      await expectRefused(await subscribe(body), what, { status: 400, field });
    }
    // Bytes that are not UTF-8, a 10 kB address, a form body.
    const latin1 = await app.request('/api/subscriptions', { method: 'POST', headers: { 'content-type': 'application/json', 'x-test-ip': nextIp() }, body: Buffer.from('{"email":"caf\xe9@example.org"}', 'latin1') });
    await expectRefused(latin1, 'latin-1 body', { status: 400, field: 'body' });
    await expectRefused(await subscribe({ email: `${TEN_KB}@example.org` }), '10 kB address', { status: 413 });
    const form = await app.request('/api/subscriptions', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-test-ip': nextIp() }, body: `email=${encodeURIComponent("' OR 1=1 --")}` });
    await expectRefused(form, 'form body', { status: 415 });

    expect(await system.store.scanType('subscriber')).toEqual(subscribersBefore);
    expect(await tableSnapshot()).toEqual(before);
    expect(mails).toHaveLength(sent);
    expect(errors).toEqual([]);
  });

  it('an address with SQL metacharacters that RFC 5322 allows is plain data, stored as given', async () => {
    // Apostrophes, equals signs and the like are legal in a local part; to DynamoDB they are text.
    const email = "o'brien+1=1@example.org";
    const res = await subscribe({ email, partners: ['SG'] });
    expect(res.status).toBe(202);
    const stored = await subscribers.get(subscriberId(email));
    expect(stored).toMatchObject({ email, status: 'pending', filters: { partners: ['SG'], levels: [], signals: false } });
    expect(mails.at(-1)!.to).toBe(email);
  });

  it('refuses hostile tokens and filters on the confirm, manage and unsubscribe routes, changing nothing', async () => {
    const before = await tableSnapshot();
    const reader = await subscribers.get(READER_ID);
    expect(reader).toMatchObject({ status: 'confirmed', filters: { partners: ['SG'] } });
    const manage = signToken(SECRET, READER_ID, 'manage', NOW);
    const tokens = ["' OR 1=1 --", '{"$ne":null}', `SUB#${READER_ID}`, `${READER_ID}.manage.99999999999.${'A'.repeat(43)}`, `${READER_ID}.manage.1e12.${manage.split('.')[3]}`, `${manage}\r\nX-Injected: 1`, `${manage}\u0000`, TEN_KB, manage.replace(/a/g, 'а')];
    for (const token of tokens) {
      const t = encodeURIComponent(token);
      const what = token.slice(0, 40);
      await expectRefused(await get(`/api/subscriptions?token=${t}`), `GET manage ${what}`, { status: 400, field: 'token' });
      await expectRefused(await app.request(`/api/subscriptions?token=${t}`, { method: 'PUT', headers: { 'content-type': 'application/json', 'x-test-ip': nextIp() }, body: '{"partners":[]}' }), `PUT ${what}`, { status: 400, field: 'token' });
      await expectRefused(await get(`/subscriptions/confirm?token=${t}`), `confirm ${what}`, { status: 400, field: 'token' });
      await expectRefused(await app.request(`/unsubscribe?token=${t}`, { method: 'POST' }), `unsubscribe ${what}`, { status: 400, field: 'token' });
    }
    const bearer = await get('/api/subscriptions', { authorization: "Bearer ' OR 1=1 --" });
    await expectRefused(bearer, 'bearer injection', { status: 400, field: 'token' });

    // A valid manage link with hostile filters.
    const put = (body: unknown) => app.request(`/api/subscriptions?token=${manage}`, { method: 'PUT', headers: { 'content-type': 'application/json', 'x-test-ip': nextIp() }, body: JSON.stringify(body) });
    const badFilters: [unknown, string][] = [
      [{ partners: ["' OR 1=1 --"] }, 'partners'],
      [{ partners: [{ $ne: null }] }, 'partners'],
      [{ partners: [{ toString: 1 }] }, 'partners'],
      [{ partners: ['ТН'] }, 'partners'],
      [{ levels: [{ $in: ['CSP'] }] }, 'levels'],
      [{ levels: ['CSP\r\nBcc: x'] }, 'levels'],
      [{ signals: { $ne: false } }, 'signals'],
      [{ email: 'attacker@example.org' }, 'email'],
      [{ status: 'unsubscribed' }, 'status'],
    ];
    for (const [body, field] of badFilters) await expectRefused(await put(body), `PUT ${JSON.stringify(body)}`, { status: 400, field });

    expect(await subscribers.get(READER_ID)).toEqual(reader);
    expect(await tableSnapshot()).toEqual(before);
    expect(errors).toEqual([]);
  });
});
