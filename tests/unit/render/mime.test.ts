import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { HeaderInjectionError, listUnsubscribeHeaders, renderAlertEmail, toMime } from '../../../packages/core/src/render/index';
import type { MimeMessage } from '../../../packages/core/src/render/index';
import { links, singapore } from './fixtures';

const unsubscribeUrl = 'https://watch.example.org/unsubscribe?token=abc123&list=all';
const alert = renderAlertEmail(singapore, { links, unsubscribeUrl, recipient: 'lan.nguyen@example.vn' });
const DATE = new Date('2025-03-12T03:25:00Z');

const message = (over: Partial<MimeMessage> = {}): MimeMessage => ({
  from: 'Partnership Watch <alerts@watch.example.org>',
  to: 'lan.nguyen@example.vn',
  subject: alert.subject,
  text: alert.text,
  html: alert.html,
  headers: listUnsubscribeHeaders(unsubscribeUrl),
  date: DATE,
  ...over,
});

/** Header block and body of a raw message. */
const split = (raw: string): [string, string] => {
  const i = raw.indexOf('\r\n\r\n');
  return [raw.slice(0, i), raw.slice(i + 4)];
};

describe('toMime', () => {
  it('round-trips through mailparser: subject, both parts, date, message id, addresses', async () => {
    const raw = toMime(message({ messageId: 'sg-csp.lan@watch.example.org' }));
    const mail = await simpleParser(raw);
    expect(mail.subject).toBe('Vietnam–Singapore ties upgraded to Comprehensive Strategic Partnership');
    expect(mail.text?.trimEnd()).toBe(alert.text.trimEnd());
    expect(mail.html).toBe(alert.html);
    expect(mail.date?.toISOString()).toBe(DATE.toISOString());
    expect(mail.messageId).toBe('<sg-csp.lan@watch.example.org>');
    expect(mail.from?.value[0]).toMatchObject({ name: 'Partnership Watch', address: 'alerts@watch.example.org' });
    expect(Array.isArray(mail.to) ? undefined : mail.to?.value[0]?.address).toBe('lan.nguyen@example.vn');
    expect(mail.headers.get('mime-version')).toBe('1.0');
    expect(mail.headers.get('content-type')).toMatchObject({ value: 'multipart/alternative' });
  });

  it('writes List-Unsubscribe and List-Unsubscribe-Post (RFC 8058)', async () => {
    const raw = toMime(message());
    const [head] = split(raw);
    expect(head).toContain(`\r\nList-Unsubscribe: <${unsubscribeUrl}>\r\n`);
    expect(head).toContain('\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n');
    const mail = await simpleParser(raw);
    expect(mail.headers.get('list')).toMatchObject({ unsubscribe: { url: unsubscribeUrl }, 'unsubscribe-post': { name: 'List-Unsubscribe=One-Click' } });
    expect(listUnsubscribeHeaders(unsubscribeUrl, 'unsubscribe@watch.example.org')['List-Unsubscribe']).toBe(
      `<${unsubscribeUrl}>, <mailto:unsubscribe@watch.example.org>`,
    );
    expect(() => listUnsubscribeHeaders('javascript:alert(1)')).toThrow(/http/);
  });

  it('encodes Vietnamese and Chinese subjects and display names as RFC 2047 encoded-words', async () => {
    const subject = 'Việt Nam – Singapore nâng cấp quan hệ lên Đối tác Chiến lược Toàn diện · 越南与新加坡将关系提升为全面战略伙伴关系';
    const raw = toMime(message({ subject, from: 'Theo dõi Đối tác <alerts@watch.example.org>' }));
    const [head] = split(raw);
    expect(head).toMatch(/^Subject: =\?UTF-8\?B\?/m);
    expect(head).not.toMatch(/[^\t\r\n\x20-\x7E]/);
    const mail = await simpleParser(raw);
    expect(mail.subject).toBe(subject);
    expect(mail.from?.value[0]).toMatchObject({ name: 'Theo dõi Đối tác', address: 'alerts@watch.example.org' });
    const zh = await simpleParser(toMime(message({ subject: '越南与巴西拟将双边关系提升为战略伙伴关系' })));
    expect(zh.subject).toBe('越南与巴西拟将双边关系提升为战略伙伴关系');
  });

  it('keeps a plain ASCII subject readable and folds long ones', async () => {
    const short = toMime(message({ subject: 'Confirm your Partnership Watch alerts' }));
    expect(split(short)[0]).toContain('\r\nSubject: Confirm your Partnership Watch alerts\r\n');
    const long = 'Vietnam and Poland establish a Strategic Partnership, and much more text so that the header must fold';
    const raw = toMime(message({ subject: long }));
    expect((await simpleParser(raw)).subject).toBe(long);
  });

  it('uses CRLF only, lines of at most 76 characters in bodies and 78 in headers, UTF-8 quoted-printable parts', () => {
    const raw = toMime(message());
    expect(raw.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const [head, body] = split(raw);
    for (const line of head.split('\r\n')) {
      expect(line.length).toBeLessThanOrEqual(998);
      // Over 78 only when there is nowhere to fold (a long URL).
      if (line.length > 78) expect(line.replace(/^[^:]+: /, '')).not.toContain(' ');
    }
    for (const line of body.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
    expect(body).toMatch(/Content-Type: text\/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable/);
    expect(body).toMatch(/Content-Type: text\/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable/);
    expect(body).not.toMatch(/[^\t\r\n\x20-\x7E]/);
    expect(head).toMatch(/^Date: Wed, 12 Mar 2025 03:25:00 \+0000$/m);
    expect(head).toMatch(/^Message-ID: <[0-9a-f]{32}@watch\.example\.org>$/m);
    expect(head).toMatch(/^MIME-Version: 1\.0$/m);
  });

  it('survives quoted-printable edge cases: long lines, =, trailing spaces, a leading dot and "From "', async () => {
    const text = ['x'.repeat(200), 'a=b==c', 'trailing spaces   ', 'tab\t', '.', '.hidden', 'From here on', 'é'.repeat(80), ''].join('\n');
    const raw = toMime(message({ text }));
    const body = split(raw)[1];
    for (const line of body.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
    expect(body).toContain('\r\ntrailing spaces  =20\r\n');
    expect(body).toContain('\r\n=2Ehidden\r\n');
    expect(body).toContain('\r\n=46rom here on\r\n');
    const mail = await simpleParser(raw);
    expect(mail.text).toBe(text);
  });

  it('uses a random boundary, or the injected one, never present in the bodies', async () => {
    const a = toMime(message());
    const b = toMime(message());
    const boundary = (raw: string) => /boundary="([^"]+)"/.exec(raw)?.[1];
    expect(boundary(a)).toBeDefined();
    expect(boundary(a)).not.toBe(boundary(b));
    const fixed = message({ boundary: 'pw-boundary-1', messageId: '<fixed@watch.example.org>' });
    const one = toMime(fixed);
    expect(one).toBe(toMime(fixed));
    expect(boundary(one)).toBe('pw-boundary-1');
    expect(one.endsWith('\r\n--pw-boundary-1--\r\n')).toBe(true);
    const mail = await simpleParser(one);
    expect(mail.html).toBe(alert.html);
    expect(() => toMime(message({ boundary: 'pw-boundary-1', text: 'a line with pw-boundary-1 inside' }))).toThrow(/boundary/);
    expect(() => toMime(message({ boundary: 'bad"boundary' }))).toThrow(/boundary/);
  });

  describe('header injection', () => {
    const cases: [string, Partial<MimeMessage>][] = [
      ['subject CRLF', { subject: 'Hello\r\nBcc: victim@example.org' }],
      ['subject LF', { subject: 'Hello\nBcc: victim@example.org' }],
      ['subject CR', { subject: 'Hello\rBcc: victim@example.org' }],
      ['from', { from: 'a@example.org\r\nBcc: victim@example.org' }],
      ['to', { to: 'a@example.org\nCc: victim@example.org' }],
      ['custom value', { headers: { 'List-Unsubscribe': '<https://x.example/u>\r\nBcc: victim@example.org' } }],
      ['custom name', { headers: { 'X-Evil\r\nBcc': 'victim@example.org' } }],
      ['message id', { messageId: '<a@b>\r\nBcc: victim@example.org' }],
    ];
    for (const [name, over] of cases) {
      it(`throws on CR/LF in ${name}`, () => {
        expect(() => toMime(message(over))).toThrow(HeaderInjectionError);
        expect(() => toMime(message(over))).toThrow(/CR or LF/);
      });
    }

    it('refuses bad header names and headers toMime writes itself', () => {
      expect(() => toMime(message({ headers: { 'X Bad': 'v' } }))).toThrow(/header name/i);
      expect(() => toMime(message({ headers: { 'X:Bad': 'v' } }))).toThrow(/header name/i);
      expect(() => toMime(message({ headers: { 'content-type': 'text/html' } }))).toThrow(/written by toMime/);
      expect(() => toMime(message({ headers: { Bcc: 'a\u0000b' } }))).toThrow(/control character/);
    });
  });
});
