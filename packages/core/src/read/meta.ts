/**
 * Page metadata: title, declared language, publication date and canonical URL, from what the
 * document says about itself (OpenGraph, JSON-LD, meta tags, <link>, <html lang>) with the feed
 * item as the last resort. Dates are never invented: undefined when nothing says.
 */
import type { FeedItemHint, Lang } from '../types';
import type { HtmlMeta } from './html';
import { cleanText, weightedLength } from './html';
import { normalizeLangTag } from './language';

// ---------------------------------------------------------------------------------------------
// Dates

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const ZONES: Record<string, string> = {
  gmt: 'Z', ut: 'Z', utc: 'Z', z: 'Z',
  est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00', mst: '-07:00', mdt: '-06:00', pst: '-08:00', pdt: '-07:00',
};

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function validParts(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): boolean {
  if (y < 1970 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return false;
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

function offsetOf(z: string | undefined): string | undefined | null {
  if (!z) return undefined;
  const named = ZONES[z.toLowerCase()];
  if (named) return named;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(z);
  if (!m) return null;
  const hh = Number(m[2]);
  const mm = Number(m[3] ?? '0');
  if (hh > 14 || mm > 59) return null;
  return `${m[1]}${pad(hh)}:${pad(mm)}`;
}

function build(y: number, mo: number, d: number, time?: { h: number; mi: number; s?: string; frac?: string }, off?: string): string {
  let out = `${y}-${pad(mo)}-${pad(d)}`;
  if (time) {
    out += `T${pad(time.h)}:${pad(time.mi)}`;
    if (time.s !== undefined) out += `:${time.s}${time.frac ?? ''}`;
    if (off) out += off;
  }
  return out;
}

const ISO_RE =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:T|\s+|T\s*)(\d{1,2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;
const COMPACT_RE = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?)?(Z|[+-]\d{4})?$/i;
const RFC2822_RE =
  /^(?:[a-z]{3,9},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[a-z]{1,4})?$/i;

/**
 * An ISO 8601 date-time as the source gave it, tidied: `2023-09-10T20:15:00+07:00`,
 * `2018-03-15T02:05:00Z`, `2025-03-18`. RFC 2822 (feeds) becomes ISO with its own offset.
 * Undefined for anything else (no guessing at "10/09/2023").
 */
export function normalizeDate(raw: string | undefined | null): string | undefined {
  if (!raw) return undefined;
  const s = raw.trim();
  if (s.length < 8 || s.length > 64) return undefined;
  let m = ISO_RE.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const hasTime = m[4] !== undefined;
    const h = Number(m[4] ?? 0);
    const mi = Number(m[5] ?? 0);
    if (!validParts(y, mo, d, h, mi, Number(m[6] ?? 0))) return undefined;
    const off = offsetOf(m[8]);
    if (off === null) return undefined;
    return build(y, mo, d, hasTime ? { h, mi, s: m[6], frac: m[7] } : undefined, off);
  }
  m = COMPACT_RE.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const h = Number(m[4] ?? 0);
    const mi = Number(m[5] ?? 0);
    if (!validParts(y, mo, d, h, mi)) return undefined;
    const off = offsetOf(m[7]);
    if (off === null) return undefined;
    return build(y, mo, d, m[4] !== undefined ? { h, mi, s: m[6] } : undefined, off);
  }
  m = RFC2822_RE.exec(s);
  if (m) {
    const d = Number(m[1]);
    const mo = MONTHS[(m[2] as string).toLowerCase()];
    let y = Number(m[3]);
    if (y < 100) y += y < 50 ? 2000 : 1900;
    const h = Number(m[4]);
    const mi = Number(m[5]);
    if (!mo || !validParts(y, mo, d, h, mi, Number(m[6] ?? 0))) return undefined;
    const off = offsetOf(m[7]);
    return build(y, mo, d, { h, mi, s: m[6] ?? '00' }, off ?? undefined);
  }
  if (/^\d{10}$|^\d{13}$/.test(s)) {
    const ms = s.length === 10 ? Number(s) * 1000 : Number(s);
    const dt = new Date(ms);
    const y = dt.getUTCFullYear();
    if (y >= 1990 && y <= 2100) return dt.toISOString().replace('.000Z', 'Z');
  }
  return undefined;
}

const MONTH_NAMES: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, sept: 9, october: 10,
  november: 11, december: 12, ...MONTHS,
};
const MONTH_RE = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const TIME_RE = '(?:\\s*[|,·\\-–—]?\\s*(?:at\\s+)?(\\d{1,2})[:h](\\d{2})\\s*(am|pm)?)?';
const ZONE_RE = '(?:\\s*\\(?(?:gmt|utc)\\s*([+-]\\d{1,2})(?::?(\\d{2}))?\\)?)?';
const DATELINE_MDY = new RegExp(`^${MONTH_RE}\\s+(\\d{1,2}),?\\s+(\\d{4})${TIME_RE}${ZONE_RE}$`, 'i');
const DATELINE_DMY = new RegExp(`^(\\d{1,2})\\s+${MONTH_RE}\\s+(\\d{4})${TIME_RE}${ZONE_RE}$`, 'i');
const DATELINE_CJK = /^(\d{4})年(\d{1,2})月(\d{1,2})日(?:\s*(?:星期.|\(.\)|（.）))?\s*(?:(\d{1,2})[:：时時](\d{2})分?)?$/;

/**
 * A line that is nothing but a date ("August 03, 2023 | 15:29", "Tuesday, April 3, 2018, 16:48 (GMT+7)",
 * "2025年03月18日08:32"): the dateline of a plain-text page. Local time without an offset unless the
 * line gives one. Undefined for anything else.
 */
export function datelineDate(line: string): string | undefined {
  if (line.length > 80) return undefined;
  const t = line
    .trim()
    .replace(/^(?:updated|published|posted|last updated|cập nhật|đăng|发布时间|发布|更新)\s*[:：]?\s*/i, '')
    .replace(/^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i, '')
    .trim();
  const iso = normalizeDate(t);
  if (iso) return iso;
  let y: number;
  let mo: number;
  let d: number;
  let h: string | undefined;
  let mi: string | undefined;
  let ampm: string | undefined;
  let zh: string | undefined;
  let zm: string | undefined;
  let m = DATELINE_MDY.exec(t);
  if (m) {
    mo = MONTH_NAMES[(m[1] as string).toLowerCase().replace('.', '')] ?? 0;
    d = Number(m[2]);
    y = Number(m[3]);
    [h, mi, ampm, zh, zm] = [m[4], m[5], m[6], m[7], m[8]];
  } else if ((m = DATELINE_DMY.exec(t))) {
    d = Number(m[1]);
    mo = MONTH_NAMES[(m[2] as string).toLowerCase().replace('.', '')] ?? 0;
    y = Number(m[3]);
    [h, mi, ampm, zh, zm] = [m[4], m[5], m[6], m[7], m[8]];
  } else if ((m = DATELINE_CJK.exec(t))) {
    [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    [h, mi] = [m[4], m[5]];
  } else return undefined;
  let hour = h === undefined ? 0 : Number(h);
  if (ampm) {
    if (hour > 12) return undefined;
    hour = (hour % 12) + (ampm.toLowerCase() === 'pm' ? 12 : 0);
  }
  const minute = mi === undefined ? 0 : Number(mi);
  if (!validParts(y, mo, d, hour, minute)) return undefined;
  let off: string | undefined;
  if (zh !== undefined) {
    const o = offsetOf(`${zh.startsWith('-') ? '-' : '+'}${pad(Math.abs(Number(zh)))}:${zm ?? '00'}`);
    off = o ?? undefined;
  }
  return build(y, mo, d, h === undefined ? undefined : { h: hour, mi: minute }, off);
}

/** The feed item's date: isoDate, else pubDate (RFC 2822, offset kept), else whatever Date can read (UTC). */
export function feedDate(feed: FeedItemHint | undefined): string | undefined {
  if (!feed) return undefined;
  const iso = normalizeDate(feed.isoDate);
  if (iso) return iso;
  const pub = normalizeDate(feed.pubDate);
  if (pub) return pub;
  for (const v of [feed.isoDate, feed.pubDate]) {
    if (!v || v.length > 64) continue;
    const t = Date.parse(v);
    if (!Number.isNaN(t)) {
      const y = new Date(t).getUTCFullYear();
      if (y >= 1970 && y <= 2100) return new Date(t).toISOString().replace('.000Z', 'Z');
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// JSON-LD

interface LdNode {
  types: string[];
  obj: Record<string, unknown>;
}

/** Control characters (raw newlines inside JSON strings) → spaces. */
function blankControls(s: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) < 0x20) {
      out += s.slice(last, i) + ' ';
      last = i + 1;
    }
  }
  return last === 0 ? s : out + s.slice(last);
}

function parseJson(src: string): unknown {
  let s = src.trim();
  if (!s) return undefined;
  s = s.replace(/^\s*(?:<!--|<!\[CDATA\[)/, '').replace(/(?:-->|\]\]>)\s*$/, '').trim();
  const attempts = [
    (x: string) => x,
    // raw newlines/tabs inside strings
    (x: string) => blankControls(x),
    // trailing commas
    (x: string) => blankControls(x).replace(/,\s*([}\]])/g, '$1'),
  ];
  for (const f of attempts) {
    try {
      return JSON.parse(f(s)) as unknown;
    } catch {
      // try the next repair
    }
  }
  return undefined;
}

/** All typed nodes of all JSON-LD blocks (top level, arrays, @graph, nested), iteratively, bounded. */
function ldNodes(blocks: string[]): LdNode[] {
  const out: LdNode[] = [];
  for (const block of blocks) {
    const stack: unknown[] = [parseJson(block)];
    let visited = 0;
    while (stack.length > 0 && visited < 5000) {
      const v = stack.pop();
      visited++;
      if (Array.isArray(v)) {
        for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
      } else if (v && typeof v === 'object') {
        const obj = v as Record<string, unknown>;
        const t = obj['@type'];
        const types = (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
        if (types.length > 0) out.push({ types, obj });
        const keys = Object.keys(obj);
        for (let i = keys.length - 1; i >= 0; i--) {
          const val = obj[keys[i] as string];
          if (val && typeof val === 'object') stack.push(val);
        }
      }
    }
  }
  return out;
}

const ARTICLE_TYPE = /(?:Article|BlogPosting|Report|ReportageNews|LiveBlogPosting|SocialMediaPosting|Posting)$/i;

function firstString(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) for (const x of v) if (typeof x === 'string') return x;
  return undefined;
}

function ldLanguage(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return ldLanguage(v[0]);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return firstString(o['alternateName']) ?? firstString(o['name']);
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Page metadata

export interface PageMeta {
  ogTitle?: string;
  ldHeadline?: string;
  /** <title> minus the " | Site" part. */
  docTitle?: string;
  siteNames: string[];
  declaredLang?: Lang;
  /** From the document's metadata (JSON-LD, meta tags, itemprop). */
  published?: string;
  canonicalUrl?: string;
}

function metaValue(m: HtmlMeta, pred: (t: { key: string }) => boolean): string | undefined {
  for (const t of m.metas) {
    const key = (t.property ?? t.name ?? t.itemprop ?? t.httpEquiv ?? '').trim().toLowerCase();
    if (key && t.content && pred({ key })) return t.content;
  }
  return undefined;
}

const metaByKey = (m: HtmlMeta, ...keys: string[]): string | undefined => {
  const set = new Set(keys);
  return metaValue(m, ({ key }) => set.has(key));
};

const PUBDATE_NAMES = [
  'pubdate', 'publishdate', 'publish_date', 'publish-date', 'date', 'dc.date.issued', 'dc.date', 'dcterms.issued',
  'dcterms.date', 'dcterms.created', 'article.published', 'sailthru.date', 'parsely-pub-date', 'original-publish-date',
  'datepublished', 'publication_date', 'publication-date', 'pub_date', 'article_date_original', 'citation_publication_date',
  'og:pubdate', 'dc.date.created',
];

function resolveUrl(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  const h = href.trim();
  if (!h || h.startsWith('javascript:') || h.startsWith('data:')) return undefined;
  try {
    const u = base ? new URL(h, base) : new URL(h);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    return u.toString();
  } catch {
    return undefined;
  }
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

const SEPARATORS = /(\s+[|–—·•»:~]\s+|\s+-\s+|\s*--+\s*|\s+::\s+|\s*｜\s*|_(?=[^_]{1,24}$))/;

function key(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function isSiteLike(seg: string, siteNames: string[], host: string | undefined): boolean {
  const k = key(seg);
  if (!k) return true;
  for (const n of siteNames) {
    const kn = key(n);
    if (kn && (kn === k || (kn.length >= 3 && (kn.includes(k) || k.includes(kn))))) return true;
  }
  if (host) {
    const hk = key(host);
    const label = key(host.split('.').slice(-2, -1)[0] ?? '');
    if (k === hk || (label.length >= 3 && k.includes(label))) return true;
  }
  return /\.(?:com|net|org|vn|cn|jp|kr|ru|fr|es|info|gov)\b/i.test(seg);
}

/**
 * "Headline | Site" → "Headline". `aggressive` (for <title>) also drops short trailing segments
 * ("--国际--人民网"); otherwise only segments that name the site go.
 */
export function stripSiteName(title: string, siteNames: string[], host: string | undefined, aggressive: boolean): string {
  const parts = title.split(SEPARATORS);
  // parts: [seg, sep, seg, sep, seg…]
  const segs: string[] = [];
  const seps: string[] = [];
  parts.forEach((p, i) => (i % 2 === 0 ? segs.push(p) : seps.push(p)));
  while (segs.length > 1) {
    const last = (segs[segs.length - 1] as string).trim();
    const rest = segs.slice(0, -1).join(' ');
    const short = weightedLength(last) <= 30 && weightedLength(rest) >= Math.max(8, weightedLength(last) * 1.5);
    if (isSiteLike(last, siteNames, host) || (aggressive && short)) {
      segs.pop();
      seps.pop();
    } else break;
  }
  while (segs.length > 1 && isSiteLike((segs[0] as string).trim(), siteNames, host) && weightedLength(segs.slice(1).join(' ')) >= 12) {
    segs.shift();
    seps.shift();
  }
  let out = segs[0] ?? '';
  for (let i = 1; i < segs.length; i++) out += (seps[i - 1] ?? ' ') + segs[i];
  return cleanText(out);
}

export function readMeta(m: HtmlMeta, input: { url?: string }): PageMeta {
  const nodes = ldNodes(m.jsonLd);
  const articles = nodes.filter((n) => n.types.some((t) => ARTICLE_TYPE.test(t)));
  const pages = nodes.filter((n) => n.types.some((t) => /WebPage$/i.test(t)));

  // site names: og:site_name, application-name, JSON-LD publisher / WebSite name
  const siteNames: string[] = [];
  const site = metaByKey(m, 'og:site_name', 'application-name', 'twitter:site');
  if (site) siteNames.push(cleanText(site).replace(/^@/, ''));
  for (const n of nodes) {
    if (n.types.some((t) => /^(?:Organization|NewsMediaOrganization|WebSite)$/i.test(t))) {
      const name = firstString(n.obj['name']);
      if (name) siteNames.push(cleanText(name));
    }
  }
  for (const a of articles) {
    const pub = a.obj['publisher'];
    if (pub && typeof pub === 'object' && !Array.isArray(pub)) {
      const name = firstString((pub as Record<string, unknown>)['name']);
      if (name) siteNames.push(cleanText(name));
    }
  }

  const base = resolveUrl(m.baseHref, input.url) ?? input.url;
  const host = hostOf(input.url) ?? hostOf(metaByKey(m, 'og:url'));

  // ---- titles
  const og = metaByKey(m, 'og:title', 'twitter:title');
  let ogTitle = og ? stripSiteName(cleanText(og), siteNames, host, false) : undefined;
  if (ogTitle && isSiteLike(ogTitle, siteNames, undefined)) ogTitle = undefined;
  let ldHeadline: string | undefined;
  for (const a of [...articles, ...pages]) {
    const h = firstString(a.obj['headline']) ?? (articles.includes(a) ? firstString(a.obj['name']) : undefined);
    if (h && cleanText(h)) {
      ldHeadline = cleanText(h);
      break;
    }
  }
  const docTitle = m.title ? stripSiteName(cleanText(m.title), siteNames, host, true) || undefined : undefined;

  // ---- language: <html lang>, og:locale, Content-Language / language metas, JSON-LD inLanguage
  let declaredLang: Lang | undefined = normalizeLangTag(m.htmlLang);
  if (!declaredLang) declaredLang = normalizeLangTag(metaByKey(m, 'og:locale'));
  if (!declaredLang) declaredLang = normalizeLangTag(metaByKey(m, 'content-language', 'language', 'dc.language', 'dcterms.language', 'lang'));
  if (!declaredLang) {
    for (const n of [...articles, ...pages, ...nodes]) {
      const l = normalizeLangTag(ldLanguage(n.obj['inLanguage']));
      if (l) {
        declaredLang = l;
        break;
      }
    }
  }

  // ---- publication date
  const candidates: Array<string | undefined> = [];
  for (const a of [...articles, ...pages, ...nodes]) candidates.push(firstString(a.obj['datePublished']));
  candidates.push(metaByKey(m, 'article:published_time'));
  candidates.push(metaByKey(m, 'og:published_time', 'og:article:published_time', 'article:published'));
  candidates.push(...m.itempropDates);
  candidates.push(metaByKey(m, ...PUBDATE_NAMES));
  let published: string | undefined;
  for (const c of candidates) {
    published = normalizeDate(c);
    if (published) break;
  }

  // ---- canonical URL
  let canonicalUrl: string | undefined;
  for (const l of m.links) {
    if (l.rel.split(/\s+/).includes('canonical')) {
      canonicalUrl = resolveUrl(l.href, base);
      if (canonicalUrl) break;
    }
  }
  if (!canonicalUrl) canonicalUrl = resolveUrl(metaByKey(m, 'og:url'), base);
  if (!canonicalUrl) canonicalUrl = resolveUrl(input.url, undefined);

  return { ogTitle, ldHeadline, docTitle, siteNames, declaredLang, published, canonicalUrl };
}
