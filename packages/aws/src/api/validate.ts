/** Input checks of the API: each failure names the field and says why. */
import { domainToUnicode } from 'node:url';
import { isCountryCode, LEVELS, type Level } from '@pw/core';
import type { SubscriberFilters } from '../dynamo/subscribers';
import { badRequest } from './http';

export const EVENT_STATUSES = ['confirmed', 'flagged', 'signal'] as const;
export type ListedStatus = (typeof EVENT_STATUSES)[number];

/** ISO 3166-1 alpha-2 (as the gazetteer knows it) or EU; never Vietnam itself. */
export function isPartnerCode(v: unknown): v is string {
  return typeof v === 'string' && /^[A-Z]{2}$/.test(v) && v !== 'VN' && isCountryCode(v);
}

export function isLevel(v: unknown): v is Level {
  return typeof v === 'string' && (LEVELS as readonly string[]).includes(v);
}

export const PARTNER_REASON = 'must be an ISO 3166-1 alpha-2 code in capitals (e.g. SG) or EU';
export const LEVEL_REASON = `must be one of ${LEVELS.join(', ')}`;

export function eventIdOk(id: string): boolean {
  const m = /^([A-Z]{2})-(CP|SP|CSP)$/.exec(id);
  return !!m && isPartnerCode(m[1]);
}

/** The query string of a listing: known parameters only, each at most once. */
export function queryParams(url: string, allowed: string[]): Record<string, string> {
  const params = new URL(url).searchParams;
  const out: Record<string, string> = {};
  for (const [k, v] of params) {
    if (!allowed.includes(k)) throw badRequest(k, `unknown parameter (allowed: ${allowed.join(', ')})`);
    if (k in out) throw badRequest(k, 'give this parameter once');
    out[k] = v;
  }
  return out;
}

export function parseLimit(v: string | undefined, dflt = 20, max = 100): number {
  if (v === undefined) return dflt;
  if (!/^\d{1,3}$/.test(v) || Number(v) < 1 || Number(v) > max) throw badRequest('limit', `must be an integer from 1 to ${max}`);
  return Number(v);
}

// ---- e-mail addresses ---------------------------------------------------------------------

/** RFC 5322 dot-atom, ASCII only (no quoted local parts, no comments). */
const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * A deliverable-looking address, normalised to lower case, or the reason it is refused. Refuses
 * line breaks and control characters (header injection), non-ASCII anywhere (look-alikes; an
 * internationalised domain must come as punycode, and a punycode label must decode to a single
 * script), IP literals, quoted local parts, and anything over the SMTP lengths (64 @ 255, 254 in all).
 */
export function checkEmail(v: unknown): { ok: true; email: string } | { ok: false; reason: string } {
  if (typeof v !== 'string') return { ok: false, reason: 'must be a string' };
  if (/[\r\n]/.test(v)) return { ok: false, reason: 'must not contain line breaks' };
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f]/.test(v)) return { ok: false, reason: 'must not contain control characters' };
  if (/\s/u.test(v)) return { ok: false, reason: 'must not contain spaces' };
  if (v.length === 0) return { ok: false, reason: 'must not be empty' };
  if (v.length > 254) return { ok: false, reason: 'must be at most 254 characters' };
  const at = v.lastIndexOf('@');
  if (at < 0 || v.indexOf('@') !== at) return { ok: false, reason: 'must contain exactly one @' };
  const local = v.slice(0, at);
  const domain = v.slice(at + 1).toLowerCase();
  if (/[^\x21-\x7e]/.test(local)) return { ok: false, reason: 'the part before @ must be ASCII (internationalised local parts are not supported)' };
  if (/[^\x21-\x7e]/.test(domain)) return { ok: false, reason: 'an internationalised domain must be given in its punycode (xn--) form' };
  if (local.length < 1 || local.length > 64) return { ok: false, reason: 'the part before @ must be 1 to 64 characters' };
  if (!LOCAL.test(local)) return { ok: false, reason: 'the part before @ has characters or dots that are not allowed' };
  if (domain.length > 253) return { ok: false, reason: 'the domain must be at most 253 characters' };
  const labels = domain.split('.');
  if (labels.length < 2) return { ok: false, reason: 'the domain must have at least two labels (example.org)' };
  for (const label of labels) {
    if (!LABEL.test(label)) return { ok: false, reason: 'the domain has an empty or invalid label (letters, digits, inner hyphens; at most 63 characters)' };
    if (label.slice(2, 4) === '--') {
      if (!label.startsWith('xn--')) return { ok: false, reason: 'a domain label with -- in 3rd and 4th position must be punycode (xn--)' };
      const unicode = domainToUnicode(label);
      if (!unicode || unicode === label) return { ok: false, reason: 'the domain has a punycode label that does not decode' };
      if (mixedScripts(unicode)) return { ok: false, reason: 'the domain mixes scripts (a look-alike)' };
    }
  }
  const tld = labels[labels.length - 1]!;
  if (!/^[a-z]{2,63}$/.test(tld) && !tld.startsWith('xn--')) return { ok: false, reason: 'the domain must end in a top-level domain (no IP addresses)' };
  return { ok: true, email: `${local}@${domain}`.toLowerCase() };
}

/** Latin mixed with Cyrillic or Greek in one label: the classic homograph. */
function mixedScripts(label: string): boolean {
  const scripts = [/\p{Script=Latin}/u, /\p{Script=Cyrillic}/u, /\p{Script=Greek}/u].filter((re) => re.test(label));
  return scripts.length > 1;
}

// ---- subscription filters -----------------------------------------------------------------

export const MAX_PARTNERS = 40;

/** `partners`, `levels`, `signals` of a subscription body; absent ones take the defaults (everything). */
export function parseFilters(body: Record<string, unknown>, base?: SubscriberFilters): SubscriberFilters {
  const out: SubscriberFilters = base ? { ...base } : { partners: [], levels: [], signals: false };
  if (body.partners !== undefined) {
    if (!Array.isArray(body.partners)) throw badRequest('partners', 'must be an array of partner codes');
    if (body.partners.length > MAX_PARTNERS) throw badRequest('partners', `at most ${MAX_PARTNERS} partners (leave it out to follow every partner)`);
    for (const p of body.partners) if (!isPartnerCode(p)) throw badRequest('partners', `unknown partner ${shown(p)}: ${PARTNER_REASON}`);
    out.partners = [...new Set(body.partners as string[])].sort();
  }
  if (body.levels !== undefined) {
    if (!Array.isArray(body.levels)) throw badRequest('levels', 'must be an array of tiers');
    for (const l of body.levels) if (!isLevel(l)) throw badRequest('levels', `unknown tier ${shown(l)}: ${LEVEL_REASON}`);
    out.levels = LEVELS.filter((l) => (body.levels as string[]).includes(l));
  }
  if (body.signals !== undefined) {
    if (typeof body.signals !== 'boolean') throw badRequest('signals', 'must be true or false');
    out.signals = body.signals;
  }
  return out;
}

/**
 * A refused value, short, for a reason. Never String(v) on an object: a JSON body can send
 * `{"toString": 1}`, and String() of that throws (a 500 instead of a 400).
 */
function shown(v: unknown): string {
  if (typeof v === 'object' && v !== null) return Array.isArray(v) ? 'an array' : 'an object';
  return JSON.stringify(String(v)).slice(0, 20);
}

/** A short free-text field (reason, reviewer): trimmed, no control characters, bounded. */
export function text(body: Record<string, unknown>, field: string, max: number): string {
  const v = body[field];
  if (v === undefined || v === null) throw badRequest(field, 'is required');
  if (typeof v !== 'string') throw badRequest(field, 'must be a string');
  const t = v.trim();
  if (!t) throw badRequest(field, 'must not be empty');
  if (t.length > max) throw badRequest(field, `must be at most ${max} characters`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(t)) throw badRequest(field, 'must not contain control characters');
  return t;
}
