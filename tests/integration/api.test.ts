/**
 * The HTTP API against DynamoDB Local: feeds and listings over events written with the Store's
 * saveDecision, subscriptions with double opt-in, rate limits, and the review queue. Requests go
 * through `app.request` (no network); e-mails are captured.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, signToken, siteLinks, Store, subscriberId, Subscribers, subscriberLinks, type App, type OutgoingEmail } from '@pw/aws';
import { applyDetection, type EventSource, type Level, type Trust } from '@pw/core';
import { startSystem, type LocalSystem } from '../../packages/local/src/system';

const REVIEW_TOKEN = 'review-token-for-tests-0123456789';
const SECRET = 'signing-secret-for-tests-0123456789abcdef';
const SITE = 'https://watch.example.org';
const NOW = new Date('2026-03-01T12:00:00Z');

let system: LocalSystem;
let subscribers: Subscribers;
let app: App;
const mails: OutgoingEmail[] = [];

beforeAll(async () => {
  system = await startSystem({ fastQueue: true });
  subscribers = new Subscribers(system.store.doc, system.resources.tableName);
  app = createApp({
    store: system.store,
    subscribers,
    links: siteLinks(SITE),
    reviewToken: REVIEW_TOKEN,
    signingSecret: SECRET,
    sendEmail: async (m) => {
      mails.push(m);
    },
    now: () => NOW,
    clientIp: (c) => c.req.header('x-test-ip') ?? '192.0.2.1',
    sources: [{ id: 'vnanet-en', name: 'Vietnam News Agency' }],
  });
  await seed();
});
afterAll(async () => {
  await system?.stop();
});

// ---- seeding ----------------------------------------------------------------------------

const source = (articleId: string, o: { trust?: Trust; confidence?: number; status?: EventSource['status']; evidence?: string; title?: string; sourceId?: string; lang?: string } = {}): EventSource => ({
  articleId,
  sourceId: o.sourceId ?? (o.trust === 'official' ? 'vnanet-en' : 'press-en'),
  trust: o.trust ?? 'press',
  url: `https://news.example.org/${articleId}`,
  lang: o.lang ?? 'en',
  title: o.title ?? `Article ${articleId}`,
  published: '2026-01-10T08:00:00Z',
  status: o.status ?? 'announced',
  confidence: o.confidence ?? 0.9,
  date: '2026-01-10',
  evidence: o.evidence ?? `Vietnam and its partner upgraded ties (${articleId}).`,
});

async function file(partner: string, level: Level, s: EventSource, at: string): Promise<void> {
  const existing = await system.store.getEvent(`${partner}-${level}`);
  const d = applyDetection(existing, await system.store.getPartner(partner), level, s);
  expect(await system.store.saveDecision(existing, d, [s], at)).toBe(true);
}

const CONFIRMED = ['BR', 'MX', 'CL', 'ZA', 'EG'];

async function seed(): Promise<void> {
  await system.store.importRegistry([
    ...CONFIRMED.map((code) => ({ code, level: 'CP' as Level, since: '2015-01', history: [{ level: 'CP' as Level, date: '2015-01', sources: [`https://registry.example.org/${code}`] }] })),
    { code: 'SG', level: 'SP', since: '2013-09', history: [{ level: 'SP', date: '2013-09' }] },
    { code: 'TH', level: 'SP', since: '2013-06', history: [{ level: 'SP', date: '2013-06' }] },
    { code: 'NZ', level: 'CP', since: '2009-01', history: [{ level: 'CP', date: '2009-01' }] },
  ]);
  // Five confirmed changes (official sources), one a day: BR oldest, EG newest.
  for (const [i, code] of CONFIRMED.entries()) await file(code, 'SP', source(`c-${code}`, { trust: 'official' }), `2026-01-0${i + 1}T10:00:00.000Z`);
  // Flagged: one press source each.
  await file('SG', 'CSP', source('f-sg', { evidence: 'Singapore and Vietnam <script>alert(1)</script> upgraded to a comprehensive strategic partnership.', title: 'Ties <script>x()</script> upgraded' }), '2026-02-01T10:00:00.000Z');
  await file('TH', 'CSP', source('f-th'), '2026-02-02T10:00:00.000Z');
  await file('NZ', 'CSP', source('f-nz'), '2026-02-03T10:00:00.000Z');
  // A signal.
  await file('PH', 'SP', source('s-ph', { status: 'signal' }), '2026-02-04T10:00:00.000Z');
}

// ---- helpers ----------------------------------------------------------------------------

const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });
const postJson = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  app.request(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
const asReviewer = { authorization: `Bearer ${REVIEW_TOKEN}` };
const tokenIn = (text: string, path: string) => {
  const m = new RegExp(`${path.replace(/[/?]/g, '\\$&')}\\?token=([A-Za-z0-9._-]+)`).exec(text);
  if (!m) throw new Error(`no ${path} link in: ${text.slice(0, 300)}`);
  return m[1]!;
};

// ---- feeds and listings -----------------------------------------------------------------

describe('feeds', () => {
  it('serves confirmed changes as JSON Feed 1.1 and Atom, newest first, with ETag and 304', async () => {
    const res = await get('/feed.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/feed+json');
    expect(res.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
    const feed = (await res.json()) as { version: string; items: { id: string; title: string }[] };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items).toHaveLength(5);
    expect(JSON.stringify(feed.items[0])).toContain('Egypt');
    expect(JSON.stringify(feed.items[4])).toContain('Brazil');
    const etag = res.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await get('/feed.json', { 'if-none-match': etag! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('cache-control')).toMatch(/^public/);

    const atom = await get('/feed.atom');
    expect(atom.status).toBe(200);
    expect(atom.headers.get('content-type')).toContain('application/atom+xml');
    const xml = await atom.text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(xml.indexOf('Egypt')).toBeLessThan(xml.indexOf('Brazil'));
    expect(atom.headers.get('etag')).toBeTruthy();
  });
});

describe('GET /api/events', () => {
  type Listing = { items: { id: string; status: string; sourceCount: number; url: string }[]; cursor: string | null; next: string | null };

  it('reports the health of every source, the unhealthy first, with the reason', async () => {
    await system.store.putSourceState({ sourceId: 'good-en', healthy: true, consecutiveFailures: 0, lastSuccessAt: '2026-01-01T00:00:00Z' });
    await system.store.putSourceState({ sourceId: 'bad-vi', healthy: false, consecutiveFailures: 3, lastError: 'http-status: answered 500', nextPollAfter: '2026-01-01T01:00:00Z' });
    const res = await app.request('/api/sources');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { unhealthy: number; items: { id: string; healthy: boolean; lastError: string | null; consecutiveFailures: number }[] };
    expect(body.unhealthy).toBeGreaterThanOrEqual(1);
    expect(body.items[0]).toMatchObject({ id: 'bad-vi', healthy: false, lastError: 'http-status: answered 500', consecutiveFailures: 3 });
    expect(body.items.find((i) => i.id === 'good-en')).toMatchObject({ healthy: true, lastError: null });
    expect((await app.request('/api/sources?x=1')).status).toBe(400);
  });

  it('serves each event as a page for people, linked from feeds and alerts', async () => {
    const res = await app.request('/events/EG-SP');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).toContain('Egypt');
    expect(html).toContain('Strategic Partnership');
    expect((await app.request('/events/nope')).status).toBe(400);
    expect((await app.request('/events/IS-CSP')).status).toBe(404);
  });

  it('lists confirmed changes newest first, page by page with an opaque cursor', async () => {
    const seen: string[] = [];
    let path: string | null = '/api/events?limit=2';
    let pages = 0;
    while (path) {
      const res = await get(path);
      expect(res.status).toBe(200);
      const body = (await res.json()) as Listing;
      expect(body.items.length).toBeLessThanOrEqual(2);
      seen.push(...body.items.map((i) => i.id));
      path = body.next;
      pages++;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(['EG-SP', 'ZA-SP', 'CL-SP', 'MX-SP', 'BR-SP']);
    const first = (await (await get('/api/events')).json()) as Listing;
    expect(first.items[0]).toMatchObject({ id: 'EG-SP', status: 'confirmed', sourceCount: 1, url: `${SITE}/events/EG-SP` });
    expect(first.cursor).toBeNull();
  });

  it('filters by partner, level and status (one listing Query each)', async () => {
    const ids = async (q: string) => ((await (await get(`/api/events?${q}`)).json()) as Listing).items.map((i) => i.id);
    expect(await ids('partner=MX')).toEqual(['MX-SP']);
    expect(await ids('status=flagged')).toEqual(['NZ-CSP', 'TH-CSP', 'SG-CSP']);
    expect(await ids('status=flagged&level=CSP&partner=TH')).toEqual(['TH-CSP']);
    expect(await ids('status=signal')).toEqual(['PH-SP']);
    expect(await ids('level=CSP')).toEqual([]);
    // A filtered listing pages too.
    const p1 = (await (await get('/api/events?level=SP&limit=3')).json()) as Listing;
    expect(p1.items.map((i) => i.id)).toEqual(['EG-SP', 'ZA-SP', 'CL-SP']);
    const p2 = (await (await get(p1.next!)).json()) as Listing;
    expect(p2.items.map((i) => i.id)).toEqual(['MX-SP', 'BR-SP']);
    expect(p2.next).toBeNull();
  });

  it('refuses bad filters and cursors with 400 { error, field, reason }', async () => {
    const cases: [string, string][] = [
      ['partner=sg', 'partner'],
      ['partner=XX', 'partner'],
      ['partner=VN', 'partner'],
      ['level=ESP', 'level'],
      ['status=rejected', 'status'],
      ['limit=0', 'limit'],
      ['limit=101', 'limit'],
      ['limit=abc', 'limit'],
      ['sort=asc', 'sort'],
      ['partner=SG&partner=TH', 'partner'],
      ['cursor=not-a-cursor', 'cursor'],
      [`cursor=${Buffer.from('{"pk":"EVENT#X","sk":"META"}').toString('base64url')}`, 'cursor'],
    ];
    for (const [q, field] of cases) {
      const res = await get(`/api/events?${q}`);
      expect(res.status, q).toBe(400);
      const body = (await res.json()) as Record<string, string>;
      expect(body, q).toMatchObject({ error: 'bad_request', field });
      expect(body.reason, q).toBeTruthy();
    }
    // A cursor from another listing.
    const flagged = (await (await get('/api/events?status=flagged&limit=1')).json()) as Listing;
    const res = await get(`/api/events?cursor=${flagged.cursor}`);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ field: 'cursor', reason: expect.stringContaining('another listing') });
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const res = await get('/api/events?status=flagged');
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"/);
    expect((await get('/api/events?status=flagged', { 'if-none-match': etag })).status).toBe(304);
    expect((await get('/api/events?status=flagged', { 'if-none-match': 'W/"other"' })).status).toBe(200);
  });

  it('shows one event with its sources and history; 404 unknown, 400 malformed', async () => {
    const res = await get('/api/events/BR-SP');
    expect(res.status).toBe(200);
    const e = (await res.json()) as { id: string; from: string; sources: { outlet: string; url: string }[]; decisions: unknown[] };
    expect(e).toMatchObject({ id: 'BR-SP', partnerName: 'Brazil', from: 'CP', status: 'confirmed' });
    expect(e.sources).toEqual([expect.objectContaining({ outlet: 'Vietnam News Agency', url: 'https://news.example.org/c-BR' })]);
    expect(e.decisions).toEqual([]);
    expect((await get('/api/events/FR-CSP')).status).toBe(404);
    expect((await get('/api/events/nope')).status).toBe(400);
  });
});

describe('partners', () => {
  it('lists every partner with its current tier', async () => {
    const res = await get('/api/partners');
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBeTruthy();
    const { items } = (await res.json()) as { items: { code: string; level: string }[] };
    expect(items).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'SG', name: 'Singapore', level: 'SP' }), expect.objectContaining({ code: 'BR', level: 'SP' })]));
  });

  it('gives a dated history with sources; 404 for a partner not on record', async () => {
    const res = await get('/api/partners/BR');
    expect(res.status).toBe(200);
    const p = (await res.json()) as { level: string; history: { date: string; level: string; sources: string[]; eventId?: string }[] };
    expect(p).toMatchObject({ code: 'BR', name: 'Brazil', level: 'SP' });
    expect(p.history.map((h) => [h.date, h.level])).toEqual([
      ['2015-01', 'CP'],
      ['2026-01-10', 'SP'],
    ]);
    expect(p.history[0]!.sources).toEqual(['https://registry.example.org/BR']);
    expect(p.history[1]).toMatchObject({ eventId: 'BR-SP', sources: ['https://news.example.org/c-BR'] });
    expect((await get('/api/partners/FR')).status).toBe(404);
    expect((await get('/api/partners/fr')).status).toBe(400);
  });
});

describe('errors', () => {
  it('answers unknown routes 404, wrong methods 405, always as { error, reason } without a stack', async () => {
    const nf = await get('/nowhere');
    expect(nf.status).toBe(404);
    expect(await nf.json()).toMatchObject({ error: 'not_found', reason: expect.any(String) });
    const na = await app.request('/api/events', { method: 'DELETE' });
    expect(na.status).toBe(405);
    expect(na.headers.get('allow')).toContain('GET');
    expect(await na.json()).toMatchObject({ error: 'method_not_allowed' });
    expect((await app.request('/feed.json', { method: 'POST' })).status).toBe(405);
    expect((await app.request('/api/review/SG-CSP', { headers: asReviewer })).status).toBe(405);
    expect(nf.headers.get('x-content-type-options')).toBe('nosniff');
    const head = await app.request('/api/partners', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('etag')).toBeTruthy();
  });

  it('hides failures behind 500 / 503 { error, reason }, never a stack', async () => {
    const broken = createApp({
      store: new Store(system.store.doc, 'no-such-table'),
      subscribers: new Subscribers(system.store.doc, system.resources.tableName),
      links: siteLinks(SITE),
      reviewToken: REVIEW_TOKEN,
      signingSecret: SECRET,
      sendEmail: async () => {
        throw new Error('SES is down');
      },
      clientIp: () => '192.0.2.99',
      log: { info: () => undefined, warn: () => undefined, error: () => undefined },
    });
    const res = await broken.request('/api/partners');
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ error: 'internal', reason: expect.any(String) });
    expect(text).not.toMatch(/no-such-table|at .*\.ts|ResourceNotFound/);
    const mail = await broken.request('/api/subscriptions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'down@example.org' }) });
    expect(mail.status).toBe(503);
    expect(await mail.json()).toMatchObject({ error: 'unavailable' });
  });
});

// ---- subscriptions ----------------------------------------------------------------------

describe('subscriptions', () => {
  const subscribe = (body: unknown, ip = '198.51.100.1') => postJson('/api/subscriptions', body, { 'x-test-ip': ip });

  it('double opt-in: 202, a signed link by e-mail, confirmed by the link, unsubscribed in one click', async () => {
    const before = mails.length;
    const res = await subscribe({ email: 'Analyst@Example.org', partners: ['SG', 'TH'], levels: ['CSP'] });
    expect(res.status).toBe(202);
    expect(mails).toHaveLength(before + 1);
    const mail = mails.at(-1)!;
    expect(mail.to).toBe('analyst@example.org');
    expect(mail.subject).toMatch(/confirm/i);
    const token = tokenIn(mail.text, '/subscriptions/confirm');
    expect(mail.html).toContain(token);
    const id = subscriberId('analyst@example.org');
    expect(await subscribers.subscribersOf('SG')).toEqual([]);

    const confirmed = await get(`/subscriptions/confirm?token=${token}`, { accept: 'text/html' });
    expect(confirmed.status).toBe(200);
    expect(confirmed.headers.get('cache-control')).toBe('no-store');
    const page = await confirmed.text();
    expect(page).toContain('Your alerts are on');
    expect(await subscribers.subscribersOf('SG')).toEqual([{ subscriberId: id, email: 'analyst@example.org', partner: 'SG', levels: ['CSP'], signals: false }]);
    expect((await subscribers.subscribersOf('TH')).map((s) => s.subscriberId)).toEqual([id]);
    expect(await subscribers.subscribersOf('ALL')).toEqual([]);

    const unsubscribeToken = tokenIn(page.replaceAll('&amp;', '&'), '/unsubscribe');
    const form = await get(`/unsubscribe?token=${unsubscribeToken}`, { accept: 'text/html' });
    expect(form.status).toBe(200);
    const html = await form.text();
    expect(html).toContain('<form method="post"');
    expect(html).toContain('name="List-Unsubscribe" value="One-Click"');
    expect(await subscribers.subscribersOf('SG')).toHaveLength(1); // a GET changes nothing

    const oneClick = await app.request(`/unsubscribe?token=${unsubscribeToken}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(oneClick.status).toBe(200);
    expect(await subscribers.subscribersOf('SG')).toEqual([]);
    expect(await subscribers.subscribersOf('TH')).toEqual([]);
    const record = await subscribers.get(id);
    expect(record).toMatchObject({ status: 'unsubscribed' });
    expect(record?.email).toBeUndefined();
    // Again: still fine (idempotent); the old confirmation link no longer revives it.
    expect((await app.request(`/unsubscribe?token=${unsubscribeToken}`, { method: 'POST' })).status).toBe(200);
    expect((await get(`/subscriptions/confirm?token=${token}`)).status).toBe(410);
  });

  it('refuses forged (400) and expired (410) links, changing nothing', async () => {
    const res = await subscribe({ email: 'pending@example.org' }, '198.51.100.2');
    expect(res.status).toBe(202);
    const token = tokenIn(mails.at(-1)!.text, '/subscriptions/confirm');
    const id = subscriberId('pending@example.org');
    const flip = (t: string) => t.slice(0, -2) + (t.at(-2) === 'A' ? 'B' : 'A') + t.at(-1);
    const forged = await get(`/subscriptions/confirm?token=${flip(token)}`);
    expect(forged.status).toBe(400);
    expect(await forged.json()).toMatchObject({ error: 'bad_request', field: 'token' });
    // Another secret, another purpose, or no token at all: forged too.
    expect((await get(`/subscriptions/confirm?token=${signToken('another-secret-of-at-least-32-characters!', id, 'confirm', NOW)}`)).status).toBe(400);
    expect((await get(`/subscriptions/confirm?token=${signToken(SECRET, id, 'unsubscribe', NOW)}`)).status).toBe(400);
    expect((await get('/subscriptions/confirm')).status).toBe(400);
    const expired = await get(`/subscriptions/confirm?token=${signToken(SECRET, id, 'confirm', new Date(NOW.getTime() - 8 * 24 * 3600 * 1000))}`);
    expect(expired.status).toBe(410);
    expect(await expired.json()).toMatchObject({ error: 'gone', reason: expect.stringContaining('expired') });
    // A browser gets a page.
    const page = await get(`/subscriptions/confirm?token=${flip(token)}`, { accept: 'text/html' });
    expect(page.status).toBe(400);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect((await subscribers.get(id))?.status).toBe('pending');
    expect(await subscribers.subscribersOf('ALL')).toEqual([]);
  });

  it('answers the same for a subscribed address and never changes its filters without the link', async () => {
    const first = await subscribe({ email: 'known@example.org', partners: ['SG'] }, '198.51.100.3');
    await get(`/subscriptions/confirm?token=${tokenIn(mails.at(-1)!.text, '/subscriptions/confirm')}`);
    expect((await subscribers.subscribersOf('SG')).map((s) => s.email)).toContain('known@example.org');

    const again = await subscribe({ email: 'known@example.org', partners: ['TH'] }, '198.51.100.3');
    const fresh = await subscribe({ email: 'unknown@example.org', partners: ['TH'] }, '198.51.100.3');
    expect(again.status).toBe(202);
    expect(fresh.status).toBe(202);
    const bodies = [await first.text(), await again.text(), await fresh.text()];
    expect(new Set(bodies).size).toBe(1);
    expect([...again.headers.keys()].sort()).toEqual([...fresh.headers.keys()].sort());
    // Still SG only until the new link is followed; then TH.
    const id = subscriberId('known@example.org');
    expect((await subscribers.get(id))?.filters.partners).toEqual(['SG']);
    const link = tokenIn(mails.filter((m) => m.to === 'known@example.org').at(-1)!.text, '/subscriptions/confirm');
    expect((await get(`/subscriptions/confirm?token=${link}`)).status).toBe(200);
    expect((await subscribers.get(id))?.filters.partners).toEqual(['TH']);
    expect((await subscribers.subscribersOf('SG')).map((s) => s.subscriberId)).not.toContain(id);
    expect((await subscribers.subscribersOf('TH')).map((s) => s.subscriberId)).toContain(id);
  });

  it('changes filters with a signed manage token (PUT)', async () => {
    const id = subscriberId('known@example.org');
    const { manageUrl } = subscriberLinks(SECRET, SITE, id, NOW);
    const token = new URL(manageUrl).searchParams.get('token')!;
    const put = await app.request(`/api/subscriptions?token=${token}`, { method: 'PUT', headers: { 'content-type': 'application/json', 'x-test-ip': '198.51.100.4' }, body: JSON.stringify({ levels: ['SP', 'CSP'], signals: true }) });
    expect(put.status).toBe(200);
    expect(await put.json()).toMatchObject({ status: 'updated', partners: [], levels: ['SP', 'CSP'], signals: true });
    expect((await subscribers.subscribersOf('ALL')).find((s) => s.subscriberId === id)).toMatchObject({ levels: ['SP', 'CSP'], signals: true });
    expect((await subscribers.subscribersOf('TH')).map((s) => s.subscriberId)).not.toContain(id);
    const read = await get(`/api/subscriptions?token=${token}`);
    expect(await read.json()).toMatchObject({ status: 'confirmed', partners: [], signals: true });
    const forged = await app.request(`/api/subscriptions?token=${token.slice(0, -3)}abc`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(forged.status).toBe(400);
  });

  it('refuses bad input: 415 wrong type, 413 oversized, 400 with field and reason', async () => {
    const ip = '198.51.100.5';
    const wrongType = await app.request('/api/subscriptions', { method: 'POST', headers: { 'content-type': 'text/plain', 'x-test-ip': ip }, body: '{"email":"a@example.org"}' });
    expect(wrongType.status).toBe(415);
    expect(await wrongType.json()).toMatchObject({ error: 'unsupported_media_type', reason: expect.any(String) });
    const big = await subscribe({ email: 'big@example.org', pad: 'x'.repeat(9000) }, ip);
    expect(big.status).toBe(413);
    expect((await subscribe('{"email":', ip)).status).toBe(400);
    const bad: [unknown, string][] = [
      [{ email: 'victim@example.org\r\nBcc: everyone@example.org' }, 'email'],
      [{ email: 'victim@example.org\nSubject: hi' }, 'email'],
      [{ email: 'аdmin@example.org' }, 'email'], // Cyrillic а
      [{ email: 'admin@exаmple.org' }, 'email'],
      [{ email: 'no-at-sign.example.org' }, 'email'],
      [{ email: 'two@@example.org' }, 'email'],
      [{ email: `${'a'.repeat(65)}@example.org` }, 'email'],
      [{ email: `a@${'b'.repeat(250)}.org` }, 'email'],
      [{ email: 'a@[127.0.0.1]' }, 'email'],
      [{ email: 'a@localhost' }, 'email'],
      [{ email: 'a@xn--pple-43d.com' }, 'email'], // punycode of a Cyrillic-а "apple": mixed scripts
      [{ email: 42 }, 'email'],
      [{ email: 'a@example.org', partners: ['XX'] }, 'partners'],
      [{ email: 'a@example.org', partners: 'SG' }, 'partners'],
      [{ email: 'a@example.org', levels: ['ESP'] }, 'levels'],
      [{ email: 'a@example.org', signals: 'yes' }, 'signals'],
      [{ email: 'a@example.org', admin: true }, 'admin'],
    ];
    for (const [body, field] of bad) {
      const res = await subscribe(body, ip);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(await res.json(), JSON.stringify(body)).toMatchObject({ error: 'bad_request', field, reason: expect.any(String) });
    }
    // An internationalised domain in punycode is fine.
    expect((await subscribe({ email: 'info@xn--bcher-kva.example' }, '198.51.100.6')).status).toBe(202);
    expect(mails.at(-1)!.to).toBe('info@xn--bcher-kva.example');
  });

  it('limits confirmation e-mails per address and requests per client: 429 with Retry-After', async () => {
    const email = 'often@example.org';
    for (let i = 0; i < 3; i++) expect((await subscribe({ email }, `203.0.113.${i + 1}`)).status).toBe(202);
    const sent = mails.length;
    const limited = await subscribe({ email }, '203.0.113.9');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited.json()).toMatchObject({ error: 'too_many_requests' });
    expect(mails).toHaveLength(sent);

    const ip = '203.0.113.50';
    for (let i = 0; i < 20; i++) expect((await subscribe({ email: `client${i}@example.org` }, ip)).status).toBe(202);
    const blocked = await subscribe({ email: 'client-last@example.org' }, ip);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeLessThanOrEqual(3600);
  });
});

// ---- review -----------------------------------------------------------------------------

describe('review', () => {
  const decide = (id: string, body: unknown, headers: Record<string, string> = asReviewer) => postJson(`/api/review/${id}`, body, headers);

  it('requires the review token: 401 without or with a wrong one', async () => {
    const none = await get('/api/review');
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ error: 'unauthorized', reason: expect.any(String) });
    expect((await get('/api/review', { authorization: 'Bearer wrong-token' })).status).toBe(401);
    expect((await get('/api/review', { authorization: `Bearer ${REVIEW_TOKEN}x` })).status).toBe(401);
    expect((await decide('SG-CSP', { decision: 'approve', reason: 'r', reviewer: 'me' }, {})).status).toBe(401);
    expect((await get('/review')).status).toBe(401);
    expect((await get('/review', { cookie: 'pw_review=wrong' })).status).toBe(401);
    expect((await get('/review', { accept: 'text/html' })).headers.get('content-type')).toContain('text/html');
  });

  it('lists flagged events with sources and the partner tier', async () => {
    const res = await get('/api/review', asReviewer);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const { items } = (await res.json()) as { items: { id: string; current: string; sources: unknown[] }[] };
    expect(items.map((i) => i.id)).toEqual(['NZ-CSP', 'TH-CSP', 'SG-CSP']);
    expect(items[2]).toMatchObject({ current: 'SP', sources: [expect.objectContaining({ url: 'https://news.example.org/f-sg' })] });
  });

  it('serves an escaped review page with a strict CSP, after a login', async () => {
    const login = await app.request('/review/login', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `token=${encodeURIComponent(REVIEW_TOKEN)}` });
    expect(login.status).toBe(303);
    const cookie = login.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^pw_review=/);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const wrong = await app.request('/review/login', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'token=nope' });
    expect(wrong.status).toBe(401);

    const res = await get('/review', { cookie: cookie.split(';')[0]!, accept: 'text/html' });
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('<script>x()</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<strong>Singapore</strong>');
    expect(html).toContain('href="https://news.example.org/f-sg"');
    expect(html).toMatch(/<script src="\/review\.js" defer><\/script>/);
    expect(html.match(/<script/g)).toHaveLength(1);
    for (const id of ['SG-CSP', 'TH-CSP', 'NZ-CSP']) expect(html).toContain(`data-event="${id}"`);
    const js = await get('/review.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toContain('javascript');
    expect(await js.text()).toContain('/api/review/');
    // A one-time ?token= sets the cookie and drops the token from the address.
    const viaQuery = await get(`/review?token=${encodeURIComponent(REVIEW_TOKEN)}`);
    expect(viaQuery.status).toBe(303);
    expect(viaQuery.headers.get('location')).toBe('/review');
  });

  it('validates a decision: reason required (≤ 500), a known decision', async () => {
    expect(await (await decide('SG-CSP', { decision: 'approve', reviewer: 'ana' })).json()).toMatchObject({ field: 'reason' });
    expect((await decide('SG-CSP', { decision: 'approve', reviewer: 'ana', reason: 'x'.repeat(501) })).status).toBe(400);
    expect(await (await decide('SG-CSP', { decision: 'maybe', reviewer: 'ana', reason: 'r' })).json()).toMatchObject({ field: 'decision' });
    expect((await decide('SG-CSP', { decision: 'approve', reviewer: 'ana', reason: 'r', level: 'CP' })).status).toBe(400);
    expect((await decide('FR-CSP', { decision: 'approve', reviewer: 'ana', reason: 'r' })).status).toBe(404);
  });

  it('approve: the flagged event becomes a confirmed change and the partner moves up', async () => {
    const res = await decide('SG-CSP', { decision: 'approve', reason: 'Joint statement on the ministry site confirms it.', reviewer: 'ana' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: 'SG-CSP', status: 'confirmed', partner: { code: 'SG', level: 'CSP' } });
    expect(await system.store.getPartner('SG')).toMatchObject({ level: 'CSP' });
    const feed = (await (await get('/api/events?limit=1')).json()) as { items: { id: string }[] };
    expect(feed.items[0]!.id).toBe('SG-CSP');
    const detail = (await (await get('/api/events/SG-CSP')).json()) as { status: string; decisions: Record<string, unknown>[] };
    expect(detail.status).toBe('confirmed');
    expect(detail.decisions).toEqual([
      expect.objectContaining({ decision: 'approve', reviewer: 'ana', reason: 'Joint statement on the ministry site confirms it.', statusBefore: 'flagged', statusAfter: 'confirmed', at: NOW.toISOString() }),
    ]);
    const history = (await (await get('/api/partners/SG')).json()) as { level: string; history: { level: string }[] };
    expect(history.level).toBe('CSP');
    expect(history.history.map((h) => h.level)).toEqual(['SP', 'CSP']);
    // Decided already: 409.
    expect((await decide('SG-CSP', { decision: 'reject', reason: 'late', reviewer: 'bo' })).status).toBe(409);
  });

  it('reject: the event leaves the queue, the registry stays', async () => {
    const res = await decide('TH-CSP', { decision: 'reject', reason: 'The article is about a company deal.', reviewer: 'bo' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: 'TH-CSP', status: 'rejected', partner: { code: 'TH', level: 'SP' } });
    const detail = (await (await get('/api/events/TH-CSP')).json()) as { status: string; decisions: Record<string, unknown>[] };
    expect(detail).toMatchObject({ status: 'rejected' });
    expect(detail.decisions).toEqual([expect.objectContaining({ decision: 'reject', reviewer: 'bo', reason: 'The article is about a company deal.' })]);
    const flagged = (await (await get('/api/events?status=flagged')).json()) as { items: { id: string }[] };
    expect(flagged.items.map((i) => i.id)).toEqual(['NZ-CSP']);
  });

  it('correct: the sources move to the right tier, the original is rejected with the reason', async () => {
    const res = await decide('NZ-CSP', { decision: 'correct', level: 'SP', reason: 'The text says strategic partnership, not comprehensive strategic.', reviewer: 'cy' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: 'NZ-CSP', status: 'rejected', corrected: { id: 'NZ-SP', status: 'flagged' } });
    const original = (await (await get('/api/events/NZ-CSP')).json()) as { status: string; reason: string; decisions: Record<string, unknown>[] };
    expect(original).toMatchObject({ status: 'rejected', reason: 'corrected to NZ-SP by a reviewer' });
    expect(original.decisions).toEqual([expect.objectContaining({ decision: 'correct', correctedTo: 'NZ-SP', reviewer: 'cy', reason: expect.stringContaining('strategic partnership') })]);
    const corrected = (await (await get('/api/events/NZ-SP')).json()) as { status: string; level: string; sources: { url: string }[]; decisions: Record<string, unknown>[] };
    expect(corrected).toMatchObject({ status: 'flagged', level: 'SP', from: 'CP' });
    expect(corrected.sources.map((s) => s.url)).toEqual(['https://news.example.org/f-nz']);
    expect(corrected.decisions).toEqual([expect.objectContaining({ decision: 'correct', correctedFrom: 'NZ-CSP' })]);
    // A correction that changes nothing is refused.
    expect(await (await decide('NZ-SP', { decision: 'correct', level: 'SP', reason: 'same', reviewer: 'cy' })).json()).toMatchObject({ error: 'bad_request', field: 'level' });
    // The re-filed event waits for review in its turn; approving it moves the registry.
    expect(await (await decide('NZ-SP', { decision: 'approve', reason: 'confirmed by the embassy', reviewer: 'cy' })).json()).toMatchObject({ status: 'confirmed', partner: { level: 'SP' } });
  });
});
