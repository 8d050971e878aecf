/**
 * The detector's rules, one behaviour each, through its public interface: readPage on plain
 * text (headline first, then paragraphs) and detect().
 */
import { describe, expect, it } from 'vitest';
import { detect, readPage, type Detection } from '@pw/core';

function run(lines: string[], published?: string, lang?: string): Detection[] {
  const input: Parameters<typeof readPage>[0] = { text: lines.join('\n') };
  if (published) input.feedItem = { isoDate: published };
  if (lang) input.langHint = lang;
  return detect(readPage(input));
}
const tuples = (ds: Detection[]) => ds.map((d) => `${d.status} ${d.partner} ${d.level ?? '-'}`).sort();

describe('detect', () => {
  it('reads an announcement with its date and evidence offsets', () => {
    const text = ['Vietnam, Singapore upgrade ties to comprehensive strategic partnership', 'Vietnam and Singapore agreed on Wednesday to upgrade their relationship to a comprehensive strategic partnership.'];
    const ds = run(text, '2025-03-12T18:00:00+07:00');
    expect(tuples(ds)).toEqual(['announced SG CSP']);
    expect(ds[0]!.date).toBe('2025-03-12');
    const page = readPage({ text: text.join('\n'), feedItem: { isoDate: '2025-03-12T18:00:00+07:00' } });
    const ev = ds[0]!.evidence;
    expect(page.text.slice(ev.start, ev.end)).toBe(ev.sentence);
  });

  it('tells a recap by its date, and a signal by its plan', () => {
    expect(tuples(run(['Ties with Japan', 'Vietnam and Japan set up a strategic partnership in April 2009.'], '2023-09-21T05:30:00+07:00'))).toEqual(['recap JP SP']);
    expect(tuples(run(['Chuyến thăm', 'Việt Nam và Australia sẽ nâng cấp quan hệ lên Đối tác chiến lược toàn diện vào thời điểm phù hợp.'], '2023-06-04T12:55:00+07:00'))).toEqual(['signal AU CSP']);
  });

  it('gives nothing for a mere mention, a denial, a company or a sector-only partnership', () => {
    const pub = '2025-11-27T17:40:00+07:00';
    expect(run(['ODA', 'Trong khuôn khổ quan hệ Đối tác chiến lược toàn diện Việt Nam - Nhật Bản, hai bên trao đổi về ODA.'], pub)).toEqual([]);
    expect(run(['Họp báo', 'Người phát ngôn cho biết Việt Nam và Canada chưa có kế hoạch nâng cấp quan hệ lên Đối tác chiến lược.'], pub)).toEqual([]);
    expect(run(['Deal', 'Vingroup signed a strategic partnership with Cornell University on Tuesday.'], pub)).toEqual([]);
    expect(run(['Nước', 'Việt Nam và Hà Lan thiết lập quan hệ Đối tác chiến lược về thích ứng với biến đổi khí hậu và quản lý nước.'], pub)).toEqual([]);
  });

  it('gives nothing for two other countries', () => {
    expect(run(['Australia, Indonesia lift ties', 'Australia and Indonesia upgraded their relationship to a comprehensive strategic partnership on Friday.'], '2018-08-31T19:40:00+10:00')).toEqual([]);
    expect(run(['中乌关系', '两国元首宣布，将中乌关系提升为全面战略伙伴关系。'], '2023-11-22T19:41:06+08:00')).toEqual([]);
  });

  it('reads Korean particles, dates and conjugated verbs', () => {
    const ds = run(['베트남·말레이시아, 관계 \'포괄적 전략 동반자\'로 격상', '양국은 2015년 전략적 동반자 관계를 맺은 지 9년 만에 관계를 다시 끌어올렸다.'], '2024-11-21T21:47:00+09:00');
    expect(tuples(ds)).toEqual(['announced MY CSP', 'recap MY SP']);
  });

  it('makes a conditional or an expectation a signal, and reads relative years', () => {
    expect(tuples(run(['访马', '若此次顺利升格，马来西亚将成为首个与越南建立全面战略伙伴关系的东盟国家。'], '2024-11-19T10:00:00+08:00'))).toEqual(['signal MY CSP']);
    const ja = run(['インドネシア', 'ベトナムとマレーシアは昨年11月、関係を包括的戦略的パートナーシップに格上げした。'], '2025-03-11T09:12:00+09:00');
    expect(ja.map((d) => [d.status, d.partner, d.date])).toEqual([['recap', 'MY', '2024-11']]);
  });

  it('reports a plan that names no tier as a signal without a level', () => {
    expect(tuples(run(['Việt Nam - Timor-Leste', 'Hai bên nhất trí hướng tới sớm đưa quan hệ Việt Nam - Timor-Leste lên tầm cao mới vào thời điểm phù hợp.'], '2025-09-16T19:25:00+07:00'))).toEqual(['signal TL -']);
  });

  it('reads Brussels as the Union on a page about the EU', () => {
    const ds = run(['Vietnam and the EU', 'Relations between Hanoi and Brussels rest on an agreement signed in June 2012 that established a comprehensive partnership.', 'The European Union is Vietnam’s third-largest trade partner.'], '2026-01-29T20:40:00+07:00');
    expect(tuples(ds)).toEqual(['recap EU CP']);
  });

  it('follows a tier taken up again ("to the level"), but never as the announcement', () => {
    const ds = run(['Japan, Vietnam to lift ties', 'Japan and Vietnam are arranging to upgrade their relationship to a comprehensive strategic partnership, sources said.', 'Washington jumped two notches to the level in September when President Biden visited Hanoi.'], '2023-11-20T18:30:00+09:00');
    expect(tuples(ds)).toEqual(['recap US CSP', 'signal JP CSP']);
    expect(ds.find((d) => d.partner === 'US')?.date).toBe('2023-09');
  });

  it('reads lists whose names carry a parenthetical, and countries listed with Vietnam as co-objects', () => {
    const es = run(['Vietnam', 'En 2024 Vietnam elevó a asociación estratégica integral los nexos con Australia (marzo), Francia (octubre) y Malasia (noviembre).'], '2025-01-20T12:40:00-05:00');
    expect(tuples(es)).toEqual(['recap AU CSP', 'recap FR CSP', 'recap MY CSP']);
    const zh = run(['星印關係', '在東協國家中，印度已先後與越南、印尼及馬來西亞建立全面戰略夥伴關係。'], '2024-09-05T18:42:00+08:00');
    expect(tuples(zh)).toEqual(['recap IN CSP']);
    // "A and Vietnam" is the bilateral pair, not a co-listing: the partner is named, not guessed.
    const pair = run(['Khu vực', 'Singapore và Việt Nam đã nâng cấp quan hệ lên Đối tác chiến lược toàn diện hôm qua.', 'Nhật Bản là đối tác lớn.'], '2025-03-12T10:00:00+07:00');
    expect(tuples(pair)).toEqual(['announced SG CSP']);
    const en = run(['Ties', 'Australia and Vietnam signed a strategic partnership on Thursday.'], '2018-03-15T13:05:00+11:00');
    expect(en[0]?.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('stays bounded on hostile text', () => {
    const huge = Array.from({ length: 3000 }, () => 'Vietnam and Japan upgrade ties to a comprehensive strategic partnership, strategic partnership, 越美全面战略伙伴关系').join(' ');
    const ds = run(['x', huge], '2024-01-01T00:00:00Z');
    expect(ds.length).toBeLessThan(10);
  });
});
