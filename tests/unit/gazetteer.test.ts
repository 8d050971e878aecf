import { describe, expect, it } from 'vitest';
import { COUNTRIES } from '../../packages/core/src/detect/gazetteer/data';
import { countryName, findCountries, isCountryCode, type CountryMention } from '../../packages/core/src/detect/gazetteer/index';
import type { Lang } from '../../packages/core/src/types';

/** [surface, code, kind] or, for a pair, [surface, code, 'pair', pairedWith]. */
const find = (text: string, lang: Lang) =>
  findCountries(text, lang).map((m) => (m.pairedWith ? [m.surface, m.code, m.kind, m.pairedWith] : [m.surface, m.code, m.kind]));

const codes = (text: string, lang: Lang) => findCountries(text, lang).map((m) => m.code);

describe('findCountries: English', () => {
  it('finds names, capitals and demonyms with their offsets', () => {
    const text = 'Vietnam and the United States upgraded ties in Hanoi; Vietnamese and American officials met.';
    expect(findCountries(text, 'en')).toEqual<CountryMention[]>([
      { code: 'VN', start: 0, end: 7, surface: 'Vietnam', kind: 'name' },
      { code: 'US', start: 16, end: 29, surface: 'United States', kind: 'name' },
      { code: 'VN', start: 47, end: 52, surface: 'Hanoi', kind: 'capital' },
      { code: 'VN', start: 54, end: 64, surface: 'Vietnamese', kind: 'demonym' },
      { code: 'US', start: 69, end: 77, surface: 'American', kind: 'demonym' },
    ]);
    expect(find('Canberra and Seoul', 'en')).toEqual([['Canberra', 'AU', 'capital'], ['Seoul', 'KR', 'capital']]);
  });

  it('respects word boundaries', () => {
    expect(codes('Somalia, Romania, Nigeria', 'en')).toEqual(['SO', 'RO', 'NG']);
    expect(codes('Mali, Oman, Niger', 'en')).toEqual(['ML', 'OM', 'NE']);
    // "Indian" is a listed demonym, so it is IN as a demonym, never "India" inside it.
    expect(find('Indian officials', 'en')).toEqual([['Indian', 'IN', 'demonym']]);
    expect(find('Indochina and Chinatown', 'en')).toEqual([]);
  });

  it('needs a capital letter; all-caps forms are exact', () => {
    expect(find('fine china and us', 'en')).toEqual([]);
    expect(find('US and CHINA', 'en')).toEqual([['US', 'US', 'name'], ['CHINA', 'CN', 'name']]);
    expect(find('the u.s. and Us', 'en')).toEqual([]);
  });

  it('never reads a sea or an ocean as a country', () => {
    expect(find('in the South China Sea and the East China Sea', 'en')).toEqual([]);
    expect(find('the China Sea; across the Indian Ocean', 'en')).toEqual([]);
    expect(find('Latin America and the Korean Peninsula', 'en')).toEqual([]);
  });

  it('rejects person-name risks next to another capitalised word', () => {
    expect(find('Michael Jordan met Chad Smith', 'en')).toEqual([]);
    expect(find('Vietnam and Jordan, Chad and Georgia', 'en')).toEqual([
      ['Vietnam', 'VN', 'name'], ['Jordan', 'JO', 'name'], ['Chad', 'TD', 'name'], ['Georgia', 'GE', 'name'],
    ]);
  });

  it('reads adjectival compounds as pairs and hyphenated names as two names', () => {
    expect(find('Sino-Vietnamese ties', 'en')).toEqual([['Sino-Vietnamese', 'CN', 'pair', 'VN']]);
    expect(find('Vietnamese-Japanese ties', 'en')).toEqual([['Vietnamese-Japanese', 'JP', 'pair', 'VN']]);
    expect(find('a Franco-German plan', 'en')).toEqual([['Franco-German', 'DE', 'pair', 'FR']]);
    expect(find('Vietnam-India ties', 'en')).toEqual([['Vietnam', 'VN', 'name'], ['India', 'IN', 'name']]);
    expect(find('the Indo-Pacific', 'en')).toEqual([]);
  });
});

describe('findCountries: Vietnamese', () => {
  it('finds names, capitals and English forms', () => {
    expect(find('Việt Nam và Indonesia ký kết tại Hà Nội', 'vi')).toEqual([
      ['Việt Nam', 'VN', 'name'], ['Indonesia', 'ID', 'name'], ['Hà Nội', 'VN', 'capital'],
    ]);
    expect(find('Thủ tướng Ấn Độ thăm Hàn Quốc và Nhật Bản', 'vi')).toEqual([
      ['Ấn Độ', 'IN', 'name'], ['Hàn Quốc', 'KR', 'name'], ['Nhật Bản', 'JP', 'name'],
    ]);
  });

  it('matches hyphenated transliterations hyphenated, joined and spaced', () => {
    expect(codes('In-đô-nê-xi-a, Inđônêxia, In đô nê xi a', 'vi')).toEqual(['ID', 'ID', 'ID']);
    expect(find('Ôxtrâylia và Ô-xtrây-li-a', 'vi')).toEqual([['Ôxtrâylia', 'AU', 'name'], ['Ô-xtrây-li-a', 'AU', 'name']]);
  });

  it('prefers the longest match', () => {
    expect(find('Liên bang Nga', 'vi')).toEqual([['Liên bang Nga', 'RU', 'name']]);
    expect(find('Cộng hòa Xã hội Chủ nghĩa Việt Nam', 'vi')).toEqual([['Cộng hòa Xã hội Chủ nghĩa Việt Nam', 'VN', 'name']]);
  });

  it('folds old-style tone marks (hoà, thuỵ)', () => {
    expect(find('Cộng hoà Pháp và Thuỵ Sĩ', 'vi')).toEqual([['Cộng hoà Pháp', 'FR', 'name'], ['Thuỵ Sĩ', 'CH', 'name']]);
  });

  it('accepts one-syllable names in country contexts', () => {
    expect(find('Tổng thống Mỹ', 'vi')).toEqual([['Mỹ', 'US', 'name']]);
    expect(find('Thủ tướng Úc', 'vi')).toEqual([['Úc', 'AU', 'name']]);
    expect(find('nước Anh', 'vi')).toEqual([['Anh', 'GB', 'name']]);
    expect(find('Ông sang Pháp, rồi sang Đức.', 'vi')).toEqual([['Pháp', 'FR', 'name'], ['Đức', 'DE', 'name']]);
    expect(find('Việt Nam - Mỹ', 'vi')).toEqual([['Việt Nam', 'VN', 'name'], ['Mỹ', 'US', 'name']]);
    // Foreign given names are not Vietnamese syllables.
    expect(find('Tổng thống Mỹ Donald Trump và Tổng thống Nga Vladimir Putin', 'vi')).toEqual([
      ['Mỹ', 'US', 'name'], ['Nga', 'RU', 'name'],
    ]);
  });

  it('rejects one-syllable names inside person and place names', () => {
    for (const s of [
      'Nguyễn Thị Nga', 'Trần Đức Lương', 'Vũ Đức Đam', 'Nguyễn Thế Anh', 'tỉnh Lào Cai', 'Mỹ Tho', 'sân Mỹ Đình',
    ]) {
      expect(find(s, 'vi'), s).toEqual([]);
    }
  });

  it('rejects one-syllable names that start a common word', () => {
    for (const s of ['Ý kiến của ông', 'Pháp luật quy định', 'Anh ấy nói', 'Mỹ thuật đương đại', 'Pháp lý', 'Anh ngữ', 'tiếng Anh', 'chị Nga']) {
      expect(find(s, 'vi'), s).toEqual([]);
    }
  });

  it('never reads a sea, an ocean or a continent as a country', () => {
    expect(find('Biển Đông, Ấn Độ Dương, Ấn Độ - Thái Bình Dương', 'vi')).toEqual([]);
    expect(find('Mỹ Latinh, châu Mỹ, Nam Mỹ', 'vi')).toEqual([]);
  });

  it('reads Việt - X as a pair', () => {
    expect(find('quan hệ Việt - Mỹ', 'vi')).toEqual([['Việt - Mỹ', 'US', 'pair', 'VN']]);
    expect(find('hữu nghị Việt-Nga', 'vi')).toEqual([['Việt-Nga', 'RU', 'pair', 'VN']]);
    expect(find('quan hệ Việt – Lào', 'vi')).toEqual([['Việt – Lào', 'LA', 'pair', 'VN']]);
    expect(find('cạnh tranh Trung - Mỹ', 'vi')).toEqual([['Trung - Mỹ', 'US', 'pair', 'CN']]);
    // Two full names are two names.
    expect(find('Việt Nam - Ấn Độ', 'vi')).toEqual([['Việt Nam', 'VN', 'name'], ['Ấn Độ', 'IN', 'name']]);
    expect(find('Mỹ - Nhật', 'vi')).toEqual([['Mỹ', 'US', 'name'], ['Nhật', 'JP', 'name']]);
  });
});

describe('findCountries: Chinese', () => {
  it('takes the longest match without word boundaries', () => {
    expect(find('印度尼西亚', 'zh')).toEqual([['印度尼西亚', 'ID', 'name']]);
    expect(find('南非', 'zh')).toEqual([['南非', 'ZA', 'name']]);
    expect(find('中国共产党', 'zh')).toEqual([['中国', 'CN', 'name']]);
    expect(find('访问首尔', 'zh')).toEqual([['首尔', 'KR', 'capital']]);
    expect(find('越南和印度', 'zh')).toEqual([['越南', 'VN', 'name'], ['印度', 'IN', 'name']]);
  });

  it('never reads the seas or a lone abbreviation', () => {
    expect(find('南海问题', 'zh')).toEqual([]);
    expect(find('南中国海', 'zh')).toEqual([]);
    expect(find('印度洋', 'zh')).toEqual([]);
    expect(find('美，日', 'zh')).toEqual([]);
  });

  it('reads 越 compounds as pairs', () => {
    const pairs: [string, string][] = [
      ['越美', 'US'], ['美越', 'US'], ['中越', 'CN'], ['越日', 'JP'], ['日越', 'JP'], ['越韩', 'KR'], ['越俄', 'RU'],
      ['越印', 'IN'], ['越澳', 'AU'], ['越法', 'FR'], ['越新', 'SG'], ['越老', 'LA'], ['越柬', 'KH'],
    ];
    for (const [s, code] of pairs) expect(find(`${s}关系`, 'zh'), s).toEqual([[s, code, 'pair', 'VN']]);
    expect(findCountries('推动越美全面战略伙伴关系', 'zh')).toEqual<CountryMention[]>([
      { code: 'US', start: 2, end: 4, surface: '越美', kind: 'pair', pairedWith: 'VN' },
    ]);
    // A chain of abbreviations: each partner paired with Vietnam.
    expect(find('越老柬三国', 'zh')).toEqual([['越老', 'LA', 'pair', 'VN'], ['柬', 'KH', 'pair', 'VN']]);
  });

  it('does not read 越 as a pair where it is a word', () => {
    expect(find('越来越美', 'zh')).toEqual([]);
    expect(find('越老越好', 'zh')).toEqual([]);
    expect(find('越加重要', 'zh')).toEqual([]);
    expect(find('超越日本', 'zh')).toEqual([['日本', 'JP', 'name']]);
    expect(find('15日越南', 'zh')).toEqual([['越南', 'VN', 'name']]);
    expect(find('会谈中越方表示', 'zh')).toEqual([['越方', 'VN', 'demonym']]);
    expect(find('新方法', 'zh')).toEqual([]);
  });
});

describe('findCountries: Japanese and Korean', () => {
  it('reads Japanese names and pairs', () => {
    expect(find('日ベトナム首脳会談', 'ja')).toEqual([['日ベトナム', 'JP', 'pair', 'VN']]);
    expect(find('日・ベトナム関係', 'ja')).toEqual([['日・ベトナム', 'JP', 'pair', 'VN']]);
    expect(find('米越関係', 'ja')).toEqual([['米越', 'US', 'pair', 'VN']]);
    expect(find('日越首脳', 'ja')).toEqual([['日越', 'JP', 'pair', 'VN']]);
    expect(find('インドネシアとインド', 'ja')).toEqual([['インドネシア', 'ID', 'name'], ['インド', 'IN', 'name']]);
    expect(find('15日ベトナムを訪問', 'ja')).toEqual([['ベトナム', 'VN', 'name']]);
  });

  it('never reads インド洋 or katakana words as countries', () => {
    expect(find('インド洋', 'ja')).toEqual([]);
    expect(find('タイムとインドア', 'ja')).toEqual([]);
  });

  it('reads Korean names and pairs', () => {
    expect(find('한-베 수교', 'ko')).toEqual([['한-베', 'KR', 'pair', 'VN']]);
    expect(find('한·베트남 정상회담', 'ko')).toEqual([['한·베트남', 'KR', 'pair', 'VN']]);
    expect(find('한베 협력', 'ko')).toEqual([['한베', 'KR', 'pair', 'VN']]);
    expect(find('베트남과 한국', 'ko')).toEqual([['베트남', 'VN', 'name'], ['한국', 'KR', 'name']]);
    expect(find('서울에서', 'ko')).toEqual([['서울', 'KR', 'capital']]);
    expect(find('인도양과 인도적 지원', 'ko')).toEqual([]);
  });
});

describe('findCountries: Russian, French, Spanish', () => {
  it('declines Russian names', () => {
    expect(find('России, Россией, Вьетнаму, Японии', 'ru')).toEqual([
      ['России', 'RU', 'name'], ['Россией', 'RU', 'name'], ['Вьетнаму', 'VN', 'name'], ['Японии', 'JP', 'name'],
    ]);
    expect(find('с Южной Кореей и Республикой Корея', 'ru')).toEqual([
      ['Южной Кореей', 'KR', 'name'], ['Республикой Корея', 'KR', 'name'],
    ]);
    expect(find('в Пекине и Ханое', 'ru')).toEqual([['Пекине', 'CN', 'capital'], ['Ханое', 'VN', 'capital']]);
    expect(find('с Соединенными Штатами', 'ru')).toEqual([['Соединенными Штатами', 'US', 'name']]);
  });

  it('reads Russian compounds and demonyms', () => {
    expect(find('российско-вьетнамских отношений', 'ru')).toEqual([['российско-вьетнамских', 'RU', 'pair', 'VN']]);
    expect(find('вьетнамско-российских отношений', 'ru')).toEqual([['вьетнамско-российских', 'RU', 'pair', 'VN']]);
    expect(find('вьетнамская сторона', 'ru')).toEqual([['вьетнамская', 'VN', 'demonym']]);
    expect(find('в Южно-Китайском море', 'ru')).toEqual([]);
  });

  it('inflects French and Spanish demonyms and reads their compounds', () => {
    expect(find('la partie vietnamienne et les Français', 'fr')).toEqual([
      ['vietnamienne', 'VN', 'demonym'], ['Français', 'FR', 'demonym'],
    ]);
    expect(find('relations franco-vietnamiennes', 'fr')).toEqual([['franco-vietnamiennes', 'FR', 'pair', 'VN']]);
    expect(find("l'Inde et l'océan Indien", 'fr')).toEqual([['Inde', 'IN', 'name']]);
    expect(find('relaciones hispano-vietnamitas', 'es')).toEqual([['hispano-vietnamitas', 'ES', 'pair', 'VN']]);
    expect(find('EE.UU. y empresas japonesas', 'es')).toEqual([['EE.UU.', 'US', 'name'], ['japonesas', 'JP', 'demonym']]);
  });
});

describe('findCountries: general', () => {
  it('reads every language for other', () => {
    expect(find('Vietnam, 越美, 한-베, Việt - Mỹ, России', 'other')).toEqual([
      ['Vietnam', 'VN', 'name'], ['越美', 'US', 'pair', 'VN'], ['한-베', 'KR', 'pair', 'VN'],
      ['Việt - Mỹ', 'US', 'pair', 'VN'], ['России', 'RU', 'name'],
    ]);
  });

  it('returns sorted, non-overlapping mentions whose offsets point at their surface', () => {
    const text = 'Hà Nội, 22/9 – Việt Nam và Liên bang Nga; 越美关系; Sino-Vietnamese; 日ベトナム; Washington và Bắc Kinh.';
    const ms = findCountries(text, 'other');
    expect(ms.map((m) => m.surface)).toEqual([
      'Hà Nội', 'Việt Nam', 'Liên bang Nga', '越美', 'Sino-Vietnamese', '日ベトナム', 'Washington', 'Bắc Kinh',
    ]);
    let end = 0;
    for (const m of ms) {
      expect(text.slice(m.start, m.end)).toBe(m.surface);
      expect(m.start).toBeGreaterThanOrEqual(end);
      end = m.end;
    }
  });

  it('handles empty text and text without countries', () => {
    expect(findCountries('', 'en')).toEqual([]);
    expect(findCountries('Nothing to see here.', 'vi')).toEqual([]);
  });
});

describe('countryName and isCountryCode', () => {
  it('gives display names with fallbacks', () => {
    expect(countryName('KR')).toBe('South Korea');
    expect(countryName('KR', 'vi')).toBe('Hàn Quốc');
    expect(countryName('VN', 'zh')).toBe('越南');
    expect(countryName('VN', 'ru')).toBe('Вьетнам');
    expect(countryName('EU', 'other')).toBe('European Union');
    expect(countryName('ZZ')).toBe('ZZ');
  });

  it('knows the codes', () => {
    expect(isCountryCode('VN')).toBe(true);
    expect(isCountryCode('EU')).toBe(true);
    expect(isCountryCode('ZZ')).toBe(false);
    expect(isCountryCode('vn')).toBe(false);
  });
});

/** The 193 UN member states (ISO 3166-1 alpha-2) and the European Union. */
const UN_MEMBERS = (
  'AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA CF TD CL CN CO KM CG ' +
  'CD CR CI HR CU CY CZ KP DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN ' +
  'ID IR IQ IE IL IT JM JP JO KZ KE KI KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MD MC MN ME MA ' +
  'MZ MM NA NR NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA KR RO RU RW KN LC VC WS SM ST SA SN RS SC SL SG ' +
  'SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TH TL TG TO TT TN TR TM TV UG UA AE GB TZ US UY UZ VU VE VN YE ZM ZW'
).split(' ');

describe('gazetteer data', () => {
  it('covers every UN member and the EU with English, Vietnamese and Chinese names', () => {
    expect(new Set(UN_MEMBERS).size).toBe(193);
    const byCode = new Map(COUNTRIES.map((c) => [c.code, c]));
    const missing: string[] = [];
    for (const code of [...UN_MEMBERS, 'EU']) {
      const rec = byCode.get(code);
      for (const l of ['en', 'vi', 'zh'] as const) if (!rec?.name[l]) missing.push(`${code}.${l}`);
    }
    expect(missing).toEqual([]);
  });

  it('has one record per code', () => {
    const seen = COUNTRIES.map((c) => c.code);
    expect(seen.length).toBe(new Set(seen).size);
  });

  it('finds every country by its own English, Vietnamese and Chinese display name', () => {
    const wrong: string[] = [];
    for (const c of COUNTRIES) {
      for (const l of ['en', 'vi', 'zh'] as const) {
        const name = countryName(c.code, l);
        const ms = findCountries(` ${name} `, l);
        if (ms.length !== 1 || ms[0]!.code !== c.code || ms[0]!.surface !== name) wrong.push(`${c.code}.${l}:${name}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
