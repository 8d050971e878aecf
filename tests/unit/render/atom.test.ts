import Parser from 'rss-parser';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { renderAtom } from '../../../packages/core/src/render/index';
import { brazilSignal, hostile, links, poland, singapore, XSS_IMG, XSS_SCRIPT } from './fixtures';
import { inspectHtml, isInert } from './html-check';

const parse = (xml: string) => new Parser().parseString(xml);

/** A strict XML parser (jsdom's): throws on malformed input. */
function wellFormed(xml: string): Document {
  const doc = new JSDOM(xml, { contentType: 'application/xml' }).window.document;
  expect(doc.getElementsByTagName('parsererror').length).toBe(0);
  return doc;
}

describe('renderAtom', () => {
  const xml = renderAtom([poland, singapore, brazilSignal], links);

  it('is well-formed Atom with id, title, updated, author and self + alternate links', () => {
    const doc = wellFormed(xml);
    const feed = doc.documentElement;
    expect(feed.namespaceURI).toBe('http://www.w3.org/2005/Atom');
    expect(feed.localName).toBe('feed');
    const child = (name: string) => [...feed.children].filter((c) => c.localName === name);
    expect(child('id')[0]?.textContent).toBe('tag:watch.example.org,2025:feed');
    expect(child('title')[0]?.textContent).toBe("Partnership Watch — Vietnam's partnership changes");
    expect(child('updated')[0]?.textContent).toBe(singapore.decidedAt);
    expect(child('author')[0]?.textContent).toContain('Partnership Watch');
    const linkOf = (rel: string, type: string) => child('link').find((l) => l.getAttribute('rel') === rel && l.getAttribute('type') === type)?.getAttribute('href');
    expect(linkOf('self', 'application/atom+xml')).toBe('https://watch.example.org/feed.atom');
    expect(linkOf('alternate', 'text/html')).toBe('https://watch.example.org/');
    expect(child('entry')).toHaveLength(3);
    for (const entry of child('entry')) {
      for (const name of ['id', 'title', 'updated', 'published', 'link', 'summary', 'content']) {
        expect([...entry.children].some((c) => c.localName === name), name).toBe(true);
      }
      expect([...entry.children].find((c) => c.localName === 'content')?.getAttribute('type')).toBe('html');
    }
  });

  it('reads back through rss-parser with titles, links, ids and dates, newest first', async () => {
    const feed = await parse(xml);
    expect(feed.title).toBe("Partnership Watch — Vietnam's partnership changes");
    expect(feed.items.map((i) => i.title)).toEqual([
      'Vietnam–Singapore ties upgraded to Comprehensive Strategic Partnership',
      'Expected: Vietnam–Brazil ties to be upgraded to Strategic Partnership',
      'Vietnam and Poland establish a Strategic Partnership',
    ]);
    expect(feed.items.map((i) => i.link)).toEqual([
      'https://watch.example.org/events/SG-CSP',
      'https://watch.example.org/events/BR-SP',
      'https://watch.example.org/events/PL-SP',
    ]);
    expect(feed.items.map((i) => i.isoDate)).toEqual([singapore.decidedAt, brazilSignal.decidedAt, poland.decidedAt]);
    const ids = feed.items.map((i) => (i as { id?: string }).id);
    expect(ids).toEqual(['tag:watch.example.org,2025:SG-CSP', 'tag:watch.example.org,2025:BR-SP:signal', 'tag:watch.example.org,2025:PL-SP']);
  });

  it('carries the tiers, date, sources and quoted evidence (with lang) in the HTML content', async () => {
    const feed = await parse(xml);
    const r = inspectHtml(feed.items[0]?.content ?? '');
    expect(r.text).toContain('Strategic Partnership (SP)');
    expect(r.text).toContain('Comprehensive Strategic Partnership (CSP)');
    expect(r.text).toContain('12 March 2025');
    expect(r.text).toContain('Nhân Dân · Vietnamese');
    const q = r.document.querySelector('blockquote[lang="vi"]');
    expect(q?.textContent).toBe(`“${singapore.sources[0]?.evidence}”`);
    expect(r.urls).toContain(singapore.sources[0]?.url);
    expect(feed.items[2]?.summary).toBe('Vietnam and Poland established a Strategic Partnership in January 2025.');
  });

  it('escapes & < > " \' and keeps hostile markup inert', async () => {
    const out = renderAtom([hostile], links);
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<img');
    expect(out).not.toMatch(/href="javascript:/i);
    const doc = wellFormed(out);
    const content = doc.getElementsByTagName('content')[0]?.textContent ?? '';
    const r = inspectHtml(content);
    expect(isInert(r)).toBe(true);
    expect(r.text).toContain(XSS_SCRIPT);
    expect(r.text).toContain(XSS_IMG);
    expect(r.text).toContain('Tom & Jerry\'s "quotes" <tags>');
    const a = [...r.document.querySelectorAll('a')].map((x) => x.getAttribute('href'));
    expect(a).toContain('https://www.example.fr/article?a=1&b=2');
    expect(a.some((h) => h?.startsWith('javascript'))).toBe(false);
    const feed = await parse(out);
    expect(inspectHtml(feed.items[0]?.content ?? '').scripts).toBe(0);
  });

  it('strips control characters and emits valid UTF-8', () => {
    const out = renderAtom([hostile], links);
    // eslint-disable-next-line no-control-regex
    expect(out).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    const bytes = Buffer.from(out, 'utf8');
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe(out);
    expect(out).toContain('« élevé »');
  });

  it('renders an empty feed with a fixed updated date', () => {
    const empty = renderAtom([], links, { title: 'T & U', updated: '2025-01-01T00:00:00Z' });
    const doc = wellFormed(empty);
    expect(doc.getElementsByTagName('entry')).toHaveLength(0);
    expect(doc.getElementsByTagName('updated')[0]?.textContent).toBe('2025-01-01T00:00:00.000Z');
    expect(doc.getElementsByTagName('title')[0]?.textContent).toBe('T & U');
  });
});
