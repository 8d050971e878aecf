/** Reads rendered HTML with an independent parser (jsdom) to check that hostile input stayed inert. */
import { JSDOM } from 'jsdom';

export interface HtmlReport {
  scripts: number;
  images: number;
  /** Attributes named on* anywhere in the document. */
  handlers: string[];
  /** Every href and src. */
  urls: string[];
  text: string;
  document: Document;
}

export function inspectHtml(html: string): HtmlReport {
  const { document } = new JSDOM(html).window;
  const all = [...document.querySelectorAll('*')];
  return {
    scripts: document.querySelectorAll('script').length,
    images: document.querySelectorAll('img').length,
    handlers: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}.${a.name}`)),
    urls: all.flatMap((el) => ['href', 'src', 'action', 'formaction'].map((n) => el.getAttribute(n)).filter((v): v is string => v !== null)),
    text: document.body?.textContent ?? '',
    document,
  };
}

/** Asserts-friendly summary: true when nothing executable or non-http(s) survived. */
export function isInert(r: HtmlReport): boolean {
  return r.scripts === 0 && r.images === 0 && r.handlers.length === 0 && r.urls.every((u) => /^https?:\/\//i.test(u));
}
