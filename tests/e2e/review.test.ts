/**
 * The reviewer's path end to end, in a real browser: the whole product runs locally
 * (startProduct: DynamoDB Local, the SQS and SES emulators, the pipeline, the notifier, the API
 * and the review page on loopback) and Debian's Chromium, driven by playwright-core, signs in
 * at /review, reads a flagged event whose article carries hostile markup, and approves it. The
 * alert is then read back from the SES emulator and the public API shows the new tier and the
 * decision. Needs /usr/bin/chromium (.ci/run installs it); nothing is downloaded.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subscriberId } from '@pw/aws';
import { applyDetection, type EventSource } from '@pw/core';
import { startProduct, type LocalProduct } from '../../packages/local/src/product';

const HOSTILE_TITLE = 'Seoul and Hanoi <script>window.__pwned = true</script> lift ties to the top tier';
const HOSTILE_EVIDENCE = 'Vietnam and South Korea upgraded their relations to a Comprehensive Strategic Partnership <img src=x onerror="window.__pwned=true"> during the state visit.';
const SOURCE_URL = 'https://example.org/yonhap/kr-csp-2022';
const SUBSCRIBER = 'reader@example.org';
const REASON = 'Confirmed by the joint statement';
const REVIEWER = 'E2E Reviewer';

const source: EventSource = {
  articleId: 'yonhap-kr-csp',
  sourceId: 'yonhap-en',
  trust: 'press',
  url: SOURCE_URL,
  lang: 'en',
  title: HOSTILE_TITLE,
  status: 'announced',
  confidence: 0.9,
  date: '2022-12-05',
  evidence: HOSTILE_EVIDENCE,
};

let product: LocalProduct | undefined;
let browser: Browser | undefined;
let context: BrowserContext;
let page: Page;
/** Screenshots of the page (not asserted): PW_E2E_SCREENSHOTS=<dir> keeps them, else a temp dir, removed. */
const keepShots = process.env.PW_E2E_SCREENSHOTS;
const shots = keepShots || mkdtempSync(join(tmpdir(), 'pw-e2e-'));
/** Script errors and CSP refusals in the page: an escaped page has none. */
const pageProblems: string[] = [];

async function until<T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (ok(v) || Date.now() > deadline) return v;
    await new Promise((r) => setTimeout(r, 200));
  }
}

interface StoredEmail {
  messageId: string;
  destination: { to: string[] };
  subject: string;
}
async function storedEmails(): Promise<StoredEmail[]> {
  const res = await fetch(`${product!.system.stack.sesStoreUrl}`);
  return ((await res.json()) as { emails: StoredEmail[] }).emails;
}

beforeAll(async () => {
  product = await startProduct({ fastQueue: true, sources: [{ id: 'yonhap-en', name: 'Yonhap' }] });
  const { system, subscribers } = product;

  await system.store.importRegistry([{ code: 'KR', level: 'SP', since: '2009-10', history: [{ level: 'SP', date: '2009-10' }] }]);

  const id = subscriberId(SUBSCRIBER);
  const now = new Date();
  await subscribers.request(id, SUBSCRIBER, { partners: [], levels: [], signals: false }, now);
  await subscribers.confirm(id, Math.floor(now.getTime() / 1000), now);

  const decision = applyDetection(undefined, await system.store.getPartner('KR'), 'CSP', source);
  expect(decision.event.status).toBe('flagged');
  expect(await system.store.saveDecision(undefined, decision, [source], new Date().toISOString())).toBe(true);

  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    timeout: 20_000,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  context.setDefaultTimeout(10_000);
  page = await context.newPage();
  page.on('pageerror', (err) => pageProblems.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Refused|Content Security Policy/i.test(msg.text())) pageProblems.push(`console: ${msg.text()}`);
  });
}, 60_000);

afterAll(async () => {
  await browser?.close().catch(() => undefined);
  await product?.stop();
  if (!keepShots) rmSync(shots, { recursive: true, force: true });
}, 30_000);

describe('the review page, without the token', () => {
  it('shows the login form, and the review API answers 401 without or with a wrong Bearer token', async () => {
    const { origin } = product!;
    const anonymous = await browser!.newContext();
    try {
      const p = await anonymous.newPage();
      const res = await p.goto(`${origin}/review`);
      expect(res?.status()).toBe(401);
      await expect.poll(() => p.locator('form.login input[name="token"][type="password"]').isVisible()).toBe(true);
      expect(await p.locator('article.event').count()).toBe(0);
      expect(await p.content()).not.toContain('KR-CSP');
      await p.screenshot({ path: join(shots, 'login.png') });
    } finally {
      await anonymous.close();
    }

    const none = await fetch(`${origin}/api/review`);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    const wrong = await fetch(`${origin}/api/review`, { headers: { authorization: 'Bearer not-the-review-token-at-all' } });
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as { error: string }).error).toBe('unauthorized');
    const post = await fetch(`${origin}/api/review/KR-CSP`, {
      method: 'POST',
      headers: { authorization: 'Bearer not-the-review-token-at-all', 'content-type': 'application/json' },
      body: JSON.stringify({ decision: 'approve', reason: 'x', reviewer: 'x' }),
    });
    expect(post.status).toBe(401);
    expect((await product!.system.store.getEvent('KR-CSP'))?.status).toBe('flagged');
  });
});

describe('a reviewer approves a flagged upgrade', () => {
  it('signs in with the review token through the form', async () => {
    const { origin, reviewToken } = product!;
    const res = await page.goto(`${origin}/review`);
    expect(res?.status()).toBe(401);
    const token = page.locator('form.login input[name="token"]');
    await token.fill(reviewToken);
    await Promise.all([page.waitForURL(`${origin}/review`, { waitUntil: 'load' }), page.locator('form.login button[type="submit"]').click()]);
    await expect.poll(() => page.locator('h1').innerText()).toBe('Review queue');
    expect(await page.locator('form.login').count()).toBe(0);
  });

  it('lists KR-CSP with its evidence highlighted, the source link and the language', async () => {
    const article = page.locator('article#event-KR-CSP');
    await article.waitFor({ state: 'visible' });
    expect(await article.locator('h2').innerText()).toContain('South Korea (KR) → CSP');
    expect(await article.locator('dl').innerText()).toMatch(/Registry now\s+SP/);

    // The evidence sentence, marked, with the partner's name in bold.
    const quote = article.locator('ol.sources blockquote mark');
    expect(await quote.innerText()).toBe(HOSTILE_EVIDENCE);
    expect(await quote.locator('strong').allInnerTexts()).toContain('South Korea');
    expect(await article.locator('ol.sources blockquote').getAttribute('lang')).toBe('en');

    // The source's link (a new tab, no referrer) and its outlet and language.
    const link = article.locator(`ol.sources a[href="${SOURCE_URL}"]`);
    expect(await link.count()).toBe(1);
    expect(await link.innerText()).toBe(HOSTILE_TITLE);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toContain('noreferrer');
    const meta = await article.locator('ol.sources .meta').innerText();
    expect(meta).toContain('Yonhap');
    expect(meta).toContain('English (en)');

    await page.screenshot({ path: join(shots, 'review.png'), fullPage: true });
  });

  it('shows the hostile title and evidence as text, running none of it', async () => {
    const text = await page.locator('body').innerText();
    expect(text).toContain('<script>');
    expect(text).toContain('<script>window.__pwned = true</script>');
    expect(text).toContain('<img src=x onerror="window.__pwned=true">');
    expect(await page.locator('article#event-KR-CSP script, article#event-KR-CSP img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(pageProblems).toEqual([]);
  });

  it('approves it with a reason, and the page says it is approved', async () => {
    const form = page.locator('article#event-KR-CSP form.decide');
    await form.locator('input[name="decision"][value="approve"]').check();
    await form.locator('textarea[name="reason"]').fill(REASON);
    await form.locator('input[name="reviewer"]').fill(REVIEWER);
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/review/KR-CSP') && r.request().method() === 'POST');
    await form.locator('button[type="submit"]').click();
    expect((await answer).status()).toBe(200);

    await expect.poll(() => form.locator('output.result').innerText(), { timeout: 10_000 }).toBe('Saved: KR-CSP is now confirmed');
    expect(await page.locator('article#event-KR-CSP').getAttribute('class')).toContain('done');
    expect(await form.locator('button[type="submit"]').isDisabled()).toBe(true);
    await page.screenshot({ path: join(shots, 'review-approved.png'), fullPage: true });

    // Reloaded, the queue no longer holds it.
    await page.reload();
    expect(await page.locator('article#event-KR-CSP').count()).toBe(0);
    expect(await page.locator('main').innerText()).toContain('Nothing waits for review.');
    expect(pageProblems).toEqual([]);
  });

  it('emails the subscriber an alert naming South Korea and the new tier', async () => {
    const forReader = (emails: StoredEmail[]) => emails.filter((e) => e.destination.to.includes(SUBSCRIBER));
    const emails = forReader(await until(storedEmails, (all) => forReader(all).length > 0, 20_000));
    expect(emails).toHaveLength(1);
    expect(emails[0]!.subject).toContain('South Korea');
    expect(emails[0]!.subject).toContain('Comprehensive Strategic Partnership');
  }, 30_000);

  it('shows the new tier and the decision (who, when, what, why) in the public API', async () => {
    const { origin } = product!;
    const partner = (await (await fetch(`${origin}/api/partners/KR`)).json()) as { code: string; level: string; history: { level: string; eventId?: string }[] };
    expect(partner).toMatchObject({ code: 'KR', level: 'CSP' });
    expect(partner.history.some((h) => h.level === 'CSP' && h.eventId === 'KR-CSP')).toBe(true);

    const res = await fetch(`${origin}/api/events/KR-CSP`);
    expect(res.status).toBe(200);
    const event = (await res.json()) as { status: string; decisions: { at: string; decision: string; reviewer: string; reason: string; statusBefore: string; statusAfter: string }[] };
    expect(event.status).toBe('confirmed');
    expect(event.decisions).toHaveLength(1);
    const d = event.decisions[0]!;
    expect(d).toMatchObject({ decision: 'approve', reviewer: REVIEWER, reason: REASON, statusBefore: 'flagged', statusAfter: 'confirmed' });
    expect(Date.now() - Date.parse(d.at)).toBeLessThan(60_000);
  });
});
