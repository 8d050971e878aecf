/** Atom 1.0 (RFC 4287) feed of events, newest first. */
import { sanitizeLine, escapeXml, safeHttpUrl } from './escape';
import { eventBodyHtml } from './body';
import { DEFAULT_FEED_TITLE, eventHeadline, eventSummary, FEED_DESCRIPTION, isoInstant, itemId, levelName, newestFirst, PRODUCT_NAME } from './text';
import type { EventView, SiteLinks } from './types';

export interface AtomOptions {
  /** The feed's title; default "Partnership Watch — Vietnam's partnership changes". */
  title?: string;
  /** The feed's <updated> when there are no events (ISO); default: the newest event's decidedAt, else the Unix epoch. */
  updated?: string;
}

/**
 * The date in tag: URIs (RFC 4151): a day the site's owner held the domain. Fixed, so that ids
 * never change.
 */
export const TAG_DATE = '2025';

const EPOCH = '1970-01-01T00:00:00.000Z';

/** `tag:watch.example.org,2025:SG-CSP`, or the given fallback when the site has no host. */
export function tagUri(links: SiteLinks, specific: string, fallback: string): string {
  let host = '';
  try {
    host = new URL(links.site).hostname.toLowerCase();
  } catch {
    host = '';
  }
  if (!/^[a-z0-9.-]+$/.test(host)) return fallback;
  return `tag:${host},${TAG_DATE}:${specific.split(':').map(encodeURIComponent).join(':')}`;
}

function linkEl(rel: string, type: string, href: string): string {
  const safe = safeHttpUrl(href);
  return safe ? `<link rel="${rel}" type="${type}" href="${escapeXml(safe)}"/>` : '';
}

/** The feed as an XML string (UTF-8): serve as application/atom+xml. */
export function renderAtom(events: EventView[], links: SiteLinks, opts: AtomOptions = {}): string {
  const sorted = newestFirst(events);
  const newest = sorted.map((e) => isoInstant(e.decidedAt)).find((t) => t !== undefined);
  const feedUpdated = newest ?? isoInstant(opts.updated) ?? EPOCH;
  const out = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `<id>${escapeXml(tagUri(links, 'feed', links.feedAtomUrl))}</id>`,
    `<title type="text">${escapeXml(sanitizeLine(opts.title) || DEFAULT_FEED_TITLE)}</title>`,
    `<subtitle type="text">${escapeXml(FEED_DESCRIPTION)}</subtitle>`,
    `<updated>${feedUpdated}</updated>`,
    linkEl('alternate', 'text/html', links.site),
    linkEl('self', 'application/atom+xml', links.feedAtomUrl),
    linkEl('alternate', 'application/feed+json', links.feedJsonUrl),
    `<author><name>${escapeXml(PRODUCT_NAME)}</name>${safeHttpUrl(links.site) ? `<uri>${escapeXml(safeHttpUrl(links.site))}</uri>` : ''}</author>`,
    `<generator>${escapeXml(PRODUCT_NAME)}</generator>`,
  ];
  for (const e of sorted) {
    const url = links.eventUrl(e.id);
    const when = isoInstant(e.decidedAt) ?? feedUpdated;
    out.push(
      '<entry>',
      `<id>${escapeXml(tagUri(links, itemId(e), safeHttpUrl(url) ?? `urn:partnership-watch:${encodeURIComponent(itemId(e))}`))}</id>`,
      `<title type="text">${escapeXml(eventHeadline(e))}</title>`,
      `<updated>${when}</updated>`,
      `<published>${when}</published>`,
      linkEl('alternate', 'text/html', url),
      `<category term="${escapeXml(e.level)}" label="${escapeXml(levelName(e.level))}"/>`,
      `<summary type="text">${escapeXml(eventSummary(e))}</summary>`,
      `<content type="html">${escapeXml(eventBodyHtml(e, links))}</content>`,
      '</entry>',
    );
  }
  out.push('</feed>');
  return out.filter((l) => l !== '').join('\n') + '\n';
}
