/**
 * The body of an event, as HTML and as plain text: tiers before and after, date, status, each
 * source (outlet, language, link, the evidence quoted in its own language) and the event page.
 * Shared by the feeds (unstyled) and the alert email (inline styles).
 */
import { sanitizeLine, escapeHtml, langAttr, safeHttpUrl } from './escape';
import { eventSummary, formatEventDate, languageName, levelLabel, sourceByline, statusLine } from './text';
import type { EventView, SiteLinks, SourceView } from './types';

/** Inline styles per element; '' for none. Constants only (never user data). */
export interface BodyStyles {
  p: string;
  table: string;
  th: string;
  td: string;
  h2: string;
  ol: string;
  li: string;
  meta: string;
  a: string;
  quote: string;
  button: string;
}

export const NO_STYLES: BodyStyles = { p: '', table: '', th: '', td: '', h2: '', ol: '', li: '', meta: '', a: '', quote: '', button: '' };

const st = (s: string): string => (s ? ` style="${s}"` : '');

/**
 * A link when the URL is http(s); otherwise the text, inert, followed by the URL as text. The
 * text is escaped here.
 */
export function htmlLink(url: string | null | undefined, text: string, style = ''): string {
  const href = safeHttpUrl(url);
  if (href) return `<a href="${escapeHtml(href)}"${st(style)}>${escapeHtml(text)}</a>`;
  const raw = sanitizeLine(url);
  return raw && raw !== text ? `${escapeHtml(text)} <span>(${escapeHtml(raw)})</span>` : escapeHtml(text);
}

/** Quotes the evidence as the article gave it, in its own language. */
export function quote(text: string): string {
  return `“${sanitizeLine(text)}”`;
}

function sourceHtml(s: SourceView, styles: BodyStyles): string {
  const title = sanitizeLine(s.title) || sanitizeLine(s.url) || 'Untitled article';
  const lang = langAttr(s.lang);
  const cite = safeHttpUrl(s.url);
  const evidence = sanitizeLine(s.evidence);
  const parts = [
    `<li${st(styles.li)}>`,
    `<div${st(styles.meta)}>${escapeHtml(sourceByline(s))}</div>`,
    `<div><span lang="${escapeHtml(lang)}" dir="auto">${htmlLink(s.url, title, styles.a)}</span></div>`,
  ];
  if (evidence) {
    parts.push(
      `<blockquote lang="${escapeHtml(lang)}" dir="auto"${cite ? ` cite="${escapeHtml(cite)}"` : ''}${st(styles.quote)}>${escapeHtml(quote(evidence))}</blockquote>`,
    );
  }
  parts.push('</li>');
  return parts.join('');
}

/** The event as an HTML fragment (no html/body). Everything from the event is escaped. */
export function eventBodyHtml(e: EventView, links: SiteLinks, styles: BodyStyles = NO_STYLES): string {
  const row = (label: string, value: string): string =>
    `<tr><th scope="row"${st(styles.th)}>${escapeHtml(label)}</th><td${st(styles.td)}>${escapeHtml(value)}</td></tr>`;
  const out = [
    `<p${st(styles.p)}>${escapeHtml(eventSummary(e))}</p>`,
    `<table${st(styles.table)}><tbody>`,
    row('Before', levelLabel(e.from)),
    row('After', levelLabel(e.level)),
    row('Date', formatEventDate(e.date) ?? 'Not given by the sources'),
    row('Status', statusLine(e)),
    '</tbody></table>',
  ];
  if (e.sources.length > 0) {
    out.push(`<h2${st(styles.h2)}>Sources (${e.sources.length})</h2>`, `<ol${st(styles.ol)}>`);
    for (const s of e.sources) out.push(sourceHtml(s, styles));
    out.push('</ol>');
  }
  out.push(`<p${st(styles.p)}>${htmlLink(links.eventUrl(e.id), 'See the event page', styles.button || styles.a)}</p>`);
  return out.join('\n');
}

/** The event as plain text (LF line endings). */
export function eventBodyText(e: EventView, links: SiteLinks): string {
  const lines = [
    eventSummary(e),
    '',
    `Before: ${levelLabel(e.from)}`,
    `After:  ${levelLabel(e.level)}`,
    `Date:   ${formatEventDate(e.date) ?? 'Not given by the sources'}`,
    `Status: ${statusLine(e)}`,
  ];
  if (e.sources.length > 0) {
    lines.push('', `Sources (${e.sources.length})`);
    e.sources.forEach((s, i) => {
      lines.push(`${i + 1}. ${sourceByline(s)}`);
      lines.push(`   ${sanitizeLine(s.title) || 'Untitled article'}`);
      const url = sanitizeLine(s.url);
      if (url) lines.push(`   ${url}`);
      const evidence = sanitizeLine(s.evidence);
      if (evidence) lines.push(`   Evidence (${languageName(s.lang)}): ${quote(evidence)}`);
    });
  }
  lines.push('', `Event page: ${sanitizeLine(links.eventUrl(e.id))}`);
  return lines.join('\n');
}
