/**
 * The review queue behind the reviewer's token: `Authorization: Bearer <token>` for
 * /api/review*, a cookie set by the login form (or a one-time `?token=`) for the /review page.
 * Every decision is written with the Store's optimistic versioning and recorded as a decision
 * item in the event's partition (who, when, what, why).
 */
import { randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { getCookie, setCookie, deleteCookie } from 'hono/cookie';
import { applyDetection, eventId as makeEventId, review, type Decision, type EventSource, type Level } from '@pw/core';
import { key, LIST } from '../dynamo/keys';
import { InvalidCursorError, type StoredEvent } from '../dynamo/store';
import { rateLimit, type ApiContext, type App } from './context';
import { ApiError, badRequest, cache, MAX_BODY_BYTES, notFound, onlyFields, readJsonObject, wantsHtml } from './http';
import { loginPage, PAGE_CSS, REVIEW_JS, reviewPage, type ReviewItem } from './pages';
import { withSources } from './public';
import { sameSecret } from './tokens';
import { eventIdOk, isLevel, isPartnerCode, LEVEL_REASON, parseLimit, PARTNER_REASON, queryParams, text } from './validate';

export const REVIEW_COOKIE = 'pw_review';
const ATTEMPTS = 4;

const unauthorized = (reason: string) => new ApiError(401, 'unauthorized', reason, undefined, { 'WWW-Authenticate': 'Bearer realm="review"' });

export interface DecisionInput {
  decision: 'approve' | 'reject' | 'correct';
  reason: string;
  reviewer: string;
  level?: Level;
  partner?: string;
}

export function reviewRoutes(app: App, ctx: ApiContext): void {
  const { store, reviewToken } = ctx.deps;

  /** A failed attempt counts against the client; past the limit even a right token waits. */
  const refuse = async (c: Context, reason: string): Promise<never> => {
    await rateLimit(ctx, 'review-auth', ctx.clientIp(c), ctx.limits.reviewFailuresPerHour, 3600, 'too many failed review logins; try again later');
    throw unauthorized(reason);
  };

  // (hono's /api/review/* covers /api/review itself too)
  app.use('/api/review/*', async (c, next) => {
    cache(c, 'none');
    const given = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    if (!given) return refuse(c, 'send Authorization: Bearer <review token>');
    if (!sameSecret(given, reviewToken)) return refuse(c, 'wrong review token');
    await next();
  });

  /** Flagged events with their sources and each partner's current tier. */
  const queue = async (limit: number, cursor?: string): Promise<{ items: ReviewItem[]; cursor?: string }> => {
    let page;
    try {
      page = await store.queryEvents({ list: LIST.review, limit, ...(cursor ? { cursor } : {}) });
    } catch (err) {
      if (err instanceof InvalidCursorError) throw badRequest('cursor', err.message);
      throw err;
    }
    const [events, partners] = await Promise.all([withSources(ctx, page.items), store.listPartners()]);
    const tiers = new Map(partners.map((p) => [p.code, p]));
    const items = events.map((event) => ({ event, current: tiers.get(event.partner)?.level ?? null, since: tiers.get(event.partner)?.since ?? null }));
    return { items, ...(page.cursor ? { cursor: page.cursor } : {}) };
  };

  app.get('/api/review', async (c) => {
    const q = queryParams(c.req.url, ['cursor', 'limit']);
    const { items, cursor } = await queue(parseLimit(q.limit, 50), q.cursor);
    return c.json({ items: items.map((i) => ({ ...i.event, current: i.current, since: i.since })), cursor: cursor ?? null });
  });

  app.post('/api/review/:id', async (c) => {
    const id = c.req.param('id');
    if (!eventIdOk(id)) throw badRequest('id', 'must be <partner>-<tier>, e.g. SG-CSP');
    const body = await readJsonObject(c);
    onlyFields(body, ['decision', 'reason', 'reviewer', 'level', 'partner']);
    const input = parseDecision(body);
    return c.json(await decide(ctx, id, input));
  });

  // ---- the page -------------------------------------------------------------------------

  const pageToken = (c: Context) => {
    const raw = getCookie(c, REVIEW_COOKIE);
    return raw && sameSecret(raw, reviewToken) ? raw : undefined;
  };
  const setSession = (c: Context, token: string) =>
    setCookie(c, REVIEW_COOKIE, token, { path: '/', sameSite: 'Strict', secure: new URL(c.req.url).protocol === 'https:', maxAge: 12 * 3600 });

  app.get('/review', async (c) => {
    c.set('page', true);
    cache(c, 'none');
    const fromQuery = c.req.query('token');
    if (fromQuery !== undefined) {
      if (!sameSecret(fromQuery, reviewToken)) {
        await rateLimit(ctx, 'review-auth', ctx.clientIp(c), ctx.limits.reviewFailuresPerHour, 3600, 'too many failed review logins; try again later');
        return c.html(loginPage('Wrong review token.'), 401);
      }
      setSession(c, fromQuery);
      return c.redirect('/review', 303);
    }
    if (!pageToken(c)) {
      if (!wantsHtml(c) && getCookie(c, REVIEW_COOKIE) === undefined) throw unauthorized('sign in at /review with the review token');
      return c.html(loginPage(getCookie(c, REVIEW_COOKIE) ? 'Your session is no longer valid; sign in again.' : undefined), 401);
    }
    const { items, cursor } = await queue(100);
    return c.html(reviewPage(items, !!cursor));
  });

  app.post('/review/login', async (c) => {
    c.set('page', true);
    cache(c, 'none');
    if (Number(c.req.header('content-length') ?? 0) > MAX_BODY_BYTES) throw new ApiError(413, 'payload_too_large', 'the form is too large');
    const form = await c.req.parseBody();
    const token = typeof form.token === 'string' ? form.token.trim() : '';
    if (!sameSecret(token, reviewToken)) {
      await rateLimit(ctx, 'review-auth', ctx.clientIp(c), ctx.limits.reviewFailuresPerHour, 3600, 'too many failed review logins; try again later');
      return c.html(loginPage('Wrong review token.'), 401);
    }
    setSession(c, token);
    return c.redirect('/review', 303);
  });

  app.post('/review/logout', (c) => {
    cache(c, 'none');
    deleteCookie(c, REVIEW_COOKIE, { path: '/' });
    return c.redirect('/review', 303);
  });

  app.get('/review.js', (c) => {
    cache(c, 'static');
    return c.body(REVIEW_JS, 200, { 'Content-Type': 'text/javascript; charset=utf-8' });
  });
  app.get('/pw.css', (c) => {
    cache(c, 'static');
    return c.body(PAGE_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' });
  });
}

function parseDecision(body: Record<string, unknown>): DecisionInput {
  const decision = body.decision;
  if (decision !== 'approve' && decision !== 'reject' && decision !== 'correct') throw badRequest('decision', 'must be approve, reject or correct');
  const input: DecisionInput = { decision, reason: text(body, 'reason', 500), reviewer: text(body, 'reviewer', 100) };
  if (decision !== 'correct') {
    for (const f of ['level', 'partner'] as const) if (body[f] !== undefined) throw badRequest(f, 'only a correction names a tier or partner');
    return input;
  }
  if (body.level !== undefined) {
    if (!isLevel(body.level)) throw badRequest('level', LEVEL_REASON);
    input.level = body.level;
  }
  if (body.partner !== undefined) {
    if (!isPartnerCode(body.partner)) throw badRequest('partner', PARTNER_REASON);
    input.partner = body.partner;
  }
  if (!input.level && !input.partner) throw badRequest('level', 'a correction names the right tier (level) or partner');
  return input;
}

/** A decision item for the event's history (keys.ts: review decision). */
function decisionItem(eventId: string, at: string, fields: Record<string, unknown>): Record<string, unknown> {
  return { ...key.eventDecision(eventId, `${at}#${randomBytes(3).toString('hex')}`), type: 'decision', eventId, at, ...fields };
}

/** A source as stored, ready to file under another event. */
function asSource(s: EventSource & { eventId?: string }): EventSource {
  const { eventId: _e, ...rest } = s;
  return rest;
}

export interface DecisionOutcome {
  id: string;
  status: string;
  partner: { code: string; level: Level | null };
  corrected?: { id: string; status: string };
}

/** Applies a reviewer's decision, re-reading and retrying when someone else wrote in between. */
export async function decide(ctx: ApiContext, id: string, input: DecisionInput): Promise<DecisionOutcome> {
  const { store } = ctx.deps;
  const at = ctx.now().toISOString();
  const who = { reviewer: input.reviewer, reason: input.reason, decision: input.decision };

  const flagged = async (): Promise<StoredEvent> => {
    const event = await store.getEvent(id);
    if (!event) throw notFound(`no event ${id}`);
    if (event.status !== 'flagged') throw new ApiError(409, 'conflict', `event ${id} is ${event.status}, not flagged`);
    return event;
  };
  const tierOf = async (code: string) => ({ code, level: (await store.getPartner(code)).level ?? null });

  if (input.decision !== 'correct') {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const event = await flagged();
      const d = review(event, await store.getPartner(event.partner), input.decision);
      const item = decisionItem(id, at, { ...who, statusBefore: event.status, statusAfter: d.event.status });
      if (await store.saveDecision(event, d, [], at, [item])) return { id, status: d.event.status, partner: await tierOf(event.partner) };
    }
    throw new ApiError(409, 'conflict', 'the event or its partner kept changing; reload and decide again');
  }

  // correct: file the sources under the right (partner, tier), then reject the original.
  let target: { id: string; status: string } | undefined;
  for (let attempt = 0; attempt < ATTEMPTS && !target; attempt++) {
    const original = await flagged();
    const partnerCode = input.partner ?? original.partner;
    const level = input.level ?? original.level;
    const targetId = makeEventId(partnerCode, level);
    if (targetId === id) throw badRequest(input.level ? 'level' : 'partner', 'a correction must change the tier or the partner');
    const [existing, partner] = await Promise.all([store.getEvent(targetId), store.getPartner(partnerCode)]);
    const sources = original.sources.map(asSource);
    let state = existing;
    let change: Decision['change'];
    for (const s of sources) {
      const d = applyDetection(state, partner, level, s);
      change ??= d.change;
      state = { ...(state ?? {}), ...d.event } as StoredEvent;
    }
    const decision: Decision = { event: { ...state!, reason: state!.status === 'flagged' ? `${state!.reason} (re-filed by a reviewer from ${id})` : state!.reason }, ...(change ? { change } : {}) };
    const known = new Set(existing?.sources.map((s) => s.articleId));
    const item = decisionItem(targetId, at, { ...who, correctedFrom: id, statusBefore: existing?.status ?? null, statusAfter: decision.event.status });
    if (await store.saveDecision(existing, decision, sources.filter((s) => !known.has(s.articleId)), at, [item])) target = { id: targetId, status: decision.event.status };
  }
  if (!target) throw new ApiError(409, 'conflict', 'the corrected event kept changing; reload and decide again');

  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const original = await store.getEvent(id);
    if (!original || original.status !== 'flagged') {
      throw new ApiError(409, 'conflict', `the sources were re-filed under ${target.id}, but ${id} was decided by someone else meanwhile`);
    }
    const rejected: Decision = { event: { ...original, status: 'rejected', reason: `corrected to ${target.id} by a reviewer` } };
    const item = decisionItem(id, at, { ...who, correctedTo: target.id, statusBefore: 'flagged', statusAfter: 'rejected' });
    if (await store.saveDecision(original, rejected, [], at, [item])) {
      const partner = await tierOf(input.partner ?? original.partner);
      return { id, status: 'rejected', partner, corrected: target };
    }
  }
  throw new ApiError(409, 'conflict', `the sources were re-filed under ${target.id}, but ${id} kept changing; reload and reject it`);
}
