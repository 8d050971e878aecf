import { describe, expect, it } from 'vitest';
import { renderAlertEmail, renderConfirmationEmail } from '../../../packages/core/src/render/index';
import type { EventView } from '../../../packages/core/src/render/index';
import { brazilSignal, hostile, links, poland, singapore, XSS_IMG, XSS_SCRIPT } from './fixtures';
import { inspectHtml, isInert } from './html-check';

const ctx = {
  links,
  unsubscribeUrl: 'https://watch.example.org/unsubscribe?token=abc123',
  manageUrl: 'https://watch.example.org/subscriptions?token=abc123',
  recipient: 'lan.nguyen@example.vn',
};

describe('renderAlertEmail: subjects', () => {
  it('says what happened at a glance', () => {
    expect(renderAlertEmail(singapore, ctx).subject).toBe('Vietnam–Singapore ties upgraded to Comprehensive Strategic Partnership');
    expect(renderAlertEmail(poland, ctx).subject).toBe('Vietnam and Poland establish a Strategic Partnership');
    expect(renderAlertEmail(brazilSignal, ctx).subject).toBe('Expected: Vietnam–Brazil ties to be upgraded to Strategic Partnership');
    const newSignal: EventView = { ...poland, status: 'signal' };
    expect(renderAlertEmail(newSignal, ctx).subject).toBe('Expected: Vietnam and Poland to establish a Strategic Partnership');
  });

  it('is always one line, whatever the partner name holds', () => {
    const odd: EventView = { ...singapore, partnerName: 'Singa\r\npore\nBcc: x@evil.example' };
    const { subject } = renderAlertEmail(odd, ctx);
    expect(subject).not.toMatch(/[\r\n]/);
    expect(subject).toBe('Vietnam–Singa pore Bcc: x@evil.example ties upgraded to Comprehensive Strategic Partnership');
  });
});

describe('renderAlertEmail: content', () => {
  const mail = renderAlertEmail(singapore, ctx);
  const r = inspectHtml(mail.html);

  it('gives tiers before and after, the date and the status in both parts', () => {
    for (const body of [mail.text, r.text]) {
      expect(body).toContain('Strategic Partnership (SP)');
      expect(body).toContain('Comprehensive Strategic Partnership (CSP)');
      expect(body).toContain('12 March 2025');
      expect(body).toContain('official source (nhandan-vi)');
    }
    expect(mail.text).toMatch(/^Before: Strategic Partnership \(SP\)$/m);
    expect(mail.text).toMatch(/^After: {2}Comprehensive Strategic Partnership \(CSP\)$/m);
    const rows = [...r.document.querySelectorAll('th[scope="row"]')].map((th) => [th.textContent, th.nextElementSibling?.textContent]);
    expect(rows).toEqual([
      ['Before', 'Strategic Partnership (SP)'],
      ['After', 'Comprehensive Strategic Partnership (CSP)'],
      ['Date', '12 March 2025'],
      ['Status', 'Confirmed: official source (nhandan-vi)'],
    ]);
  });

  it('lists each source with outlet, language, link and the evidence quoted in its own language', () => {
    const [vi, en] = singapore.sources;
    expect(mail.text).toContain('Nhân Dân · Vietnamese · 12 March 2025');
    expect(mail.text).toContain('VnExpress International · English · 12 March 2025');
    expect(mail.text).toContain(vi?.url);
    expect(mail.text).toContain(`Evidence (Vietnamese): “${vi?.evidence}”`);
    expect(mail.text).toContain(`Evidence (English): “${en?.evidence}”`);
    const quotes = [...r.document.querySelectorAll('blockquote')];
    expect(quotes.map((q) => [q.getAttribute('lang'), q.textContent])).toEqual([
      ['vi', `“${vi?.evidence}”`],
      ['en', `“${en?.evidence}”`],
    ]);
    const anchors = [...r.document.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(anchors).toContainEqual([vi?.title, vi?.url]);
    expect(anchors).toContainEqual([en?.title, en?.url]);
  });

  it('links the event page, the manage page and unsubscribe, and names the recipient', () => {
    const anchors = [...r.document.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(anchors).toContainEqual(['See the event page', 'https://watch.example.org/events/SG-CSP']);
    expect(anchors).toContainEqual(['Unsubscribe', ctx.unsubscribeUrl]);
    expect(anchors).toContainEqual(['Manage your alerts', ctx.manageUrl]);
    expect(mail.text).toContain('Event page: https://watch.example.org/events/SG-CSP');
    expect(mail.text).toContain(`Unsubscribe: ${ctx.unsubscribeUrl}`);
    expect(mail.text).toContain(`Manage your alerts: ${ctx.manageUrl}`);
    expect(r.text).toContain(ctx.recipient);
    expect(r.document.documentElement.getAttribute('lang')).toBe('en');
    expect(r.document.title).toBe(mail.subject);
    expect(r.document.querySelectorAll('table[role="presentation"]').length).toBeGreaterThan(0);
  });

  it('omits the manage link when there is none', () => {
    const m = renderAlertEmail(poland, { ...ctx, manageUrl: undefined });
    expect(m.text).not.toContain('Manage');
    expect(m.html).not.toContain('Manage');
    expect(m.text).toContain('Before: None');
    expect(m.text).toContain('January 2025');
  });

  it('marks a signal as not confirmed', () => {
    const m = renderAlertEmail(brazilSignal, ctx);
    expect(m.text).toContain('not confirmed yet');
    const q = inspectHtml(m.html).document.querySelector('blockquote');
    expect(q?.getAttribute('lang')).toBe('zh');
    expect(q?.textContent).toContain('两国领导人同意');
  });
});

describe('renderAlertEmail: hostile input', () => {
  const mail = renderAlertEmail(hostile, { ...ctx, recipient: `<img src=x onerror=alert(1)>@example.org` });

  it('renders scraped markup as inert text', () => {
    expect(mail.html).not.toContain('<script');
    expect(mail.html).not.toContain('<img');
    const r = inspectHtml(mail.html);
    expect(isInert(r)).toBe(true);
    expect(r.text).toContain(XSS_SCRIPT);
    expect(r.text).toContain(XSS_IMG);
    expect(r.text).toContain('Le Monde & "Fils" <b>');
    expect(r.text).toContain('<img src=x onerror=alert(1)>@example.org');
  });

  it('never makes a javascript: URL an href', () => {
    expect(mail.html).not.toMatch(/(href|src|cite)="\s*javascript:/i);
    const r = inspectHtml(mail.html);
    expect(r.urls.every((u) => /^https?:\/\//.test(u))).toBe(true);
    expect([...r.document.querySelectorAll('blockquote')].map((q) => q.getAttribute('cite'))).toEqual([null, 'https://www.example.fr/article?a=1&b=2']);
    const bad = renderAlertEmail(singapore, { ...ctx, unsubscribeUrl: 'javascript:alert(document.cookie)', manageUrl: 'data:text/html,<script>alert(1)</script>' });
    const b = inspectHtml(bad.html);
    expect(isInert(b)).toBe(true);
    expect(b.text).toContain('Unsubscribe');
    expect([...b.document.querySelectorAll('a')].map((a) => a.textContent)).not.toContain('Unsubscribe');
  });

  it('drops control characters', () => {
    // eslint-disable-next-line no-control-regex
    const controls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
    expect(mail.html).not.toMatch(controls);
    expect(mail.text).not.toMatch(controls);
  });
});

describe('renderConfirmationEmail', () => {
  const base = { confirmUrl: 'https://watch.example.org/confirm?token=xyz', filtersSummary: 'Singapore, Poland; all tiers', expiresInDays: 7, recipient: 'lan.nguyen@example.vn' };

  it('asks to confirm, with the link, the filters and the expiry', () => {
    const m = renderConfirmationEmail(base);
    expect(m.subject).toBe('Confirm your Partnership Watch alerts');
    const r = inspectHtml(m.html);
    expect([...r.document.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')])).toContainEqual(['Confirm my alerts', base.confirmUrl]);
    for (const body of [m.text, r.text]) {
      expect(body).toContain('Singapore, Poland; all tiers');
      expect(body).toContain('expires in 7 days');
      expect(body).toContain(base.recipient);
      expect(body).toContain('ignore this email');
    }
    expect(m.text).toContain(`Confirm: ${base.confirmUrl}`);
    expect(renderConfirmationEmail({ ...base, expiresInDays: 1 }).text).toContain('expires in 1 day.');
  });

  it('escapes the filters and refuses a non-http link', () => {
    const m = renderConfirmationEmail({ ...base, filtersSummary: XSS_SCRIPT + XSS_IMG, confirmUrl: 'javascript:alert(1)' });
    expect(m.html).not.toContain('<script');
    expect(m.html).not.toContain('<img');
    const r = inspectHtml(m.html);
    expect(isInert(r)).toBe(true);
    expect(r.document.querySelectorAll('a')).toHaveLength(0);
    expect(r.text).toContain(XSS_SCRIPT);
  });
});
