import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { charsetFromContentType, decodeBytes, resolveCharset, sniffMetaCharset } from '../../../packages/core/src/read/decode';
import { readPage } from '../../../packages/core/src/read/index';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const legacy = (s: string, cs: string): Uint8Array => new Uint8Array(iconv.encode(s, cs));
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
};
function decoded(bytes: Uint8Array, opts: Parameters<typeof decodeBytes>[1] = {}): { text: string; charset: string } {
  const d = decodeBytes(bytes, opts);
  if ('error' in d) throw new Error(d.reason);
  return d;
}

const ZH = '越南与新加坡将两国关系提升为全面战略伙伴关系。双方同意加强经贸、教育、科技等领域合作。';
const VI = 'Việt Nam và Singapore nâng cấp quan hệ lên Đối tác chiến lược toàn diện.';
const page = (body: string, head = ''): string => `<html><head>${head}<title>t</title></head><body><p>${body}</p></body></html>`;

describe('charset labels', () => {
  it('maps WHATWG labels and legacy names', () => {
    expect(resolveCharset('GB2312')?.name).toBe('gbk');
    expect(resolveCharset('gb2312')?.codec).toBe('gb18030'); // GB2312 is decoded with the GB18030 superset
    expect(resolveCharset('x-gbk')?.name).toBe('gbk');
    expect(resolveCharset('Shift_JIS')?.name).toBe('shift_jis');
    expect(resolveCharset('ks_c_5601-1987')?.name).toBe('euc-kr');
    expect(resolveCharset('ISO-8859-1')?.name).toBe('windows-1252');
    expect(resolveCharset('latin2')?.name).toBe('iso-8859-2');
    expect(resolveCharset('KOI8-R')?.name).toBe('koi8-r');
    expect(resolveCharset('"utf8"')?.name).toBe('utf-8');
    expect(resolveCharset('x-no-such-charset')).toBeUndefined();
  });

  it('reads the charset of a Content-Type header', () => {
    expect(charsetFromContentType('text/html; charset=GBK')).toBe('GBK');
    expect(charsetFromContentType('text/html;charset="utf-8"')).toBe('utf-8');
    expect(charsetFromContentType('text/html')).toBeUndefined();
  });

  it('sniffs <meta charset> and <meta http-equiv=Content-Type> in the head', () => {
    expect(sniffMetaCharset(utf8('<html><head><meta charset="gb2312"></head>'))).toBe('gb2312');
    expect(sniffMetaCharset(utf8('<meta http-equiv="Content-Type" content="text/html; charset=Big5">'))).toBe('Big5');
    expect(sniffMetaCharset(utf8("<?xml version='1.0' encoding='windows-1251'?><html>"))).toBe('windows-1251');
    // only the first ~4 KB are sniffed
    expect(sniffMetaCharset(utf8(' '.repeat(5000) + '<meta charset="gbk">'))).toBeUndefined();
  });
});

describe('charset precedence: BOM > HTTP header > <meta> > hint > utf-8', () => {
  it('BOM beats a header that says otherwise', () => {
    const bytes = concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(page(VI)));
    const d = decoded(bytes, { contentType: 'text/html; charset=windows-1252' });
    expect(d.charset).toBe('utf-8');
    expect(d.text).toContain(VI);
    expect(d.text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('UTF-16 with a BOM', () => {
    const bytes = concat(new Uint8Array([0xff, 0xfe]), new Uint8Array(iconv.encode(page(VI), 'utf16le')));
    expect(decoded(bytes)).toMatchObject({ charset: 'utf-16le' });
    expect(decoded(bytes).text).toContain(VI);
  });

  it('HTTP header beats <meta>', () => {
    const bytes = legacy(page(ZH, '<meta charset="big5">'), 'gbk');
    const d = decoded(bytes, { contentType: 'text/html; charset=gbk' });
    expect(d.charset).toBe('gbk');
    expect(d.text).toContain(ZH);
  });

  it('<meta> beats the caller hint; gb2312 label decodes as GBK', () => {
    const bytes = legacy(page(ZH, '<meta http-equiv="content-type" content="text/html;charset=GB2312"/>'), 'gbk');
    const d = decoded(bytes, { charsetHint: 'big5' });
    expect(d.charset).toBe('gbk');
    expect(d.text).toContain(ZH);
  });

  it('the hint is used when nothing else says', () => {
    const bytes = legacy(page('Вьетнам и Россия подняли отношения до уровня стратегического партнёрства.'), 'koi8-r');
    const d = decoded(bytes, { charsetHint: 'koi8-r' });
    expect(d.charset).toBe('koi8-r');
    expect(d.text).toContain('Вьетнам и Россия');
  });

  it('defaults to utf-8', () => {
    expect(decoded(utf8(page(VI)))).toMatchObject({ charset: 'utf-8' });
  });

  it.each([
    ['big5', '越美關係提升為全面戰略夥伴關係。雙方同意加強經貿、教育、科技等領域合作。', 'big5'],
    ['Shift_JIS', '岸田総理大臣は、ベトナムの国家主席と会談し、関係を格上げすることで一致しました。', 'shift_jis'],
    ['EUC-JP', '岸田総理大臣は、ベトナムの国家主席と会談し、関係を格上げすることで一致しました。', 'euc-jp'],
    ['EUC-KR', '윤석열 대통령은 베트남 국가주석과 정상회담을 갖고 관계를 격상했습니다.', 'euc-kr'],
    ['windows-1251', 'Вьетнам и Россия подняли отношения до уровня стратегического партнёрства.', 'windows-1251'],
    ['windows-1258', 'Viet Nam va Phap nang cap quan he.', 'windows-1258'],
    ['iso-8859-2', 'Wietnam i Polska zacieśniają współpracę gospodarczą.', 'iso-8859-2'],
  ])('decodes declared %s with iconv-lite', (label, text, name) => {
    const bytes = legacy(page(text, `<meta charset="${label}">`), label);
    const d = decoded(bytes);
    expect(d.charset).toBe(name);
    expect(d.text).toContain(text);
  });
});

describe('wrong declarations fall back sensibly', () => {
  it('declared utf-8 but the bytes are GBK: detected, no U+FFFD', () => {
    const bytes = legacy(page(ZH, '<meta charset="utf-8">'), 'gbk');
    const d = decoded(bytes);
    expect(d.charset).toBe('gbk');
    expect(d.text).toContain(ZH);
    expect(d.text).not.toContain('\ufffd');
  });

  it('HTTP header says utf-8, <meta> says gb2312, bytes are GBK', () => {
    const bytes = legacy(page(ZH, '<meta charset="gb2312">'), 'gbk');
    const d = decoded(bytes, { contentType: 'text/html; charset=UTF-8' });
    expect(d.charset).toBe('gbk');
    expect(d.text).toContain(ZH);
  });

  it('declared windows-1252 (or ISO-8859-1 in the header) but valid UTF-8: UTF-8 wins', () => {
    const bytes = utf8(page(VI, '<meta charset="windows-1252">'));
    expect(decoded(bytes).text).toContain(VI);
    expect(decoded(bytes).charset).toBe('utf-8');
    const d = decoded(utf8(page(VI)), { contentType: 'text/html; charset=iso-8859-1' });
    expect(d.charset).toBe('utf-8');
    expect(d.text).toContain(VI);
  });

  it('no declaration, legacy bytes: CJK and Cyrillic charsets are recognised', () => {
    expect(decoded(legacy(page(ZH), 'gbk')).text).toContain(ZH);
    const ja = '岸田総理大臣は、ベトナムの国家主席と会談し、関係を格上げすることで一致しました。';
    expect(decoded(legacy(page(ja), 'shift_jis')).text).toContain(ja);
    const ru = 'Вьетнам и Россия подняли отношения до уровня стратегического партнёрства.';
    expect(decoded(legacy(page(ru), 'windows-1251')).text).toContain(ru);
  });

  it('a stray invalid byte in a UTF-8 page keeps UTF-8', () => {
    const bytes = concat(utf8(page(VI + ' ' + VI)), new Uint8Array([0xff]), utf8('<p>tail</p>'));
    const d = decoded(bytes);
    expect(d.charset).toBe('utf-8');
    expect(d.text).toContain(VI);
  });

  it('an unknown declared charset on non-UTF-8 bytes is a PageError', () => {
    const bytes = concat(utf8('<meta charset="x-klingon"><p>caf'), new Uint8Array([0xe9]), utf8(' noir</p>'));
    expect(() => readPage({ bytes })).toThrowError(expect.objectContaining({ code: 'unsupported-charset' }));
  });

  it('an unknown declared charset on UTF-8 bytes just reads UTF-8', () => {
    const p = readPage({ bytes: utf8(page(VI, '<meta charset="x-klingon">')) });
    expect(p.charset).toBe('utf-8');
    expect(p.text).toContain(VI);
  });
});

describe('Unicode normalisation', () => {
  it('decoded text is NFC', () => {
    const nfd = VI.normalize('NFD');
    expect(nfd).not.toBe(VI);
    expect(decoded(utf8(page(nfd))).text).toContain(VI);
  });

  it('an NFD page reads exactly like its NFC twin', () => {
    const html = page(VI, `<meta property="og:title" content="${VI}">`).replace('<p>', '<h1>Tin tức</h1><p>');
    const a = readPage({ bytes: utf8(html.normalize('NFC')) });
    const b = readPage({ bytes: utf8(html.normalize('NFD')) });
    expect(b).toEqual(a);
    expect(b.text).toBe(b.text.normalize('NFC'));
  });

  it('combining marks written as entities are composed too', () => {
    const p = readPage({ bytes: utf8('<h1>Title here</h1><p>Vie&#x323;&#x302;t Nam and friends, a long enough paragraph of text.</p>') });
    expect(p.text).toContain('Việt Nam');
  });
});

describe('truncation', () => {
  it('a multi-byte character cut at the read cap does not leave U+FFFD', () => {
    const bytes = utf8(page(VI)).subarray(0, utf8(page(VI)).indexOf(0xe1, 40) + 1); // cut inside "ệ"
    const d = decoded(bytes);
    expect(d.charset).toBe('utf-8');
    expect(d.text.endsWith('\ufffd')).toBe(false);
  });
});
