/** Stored items → what the API returns and the renderers draw. */
import { countryName, type EventSource, type EventView, type Level, type SiteLinks, type SourceView } from '@pw/core';
import type { StoredEvent } from '../dynamo/store';

/** Names of outlets by source id (data/sources.json); unknown ids show as themselves. */
export type OutletNames = ReadonlyMap<string, string>;

export function outletNames(sources: readonly { id: string; name: string }[] = []): OutletNames {
  return new Map(sources.map((s) => [s.id, s.name]));
}

/** The links of a site served from `site` (no trailing slash). */
export function siteLinks(site: string): SiteLinks {
  const base = site.replace(/\/+$/, '');
  return {
    site: base,
    eventUrl: (id) => `${base}/events/${encodeURIComponent(id)}`,
    feedJsonUrl: `${base}/feed.json`,
    feedAtomUrl: `${base}/feed.atom`,
  };
}

export function sourceView(s: EventSource, outlets: OutletNames): SourceView {
  return {
    url: s.url,
    sourceId: s.sourceId,
    outlet: outlets.get(s.sourceId) ?? s.sourceId,
    lang: s.lang,
    title: s.title,
    ...(s.published ? { published: s.published } : {}),
    evidence: s.evidence,
    status: s.status,
    confidence: s.confidence,
  };
}

/** What every view of an event shares. */
function eventHead(e: StoredEvent) {
  return {
    id: e.id,
    partner: e.partner,
    partnerName: countryName(e.partner),
    level: e.level,
    from: e.from ?? null,
    status: e.status,
    date: e.date ?? null,
    decidedAt: e.decidedAt ?? e.updatedAt,
    reason: e.reason,
    confidence: e.confidence,
  };
}

export function eventView(e: StoredEvent, outlets: OutletNames): EventView {
  return {
    ...eventHead(e),
    sources: [...e.sources].sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '') || a.articleId.localeCompare(b.articleId)).map((s) => sourceView(s, outlets)),
  };
}

/** An event in a listing: no sources (they come with /api/events/:id), their count and a link instead. */
export function eventSummary(e: StoredEvent & { sourceCount?: number }, links: SiteLinks) {
  return { ...eventHead(e), sourceCount: e.sourceCount ?? e.sources.length, url: links.eventUrl(e.id) };
}

/** A review decision as the event's history shows it. */
export function decisionView(d: Record<string, unknown>) {
  return {
    at: d.at,
    decision: d.decision,
    reviewer: d.reviewer,
    reason: d.reason,
    statusBefore: d.statusBefore,
    statusAfter: d.statusAfter,
    ...(d.correctedTo ? { correctedTo: d.correctedTo } : {}),
    ...(d.correctedFrom ? { correctedFrom: d.correctedFrom } : {}),
  };
}

export function partnerView(p: { code: string; level?: Level; since?: string; origin?: string }) {
  return { code: p.code, name: countryName(p.code), level: p.level ?? null, since: p.since ?? null, origin: p.origin ?? null };
}

export function historyView(h: Record<string, unknown>, links: SiteLinks) {
  return {
    date: h.date ?? null,
    level: h.level,
    from: h.from ?? null,
    variant: h.variant ?? null,
    occasion: h.occasion ?? null,
    sources: Array.isArray(h.sources) ? h.sources : [],
    origin: h.origin ?? null,
    ...(typeof h.eventId === 'string' ? { eventId: h.eventId, event: links.eventUrl(h.eventId) } : {}),
  };
}
