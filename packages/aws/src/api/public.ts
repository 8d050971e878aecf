/** The public reads: feeds, events, partners. Each is one Query (see ../dynamo/keys.ts). */
import { renderAtom, renderJsonFeed, type EventView } from '@pw/core';
import { InvalidCursorError, type StoredEvent } from '../dynamo/store';
import { LIST } from '../dynamo/keys';
import type { ApiContext, App } from './context';
import { badRequest, cache, notFound } from './http';
import { EVENT_STATUSES, eventIdOk, isLevel, isPartnerCode, LEVEL_REASON, parseLimit, PARTNER_REASON, queryParams, type ListedStatus } from './validate';
import { eventPage } from './pages';
import { decisionView, eventSummary, eventView, historyView, partnerView } from './views';

/** How many changes the feeds carry. */
export const FEED_SIZE = 30;

const LIST_OF: Record<ListedStatus, (typeof LIST)['feed' | 'review' | 'signal']> = { confirmed: LIST.feed, flagged: LIST.review, signal: LIST.signal };

/** Events with their sources: the listing (one Query), then each event's own Query, side by side. */
export async function withSources(ctx: ApiContext, events: StoredEvent[]): Promise<EventView[]> {
  const full = await Promise.all(events.map((e) => ctx.deps.store.getEvent(e.id)));
  return full.filter((e): e is StoredEvent => !!e).map((e) => eventView(e, ctx.outlets));
}

export function publicRoutes(app: App, ctx: ApiContext): void {
  const { store, links } = ctx.deps;

  const latestChanges = async () => withSources(ctx, (await store.queryEvents({ list: LIST.feed, limit: FEED_SIZE })).items);

  app.get('/feed.json', async (c) => {
    const feed = renderJsonFeed(await latestChanges(), links);
    cache(c, 'feed');
    c.header('Access-Control-Allow-Origin', '*');
    return c.body(JSON.stringify(feed), 200, { 'Content-Type': 'application/feed+json; charset=utf-8' });
  });

  app.get('/feed.atom', async (c) => {
    const xml = renderAtom(await latestChanges(), links);
    cache(c, 'feed');
    c.header('Access-Control-Allow-Origin', '*');
    return c.body(xml, 200, { 'Content-Type': 'application/atom+xml; charset=utf-8' });
  });

  app.get('/api/events', async (c) => {
    const q = queryParams(c.req.url, ['partner', 'level', 'status', 'cursor', 'limit']);
    if (q.partner !== undefined && !isPartnerCode(q.partner)) throw badRequest('partner', PARTNER_REASON);
    if (q.level !== undefined && !isLevel(q.level)) throw badRequest('level', LEVEL_REASON);
    if (q.status !== undefined && !(EVENT_STATUSES as readonly string[]).includes(q.status)) throw badRequest('status', `must be one of ${EVENT_STATUSES.join(', ')}`);
    if (q.cursor !== undefined && (q.cursor.length === 0 || q.cursor.length > 1024)) throw badRequest('cursor', 'invalid cursor (use the one the previous page returned)');
    const limit = parseLimit(q.limit);
    const status = (q.status ?? 'confirmed') as ListedStatus;
    let page;
    try {
      page = await store.queryEvents({ list: LIST_OF[status], limit, ...(q.partner ? { partner: q.partner } : {}), ...(q.level ? { level: q.level } : {}), ...(q.cursor ? { cursor: q.cursor } : {}) });
    } catch (err) {
      if (err instanceof InvalidCursorError) throw badRequest('cursor', err.message === 'invalid cursor' ? 'invalid cursor (use the one the previous page returned)' : err.message);
      throw err;
    }
    const nextUrl = page.cursor ? new URL(c.req.url) : undefined;
    nextUrl?.searchParams.set('cursor', page.cursor!);
    cache(c, 'public');
    c.header('Access-Control-Allow-Origin', '*');
    return c.json({
      items: page.items.map((e) => eventSummary(e, links)),
      cursor: page.cursor ?? null,
      next: nextUrl ? `${nextUrl.pathname}${nextUrl.search}` : null,
    });
  });

  app.get('/api/events/:id', async (c) => {
    const id = c.req.param('id');
    if (!eventIdOk(id)) throw badRequest('id', 'must be <partner>-<tier>, e.g. SG-CSP');
    const detail = await store.getEventDetail(id);
    if (!detail) throw notFound(`no event ${id}`);
    cache(c, 'public');
    c.header('Access-Control-Allow-Origin', '*');
    return c.json({ ...eventView(detail.event, ctx.outlets), sourceCount: detail.event.sources.length, decisions: detail.decisions.map(decisionView) });
  });

  // The event's page for people (alerts and feeds link here): what changed, the sources with
  // their evidence in its language, and every review decision.
  app.get('/events/:id', async (c) => {
    const id = c.req.param('id');
    if (!eventIdOk(id)) throw badRequest('id', 'must be <partner>-<tier>, e.g. SG-CSP');
    const detail = await store.getEventDetail(id);
    if (!detail) throw notFound(`no event ${id}`);
    cache(c, 'public');
    const view = eventView(detail.event, ctx.outlets);
    return c.html(eventPage(view, links, detail.decisions.map(decisionView)));
  });

  // The health of every polled source: last success, last error and why, failures in a row,
  // and when it is tried again. One Query (gsi1 SOURCES).
  app.get('/api/sources', async (c) => {
    queryParams(c.req.url, []);
    const states = await store.getSourceStates();
    cache(c, 'public');
    c.header('Access-Control-Allow-Origin', '*');
    const items = [...states.values()]
      .sort((a, b) => Number(a.healthy) - Number(b.healthy) || a.sourceId.localeCompare(b.sourceId))
      .map((s) => ({
        id: s.sourceId,
        name: ctx.outlets.get(s.sourceId) ?? s.sourceId,
        healthy: s.healthy,
        lastPollAt: s.lastPollAt ?? null,
        lastSuccessAt: s.lastSuccessAt ?? null,
        lastError: s.lastError ?? null,
        lastErrorAt: s.lastErrorAt ?? null,
        consecutiveFailures: s.consecutiveFailures,
        nextPollAfter: s.nextPollAfter ?? null,
      }));
    return c.json({ healthy: items.filter((i) => i.healthy).length, unhealthy: items.filter((i) => !i.healthy).length, items });
  });

  app.get('/api/partners', async (c) => {
    queryParams(c.req.url, []);
    const partners = await store.listPartners();
    cache(c, 'public');
    c.header('Access-Control-Allow-Origin', '*');
    return c.json({ items: partners.map(partnerView) });
  });

  app.get('/api/partners/:code', async (c) => {
    const code = c.req.param('code');
    if (!isPartnerCode(code)) throw badRequest('code', PARTNER_REASON);
    const record = await store.getPartnerRecord(code);
    if (!record) throw notFound(`no partnership with ${code} on record`);
    cache(c, 'public');
    c.header('Access-Control-Allow-Origin', '*');
    return c.json({ ...partnerView(record.partner ?? { code }), history: record.history.map((h) => historyView(h, links)) });
  });
}
