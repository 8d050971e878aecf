/**
 * Feed dates (RFC 822 pubDate, ISO 8601 / RFC 3339 updated, dc:date, JSON Feed date_published)
 * to ISO 8601 UTC. A date without a zone is read as UTC (never as the machine's local time).
 * Absurd dates — before 1990 or more than two days ahead of `now` — become undefined: no
 * date is better than an invented one.
 */

export const MIN_FEED_DATE = Date.UTC(1990, 0, 1);
export const MAX_FUTURE_MS = 2 * 24 * 60 * 60 * 1000;

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
/** Ends with a zone: GMT/UTC/UT/Z, a numeric offset, or a US/military zone name. */
const RFC_ZONE = /(?:\b(?:GMT|UTC|UT|Z|[ECMP][SD]T)|[+-]\d{4}|[+-]\d{2}:\d{2})\s*$/i;

/** Zone abbreviations V8 does not know, with one meaning in news feeds. */
const ZONES: Record<string, string> = {
  ICT: '+0700',
  WIB: '+0700',
  HKT: '+0800',
  SGT: '+0800',
  AWST: '+0800',
  PHT: '+0800',
  JST: '+0900',
  KST: '+0900',
  ACST: '+0930',
  AEST: '+1000',
  AEDT: '+1100',
  NZST: '+1200',
  NZDT: '+1300',
  WET: '+0000',
  BST: '+0100',
  WEST: '+0100',
  CET: '+0100',
  CEST: '+0200',
  EET: '+0200',
  EEST: '+0300',
  MSK: '+0300',
};
const ZONE_NAME = /\b([A-Z]{3,4})\s*$/;

/** `GMT+7`, `UTC+07:00` → `+0700`. */
const GMT_OFFSET = /\b(?:GMT|UTC)\s*([+-])(\d{1,2})(?::?(\d{2}))?\s*$/i;
/** `dd/mm/yyyy [HH:mm[:ss]]` (or mm/dd when the day is obvious), no zone: read as UTC. */
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

function parseSlashed(m: RegExpExecArray): number | undefined {
  const [, a, b, y, h = '0', mi = '0', s = '0'] = m;
  const first = Number(a);
  const second = Number(b);
  let day: number;
  let month: number;
  if (first > 12 && second <= 12) [day, month] = [first, second];
  else if (second > 12 && first <= 12) [day, month] = [second, first];
  else if (first === second) [day, month] = [first, second];
  else return undefined; // 05/09/2024: 5 September or May 9? Unknown, so no date.
  const iso = ISO.exec(`${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T${h.padStart(2, '0')}:${mi}:${s.padStart(2, '0')}Z`);
  return iso ? parseIso(iso) : undefined;
}

function parseIso(m: RegExpExecArray): number | undefined {
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', zone] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 60) return undefined;
  const ms = frac ? Math.round(Number(`0.${frac}`) * 1000) : 0;
  let t = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCDate() !== day) return undefined; // 31 February and the like
  if (zone && zone.toUpperCase() !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const offH = Number(digits.slice(0, 2));
    const offM = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
    if (offH > 23 || offM > 59) return undefined;
    t -= sign * (offH * 60 + offM) * 60_000;
  }
  return t;
}

/** Milliseconds since the epoch for a feed date string, or undefined when it cannot be read. No range check. */
export function parseDateLoose(raw: string): number | undefined {
  const s = raw.trim().replace(/\s+/g, ' ');
  if (!s || s.length > 100) return undefined;
  const iso = ISO.exec(s);
  if (iso) return parseIso(iso);
  const slashed = SLASHED.exec(s);
  if (slashed) return parseSlashed(slashed);
  if (/^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/.test(s)) return undefined; // some other numeric order: ambiguous
  // RFC 822 / 1123 and friends: let V8 read it, but pin a missing zone to UTC.
  const named = s.replace(ZONE_NAME, (m, z: string) => ZONES[z] ?? m);
  const zoned = named.replace(GMT_OFFSET, (_m, sign: string, hh: string, mm: string | undefined) => `${sign}${hh.padStart(2, '0')}${mm ?? '00'}`);
  const withZone = RFC_ZONE.test(zoned) ? zoned : `${zoned} GMT`;
  const t = Date.parse(withZone);
  return Number.isFinite(t) ? t : undefined;
}

/**
 * A feed date as ISO 8601 UTC (`2024-09-05T03:00:00.000Z`), or undefined when it is missing,
 * unreadable, before 1990 or more than two days after `now`.
 */
export function feedDateToIso(raw: unknown, now: number = Date.now()): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const t = parseDateLoose(raw);
  if (t === undefined || !Number.isFinite(t)) return undefined;
  if (t < MIN_FEED_DATE || t > now + MAX_FUTURE_MS) return undefined;
  return new Date(t).toISOString();
}
