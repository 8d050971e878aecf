/**
 * A raw RFC 5322 / MIME message (multipart/alternative: text then HTML), ready for SES
 * SendRawEmail or SMTP. CRLF line endings; UTF-8 bodies in quoted-printable (lines ≤ 76);
 * non-ASCII headers as RFC 2047 encoded-words. Any header containing CR or LF throws: a value
 * is never folded into a new header.
 */

export interface MimeMessage {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Extra headers, e.g. List-Unsubscribe. Names must not repeat the ones toMime writes. */
  headers?: Record<string, string>;
  /** `<id@domain>` (angle brackets optional); default: random, at the From address's domain. */
  messageId?: string;
  /** Default: now. */
  date?: Date;
  /** The multipart boundary; default: random. Injectable for reproducible output. */
  boundary?: string;
}

/** Headers toMime writes itself: passing them in `headers` throws. */
const OWN_HEADERS = new Set(['from', 'to', 'subject', 'date', 'message-id', 'mime-version', 'content-type', 'content-transfer-encoding']);

const CRLF = '\r\n';
const utf8 = new TextEncoder();

/** Thrown for a header that would corrupt the message or inject another header. */
export class HeaderInjectionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HeaderInjectionError';
  }
}

/** RFC 5322 field name: printable ASCII except colon. */
function checkName(name: string): void {
  if (/[\r\n]/.test(name)) throw new HeaderInjectionError(`Header name ${JSON.stringify(name)} contains CR or LF (header injection refused)`);
  if (!/^[\x21-\x39\x3B-\x7E]+$/.test(name)) throw new HeaderInjectionError(`Invalid header name ${JSON.stringify(name)}`);
}

function checkValue(name: string, value: string): void {
  if (typeof value !== 'string') throw new HeaderInjectionError(`Header ${name} must be a string`);
  if (/[\r\n]/.test(value)) throw new HeaderInjectionError(`Header ${name} contains CR or LF (header injection refused): ${JSON.stringify(value)}`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(value)) throw new HeaderInjectionError(`Header ${name} contains a control character: ${JSON.stringify(value)}`);
}

const isAscii = (s: string): boolean => /^[\x20-\x7E\t]*$/.test(s);

function base64(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

/** The RFC 2047 B encoded-words for a string: whole code points, ≤ 36 bytes each (so each word ≤ 60 chars). */
export function encodedWords(value: string): string[] {
  const words: string[] = [];
  let chunk = '';
  let size = 0;
  for (const ch of value) {
    const n = utf8.encode(ch).length;
    if (size + n > 36 && chunk) {
      words.push(chunk);
      chunk = '';
      size = 0;
    }
    chunk += ch;
    size += n;
  }
  if (chunk || words.length === 0) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${base64(utf8.encode(w))}?=`);
}

/** `Name: value` folded at spaces so that lines stay ≤ 78 where possible (never > 998). */
function foldAscii(name: string, value: string): string {
  const lines: string[] = [];
  let line = `${name}:`;
  let first = true;
  for (const word of value.split(' ')) {
    const piece = ` ${word}`;
    if (!first && word !== '' && line.length + piece.length > 78 && line.trim() !== '') {
      lines.push(line);
      line = piece;
    } else {
      line += piece;
    }
    first = false;
  }
  lines.push(line);
  if (lines.some((l) => l.length > 998)) throw new Error(`Header ${name} has a word longer than 998 characters`);
  return lines.join(CRLF);
}

/** An unstructured header (Subject, custom): encoded-words when it is not plain ASCII. */
function unstructured(name: string, value: string): string {
  if (isAscii(value)) return foldAscii(name, value);
  return `${name}: ${encodedWords(value).join(`${CRLF} `)}`;
}

/** An address header: a non-ASCII display name becomes encoded-words; the address stays as is. */
function address(name: string, value: string): string {
  if (isAscii(value)) return foldAscii(name, value);
  const m = /^\s*(?:"((?:[^"\\]|\\.)*)"|([^<>"]*?))\s*<([^<>\s]+)>\s*$/.exec(value);
  if (!m) return `${name}: ${value}`; // RFC 6532: UTF-8 address, no display name to encode
  const display = (m[1] ?? m[2] ?? '').replace(/\\(.)/g, '$1');
  const addr = m[3] ?? '';
  if (!display) return `${name}: <${addr}>`;
  return `${name}: ${encodedWords(display).join(`${CRLF} `)}${CRLF} <${addr}>`;
}

/** `Thu, 13 Mar 2025 08:00:00 +0000`. */
export function rfc5322Date(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new Error('toMime: invalid date');
  return date.toUTCString().replace(/GMT$/, '+0000');
}

function randomHex(bytes: number): string {
  const buf = new Uint8Array(bytes);
  globalThis.crypto.getRandomValues(buf);
  return Array.from(buf, (b) => b.toString(16).padStart(2, '0')).join('');
}

function domainOf(from: string): string {
  const m = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from);
  return m?.[1] ?? 'partnership-watch.invalid';
}

function messageIdOf(msg: MimeMessage): string {
  if (msg.messageId === undefined) return `<${randomHex(16)}@${domainOf(msg.from)}>`;
  const id = msg.messageId.trim();
  const bare = id.startsWith('<') && id.endsWith('>') ? id.slice(1, -1) : id;
  if (!/^[^<>\s@]+@[^<>\s@]+$/.test(bare)) throw new Error(`toMime: invalid Message-ID ${JSON.stringify(msg.messageId)}`);
  return `<${bare}>`;
}

/**
 * Quoted-printable (RFC 2045 §6.7) of UTF-8 text: CRLF hard breaks, soft breaks keep every line
 * ≤ 76 characters; trailing whitespace, a leading dot and a leading "From " are encoded.
 */
export function quotedPrintable(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => {
      const bytes = utf8.encode(line);
      const tokens: string[] = [];
      bytes.forEach((b, i) => {
        const last = i === bytes.length - 1;
        const literal =
          (b >= 33 && b <= 126 && b !== 61 && !(i === 0 && b === 46) && !(i === 0 && line.startsWith('From '))) || ((b === 32 || b === 9) && !last);
        tokens.push(literal ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`);
      });
      const out: string[] = [];
      let cur = '';
      for (const t of tokens) {
        if (cur.length + t.length > 75) {
          out.push(`${cur}=`);
          cur = '';
        }
        cur += t;
      }
      out.push(cur);
      return out.join(CRLF);
    })
    .join(CRLF);
}

/** RFC 2046 boundary: 1–70 bchars, not ending in a space. */
function checkBoundary(b: string): void {
  if (!/^[0-9A-Za-z'()+_,\-./:=? ]{0,69}[0-9A-Za-z'()+_,\-./:=?]$/.test(b)) throw new Error(`toMime: invalid boundary ${JSON.stringify(b)}`);
}

/** The raw message, CRLF line endings. Throws on header injection (CR/LF in any header). */
export function toMime(msg: MimeMessage): string {
  checkValue('From', msg.from);
  checkValue('To', msg.to);
  checkValue('Subject', msg.subject);
  const extra = Object.entries(msg.headers ?? {});
  for (const [name, value] of extra) {
    checkName(name);
    checkValue(name, value);
    if (OWN_HEADERS.has(name.toLowerCase())) throw new Error(`toMime: header ${name} is written by toMime; pass it as a field instead`);
  }
  if (msg.messageId !== undefined) checkValue('Message-ID', msg.messageId);

  const textPart = quotedPrintable(msg.text);
  const htmlPart = quotedPrintable(msg.html);
  const clashes = (b: string): boolean => textPart.includes(b) || htmlPart.includes(b);
  let boundary: string;
  if (msg.boundary !== undefined) {
    checkBoundary(msg.boundary);
    if (clashes(msg.boundary)) throw new Error('toMime: the boundary occurs in a body');
    boundary = msg.boundary;
  } else {
    // "=_" never occurs in quoted-printable output; the check is belt and braces.
    do {
      boundary = `=_pw_${randomHex(12)}`;
    } while (clashes(boundary));
  }

  const head = [
    address('From', msg.from),
    address('To', msg.to),
    unstructured('Subject', msg.subject),
    `Date: ${rfc5322Date(msg.date ?? new Date())}`,
    `Message-ID: ${messageIdOf(msg)}`,
    'MIME-Version: 1.0',
    ...extra.map(([name, value]) => unstructured(name, value)),
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
  ];
  const part = (type: string, body: string): string[] => [
    `--${boundary}`,
    `Content-Type: ${type}; charset=utf-8`,
    'Content-Transfer-Encoding: quoted-printable',
    '',
    body,
  ];
  return [...head, '', 'This is a multi-part message in MIME format.', ...part('text/plain', textPart), ...part('text/html', htmlPart), `--${boundary}--`, ''].join(CRLF);
}

/**
 * List-Unsubscribe headers for one-click unsubscribe (RFC 2369, RFC 8058). RFC 8058 wants an
 * https URL (http is accepted for local runs); a mailto address may be added.
 */
export function listUnsubscribeHeaders(unsubscribeUrl: string, mailto?: string): Record<string, string> {
  let url: URL;
  try {
    url = new URL(unsubscribeUrl);
  } catch {
    throw new Error(`listUnsubscribeHeaders: not a URL: ${JSON.stringify(unsubscribeUrl)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`listUnsubscribeHeaders: not an http(s) URL: ${JSON.stringify(unsubscribeUrl)}`);
  const parts = [`<${url.href}>`];
  if (mailto) parts.push(`<mailto:${mailto}>`);
  const value = parts.join(', ');
  checkValue('List-Unsubscribe', value);
  return { 'List-Unsubscribe': value, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}
