import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { FeedError, parseFeed, readFeed } from '../../../packages/core/src/feeds/index';
import type { FeedItem, ParsedFeed } from '../../../packages/core/src/feeds/index';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const NOW = Date.UTC(2025, 2, 15, 12, 0, 0); // 2025-03-15T12:00:00Z
const read = (body: string | Uint8Array, feedUrl = 'https://news.example.vn/rss/home.rss', extra: object = {}): Promise<ParsedFeed> =>
  readFeed(body, { feedUrl, now: NOW, ...extra });
const byTitle = (items: FeedItem[], title: string): FeedItem | undefined => items.find((i) => i.title === title);

async function feedError(p: Promise<unknown>): Promise<FeedError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(FeedError);
    return err as FeedError;
  }
  throw new Error('expected a FeedError');
}

function rss(items: string, head = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>${head}<rss version="2.0"><channel><title>T</title><link>https://e.example/</link>${items}</channel></rss>`;
}

describe('RSS 2.0', () => {
  it('reads items with canonical absolute links, ISO dates and plain-text summaries', async () => {
    const feed = await read(fixture('rss2.xml'));
    expect(feed.format).toBe('rss2');
    expect(feed.title).toBe('Báo Thử Nghiệm');
    expect(feed.link).toBe('https://news.example.vn/');
    const first = feed.items[0];
    expect(first).toEqual({
      title: 'Việt Nam & Singapore nâng cấp quan hệ lên Đối tác chiến lược toàn diện',
      link: 'https://news.example.vn/chinh-tri/viet-nam-singapore.html?id=42',
      guid: 'vn-sg-2025',
      published: '2025-03-12T01:30:00.000Z',
      summary: 'Hai nước nhất trí nâng cấp quan hệ.',
    });
  });

  it('resolves relative and protocol-relative links against the feed URL', async () => {
    const feed = await read(fixture('rss2.xml'));
    expect(byTitle(feed.items, 'Relative link')?.link).toBe('https://news.example.vn/the-gioi/relative-story.html');
    expect(byTitle(feed.items, 'Relative link')?.guid).toBe('relative-guid');
    expect(byTitle(feed.items, 'Protocol-relative link')?.link).toBe('https://cdn.example.vn/story.html');
  });

  it('drops javascript:, data:, mailto: and link-less items, and duplicates of an earlier link', async () => {
    const feed = await read(fixture('rss2.xml'));
    const titles = feed.items.map((i) => i.title);
    for (const gone of ['Script link', 'Data link', 'Mail link', 'No link at all', 'Non-permalink guid only', 'Duplicate of the first']) {
      expect(titles).not.toContain(gone);
    }
    expect(feed.dropped).toBe(6);
    expect(feed.items.every((i) => /^https?:\/\//.test(i.link))).toBe(true);
    expect(feed.warnings.join(' ')).toMatch(/6 item\(s\) dropped/);
  });

  it('uses a permalink <guid> when there is no <link>, and dc:date when there is no pubDate', async () => {
    const feed = await read(fixture('rss2.xml'));
    const item = byTitle(feed.items, 'Permalink guid only');
    expect(item?.link).toBe('https://news.example.vn/permalink-guid.html');
    expect(item?.published).toBe('2025-03-10T09:00:00.000Z');
  });

  it('resolves against the feed URL it is given (the final URL after redirects)', async () => {
    const items = await parseFeed(rss('<item><title>x</title><link>story.html</link></item>'), { feedUrl: 'http://127.0.0.1:8080/feeds/vi.xml' });
    expect(items[0]?.link).toBe('http://127.0.0.1:8080/feeds/story.html');
  });

  it('keeps Google News redirect links as they are', async () => {
    const link = 'https://news.google.com/rss/articles/CBMiWkFVX3lxTE1abc?oc=5&hl=en-US';
    const items = await parseFeed(rss(`<item><title>g</title><link>${link.replace(/&/g, '&amp;')}</link></item>`), {
      feedUrl: 'https://news.google.com/rss/search?q=x',
    });
    expect(items[0]?.link).toBe(link);
  });

  it('decodes HTML named entities such as &nbsp; and &eacute;', async () => {
    const feed = await read(rss('<item><title>Caf&eacute;&nbsp;Hà Nội</title><link>https://e.example/a</link></item>'));
    expect(feed.items[0]?.title).toBe('Café Hà Nội');
  });

  it('keeps an unknown undeclared entity as text (never expanded) and says so', async () => {
    const feed = await read(rss('<item><title>A &lol9; B &NotNestedLessLess; C</title><link>https://e.example/a</link></item>'));
    expect(feed.items[0]?.title).toBe('A &lol9; B \u2AA1\u0338 C');
    expect(feed.warnings.join(' ')).toMatch(/entities were repaired/);
  });

  it('decodes bytes in the charset the XML declaration names', async () => {
    const xml = rss('<item><title>Café à Hanoï</title><link>https://e.example/fr</link></item>').replace('UTF-8', 'windows-1252');
    const bytes = new Uint8Array(iconv.encode(xml, 'windows-1252'));
    const feed = await read(bytes);
    expect(feed.items[0]?.title).toBe('Café à Hanoï');
  });

  it('prefers the Content-Type charset over the XML declaration for bytes', async () => {
    const xml = rss('<item><title>Việt Nam</title><link>https://e.example/vi</link></item>').replace('UTF-8', 'windows-1258');
    const feed = await read(new TextEncoder().encode(xml), undefined, { contentType: 'application/rss+xml; charset=utf-8' });
    expect(feed.items[0]?.title).toBe('Việt Nam');
  });
});

describe('RSS 1.0 (RDF)', () => {
  it('reads items, falling back to rdf:about for the link', async () => {
    const feed = await read(fixture('rdf.xml'), 'https://www.example.jp/rss/news.rdf');
    expect(feed.format).toBe('rss1');
    expect(feed.items).toEqual([
      {
        title: '日越、包括的戦略的パートナーシップに格上げ',
        link: 'https://www.example.jp/news/1.html',
        published: '2023-11-27T09:00:00.000Z',
        summary: '首脳会談で合意した。',
      },
      { title: 'リンクは rdf:about だけ', link: 'https://www.example.jp/news/2.html', published: '2023-11-27T23:00:00.000Z' },
    ]);
  });
});

describe('Atom', () => {
  it('picks the alternate link, strips tracking parameters and reads published, then updated', async () => {
    const feed = await read(fixture('atom.xml'), 'https://www.example.fr/feed.atom');
    expect(feed.format).toBe('atom');
    expect(feed.title).toBe('Le Courrier – fixture');
    expect(feed.link).toBe('https://www.example.fr/');
    expect(feed.items[0]).toEqual({
      title: 'Vietnam et France : partenariat stratégique global annoncé',
      link: 'https://www.example.fr/monde/vietnam-france.html?lang=fr&page=2',
      guid: 'tag:example.fr,2024:1',
      published: '2024-06-20T16:30:00.000Z',
      summary: 'Les deux pays ont rehaussé leurs relations.',
    });
    const relative = byTitle(feed.items, 'Lien relatif, seulement updated');
    expect(relative?.link).toBe('https://www.example.fr/actualites/relatif.html');
    expect(relative?.published).toBe('2024-06-19T12:00:00.000Z');
  });

  it('keeps an entry whose date is unreadable (without a date) instead of failing the feed', async () => {
    const feed = await read(fixture('atom.xml'), 'https://www.example.fr/feed.atom');
    const item = byTitle(feed.items, 'Date illisible');
    expect(item?.link).toBe('https://www.example.fr/date-illisible.html');
    expect(item?.published).toBeUndefined();
  });

  it('uses an http(s) <id> when an entry has no link', async () => {
    const feed = await read(fixture('atom.xml'), 'https://www.example.fr/feed.atom');
    expect(byTitle(feed.items, 'Identifiant URL, sans lien')?.link).toBe('https://www.example.fr/depuis-id.html');
  });
});

describe('JSON Feed', () => {
  it('reads JSON Feed 1.1 items', async () => {
    const feed = await read(fixture('feed.json'), 'https://json.example.com/feed.json', { contentType: 'application/feed+json' });
    expect(feed.format).toBe('json');
    expect(feed.title).toBe('JSON fixture');
    expect(feed.items).toEqual([
      {
        title: 'Viet Nam, Australia elevate ties to comprehensive strategic partnership',
        link: 'https://json.example.com/posts/1?a=1&b=2',
        guid: '1',
        published: '2024-03-06T23:00:00.000Z',
        summary: 'The two prime ministers agreed.',
      },
      {
        title: 'Relative external_url',
        link: 'https://json.example.com/posts/2',
        guid: '2',
        published: '2024-03-06T00:00:00.000Z',
        summary: 'Summary wins over content.',
      },
    ]);
    expect(feed.dropped).toBe(2);
  });

  it('accepts JSON Feed 1.0 and is recognised without a Content-Type', async () => {
    const body = JSON.stringify({ version: 'https://jsonfeed.org/version/1', title: 'v1', items: [{ id: 'a', url: 'https://e.example/a' }] });
    expect((await read(body)).items).toEqual([{ link: 'https://e.example/a', guid: 'a' }]);
  });

  it('refuses JSON that is not a JSON Feed, and JSON that does not parse', async () => {
    expect((await feedError(read('{"hello": "world"}'))).code).toBe('not-a-feed');
    expect((await feedError(read('{"version": "https://jsonfeed.org/version/1.1", "items": '))).code).toBe('invalid-json');
  });
});

describe('not a feed', () => {
  it('an HTML page → not-a-feed', async () => {
    const err = await feedError(read(fixture('page.html')));
    expect(err.code).toBe('not-a-feed');
    expect(err.reason).toMatch(/HTML/);
  });

  it('HTML without a doctype, even served as XML → not-a-feed', async () => {
    const err = await feedError(read('<html><head><title>x</title></head><body>Moved</body></html>', undefined, { contentType: 'text/xml' }));
    expect(err.code).toBe('not-a-feed');
  });

  it('plain text, an empty body, other XML vocabularies → not-a-feed', async () => {
    expect((await feedError(read('Service Unavailable'))).code).toBe('not-a-feed');
    expect((await feedError(read('   \n'))).code).toBe('not-a-feed');
    const sitemap = '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://e.example/</loc></url></urlset>';
    const err = await feedError(read(sitemap));
    expect(err.code).toBe('not-a-feed');
    expect(err.reason).toMatch(/urlset/);
  });
});

describe('invalid and hostile XML', () => {
  it('malformed XML → invalid-xml with the parser position', async () => {
    const err = await feedError(read(rss('<item><title>unclosed</item>')));
    expect(err.code).toBe('invalid-xml');
    expect(err.message).toMatch(/^invalid-xml: .*Line/);
  });

  it('a truncated document → invalid-xml', async () => {
    expect((await feedError(read(rss('<item><title>a</title><link>https://e.example/a</link></item>').slice(0, 120)))).code).toBe('invalid-xml');
  });

  it('billion laughs is refused before parsing', async () => {
    const defs = ['<!ENTITY lol "lol">'];
    for (let i = 1; i <= 9; i++) defs.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
    const bomb = `<?xml version="1.0"?><!DOCTYPE rss [${defs.join('')}]><rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title><link>https://e.example/a</link></item></channel></rss>`;
    const err = await feedError(read(bomb));
    expect(err.code).toBe('unsafe-xml');
    expect(err.reason).toMatch(/entit/);
  });

  it('external entities (XXE) are refused', async () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>&xxe;</title></channel></rss>`;
    expect((await feedError(read(xxe))).code).toBe('unsafe-xml');
  });

  it('a DOCTYPE without entity declarations is fine (old Netscape RSS 0.91 feeds)', async () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel><title>old</title><item><title>a</title><link>https://e.example/a</link></item></channel></rss>`;
    const feed = await read(xml);
    expect(feed.format).toBe('rss0.9');
    expect(feed.items.map((i) => i.link)).toEqual(['https://e.example/a']);
  });

  it('an ENTITY-looking string inside an item is just text', async () => {
    const feed = await read(rss('<item><title><![CDATA[How <!ENTITY works]]></title><link>https://e.example/x</link></item>'));
    expect(feed.items[0]?.title).toBe('How <!ENTITY works');
  });
});

describe('item cap', () => {
  const many = (n: number): string => {
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(`<item><title>n${i}</title><link>https://e.example/${i}</link><pubDate>Mon, 10 Mar 2025 06:10:00 GMT</pubDate></item>`);
    return rss(parts.join('\n'));
  };

  it('100 000 items: keeps the first 500 and says so', async () => {
    const feed = await read(many(100_000));
    expect(feed.items).toHaveLength(500);
    expect(feed.items[0]?.title).toBe('n0');
    expect(feed.items[499]?.title).toBe('n499');
    expect(feed.totalItems).toBe(100_000);
    expect(feed.capped).toBe(true);
    expect(feed.warnings.join(' ')).toMatch(/100000 items.*first 500/);
  });

  it('honours maxItems, and fails with too-many-items when asked to', async () => {
    const feed = await read(many(30), undefined, { maxItems: 10 });
    expect(feed.items.map((i) => i.title)).toEqual(Array.from({ length: 10 }, (_, i) => `n${i}`));
    expect(feed.capped).toBe(true);
    expect((await feedError(read(many(30), undefined, { maxItems: 10, onTooManyItems: 'fail' }))).code).toBe('too-many-items');
    expect((await read(many(10), undefined, { maxItems: 10 })).capped).toBe(false);
  });

  it('caps Atom entries and JSON Feed items too', async () => {
    const entries = Array.from({ length: 2000 }, (_, i) => `<entry><title>e${i}</title><link href="https://e.example/${i}"/><id>${i}</id></entry>`).join('');
    const atom = await read(`<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>${entries}</feed>`);
    expect(atom.items).toHaveLength(500);
    expect(atom.totalItems).toBe(2000);
    const json = await read(
      JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: Array.from({ length: 100_000 }, (_, i) => ({ id: `${i}`, url: `https://e.example/${i}` })) }),
    );
    expect(json.items).toHaveLength(500);
    expect(json.totalItems).toBe(100_000);
    expect(json.capped).toBe(true);
  });
});

describe('dates', () => {
  const dated = async (pubDate: string): Promise<string | undefined> =>
    (await read(rss(`<item><title>d</title><link>https://e.example/d</link><pubDate>${pubDate}</pubDate></item>`))).items[0]?.published;

  it('converts RFC 822 dates with offsets to ISO UTC', async () => {
    expect(await dated('Sat, 15 Mar 2025 07:00:00 +0700')).toBe('2025-03-15T00:00:00.000Z');
    expect(await dated('Sat, 15 Mar 2025 07:00:00 GMT+7')).toBe('2025-03-15T00:00:00.000Z');
    expect(await dated('Sat, 15 Mar 2025 07:00:00 ICT')).toBe('2025-03-15T00:00:00.000Z');
    expect(await dated('Sat, 15 Mar 2025 09:00:00 JST')).toBe('2025-03-15T00:00:00.000Z');
    expect(await dated('Fri, 14 Mar 2025 20:00:00 EDT')).toBe('2025-03-15T00:00:00.000Z');
  });

  it('reads a date without a zone as UTC', async () => {
    expect(await dated('2025-03-14 08:00:00')).toBe('2025-03-14T08:00:00.000Z');
  });

  it('drops far-future dates and dates before 1990, keeps tomorrow', async () => {
    expect(await dated('Tue, 18 Mar 2025 13:00:00 GMT')).toBeUndefined(); // three days ahead
    expect(await dated('2099-01-01T00:00:00Z')).toBeUndefined();
    expect(await dated('Mon, 01 Jan 1985 00:00:00 GMT')).toBeUndefined();
    expect(await dated('Sun, 16 Mar 2025 09:00:00 GMT')).toBe('2025-03-16T09:00:00.000Z');
  });

  it('drops unreadable dates rather than inventing one', async () => {
    expect(await dated('hôm qua')).toBeUndefined();
    expect(await dated('05/09/2024')).toBeUndefined(); // 5 September or May 9?
    expect(await dated('25/12/2024 10:30')).toBe('2024-12-25T10:30:00.000Z');
  });
});

describe('options', () => {
  it('refuses a relative feedUrl', async () => {
    await expect(parseFeed(rss(''), { feedUrl: '/feeds/x.xml' })).rejects.toThrow(TypeError);
  });

  it('parseFeed returns just the items', async () => {
    const items = await parseFeed(fixture('rss2.xml'), { feedUrl: 'https://news.example.vn/rss/home.rss', now: NOW });
    expect(items).toHaveLength(4);
  });
});
