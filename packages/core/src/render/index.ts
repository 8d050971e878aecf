/** Pure renderers: JSON Feed, Atom, alert and confirmation emails, raw MIME. No I/O. */
export type { EventView, SourceView, SiteLinks } from './types';
export { sanitizeText, sanitizeLine, escapeHtml, escapeXml, safeHttpUrl, langAttr } from './escape';
export {
  PRODUCT_NAME,
  DEFAULT_FEED_TITLE,
  eventHeadline,
  eventSummary,
  formatEventDate,
  languageName,
  levelLabel,
  itemId,
  newestFirst,
} from './text';
export { eventBodyHtml, eventBodyText } from './body';
export { renderJsonFeed, type FeedOptions, type JsonFeed, type JsonFeedItem, type JsonFeedPartnership } from './json-feed';
export { renderAtom, tagUri, TAG_DATE, type AtomOptions } from './atom';
export { renderAlertEmail, renderConfirmationEmail, alertSubject, type RenderedEmail, type AlertContext, type ConfirmationContext } from './email';
export { toMime, listUnsubscribeHeaders, quotedPrintable, encodedWords, rfc5322Date, HeaderInjectionError, type MimeMessage } from './mime';
