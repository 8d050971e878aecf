/**
 * Corpus-wide checks of the reader over the shared labelled pages (../shared/corpus/dev from the
 * repo root). Skipped when the corpus is not there.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { isBoilerplateLabel, weightedLength } from '../../../packages/core/src/read/html';
import { readPage } from '../../../packages/core/src/read/index';
import type { FeedItemHint, ReadPage } from '../../../packages/core/src/types';

const CORPUS = fileURLToPath(new URL('../../../../shared/corpus/dev/', import.meta.url));

interface Meta {
  url: string;
  lang: string;
  published?: string;
  charset?: string;
  normalization?: string;
  feedItem?: FeedItemHint;
}
interface Case {
  id: string;
  meta: Meta;
  html?: Buffer;
  txt?: string;
}

const cases: Case[] = existsSync(CORPUS)
  ? readdirSync(CORPUS)
      .filter((id) => existsSync(`${CORPUS}${id}/meta.json`))
      .sort()
      .map((id) => ({
        id,
        meta: JSON.parse(readFileSync(`${CORPUS}${id}/meta.json`, 'utf8')) as Meta,
        html: existsSync(`${CORPUS}${id}/page.html`) ? readFileSync(`${CORPUS}${id}/page.html`) : undefined,
        txt: existsSync(`${CORPUS}${id}/page.txt`) ? readFileSync(`${CORPUS}${id}/page.txt`, 'utf8') : undefined,
      }))
  : [];

function read(c: Case): ReadPage {
  const common = { url: c.meta.url, feedItem: c.meta.feedItem, langHint: c.meta.lang };
  return c.html ? readPage({ bytes: new Uint8Array(c.html), charsetHint: c.meta.charset, ...common }) : readPage({ text: c.txt as string, ...common });
}

/**
 * Headlines and summaries of the related / most-read blocks of each page (from the notes in
 * expected.json and the pages themselves): none may reach the text the detector sees.
 */
const RELATED: Record<string, string[]> = {
  'en-d01': ['Obama pivots back to economy in Illinois speech', 'A passenger train hurtled off the tracks'],
  'en-d02': ['S. Korea, Vietnam agree to elevate relationship at future summit', 'The foreign ministers of South Korea and Vietnam agreed'],
  'en-d03': ['Trump fires Tillerson', 'Australia hosts Southeast Asian leaders'],
  'en-d04': ['Vietnam, Japan agree to bring extensive strategic partnership to new height', 'Vietnamese, Russian Presidents agree', 'Vietnamese and Japanese leaders pledged'],
  'en-d05': ['U.S., Vietnam partnership raised to top level', "Kishida, Vietnam's Chinh agree"],
  'en-d06': ['Australia and Vietnam sign strategic partnership', "Vietnam's Prime Minister signs the new agreement in Canberra"],
  'en-d07': ['Việt Nam, Indonesia elevate ties', 'Việt Nam, Singapore upgrade relations', 'Việt Nam, France lift ties', 'announced the upgrade during Party General Secretary'],
  'en-d08': ['Vietnam, Australia sign strategic partnership', 'Vietnamese, Indian leaders vow', 'The two prime ministers signed the agreement in Canberra'],
  'es-d01': ['Vietnam y Japón elevan sus relaciones', 'El presidente Vo Van Thuong y el primer ministro Kishida'],
  'fr-d01': ["Le Vietnam et l'Australie élèvent leurs liens", 'Vietnam – Japon : un partenariat stratégique global', 'Les Premiers ministres Pham Minh Chinh et Anthony Albanese'],
  'ja-d01': ['米ベトナム首脳会談 両国関係を最高レベルに格上げ', 'ベトナム国家主席が来日'],
  'ru-d01': ['Вьетнам и Индия отмечают 50-летие', 'Отношения двух стран, поднятые в 2016 году'],
  'vi-d01': ['Việt Nam - Hàn Quốc nâng cấp quan hệ lên Đối tác chiến lược toàn diện', 'Ấn Độ và Việt Nam nâng quan hệ', 'Tổng thống Yoon Suk-yeol ra Tuyên bố chung'],
  'vi-d02': ['Ấn Độ dành cho Việt Nam gói tín dụng quốc phòng', 'Người dân cả nước hân hoan'],
  'vi-d03': ['Việt Nam - Singapore hướng tới quan hệ đối tác chiến lược', 'Nga - Việt Nam chính thức nâng quan hệ'],
  'vi-d04': ['Triển lãm ảnh', 'Nâng cao hiệu quả thu hút vốn FDI'],
  'vi-d05': ['Thủ tướng Australia đến Hà Nội, bắt đầu thăm chính thức Việt Nam', 'Đối thoại Shangri-La: Các nước kêu gọi giảm căng thẳng khu vực'],
  'vi-d06': ['Australia và Việt Nam ký Tuyên bố chung thiết lập quan hệ Đối tác chiến lược', 'Việt Nam - Ấn Độ nhất trí nâng cấp quan hệ'],
  'vi-d07': ['Vietcombank và Mizuho', 'Lãi suất huy động'],
  'vi-d08': ['Việt Nam - Pháp nâng cấp quan hệ lên Đối tác chiến lược toàn diện', 'Việt Nam và Australia nâng cấp quan hệ'],
  'zh-d01': ['资料：越南与韩国宣布将两国关系提升为全面战略伙伴关系', '自2016年提升为全面战略伙伴关系以来'],
  'zh-d02': ['中华人民共和国和乌拉圭东岸共和国关于建立全面战略伙伴关系的联合声明', '首届中国国际供应链促进博览会'],
  'zh-d03': ['资料：越日关系于2014年提升为广泛战略伙伴关系', '2014年3月，越南国家主席张晋创对日本进行国事访问期间', '奥巴马访越'],
  'zh-d04': ['越南国会批准老街—河内—海防铁路投资主张', '越南提出2025年经济增长8%以上的目标'],
};

/** Anchor texts of a page (rough: tags stripped, a few entities decoded). */
function anchorTexts(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<a\b[^>]*>([\s\S]*?)<\/a>/gi)) {
    const t = (m[1] as string)
      .replace(/<[^>]*>/g, ' ')
      .replace(/&#x27;|&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ')
      .trim()
      .normalize('NFC');
    if (t) out.push(t);
  }
  return out;
}

function sameMoment(ours: string, theirs: string): boolean {
  if (ours.length === 10) return theirs.startsWith(ours); // a bare day: the day the page gives
  if (!/(?:Z|[+-]\d\d:\d\d)$/.test(ours)) return theirs.startsWith(ours.slice(0, 16)); // local time, no offset
  return Date.parse(ours) === Date.parse(theirs);
}

describe.skipIf(cases.length === 0)('shared corpus', () => {
  const pages = new Map(cases.map((c) => [c.id, read(c)] as const));

  it.each(cases.map((c) => [c.id, c] as const))('%s reads with the right language, date, URL and shape', (id, c) => {
    const p = pages.get(id) as ReadPage;
    expect(p.lang).toBe(c.meta.lang);
    if (c.meta.published) {
      expect(p.published, 'published').toBeDefined();
      expect(sameMoment(p.published as string, c.meta.published), `${p.published} vs ${c.meta.published}`).toBe(true);
    } else {
      expect(p.published, 'never invented').toBeUndefined();
    }
    expect(p.canonicalUrl).toBe(c.meta.url);
    expect(p.url).toBe(c.meta.url);
    expect(p.title.length).toBeGreaterThan(5);
    expect(p.paragraphs.length).toBeGreaterThan(3);
    expect(p.text).toBe(p.paragraphs.join('\n'));
    expect(p.text).toBe(p.text.normalize('NFC'));
    expect(p.text).not.toContain('\ufffd');
    expect(p.truncated).toBe(false);
    expect(p.paragraphs.every((x) => x.length > 0 && x === x.trim())).toBe(true);
  });

  const htmlCases = cases.filter((c) => c.html);

  it.each(htmlCases.map((c) => [c.id, c] as const))('%s: headline first, related blocks and navigation gone', (id, c) => {
    const p = pages.get(id) as ReadPage;
    // The feed's title is the page's headline in every corpus case.
    expect(p.paragraphs[0]).toBe((c.meta.feedItem?.title ?? '').normalize('NFC'));
    for (const s of RELATED[id] ?? []) expect(p.text, s).not.toContain(s.normalize('NFC'));
    const html = c.meta.charset === 'gbk' ? iconv.decode(c.html as Buffer, 'gb18030') : (c.html as Buffer).toString('utf8');
    // Headline-like link texts (menus and tag words are short and may well occur in the story).
    for (const a of anchorTexts(html)) {
      if (weightedLength(a) >= 30) expect(p.text, `link text "${a}"`).not.toContain(a);
    }
    for (const para of p.paragraphs) expect(isBoilerplateLabel(para), para).toBe(false);
  });

  it('every HTML case has a related-block list to check', () => {
    for (const c of htmlCases) expect(RELATED[c.id], c.id).toBeDefined();
  });

  it('vi-d02 (NFD bytes) reads exactly like its NFC twin', () => {
    const c = cases.find((x) => x.id === 'vi-d02');
    if (!c?.html) return;
    const nfd = c.html.toString('utf8');
    expect(nfd).not.toBe(nfd.normalize('NFC'));
    const twin = readPage({ bytes: new TextEncoder().encode(nfd.normalize('NFC')), url: c.meta.url, feedItem: c.meta.feedItem, langHint: c.meta.lang });
    expect(pages.get('vi-d02')).toEqual(twin);
  });

  it('zh-d04 (GBK, declared gb2312) decodes the same with or without the hint, and under a wrong utf-8 header', () => {
    const c = cases.find((x) => x.id === 'zh-d04');
    if (!c?.html) return;
    const bytes = new Uint8Array(c.html);
    const a = pages.get('zh-d04') as ReadPage;
    const b = readPage({ bytes, url: c.meta.url });
    const d = readPage({ bytes, url: c.meta.url, contentType: 'text/html; charset=utf-8' });
    expect(a.charset).toBe('gbk');
    expect(b.text).toBe(a.text);
    expect(d.text).toBe(a.text);
    expect(a.text).toContain('中越全面战略合作伙伴关系');
  });

  it('plain-text cases keep every non-empty line', () => {
    for (const c of cases.filter((x) => x.txt)) {
      const lines = (c.txt as string).split(/\r?\n/).map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
      expect(pages.get(c.id)?.paragraphs, c.id).toEqual(lines.map((l) => l.normalize('NFC')));
    }
  });
});
