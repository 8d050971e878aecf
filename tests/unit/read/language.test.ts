import { describe, expect, it } from 'vitest';
import { detectLanguage, normalizeLangTag } from '../../../packages/core/src/read/language';

describe('normalizeLangTag', () => {
  it.each([
    ['vi', 'vi'],
    ['vi-VN', 'vi'],
    ['vi_VN', 'vi'],
    ['zh-CN', 'zh'],
    ['zh-Hant-TW', 'zh'],
    ['EN-gb', 'en'],
    ['ja-JP', 'ja'],
    ['ko', 'ko'],
    ['ru-RU', 'ru'],
    ['fr-CA', 'fr'],
    ['es-419', 'es'],
    ['de-DE', 'other'],
    ['th', 'other'],
    ['Vietnamese', 'vi'],
    ['en, vi', 'en'],
  ])('%s → %s', (tag, lang) => {
    expect(normalizeLangTag(tag)).toBe(lang);
  });

  it('rejects junk', () => {
    expect(normalizeLangTag('utf-8')).toBeUndefined();
    expect(normalizeLangTag('')).toBeUndefined();
    expect(normalizeLangTag(undefined)).toBeUndefined();
    expect(normalizeLangTag('text/html')).toBeUndefined();
  });
});

describe('detectLanguage', () => {
  it.each([
    ['ko', '윤석열 대통령은 베트남 응우옌 쑤언 푹 국가주석과 정상회담을 갖고 양국 관계를 포괄적 전략적 동반자 관계로 격상했습니다.'],
    ['ja', '岸田総理大臣は、国賓として来日しているベトナムの国家主席と会談し、両国関係を格上げすることで一致しました。'],
    ['zh', '越南与新加坡将两国关系提升为全面战略伙伴关系。双方同意加强经贸、教育、科技等领域合作。'],
    ['ru', 'Вьетнам и Россия подняли отношения до уровня всеобъемлющего стратегического партнёрства.'],
    ['vi', 'Tổng Bí thư Nguyễn Phú Trọng và Tổng thống Hoa Kỳ Joe Biden đã hội đàm, nâng cấp quan hệ lên Đối tác chiến lược toàn diện.'],
    ['en', 'President Barack Obama and Vietnamese President Truong Tan Sang agreed Thursday to set up what both sides called a comprehensive partnership, a new framework for the relationship.'],
    ['fr', "Le secrétaire général et le président français ont annoncé l'élévation des relations bilatérales au rang de partenariat stratégique global, selon un communiqué publié dans la soirée."],
    ['es', 'El primer ministro de Vietnam expresó su esperanza de que su país y Australia anuncien la elevación de los vínculos bilaterales a una asociación estratégica integral durante la visita.'],
  ])('%s', (lang, text) => {
    expect(detectLanguage(text)?.lang).toBe(lang);
  });

  it('English with Vietnamese place names stays English', () => {
    const t = 'Deputy Prime Minister Bùi Thanh Sơn on Friday attended a ceremony marking the start of construction on five stations of the Lào Cai–Hà Nội–Hải Phòng railway, one of the largest transport projects in the country.';
    expect(detectLanguage(t)?.lang).toBe('en');
  });

  it('NFD Vietnamese is still Vietnamese', () => {
    expect(detectLanguage('Việt Nam và Ấn Độ nâng quan hệ lên Đối tác chiến lược toàn diện trong chuyến thăm.'.normalize('NFD'))?.lang).toBe('vi');
  });

  it('says nothing for too little text', () => {
    expect(detectLanguage('OK')).toBeUndefined();
    expect(detectLanguage('12345 67890 !!!')).toBeUndefined();
  });

  it('reads only a sample of huge input', () => {
    // no timing assertion: a hang would hit the test timeout
    expect(detectLanguage('the partnership and the '.repeat(500_000))?.lang).toBe('en');
  });
});
