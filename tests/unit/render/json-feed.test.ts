import { describe, expect, it } from 'vitest';
import { renderJsonFeed } from '../../../packages/core/src/render/index';
import type { JsonFeed } from '../../../packages/core/src/render/index';
import { brazilSignal, hostile, links, poland, singapore, XSS_IMG, XSS_SCRIPT } from './fixtures';
import { inspectHtml, isInert } from './html-check';

/** The feed as a consumer sees it: through JSON. */
const served = (feed: object): JsonFeed => JSON.parse(JSON.stringify(feed)) as JsonFeed;

describe('renderJsonFeed', () => {
  const feed = served(renderJsonFeed([poland, singapore, brazilSignal], links));

  it('has the JSON Feed 1.1 top-level fields with the right types', () => {
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBe("Partnership Watch — Vietnam's partnership changes");
    expect(feed.home_page_url).toBe('https://watch.example.org');
    expect(feed.feed_url).toBe('https://watch.example.org/feed.json');
    expect(feed.language).toBe('en');
    expect(Array.isArray(feed.items)).toBe(true);
    expect(feed.authors?.[0]?.name).toBe('Partnership Watch');
    for (const item of feed.items) {
      expect(typeof item.id).toBe('string');
      expect(item.id).not.toBe('');
      expect(typeof item.url).toBe('string');
      expect(typeof item.title).toBe('string');
      expect(typeof item.content_text).toBe('string');
      expect(typeof item.content_html).toBe('string');
      expect(item.date_published).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
      // Only `_`-prefixed keys beyond the spec's item fields.
      const known = new Set(['id', 'url', 'external_url', 'title', 'content_html', 'content_text', 'summary', 'image', 'banner_image', 'date_published', 'date_modified', 'authors', 'tags', 'language', 'attachments']);
      expect(Object.keys(item).filter((k) => !known.has(k) && !k.startsWith('_'))).toEqual([]);
    }
  });

  it('lists items newest first by decidedAt', () => {
    expect(feed.items.map((i) => i.url)).toEqual([
      'https://watch.example.org/events/SG-CSP',
      'https://watch.example.org/events/BR-SP',
      'https://watch.example.org/events/PL-SP',
    ]);
    expect(feed.items.map((i) => i.date_published)).toEqual([singapore.decidedAt, brazilSignal.decidedAt, poland.decidedAt]);
  });

  it('titles an upgrade, a new partnership and a signal so that a person understands them', () => {
    expect(feed.items.map((i) => i.title)).toEqual([
      'Vietnam–Singapore ties upgraded to Comprehensive Strategic Partnership',
      'Expected: Vietnam–Brazil ties to be upgraded to Strategic Partnership',
      'Vietnam and Poland establish a Strategic Partnership',
    ]);
  });

  it('uses the event id as item id, qualified for a signal so that its confirmation reads as new', () => {
    expect(feed.items.map((i) => i.id)).toEqual(['SG-CSP', 'BR-SP:signal', 'PL-SP']);
    expect(new Set(feed.items.map((i) => i.id)).size).toBe(3);
  });

  it('carries the event as data in _partnership', () => {
    const sg = feed.items[0]?._partnership;
    expect(sg).toMatchObject({ id: 'SG-CSP', partner: 'SG', partnerName: 'Singapore', from: 'SP', to: 'CSP', date: '2025-03-12', status: 'confirmed' });
    expect(sg?.sources.map((s) => [s.outlet, s.lang, s.url])).toEqual([
      ['Nhân Dân', 'vi', singapore.sources[0]?.url],
      ['VnExpress International', 'en', singapore.sources[1]?.url],
    ]);
    expect(sg?.sources[0]?.evidence).toBe(singapore.sources[0]?.evidence);
    expect(feed.items[2]?._partnership).toMatchObject({ partner: 'PL', from: null, to: 'SP', date: '2025-01' });
  });

  it('says tiers before and after, the date and each source with its evidence in its own language', () => {
    const sg = feed.items[0];
    expect(sg?.content_text).toContain('Before: Strategic Partnership (SP)');
    expect(sg?.content_text).toContain('After:  Comprehensive Strategic Partnership (CSP)');
    expect(sg?.content_text).toContain('12 March 2025');
    expect(sg?.content_text).toContain('Nhân Dân · Vietnamese');
    expect(sg?.content_text).toContain('VnExpress International · English');
    expect(sg?.content_text).toContain(`“${singapore.sources[0]?.evidence}”`);
    expect(sg?.content_text).toContain(singapore.sources[1]?.url);

    const doc = inspectHtml(sg?.content_html ?? '').document;
    const quotes = [...doc.querySelectorAll('blockquote')];
    expect(quotes.map((q) => q.getAttribute('lang'))).toEqual(['vi', 'en']);
    expect(quotes[0]?.textContent).toBe(`“${singapore.sources[0]?.evidence}”`);
    const hrefs = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual([singapore.sources[0]?.url, singapore.sources[1]?.url, 'https://watch.example.org/events/SG-CSP']);
    const rows = [...doc.querySelectorAll('tr')].map((tr) => [tr.querySelector('th')?.textContent, tr.querySelector('td')?.textContent]);
    expect(rows).toContainEqual(['Before', 'Strategic Partnership (SP)']);
    expect(rows).toContainEqual(['After', 'Comprehensive Strategic Partnership (CSP)']);
    expect(rows).toContainEqual(['Date', '12 March 2025']);

    const pl = inspectHtml(feed.items[2]?.content_html ?? '');
    expect(pl.text).toMatch(/BeforeNone/);
    expect(pl.document.querySelector('blockquote')?.getAttribute('lang')).toBe('vi');
    const br = inspectHtml(feed.items[1]?.content_html ?? '');
    expect(br.document.querySelector('blockquote')?.getAttribute('lang')).toBe('zh');
    expect(br.text).toContain('两国领导人同意在适当时候将越巴关系提升为战略伙伴关系。');
    expect(feed.items[1]?.content_text).toContain('not confirmed');
  });

  it('renders scraped markup as inert text and never links a javascript: URL', () => {
    const item = served(renderJsonFeed([hostile], links)).items[0];
    const html = item?.content_html ?? '';
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toMatch(/href="javascript:/i);
    const r = inspectHtml(html);
    expect(isInert(r)).toBe(true);
    expect(r.text).toContain(XSS_SCRIPT);
    expect(r.text).toContain(XSS_IMG);
    expect(r.text).toContain('Le Monde & "Fils" <b>');
    expect(item?._partnership.sources[0]?.url).toBeNull();
    // Control characters and the lone surrogate are gone from every string.
    // eslint-disable-next-line no-control-regex
    expect(JSON.stringify(item)).not.toMatch(/[\u0001\u0008\u000B\u001F]|\\u000[18b]|\\u001f|\\ud800/i);
  });

  it('takes a title and renders an empty feed', () => {
    const empty = served(renderJsonFeed([], links, { title: 'Custom' }));
    expect(empty.title).toBe('Custom');
    expect(empty.items).toEqual([]);
  });
});
