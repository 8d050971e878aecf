/**
 * Item URLs: resolving feed links and canonicalising them so the same article gets the same id
 * however a feed decorated its link.
 */

/** Query parameters that only track the click; compared case-insensitively. `utm_*` is handled as a prefix. */
export const TRACKING_PARAMS: ReadonlySet<string> = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'igshid',
  'mc_cid',
  'mc_eid',
  'mkt_tok',
  '_hsenc',
  '_hsmi',
  '_ga',
  '_gl',
  'ref',
  'ref_src',
  'ref_url',
  'cmpid',
  'ocid',
  'spm',
  'icid',
  'wt.mc_id',
  's_cid',
  'at_medium',
  'at_campaign',
  'at_custom1',
  'at_custom2',
  'at_custom3',
  'at_custom4',
  'rss_source',
  'vero_id',
  'oly_enc_id',
  'oly_anon_id',
  'sr_share',
]);

const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hmsr', 'hmpl'];

function isTracking(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_PARAMS.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

/** Google News links are redirects we cannot resolve offline: kept as they are. */
export function isGoogleNewsUrl(url: URL): boolean {
  return url.hostname === 'news.google.com';
}

/**
 * The canonical form of an http(s) URL: lower-case scheme and host (the URL parser's job), no
 * default port, no fragment, no tracking parameters, remaining query parameters sorted by name
 * (stable; their original encoding kept), an empty query dropped. The path is kept as it is.
 * Google News redirect links are returned unchanged (only normalised by the URL parser).
 * Throws TypeError for something that is not an absolute http(s) URL.
 */
export function canonicalUrl(input: string | URL): string {
  const url = new URL(String(input).trim());
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`not an http(s) URL: ${url.href.slice(0, 200)}`);
  if (isGoogleNewsUrl(url)) return url.href;
  url.hash = '';
  {
    const kept = url.search
      .slice(1)
      .split('&')
      .filter((part) => part.length > 0)
      .map((part, i) => {
        const eq = part.indexOf('=');
        const name = safeDecode(eq < 0 ? part : part.slice(0, eq));
        return { part, name, i };
      })
      .filter((p) => !isTracking(p.name))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.i - b.i));
    url.search = kept.length ? `?${kept.map((p) => p.part).join('&')}` : '';
  }
  return url.href;
}

/**
 * A feed item's link as an absolute canonical http(s) URL, resolved against `base` (the feed
 * URL); undefined for anything unusable (empty, unparseable, javascript:, data:, mailto:, …).
 */
export function resolveLink(raw: unknown, base: string | URL): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const s = raw.trim();
  if (!s || s.length > 4096) return undefined;
  let url: URL;
  try {
    url = new URL(s, base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (!url.hostname) return undefined;
  try {
    return canonicalUrl(url);
  } catch {
    return undefined;
  }
}
