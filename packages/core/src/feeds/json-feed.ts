/**
 * JSON Feed 1.0 / 1.1 (https://jsonfeed.org/version/1.1): a small parser of its own.
 * Items come back raw (link not yet resolved); parse.ts turns them into FeedItems.
 */
import { FeedError } from './errors';

export interface RawFeedItem {
  title?: unknown;
  links: unknown[];
  guid?: unknown;
  dates: unknown[];
  summary?: unknown;
}

export interface RawFeed {
  title?: unknown;
  link?: unknown;
  items: RawFeedItem[];
  total: number;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function looksLikeJson(text: string, contentType: string | undefined): boolean {
  const ct = (contentType ?? '').toLowerCase().split(';')[0]?.trim() ?? '';
  if (ct === 'application/json' || ct === 'application/feed+json' || ct.endsWith('+json')) return true;
  return /^\s*\{/.test(text.slice(0, 64));
}

export function parseJsonFeed(text: string, maxItems: number): RawFeed {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new FeedError('invalid-json', `the JSON does not parse (${(err as Error).message})`, { cause: err });
  }
  if (!isObject(data) || typeof data.version !== 'string' || !/^https?:\/\/jsonfeed\.org\/version\/1(?:\.\d+)?\/?$/.test(data.version)) {
    throw new FeedError('not-a-feed', 'JSON, but not a JSON Feed (no "version": "https://jsonfeed.org/version/1.x")');
  }
  if (!Array.isArray(data.items)) throw new FeedError('not-a-feed', 'a JSON Feed without an "items" array');
  const items: RawFeedItem[] = [];
  for (const it of data.items.slice(0, maxItems)) {
    if (!isObject(it)) continue;
    const guid = typeof it.id === 'number' ? String(it.id) : it.id;
    items.push({
      title: it.title,
      links: [it.url, it.external_url],
      guid,
      dates: [it.date_published, it.date_modified],
      summary: it.summary ?? it.content_text ?? it.content_html,
    });
  }
  return { title: data.title, link: data.home_page_url, items, total: data.items.length };
}
