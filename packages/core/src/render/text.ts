/**
 * The words every renderer uses for an event: its headline, one-sentence summary, tiers, date,
 * status and source lines. Plain strings (cleaned, not escaped): each renderer escapes for its format.
 */
import { LEVEL_NAMES, LEVEL_RANK } from '../types';
import type { Level } from '../types';
import { sanitizeLine } from './escape';
import type { EventView, SourceView } from './types';

export const PRODUCT_NAME = 'Partnership Watch';
export const DEFAULT_FEED_TITLE = "Partnership Watch — Vietnam's partnership changes";
export const FEED_DESCRIPTION =
  "Vietnam's diplomatic partnerships as they are established or upgraded (Comprehensive, Strategic, Comprehensive Strategic), read from the news in many languages.";

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const LANGUAGE_NAMES: Record<string, string> = {
  vi: 'Vietnamese', en: 'English', zh: 'Chinese', fr: 'French', ru: 'Russian', es: 'Spanish', ko: 'Korean', ja: 'Japanese',
};

/** The partner's English name, one line ("Singapore"); the code when no name is given. */
export function partnerLabel(e: EventView): string {
  return sanitizeLine(e.partnerName) || sanitizeLine(e.partner) || 'an unnamed partner';
}

/** "Comprehensive Strategic Partnership". */
export function levelName(level: Level): string {
  return LEVEL_NAMES[level] ?? String(level);
}

/** "Comprehensive Strategic Partnership (CSP)", or "None" for no tier. */
export function levelLabel(level: Level | null): string {
  return level ? `${levelName(level)} (${level})` : 'None';
}

function article(word: string): string {
  return /^[AEIOU]/i.test(word) ? 'an' : 'a';
}

/** True when the event raises an existing tier (from is set and lower). */
export function isUpgrade(e: EventView): boolean {
  return e.from !== null && LEVEL_RANK[e.level] > LEVEL_RANK[e.from];
}

/**
 * The headline: "Vietnam–Singapore ties upgraded to Comprehensive Strategic Partnership",
 * "Vietnam and Poland establish a Strategic Partnership", "Expected: …" for a signal,
 * "Unconfirmed: …" while under review, "Rejected: …" after a reviewer said no. One line.
 */
export function eventHeadline(e: EventView): string {
  const p = partnerLabel(e);
  const to = levelName(e.level);
  if (e.status === 'signal') {
    if (e.from === null) return `Expected: Vietnam and ${p} to establish ${article(to)} ${to}`;
    if (isUpgrade(e)) return `Expected: Vietnam–${p} ties to be upgraded to ${to}`;
    return `Expected: Vietnam–${p} ties at ${to}`;
  }
  let base: string;
  if (e.from === null) base = `Vietnam and ${p} establish ${article(to)} ${to}`;
  else if (isUpgrade(e)) base = `Vietnam–${p} ties upgraded to ${to}`;
  else base = `Vietnam–${p} ties: ${to}`;
  if (e.status === 'flagged') return `Unconfirmed: ${base}`;
  if (e.status === 'rejected') return `Rejected: ${base}`;
  if (e.status === 'noted') return `${base} (already in place)`;
  return base;
}

/** "12 March 2025", "March 2025", "2025"; anything else as given; null → null. */
export function formatEventDate(date: string | null | undefined): string | null {
  const d = sanitizeLine(date);
  if (!d) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|T)/.exec(d);
  if (!m) return d;
  const [, y, mo, day] = m;
  const month = mo ? MONTHS[Number(mo) - 1] : undefined;
  if (mo && !month) return d;
  if (day && month) return `${Number(day)} ${month} ${y}`;
  if (month) return `${month} ${y}`;
  return y ?? d;
}

/** " on 12 March 2025", " in March 2025", " in 2025", or "" when the sources give no date. */
function datePhrase(date: string | null): string {
  const f = formatEventDate(date);
  if (!f) return '';
  return /^\d{1,2} /.test(f) ? ` on ${f}` : ` in ${f}`;
}

/** One sentence saying what happened (or is expected), with tiers and date. */
export function eventSummary(e: EventView): string {
  const p = partnerLabel(e);
  const to = levelName(e.level);
  const from = e.from ? levelName(e.from) : null;
  const when = datePhrase(e.date);
  const change =
    e.from === null
      ? `established ${article(to)} ${to}`
      : isUpgrade(e)
        ? `upgraded their ties from ${from} to ${to}`
        : `have ${article(to)} ${to}`;
  switch (e.status) {
    case 'signal': {
      const planned = e.from === null ? `establish ${article(to)} ${to}` : isUpgrade(e) ? `upgrade their ties from ${from} to ${to}` : `keep their ${to}`;
      return `Sources say Vietnam and ${p} are expected to ${planned}${when}. This is not confirmed yet.`;
    }
    case 'flagged':
      return `Reports say Vietnam and ${p} ${change}${when}. This awaits review and is not confirmed yet.`;
    case 'rejected':
      return `A reviewer rejected reports that Vietnam and ${p} ${change}${when}.`;
    case 'noted':
      return `Vietnam and ${p} already have ${article(to)} ${to}; the sources mention it.`;
    default:
      return `Vietnam and ${p} ${change}${when}.`;
  }
}

/** "Confirmed", "Expected (not confirmed yet)", … */
export function statusLabel(e: EventView): string {
  switch (e.status) {
    case 'confirmed':
      return 'Confirmed';
    case 'signal':
      return 'Expected (not confirmed yet)';
    case 'flagged':
      return 'Awaiting review';
    case 'rejected':
      return 'Rejected';
    case 'noted':
      return 'Already in place';
    default:
      return sanitizeLine(String(e.status));
  }
}

/** The status with the reason when there is one: "Confirmed: official source (nhandan-vi)". */
export function statusLine(e: EventView): string {
  const reason = sanitizeLine(e.reason);
  return reason ? `${statusLabel(e)}: ${reason}` : statusLabel(e);
}

/** The English name of a language code ("vi" → "Vietnamese"); the code itself when unknown. */
export function languageName(lang: string): string {
  const l = sanitizeLine(lang);
  if (!l || l === 'other' || l === 'und') return 'language unknown';
  const known = LANGUAGE_NAMES[l.toLowerCase()];
  if (known) return known;
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(l);
    if (name && name !== l) return name;
  } catch {
    // not a language tag
  }
  return l;
}

/** "Nhân Dân · Vietnamese · 12 March 2025". */
export function sourceByline(s: SourceView): string {
  const parts = [sanitizeLine(s.outlet) || sanitizeLine(s.sourceId) || 'Unknown outlet', languageName(s.lang)];
  const published = formatEventDate(s.published);
  if (published) parts.push(published);
  return parts.join(' · ');
}

/** The feed/email id of an event: the event id for a confirmed event, qualified by status otherwise (so a signal that is later confirmed shows up again as new). */
export function itemId(e: EventView): string {
  return e.status === 'confirmed' ? e.id : `${e.id}:${e.status}`;
}

/** An ISO instant (RFC 3339, UTC) or undefined when the string is not a date. */
export function isoInstant(s: string | null | undefined): string | undefined {
  if (!s) return undefined;
  const t = Date.parse(s);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

/** Newest first by decidedAt (undated last), then by id: a stable order. */
export function newestFirst(events: readonly EventView[]): EventView[] {
  const time = (e: EventView): number => {
    const t = Date.parse(e.decidedAt);
    return Number.isNaN(t) ? -Infinity : t;
  };
  return [...events].sort((a, b) => time(b) - time(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) || (a.status < b.status ? -1 : a.status > b.status ? 1 : 0));
}
