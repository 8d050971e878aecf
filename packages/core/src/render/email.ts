/**
 * The emails: an alert for one event, and the double opt-in confirmation. Each returns a subject
 * (one line, no CR/LF), a plain-text part and an HTML part with a simple inline-styled layout.
 */
import { sanitizeLine, sanitizeText, escapeHtml, safeHttpUrl } from './escape';
import { eventBodyHtml, eventBodyText, htmlLink } from './body';
import type { BodyStyles } from './body';
import { eventHeadline, eventSummary, PRODUCT_NAME, statusLabel } from './text';
import type { EventView, SiteLinks } from './types';

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

export interface AlertContext {
  links: SiteLinks;
  /** One-click unsubscribe page (also for the List-Unsubscribe header). */
  unsubscribeUrl: string;
  /** Where the subscriber changes filters. */
  manageUrl?: string;
  /** The subscriber's address, named in the footer. */
  recipient: string;
}

export interface ConfirmationContext {
  confirmUrl: string;
  /** What the subscription asks for, in words: "all partners, all tiers". */
  filtersSummary: string;
  expiresInDays: number;
  recipient: string;
}

const FONT = "-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";
const TEXT = '#18181b';
const MUTED = '#52525b';
const LINK = '#1d4ed8';

const EMAIL_STYLES: BodyStyles = {
  p: 'margin:0 0 16px;',
  table: 'border-collapse:collapse;margin:0 0 16px;width:100%;',
  th: `text-align:left;vertical-align:top;padding:6px 12px 6px 0;color:${MUTED};font-weight:600;white-space:nowrap;width:1%;`,
  td: 'text-align:left;vertical-align:top;padding:6px 0;',
  h2: `margin:24px 0 8px;font-size:18px;line-height:1.3;color:${TEXT};`,
  ol: 'margin:0 0 16px;padding:0 0 0 20px;',
  li: 'margin:0 0 16px;',
  meta: `font-size:14px;color:${MUTED};`,
  a: `color:${LINK};text-decoration:underline;`,
  quote: `margin:8px 0 0;padding:4px 0 4px 12px;border-left:3px solid #a1a1aa;color:${TEXT};font-style:italic;`,
  button: `display:inline-block;padding:10px 16px;background:${LINK};color:#ffffff;text-decoration:underline;border-radius:4px;font-weight:600;`,
};

/** The page around a body: a centered 600px card, readable contrast, layout tables marked presentational. */
function layout(opts: { title: string; preheader: string; kicker: string; heading: string; body: string; footer: string }): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en" dir="ltr">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light">',
    `<title>${escapeHtml(opts.title)}</title>`,
    '</head>',
    '<body style="margin:0;padding:0;background:#f4f4f5;">',
    `<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">${escapeHtml(opts.preheader)}</div>`,
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f4f4f5;">',
    '<tr><td align="center" style="padding:24px 12px;">',
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;background:#ffffff;border:1px solid #e4e4e7;border-radius:6px;">',
    `<tr><td style="padding:24px;font-family:${FONT};font-size:16px;line-height:1.5;color:${TEXT};">`,
    `<p style="margin:0 0 8px;font-size:13px;color:${MUTED};letter-spacing:0.04em;text-transform:uppercase;">${escapeHtml(opts.kicker)}</p>`,
    `<h1 style="margin:0 0 16px;font-size:22px;line-height:1.3;color:${TEXT};">${escapeHtml(opts.heading)}</h1>`,
    opts.body,
    '</td></tr>',
    `<tr><td style="padding:16px 24px;border-top:1px solid #e4e4e7;font-family:${FONT};font-size:13px;line-height:1.5;color:${MUTED};">`,
    opts.footer,
    '</td></tr>',
    '</table>',
    '</td></tr>',
    '</table>',
    '</body>',
    '</html>',
  ].join('\n');
}

/** The subject of the alert: the event's headline, one line. */
export function alertSubject(event: EventView): string {
  return sanitizeLine(eventHeadline(event));
}

/** The alert for one event. */
export function renderAlertEmail(event: EventView, ctx: AlertContext): RenderedEmail {
  const subject = alertSubject(event);
  const recipient = sanitizeLine(ctx.recipient);
  const unsubscribe = htmlLink(ctx.unsubscribeUrl, 'Unsubscribe', EMAIL_STYLES.a);
  const manage = ctx.manageUrl ? htmlLink(ctx.manageUrl, 'Manage your alerts', EMAIL_STYLES.a) : '';
  const footer = [
    `<p style="margin:0 0 8px;">You receive this email because ${escapeHtml(recipient)} subscribed to ${escapeHtml(PRODUCT_NAME)} alerts.</p>`,
    `<p style="margin:0;">${manage ? `${manage} · ` : ''}${unsubscribe}</p>`,
  ].join('\n');
  const html = layout({
    title: subject,
    preheader: eventSummary(event),
    kicker: `${PRODUCT_NAME} · ${statusLabel(event)}`,
    heading: subject,
    body: eventBodyHtml(event, ctx.links, EMAIL_STYLES),
    footer,
  });
  const text = sanitizeText(
    [
      subject,
      '',
      eventBodyText(event, ctx.links),
      '',
      '-- ',
      `You receive this email because ${recipient} subscribed to ${PRODUCT_NAME} alerts.`,
      ...(ctx.manageUrl ? [`Manage your alerts: ${sanitizeLine(ctx.manageUrl)}`] : []),
      `Unsubscribe: ${sanitizeLine(ctx.unsubscribeUrl)}`,
      '',
    ].join('\n'),
  );
  return { subject, text, html };
}

/** The double opt-in email: nothing is sent until the link is followed. */
export function renderConfirmationEmail(ctx: ConfirmationContext): RenderedEmail {
  const subject = `Confirm your ${PRODUCT_NAME} alerts`;
  const recipient = sanitizeLine(ctx.recipient);
  const filters = sanitizeLine(ctx.filtersSummary) || 'all partnership changes';
  const days = Math.max(0, Math.floor(Number.isFinite(ctx.expiresInDays) ? ctx.expiresInDays : 0));
  const expires = days === 0 ? 'today' : `in ${days} ${days === 1 ? 'day' : 'days'}`;
  const confirm = safeHttpUrl(ctx.confirmUrl);
  const p = 'margin:0 0 16px;';
  const button = confirm
    ? `<p style="${p}"><a href="${escapeHtml(confirm)}" style="display:inline-block;padding:10px 16px;background:${LINK};color:#ffffff;text-decoration:underline;border-radius:4px;font-weight:600;">Confirm my alerts</a></p>` +
      `\n<p style="${p}font-size:14px;color:${MUTED};">Or open this link: <span style="word-break:break-all;">${escapeHtml(confirm)}</span></p>`
    : `<p style="${p}">Confirmation link: ${escapeHtml(sanitizeLine(ctx.confirmUrl))}</p>`;
  const body = [
    `<p style="${p}">Someone, hopefully you, asked to send ${escapeHtml(PRODUCT_NAME)} alerts to ${escapeHtml(recipient)} for: <strong>${escapeHtml(filters)}</strong>.</p>`,
    `<p style="${p}">Alerts start only once you confirm. The link expires ${escapeHtml(expires)}.</p>`,
    button,
  ].join('\n');
  const footer = `<p style="margin:0;">If you did not ask for this, ignore this email: you will not be subscribed and will hear nothing more from us.</p>`;
  const html = layout({ title: subject, preheader: `Confirm alerts for ${filters}.`, kicker: PRODUCT_NAME, heading: subject, body, footer });
  const text = sanitizeText(
    [
      subject,
      '',
      `Someone, hopefully you, asked to send ${PRODUCT_NAME} alerts to ${recipient} for: ${filters}.`,
      '',
      `Alerts start only once you confirm. The link expires ${expires}.`,
      '',
      `Confirm: ${sanitizeLine(ctx.confirmUrl)}`,
      '',
      '-- ',
      'If you did not ask for this, ignore this email: you will not be subscribed and will hear nothing more from us.',
      '',
    ].join('\n'),
  );
  return { subject, text, html };
}
