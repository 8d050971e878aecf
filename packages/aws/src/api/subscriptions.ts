/**
 * Subscriptions with double opt-in. A request always answers 202 with the same body, whatever
 * the address's state: a new or pending address gets a confirmation link; a confirmed one gets a
 * link that applies the new filters. Nothing changes until a link is followed. Addresses are
 * never logged.
 */
import type { Context } from 'hono';
import { countryName, escapeHtml, listUnsubscribeHeaders, renderConfirmationEmail } from '@pw/core';
import { subscriberId, type SubscriberFilters } from '../dynamo/subscribers';
import { rateLimit, type ApiContext, type App } from './context';
import { ApiError, badRequest, cache, onlyFields, readJsonObject, wantsHtml } from './http';
import { messagePage, unsubscribePage } from './pages';
import { signToken, TOKEN_TTL_SECONDS, verifyToken, type TokenPurpose } from './tokens';
import { checkEmail, parseFilters } from './validate';

const HOUR = 3600;
const DAY = 24 * HOUR;

/** The same answer whether or not the address is known. */
export const ACCEPTED = {
  status: 'accepted',
  message: 'If this address can receive alerts, a confirmation link is on its way. Alerts (or your new filters) start once you follow it, within 7 days.',
} as const;

/** The links a subscriber's e-mails carry (the notifier uses this too). */
export function subscriberLinks(signingSecret: string, site: string, id: string, now: Date) {
  const base = site.replace(/\/+$/, '');
  const unsubscribeUrl = `${base}/unsubscribe?token=${signToken(signingSecret, id, 'unsubscribe', now)}`;
  const manageUrl = `${base}/api/subscriptions?token=${signToken(signingSecret, id, 'manage', now)}`;
  return { unsubscribeUrl, manageUrl, headers: listUnsubscribeHeaders(unsubscribeUrl) };
}

export function filtersSummary(f: SubscriberFilters): string {
  const partners = f.partners.length ? f.partners.map((p) => countryName(p)).join(', ') : 'all partners';
  const levels = f.levels.length ? f.levels.join(', ') : 'all tiers';
  return `${partners}; ${levels}${f.signals ? '; also expected upgrades' : ''}`;
}

export function subscriptionRoutes(app: App, ctx: ApiContext): void {
  const { subscribers, signingSecret, links } = ctx.deps;
  const perClient = (c: Context) => rateLimit(ctx, 'client', ctx.clientIp(c), ctx.limits.clientPerHour, HOUR, 'too many subscription requests from this network; try again later');

  /** A token from the query (links) or the Authorization header; 400 forged, 410 expired. */
  const checkToken = (c: Context, purpose: TokenPurpose) => {
    const fromHeader = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    const token = c.req.query('token') ?? fromHeader;
    if (!token) throw badRequest('token', 'the link has no token');
    const v = verifyToken(signingSecret, token, purpose, ctx.now());
    if (!v.ok) throw v.problem === 'expired' ? new ApiError(410, 'gone', v.reason, 'token') : badRequest('token', v.reason);
    return v;
  };

  app.post('/api/subscriptions', async (c) => {
    cache(c, 'none');
    await perClient(c);
    const body = await readJsonObject(c);
    onlyFields(body, ['email', 'partners', 'levels', 'signals']);
    const checked = checkEmail(body.email);
    if (!checked.ok) throw badRequest('email', checked.reason);
    const filters = parseFilters(body);
    const now = ctx.now();
    // Counted for every valid request, known address or not, so a 429 tells nothing either.
    await rateLimit(ctx, 'address', checked.email, ctx.limits.addressPerDay, DAY, 'too many confirmation e-mails for this address today; try again tomorrow');
    const id = subscriberId(checked.email);
    await subscribers.request(id, checked.email, filters, now);
    const confirmUrl = `${links.site.replace(/\/+$/, '')}/subscriptions/confirm?token=${signToken(signingSecret, id, 'confirm', now)}`;
    const mail = renderConfirmationEmail({ confirmUrl, filtersSummary: filtersSummary(filters), expiresInDays: TOKEN_TTL_SECONDS.confirm / DAY, recipient: checked.email });
    try {
      await ctx.deps.sendEmail({ to: checked.email, ...mail });
    } catch {
      throw new ApiError(503, 'unavailable', 'the confirmation e-mail could not be sent; try again later', undefined, { 'Retry-After': '60' });
    }
    return c.json(ACCEPTED, 202);
  });

  app.get('/subscriptions/confirm', async (c) => {
    c.set('page', true);
    cache(c, 'none');
    const v = checkToken(c, 'confirm');
    const outcome = await subscribers.confirm(v.subscriberId, v.issuedAt, ctx.now());
    if (outcome === 'missing' || outcome === 'superseded') throw new ApiError(410, 'gone', 'this request is no longer pending; subscribe again');
    const { unsubscribeUrl } = subscriberLinks(signingSecret, links.site, v.subscriberId, ctx.now());
    const message =
      outcome === 'confirmed' ? 'Your alerts are on. Each e-mail has a link to stop them.' : outcome === 'updated' ? 'Your new filters are saved.' : 'Your alerts were already on.';
    return c.html(messagePage('Subscription confirmed', message, `<p><a href="${escapeHtml(unsubscribeUrl)}">Unsubscribe</a></p>`));
  });

  app.get('/api/subscriptions', async (c) => {
    cache(c, 'none');
    const v = checkToken(c, 'manage');
    const s = await subscribers.get(v.subscriberId);
    if (!s || s.status === 'unsubscribed') throw new ApiError(410, 'gone', 'this subscription no longer exists');
    return c.json({ status: s.status, ...s.filters, ...(s.pendingFilters ? { pendingFilters: s.pendingFilters } : {}) });
  });

  app.put('/api/subscriptions', async (c) => {
    cache(c, 'none');
    await perClient(c);
    const v = checkToken(c, 'manage');
    const body = await readJsonObject(c);
    onlyFields(body, ['partners', 'levels', 'signals']);
    const filters = parseFilters(body);
    const outcome = await subscribers.updateFilters(v.subscriberId, filters, ctx.now());
    if (outcome !== 'updated') throw new ApiError(410, 'gone', 'this subscription no longer exists');
    return c.json({ status: 'updated', ...filters });
  });

  app.get('/unsubscribe', (c) => {
    c.set('page', true);
    cache(c, 'none');
    checkToken(c, 'unsubscribe');
    const action = `/unsubscribe?token=${encodeURIComponent(c.req.query('token')!)}`;
    return c.html(unsubscribePage(action));
  });

  // RFC 8058 one-click: mail clients POST `List-Unsubscribe=One-Click`; the page's button too.
  app.post('/unsubscribe', async (c) => {
    c.set('page', true);
    cache(c, 'none');
    const v = checkToken(c, 'unsubscribe');
    await subscribers.unsubscribe(v.subscriberId, ctx.now());
    if (wantsHtml(c)) return c.html(messagePage('Unsubscribed', 'You will receive no more alerts. You can subscribe again at any time.'));
    return c.json({ status: 'unsubscribed' });
  });
}
