/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1) of events, newest first. */
import { sanitizeLine, sanitizeText, safeHttpUrl } from './escape';
import { eventBodyHtml, eventBodyText } from './body';
import { DEFAULT_FEED_TITLE, eventHeadline, eventSummary, FEED_DESCRIPTION, isoInstant, itemId, levelName, newestFirst, partnerLabel, PRODUCT_NAME } from './text';
import type { Level } from '../types';
import type { EventView, SiteLinks } from './types';

export interface FeedOptions {
  /** The feed's title; default "Partnership Watch — Vietnam's partnership changes". */
  title?: string;
}

/** `_partnership`: the event as data, for machines. */
export interface JsonFeedPartnership {
  /** The event id (`${partner}-${level}`). */
  id: string;
  partner: string;
  partnerName: string;
  from: Level | null;
  to: Level;
  toName: string;
  status: EventView['status'];
  date: string | null;
  decidedAt: string;
  reason: string;
  confidence: number;
  sources: {
    outlet: string;
    sourceId: string;
    lang: string;
    /** The article URL when it is http(s); null otherwise. */
    url: string | null;
    title: string;
    published?: string;
    /** The evidence sentence in the article's own language. */
    evidence: string;
    status: 'announced' | 'recap' | 'signal';
    confidence: number;
  }[];
}

export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  summary: string;
  content_text: string;
  content_html: string;
  date_published?: string;
  tags: string[];
  language: string;
  _partnership: JsonFeedPartnership;
}

export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: 'en';
  authors: { name: string; url: string }[];
  items: JsonFeedItem[];
}

function partnershipOf(e: EventView): JsonFeedPartnership {
  return {
    id: e.id,
    partner: e.partner,
    partnerName: partnerLabel(e),
    from: e.from,
    to: e.level,
    toName: levelName(e.level),
    status: e.status,
    date: e.date,
    decidedAt: e.decidedAt,
    reason: sanitizeLine(e.reason),
    confidence: e.confidence,
    sources: e.sources.map((s) => ({
      outlet: sanitizeLine(s.outlet) || sanitizeLine(s.sourceId),
      sourceId: s.sourceId,
      lang: s.lang,
      url: safeHttpUrl(s.url),
      title: sanitizeLine(s.title),
      ...(s.published ? { published: s.published } : {}),
      evidence: sanitizeLine(s.evidence),
      status: s.status,
      confidence: s.confidence,
    })),
  };
}

/** The feed as a plain object: `JSON.stringify` it and serve as application/feed+json. */
export function renderJsonFeed(events: EventView[], links: SiteLinks, opts: FeedOptions = {}): JsonFeed {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: sanitizeLine(opts.title) || DEFAULT_FEED_TITLE,
    home_page_url: links.site,
    feed_url: links.feedJsonUrl,
    description: FEED_DESCRIPTION,
    language: 'en',
    authors: [{ name: PRODUCT_NAME, url: links.site }],
    items: newestFirst(events).map((e) => {
      const published = isoInstant(e.decidedAt);
      return {
        id: itemId(e),
        url: links.eventUrl(e.id),
        title: eventHeadline(e),
        summary: eventSummary(e),
        content_text: sanitizeText(eventBodyText(e, links)),
        content_html: eventBodyHtml(e, links),
        ...(published ? { date_published: published } : {}),
        tags: [e.level, e.status],
        language: 'en',
        _partnership: partnershipOf(e),
      };
    }),
  };
}
