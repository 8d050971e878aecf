/**
 * Feed documents → FeedItems. RSS 2.0 / 0.9x, RSS 1.0 (RDF) and Atom through rss-parser; JSON
 * Feed 1.0/1.1 through json-feed.ts.
 *
 * Every item link is resolved against the feed URL and canonicalised; items without a usable
 * http(s) link are dropped (and counted). At most `maxItems` (default 500) items are kept — the
 * first ones in document order, which feeds put newest first — and the result says so
 * (`capped`). Dates become ISO 8601 UTC or undefined (never invented; absurd ones dropped).
 */
import iconv from 'iconv-lite';
import Parser from 'rss-parser';
import { feedDateToIso } from './dates';
import { FeedError } from './errors';
import { looksLikeJson, parseJsonFeed } from './json-feed';
import type { RawFeed, RawFeedItem } from './json-feed';
import { MAX_SUMMARY_CHARS, MAX_TITLE_CHARS, plainText } from './text';
import { resolveLink } from './url';
import { cutItems, declaresEntities, htmlEntitiesToNumeric, scanProlog } from './xml';

export interface FeedItem {
  title?: string;
  /** Absolute, canonical http(s) URL (see canonicalUrl). */
  link: string;
  guid?: string;
  /** ISO 8601 UTC, when the feed gave a believable date. */
  published?: string;
  /** Plain text, at most 1000 characters. */
  summary?: string;
}

export type FeedFormat = 'rss2' | 'rss0.9' | 'rss1' | 'atom' | 'json';

export interface ParsedFeed {
  format: FeedFormat;
  title?: string;
  /** The site's home page as the feed gives it (absolute, canonical), if any. */
  link?: string;
  items: FeedItem[];
  /** Items in the document (before the cap and before dropping link-less ones). */
  totalItems: number;
  /** True when there were more than maxItems items and only the first ones were kept. */
  capped: boolean;
  /** Items dropped for want of a usable http(s) link, or as duplicates of an earlier link. */
  dropped: number;
  /** Human-readable notes (capping, dropped items, entity repair). */
  warnings: string[];
}

export interface ParseFeedOptions {
  /** Where the feed was fetched from (its final URL): relative links resolve against it. */
  feedUrl: string;
  /** The HTTP Content-Type, if known (JSON detection, charset of byte input). */
  contentType?: string;
  /** Items kept at most. Default 500. */
  maxItems?: number;
  /** Past maxItems: 'cap' (default: keep the first ones, `capped: true`) or 'fail' (FeedError too-many-items). */
  onTooManyItems?: 'cap' | 'fail';
  /** "Now" for the future-date check (ms since epoch or Date). Default: the clock. */
  now?: number | Date;
}

export const DEFAULT_MAX_ITEMS = 500;
/** Documents longer than this (characters) are refused with too-large. */
export const MAX_FEED_CHARS = 20 * 1024 * 1024;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The text of an xml2js node: a string, or `{ _: string }` when it had attributes. */
function nodeText(v: unknown): string | undefined {
  const first = Array.isArray(v) ? v[0] : v;
  if (typeof first === 'string') return first;
  if (isObj(first) && typeof first._ === 'string') return first._;
  return undefined;
}

function attrs(v: unknown): Obj {
  return isObj(v) && isObj(v.$) ? v.$ : {};
}

const baseParseItemAtom = (Parser.prototype as unknown as { parseItemAtom?: (this: unknown, entry: Obj) => Obj }).parseItemAtom;

/**
 * rss-parser with two repairs to its Atom entry handling: it calls `new Date(x).toISOString()` on
 * <published>/<updated> (one bad date throws away the whole feed) and reads `link.$.rel`
 * without checking that the link has attributes. We keep the raw date strings and pick the link
 * ourselves, before handing the rest of the entry to rss-parser.
 */
class SafeParser extends Parser<Obj, Obj> {
  parseItemAtom(entry: Obj): Obj {
    const { published, updated, link, ...rest } = entry;
    const links = (Array.isArray(link) ? link : []).map((l) => {
      const a = attrs(l);
      return { href: typeof a.href === 'string' ? a.href : undefined, rel: a.rel, type: a.type, text: nodeText(l) };
    });
    const alternate = (l: (typeof links)[number]): boolean => l.href !== undefined && (l.rel === undefined || l.rel === 'alternate');
    const pick =
      links.find((l) => alternate(l) && (l.type === undefined || String(l.type).includes('html'))) ??
      links.find(alternate) ??
      links.find((l) => l.href === undefined && l.text);
    const item = baseParseItemAtom ? baseParseItemAtom.call(this, rest) : { ...rest };
    item.pwLinks = [pick?.href ?? pick?.text];
    item.pwDates = [nodeText(published), nodeText(updated)];
    return item;
  }
}

function decodeFeedBytes(bytes: Uint8Array, contentType: string | undefined): string {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return b.subarray(3).toString('utf8');
  if (b[0] === 0xff && b[1] === 0xfe) return b.subarray(2).toString('utf16le');
  if (b[0] === 0xfe && b[1] === 0xff) return iconv.decode(b.subarray(2), 'utf-16be');
  const fromHeader = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  const fromDecl = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(b.subarray(0, 256).toString('latin1'))?.[1];
  const label = (fromHeader ?? fromDecl ?? 'utf-8').toLowerCase();
  if (label === 'utf-8' || label === 'utf8' || label === 'us-ascii' || label === 'ascii') return b.toString('utf8');
  if (!iconv.encodingExists(label)) throw new FeedError('bad-encoding', `unknown charset "${label}"`);
  return iconv.decode(b, label);
}

function xmlErrorReason(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.split('\n').map((s) => s.trim()).filter(Boolean).join(', ').slice(0, 300);
}

async function parseXml(text: string): Promise<Obj> {
  try {
    return (await new SafeParser({ defaultRSS: 2, customFields: { item: [['guid', 'pwGuid', { keepArray: true }]] } }).parseString(text)) as Obj;
  } catch (err) {
    if (err instanceof FeedError) throw err;
    const reason = xmlErrorReason(err);
    if (/not recognized as RSS/i.test(reason)) throw new FeedError('not-a-feed', 'XML, but not RSS, RDF or Atom');
    throw new FeedError('invalid-xml', reason || 'the XML does not parse', { cause: err });
  }
}

/** parseXml, retrying once with HTML named entities made numeric when strict XML refused one. */
async function parseXmlRepairing(text: string, warnings: string[]): Promise<Obj> {
  try {
    return await parseXml(text);
  } catch (err) {
    if (!(err instanceof FeedError) || err.code !== 'invalid-xml' || !/entity/i.test(err.reason)) throw err;
    // Undeclared entities are common in real feeds (HTML5 names, typos): never expanded, repaired as text.
    const out = await parseXml(htmlEntitiesToNumeric(text));
    warnings.push('undeclared entities were repaired: HTML ones decoded, unknown ones kept as text');
    return out;
  }
}

/** rss-parser's output, reduced to what we need per item. */
function rawFromRssParser(out: Obj, format: FeedFormat): RawFeed {
  const items: RawFeedItem[] = [];
  for (const it of Array.isArray(out.items) ? (out.items as unknown[]) : []) {
    if (!isObj(it)) continue;
    if (format === 'atom') {
      items.push({
        title: it.title,
        links: [...(Array.isArray(it.pwLinks) ? it.pwLinks : []), typeof it.id === 'string' ? it.id : undefined],
        guid: it.id,
        dates: Array.isArray(it.pwDates) ? it.pwDates : [],
        summary: it.summary ?? it.content,
      });
      continue;
    }
    // RSS: <guid> is a permalink unless isPermaLink="false".
    const guidNode = Array.isArray(it.pwGuid) ? it.pwGuid[0] : undefined;
    const guid = nodeText(guidNode) ?? (typeof it.guid === 'string' ? it.guid : undefined);
    const guidIsLink = guid !== undefined && String(attrs(guidNode).isPermaLink ?? 'true').toLowerCase() !== 'false';
    items.push({
      title: it.title,
      links: [it.link, it['rdf:about'], guidIsLink ? guid : undefined],
      guid,
      dates: [it.pubDate, it.date, it['dc:date']],
      summary: it.content ?? it.summary ?? it['content:encoded'],
    });
  }
  return { title: out.title, link: out.link, items, total: items.length };
}

/** Read a feed document. Throws FeedError when it is not a feed or cannot be parsed. */
export async function readFeed(body: string | Uint8Array, opts: ParseFeedOptions): Promise<ParsedFeed> {
  let base: URL;
  try {
    base = new URL(opts.feedUrl);
  } catch {
    throw new TypeError(`parseFeed: feedUrl must be an absolute URL, got ${JSON.stringify(opts.feedUrl)}`);
  }
  const maxItems = opts.maxItems !== undefined && opts.maxItems > 0 ? Math.floor(opts.maxItems) : DEFAULT_MAX_ITEMS;
  const now = opts.now === undefined ? Date.now() : typeof opts.now === 'number' ? opts.now : opts.now.getTime();
  const warnings: string[] = [];

  let text = typeof body === 'string' ? body : decodeFeedBytes(body, opts.contentType);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.length > MAX_FEED_CHARS) throw new FeedError('too-large', `the document has ${text.length} characters, over the ${MAX_FEED_CHARS} limit`);
  if (!text.trim()) throw new FeedError('not-a-feed', 'the document is empty');

  let raw: RawFeed;
  let format: FeedFormat;
  if (looksLikeJson(text, opts.contentType) && !/^\s*</.test(text)) {
    raw = parseJsonFeed(text, maxItems + 1);
    format = 'json';
  } else {
    const prolog = scanProlog(text);
    const root = prolog.root;
    const doctypeName = /^<!DOCTYPE\s+([^\s[>]+)/i.exec(prolog.doctype ?? '')?.[1]?.toLowerCase();
    if (root?.toLowerCase() === 'html' || doctypeName === 'html') throw new FeedError('not-a-feed', 'an HTML page, not a feed');
    if (declaresEntities(prolog.doctype)) {
      throw new FeedError('unsafe-xml', 'the DOCTYPE declares XML entities (entity expansion or external entities); refused without parsing');
    }
    if (!root) {
      const start = text.trimStart().slice(0, 40).replace(/\s+/g, ' ');
      if (/^</.test(text.trimStart())) throw new FeedError('invalid-xml', `no root element found (starts with "${start}")`);
      throw new FeedError('not-a-feed', `neither XML nor JSON (starts with "${start}")`);
    }
    if (root === 'rss') format = /<rss\b[^>]*\bversion\s*=\s*["']0\.9/.test(text.slice(prolog.rootStart, prolog.rootStart + 500)) ? 'rss0.9' : 'rss2';
    else if (/^(?:[\w.-]+:)?RDF$/.test(root)) format = 'rss1';
    else if (root === 'feed') format = 'atom';
    else throw new FeedError('not-a-feed', `XML with root element <${root}>, not RSS, RDF or Atom`);

    const cut = cutItems(text, format === 'atom' ? 'entry' : 'item', maxItems);
    let out: Obj | undefined;
    let total: number | undefined;
    if (cut) {
      // Parse only the first maxItems items; if the cut document does not parse, parse it all.
      try {
        out = await parseXmlRepairing(cut.text, warnings);
        total = cut.total;
      } catch {
        out = undefined;
      }
    }
    out ??= await parseXmlRepairing(text, warnings);
    raw = rawFromRssParser(out, format);
    if (total !== undefined) raw.total = total;
  }
  return finish(raw, format, base, maxItems, opts.onTooManyItems ?? 'cap', now, warnings);
}

function finish(raw: RawFeed, format: FeedFormat, base: URL, maxItems: number, onTooMany: 'cap' | 'fail', now: number, warnings: string[]): ParsedFeed {
  const totalItems = Math.max(raw.total, raw.items.length);
  const capped = totalItems > maxItems;
  if (capped && onTooMany === 'fail') throw new FeedError('too-many-items', `${totalItems} items, over the ${maxItems} limit`);
  if (capped) warnings.push(`${totalItems} items in the feed; only the first ${maxItems} were kept`);
  const items: FeedItem[] = [];
  const seen = new Set<string>();
  let dropped = 0;
  for (const it of raw.items.slice(0, maxItems)) {
    let link: string | undefined;
    for (const candidate of it.links) {
      link = resolveLink(candidate, base);
      if (link) break;
    }
    if (!link || seen.has(link)) {
      dropped++;
      continue;
    }
    seen.add(link);
    const item: FeedItem = { link };
    const title = plainText(it.title, MAX_TITLE_CHARS);
    if (title) item.title = title;
    const guid = typeof it.guid === 'string' ? it.guid.trim().slice(0, 1000) : undefined;
    if (guid) item.guid = guid;
    for (const d of it.dates) {
      const iso = feedDateToIso(d, now);
      if (iso) {
        item.published = iso;
        break;
      }
    }
    const summary = plainText(it.summary, MAX_SUMMARY_CHARS);
    if (summary) item.summary = summary;
    items.push(item);
  }
  if (dropped) warnings.push(`${dropped} item(s) dropped: no usable http(s) link, or a duplicate link`);
  const parsed: ParsedFeed = { format, items, totalItems, capped, dropped, warnings };
  const title = plainText(raw.title, MAX_TITLE_CHARS);
  if (title) parsed.title = title;
  const link = resolveLink(typeof raw.link === 'string' ? raw.link : undefined, base);
  if (link) parsed.link = link;
  return parsed;
}

/** The items of a feed document (see readFeed for the details: format, capping, warnings). */
export async function parseFeed(body: string | Uint8Array, opts: ParseFeedOptions): Promise<FeedItem[]> {
  return (await readFeed(body, opts)).items;
}
