import { describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES, MAX_INPUT_CHARS, PageError, readPage } from '../../../packages/core/src/read/index';
import type { PageInput } from '../../../packages/core/src/types';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
function errorOf(input: PageInput): PageError {
  try {
    readPage(input);
  } catch (e) {
    if (e instanceof PageError) return e;
    throw e;
  }
  throw new Error('expected a PageError');
}

describe('bad input gives a typed PageError with a human reason', () => {
  it('empty input → empty', () => {
    for (const input of [{ bytes: new Uint8Array(0) }, { bytes: enc('   \n\t  ') }, { text: '' }, { text: ' \n \n ' }, {}] as PageInput[]) {
      const e = errorOf(input);
      expect(e.code).toBe('empty');
      expect(e.reason.length).toBeGreaterThan(3);
      expect(e).toBeInstanceOf(Error);
      expect(e.name).toBe('PageError');
    }
  });

  it('markup without any text → empty', () => {
    expect(errorOf({ bytes: enc('<html><head><script>var x = 1;</script></head><body><img src="a.png"></body></html>') }).code).toBe('empty');
    expect(errorOf({ bytes: enc('<!--' + 'x'.repeat(100_000)) }).code).toBe('empty');
  });

  it('PNG bytes → not-text', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
    const e = errorOf({ bytes: png });
    expect(e.code).toBe('not-text');
    expect(e.reason).toMatch(/PNG/);
  });

  it('NUL bytes / mostly control characters / random junk → not-text', () => {
    expect(errorOf({ bytes: enc('<html>\0\0\0\0\0hello\0\0\0</html>') }).code).toBe('not-text');
    const control = new Uint8Array(4096).map((_, i) => (i % 3 === 0 ? 0x41 : 1 + (i % 7)));
    expect(errorOf({ bytes: control }).code).toBe('not-text');
    let seed = 42;
    const junk = new Uint8Array(65_536).map(() => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff);
    expect(errorOf({ bytes: junk }).code).toBe('not-text');
    expect(errorOf({ text: 'abc\0\0\0\0def\0\0\0' }).code).toBe('not-text');
  });

  it('a binary Content-Type → not-text', () => {
    expect(errorOf({ bytes: enc('<p>hello</p>'), contentType: 'image/jpeg' }).code).toBe('not-text');
    expect(errorOf({ bytes: enc('<p>hello</p>'), contentType: 'application/pdf' }).code).toBe('not-text');
  });

  it('wrong types → bad-input', () => {
    expect(errorOf({ bytes: 'not bytes' as unknown as Uint8Array }).code).toBe('bad-input');
    expect(errorOf({ text: 42 as unknown as string }).code).toBe('bad-input');
  });
});

describe('size limits', () => {
  const para = '<p>' + 'Vietnam and Singapore agreed to upgrade ties to a comprehensive strategic partnership, officials said. '.repeat(8) + '</p>\n';

  it('reads at most 5 MB and says truncated', () => {
    const big = enc('<html><head><title>Big page</title></head><body><article><h1>Big page</h1>' + para.repeat(Math.ceil((6 * 1024 * 1024) / para.length)) + '</article></body></html>');
    expect(big.length).toBeGreaterThan(MAX_INPUT_BYTES);
    const p = readPage({ bytes: big });
    expect(p.truncated).toBe(true);
    expect(p.paragraphs[0]).toBe('Big page');
    expect(p.text.length).toBeLessThanOrEqual(MAX_INPUT_BYTES);
  });

  it('a 20 MB page is read truncated, in bounded time', () => {
    const body = para.repeat(Math.ceil((20 * 1024 * 1024) / para.length));
    const p = readPage({ bytes: enc(`<html><body><h1>Huge</h1><div>${body}</div></body></html>`), contentType: 'text/html; charset=utf-8' });
    expect(p.truncated).toBe(true);
    expect(p.paragraphs.length).toBeGreaterThan(100);
  });

  it('a page under the cap is not truncated', () => {
    expect(readPage({ bytes: enc('<h1>Small</h1><p>A small page with a paragraph of ordinary text in it.</p>') }).truncated).toBe(false);
  });

  it('text input is capped too', () => {
    const p = readPage({ text: 'A line of plain text.\n'.repeat(Math.ceil((MAX_INPUT_CHARS + 1000) / 22)) });
    expect(p.truncated).toBe(true);
    expect(p.text.length).toBeLessThanOrEqual(MAX_INPUT_CHARS);
  });
});

describe('plain text input', () => {
  it('paragraphs are the non-empty trimmed lines; the title is the first', () => {
    const p = readPage({ text: '  Vietnam Upgrades Relations With Seven Countries  \n\n\tFirst paragraph here.\r\nSecond   paragraph.\n   \n', url: 'https://example.vn/a', langHint: 'en' });
    expect(p.paragraphs).toEqual(['Vietnam Upgrades Relations With Seven Countries', 'First paragraph here.', 'Second paragraph.']);
    expect(p.title).toBe('Vietnam Upgrades Relations With Seven Countries');
    expect(p.text).toBe(p.paragraphs.join('\n'));
    expect(p.charset).toBe('utf-8');
    expect(p.canonicalUrl).toBe('https://example.vn/a');
    expect(p.truncated).toBe(false);
    expect(p.published).toBeUndefined();
  });

  it('no structure is dropped', () => {
    const p = readPage({ text: 'Title\nTin liên quan\nRelated Articles\nRead more: something' });
    expect(p.paragraphs).toHaveLength(4);
  });

  it('NFD text is normalised to NFC', () => {
    const t = 'Việt Nam - Ấn Độ nâng quan hệ lên Đối tác chiến lược toàn diện';
    expect(readPage({ text: t.normalize('NFD') }).text).toBe(t);
  });

  it('a dateline (a line that is only a date) gives the date; the feed wins', () => {
    expect(readPage({ text: 'Title\nAugust 03, 2023 | 15:29\nBody.' }).published).toBe('2023-08-03T15:29');
    expect(readPage({ text: 'Title\nAugust 03, 2023 | 15:29\nBody.', feedItem: { pubDate: 'Thu, 03 Aug 2023 08:29:00 GMT' } }).published).toBe('2023-08-03T08:29:00Z');
  });

  it('bytes without markup are read as plain text', () => {
    const p = readPage({ bytes: enc('Headline line\nSecond line of text.\n'), contentType: 'text/plain; charset=utf-8' });
    expect(p.paragraphs).toEqual(['Headline line', 'Second line of text.']);
  });

  it('an absurdly long first line gives a capped title', () => {
    const p = readPage({ text: 'word '.repeat(100_000) });
    expect(p.title.length).toBeLessThanOrEqual(501);
  });
});

describe('pathological markup finishes', () => {
  it.each([
    ['a flood of "<a"', '<a'.repeat(1_000_000)],
    ['an unterminated comment', '<!--' + 'x'.repeat(1_000_000) + '<p>text'],
    ['a huge attribute', '<div class="' + 'x '.repeat(1_000_000) + '">hi there</div>'],
    ['unclosed tags', '<p>Start of the text.</p>' + '<span><i>x'.repeat(100_000)],
    ['100k sibling paragraphs', '<body>' + '<p>Some words here, and more words, in a paragraph.</p>'.repeat(100_000) + '</body>'],
    ['self-closing divs (which HTML opens)', '<p>Start.</p>' + '<div/>'.repeat(200_000) + '<p>End of the text.</p>'],
    ['nested bodies', '<body>'.repeat(200_000) + '<p>hello world text here</p>'],
    ['deep nesting inside noscript', '<noscript>' + '<div>'.repeat(200_000) + 'x'],
  ])('%s', (_name, src) => {
    try {
      const p = readPage({ bytes: enc(src) });
      expect(typeof p.text).toBe('string');
    } catch (e) {
      expect(e).toBeInstanceOf(PageError);
    }
  });
});
