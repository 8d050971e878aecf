import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isBoilerplateLabel, limitNesting, parseHtml } from '../../../packages/core/src/read/html';
import { readPage } from '../../../packages/core/src/read/index';
import type { ReadPage } from '../../../packages/core/src/types';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const read = (name: string): ReadPage => readPage({ bytes: fixture(name), url: 'https://example.com/news/story.html' });
const html = (s: string): ReadPage => readPage({ bytes: new TextEncoder().encode(s) });

describe('English article (fixtures/article-en.html)', () => {
  const p = read('article-en.html');

  it('puts the headline first, then the standfirst, then the body in reading order', () => {
    expect(p.paragraphs[0]).toBe('Vietnam and Atlantis upgrade ties to a strategic partnership');
    expect(p.paragraphs[1]).toBe(
      'The two governments signed a joint statement in Hanoi on Thursday, lifting their relationship to a strategic partnership.',
    );
    const order = [
      'HANOI — Vietnam and Atlantis on Thursday agreed',
      'The two leaders shake hands in Hanoi.',
      'The agreement covers trade',
      'What the deal covers',
      'Under the statement, the two sides will:',
      'double bilateral trade',
      'open direct flights',
      'Two-way trade reached',
    ];
    const idx = order.map((o) => p.paragraphs.findIndex((x) => x.startsWith(o)));
    expect(idx.every((i) => i > 0)).toBe(true);
    expect([...idx].sort((a, b) => a - b)).toEqual(idx);
  });

  it('collapses whitespace and decodes entities', () => {
    expect(p.text).toContain(
      'HANOI — Vietnam and Atlantis on Thursday agreed to upgrade their relationship to a strategic partnership, officials',
    );
    expect(p.text).toContain('4 billion USD last year & is expected');
    expect(p.paragraphs.every((x) => x === x.trim() && !/\s{2}/.test(x))).toBe(true);
  });

  it('drops scripts, styles, noscript, templates, forms, nav, header, footer, aside, image alt text', () => {
    for (const junk of ['NOT ARTICLE', 'color:red', 'NOSCRIPT TEXT', 'TEMPLATE TEXT', 'Search', 'Business', 'All rights reserved', 'IMAGE ALT TEXT', 'The Daily Example']) {
      expect(p.text).not.toContain(junk);
    }
  });

  it('drops related / read-more / most-viewed / more-from blocks, share bar, tags, author box and comments', () => {
    for (const junk of [
      'Narnia', // "Read more:" list inside the body
      'Geneva',
      'Lilliput', // "Related Articles" teasers with summaries
      'new embassy',
      'Oz elevate', // "Most Viewed" in an aside
      'Freedonia', // "More From …"
      'Markets rally',
      'Facebook',
      'Tags',
      'Diplomacy',
      'covers Southeast Asia',
      'Great news for both',
      'Home',
      'By Jane Reporter',
    ]) {
      expect(p.text, junk).not.toContain(junk);
    }
  });

  it('text is paragraphs joined by newlines', () => {
    expect(p.text).toBe(p.paragraphs.join('\n'));
  });
});

describe('Vietnamese article (fixtures/article-vi.html)', () => {
  const p = read('article-vi.html');

  it('keeps headline, sapo and body', () => {
    expect(p.paragraphs[0]).toBe('Việt Nam - Atlantis nâng cấp quan hệ lên Đối tác chiến lược toàn diện');
    expect(p.paragraphs[1]).toMatch(/^Chiều 12\/3, hai nhà lãnh đạo/);
    expect(p.text).toContain('Hai nhà lãnh đạo nhất trí nâng cấp quan hệ hai nước');
    expect(p.text).toContain('Hai bên cũng ký kết nhiều văn kiện');
  });

  it('drops "Tin liên quan", "Xem thêm:", "Từ khóa:", "Có thể bạn quan tâm", "Tin cùng chuyên mục", "Đọc nhiều"', () => {
    for (const junk of ['Narnia', 'Thủ tướng tiếp Đại sứ', 'Oz', 'Từ khóa', 'Lilliput', 'Freedonia', 'Giá vàng', 'TIN LIÊN QUAN', 'Thời sự', 'Giấy phép']) {
      expect(p.text, junk).not.toContain(junk);
    }
  });
});

describe('Chinese article (fixtures/article-zh.html)', () => {
  const p = read('article-zh.html');
  it('keeps the body and drops 相关新闻 / 推荐阅读 / 更多 and the navigation', () => {
    expect(p.paragraphs[0]).toBe('越亚关系提升为全面战略伙伴关系');
    expect(p.text).toContain('越南与亚特兰蒂斯12日宣布，将两国关系提升为全面战略伙伴关系。');
    for (const junk of ['纳尼亚', '越南总理会见外宾', '小人国', '外资持续流入', '河内举办', '首页', '相关新闻']) {
      expect(p.text, junk).not.toContain(junk);
    }
  });
});

describe('a body split over sibling sections (fixtures/split-body.html)', () => {
  const p = read('split-body.html');
  it('joins both sections, keeps the summary, drops the ad and 関連ニュース', () => {
    expect(p.paragraphs[0]).toBe('日アトランティス首脳会談 関係を格上げ');
    expect(p.paragraphs[1]).toMatch(/^岸田総理大臣は/);
    expect(p.text).toContain('ことしは両国が外交関係を樹立してから50年');
    expect(p.text).toContain('経済協力も');
    expect(p.text).toContain('最終日には福岡県を訪れる予定です。');
    expect(p.text).not.toContain('広告');
    expect(p.text).not.toContain('ナルニア');
  });
  it('takes <time datetime> from the article, not from the related list', () => {
    expect(p.published).toBe('2024-03-12T19:32+09:00');
  });
});

describe('structure without the usual markup', () => {
  it('reads a fragment with no <html>/<body> (fixtures/no-body.html)', () => {
    const p = read('no-body.html');
    expect(p.paragraphs).toEqual([
      'A fragment without html or body',
      'This page has no html, head or body element, but its paragraphs must still be read in order.',
      'A second paragraph follows the first one – with an entity & some extra spaces.',
    ]);
  });

  it('splits <br>-separated text of an old table layout into paragraphs (fixtures/br-layout.html)', () => {
    const p = read('br-layout.html');
    expect(p.paragraphs).toContain('The two sides agreed to expand cooperation in trade, investment, education and tourism over the next five years.');
    expect(p.text).not.toContain('Contact');
    expect(p.paragraphs[0]).toBe('Old style page'); // no h1: the title stands in
  });

  it('keeps list items of the body', () => {
    const p = html(
      '<h1>Five things agreed</h1><div><p>The two sides agreed on the following points during the talks in Hanoi on Monday:</p><ol><li>Raise trade to 20 billion dollars.</li><li>Open a consulate in Da Nang.</li></ol><p>The statement was signed by both foreign ministers after the meeting.</p></div>',
    );
    expect(p.paragraphs).toEqual([
      'Five things agreed',
      'The two sides agreed on the following points during the talks in Hanoi on Monday:',
      'Raise trade to 20 billion dollars.',
      'Open a consulate in Da Nang.',
      'The statement was signed by both foreign ministers after the meeting.',
    ]);
  });

  it('picks the h1 that matches the title, not a logo h1', () => {
    const p = html(
      '<meta property="og:title" content="Leaders agree to lift ties"><div id="header"><h1 class="logo"><a href="/">Agency</a></h1></div><div><h1>Leaders agree to lift ties</h1><p>The leaders of the two countries agreed on Monday to lift ties to a new level, officials said.</p></div>',
    );
    expect(p.paragraphs[0]).toBe('Leaders agree to lift ties');
    expect(p.text).not.toContain('Agency');
  });

  it('drops hidden elements', () => {
    const p = html(
      '<h1>Visible headline</h1><div><p>This paragraph is visible and long enough to be the article body text.</p><p hidden>HIDDEN ONE</p><p style="display: none">HIDDEN TWO</p><div aria-hidden="true">HIDDEN THREE</div></div>',
    );
    expect(p.text).not.toMatch(/HIDDEN/);
  });

  it('inline links and bold label-like words inside a sentence stay', () => {
    const p = html(
      '<h1>Headline of the story</h1><div><p>The leaders of <a href="/vn">Vietnam</a> and <a href="/jp">Japan</a> agreed on Monday to upgrade ties to a comprehensive strategic partnership.</p>' +
        '<p>It is a <b>popular</b> move, and <b>Related</b> parties welcomed the decision warmly on the same day.</p>' +
        '<p><b>Related:</b> <a href="/r">Vietnam and Narnia upgrade ties</a></p></div>',
    );
    expect(p.paragraphs).toEqual([
      'Headline of the story',
      'The leaders of Vietnam and Japan agreed on Monday to upgrade ties to a comprehensive strategic partnership.',
      'It is a popular move, and Related parties welcomed the decision warmly on the same day.',
    ]);
  });

  it('a body whose blocks open with links is not mistaken for a teaser list when they carry long text', () => {
    const p = html(
      '<h1>Headline</h1><div><p><a href="/x">Reuters</a> reported that the two countries signed a long agreement on trade and investment on Monday.</p><p><a href="/y">AP</a> said the agreement would also cover defence cooperation and education exchanges.</p></div>',
    );
    expect(p.text).toContain('reported that the two countries');
    expect(p.text).toContain('defence cooperation');
  });
});

const LABELS: Array<[string, string]> = [
  ['vi', 'Tin liên quan'],
  ['vi', 'Có thể bạn quan tâm'],
  ['vi', 'Tin cùng chuyên mục'],
  ['vi', 'Đọc thêm'],
  ['vi', 'Xem thêm'],
  ['vi', 'Nên xem'],
  ['zh', '相关新闻'],
  ['zh', '相关阅读'],
  ['zh', '更多'],
  ['zh', '推荐阅读'],
  ['en', 'Related'],
  ['en', 'Related Articles'],
  ['en', 'Related coverage:'],
  ['en', 'Read more'],
  ['en', 'Most Viewed'],
  ['en', 'More From Reuters'],
  ['fr', 'À lire aussi'],
  ['fr', 'Articles liés'],
  ['fr', 'Les plus lus'],
  ['es', 'Leer también'],
  ['es', 'Noticias relacionadas'],
  ['ru', 'Читайте также'],
  ['ru', 'Похожие'],
  ['ja', '関連記事'],
  ['ja', '関連ニュース'],
  ['ko', '관련 기사'],
  ['ko', '많이 본 뉴스'],
];

describe('related / most-read blocks introduced by a label, in every supported language', () => {
  const body =
    '<p>The first paragraph of the article is long enough to count as real content, with commas, and more words.</p>' +
    '<p>The second paragraph of the article continues the story with further details, quotes, and context.</p>';
  // The teaser carries a summary that is not a link, so link density alone would not catch it.
  const teaser =
    '<li><a href="/t">TEASER HEADLINE ABOUT A PARTNERSHIP UPGRADE</a><p>A teaser summary that is plain text rather than a link, as many sites do it.</p></li>';

  it.each(LABELS)('%s: "%s" as a box heading, after the article', (_lang, label) => {
    const p = html(`<h1>Headline of the story</h1><div class="a">${body}</div><div class="b"><h3>${label}</h3><ul>${teaser}${teaser}</ul></div>`);
    expect(p.text).toContain('The second paragraph');
    expect(p.text).not.toContain('TEASER');
    expect(p.text).not.toContain(label.replace(':', ''));
  });

  it.each(LABELS)('%s: "%s" as a heading sibling inside the body', (_lang, label) => {
    const p = html(`<h1>Headline of the story</h1><div class="a">${body}<h4>${label}</h4><ul>${teaser}${teaser}</ul><p>A closing paragraph of the article, after the box, that must be kept in the text.</p></div>`);
    expect(p.text).not.toContain('TEASER');
    expect(p.text).toContain('A closing paragraph');
  });

  it('labels are recognised by the label test and ordinary headings are not', () => {
    for (const [, l] of LABELS) expect(isBoilerplateLabel(l), l).toBe(true);
    for (const l of ['Trade deal years in the making', 'ODAや人材交流も', 'Hợp tác kinh tế', 'Related parties agree', '经济合作']) {
      expect(isBoilerplateLabel(l), l).toBe(false);
    }
  });

  it('a link-dense block without any label is dropped by link density', () => {
    const p = html(`<h1>Headline of the story</h1><div>${body}</div><div><a href="/1">Vietnam and X sign partnership deal today</a> <a href="/2">Another headline about something else</a> <a href="/3">A third headline here</a></div>`);
    expect(p.text).not.toContain('sign partnership deal');
  });

  it('a list whose items are mostly links is dropped', () => {
    const p = html(`<h1>Headline of the story</h1><div>${body}<ul><li><a href="/1">Vietnam and Japan upgrade ties</a></li><li><a href="/2">Vietnam and Korea upgrade ties</a></li><li><a href="/3">Vietnam and India upgrade ties</a></li></ul></div>`);
    expect(p.text).not.toContain('upgrade ties');
    expect(p.text).toContain('The first paragraph');
  });
});

describe('deeply nested markup', () => {
  it('50,000 nested <div>s neither overflow the stack nor take long', () => {
    const deep = '<html><body>' + '<div>'.repeat(50_000) + '<p>Deep inside the nesting lives a paragraph of article text, long enough to count.</p>' + '</div>'.repeat(50_000) + '</body></html>';
    const p = html(deep);
    expect(p.text).toContain('Deep inside the nesting lives a paragraph');
  });

  it('hundreds of thousands of unclosed inline tags are flattened', () => {
    const p = html('<h1>Heading of the page</h1><p>Start of the text before the storm of tags.</p>' + '<span><b>x'.repeat(150_000));
    expect(p.paragraphs[0]).toBe('Heading of the page');
  });

  it('limitNesting leaves ordinary pages untouched and bounds depth', () => {
    const ordinary = '<div><p>a</p><ul><li>b<li>c</ul><br><img src=x></div>';
    expect(limitNesting(ordinary)).toBe(ordinary);
    const doc = parseHtml('<section>'.repeat(5000) + 'text' + '</section>'.repeat(5000));
    expect(doc.infos.length).toBeLessThan(1000);
    expect(doc.runs.map((r) => r.text)).toEqual(['text']);
  });
});

describe('layouts of outlets the corpus does not show (fixtures/outlet-*.html)', () => {
  it('BBC-style: one paragraph per text-block div, header inside the article, byline with the date', () => {
    const p = read('outlet-bbc.html');
    expect(p.title).toBe('Vietnam and UK lift ties');
    expect(p.paragraphs[0]).toBe('Vietnam and UK lift ties');
    expect(p.text).toContain('The agreement followed talks between the two foreign ministers');
    expect(p.text).toContain('Both sides said they would meet again next year');
    for (const junk of ['More on this story', 'UK and Japan sign defence pact', 'Related Topics', 'Something else entirely', 'By Someone', 'Copyright']) {
      expect(p.text, junk).not.toContain(junk);
    }
    expect(p.published).toBe('2023-04-21T05:12:03.000Z');
  });

  it('RIA-style: text in divs without <p>, inline "read also" blocks, "Похожие новости"', () => {
    const p = read('outlet-ria.html');
    expect(p.paragraphs).toEqual([
      'Россия и Вьетнам договорились о сотрудничестве',
      'МОСКВА, 1 янв — РИА Новости. Россия и Вьетнам договорились расширять сотрудничество в энергетике, заявил министр.',
      'По его словам, стороны обсудили поставки нефти и газа, а также строительство новых электростанций.',
      'Министр также отметил, что товарооборот двух стран в прошлом году вырос на двадцать процентов.',
    ]);
    expect(p.published).toBe('2024-01-01T12:00');
  });

  it('Le Monde-style: "Lire aussi |" links inside the body', () => {
    const p = read('outlet-lemonde.html');
    expect(p.text).not.toContain('Japon');
    expect(p.text).not.toContain('Canberra');
    expect(p.text).toContain('Un dîner d\'Etat doit avoir lieu mercredi soir');
    expect(p.paragraphs[1]).toMatch(/^Les deux pays ont signé/);
  });

  it('VnExpress-style: dateline before the headline, inline related box, tags and comments', () => {
    const p = read('outlet-vnexpress.html');
    expect(p.paragraphs.slice(0, 3)).toEqual([
      'Việt Nam - Atlantis nâng cấp quan hệ',
      'Hai nước nâng quan hệ lên Đối tác chiến lược toàn diện trong chuyến thăm của Tổng thống Atlantis tới Hà Nội.',
      'Tổng Bí thư và Tổng thống Atlantis hội đàm tại Hà Nội chiều 11/9, nhất trí nâng cấp quan hệ.',
    ]);
    expect(p.text).toContain('Kim ngạch thương mại hai nước đạt 10 tỷ USD');
    for (const junk of ['Thứ hai, 11/9/2023', 'Narnia', 'Thủ tướng tiếp Bộ trưởng', 'Ngoại giao', 'Ý kiến bạn đọc', 'Một bình luận']) {
      expect(p.text, junk).not.toContain(junk);
    }
  });
});
