import { describe, expect, it } from 'vitest';
import { readPage } from '../../../packages/core/src/read/index';
import { datelineDate, feedDate, normalizeDate, stripSiteName } from '../../../packages/core/src/read/meta';
import type { FeedItemHint, ReadPage } from '../../../packages/core/src/types';

const BODY = '<div><p>The two leaders agreed on Monday to lift ties to a strategic partnership, officials said in a statement.</p></div>';
function page(head: string, body = `<h1>Headline in the page</h1>${BODY}`, opts: { url?: string; feedItem?: FeedItemHint; langHint?: string; htmlAttrs?: string } = {}): ReadPage {
  const src = `<!DOCTYPE html><html${opts.htmlAttrs ?? ''}><head>${head}</head><body>${body}</body></html>`;
  return readPage({ bytes: new TextEncoder().encode(src), url: opts.url, feedItem: opts.feedItem, langHint: opts.langHint });
}
const ld = (obj: unknown): string => `<script type="application/ld+json">${JSON.stringify(obj)}</script>`;

describe('title: og:title > JSON-LD headline > h1 > <title> minus site > feed title', () => {
  it('og:title first', () => {
    expect(page('<meta property="og:title" content="OG title"><title>Doc title | Site</title>' + ld({ '@type': 'NewsArticle', headline: 'LD headline' })).title).toBe('OG title');
  });
  it('then JSON-LD headline', () => {
    expect(page('<title>Doc title | Site</title>' + ld({ '@type': 'NewsArticle', headline: 'LD headline' })).title).toBe('LD headline');
  });
  it('then the h1', () => {
    expect(page('<title>Doc title | Site</title>').title).toBe('Headline in the page');
  });
  it('then <title> without its site suffix', () => {
    expect(page('<title>Vietnam, Japan lift ties to top tier | The Example Times</title>', BODY).title).toBe('Vietnam, Japan lift ties to top tier');
    expect(page('<meta property="og:site_name" content="VnExample"><title>Hai nước nâng cấp quan hệ - VnExample</title>', BODY).title).toBe('Hai nước nâng cấp quan hệ');
    expect(page('<title>中越铁路合作持续推进 跨境班列运量稳步增长--国际--人民网</title>', BODY).title).toBe('中越铁路合作持续推进 跨境班列运量稳步增长');
  });
  it('then the feed item title', () => {
    expect(page('', BODY, { feedItem: { title: 'Feed title' } }).title).toBe('Feed title');
  });
  it('strips a site name from og:title only when it names the site', () => {
    expect(page('<meta property="og:title" content="Summit ends | NHK">' + ld({ '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: 'NHK' } })).title).toBe('Summit ends');
    expect(stripSiteName('Vietnam - A year in review', [], undefined, false)).toBe('Vietnam - A year in review');
  });
  it('decodes entities and collapses whitespace', () => {
    expect(page('<meta property="og:title" content="Obama, Vietnam&#x27;s   president  agree">').title).toBe("Obama, Vietnam's president agree");
  });
});

describe('language', () => {
  it.each([
    [' lang="vi"', '', 'vi'],
    [' lang="zh-CN"', '', 'zh'],
    [' lang="zh-TW"', '', 'zh'],
    [' lang="en-US"', '', 'en'],
    [' lang="de"', '', 'other'],
    ['', '<meta property="og:locale" content="fr_FR">', 'fr'],
    ['', '<meta http-equiv="Content-Language" content="es-ES">', 'es'],
    ['', ld({ '@type': 'NewsArticle', inLanguage: 'ru-RU' }), 'ru'],
    ['', ld({ '@type': 'NewsArticle', inLanguage: { '@type': 'Language', name: 'Korean', alternateName: 'ko' } }), 'ko'],
  ])('html%s %s → %s', (htmlAttrs, head, lang) => {
    expect(page(head, undefined, { htmlAttrs }).lang).toBe(lang);
  });

  it('<html lang> comes before og:locale', () => {
    expect(page('<meta property="og:locale" content="fr_FR">', undefined, { htmlAttrs: ' lang="en"' }).lang).toBe('en');
  });

  it('ignores junk values (Content-Language: utf-8) and falls back to the text', () => {
    expect(page('<meta http-equiv="Content-Language" content="utf-8">', '<h1>越南与新加坡</h1><p>越南与新加坡将两国关系提升为全面战略伙伴关系。双方同意加强经贸、教育、科技等领域合作。</p>').lang).toBe('zh');
  });

  it('uses the text when the page says nothing, then the hint', () => {
    expect(page('', '<p>Тhe text: Вьетнам и Россия подняли отношения до уровня всеобъемлющего стратегического партнёрства.</p>').lang).toBe('ru');
    expect(page('', '<p>12345 67890</p>', { langHint: 'vi' }).lang).toBe('vi');
    expect(page('', '<p>12345 67890</p>').lang).toBe('other');
  });

  it('a stale template lang loses to text plainly in another script', () => {
    expect(page('', '<h1>日越首脳会談</h1><p>岸田総理大臣は、ベトナムの国家主席と会談し、両国関係を包括的戦略的パートナーシップに格上げすることで一致しました。</p>', { htmlAttrs: ' lang="en"' }).lang).toBe('ja');
  });
});

describe('published', () => {
  it('JSON-LD datePublished, also inside @graph and arrays, offset kept', () => {
    expect(page(ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'X' }, { '@type': 'NewsArticle', datePublished: '2023-09-10T20:15:00+07:00' }] })).published).toBe('2023-09-10T20:15:00+07:00');
    expect(page(ld([{ '@type': 'BreadcrumbList' }, { '@type': ['NewsArticle'], datePublished: '2022-12-05T15:10:00+09:00' }])).published).toBe('2022-12-05T15:10:00+09:00');
  });

  it('JSON-LD beats article:published_time', () => {
    expect(page('<meta property="article:published_time" content="2020-01-01T00:00:00Z">' + ld({ '@type': 'NewsArticle', datePublished: '2021-02-02T10:00:00+07:00' })).published).toBe('2021-02-02T10:00:00+07:00');
  });

  it('tolerates sloppy JSON-LD (raw newlines, trailing commas, comments wrapper)', () => {
    const sloppy = '<script type="application/ld+json"><!--\n{"@type": "NewsArticle", "headline": "Line\nbreak", "datePublished": "2019-11-11T16:25:00+07:00",}\n--></script>';
    expect(page(sloppy).published).toBe('2019-11-11T16:25:00+07:00');
  });

  it.each([
    ['<meta property="article:published_time" content="2018-03-15T02:05:00Z">', '2018-03-15T02:05:00Z'],
    ['<meta property="og:published_time" content="2018-03-15T13:05:00+1100">', '2018-03-15T13:05:00+11:00'],
    ['<meta itemprop="datePublished" content="2016-09-03T13:40:00+07:00">', '2016-09-03T13:40:00+07:00'],
    ['<meta name="pubdate" content="2025-03-18">', '2025-03-18'],
    ['<meta name="publishdate" content="2023-11-22 19:41:06">', '2023-11-22T19:41:06'],
    ['<meta name="DC.date.issued" content="2014-03-18">', '2014-03-18'],
    ['<meta name="date" content="2024-01-02T03:04:05+01:00">', '2024-01-02T03:04:05+01:00'],
  ])('%s → %s', (head, expected) => {
    expect(page(head).published).toBe(expected);
  });

  it('itemprop=datePublished on a <time> in the body', () => {
    expect(page('', `<h1>Headline in the page</h1><time itemprop="datePublished" datetime="2024-10-08T06:30:00+07:00">8/10</time>${BODY}`).published).toBe('2024-10-08T06:30:00+07:00');
  });

  it('a <time datetime> in the article, not one in a related list', () => {
    const body = `<ul class="rel"><li><a href="/1">Older story about ties<time datetime="2019-01-01">1/1</time></a></li><li><a href="/2">Another older story<time datetime="2019-01-02">2/1</time></a></li></ul><article><h1>Headline in the page</h1><time datetime="2024-06-04T12:55:00+07:00">4/6</time>${BODY}</article>`;
    expect(page('', body).published).toBe('2024-06-04T12:55:00+07:00');
  });

  it('falls back to the feed item (isoDate, then pubDate with its own offset)', () => {
    expect(page('', undefined, { feedItem: { isoDate: '2013-07-25T23:42:00.000Z', pubDate: 'Thu, 25 Jul 2013 23:42:00 GMT' } }).published).toBe('2013-07-25T23:42:00.000Z');
    expect(page('', undefined, { feedItem: { pubDate: 'Wed, 12 Mar 2025 18:00:00 +0700' } }).published).toBe('2025-03-12T18:00:00+07:00');
    expect(page('', undefined, { feedItem: { pubDate: 'Thu, 25 Jul 2013 23:42:00 GMT' } }).published).toBe('2013-07-25T23:42:00Z');
  });

  it('a bare day from the page takes its time from a later source on the same day', () => {
    expect(page('<meta name="publishdate" content="2025-03-18">', undefined, { feedItem: { pubDate: 'Tue, 18 Mar 2025 00:32:00 GMT' } }).published).toBe('2025-03-18T00:32:00Z');
    expect(page('<meta name="publishdate" content="2025-03-18">', undefined, { feedItem: { pubDate: 'Fri, 21 Mar 2025 00:32:00 GMT' } }).published).toBe('2025-03-18');
  });

  it('is never invented: undefined when nothing says, and unparseable values are ignored', () => {
    expect(page('').published).toBeUndefined();
    expect(page('<meta name="pubdate" content="last Tuesday">').published).toBeUndefined();
    expect(page('<meta property="article:published_time" content="2023-02-30T10:00:00Z">').published).toBeUndefined();
  });
});

describe('date helpers', () => {
  it('normalizeDate keeps the offset as given and rejects nonsense', () => {
    expect(normalizeDate('2023-09-10T20:15:00+07:00')).toBe('2023-09-10T20:15:00+07:00');
    expect(normalizeDate('2023-09-10T20:15:00.000Z')).toBe('2023-09-10T20:15:00.000Z');
    expect(normalizeDate('2023-09-10T20:15+0700')).toBe('2023-09-10T20:15+07:00');
    expect(normalizeDate('2023/09/10')).toBe('2023-09-10');
    expect(normalizeDate('Sun, 10 Sep 2023 13:15:00 GMT')).toBe('2023-09-10T13:15:00Z');
    expect(normalizeDate('10 Sep 2023 13:15 -0400')).toBe('2023-09-10T13:15:00-04:00');
    expect(normalizeDate('10/09/2023')).toBeUndefined();
    expect(normalizeDate('2023-13-01')).toBeUndefined();
    expect(normalizeDate('')).toBeUndefined();
  });

  it('feedDate reads isoDate, pubDate, or anything Date can read', () => {
    expect(feedDate(undefined)).toBeUndefined();
    expect(feedDate({ pubDate: 'Mon, 05 Dec 2022 06:10:00 GMT' })).toBe('2022-12-05T06:10:00Z');
    expect(feedDate({ pubDate: 'garbage' })).toBeUndefined();
  });

  it('datelineDate reads a line that is only a date', () => {
    expect(datelineDate('August 03, 2023 | 15:29')).toBe('2023-08-03T15:29');
    expect(datelineDate('Tuesday, April 3, 2018, 16:48 (GMT+7)')).toBe('2018-04-03T16:48+07:00');
    expect(datelineDate('2025年03月18日08:32')).toBe('2025-03-18T08:32');
    expect(datelineDate('On March 5, 2024, the leaders met')).toBeUndefined();
  });
});

describe('canonical URL', () => {
  it('<link rel=canonical>, resolved against the page URL', () => {
    expect(page('<link rel="canonical" href="/a/b.html">', undefined, { url: 'https://news.example.com/x/y?z=1' }).canonicalUrl).toBe('https://news.example.com/a/b.html');
  });
  it('then og:url, then the input URL', () => {
    expect(page('<meta property="og:url" content="https://example.com/og">', undefined, { url: 'https://example.com/in' }).canonicalUrl).toBe('https://example.com/og');
    expect(page('', undefined, { url: 'https://example.com/in' }).canonicalUrl).toBe('https://example.com/in');
    expect(page('').canonicalUrl).toBeUndefined();
  });
  it('respects <base href> and ignores non-http(s) URLs', () => {
    expect(page('<base href="https://cdn.example.org/news/"><link rel="canonical" href="story.html">', undefined, { url: 'https://example.com/' }).canonicalUrl).toBe('https://cdn.example.org/news/story.html');
    expect(page('<link rel="canonical" href="javascript:void(0)">', undefined, { url: 'https://example.com/in' }).canonicalUrl).toBe('https://example.com/in');
  });
  it('url is passed through', () => {
    expect(page('', undefined, { url: 'https://example.com/in' }).url).toBe('https://example.com/in');
  });
});
