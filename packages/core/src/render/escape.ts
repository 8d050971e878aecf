/**
 * Text hygiene shared by every renderer: control characters out, markup escaped, links only
 * when they are http(s). Everything scraped or typed by a user goes through these.
 */

/**
 * C0 controls except tab and newline, DEL, C1 controls, and the XML non-characters U+FFFE/U+FFFF.
 * CR is handled separately (line endings are normalised to LF first).
 */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;
/** A surrogate half without its partner: not encodable as UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Multi-line text made safe to emit: LF line endings, no control characters, well-formed UTF-16 (so valid UTF-8 out). */
export function sanitizeText(s: string | null | undefined): string {
  if (s == null) return '';
  return String(s).replace(/\r\n?/g, '\n').replace(CONTROLS, '').replace(LONE_SURROGATE, '\uFFFD');
}

/** One-line text: cleaned, every run of whitespace (newlines included) turned into one space, trimmed. */
export function sanitizeLine(s: string | null | undefined): string {
  return sanitizeText(s).replace(/\s+/g, ' ').trim();
}

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(s: string | null | undefined): string {
  return sanitizeText(s).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for XML 1.0 character data and attribute values (control characters removed). */
export function escapeXml(s: string | null | undefined): string {
  return sanitizeText(s).replace(/[&<>"']/g, (c) => XML_ENTITIES[c] ?? c);
}

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * The URL as an absolute http(s) URL fit for an href (WHATWG-normalised, so what was checked is
 * what is emitted), or null for anything else: javascript:, data:, mailto:, relative, malformed.
 */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(sanitizeText(url).trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (!parsed.hostname) return null;
  return parsed.href;
}

/** A BCP 47-looking language tag for a lang attribute, or '' (HTML: language unknown). */
export function langAttr(lang: string | null | undefined): string {
  const l = sanitizeLine(lang);
  return /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(l) ? l : '';
}
