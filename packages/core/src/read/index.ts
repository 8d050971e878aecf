/**
 * The page reader: raw bytes (+ Content-Type, URL, feed item, hints) or plain text → ReadPage.
 *
 * Bounded: at most MAX_INPUT_BYTES (5 MB) of bytes / MAX_INPUT_CHARS of text are read
 * (`truncated: true` beyond); every pass is linear and iterative. Bad input throws PageError.
 */
import type { Lang, PageInput, ReadPage } from '../types';
import { MAX_INPUT_BYTES, binaryReason, binaryTextReason, decodeBytes } from './decode';
import { cleanText, extractMain, parseHtml } from './html';
import { detectLanguage, normalizeLangTag, scriptFamily } from './language';
import { datelineDate, feedDate, normalizeDate, readMeta } from './meta';

export { MAX_INPUT_BYTES } from './decode';
/** Cap for `input.text` (characters). */
export const MAX_INPUT_CHARS = 5 * 1024 * 1024;

export type PageErrorCode = 'empty' | 'not-text' | 'unsupported-charset' | 'bad-input';

/** Why a page could not be read: a machine code and a human reason. */
export class PageError extends Error {
  readonly code: PageErrorCode;
  readonly reason: string;
  constructor(code: PageErrorCode, reason: string) {
    super(`${code}: ${reason}`);
    this.name = 'PageError';
    this.code = code;
    this.reason = reason;
  }
}

const NON_TEXT_TYPE = /^(?:image|audio|video|font|model)\/|^application\/(?:pdf|zip|gzip|x-gzip|x-tar|x-7z-compressed|x-rar-compressed|vnd\.rar|x-bzip2?|wasm|x-shockwave-flash|msword|vnd\.ms-|vnd\.openxmlformats|x-msdownload|java-archive|x-protobuf|protobuf)/i;

const HTML_SNIFF = /<(?:!doctype\s+html|html|head|body|meta|title|div|p|br|span|a|table|article|section|script|style|link|h[1-6]|ul|ol|li|img|main|header|nav|iframe|font|center|b|i|strong)[\s>/]|<!--/i;

/** A title longer than this is cut (a "first line" can be a whole unwrapped document). */
const MAX_TITLE = 500;

function capTitle(t: string): string {
  if (t.length <= MAX_TITLE) return t;
  const cut = t.slice(0, MAX_TITLE);
  const space = cut.lastIndexOf(' ');
  return (space > MAX_TITLE * 0.6 ? cut.slice(0, space) : cut).trimEnd() + '…';
}

function looksLikeHtml(text: string, contentType: string | undefined): boolean {
  const ct = contentType?.toLowerCase() ?? '';
  if (ct.includes('html') || ct.includes('xml')) return true;
  if (ct.startsWith('text/plain')) return false;
  return HTML_SNIFF.test(text.slice(0, 4096));
}

/** Read one page. Throws PageError for empty, binary or undecodable input. */
export function readPage(input: PageInput): ReadPage {
  if (!input || typeof input !== 'object') throw new PageError('bad-input', 'no input object');
  if (input.text !== undefined && input.text !== null) {
    if (typeof input.text !== 'string') throw new PageError('bad-input', '`text` is not a string');
    let text = input.text;
    let truncated = false;
    if (text.length > MAX_INPUT_CHARS) {
      text = text.slice(0, MAX_INPUT_CHARS);
      // do not leave half a surrogate pair
      if (/[\ud800-\udbff]$/.test(text)) text = text.slice(0, -1);
      truncated = true;
    }
    if (!text.trim()) throw new PageError('empty', 'the text is empty');
    const bad = binaryTextReason(text);
    if (bad) throw new PageError('not-text', `the text looks binary: ${bad}`);
    return readPlainText(text.normalize('NFC'), input, 'utf-8', truncated);
  }
  if (input.bytes === undefined || input.bytes === null) throw new PageError('empty', 'neither bytes nor text given');
  if (!(input.bytes instanceof Uint8Array)) throw new PageError('bad-input', '`bytes` is not a Uint8Array');
  let bytes = input.bytes;
  if (bytes.length === 0) throw new PageError('empty', 'zero bytes');
  let truncated = false;
  if (bytes.length > MAX_INPUT_BYTES) {
    bytes = bytes.subarray(0, MAX_INPUT_BYTES);
    truncated = true;
  }
  const ct = input.contentType?.split(';')[0]?.trim();
  if (ct && NON_TEXT_TYPE.test(ct)) throw new PageError('not-text', `Content-Type is ${ct}`);
  const binary = binaryReason(bytes);
  if (binary) throw new PageError('not-text', `the bytes are not text: ${binary}`);

  const decoded = decodeBytes(bytes, {
    contentType: input.contentType,
    charsetHint: input.charsetHint,
    langHint: input.langHint,
    url: input.url,
  });
  if ('error' in decoded) throw new PageError(decoded.error, decoded.reason);
  if (!decoded.text.trim()) throw new PageError('empty', 'the page has no characters');
  const bad = binaryTextReason(decoded.text);
  if (bad) throw new PageError('not-text', `the decoded text looks binary: ${bad}`);

  if (!looksLikeHtml(decoded.text, input.contentType)) return readPlainText(decoded.text, input, decoded.charset, truncated);
  return readHtml(decoded.text, input, decoded.charset, truncated);
}

function resolveLang(declared: Lang | undefined, text: string, hint: string | undefined): Lang {
  const guess = detectLanguage(text);
  if (declared) {
    // A template's stale lang attribute loses to text that is plainly in another language.
    if (guess && guess.lang !== declared && guess.lang !== 'other' && guess.confidence >= 0.9) {
      const sameScript = scriptFamily(guess.lang) === scriptFamily(declared);
      if (!sameScript || guess.lang === 'vi') return guess.lang;
    }
    return declared;
  }
  if (guess && guess.lang !== 'other' && guess.confidence >= 0.3) return guess.lang;
  const hinted = normalizeLangTag(hint);
  if (hinted) return hinted;
  return guess?.lang ?? 'other';
}

/**
 * The first date in precedence order; when it is a bare day (`2025-03-18`), a later source that
 * gives a full timestamp on that same day supplies the time (and its offset).
 */
function pickPublished(candidates: Array<string | undefined>): string | undefined {
  const i = candidates.findIndex((c) => c !== undefined);
  if (i < 0) return undefined;
  const first = candidates[i] as string;
  if (first.length !== 10) return first;
  for (const c of candidates.slice(i + 1)) if (c && c.length > 10 && c.startsWith(first) && /[zZ]$|[+-]\d\d:\d\d$/.test(c)) return c;
  return first;
}

function readHtml(html: string, input: PageInput, charset: string, truncated: boolean): ReadPage {
  const doc = parseHtml(html);
  const meta = readMeta(doc.meta, { url: input.url });
  const feedTitle = input.feedItem?.title ? cleanText(input.feedItem.title) : undefined;
  const titles = [meta.ogTitle, meta.ldHeadline, meta.docTitle, feedTitle].filter((t): t is string => !!t);
  const main = extractMain(doc, titles);

  let paragraphs = main.paragraphs;
  // No headline element: the metadata title stands in as the first paragraph.
  const title = capTitle(meta.ogTitle ?? meta.ldHeadline ?? main.headline ?? meta.docTitle ?? feedTitle ?? paragraphs[0] ?? '');
  if (!main.headline && title && paragraphs[0] !== title) paragraphs = [title, ...paragraphs];
  if (paragraphs.length === 0) throw new PageError('empty', 'the page has no readable text');

  const text = paragraphs.join('\n');
  const published = pickPublished([meta.published, normalizeDate(main.articleTime), feedDate(input.feedItem)]);
  return {
    url: input.url,
    canonicalUrl: meta.canonicalUrl,
    title,
    lang: resolveLang(meta.declaredLang, text, input.langHint),
    published,
    paragraphs,
    text,
    charset,
    truncated,
  };
}

/** A dateline among the first lines of a plain-text page (a line that is only a date). */
function plainTextDateline(paragraphs: string[]): string | undefined {
  for (const p of paragraphs.slice(0, 12)) {
    const d = datelineDate(p);
    if (d) return d;
  }
  return undefined;
}

/** Plain text: paragraphs are the non-empty lines; the title is the first. */
function readPlainText(raw: string, input: PageInput, charset: string, truncated: boolean): ReadPage {
  const paragraphs: string[] = [];
  for (const line of raw.split(/\r\n|[\n\r\u2028\u2029\v\f]/)) {
    const t = cleanText(line);
    if (t) paragraphs.push(t);
  }
  if (paragraphs.length === 0) throw new PageError('empty', 'the text has no non-empty line');
  const text = paragraphs.join('\n');
  let canonicalUrl: string | undefined;
  if (input.url) {
    try {
      const u = new URL(input.url);
      if (u.protocol === 'http:' || u.protocol === 'https:') canonicalUrl = u.toString();
    } catch {
      canonicalUrl = undefined;
    }
  }
  return {
    url: input.url,
    canonicalUrl,
    title: capTitle(paragraphs[0] as string),
    lang: resolveLang(undefined, text, input.langHint),
    published: feedDate(input.feedItem) ?? plainTextDateline(paragraphs),
    paragraphs,
    text,
    charset,
    truncated,
  };
}
