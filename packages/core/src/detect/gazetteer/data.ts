/**
 * Gazetteer data: every UN member state, plus the European Union (EU), Palestine (PS),
 * the Holy See (VA), Kosovo (XK) and Taiwan (TW), with names per language.
 *
 * One block per country. Each language field is a '|'-separated list of surface forms;
 * the first form of `name[lang]` is the display name in that language (`en` is the English
 * display name). Small markers in front of a form change how it is matched:
 *
 *   =Form   match exactly as written (case-sensitive). All-caps forms (US, UK, EU, КНР) are
 *           exact automatically; single-syllable Vietnamese names (Anh, Nga, Mỹ …) are exact
 *           and get the Vietnamese name-collision guards automatically.
 *   ?Form   person-name risk (Jordan, Chad, Georgia, Victoria …): rejected when next to
 *           another capitalised word, as in "Michael Jordan" or "Chad Smith".
 *   ~Form   match in any case.
 *
 * Otherwise names and capitals must start with a capital letter (Latin/Cyrillic/Vietnamese)
 * and demonyms are case-sensitive in English, case-insensitive in French, Spanish and Russian.
 *
 * Russian: names and capitals are declined automatically (Россия → России, Россию, Россией …;
 * Южная Корея → Южной Кореи …). Braces override: `Республик{а,и,е,у,ой} Корея` expands to all
 * listed alternatives and is not declined further. Russian demonyms are adjectives given in the
 * masculine nominative (вьетнамский); all endings are generated, and the combining form used in
 * compounds (вьетнамско-) is derived from them.
 *
 * French and Spanish demonyms are given in the masculine singular and inflected automatically
 * (vietnamien → vietnamienne, vietnamiens …; japonés → japonesa …); braces override.
 *
 * Vietnamese hyphenated transliterations (In-đô-nê-xi-a) are also matched joined (Inđônêxia)
 * and, for three syllables or more, spaced (In đô nê xi a).
 *
 * `abbr` holds one-character (or one-syllable) short forms that are never a mention alone and
 * only count inside two-country compounds: 越美, 日越, 日ベトナム, 한-베, Việt - Mỹ.
 * `combo` holds combining forms that start an adjectival compound: Sino-, franco-, hispano-.
 */

export type GazLang = 'en' | 'vi' | 'zh' | 'fr' | 'ru' | 'es' | 'ko' | 'ja';
export type LangStrings = Partial<Record<GazLang, string>>;

export interface CountryRecord {
  /** ISO 3166-1 alpha-2; `EU` for the European Union, `XK` for Kosovo. */
  code: string;
  /** English display name. */
  en: string;
  name: LangStrings;
  capital?: LangStrings;
  demonym?: LangStrings;
  abbr?: LangStrings;
  combo?: LangStrings;
}

export const COUNTRIES: CountryRecord[] = [
  // ---------------------------------------------------------------- Vietnam and its main partners
  {
    code: 'VN', en: 'Vietnam',
    name: {
      en: 'Vietnam|Viet Nam|Socialist Republic of Vietnam|Socialist Republic of Viet Nam|VN',
      vi: 'Việt Nam|Vietnam|Viet Nam|VN|CHXHCN Việt Nam|Cộng hòa Xã hội Chủ nghĩa Việt Nam',
      zh: '越南|越南社会主义共和国|越南社會主義共和國',
      fr: 'Vietnam|Viêt Nam|Viet Nam|Viêt-nam|Viêtnam|République socialiste du Vietnam',
      ru: 'Вьетнам|СРВ|Социалистическ{ая,ой,ую} Республик{а,и,е,у,ой} Вьетнам',
      es: 'Vietnam|Viet Nam|República Socialista de Vietnam',
      ko: '베트남|월남',
      ja: 'ベトナム|ヴェトナム',
    },
    capital: { en: 'Hanoi|Ha Noi', vi: 'Hà Nội', zh: '河内|河內', fr: 'Hanoï', ru: 'Ханой', es: 'Hanói', ko: '하노이', ja: 'ハノイ' },
    demonym: { en: 'Vietnamese', fr: 'vietnamien', es: 'vietnamita', ru: 'вьетнамский', zh: '越方' },
    abbr: { zh: '越', ja: '越', ko: '베', vi: 'Việt' },
    combo: { en: 'Vietnamo', fr: 'vietnamo', es: 'vietnamo' },
  },
  {
    code: 'US', en: 'United States',
    name: {
      en: 'United States|United States of America|US|U.S.|USA|U.S.A.|America',
      vi: 'Mỹ|Hoa Kỳ|Hoa Kì|Hợp chúng quốc Hoa Kỳ|Hợp chủng quốc Hoa Kỳ',
      zh: '美国|美國|美利坚合众国|美利堅合眾國',
      fr: "États-Unis|Etats-Unis|États-Unis d'Amérique",
      ru: 'США|Соединённые Штаты|Соединённые Штаты Америки|Америка',
      es: 'Estados Unidos|Estados Unidos de América|EE.UU.|EE. UU.|EEUU|EUA',
      ko: '미국|미합중국',
      ja: '米国|アメリカ|アメリカ合衆国|米國',
    },
    capital: {
      en: 'Washington|Washington, D.C.|Washington DC|White House',
      vi: 'Washington|Oa-sinh-tơn|Hoa Thịnh Đốn|Nhà Trắng',
      zh: '华盛顿|華盛頓|白宫|白宮',
      fr: 'Washington|Maison-Blanche|Maison Blanche',
      ru: 'Вашингтон',
      es: 'Washington|Casa Blanca',
      ko: '워싱턴|백악관',
      ja: 'ワシントン|ホワイトハウス',
    },
    demonym: { en: 'American', fr: 'américain', es: 'estadounidense|norteamericano', ru: 'американский', zh: '美方' },
    abbr: { zh: '美', ja: '米', ko: '미', vi: 'Mỹ' },
    combo: { fr: 'américano', ru: 'американо' },
  },
  {
    code: 'CN', en: 'China',
    name: {
      en: "China|People's Republic of China|PRC|Mainland China",
      vi: 'Trung Quốc|Trung Hoa|Cộng hòa Nhân dân Trung Hoa|CHND Trung Hoa',
      zh: '中国|中國|中华人民共和国|中華人民共和國',
      fr: 'Chine|République populaire de Chine',
      ru: 'Китай|КНР|Китайская Народная Республика|Поднебесная',
      es: 'China|República Popular China|República Popular de China',
      ko: '중국|중화인민공화국',
      ja: '中国|中華人民共和国',
    },
    capital: { en: 'Beijing|Peking|Zhongnanhai', vi: 'Bắc Kinh', zh: '北京', fr: 'Pékin|Beijing', ru: 'Пекин', es: 'Pekín|Beijing', ko: '베이징|북경', ja: '北京|ペキン' },
    demonym: { en: 'Chinese', fr: 'chinois', es: 'chino', ru: 'китайский', zh: '中方' },
    abbr: { zh: '中', ja: '中', ko: '중', vi: 'Trung' },
    combo: { en: 'Sino', fr: 'sino', es: 'sino' },
  },
  {
    code: 'JP', en: 'Japan',
    name: {
      en: 'Japan', vi: 'Nhật Bản|Nhật', zh: '日本|日本国|日本國', fr: 'Japon', ru: 'Япония', es: 'Japón',
      ko: '일본', ja: '日本|日本国',
    },
    capital: { en: 'Tokyo', vi: 'Tokyo|Tô-ki-ô', zh: '东京|東京', fr: 'Tokyo', ru: 'Токио', es: 'Tokio', ko: '도쿄', ja: '東京' },
    demonym: { en: 'Japanese', fr: 'japonais', es: 'japonés|nipón', ru: 'японский', zh: '日方' },
    abbr: { zh: '日', ja: '日', ko: '일', vi: 'Nhật' },
    combo: { en: 'Nippo|Japano', fr: 'nippo', es: 'nipo' },
  },
  {
    code: 'KR', en: 'South Korea',
    name: {
      en: 'South Korea|Republic of Korea|Korea|S. Korea|S Korea|ROK',
      vi: 'Hàn Quốc|Đại Hàn Dân Quốc|Đại Hàn|Nam Hàn|Nam Triều Tiên',
      zh: '韩国|韓國|南韩|南韓|大韩民国|大韓民國|南朝鲜',
      fr: 'Corée du Sud|Corée|République de Corée',
      ru: 'Южная Корея|Республик{а,и,е,у,ой} Корея|Корея',
      es: 'Corea del Sur|Corea|República de Corea',
      ko: '한국|대한민국|남한',
      ja: '韓国|大韓民国',
    },
    capital: { en: 'Seoul', vi: 'Seoul|Xơ-un|Hán Thành', zh: '首尔|首爾|汉城|漢城', fr: 'Séoul', ru: 'Сеул', es: 'Seúl', ko: '서울', ja: 'ソウル' },
    demonym: {
      en: 'South Korean|Korean', fr: 'sud-coréen|coréen', es: 'surcoreano|coreano',
      ru: 'южнокорейский|корейский', zh: '韩方|韓方',
    },
    abbr: { zh: '韩|韓', ja: '韓', ko: '한', vi: 'Hàn' },
  },
  {
    code: 'KP', en: 'North Korea',
    name: {
      en: "North Korea|N. Korea|N Korea|DPRK|Democratic People's Republic of Korea",
      vi: 'Triều Tiên|Bắc Triều Tiên|CHDCND Triều Tiên|Cộng hòa Dân chủ Nhân dân Triều Tiên|Bắc Hàn',
      zh: '朝鲜|朝鮮|北韩|北韓|朝鲜民主主义人民共和国|朝鮮民主主義人民共和國',
      fr: 'Corée du Nord|RPDC|République populaire démocratique de Corée',
      ru: 'КНДР|Северная Корея|Корейск{ая,ой,ую} Народно-Демократическ{ая,ой,ую} Республик{а,и,е,у,ой}',
      es: 'Corea del Norte|RPDC|República Popular Democrática de Corea',
      ko: '북한|조선민주주의인민공화국|북조선',
      ja: '北朝鮮|朝鮮民主主義人民共和国',
    },
    capital: { en: 'Pyongyang', vi: 'Bình Nhưỡng|Pyongyang', zh: '平壤', fr: 'Pyongyang', ru: 'Пхеньян', es: 'Pyongyang', ko: '평양', ja: '平壌|ピョンヤン' },
    demonym: { en: 'North Korean', fr: 'nord-coréen', es: 'norcoreano', ru: 'северокорейский', zh: '朝方' },
    abbr: { zh: '朝', ja: '朝', ko: '북', vi: 'Triều' },
  },
  {
    code: 'RU', en: 'Russia',
    name: {
      en: 'Russia|Russian Federation', vi: 'Nga|Liên bang Nga|LB Nga',
      zh: '俄罗斯|俄羅斯|俄罗斯联邦|俄羅斯聯邦|俄国|俄國', fr: 'Russie|Fédération de Russie',
      ru: 'Россия|Российская Федерация|РФ', es: 'Rusia|Federación de Rusia|Federación Rusa',
      ko: '러시아|러시아연방', ja: 'ロシア|ロシア連邦',
    },
    capital: {
      en: 'Moscow|Kremlin', vi: 'Moskva|Mát-xcơ-va|Mạc Tư Khoa|Điện Kremlin|Kremlin', zh: '莫斯科|克里姆林宫|克里姆林宮',
      fr: 'Moscou|Kremlin', ru: 'Москва|Кремль', es: 'Moscú|Kremlin', ko: '모스크바|크렘린', ja: 'モスクワ|クレムリン',
    },
    demonym: { en: 'Russian', fr: 'russe', es: 'ruso', ru: 'российский|русский', zh: '俄方' },
    abbr: { zh: '俄', ja: '露', ko: '러', vi: 'Nga' },
    combo: { en: 'Russo', fr: 'russo' },
  },
  {
    code: 'IN', en: 'India',
    name: {
      en: 'India|Republic of India', vi: 'Ấn Độ|Cộng hòa Ấn Độ', zh: '印度', fr: 'Inde', ru: 'Индия',
      es: 'India', ko: '인도', ja: 'インド',
    },
    capital: {
      en: 'New Delhi|Delhi', vi: 'New Delhi|Niu Đê-li|Niu Đêli', zh: '新德里', fr: 'New Delhi', ru: 'Нью-Дели|Дели',
      es: 'Nueva Delhi', ko: '뉴델리', ja: 'ニューデリー',
    },
    demonym: { en: 'Indian', fr: 'indien', ru: 'индийский', zh: '印方' },
    abbr: { zh: '印', ja: '印', vi: 'Ấn' },
    combo: { en: 'Indo', fr: 'indo', es: 'indo', ru: 'индо' },
  },
  {
    code: 'ID', en: 'Indonesia',
    name: {
      en: 'Indonesia|Republic of Indonesia', vi: 'Indonesia|In-đô-nê-xi-a|In-đô-nê-si-a|Cộng hòa Indonesia',
      zh: '印度尼西亚|印度尼西亞|印尼', fr: 'Indonésie', ru: 'Индонезия', es: 'Indonesia', ko: '인도네시아|인니',
      ja: 'インドネシア',
    },
    capital: { en: 'Jakarta|Djakarta', vi: 'Jakarta|Gia-các-ta', zh: '雅加达|雅加達', fr: 'Djakarta', ru: 'Джакарта', es: 'Yakarta', ko: '자카르타', ja: 'ジャカルタ' },
    demonym: { en: 'Indonesian', fr: 'indonésien', es: 'indonesio', ru: 'индонезийский', zh: '印尼方' },
    abbr: { zh: '印尼' },
  },
  {
    code: 'AU', en: 'Australia',
    name: {
      en: 'Australia|Commonwealth of Australia',
      vi: 'Australia|Úc|Ô-xtrây-li-a|Ốt-xtrây-li-a|Ô-xtrây-lia|Ôxtrâylia',
      zh: '澳大利亚|澳大利亞|澳洲', fr: 'Australie', ru: 'Австралия', es: 'Australia', ko: '호주|오스트레일리아',
      ja: 'オーストラリア|豪州',
    },
    capital: { en: 'Canberra', vi: 'Canberra|Can-bê-ra', zh: '堪培拉', fr: 'Canberra', ru: 'Канберра', es: 'Canberra', ko: '캔버라', ja: 'キャンベラ' },
    demonym: { en: 'Australian', fr: 'australien', es: 'australiano', ru: 'австралийский', zh: '澳方' },
    abbr: { zh: '澳', ja: '豪', ko: '호', vi: 'Úc' },
    combo: { fr: 'australo', es: 'australo' },
  },
  {
    code: 'FR', en: 'France',
    name: {
      en: 'France|French Republic', vi: 'Pháp|Cộng hòa Pháp', zh: '法国|法國|法兰西|法蘭西|法兰西共和国',
      fr: 'France|République française', ru: 'Франция', es: 'Francia', ko: '프랑스', ja: 'フランス',
    },
    capital: {
      en: 'Paris|Élysée Palace', vi: 'Paris|Pa-ri|Điện Élysée', zh: '巴黎|爱丽舍宫|愛麗舍宮', fr: 'Paris|Élysée|Elysée',
      ru: 'Париж', es: 'París|Elíseo', ko: '파리', ja: 'パリ',
    },
    demonym: { en: 'French', fr: 'français', es: 'francés', ru: 'французский', zh: '法方' },
    abbr: { zh: '法', ja: '仏', ko: '불', vi: 'Pháp' },
    combo: { en: 'Franco', fr: 'franco', es: 'franco', ru: 'франко' },
  },
  {
    code: 'GB', en: 'United Kingdom',
    name: {
      en: 'United Kingdom|UK|U.K.|Britain|Great Britain|United Kingdom of Great Britain and Northern Ireland',
      vi: 'Anh|Vương quốc Anh|Anh Quốc|Liên hiệp Anh|Liên hiệp Vương quốc Anh|Vương quốc Liên hiệp Anh|Vương quốc Liên hiệp Anh và Bắc Ireland',
      zh: '英国|英國|大不列颠及北爱尔兰联合王国|大不列顛及北愛爾蘭聯合王國|联合王国|聯合王國',
      fr: 'Royaume-Uni|Grande-Bretagne',
      ru: 'Великобритания|Британия|Соединённ{ое,ого,ому,ым,ом} Королевств{о,а,у,ом,е}|Англия',
      es: 'Reino Unido|Gran Bretaña', ko: '영국', ja: '英国|イギリス',
    },
    capital: {
      en: 'London|Downing Street', vi: 'London|Luân Đôn', zh: '伦敦|倫敦|唐宁街|唐寧街', fr: 'Londres', ru: 'Лондон',
      es: 'Londres', ko: '런던', ja: 'ロンドン',
    },
    demonym: { en: 'British', fr: 'britannique', es: 'británico', ru: 'британский', zh: '英方' },
    abbr: { zh: '英', ja: '英', ko: '영', vi: 'Anh' },
    combo: { en: 'Anglo', fr: 'anglo', es: 'anglo', ru: 'англо' },
  },
  {
    code: 'DE', en: 'Germany',
    name: {
      en: 'Germany|Federal Republic of Germany', vi: 'Đức|CHLB Đức|Cộng hòa Liên bang Đức|Liên bang Đức',
      zh: '德国|德國|德意志|德意志联邦共和国|德意志聯邦共和國', fr: "Allemagne|République fédérale d'Allemagne",
      ru: 'Германия|ФРГ', es: 'Alemania|República Federal de Alemania', ko: '독일', ja: 'ドイツ',
    },
    capital: { en: 'Berlin', vi: 'Berlin|Béc-lin|Bá Linh', zh: '柏林', fr: 'Berlin', ru: 'Берлин', es: 'Berlín', ko: '베를린', ja: 'ベルリン' },
    demonym: { en: 'German', fr: 'allemand', es: 'alemán', ru: 'немецкий|германский', zh: '德方' },
    abbr: { zh: '德', ja: '独', ko: '독', vi: 'Đức' },
    combo: { en: 'Germano', fr: 'germano', es: 'germano', ru: 'германо' },
  },
  {
    code: 'IT', en: 'Italy',
    name: {
      en: 'Italy|Italian Republic', vi: 'Ý|Italy|Italia|I-ta-li-a|Cộng hòa Italy|Cộng hòa Ý', zh: '意大利|義大利|义大利',
      fr: 'Italie', ru: 'Италия', es: 'Italia', ko: '이탈리아|이태리', ja: 'イタリア',
    },
    capital: { en: 'Rome', vi: 'Rome|Roma|Rô-ma', zh: '罗马|羅馬', fr: 'Rome', ru: 'Рим', es: 'Roma', ko: '로마', ja: 'ローマ' },
    demonym: { en: 'Italian', fr: 'italien', es: 'italiano', ru: 'итальянский', zh: '意方|義方' },
    abbr: { zh: '意|義', ja: '伊', vi: 'Ý' },
    combo: { en: 'Italo', fr: 'italo', es: 'italo|ítalo', ru: 'итало' },
  },
  {
    code: 'ES', en: 'Spain',
    name: {
      en: 'Spain|Kingdom of Spain', vi: 'Tây Ban Nha', zh: '西班牙', fr: 'Espagne', ru: 'Испания',
      es: 'España|Reino de España', ko: '스페인|에스파냐', ja: 'スペイン',
    },
    capital: { en: 'Madrid', vi: 'Madrid|Ma-đrít', zh: '马德里|馬德里', fr: 'Madrid', ru: 'Мадрид', es: 'Madrid', ko: '마드리드', ja: 'マドリード|マドリッド' },
    demonym: { en: 'Spanish', fr: 'espagnol', es: 'español', ru: 'испанский' },
    combo: { en: 'Hispano', fr: 'hispano', es: 'hispano', ru: 'испано' },
  },
  {
    code: 'TH', en: 'Thailand',
    name: {
      en: 'Thailand|Kingdom of Thailand', vi: 'Thái Lan', zh: '泰国|泰國', fr: 'Thaïlande', ru: 'Таиланд|Тайланд',
      es: 'Tailandia', ko: '태국', ja: 'タイ',
    },
    capital: { en: 'Bangkok', vi: 'Bangkok|Băng Cốc', zh: '曼谷', fr: 'Bangkok', ru: 'Бангкок', es: 'Bangkok', ko: '방콕', ja: 'バンコク' },
    demonym: { en: 'Thai', fr: 'thaïlandais', es: 'tailandés', ru: 'таиландский|тайский', zh: '泰方' },
    abbr: { zh: '泰', vi: 'Thái' },
  },
  {
    code: 'MY', en: 'Malaysia',
    name: {
      en: 'Malaysia', vi: 'Malaysia|Ma-lai-xi-a|Mã Lai Á', zh: '马来西亚|馬來西亞', fr: 'Malaisie', ru: 'Малайзия',
      es: 'Malasia', ko: '말레이시아', ja: 'マレーシア',
    },
    capital: {
      en: 'Kuala Lumpur|Putrajaya', vi: 'Kuala Lumpur|Cu-a-la Lăm-pơ', zh: '吉隆坡|布城', fr: 'Kuala Lumpur',
      ru: 'Куала-Лумпур', es: 'Kuala Lumpur', ko: '쿠알라룸푸르', ja: 'クアラルンプール',
    },
    demonym: { en: 'Malaysian', fr: 'malaisien', es: 'malasio', ru: 'малайзийский', zh: '马方|馬方' },
    abbr: { zh: '马|馬' },
  },
  {
    code: 'SG', en: 'Singapore',
    name: {
      en: 'Singapore|Republic of Singapore', vi: 'Singapore|Xin-ga-po|Xinh-ga-po|Tân Gia Ba', zh: '新加坡|星加坡',
      fr: 'Singapour', ru: 'Сингапур', es: 'Singapur', ko: '싱가포르|싱가폴', ja: 'シンガポール',
    },
    demonym: { en: 'Singaporean', fr: 'singapourien', es: 'singapurense', ru: 'сингапурский', zh: '新方' },
    abbr: { zh: '新' },
  },
  {
    code: 'PH', en: 'Philippines',
    name: {
      en: 'Philippines|Republic of the Philippines', vi: 'Philippines|Phi-líp-pin|Phi-lip-pin|Philippin|Phi Luật Tân',
      zh: '菲律宾|菲律賓', fr: 'Philippines', ru: 'Филиппин{ы,,ам,ами,ах}', es: 'Filipinas', ko: '필리핀', ja: 'フィリピン',
    },
    capital: { en: 'Manila', vi: 'Manila|Ma-ni-la', zh: '马尼拉|馬尼拉', fr: 'Manille', ru: 'Манила', es: 'Manila', ko: '마닐라', ja: 'マニラ' },
    demonym: { en: 'Filipino|Philippine', fr: 'philippin', es: 'filipino', ru: 'филиппинский', zh: '菲方' },
    abbr: { zh: '菲', ja: '比' },
  },
  {
    code: 'LA', en: 'Laos',
    name: {
      en: "Laos|Lao PDR|Lao People's Democratic Republic", vi: 'Lào|CHDCND Lào|Cộng hòa Dân chủ Nhân dân Lào',
      zh: '老挝|老撾|寮国|寮國', fr: 'Laos', ru: 'Лаос', es: 'Laos', ko: '라오스', ja: 'ラオス',
    },
    capital: { en: 'Vientiane', vi: 'Viêng Chăn|Vientiane', zh: '万象|萬象', fr: 'Vientiane', ru: 'Вьентьян', es: 'Vientián|Vientiane', ko: '비엔티안', ja: 'ビエンチャン' },
    demonym: { en: 'Laotian|Lao', fr: 'laotien', es: 'laosiano', ru: 'лаосский', zh: '老方|寮方' },
    abbr: { zh: '老|寮', vi: 'Lào' },
  },
  {
    code: 'KH', en: 'Cambodia',
    name: {
      en: 'Cambodia|Kingdom of Cambodia|Kampuchea', vi: 'Campuchia|Cam-pu-chia|Căm-pu-chia|Cam Bốt|Vương quốc Campuchia',
      zh: '柬埔寨', fr: 'Cambodge', ru: 'Камбоджа', es: 'Camboya', ko: '캄보디아', ja: 'カンボジア',
    },
    capital: {
      en: 'Phnom Penh', vi: 'Phnôm Pênh|Phnom Penh|Nông Pênh', zh: '金边|金邊', fr: 'Phnom Penh', ru: 'Пномпень',
      es: 'Phnom Penh|Nom Pen', ko: '프놈펜', ja: 'プノンペン',
    },
    demonym: { en: 'Cambodian', fr: 'cambodgien', es: 'camboyano', ru: 'камбоджийский', zh: '柬方' },
    abbr: { zh: '柬' },
  },
  {
    code: 'MM', en: 'Myanmar',
    name: {
      en: 'Myanmar|Burma', vi: 'Myanmar|Mi-an-ma|Miến Điện', zh: '缅甸|緬甸', fr: 'Myanmar|Birmanie',
      ru: 'Мьянма|Бирма', es: 'Myanmar|Birmania', ko: '미얀마|버마', ja: 'ミャンマー|ビルマ',
    },
    capital: { en: 'Naypyidaw|Nay Pyi Taw|Naypyitaw', vi: 'Nay Pyi Taw|Naypyidaw|Nây Pi Tô', zh: '内比都|內比都', ru: 'Нейпьидо', ko: '네피도', ja: 'ネピドー' },
    demonym: { en: 'Burmese', fr: 'birman', es: 'birmano', ru: 'мьянманский', zh: '缅方|緬方' },
    abbr: { zh: '缅|緬' },
  },
  {
    code: 'BN', en: 'Brunei',
    name: {
      en: 'Brunei|Brunei Darussalam', vi: 'Brunei|Bru-nây', zh: '文莱|汶莱|汶萊', fr: 'Brunei|Brunéi', ru: 'Бруней',
      es: 'Brunéi|Brunei', ko: '브루나이', ja: 'ブルネイ',
    },
    capital: { en: 'Bandar Seri Begawan', zh: '斯里巴加湾市|斯里巴加湾', ru: 'Бандар-Сери-Бегаван' },
    demonym: { en: 'Bruneian', fr: 'brunéien', ru: 'брунейский' },
  },
  {
    code: 'TL', en: 'Timor-Leste',
    name: {
      en: 'Timor-Leste|East Timor', vi: 'Timor-Leste|Timor Leste|Đông Timor|Đông Ti-mo', zh: '东帝汶|東帝汶',
      fr: 'Timor oriental|Timor-Leste', ru: 'Восточный Тимор|Тимор-Лешти', es: 'Timor Oriental|Timor-Leste',
      ko: '동티모르', ja: '東ティモール',
    },
    capital: { en: 'Dili', vi: 'Dili|Đi-li', zh: '帝力', ru: 'Дили' },
    demonym: { en: 'Timorese', ru: 'восточнотиморский' },
  },
  {
    code: 'MN', en: 'Mongolia',
    name: {
      en: 'Mongolia', vi: 'Mông Cổ', zh: '蒙古国|蒙古國|蒙古', fr: 'Mongolie', ru: 'Монголия', es: 'Mongolia',
      ko: '몽골', ja: 'モンゴル',
    },
    capital: { en: 'Ulaanbaatar|Ulan Bator', vi: 'Ulan Bator|Ulaanbaatar|U-lan Ba-to', zh: '乌兰巴托|烏蘭巴托', ru: 'Улан-Батор', ko: '울란바토르', ja: 'ウランバートル' },
    demonym: { en: 'Mongolian', fr: 'mongol', es: 'mongol', ru: 'монгольский', zh: '蒙方' },
    abbr: { zh: '蒙' },
  },
  {
    code: 'CA', en: 'Canada',
    name: { en: 'Canada', vi: 'Canada|Ca-na-đa', zh: '加拿大', fr: 'Canada', ru: 'Канада', es: 'Canadá', ko: '캐나다', ja: 'カナダ' },
    capital: { en: 'Ottawa', vi: 'Ottawa|Ốt-ta-oa', zh: '渥太华|渥太華', fr: 'Ottawa', ru: 'Оттава', es: 'Ottawa', ko: '오타와', ja: 'オタワ' },
    demonym: { en: 'Canadian', fr: 'canadien', es: 'canadiense', ru: 'канадский', zh: '加方' },
    abbr: { zh: '加', ja: '加' },
    combo: { fr: 'canado' },
  },
  {
    code: 'MX', en: 'Mexico',
    name: {
      en: 'Mexico|United Mexican States', vi: 'Mexico|Mê-hi-cô|Mê-xi-cô', zh: '墨西哥', fr: 'Mexique', ru: 'Мексика',
      es: 'México|Méjico|Estados Unidos Mexicanos', ko: '멕시코', ja: 'メキシコ',
    },
    capital: { en: 'Mexico City', vi: 'Mexico City|Thành phố Mexico', zh: '墨西哥城', fr: 'Mexico', ru: 'Мехико', es: 'Ciudad de México', ko: '멕시코시티', ja: 'メキシコシティ' },
    demonym: { en: 'Mexican', fr: 'mexicain', es: 'mexicano', ru: 'мексиканский', zh: '墨方' },
    abbr: { zh: '墨' },
  },
  {
    code: 'BR', en: 'Brazil',
    name: { en: 'Brazil', vi: 'Brazil|Brasil|Bra-xin', zh: '巴西', fr: 'Brésil', ru: 'Бразилия', es: 'Brasil', ko: '브라질', ja: 'ブラジル' },
    capital: { en: 'Brasília|Brasilia', vi: 'Brasília|Brasilia|Bra-xi-li-a', zh: '巴西利亚|巴西利亞', fr: 'Brasília', ru: 'Бразилиа', es: 'Brasilia', ko: '브라질리아', ja: 'ブラジリア' },
    demonym: { en: 'Brazilian', fr: 'brésilien', es: 'brasileño', ru: 'бразильский' },
  },
  {
    code: 'AR', en: 'Argentina',
    name: {
      en: 'Argentina', vi: 'Argentina|Ác-hen-ti-na|Ác-giăng-tin', zh: '阿根廷', fr: 'Argentine', ru: 'Аргентина',
      es: 'Argentina', ko: '아르헨티나', ja: 'アルゼンチン',
    },
    capital: { en: 'Buenos Aires', vi: 'Buenos Aires|Bu-ê-nốt Ai-rét', zh: '布宜诺斯艾利斯', ru: 'Буэнос-Айрес', ko: '부에노스아이레스', ja: 'ブエノスアイレス' },
    demonym: { en: 'Argentine|Argentinian', fr: 'argentin', es: 'argentino', ru: 'аргентинский' },
  },
  {
    code: 'CL', en: 'Chile',
    name: { en: 'Chile', vi: 'Chile|Chi-lê', zh: '智利', fr: 'Chili', ru: 'Чили', es: 'Chile', ko: '칠레', ja: 'チリ' },
    capital: { en: 'Santiago', vi: 'Santiago|Xan-ti-a-gô', ru: 'Сантьяго', es: 'Santiago de Chile|Santiago', ko: '산티아고', ja: 'サンティアゴ' },
    demonym: { en: 'Chilean', fr: 'chilien', es: 'chileno', ru: 'чилийский', zh: '智方' },
  },
  {
    code: 'PE', en: 'Peru',
    name: { en: 'Peru', vi: 'Peru|Pê-ru', zh: '秘鲁|秘魯', fr: 'Pérou', ru: 'Перу', es: 'Perú', ko: '페루', ja: 'ペルー' },
    capital: { en: 'Lima', vi: 'Lima|Li-ma', zh: '利马|利馬', fr: 'Lima', ru: 'Лима', es: 'Lima', ko: '리마', ja: 'リマ' },
    demonym: { en: 'Peruvian', fr: 'péruvien', es: 'peruano', ru: 'перуанский' },
  },
  {
    code: 'CU', en: 'Cuba',
    name: { en: 'Cuba|Republic of Cuba', vi: 'Cuba|Cu-ba', zh: '古巴', fr: 'Cuba', ru: 'Куба', es: 'Cuba', ko: '쿠바', ja: 'キューバ' },
    capital: { en: 'Havana', vi: 'La Habana|Havana|La Ha-ba-na|Ha-va-na', zh: '哈瓦那', fr: 'La Havane', ru: 'Гавана', es: 'La Habana', ko: '아바나', ja: 'ハバナ' },
    demonym: { en: 'Cuban', fr: 'cubain', es: 'cubano', ru: 'кубинский' },
    abbr: { zh: '古' },
  },
  {
    code: 'EU', en: 'European Union',
    name: {
      en: 'European Union|EU', vi: 'Liên minh châu Âu|Liên minh Châu Âu|Liên minh Âu châu|EU',
      zh: '欧盟|歐盟|欧洲联盟|歐洲聯盟', fr: 'Union européenne|UE', ru: 'Евросоюз|Европейский союз|ЕС',
      es: 'Unión Europea|UE', ko: '유럽연합|EU', ja: '欧州連合|EU',
    },
    demonym: { zh: '欧方|歐方' },
    abbr: { zh: '欧|歐', ja: '欧' },
  },
  // ---------------------------------------------------------------- Rest of Asia
  {
    code: 'TW', en: 'Taiwan',
    name: {
      en: 'Taiwan|Chinese Taipei', vi: 'Đài Loan', zh: '台湾|臺灣|台灣|中华台北|中華台北',
      fr: 'Taïwan|Taiwan', ru: 'Тайвань', es: 'Taiwán|Taiwan', ko: '대만|타이완', ja: '台湾',
    },
    capital: { en: 'Taipei', vi: 'Đài Bắc|Taipei', zh: '台北|臺北', fr: 'Taipei|Taïpei', ru: 'Тайбэй', es: 'Taipéi', ko: '타이베이', ja: '台北' },
    demonym: { en: 'Taiwanese', fr: 'taïwanais', es: 'taiwanés', ru: 'тайваньский' },
    abbr: { zh: '台|臺', ja: '台' },
  },
  {
    code: 'AF', en: 'Afghanistan',
    name: {
      en: 'Afghanistan|Islamic Emirate of Afghanistan', vi: 'Afghanistan|Áp-ga-ni-xtan|Ap-ga-ni-xtan|Ápganixtan',
      zh: '阿富汗', fr: 'Afghanistan', ru: 'Афганистан', es: 'Afganistán', ko: '아프가니스탄', ja: 'アフガニスタン',
    },
    capital: { en: 'Kabul', vi: 'Kabul|Ca-bun', zh: '喀布尔|喀布爾', fr: 'Kaboul', ru: 'Кабул', es: 'Kabul', ko: '카불', ja: 'カブール' },
    demonym: { en: 'Afghan', fr: 'afghan', es: 'afgano', ru: 'афганский' },
  },
  {
    code: 'PK', en: 'Pakistan',
    name: {
      en: 'Pakistan|Islamic Republic of Pakistan', vi: 'Pakistan|Pa-ki-xtan|Pakixtan', zh: '巴基斯坦',
      fr: 'Pakistan', ru: 'Пакистан', es: 'Pakistán', ko: '파키스탄', ja: 'パキスタン',
    },
    capital: { en: 'Islamabad', vi: 'Islamabad|I-xla-ma-bát', zh: '伊斯兰堡|伊斯蘭堡', fr: 'Islamabad', ru: 'Исламабад', es: 'Islamabad', ko: '이슬라마바드', ja: 'イスラマバード' },
    demonym: { en: 'Pakistani', fr: 'pakistanais', es: 'pakistaní', ru: 'пакистанский' },
  },
  {
    code: 'BD', en: 'Bangladesh',
    name: {
      en: "Bangladesh|People's Republic of Bangladesh", vi: 'Bangladesh|Băng-la-đét|Bănglađét|Băng-la-đéc',
      zh: '孟加拉国|孟加拉國|孟加拉', fr: 'Bangladesh', ru: 'Бангладеш', es: 'Bangladés|Bangladesh',
      ko: '방글라데시', ja: 'バングラデシュ',
    },
    capital: { en: 'Dhaka|Dacca', vi: 'Dhaka|Đắc-ca', zh: '达卡|達卡', fr: 'Dacca|Dhaka', ru: 'Дакка', es: 'Daca|Dhaka', ko: '다카', ja: 'ダッカ' },
    demonym: { en: 'Bangladeshi', fr: 'bangladais', es: 'bangladesí', ru: 'бангладешский', zh: '孟方' },
    abbr: { zh: '孟' },
  },
  {
    code: 'LK', en: 'Sri Lanka',
    name: {
      en: 'Sri Lanka|Democratic Socialist Republic of Sri Lanka', vi: 'Sri Lanka|Xri Lan-ca|Xri Lanca|Xri-lan-ca',
      zh: '斯里兰卡|斯里蘭卡', fr: 'Sri Lanka', ru: 'Шри-Ланка', es: 'Sri Lanka', ko: '스리랑카', ja: 'スリランカ',
    },
    capital: { en: '?Colombo|Sri Jayawardenepura Kotte', vi: 'Colombo|Cô-lôm-bô', zh: '科伦坡|可倫坡', ru: 'Коломбо', ko: '콜롬보', ja: 'コロンボ' },
    demonym: { en: 'Sri Lankan', fr: 'sri-lankais', es: 'esrilanqués|ceilanés', ru: 'шри-ланкийский' },
  },
  {
    code: 'NP', en: 'Nepal',
    name: {
      en: 'Nepal', vi: 'Nepal|Nê-pan|Nêpan', zh: '尼泊尔|尼泊爾', fr: 'Népal', ru: 'Непал', es: 'Nepal', ko: '네팔',
      ja: 'ネパール',
    },
    capital: { en: 'Kathmandu', vi: 'Kathmandu|Cát-man-đu', zh: '加德满都|加德滿都', fr: 'Katmandou', ru: 'Катманду', es: 'Katmandú', ko: '카트만두', ja: 'カトマンズ' },
    demonym: { en: 'Nepali|Nepalese', fr: 'népalais', es: 'nepalí|nepalés', ru: 'непальский' },
  },
  {
    code: 'BT', en: 'Bhutan',
    name: { en: 'Bhutan', vi: 'Bhutan|Bu-tan', zh: '不丹', fr: 'Bhoutan', ru: 'Бутан', es: 'Bután', ko: '부탄', ja: 'ブータン' },
    capital: { en: 'Thimphu', vi: 'Thimphu|Thim-phu', zh: '廷布', ru: 'Тхимпху', ko: '팀푸', ja: 'ティンプー' },
    demonym: { en: 'Bhutanese', fr: 'bhoutanais', es: 'butanés', ru: 'бутанский' },
  },
  {
    code: 'MV', en: 'Maldives',
    name: {
      en: 'Maldives|Republic of Maldives', vi: 'Maldives|Man-đi-vơ|Manđivơ', zh: '马尔代夫|馬爾地夫', fr: 'Maldives',
      ru: 'Мальдив{ы,,ам,ами,ах}|Мальдивская Республика', es: 'Maldivas', ko: '몰디브', ja: 'モルディブ',
    },
    capital: { en: 'Malé', vi: 'Malé|Ma-lê', zh: '马累|馬累', ru: 'Мале' },
    demonym: { en: 'Maldivian', fr: 'maldivien', es: 'maldivo', ru: 'мальдивский' },
  },
  {
    code: 'KZ', en: 'Kazakhstan',
    name: {
      en: 'Kazakhstan|Republic of Kazakhstan', vi: 'Kazakhstan|Ca-dắc-xtan|Cadắcxtan|Kazakstan',
      zh: '哈萨克斯坦|哈薩克斯坦|哈薩克', fr: 'Kazakhstan', ru: 'Казахстан', es: 'Kazajistán|Kazajstán',
      ko: '카자흐스탄', ja: 'カザフスタン',
    },
    capital: { en: 'Astana|Nur-Sultan', vi: 'Astana|A-xta-na', zh: '阿斯塔纳|阿斯塔納', fr: 'Astana', ru: 'Астана', es: 'Astaná|Astana', ko: '아스타나', ja: 'アスタナ' },
    demonym: { en: 'Kazakh|Kazakhstani', fr: 'kazakh|kazakhstanais', es: 'kazajo', ru: 'казахстанский|казахский', zh: '哈方' },
    abbr: { zh: '哈' },
  },
  {
    code: 'UZ', en: 'Uzbekistan',
    name: {
      en: 'Uzbekistan|Republic of Uzbekistan', vi: 'Uzbekistan|U-dơ-bê-ki-xtan|Udơbêkixtan',
      zh: '乌兹别克斯坦|烏茲別克斯坦|烏茲別克', fr: 'Ouzbékistan', ru: 'Узбекистан', es: 'Uzbekistán',
      ko: '우즈베키스탄', ja: 'ウズベキスタン',
    },
    capital: { en: 'Tashkent', vi: 'Tashkent|Ta-sken|Tát-xken', zh: '塔什干', fr: 'Tachkent', ru: 'Ташкент', es: 'Taskent', ko: '타슈켄트', ja: 'タシケント' },
    demonym: { en: 'Uzbek', fr: 'ouzbek', es: 'uzbeko', ru: 'узбекский' },
  },
  {
    code: 'KG', en: 'Kyrgyzstan',
    name: {
      en: 'Kyrgyzstan|Kyrgyz Republic|Kirghizia', vi: 'Kyrgyzstan|Cư-rơ-gư-xtan|Cưrơgưxtan|Kư-rơ-gư-xtan|Cư-rơ-gư-dơ-xtan',
      zh: '吉尔吉斯斯坦|吉爾吉斯斯坦|吉爾吉斯', fr: 'Kirghizistan|Kirghizstan', ru: 'Киргизия|Кыргызстан|Киргизстан',
      es: 'Kirguistán|Kirguizistán', ko: '키르기스스탄|키르기스', ja: 'キルギス|キルギスタン',
    },
    capital: { en: 'Bishkek', vi: 'Bishkek|Bi-skếch', zh: '比什凯克|比什凱克', fr: 'Bichkek', ru: 'Бишкек', es: 'Biskek', ko: '비슈케크', ja: 'ビシュケク' },
    demonym: { en: 'Kyrgyz', fr: 'kirghiz', es: 'kirguís', ru: 'киргизский|кыргызский' },
  },
  {
    code: 'TJ', en: 'Tajikistan',
    name: {
      en: 'Tajikistan', vi: 'Tajikistan|Tát-gi-ki-xtan|Tátgikixtan', zh: '塔吉克斯坦|塔吉克',
      fr: 'Tadjikistan', ru: 'Таджикистан', es: 'Tayikistán', ko: '타지키스탄', ja: 'タジキスタン',
    },
    capital: { en: 'Dushanbe', vi: 'Dushanbe|Đu-san-bê', zh: '杜尚别|杜尚別', fr: 'Douchanbé', ru: 'Душанбе', es: 'Dusambé', ko: '두샨베', ja: 'ドゥシャンベ' },
    demonym: { en: 'Tajik', fr: 'tadjik', es: 'tayiko', ru: 'таджикский' },
  },
  {
    code: 'TM', en: 'Turkmenistan',
    name: {
      en: 'Turkmenistan', vi: 'Turkmenistan|Tuốc-mê-ni-xtan|Tuốcmênixtan', zh: '土库曼斯坦|土庫曼斯坦|土庫曼',
      fr: 'Turkménistan', ru: 'Туркмения|Туркменистан', es: 'Turkmenistán', ko: '투르크메니스탄', ja: 'トルクメニスタン',
    },
    capital: { en: 'Ashgabat', vi: 'Ashgabat|Át-kha-bát', zh: '阿什哈巴德', fr: 'Achgabat', ru: 'Ашхабад', es: 'Asjabad', ko: '아시가바트', ja: 'アシガバート' },
    demonym: { en: 'Turkmen', fr: 'turkmène', es: 'turcomano', ru: 'туркменский' },
  },
  // ---------------------------------------------------------------- Middle East
  {
    code: 'TR', en: 'Türkiye',
    name: {
      en: 'Türkiye|Turkiye|Turkey|Republic of Türkiye', vi: 'Thổ Nhĩ Kỳ|Thổ Nhĩ Kì|Türkiye', zh: '土耳其',
      fr: 'Turquie|Türkiye', ru: 'Турция', es: 'Turquía|Türkiye', ko: '튀르키예|터키', ja: 'トルコ|テュルキエ',
    },
    capital: { en: 'Ankara', vi: 'Ankara|An-ca-ra', zh: '安卡拉', fr: 'Ankara', ru: 'Анкара', es: 'Ankara', ko: '앙카라', ja: 'アンカラ' },
    demonym: { en: 'Turkish', fr: 'tur{c,cs,que,ques}', es: 'turco', ru: 'турецкий' },
    abbr: { zh: '土', vi: 'Thổ' },
    combo: { en: 'Turco', fr: 'turco', es: 'turco' },
  },
  {
    code: 'SA', en: 'Saudi Arabia',
    name: {
      en: 'Saudi Arabia|Kingdom of Saudi Arabia|KSA',
      vi: 'Ả-rập Xê-út|Ả Rập Xê Út|Ả Rập Xê-út|Arab Saudi|Ả Rập Saudi|Saudi Arabia|A-rập Xê-út',
      zh: '沙特阿拉伯|沙烏地阿拉伯|沙特|沙國', fr: 'Arabie saoudite|Arabie Saoudite', ru: 'Саудовская Аравия',
      es: 'Arabia Saudita|Arabia Saudí', ko: '사우디아라비아|사우디', ja: 'サウジアラビア|サウジ',
    },
    capital: { en: 'Riyadh', vi: 'Riyadh|Ri-át', zh: '利雅得', fr: 'Riyad', ru: 'Эр-Рияд', es: 'Riad', ko: '리야드', ja: 'リヤド' },
    demonym: { en: 'Saudi', fr: 'saoudien', es: 'saudí|saudita', ru: 'саудовский', zh: '沙方' },
  },
  {
    code: 'AE', en: 'United Arab Emirates',
    name: {
      en: 'United Arab Emirates|UAE|U.A.E.',
      vi: 'Các Tiểu vương quốc Ả-rập Thống nhất|Các Tiểu vương quốc Ả Rập Thống nhất|Tiểu vương quốc Ả-rập Thống nhất|Tiểu vương quốc Ả Rập Thống nhất|Các Tiểu vương quốc Arab Thống nhất|UAE',
      zh: '阿联酋|阿聯酋|阿拉伯联合酋长国|阿拉伯聯合酋長國|阿拉伯聯合大公國', fr: 'Émirats arabes unis|Emirats arabes unis|EAU',
      ru: 'ОАЭ|Объединённы{е,х,м,ми} Арабски{е,х,м,ми} Эмират{ы,ов,ам,ами,ах}|Объединенны{е,х,м,ми} Арабски{е,х,м,ми} Эмират{ы,ов,ам,ами,ах}',
      es: 'Emiratos Árabes Unidos|EAU', ko: '아랍에미리트|아랍 에미리트|UAE', ja: 'アラブ首長国連邦|UAE',
    },
    capital: { en: 'Abu Dhabi', vi: 'Abu Dhabi|A-bu Đa-bi', zh: '阿布扎比|阿布達比', fr: 'Abou Dabi|Abu Dhabi', ru: 'Абу-Даби', es: 'Abu Dabi', ko: '아부다비', ja: 'アブダビ' },
    demonym: { en: 'Emirati', fr: 'émirien', es: 'emiratí', ru: 'эмиратский' },
  },
  {
    code: 'QA', en: 'Qatar',
    name: { en: 'Qatar|State of Qatar', vi: 'Qatar|Ca-ta|Cata', zh: '卡塔尔|卡塔爾|卡達', fr: 'Qatar', ru: 'Катар', es: 'Catar|Qatar', ko: '카타르', ja: 'カタール' },
    capital: { en: 'Doha', vi: 'Doha|Đô-ha', zh: '多哈', fr: 'Doha', ru: 'Доха', es: 'Doha', ko: '도하', ja: 'ドーハ' },
    demonym: { en: 'Qatari', fr: 'qatari|qatarien', es: 'catarí', ru: 'катарский' },
  },
  {
    code: 'KW', en: 'Kuwait',
    name: { en: 'Kuwait|State of Kuwait', vi: 'Kuwait|Cô-oét|Côoét', zh: '科威特', fr: 'Koweït|Koweit', ru: 'Кувейт', es: 'Kuwait', ko: '쿠웨이트', ja: 'クウェート' },
    capital: { en: 'Kuwait City', vi: 'Thành phố Kuwait|Thành phố Cô-oét', zh: '科威特城', fr: 'Koweït City', ru: 'Эль-Кувейт', es: 'Ciudad de Kuwait', ja: 'クウェート市' },
    demonym: { en: 'Kuwaiti', fr: 'koweïtien', es: 'kuwaití', ru: 'кувейтский' },
  },
  {
    code: 'BH', en: 'Bahrain',
    name: {
      en: 'Bahrain|Kingdom of Bahrain', vi: 'Bahrain|Ba-ranh|Ba-rên|Barên', zh: '巴林', fr: 'Bahreïn|Bahrein', ru: 'Бахрейн',
      es: 'Baréin|Bahréin|Bahrein', ko: '바레인', ja: 'バーレーン',
    },
    capital: { en: 'Manama', vi: 'Manama|Ma-na-ma', zh: '麦纳麦|麥納瑪', fr: 'Manama', ru: 'Манама', es: 'Manama', ko: '마나마', ja: 'マナーマ' },
    demonym: { en: 'Bahraini', fr: 'bahreïni|bahreïnien', es: 'bareiní|bahreiní', ru: 'бахрейнский' },
  },
  {
    code: 'OM', en: 'Oman',
    name: { en: 'Oman|Sultanate of Oman', vi: 'Oman|Ô-man|Ôman', zh: '阿曼', fr: 'Oman', ru: 'Оман', es: 'Omán', ko: '오만', ja: 'オマーン' },
    capital: { en: 'Muscat', vi: 'Muscat|Mát-xcát|Mát-cát', zh: '马斯喀特|馬斯開特', fr: 'Mascate', ru: 'Маскат', es: 'Mascate', ko: '무스카트', ja: 'マスカット' },
    demonym: { en: 'Omani', fr: 'omanais', es: 'omaní', ru: 'оманский' },
  },
  {
    code: 'YE', en: 'Yemen',
    name: { en: 'Yemen|Republic of Yemen', vi: 'Yemen|Y-ê-men|Yêmen|Y-ê-mên', zh: '也门|也門|葉門', fr: 'Yémen|Yemen', ru: 'Йемен', es: 'Yemen', ko: '예멘', ja: 'イエメン' },
    capital: { en: "Sanaa|Sana'a|Aden", vi: "Sanaa|Sana'a|Xa-na", zh: '萨那|薩那', fr: 'Sanaa', ru: 'Сана', es: 'Saná', ja: 'サヌア' },
    demonym: { en: 'Yemeni', fr: 'yéménite', es: 'yemení', ru: 'йеменский' },
  },
  {
    code: 'IR', en: 'Iran',
    name: {
      en: 'Iran|Islamic Republic of Iran', vi: 'Iran|I-ran|Cộng hòa Hồi giáo Iran', zh: '伊朗|伊朗伊斯兰共和国|伊朗伊斯蘭共和國',
      fr: "Iran|République islamique d'Iran", ru: 'Иран|Исламск{ая,ой,ую} Республик{а,и,е,у,ой} Иран', es: 'Irán|República Islámica de Irán',
      ko: '이란', ja: 'イラン',
    },
    capital: { en: 'Tehran|Teheran', vi: 'Tehran|Tê-hê-ran|Têhêran', zh: '德黑兰|德黑蘭', fr: 'Téhéran', ru: 'Тегеран', es: 'Teherán', ko: '테헤란', ja: 'テヘラン' },
    demonym: { en: 'Iranian', fr: 'iranien', es: 'iraní', ru: 'иранский', zh: '伊方' },
    abbr: { zh: '伊' },
    combo: { fr: 'irano', es: 'irano' },
  },
  {
    code: 'IQ', en: 'Iraq',
    name: { en: 'Iraq|Republic of Iraq', vi: 'Iraq|I-rắc|Irắc', zh: '伊拉克', fr: 'Irak|Iraq', ru: 'Ирак', es: 'Irak|Iraq', ko: '이라크', ja: 'イラク' },
    capital: { en: 'Baghdad', vi: 'Baghdad|Bát-đa', zh: '巴格达|巴格達', fr: 'Bagdad', ru: 'Багдад', es: 'Bagdad', ko: '바그다드', ja: 'バグダッド' },
    demonym: { en: 'Iraqi', fr: 'irakien', es: 'iraquí', ru: 'иракский' },
  },
  {
    code: 'SY', en: 'Syria',
    name: {
      en: 'Syria|Syrian Arab Republic', vi: 'Syria|Xy-ri|Xi-ri|Xyri', zh: '叙利亚|敘利亞', fr: 'Syrie', ru: 'Сирия',
      es: 'Siria', ko: '시리아', ja: 'シリア',
    },
    capital: { en: 'Damascus', vi: 'Damascus|Đa-mát', zh: '大马士革|大馬士革', fr: 'Damas', ru: 'Дамаск', es: 'Damasco', ko: '다마스쿠스', ja: 'ダマスカス' },
    demonym: { en: 'Syrian', fr: 'syrien', es: 'sirio', ru: 'сирийский' },
  },
  {
    code: 'LB', en: 'Lebanon',
    name: { en: 'Lebanon', vi: 'Liban|Li-băng|Libăng|Lebanon', zh: '黎巴嫩', fr: 'Liban', ru: 'Ливан', es: 'Líbano', ko: '레바논', ja: 'レバノン' },
    capital: { en: 'Beirut', vi: 'Beirut|Bây-rút|Bâyrút', zh: '贝鲁特|貝魯特', fr: 'Beyrouth', ru: 'Бейрут', es: 'Beirut', ko: '베이루트', ja: 'ベイルート' },
    demonym: { en: 'Lebanese', fr: 'libanais', es: 'libanés', ru: 'ливанский' },
  },
  {
    code: 'JO', en: 'Jordan',
    name: {
      en: '?Jordan|Hashemite Kingdom of Jordan', vi: '?Jordan|Gioóc-đa-ni|Gioócđani|Gioóc-đan', zh: '约旦|約旦', fr: 'Jordanie',
      ru: 'Иордания', es: 'Jordania', ko: '요르단', ja: 'ヨルダン',
    },
    capital: { en: 'Amman', vi: 'Amman|Am-man', zh: '安曼', fr: 'Amman', ru: 'Амман', es: 'Amán', ja: 'アンマン' },
    demonym: { en: 'Jordanian', fr: 'jordanien', es: 'jordano', ru: 'иорданский' },
  },
  {
    code: 'IL', en: 'Israel',
    name: {
      en: 'Israel|State of Israel', vi: 'Israel|Ix-ra-en|Ixraen|Nhà nước Israel', zh: '以色列', fr: 'Israël|Israel',
      ru: 'Израиль', es: 'Israel', ko: '이스라엘', ja: 'イスラエル',
    },
    capital: {
      en: 'Jerusalem|Tel Aviv', vi: 'Jerusalem|Giê-ru-xa-lem|Tel Aviv|Ten A-víp', zh: '耶路撒冷|特拉维夫|特拉維夫',
      fr: 'Jérusalem|Tel-Aviv|Tel Aviv', ru: 'Иерусалим|Тель-Авив', es: 'Jerusalén|Tel Aviv', ko: '예루살렘|텔아비브',
      ja: 'エルサレム|テルアビブ',
    },
    demonym: { en: 'Israeli', fr: 'israélien', es: 'israelí', ru: 'израильский', zh: '以方' },
    combo: { fr: 'israélo', es: 'israelo' },
  },
  {
    code: 'PS', en: 'Palestine',
    name: {
      en: 'Palestine|State of Palestine|Palestinian territories', vi: 'Palestine|Pa-le-xtin|Palextin|Nhà nước Palestine',
      zh: '巴勒斯坦|巴勒斯坦国|巴勒斯坦國', fr: 'Palestine|État de Palestine', ru: 'Палестина|Государств{о,а,у,ом,е} Палестина',
      es: 'Palestina|Estado de Palestina', ko: '팔레스타인', ja: 'パレスチナ',
    },
    capital: { en: 'Ramallah|East Jerusalem', vi: 'Ramallah|Ra-ma-la|Đông Jerusalem', zh: '拉姆安拉|东耶路撒冷|東耶路撒冷', fr: 'Ramallah', ru: 'Рамалла', es: 'Ramala', ko: '라말라', ja: 'ラマッラ' },
    demonym: { en: 'Palestinian', fr: 'palestinien', es: 'palestino', ru: 'палестинский' },
  },
  // ---------------------------------------------------------------- Western and Northern Europe
  {
    code: 'NL', en: 'Netherlands',
    name: {
      en: 'Netherlands|Kingdom of the Netherlands|?Holland', vi: 'Hà Lan|Vương quốc Hà Lan', zh: '荷兰|荷蘭',
      fr: 'Pays-Bas|Hollande', ru: 'Нидерланд{ы,ов,ам,ами,ах}|Голландия', es: 'Países Bajos|Holanda', ko: '네덜란드|화란',
      ja: 'オランダ',
    },
    capital: {
      en: 'Amsterdam|The Hague', vi: 'Amsterdam|Am-xtéc-đam|La Hay', zh: '阿姆斯特丹|海牙', fr: 'Amsterdam|La Haye',
      ru: 'Амстердам|Гаага', es: 'Ámsterdam|La Haya', ko: '암스테르담|헤이그', ja: 'アムステルダム|ハーグ',
    },
    demonym: { en: 'Dutch', fr: 'néerlandais|hollandais', es: 'neerlandés|holandés', ru: 'нидерландский|голландский', zh: '荷方' },
    abbr: { zh: '荷', ja: '蘭' },
  },
  {
    code: 'BE', en: 'Belgium',
    name: {
      en: 'Belgium|Kingdom of Belgium', vi: 'Bỉ|Vương quốc Bỉ', zh: '比利时|比利時', fr: 'Belgique', ru: 'Бельгия',
      es: 'Bélgica', ko: '벨기에', ja: 'ベルギー',
    },
    capital: { en: 'Brussels', vi: 'Brussels|Bruxelles|Brúc-xen', zh: '布鲁塞尔|布魯塞爾', fr: 'Bruxelles', ru: 'Брюссель', es: 'Bruselas', ko: '브뤼셀', ja: 'ブリュッセル' },
    demonym: { en: 'Belgian', fr: 'belge', es: 'belga', ru: 'бельгийский' },
    combo: { fr: 'belgo', es: 'belgo' },
  },
  {
    code: 'LU', en: 'Luxembourg',
    name: {
      en: 'Luxembourg|Grand Duchy of Luxembourg', vi: 'Luxembourg|Lúc-xăm-bua|Lúcxămbua|Lúc-xem-bua|Đại Công quốc Luxembourg',
      zh: '卢森堡|盧森堡', fr: 'Luxembourg', ru: 'Люксембург', es: 'Luxemburgo', ko: '룩셈부르크', ja: 'ルクセンブルク',
    },
    capital: { en: 'Luxembourg City' },
    demonym: { en: 'Luxembourgish|Luxembourger', fr: 'luxembourgeois', es: 'luxemburgués', ru: 'люксембургский' },
  },
  {
    code: 'CH', en: 'Switzerland',
    name: {
      en: 'Switzerland|Swiss Confederation', vi: 'Thụy Sĩ|Thụy Sỹ|Liên bang Thụy Sĩ', zh: '瑞士', fr: 'Suisse|Confédération suisse',
      ru: 'Швейцария', es: 'Suiza', ko: '스위스', ja: 'スイス',
    },
    capital: { en: 'Bern|Berne', vi: 'Bern|Béc-nơ|Berne', zh: '伯尔尼|伯爾尼', fr: 'Berne', ru: 'Берн', es: 'Berna', ko: '베른', ja: 'ベルン' },
    demonym: { en: 'Swiss', fr: 'suisse', es: 'suizo', ru: 'швейцарский' },
  },
  {
    code: 'AT', en: 'Austria',
    name: {
      en: 'Austria|Republic of Austria', vi: 'Áo|Cộng hòa Áo', zh: '奥地利|奧地利', fr: 'Autriche', ru: 'Австрия',
      es: 'Austria', ko: '오스트리아', ja: 'オーストリア',
    },
    capital: { en: 'Vienna', vi: 'Vienna|=Viên|Wien', zh: '维也纳|維也納', fr: 'Vienne', ru: 'Вена', es: 'Viena', ko: '비엔나', ja: 'ウィーン' },
    demonym: { en: 'Austrian', fr: 'autrichien', es: 'austriaco|austríaco', ru: 'австрийский' },
    abbr: { ja: '墺' },
    combo: { en: 'Austro', fr: 'austro', es: 'austro', ru: 'австро' },
  },
  {
    code: 'IE', en: 'Ireland',
    name: {
      en: 'Ireland|Republic of Ireland', vi: 'Ireland|Ai-len|Ai-rơ-len|Ailen|Cộng hòa Ireland', zh: '爱尔兰|愛爾蘭',
      fr: 'Irlande', ru: 'Ирландия', es: 'Irlanda', ko: '아일랜드', ja: 'アイルランド',
    },
    capital: { en: 'Dublin', vi: 'Dublin|Đu-blin', zh: '都柏林', fr: 'Dublin', ru: 'Дублин', es: 'Dublín', ko: '더블린', ja: 'ダブリン' },
    demonym: { en: 'Irish', fr: 'irlandais', es: 'irlandés', ru: 'ирландский' },
  },
  {
    code: 'PT', en: 'Portugal',
    name: {
      en: 'Portugal|Portuguese Republic', vi: 'Bồ Đào Nha', zh: '葡萄牙', fr: 'Portugal', ru: 'Португалия',
      es: 'Portugal', ko: '포르투갈', ja: 'ポルトガル',
    },
    capital: { en: 'Lisbon', vi: 'Lisbon|Lisboa|Li-xbon|Lít-bon', zh: '里斯本', fr: 'Lisbonne', ru: 'Лиссабон', es: 'Lisboa', ko: '리스본', ja: 'リスボン' },
    demonym: { en: 'Portuguese', fr: 'portugais', es: 'portugués', ru: 'португальский', zh: '葡方' },
    abbr: { zh: '葡', ja: '葡' },
    combo: { en: 'Luso', fr: 'luso', es: 'luso' },
  },
  {
    code: 'GR', en: 'Greece',
    name: {
      en: 'Greece|Hellenic Republic', vi: 'Hy Lạp|Cộng hòa Hy Lạp', zh: '希腊|希臘', fr: 'Grèce', ru: 'Греция',
      es: 'Grecia', ko: '그리스', ja: 'ギリシャ|ギリシア',
    },
    capital: { en: 'Athens', vi: 'Athens|A-ten|Aten', zh: '雅典', fr: 'Athènes', ru: 'Афины', es: 'Atenas', ko: '아테네', ja: 'アテネ' },
    demonym: { en: 'Greek', fr: 'gre{c,cs,cque,cques}', es: 'griego', ru: 'греческий', zh: '希方' },
    abbr: { zh: '希', ja: '希' },
    combo: { en: 'Greco|Graeco', fr: 'gréco', es: 'greco', ru: 'греко' },
  },
  {
    code: 'CY', en: 'Cyprus',
    name: {
      en: 'Cyprus|Republic of Cyprus', vi: 'Síp|Cộng hòa Síp|Cyprus', zh: '塞浦路斯|賽普勒斯', fr: 'Chypre', ru: 'Кипр',
      es: 'Chipre', ko: '키프로스|사이프러스', ja: 'キプロス',
    },
    capital: { en: 'Nicosia', vi: 'Nicosia|Ni-cô-xi-a', zh: '尼科西亚|尼科西亞', fr: 'Nicosie', ru: 'Никосия', es: 'Nicosia', ko: '니코시아', ja: 'ニコシア' },
    demonym: { en: 'Cypriot', fr: 'chypriote|cypriote', es: 'chipriota', ru: 'кипрский' },
  },
  {
    code: 'MT', en: 'Malta',
    name: { en: 'Malta|Republic of Malta', vi: 'Malta|Man-ta', zh: '马耳他|馬爾他', fr: 'Malte', ru: 'Мальта', es: 'Malta', ko: '몰타', ja: 'マルタ' },
    capital: { en: 'Valletta', vi: 'Valletta|Va-lét-ta', zh: '瓦莱塔|瓦勒他', fr: 'La Valette', ru: 'Валлетта', es: 'La Valeta', ko: '발레타', ja: 'バレッタ' },
    demonym: { en: 'Maltese', fr: 'maltais', es: 'maltés', ru: 'мальтийский' },
  },
  {
    code: 'DK', en: 'Denmark',
    name: {
      en: 'Denmark|Kingdom of Denmark', vi: 'Đan Mạch|Vương quốc Đan Mạch', zh: '丹麦|丹麥', fr: 'Danemark', ru: 'Дания',
      es: 'Dinamarca', ko: '덴마크', ja: 'デンマーク',
    },
    capital: { en: 'Copenhagen', vi: 'Copenhagen|Cô-pen-ha-ghen|Copenhaghen', zh: '哥本哈根', fr: 'Copenhague', ru: 'Копенгаген', es: 'Copenhague', ko: '코펜하겐', ja: 'コペンハーゲン' },
    demonym: { en: 'Danish', fr: 'danois', es: 'danés', ru: 'датский' },
    abbr: { zh: '丹', ja: '丁' },
  },
  {
    code: 'SE', en: 'Sweden',
    name: {
      en: 'Sweden|Kingdom of Sweden', vi: 'Thụy Điển|Vương quốc Thụy Điển', zh: '瑞典', fr: 'Suède', ru: 'Швеция',
      es: 'Suecia', ko: '스웨덴', ja: 'スウェーデン',
    },
    capital: { en: 'Stockholm', vi: 'Stockholm|Xtốc-khôm|Xtốckhôm', zh: '斯德哥尔摩|斯德哥爾摩', fr: 'Stockholm', ru: 'Стокгольм', es: 'Estocolmo', ko: '스톡홀름', ja: 'ストックホルム' },
    demonym: { en: 'Swedish', fr: 'suédois', es: 'sueco', ru: 'шведский' },
  },
  {
    code: 'NO', en: 'Norway',
    name: {
      en: 'Norway|Kingdom of Norway', vi: 'Na Uy|Vương quốc Na Uy', zh: '挪威', fr: 'Norvège', ru: 'Норвегия',
      es: 'Noruega', ko: '노르웨이', ja: 'ノルウェー',
    },
    capital: { en: 'Oslo', vi: 'Oslo|Ô-xlô', zh: '奥斯陆|奧斯陸', fr: 'Oslo', ru: 'Осло', es: 'Oslo', ko: '오슬로', ja: 'オスロ' },
    demonym: { en: 'Norwegian', fr: 'norvégien', es: 'noruego', ru: 'норвежский' },
    abbr: { zh: '挪', ja: '諾' },
  },
  {
    code: 'FI', en: 'Finland',
    name: {
      en: 'Finland|Republic of Finland', vi: 'Phần Lan|Cộng hòa Phần Lan', zh: '芬兰|芬蘭', fr: 'Finlande', ru: 'Финляндия',
      es: 'Finlandia', ko: '핀란드', ja: 'フィンランド',
    },
    capital: { en: 'Helsinki', vi: 'Helsinki|Hen-xin-ki', zh: '赫尔辛基|赫爾辛基', fr: 'Helsinki', ru: 'Хельсинки', es: 'Helsinki', ko: '헬싱키', ja: 'ヘルシンキ' },
    demonym: { en: 'Finnish', fr: 'finlandais', es: 'finlandés', ru: 'финляндский|финский' },
    abbr: { zh: '芬', ja: '芬' },
  },
  {
    code: 'IS', en: 'Iceland',
    name: {
      en: 'Iceland', vi: 'Iceland|Ai-xơ-len|Aixơlen|Băng Đảo', zh: '冰岛|冰島', fr: 'Islande', ru: 'Исландия',
      es: 'Islandia', ko: '아이슬란드', ja: 'アイスランド',
    },
    capital: { en: 'Reykjavík|Reykjavik', vi: 'Reykjavik|Rây-ki-a-vích', zh: '雷克雅未克|雷克雅維克', fr: 'Reykjavik', ru: 'Рейкьявик', es: 'Reikiavik', ko: '레이캬비크', ja: 'レイキャビク' },
    demonym: { en: 'Icelandic', fr: 'islandais', es: 'islandés', ru: 'исландский' },
  },
  // ---------------------------------------------------------------- Central, Eastern and South-Eastern Europe
  {
    code: 'PL', en: 'Poland',
    name: {
      en: 'Poland|Republic of Poland', vi: 'Ba Lan|Cộng hòa Ba Lan', zh: '波兰|波蘭', fr: 'Pologne', ru: 'Польша',
      es: 'Polonia', ko: '폴란드', ja: 'ポーランド',
    },
    capital: { en: 'Warsaw', vi: 'Warsaw|Vác-sa-va|Vácsava|Warszawa', zh: '华沙|華沙', fr: 'Varsovie', ru: 'Варшава', es: 'Varsovia', ko: '바르샤바', ja: 'ワルシャワ' },
    demonym: { en: 'Polish', fr: 'polonais', es: 'polaco', ru: 'польский', zh: '波方' },
    abbr: { zh: '波', ja: '波' },
    combo: { fr: 'polono' },
  },
  {
    code: 'CZ', en: 'Czechia',
    name: {
      en: 'Czechia|Czech Republic', vi: 'Séc|Cộng hòa Séc|CH Séc', zh: '捷克|捷克共和国|捷克共和國', fr: 'Tchéquie|République tchèque',
      ru: 'Чехия|Чешская Республика', es: 'Chequia|República Checa', ko: '체코', ja: 'チェコ',
    },
    capital: { en: 'Prague', vi: 'Praha|Prague|Pra-ha', zh: '布拉格', fr: 'Prague', ru: 'Прага', es: 'Praga', ko: '프라하', ja: 'プラハ' },
    demonym: { en: 'Czech', fr: 'tchèque', es: 'checo', ru: 'чешский', zh: '捷方' },
    abbr: { zh: '捷' },
    combo: { en: 'Czecho', fr: 'tchéco', es: 'checo' },
  },
  {
    code: 'SK', en: 'Slovakia',
    name: {
      en: 'Slovakia|Slovak Republic', vi: 'Slovakia|Xlô-va-ki-a|Xlôvakia|Cộng hòa Slovakia', zh: '斯洛伐克',
      fr: 'Slovaquie', ru: 'Словакия', es: 'Eslovaquia', ko: '슬로바키아', ja: 'スロバキア|スロヴァキア',
    },
    capital: { en: 'Bratislava', vi: 'Bratislava|Bra-ti-xla-va', zh: '布拉迪斯拉发|布拉提斯拉瓦', fr: 'Bratislava', ru: 'Братислава', es: 'Bratislava', ko: '브라티슬라바', ja: 'ブラチスラバ' },
    demonym: { en: 'Slovak', fr: 'slovaque', es: 'eslovaco', ru: 'словацкий' },
  },
  {
    code: 'HU', en: 'Hungary',
    name: {
      en: 'Hungary', vi: 'Hungary|Hung-ga-ri|Hunggari|Hung-ga-ry', zh: '匈牙利', fr: 'Hongrie', ru: 'Венгрия',
      es: 'Hungría', ko: '헝가리', ja: 'ハンガリー',
    },
    capital: { en: 'Budapest', vi: 'Budapest|Bu-đa-pét|Buđapét', zh: '布达佩斯|布達佩斯', fr: 'Budapest', ru: 'Будапешт', es: 'Budapest', ko: '부다페스트', ja: 'ブダペスト' },
    demonym: { en: 'Hungarian', fr: 'hongrois', es: 'húngaro', ru: 'венгерский', zh: '匈方' },
    abbr: { zh: '匈', ja: '洪', vi: 'Hung' },
    combo: { fr: 'hungaro', es: 'húngaro' },
  },
  {
    code: 'RO', en: 'Romania',
    name: {
      en: 'Romania', vi: 'Romania|Ru-ma-ni|Rumani|Ru-ma-ni-a|Rumania', zh: '罗马尼亚|羅馬尼亞', fr: 'Roumanie',
      ru: 'Румыния', es: 'Rumania|Rumanía', ko: '루마니아', ja: 'ルーマニア',
    },
    capital: { en: 'Bucharest', vi: 'Bucharest|Bucarest|Bu-ca-rét', zh: '布加勒斯特', fr: 'Bucarest', ru: 'Бухарест', es: 'Bucarest', ko: '부쿠레슈티', ja: 'ブカレスト' },
    demonym: { en: 'Romanian', fr: 'roumain', es: 'rumano', ru: 'румынский' },
    abbr: { zh: '罗|羅' },
  },
  {
    code: 'BG', en: 'Bulgaria',
    name: {
      en: 'Bulgaria|Republic of Bulgaria', vi: 'Bulgaria|Bun-ga-ri|Bungari|Bun-ga-ri-a', zh: '保加利亚|保加利亞',
      fr: 'Bulgarie', ru: 'Болгария', es: 'Bulgaria', ko: '불가리아', ja: 'ブルガリア',
    },
    capital: { en: '?Sofia', vi: '?Sofia|Xô-phi-a', zh: '索非亚|索菲亞', fr: '?Sofia', ru: '?София', es: '?Sofía', ko: '소피아', ja: 'ソフィア' },
    demonym: { en: 'Bulgarian', fr: 'bulgare', es: 'búlgaro', ru: 'болгарский' },
  },
  {
    code: 'SI', en: 'Slovenia',
    name: {
      en: 'Slovenia', vi: 'Slovenia|Xlô-ven-ni-a|Xlô-vê-ni-a|Xlôvênia', zh: '斯洛文尼亚|斯洛維尼亞', fr: 'Slovénie',
      ru: 'Словения', es: 'Eslovenia', ko: '슬로베니아', ja: 'スロベニア|スロヴェニア',
    },
    capital: { en: 'Ljubljana', vi: 'Ljubljana|Li-u-bli-a-na', zh: '卢布尔雅那|盧比安納', fr: 'Ljubljana', ru: 'Любляна', es: 'Liubliana', ko: '류블랴나', ja: 'リュブリャナ' },
    demonym: { en: 'Slovenian|Slovene', fr: 'slovène', es: 'esloveno', ru: 'словенский' },
  },
  {
    code: 'HR', en: 'Croatia',
    name: {
      en: 'Croatia|Republic of Croatia', vi: 'Croatia|Crô-a-ti-a|Crôatia|Crô-a-xi-a', zh: '克罗地亚|克羅地亞|克羅埃西亞',
      fr: 'Croatie', ru: 'Хорватия', es: 'Croacia', ko: '크로아티아', ja: 'クロアチア',
    },
    capital: { en: 'Zagreb', vi: 'Zagreb|Da-grép', zh: '萨格勒布|薩格勒布', fr: 'Zagreb', ru: 'Загреб', es: 'Zagreb', ko: '자그레브', ja: 'ザグレブ' },
    demonym: { en: 'Croatian', fr: 'croate', es: 'croata', ru: 'хорватский' },
  },
  {
    code: 'RS', en: 'Serbia',
    name: {
      en: 'Serbia|Republic of Serbia', vi: 'Serbia|Xéc-bi-a|Xécbia|Xéc-bi', zh: '塞尔维亚|塞爾維亞', fr: 'Serbie',
      ru: 'Сербия', es: 'Serbia', ko: '세르비아', ja: 'セルビア',
    },
    capital: { en: 'Belgrade', vi: 'Belgrade|Beograd|Bê-ô-grát', zh: '贝尔格莱德|貝爾格勒', fr: 'Belgrade', ru: 'Белград', es: 'Belgrado', ko: '베오그라드', ja: 'ベオグラード' },
    demonym: { en: 'Serbian|Serb', fr: 'serbe', es: 'serbio', ru: 'сербский', zh: '塞方' },
    abbr: { zh: '塞' },
  },
  {
    code: 'BA', en: 'Bosnia and Herzegovina',
    name: {
      en: 'Bosnia and Herzegovina|Bosnia-Herzegovina|Bosnia', vi: 'Bosnia và Herzegovina|Bô-xni-a Héc-dê-gô-vi-na|Bosnia-Herzegovina|Bosnia',
      zh: '波斯尼亚和黑塞哥维那|波士尼亞與赫塞哥維納|波黑', fr: 'Bosnie-Herzégovine|Bosnie',
      ru: 'Босни{я,и,ю,ей} и Герцеговин{а,ы,е,у,ой}|БиГ|Босния', es: 'Bosnia y Herzegovina|Bosnia-Herzegovina|Bosnia',
      ko: '보스니아 헤르체고비나|보스니아헤르체고비나|보스니아', ja: 'ボスニア・ヘルツェゴビナ|ボスニアヘルツェゴビナ|ボスニア',
    },
    capital: { en: 'Sarajevo', vi: 'Sarajevo|Xa-ra-ê-vô', zh: '萨拉热窝|塞拉耶佛', fr: 'Sarajevo', ru: 'Сараево', es: 'Sarajevo', ko: '사라예보', ja: 'サラエボ' },
    demonym: { en: 'Bosnian', fr: 'bosnien', es: 'bosnio', ru: 'боснийский' },
  },
  {
    code: 'ME', en: 'Montenegro',
    name: {
      en: 'Montenegro', vi: 'Montenegro|Môn-tê-nê-grô|Mông-tê-nê-grô', zh: '黑山|蒙特内哥罗|蒙特內哥羅', fr: 'Monténégro',
      ru: 'Черногория', es: 'Montenegro', ko: '몬테네그로', ja: 'モンテネグロ',
    },
    capital: { en: 'Podgorica', vi: 'Podgorica|Pốt-gô-ri-xa', zh: '波德戈里察|波德里察', fr: 'Podgorica', ru: 'Подгорица', es: 'Podgorica', ko: '포드고리차', ja: 'ポドゴリツァ' },
    demonym: { en: 'Montenegrin', fr: 'monténégrin', es: 'montenegrino', ru: 'черногорский' },
  },
  {
    code: 'MK', en: 'North Macedonia',
    name: {
      en: 'North Macedonia|Republic of North Macedonia|Macedonia', vi: 'Bắc Macedonia|Bắc Ma-xê-đô-ni-a|Macedonia|Ma-xê-đô-ni-a',
      zh: '北马其顿|北馬其頓|马其顿|馬其頓', fr: 'Macédoine du Nord|Macédoine', ru: 'Северная Македония|Македония',
      es: 'Macedonia del Norte|Macedonia', ko: '북마케도니아|마케도니아', ja: '北マケドニア|マケドニア',
    },
    capital: { en: 'Skopje', vi: 'Skopje|Xcốp-pi-e', zh: '斯科普里|史高比耶', fr: 'Skopje', ru: 'Скопье', es: 'Skopie', ko: '스코페', ja: 'スコピエ' },
    demonym: { en: 'North Macedonian|Macedonian', fr: 'macédonien', es: 'macedonio', ru: 'северомакедонский|македонский' },
  },
  {
    code: 'AL', en: 'Albania',
    name: {
      en: 'Albania|Republic of Albania', vi: 'Albania|An-ba-ni|Anbani|An-ba-ni-a', zh: '阿尔巴尼亚|阿爾巴尼亞', fr: 'Albanie',
      ru: 'Албания', es: 'Albania', ko: '알바니아', ja: 'アルバニア',
    },
    capital: { en: 'Tirana|Tirane', vi: 'Tirana|Ti-ra-na', zh: '地拉那', fr: 'Tirana', ru: 'Тирана', es: 'Tirana', ko: '티라나', ja: 'ティラナ' },
    demonym: { en: 'Albanian', fr: 'albanais', es: 'albanés', ru: 'албанский' },
  },
  {
    code: 'XK', en: 'Kosovo',
    name: {
      en: 'Kosovo|Republic of Kosovo', vi: 'Kosovo|Cô-xô-vô|Côxôvô', zh: '科索沃', fr: 'Kosovo', ru: 'Косово',
      es: 'Kosovo', ko: '코소보', ja: 'コソボ',
    },
    capital: { en: 'Pristina|Prishtina', vi: 'Pristina|Pri-xti-na', zh: '普里什蒂纳|普里斯提納', fr: 'Pristina', ru: 'Приштина', es: 'Pristina', ko: '프리슈티나', ja: 'プリシュティナ' },
    demonym: { en: 'Kosovar|Kosovan', fr: 'kosovar', es: 'kosovar', ru: 'косовский' },
  },
  {
    code: 'MD', en: 'Moldova',
    name: {
      en: 'Moldova|Republic of Moldova|Moldavia', vi: 'Moldova|Môn-đô-va|Mônđôva|Mol-đô-va', zh: '摩尔多瓦|摩爾多瓦',
      fr: 'Moldavie|Moldova', ru: 'Молдавия|Молдова', es: 'Moldavia|Moldova', ko: '몰도바', ja: 'モルドバ|モルドヴァ',
    },
    capital: { en: 'Chișinău|Chisinau|Kishinev', vi: 'Chisinau|Ki-si-nhốp|Ki-si-nhép', zh: '基希讷乌|基希涅夫', fr: 'Chișinău|Chisinau', ru: 'Кишинёв|Кишинев', es: 'Chisináu', ko: '키시너우', ja: 'キシナウ' },
    demonym: { en: 'Moldovan', fr: 'moldave', es: 'moldavo', ru: 'молдавский|молдовский' },
  },
  // ---------------------------------------------------------------- Baltics, Eastern Europe, Caucasus, European microstates
  {
    code: 'EE', en: 'Estonia',
    name: {
      en: 'Estonia|Republic of Estonia', vi: 'Estonia|E-xtô-ni-a|Extônia|Ét-xtô-ni-a', zh: '爱沙尼亚|愛沙尼亞', fr: 'Estonie',
      ru: 'Эстония', es: 'Estonia', ko: '에스토니아', ja: 'エストニア',
    },
    capital: { en: 'Tallinn', vi: 'Tallinn|Ta-lin', zh: '塔林', fr: 'Tallinn', ru: 'Таллин|Таллинн', es: 'Tallin', ko: '탈린', ja: 'タリン' },
    demonym: { en: 'Estonian', fr: 'estonien', es: 'estonio', ru: 'эстонский' },
  },
  {
    code: 'LV', en: 'Latvia',
    name: {
      en: 'Latvia|Republic of Latvia', vi: 'Latvia|Lát-vi-a|Látvia', zh: '拉脱维亚|拉脫維亞', fr: 'Lettonie', ru: 'Латвия',
      es: 'Letonia', ko: '라트비아', ja: 'ラトビア|ラトヴィア',
    },
    capital: { en: 'Riga', vi: 'Riga|Ri-ga', zh: '里加', fr: 'Riga', ru: 'Рига', es: 'Riga', ja: 'リガ' },
    demonym: { en: 'Latvian', fr: 'letton', es: 'letón', ru: 'латвийский' },
  },
  {
    code: 'LT', en: 'Lithuania',
    name: {
      en: 'Lithuania|Republic of Lithuania', vi: 'Litva|Lít-va|Lithuania|Lit-va', zh: '立陶宛', fr: 'Lituanie', ru: 'Литва',
      es: 'Lituania', ko: '리투아니아', ja: 'リトアニア',
    },
    capital: { en: 'Vilnius', vi: 'Vilnius|Vin-ni-út', zh: '维尔纽斯|維爾紐斯', fr: 'Vilnius', ru: 'Вильнюс', es: 'Vilna', ko: '빌뉴스', ja: 'ビリニュス' },
    demonym: { en: 'Lithuanian', fr: 'lituanien', es: 'lituano', ru: 'литовский' },
  },
  {
    code: 'UA', en: 'Ukraine',
    name: {
      en: 'Ukraine', vi: 'Ukraine|U-crai-na|Ucraina|U-cra-i-na', zh: '乌克兰|烏克蘭', fr: 'Ukraine', ru: 'Украина',
      es: 'Ucrania', ko: '우크라이나', ja: 'ウクライナ',
    },
    capital: { en: 'Kyiv|Kiev', vi: 'Kiev|Kyiv|Ki-ép|Ki-ev', zh: '基辅|基輔', fr: 'Kiev|Kyiv', ru: 'Киев', es: 'Kiev', ko: '키이우|키예프', ja: 'キーウ|キエフ' },
    demonym: { en: 'Ukrainian', fr: 'ukrainien', es: 'ucraniano', ru: 'украинский', zh: '乌方|烏方' },
    abbr: { zh: '乌|烏', ja: '宇' },
  },
  {
    code: 'BY', en: 'Belarus',
    name: {
      en: 'Belarus|Republic of Belarus|Byelorussia', vi: 'Belarus|Bê-la-rút|Bêlarút|Bê-la-rút-xi-a|Belarút',
      zh: '白俄罗斯|白俄羅斯', fr: 'Biélorussie|Bélarus', ru: 'Белоруссия|Беларусь|Республик{а,и,е,у,ой} Беларусь',
      es: 'Bielorrusia', ko: '벨라루스', ja: 'ベラルーシ',
    },
    capital: { en: 'Minsk', vi: 'Minsk|Min-xcơ', zh: '明斯克', fr: 'Minsk', ru: 'Минск', es: 'Minsk', ko: '민스크', ja: 'ミンスク' },
    demonym: { en: 'Belarusian', fr: 'biélorusse', es: 'bielorruso', ru: 'белорусский' },
  },
  {
    code: 'GE', en: 'Georgia',
    name: {
      en: '?Georgia', vi: 'Gruzia|Gru-di-a|Grudia|?Georgia', zh: '格鲁吉亚|格魯吉亞|喬治亞', fr: 'Géorgie', ru: 'Грузия',
      es: '?Georgia', ko: '조지아|그루지야', ja: 'ジョージア|グルジア',
    },
    capital: { en: 'Tbilisi', vi: 'Tbilisi|Tbi-li-xi', zh: '第比利斯', fr: 'Tbilissi', ru: 'Тбилиси', es: 'Tiflis|Tbilisi', ko: '트빌리시', ja: 'トビリシ' },
    demonym: { en: 'Georgian', fr: 'géorgien', es: 'georgiano', ru: 'грузинский' },
  },
  {
    code: 'AM', en: 'Armenia',
    name: {
      en: 'Armenia|Republic of Armenia', vi: 'Armenia|Ác-mê-ni-a|Ácmênia|Ác-mê-ni', zh: '亚美尼亚|亞美尼亞', fr: 'Arménie',
      ru: 'Армения', es: 'Armenia', ko: '아르메니아', ja: 'アルメニア',
    },
    capital: { en: 'Yerevan', vi: 'Yerevan|Ê-rê-van', zh: '埃里温|葉里溫', fr: 'Erevan', ru: 'Ереван', es: 'Ereván', ko: '예레반', ja: 'エレバン' },
    demonym: { en: 'Armenian', fr: 'arménien', es: 'armenio', ru: 'армянский' },
  },
  {
    code: 'AZ', en: 'Azerbaijan',
    name: {
      en: 'Azerbaijan|Republic of Azerbaijan', vi: 'Azerbaijan|A-déc-bai-gian|Adécbaigian|A-dec-bai-gian',
      zh: '阿塞拜疆|亞塞拜然', fr: 'Azerbaïdjan', ru: 'Азербайджан', es: 'Azerbaiyán', ko: '아제르바이잔', ja: 'アゼルバイジャン',
    },
    capital: { en: 'Baku', vi: 'Baku|Ba-cu', zh: '巴库|巴庫', fr: 'Bakou', ru: 'Баку', es: 'Bakú', ko: '바쿠', ja: 'バクー' },
    demonym: { en: 'Azerbaijani|Azeri', fr: 'azerbaïdjanais', es: 'azerbaiyano', ru: 'азербайджанский' },
  },
  {
    code: 'AD', en: 'Andorra',
    name: { en: 'Andorra|Principality of Andorra', vi: 'Andorra|An-đô-ra', zh: '安道尔|安道爾', fr: 'Andorre', ru: 'Андорра', es: 'Andorra', ko: '안도라', ja: 'アンドラ' },
    capital: { en: 'Andorra la Vella', zh: '安道尔城|安道爾城', fr: 'Andorre-la-Vieille', ru: 'Андорра-ла-Велья', es: 'Andorra la Vieja' },
    demonym: { en: 'Andorran', fr: 'andorran', es: 'andorrano', ru: 'андоррский' },
  },
  {
    code: 'MC', en: 'Monaco',
    name: {
      en: 'Monaco|Principality of Monaco', vi: 'Monaco|Mô-na-cô|Công quốc Monaco', zh: '摩纳哥|摩納哥', fr: 'Monaco',
      ru: 'Монако', es: 'Mónaco', ko: '모나코', ja: 'モナコ',
    },
    demonym: { en: 'Monegasque|Monacan', fr: 'monégasque', es: 'monegasco', ru: 'монакский' },
  },
  {
    code: 'LI', en: 'Liechtenstein',
    name: {
      en: 'Liechtenstein|Principality of Liechtenstein', vi: 'Liechtenstein|Lích-ten-xtên|Lích-tên-xtanh', zh: '列支敦士登|列支敦斯登',
      fr: 'Liechtenstein', ru: 'Лихтенштейн', es: 'Liechtenstein', ko: '리히텐슈타인', ja: 'リヒテンシュタイン',
    },
    capital: { en: 'Vaduz', vi: 'Vaduz', zh: '瓦杜兹|瓦都茲', ru: 'Вадуц', ja: 'ファドゥーツ' },
    demonym: { en: 'Liechtensteiner', fr: 'liechtensteinois', es: 'liechtensteiniano', ru: 'лихтенштейнский' },
  },
  {
    code: 'SM', en: 'San Marino',
    name: {
      en: 'San Marino|Republic of San Marino', vi: 'San Marino|Xan Ma-ri-nô', zh: '圣马力诺|聖馬利諾|聖馬力諾', fr: 'Saint-Marin',
      ru: 'Сан-Марино', es: 'San Marino', ko: '산마리노', ja: 'サンマリノ',
    },
    demonym: { en: 'Sammarinese', fr: 'saint-marinais', es: 'sanmarinense', ru: 'санмаринский' },
  },
  {
    code: 'VA', en: 'Holy See',
    name: {
      en: 'Holy See|Vatican|Vatican City|Vatican City State', vi: 'Tòa Thánh|Vatican|Tòa Thánh Vatican|Tòa thánh Vatican|Va-ti-căng|Thành Vatican|Thành quốc Vatican',
      zh: '梵蒂冈|梵蒂岡|教廷|罗马教廷|羅馬教廷|圣座|聖座', fr: 'Saint-Siège|Vatican|Cité du Vatican', ru: 'Ватикан|Свят{ой,ого,ому,ым,ом} Престол{,а,у,ом,е}',
      es: 'Santa Sede|Vaticano|Ciudad del Vaticano', ko: '교황청|바티칸|바티칸 시국', ja: 'バチカン|ローマ教皇庁|教皇庁|ローマ法王庁|バチカン市国',
    },
    demonym: { en: 'Vatican', fr: 'vatican', es: 'vaticano', ru: 'ватиканский' },
  },
  // ---------------------------------------------------------------- North and East Africa
  {
    code: 'EG', en: 'Egypt',
    name: {
      en: 'Egypt|Arab Republic of Egypt', vi: 'Ai Cập|Cộng hòa Ả-rập Ai Cập|Cộng hòa Ả Rập Ai Cập', zh: '埃及|阿拉伯埃及共和国',
      fr: 'Égypte|Egypte', ru: 'Егип{ет,та,ту,том,те}|АРЕ', es: 'Egipto', ko: '이집트', ja: 'エジプト',
    },
    capital: { en: 'Cairo', vi: 'Cairo|Cai-rô|Cai Rô', zh: '开罗|開羅', fr: 'Le Caire|Caire', ru: 'Каир', es: 'El Cairo', ko: '카이로', ja: 'カイロ' },
    demonym: { en: 'Egyptian', fr: 'égyptien', es: 'egipcio', ru: 'египетский', zh: '埃方' },
    abbr: { zh: '埃', ja: '埃' },
    combo: { fr: 'égypto', es: 'egipcio' },
  },
  {
    code: 'LY', en: 'Libya',
    name: { en: 'Libya|State of Libya', vi: 'Libya|Li-bi|Libi|Li-bi-a', zh: '利比亚|利比亞', fr: 'Libye', ru: 'Ливия', es: 'Libia', ko: '리비아', ja: 'リビア' },
    capital: { en: 'Tripoli', vi: 'Tripoli|Tri-pô-li', zh: '的黎波里', fr: 'Tripoli', ru: 'Триполи', es: 'Trípoli', ko: '트리폴리', ja: 'トリポリ' },
    demonym: { en: 'Libyan', fr: 'libyen', es: 'libio', ru: 'ливийский' },
  },
  {
    code: 'TN', en: 'Tunisia',
    name: {
      en: 'Tunisia|Tunisian Republic', vi: 'Tunisia|Tuy-ni-di|Tuynidi|Tuy-ni-đi', zh: '突尼斯|突尼西亞', fr: 'Tunisie',
      ru: 'Тунис', es: 'Túnez', ko: '튀니지', ja: 'チュニジア',
    },
    capital: { en: 'Tunis', vi: 'Tunis|Tuy-nít', zh: '突尼斯市', fr: 'Tunis', ko: '튀니스', ja: 'チュニス' },
    demonym: { en: 'Tunisian', fr: 'tunisien', es: 'tunecino', ru: 'тунисский' },
  },
  {
    code: 'DZ', en: 'Algeria',
    name: {
      en: "Algeria|People's Democratic Republic of Algeria", vi: 'Algeria|An-giê-ri|Angiêri|An-giê-ri-a', zh: '阿尔及利亚|阿爾及利亞',
      fr: 'Algérie', ru: 'Алжир', es: 'Argelia', ko: '알제리', ja: 'アルジェリア',
    },
    capital: { en: 'Algiers', vi: 'Algiers|An-giê|Alger', zh: '阿尔及尔|阿爾及爾', fr: 'Alger', es: 'Argel', ko: '알제', ja: 'アルジェ' },
    demonym: { en: 'Algerian', fr: 'algérien', es: 'argelino', ru: 'алжирский' },
    combo: { fr: 'algéro', es: 'argelino' },
  },
  {
    code: 'MA', en: 'Morocco',
    name: {
      en: 'Morocco|Kingdom of Morocco', vi: 'Maroc|Ma-rốc|Marốc|Morocco|Vương quốc Maroc', zh: '摩洛哥', fr: 'Maroc',
      ru: 'Марокко', es: 'Marruecos', ko: '모로코', ja: 'モロッコ',
    },
    capital: { en: 'Rabat', vi: 'Rabat|Ra-bát', zh: '拉巴特', fr: 'Rabat', ru: 'Рабат', es: 'Rabat', ko: '라바트', ja: 'ラバト' },
    demonym: { en: 'Moroccan', fr: 'marocain', es: 'marroquí', ru: 'марокканский' },
  },
  {
    code: 'MR', en: 'Mauritania',
    name: {
      en: 'Mauritania|Islamic Republic of Mauritania', vi: 'Mauritania|Mô-ri-ta-ni|Môritani|Mô-ri-ta-ni-a', zh: '毛里塔尼亚|茅利塔尼亞',
      fr: 'Mauritanie', ru: 'Мавритания', es: 'Mauritania', ko: '모리타니', ja: 'モーリタニア',
    },
    capital: { en: 'Nouakchott', vi: 'Nouakchott|Nu-ác-sốt', zh: '努瓦克肖特', ru: 'Нуакшот', ja: 'ヌアクショット' },
    demonym: { en: 'Mauritanian', fr: 'mauritanien', es: 'mauritano', ru: 'мавританский' },
  },
  {
    code: 'SD', en: 'Sudan',
    name: {
      en: 'Sudan|Republic of the Sudan', vi: 'Sudan|Xu-đăng|Xuđăng', zh: '苏丹|蘇丹|苏丹共和国|蘇丹共和國', fr: 'Soudan',
      ru: 'Судан', es: 'Sudán', ko: '수단', ja: 'スーダン',
    },
    capital: { en: 'Khartoum', vi: 'Khartoum|Khác-tum', zh: '喀土穆', fr: 'Khartoum', ru: 'Хартум', es: 'Jartum', ko: '하르툼', ja: 'ハルツーム' },
    demonym: { en: 'Sudanese', fr: 'soudanais', es: 'sudanés', ru: 'суданский' },
  },
  {
    code: 'SS', en: 'South Sudan',
    name: {
      en: 'South Sudan|Republic of South Sudan', vi: 'Nam Sudan|Nam Xu-đăng|Cộng hòa Nam Sudan', zh: '南苏丹|南蘇丹',
      fr: 'Soudan du Sud', ru: 'Южный Судан', es: 'Sudán del Sur', ko: '남수단', ja: '南スーダン',
    },
    capital: { en: 'Juba', vi: 'Juba|Giu-ba', zh: '朱巴', fr: 'Djouba|Juba', ru: 'Джуба', es: 'Yuba|Juba', ko: '주바', ja: 'ジュバ' },
    demonym: { en: 'South Sudanese', fr: 'sud-soudanais', es: 'sursudanés', ru: 'южносуданский' },
  },
  {
    code: 'ET', en: 'Ethiopia',
    name: {
      en: 'Ethiopia|Federal Democratic Republic of Ethiopia', vi: 'Ethiopia|Ê-ti-ô-pi-a|Êtiôpia|Ê-thi-ô-pi-a', zh: '埃塞俄比亚|埃塞俄比亞|衣索比亞',
      fr: 'Éthiopie|Ethiopie', ru: 'Эфиопия', es: 'Etiopía', ko: '에티오피아', ja: 'エチオピア',
    },
    capital: { en: 'Addis Ababa', vi: 'Addis Ababa|A-đi-xơ A-ba-ba|A-đi A-ba-ba', zh: '亚的斯亚贝巴|阿迪斯阿貝巴', fr: 'Addis-Abeba', ru: 'Аддис-Абеба', es: 'Adís Abeba', ko: '아디스아바바', ja: 'アディスアベバ' },
    demonym: { en: 'Ethiopian', fr: 'éthiopien', es: 'etíope', ru: 'эфиопский' },
  },
  {
    code: 'ER', en: 'Eritrea',
    name: {
      en: 'Eritrea|State of Eritrea', vi: 'Eritrea|Ê-ri-tơ-ri-a|Êritơria|Ê-ri-tri-a', zh: '厄立特里亚|厄立特里亞|厄利垂亞', fr: 'Érythrée|Erythrée',
      ru: 'Эритрея', es: 'Eritrea', ko: '에리트레아', ja: 'エリトリア',
    },
    capital: { en: 'Asmara', vi: 'Asmara|Át-ma-ra', zh: '阿斯马拉|阿斯馬拉', ru: 'Асмэра|Асмара', ja: 'アスマラ' },
    demonym: { en: 'Eritrean', fr: 'érythréen', es: 'eritreo', ru: 'эритрейский' },
  },
  {
    code: 'DJ', en: 'Djibouti',
    name: {
      en: 'Djibouti|Republic of Djibouti', vi: 'Djibouti|Gi-bu-ti|Gibuti|Di-bu-ti', zh: '吉布提|吉布地', fr: 'Djibouti',
      ru: 'Джибути', es: 'Yibuti', ko: '지부티', ja: 'ジブチ',
    },
    demonym: { en: 'Djiboutian', fr: 'djiboutien', es: 'yibutiano', ru: 'джибутийский' },
  },
  {
    code: 'SO', en: 'Somalia',
    name: {
      en: 'Somalia|Federal Republic of Somalia', vi: 'Somalia|Xô-ma-li|Xômali|Xô-ma-li-a', zh: '索马里|索馬里|索馬利亞',
      fr: 'Somalie', ru: 'Сомали', es: 'Somalia', ko: '소말리아', ja: 'ソマリア',
    },
    capital: { en: 'Mogadishu', vi: 'Mogadishu|Mô-ga-đi-su', zh: '摩加迪沙|摩加迪休', fr: 'Mogadiscio', ru: 'Могадишо', es: 'Mogadiscio', ko: '모가디슈', ja: 'モガディシュ' },
    demonym: { en: 'Somali', fr: 'somalien', es: 'somalí', ru: 'сомалийский' },
  },
  {
    code: 'KE', en: 'Kenya',
    name: {
      en: 'Kenya|Republic of Kenya', vi: 'Kenya|Kê-ni-a|Kênia', zh: '肯尼亚|肯尼亞|肯亞', fr: 'Kenya', ru: 'Кения',
      es: 'Kenia', ko: '케냐', ja: 'ケニア',
    },
    capital: { en: 'Nairobi', vi: 'Nairobi|Nai-rô-bi', zh: '内罗毕|奈洛比', fr: 'Nairobi', ru: 'Найроби', es: 'Nairobi', ko: '나이로비', ja: 'ナイロビ' },
    demonym: { en: 'Kenyan', fr: 'kényan|kenyan', es: 'keniano|keniata', ru: 'кенийский' },
  },
  {
    code: 'TZ', en: 'Tanzania',
    name: {
      en: 'Tanzania|United Republic of Tanzania', vi: 'Tanzania|Tan-da-ni-a|Tandania', zh: '坦桑尼亚|坦桑尼亞|坦尚尼亞',
      fr: 'Tanzanie', ru: 'Танзания', es: 'Tanzania', ko: '탄자니아', ja: 'タンザニア',
    },
    capital: { en: 'Dodoma|Dar es Salaam', vi: 'Dodoma|Đô-đô-ma|Dar es Salaam|Đa-rét-xa-lam', zh: '多多马|多多馬|达累斯萨拉姆', ru: 'Додома|Дар-эс-Салам', ko: '도도마', ja: 'ドドマ' },
    demonym: { en: 'Tanzanian', fr: 'tanzanien', es: 'tanzano', ru: 'танзанийский' },
  },
  {
    code: 'UG', en: 'Uganda',
    name: {
      en: 'Uganda|Republic of Uganda', vi: 'Uganda|U-gan-đa|Uganđa', zh: '乌干达|烏干達', fr: 'Ouganda', ru: 'Уганда',
      es: 'Uganda', ko: '우간다', ja: 'ウガンダ',
    },
    capital: { en: 'Kampala', vi: 'Kampala|Cam-pa-la', zh: '坎帕拉', fr: 'Kampala', ru: 'Кампала', es: 'Kampala', ko: '캄팔라', ja: 'カンパラ' },
    demonym: { en: 'Ugandan', fr: 'ougandais', es: 'ugandés', ru: 'угандийский' },
  },
  // ---------------------------------------------------------------- West Africa
  {
    code: 'NG', en: 'Nigeria',
    name: {
      en: 'Nigeria|Federal Republic of Nigeria', vi: 'Nigeria|Ni-giê-ri-a|Nigiêria|Ni-giê-ri', zh: '尼日利亚|尼日利亞|奈及利亞',
      fr: 'Nigeria|Nigéria', ru: 'Нигерия', es: 'Nigeria', ko: '나이지리아', ja: 'ナイジェリア',
    },
    capital: { en: 'Abuja', vi: 'Abuja|A-bu-gia', zh: '阿布贾|阿布賈', fr: 'Abuja', ru: 'Абуджа', es: 'Abuya', ko: '아부자', ja: 'アブジャ' },
    demonym: { en: 'Nigerian', fr: 'nigérian', es: 'nigeriano', ru: 'нигерийский' },
  },
  {
    code: 'GH', en: 'Ghana',
    name: { en: 'Ghana|Republic of Ghana', vi: 'Ghana|Ga-na|Gana', zh: '加纳|加納|迦納', fr: 'Ghana', ru: 'Гана', es: 'Ghana', ko: '가나', ja: 'ガーナ' },
    capital: { en: 'Accra', vi: 'Accra|Ác-cra|Ắc-ra', zh: '阿克拉', fr: 'Accra', ru: 'Аккра', es: 'Acra', ko: '아크라', ja: 'アクラ' },
    demonym: { en: 'Ghanaian', fr: 'ghanéen', es: 'ghanés', ru: 'ганский' },
  },
  {
    code: 'SN', en: 'Senegal',
    name: {
      en: 'Senegal|Republic of Senegal', vi: 'Senegal|Xê-nê-gan|Xênêgan', zh: '塞内加尔|塞內加爾', fr: 'Sénégal', ru: 'Сенегал',
      es: 'Senegal', ko: '세네갈', ja: 'セネガル',
    },
    capital: { en: 'Dakar', vi: 'Dakar|Đa-ca', zh: '达喀尔|達卡爾', fr: 'Dakar', ru: 'Дакар', es: 'Dakar', ko: '다카르', ja: 'ダカール' },
    demonym: { en: 'Senegalese', fr: 'sénégalais', es: 'senegalés', ru: 'сенегальский' },
  },
  {
    code: 'CI', en: "Côte d'Ivoire",
    name: {
      en: "Côte d'Ivoire|Cote d'Ivoire|Côte d’Ivoire|Ivory Coast", vi: "Côte d'Ivoire|Bờ Biển Ngà|Cốt Đi-voa|Cốt-đi-voa",
      zh: '科特迪瓦|象牙海岸', fr: "Côte d'Ivoire|Côte d’Ivoire", ru: "Кот-д’Ивуар|Кот-д'Ивуар", es: 'Costa de Marfil',
      ko: '코트디부아르', ja: 'コートジボワール',
    },
    capital: { en: 'Yamoussoukro|Abidjan', vi: 'Yamoussoukro|Abidjan|A-bít-gian', zh: '亚穆苏克罗|阿比让', fr: 'Yamoussoukro|Abidjan', ru: 'Ямусукро|Абиджан', ja: 'ヤムスクロ|アビジャン' },
    demonym: { en: 'Ivorian', fr: 'ivoirien', es: 'marfileño', ru: 'ивуарийский' },
  },
  {
    code: 'ML', en: 'Mali',
    name: { en: 'Mali|Republic of Mali', vi: 'Mali|Ma-li', zh: '马里|馬里|馬利', fr: 'Mali', ru: 'Мали', es: 'Malí|Mali', ko: '말리', ja: 'マリ' },
    capital: { en: 'Bamako', vi: 'Bamako|Ba-ma-cô', zh: '巴马科|巴馬科', fr: 'Bamako', ru: 'Бамако', es: 'Bamako', ko: '바마코', ja: 'バマコ' },
    demonym: { en: 'Malian', fr: 'malien', es: 'maliense', ru: 'малийский' },
  },
  {
    code: 'BF', en: 'Burkina Faso',
    name: {
      en: 'Burkina Faso|Burkina', vi: 'Burkina Faso|Buốc-ki-na Pha-xô|Buốckina Phaxô', zh: '布基纳法索|布吉納法索',
      fr: 'Burkina Faso|Burkina', ru: 'Буркина-Фасо', es: 'Burkina Faso', ko: '부르키나파소', ja: 'ブルキナファソ',
    },
    capital: { en: 'Ouagadougou', vi: 'Ouagadougou|U-a-ga-đu-gu', zh: '瓦加杜古', ru: 'Уагадугу', ja: 'ワガドゥグー' },
    demonym: { en: 'Burkinabé|Burkinabe', fr: 'burkinabé|burkinabè', es: 'burkinés', ru: 'буркинийский' },
  },
  {
    code: 'NE', en: 'Niger',
    name: { en: 'Niger|Republic of the Niger', vi: 'Niger|Ni-giê|Nigiê', zh: '尼日尔|尼日爾|尼日', fr: 'Niger', ru: 'Нигер', es: 'Níger', ko: '니제르', ja: 'ニジェール' },
    capital: { en: 'Niamey', vi: 'Niamey|Ni-a-mây', zh: '尼亚美|尼阿美', fr: 'Niamey', ru: 'Ниамей', es: 'Niamey', ko: '니아메', ja: 'ニアメ' },
    demonym: { en: 'Nigerien', fr: 'nigérien', es: 'nigerino', ru: 'нигерский' },
  },
  {
    code: 'GN', en: 'Guinea',
    name: {
      en: 'Guinea|Republic of Guinea|Guinea-Conakry', vi: 'Guinea|Ghi-nê|Ghinê|Cộng hòa Guinea', zh: '几内亚|幾內亞',
      fr: 'Guinée|Guinée-Conakry', ru: 'Гвинея', es: 'Guinea', ko: '기니', ja: 'ギニア',
    },
    capital: { en: 'Conakry', vi: 'Conakry|Cô-na-cri', zh: '科纳克里|柯那克里', fr: 'Conakry', ru: 'Конакри', es: 'Conakri', ko: '코나크리', ja: 'コナクリ' },
    demonym: { en: 'Guinean', fr: 'guinéen', es: 'guineano', ru: 'гвинейский' },
  },
  {
    code: 'GW', en: 'Guinea-Bissau',
    name: {
      en: 'Guinea-Bissau|Guinea Bissau', vi: 'Guinea-Bissau|Guinea Bissau|Ghi-nê Bít-xao|Ghinê Bítxao', zh: '几内亚比绍|幾內亞比索',
      fr: 'Guinée-Bissau', ru: 'Гвине{я,и,ю,ей}-Бисау', es: 'Guinea-Bisáu|Guinea-Bissau', ko: '기니비사우', ja: 'ギニアビサウ',
    },
    capital: { en: 'Bissau', vi: 'Bissau|Bít-xao', zh: '比绍', ru: 'Бисау', ja: 'ビサウ' },
    demonym: { en: 'Bissau-Guinean', fr: 'bissau-guinéen', es: 'bisauguineano' },
  },
  {
    code: 'SL', en: 'Sierra Leone',
    name: {
      en: 'Sierra Leone', vi: 'Sierra Leone|Xi-ê-ra Lê-ôn|Xiêra Lêôn', zh: '塞拉利昂|塞拉利昂共和国', fr: 'Sierra Leone', ru: 'Сьерра-Леоне',
      es: 'Sierra Leona', ko: '시에라리온', ja: 'シエラレオネ',
    },
    capital: { en: 'Freetown', vi: 'Freetown|Phri-tao', zh: '弗里敦', ru: 'Фритаун', ko: '프리타운', ja: 'フリータウン' },
    demonym: { en: 'Sierra Leonean', fr: 'sierra-léonais', es: 'sierraleonés', ru: 'сьерра-леонский' },
  },
  {
    code: 'LR', en: 'Liberia',
    name: { en: 'Liberia|Republic of Liberia', vi: 'Liberia|Li-bê-ri-a|Libêria', zh: '利比里亚|利比里亞|賴比瑞亞', fr: 'Liberia|Libéria', ru: 'Либерия', es: 'Liberia', ko: '라이베리아', ja: 'リベリア' },
    capital: { en: 'Monrovia', vi: 'Monrovia|Môn-rô-vi-a', zh: '蒙罗维亚|蒙羅維亞', fr: 'Monrovia', ru: 'Монровия', es: 'Monrovia', ko: '몬로비아', ja: 'モンロビア' },
    demonym: { en: 'Liberian', fr: 'libérien', es: 'liberiano', ru: 'либерийский' },
  },
  {
    code: 'TG', en: 'Togo',
    name: { en: 'Togo|Togolese Republic', vi: 'Togo|Tô-gô|Tôgô', zh: '多哥', fr: 'Togo', ru: 'Того', es: 'Togo', ko: '토고', ja: 'トーゴ' },
    capital: { en: 'Lomé|Lome', vi: 'Lomé|Lô-mê', zh: '洛美', fr: 'Lomé', ru: 'Ломе', es: 'Lomé', ko: '로메' },
    demonym: { en: 'Togolese', fr: 'togolais', es: 'togolés', ru: 'тоголезский' },
  },
  {
    code: 'BJ', en: 'Benin',
    name: { en: 'Benin|Republic of Benin', vi: 'Benin|Bê-nanh|Bênanh|Bê-nin', zh: '贝宁|貝寧|貝南', fr: 'Bénin', ru: 'Бенин', es: 'Benín', ko: '베냉', ja: 'ベナン' },
    capital: { en: 'Porto-Novo|Cotonou', vi: 'Porto-Novo|Cotonou|Cô-tô-nu', zh: '波多诺伏|科托努', fr: 'Porto-Novo|Cotonou', ru: 'Порто-Ново|Котону', ja: 'ポルトノボ|コトヌー' },
    demonym: { en: 'Beninese', fr: 'béninois', es: 'beninés', ru: 'бенинский' },
  },
  {
    code: 'GM', en: 'Gambia',
    name: {
      en: 'Gambia|The Gambia|Republic of The Gambia', vi: 'Gambia|Găm-bi-a|Gămbia', zh: '冈比亚|岡比亞|甘比亞', fr: 'Gambie',
      ru: 'Гамбия', es: 'Gambia', ko: '감비아', ja: 'ガンビア',
    },
    capital: { en: 'Banjul', vi: 'Banjul|Ban-giun', zh: '班珠尔|班竹', ru: 'Банджул', ja: 'バンジュール' },
    demonym: { en: 'Gambian', fr: 'gambien', es: 'gambiano', ru: 'гамбийский' },
  },
  {
    code: 'CV', en: 'Cabo Verde',
    name: {
      en: 'Cabo Verde|Cape Verde', vi: 'Cabo Verde|Cape Verde|Cáp-ve|Cápve|Cáp Ve', zh: '佛得角|維德角', fr: 'Cap-Vert|Cabo Verde',
      ru: 'Кабо-Верде', es: 'Cabo Verde', ko: '카보베르데', ja: 'カーボベルデ',
    },
    capital: { en: 'Praia', vi: 'Praia|Pra-ia', zh: '普拉亚|培亞', ru: 'Прая', ja: 'プライア' },
    demonym: { en: 'Cape Verdean|Cabo Verdean', fr: 'cap-verdien', es: 'caboverdiano', ru: 'кабо-вердианский' },
  },
  // ---------------------------------------------------------------- Central Africa and the Great Lakes
  {
    code: 'CM', en: 'Cameroon',
    name: {
      en: 'Cameroon|Republic of Cameroon', vi: 'Cameroon|Ca-mơ-run|Camơrun|Ca-mê-run', zh: '喀麦隆|喀麥隆', fr: 'Cameroun',
      ru: 'Камерун', es: 'Camerún', ko: '카메룬', ja: 'カメルーン',
    },
    capital: { en: 'Yaoundé|Yaounde', vi: 'Yaoundé|Y-a-un-đê', zh: '雅温得|雅溫得', fr: 'Yaoundé', ru: 'Яунде', es: 'Yaundé', ko: '야운데', ja: 'ヤウンデ' },
    demonym: { en: 'Cameroonian', fr: 'camerounais', es: 'camerunés', ru: 'камерунский' },
  },
  {
    code: 'CF', en: 'Central African Republic',
    name: {
      en: 'Central African Republic', vi: 'Cộng hòa Trung Phi|CH Trung Phi', zh: '中非共和国|中非共和國',
      fr: 'République centrafricaine|Centrafrique|RCA', ru: 'ЦАР|Центральноафриканская Республика', es: 'República Centroafricana',
      ko: '중앙아프리카공화국|중앙아프리카 공화국|중앙아프리카', ja: '中央アフリカ共和国|中央アフリカ',
    },
    capital: { en: 'Bangui', vi: 'Bangui|Ban-gui', zh: '班吉', fr: 'Bangui', ru: 'Банги', es: 'Bangui', ja: 'バンギ' },
    demonym: { en: 'Central African', fr: 'centrafricain', es: 'centroafricano', ru: 'центральноафриканский' },
  },
  {
    code: 'TD', en: 'Chad',
    name: {
      en: '?Chad|Republic of Chad', vi: '?Chad|Cộng hòa Chad|Cộng hòa Sát|Tchad', zh: '乍得|查德', fr: 'Tchad', ru: 'Чад',
      es: '?Chad', ko: '차드', ja: 'チャド',
    },
    capital: { en: "N'Djamena|N’Djamena|Ndjamena", vi: "N'Djamena|Na-gia-mê-na", zh: '恩贾梅纳|恩加美納', fr: "N'Djaména|N’Djaména", ru: 'Нджамена', es: 'Yamena', ja: 'ンジャメナ' },
    demonym: { en: 'Chadian', fr: 'tchadien', es: 'chadiano', ru: 'чадский' },
  },
  {
    code: 'CG', en: 'Republic of the Congo',
    name: {
      en: 'Republic of the Congo|Congo-Brazzaville|Congo Republic|Congo', vi: 'Cộng hòa Congo|Congo|Công-gô|Cộng hòa Công-gô|Congo-Brazzaville',
      zh: '刚果共和国|剛果共和國|刚果（布）|剛果（布）|刚果(布)|刚果布', fr: 'République du Congo|Congo-Brazzaville|Congo',
      ru: 'Республик{а,и,е,у,ой} Конго|Конго-Браззавиль|Конго', es: 'República del Congo|Congo-Brazzaville|Congo',
      ko: '콩고공화국|콩고 공화국|콩고', ja: 'コンゴ共和国|コンゴ',
    },
    capital: { en: 'Brazzaville', vi: 'Brazzaville|Bra-da-vin', zh: '布拉柴维尔|布拉薩市', fr: 'Brazzaville', ru: 'Браззавиль', es: 'Brazzaville', ko: '브라자빌', ja: 'ブラザビル' },
  },
  {
    code: 'CD', en: 'DR Congo',
    name: {
      en: 'DR Congo|Democratic Republic of the Congo|Democratic Republic of Congo|DRC|D.R. Congo|Congo-Kinshasa',
      vi: 'Cộng hòa Dân chủ Congo|CHDC Congo|Cộng hòa Dân chủ Công-gô|CHDC Công-gô|Congo-Kinshasa',
      zh: '刚果民主共和国|剛果民主共和國|刚果（金）|剛果（金）|刚果(金)|刚果金|民主刚果|民主剛果',
      fr: 'République démocratique du Congo|RDC|RD Congo|Congo-Kinshasa',
      ru: 'ДРК|Демократическ{ая,ой,ую} Республик{а,и,е,у,ой} Конго|Конго-Киншаса',
      es: 'República Democrática del Congo|RDC|RD del Congo|Congo-Kinshasa',
      ko: '콩고민주공화국|콩고 민주 공화국|민주콩고', ja: 'コンゴ民主共和国',
    },
    capital: { en: 'Kinshasa', vi: 'Kinshasa|Kin-sa-sa', zh: '金沙萨|金夏沙', fr: 'Kinshasa', ru: 'Киншаса', es: 'Kinsasa', ko: '킨샤사', ja: 'キンシャサ' },
  },
  {
    code: 'GA', en: 'Gabon',
    name: { en: 'Gabon|Gabonese Republic', vi: 'Gabon|Ga-bông|Gabông', zh: '加蓬|加彭', fr: 'Gabon', ru: 'Габон', es: 'Gabón', ko: '가봉', ja: 'ガボン' },
    capital: { en: 'Libreville', vi: 'Libreville|Li-brơ-vin', zh: '利伯维尔|利伯維爾', fr: 'Libreville', ru: 'Либревиль', es: 'Libreville', ko: '리브르빌', ja: 'リーブルビル' },
    demonym: { en: 'Gabonese', fr: 'gabonais', es: 'gabonés', ru: 'габонский' },
  },
  {
    code: 'GQ', en: 'Equatorial Guinea',
    name: {
      en: 'Equatorial Guinea', vi: 'Guinea Xích Đạo|Ghi-nê Xích Đạo|Guinea Xích đạo|Ghi-nê Xích đạo', zh: '赤道几内亚|赤道幾內亞',
      fr: 'Guinée équatoriale', ru: 'Экваториальная Гвинея', es: 'Guinea Ecuatorial', ko: '적도기니', ja: '赤道ギニア',
    },
    capital: { en: 'Malabo', vi: 'Malabo|Ma-la-bô', zh: '马拉博|馬拉博', ru: 'Малабо', es: 'Malabo', ja: 'マラボ' },
    demonym: { en: 'Equatorial Guinean|Equatoguinean', fr: 'équato-guinéen', es: 'ecuatoguineano', ru: 'экваториальногвинейский' },
  },
  {
    code: 'ST', en: 'São Tomé and Príncipe',
    name: {
      en: 'São Tomé and Príncipe|Sao Tome and Principe|São Tomé', vi: 'São Tomé và Príncipe|Sao Tome và Principe|Xao Tô-mê và Prin-xi-pê',
      zh: '圣多美和普林西比|聖多美和普林西比|聖多美普林西比', fr: 'Sao Tomé-et-Principe|São Tomé-et-Príncipe', ru: 'Сан-Томе и Принсипи',
      es: 'Santo Tomé y Príncipe', ko: '상투메 프린시페|상투메프린시페', ja: 'サントメ・プリンシペ|サントメプリンシペ',
    },
    demonym: { en: 'São Toméan|Santomean', fr: 'santoméen', es: 'santotomense', ru: 'сан-томийский' },
  },
  {
    code: 'RW', en: 'Rwanda',
    name: { en: 'Rwanda|Republic of Rwanda', vi: 'Rwanda|Ru-an-đa|Ruanđa', zh: '卢旺达|盧旺達|盧安達', fr: 'Rwanda', ru: 'Руанда', es: 'Ruanda', ko: '르완다', ja: 'ルワンダ' },
    capital: { en: 'Kigali', vi: 'Kigali|Ki-ga-li', zh: '基加利|吉佳利', fr: 'Kigali', ru: 'Кигали', es: 'Kigali', ko: '키갈리', ja: 'キガリ' },
    demonym: { en: 'Rwandan', fr: 'rwandais', es: 'ruandés', ru: 'руандийский' },
  },
  {
    code: 'BI', en: 'Burundi',
    name: { en: 'Burundi|Republic of Burundi', vi: 'Burundi|Bu-run-đi|Burunđi', zh: '布隆迪|蒲隆地', fr: 'Burundi', ru: 'Бурунди', es: 'Burundi', ko: '부룬디', ja: 'ブルンジ' },
    capital: { en: 'Gitega|Bujumbura', vi: 'Gitega|Bujumbura|Bu-gium-bu-ra', zh: '基特加|布琼布拉', ru: 'Гитега|Бужумбура', ja: 'ギテガ|ブジュンブラ' },
    demonym: { en: 'Burundian', fr: 'burundais', es: 'burundés', ru: 'бурундийский' },
  },
  // ---------------------------------------------------------------- Southern Africa and the Indian Ocean
  {
    code: 'ZA', en: 'South Africa',
    name: {
      en: 'South Africa|Republic of South Africa', vi: 'Nam Phi|Cộng hòa Nam Phi', zh: '南非|南非共和国|南非共和國',
      fr: 'Afrique du Sud|République sud-africaine', ru: 'ЮАР|Южно-Африканская Республика|Южная Африка', es: 'Sudáfrica|República de Sudáfrica',
      ko: '남아프리카공화국|남아프리카 공화국|남아공', ja: '南アフリカ|南アフリカ共和国|南ア',
    },
    capital: {
      en: 'Pretoria|Tshwane|Cape Town', vi: 'Pretoria|Prê-tô-ri-a|Cape Town|Kếp-tao', zh: '比勒陀利亚|比勒陀利亞|开普敦|開普敦',
      fr: 'Pretoria|Le Cap', ru: 'Претория|Кейптаун', es: 'Pretoria|Ciudad del Cabo', ko: '프리토리아|케이프타운', ja: 'プレトリア|ケープタウン',
    },
    demonym: { en: 'South African', fr: 'sud-africain', es: 'sudafricano', ru: 'южноафриканский', zh: '南非方' },
  },
  {
    code: 'AO', en: 'Angola',
    name: { en: 'Angola|Republic of Angola', vi: 'Angola|Ăng-gô-la|Ănggôla', zh: '安哥拉', fr: 'Angola', ru: 'Ангола', es: 'Angola', ko: '앙골라', ja: 'アンゴラ' },
    capital: { en: 'Luanda', vi: 'Luanda|Lu-an-đa', zh: '罗安达|羅安達', fr: 'Luanda', ru: 'Луанда', es: 'Luanda', ko: '루안다', ja: 'ルアンダ' },
    demonym: { en: 'Angolan', fr: 'angolais', es: 'angoleño', ru: 'ангольский' },
  },
  {
    code: 'MZ', en: 'Mozambique',
    name: {
      en: 'Mozambique|Republic of Mozambique', vi: 'Mozambique|Mô-dăm-bích|Môdămbích', zh: '莫桑比克|莫三比克', fr: 'Mozambique',
      ru: 'Мозамбик', es: 'Mozambique', ko: '모잠비크', ja: 'モザンビーク',
    },
    capital: { en: 'Maputo', vi: 'Maputo|Ma-pu-tô', zh: '马普托|馬布多', fr: 'Maputo', ru: 'Мапуту', es: 'Maputo', ko: '마푸토', ja: 'マプト' },
    demonym: { en: 'Mozambican', fr: 'mozambicain', es: 'mozambiqueño', ru: 'мозамбикский' },
  },
  {
    code: 'ZM', en: 'Zambia',
    name: { en: 'Zambia|Republic of Zambia', vi: 'Zambia|Dăm-bi-a|Dămbia', zh: '赞比亚|贊比亞|尚比亞', fr: 'Zambie', ru: 'Замбия', es: 'Zambia', ko: '잠비아', ja: 'ザンビア' },
    capital: { en: 'Lusaka', vi: 'Lusaka|Lu-xa-ca', zh: '卢萨卡|路沙卡', fr: 'Lusaka', ru: 'Лусака', es: 'Lusaka', ko: '루사카', ja: 'ルサカ' },
    demonym: { en: 'Zambian', fr: 'zambien', es: 'zambiano', ru: 'замбийский' },
  },
  {
    code: 'ZW', en: 'Zimbabwe',
    name: {
      en: 'Zimbabwe|Republic of Zimbabwe', vi: 'Zimbabwe|Dim-ba-bu-ê|Dimbabuê', zh: '津巴布韦|津巴布韋|辛巴威', fr: 'Zimbabwe',
      ru: 'Зимбабве', es: 'Zimbabue|Zimbabwe', ko: '짐바브웨', ja: 'ジンバブエ',
    },
    capital: { en: 'Harare', vi: 'Harare|Ha-ra-rê', zh: '哈拉雷', fr: 'Harare', ru: 'Хараре', es: 'Harare', ko: '하라레', ja: 'ハラレ' },
    demonym: { en: 'Zimbabwean', fr: 'zimbabwéen', es: 'zimbabuense', ru: 'зимбабвийский' },
  },
  {
    code: 'MW', en: 'Malawi',
    name: { en: 'Malawi|Republic of Malawi', vi: 'Malawi|Ma-la-uy|Malauy', zh: '马拉维|馬拉維|馬拉威', fr: 'Malawi', ru: 'Малави', es: 'Malaui|Malawi', ko: '말라위', ja: 'マラウイ' },
    capital: { en: 'Lilongwe', vi: 'Lilongwe|Li-lông-uê', zh: '利隆圭|里朗威', ru: 'Лилонгве', ja: 'リロングウェ' },
    demonym: { en: 'Malawian', fr: 'malawite|malawien', es: 'malauí', ru: 'малавийский' },
  },
  {
    code: 'NA', en: 'Namibia',
    name: { en: 'Namibia|Republic of Namibia', vi: 'Namibia|Na-mi-bi-a|Na-mi-bia', zh: '纳米比亚|納米比亞', fr: 'Namibie', ru: 'Намибия', es: 'Namibia', ko: '나미비아', ja: 'ナミビア' },
    capital: { en: 'Windhoek', vi: 'Windhoek|Uyn-húc', zh: '温得和克|溫荷克', fr: 'Windhoek', ru: 'Виндхук', es: 'Windhoek', ko: '빈트후크', ja: 'ウィントフック' },
    demonym: { en: 'Namibian', fr: 'namibien', es: 'namibio', ru: 'намибийский' },
  },
  {
    code: 'BW', en: 'Botswana',
    name: { en: 'Botswana|Republic of Botswana', vi: 'Botswana|Bốt-xoa-na|Bốtxoana', zh: '博茨瓦纳|博茨瓦納|波札那', fr: 'Botswana', ru: 'Ботсвана', es: 'Botsuana', ko: '보츠와나', ja: 'ボツワナ' },
    capital: { en: 'Gaborone', vi: 'Gaborone|Ga-bô-rô-nê', zh: '哈博罗内|嘉柏隆里', ru: 'Габороне', ja: 'ハボローネ' },
    demonym: { en: 'Botswanan|Motswana', fr: 'botswanais', es: 'botsuano', ru: 'ботсванский' },
  },
  {
    code: 'LS', en: 'Lesotho',
    name: { en: 'Lesotho|Kingdom of Lesotho', vi: 'Lesotho|Lê-xô-thô|Lêxôthô', zh: '莱索托|萊索托|賴索托', fr: 'Lesotho', ru: 'Лесото', es: 'Lesoto', ko: '레소토', ja: 'レソト' },
    capital: { en: 'Maseru', vi: 'Maseru|Ma-xê-ru', zh: '马塞卢|馬賽魯', ru: 'Масеру', ja: 'マセル' },
    demonym: { en: 'Basotho|Mosotho', fr: 'lésothien', es: 'lesotense', ru: 'лесотский' },
  },
  {
    code: 'SZ', en: 'Eswatini',
    name: {
      en: 'Eswatini|Swaziland|Kingdom of Eswatini', vi: 'Eswatini|Swaziland|Xoa-di-len|Xoadilen|Ét-xoa-ti-ni', zh: '斯威士兰|斯威士蘭|史瓦帝尼|埃斯瓦蒂尼',
      fr: 'Eswatini|Swaziland', ru: 'Эсватини|Свазиленд', es: 'Esuatini|Eswatini|Suazilandia', ko: '에스와티니|스와질란드', ja: 'エスワティニ|スワジランド',
    },
    capital: { en: 'Mbabane|Lobamba', zh: '姆巴巴内|墨巴本', ru: 'Мбабане', ja: 'ムババーネ' },
    demonym: { en: 'Swazi|Emaswati', fr: 'swazi', es: 'suazi', ru: 'свазилендский' },
  },
  {
    code: 'MG', en: 'Madagascar',
    name: {
      en: 'Madagascar|Republic of Madagascar', vi: 'Madagascar|Ma-đa-gát-xca|Mađagátxca', zh: '马达加斯加|馬達加斯加', fr: 'Madagascar',
      ru: 'Мадагаскар', es: 'Madagascar', ko: '마다가스카르', ja: 'マダガスカル',
    },
    capital: { en: 'Antananarivo', vi: 'Antananarivo|An-ta-na-na-ri-vô', zh: '塔那那利佛|安塔那那利佛', fr: 'Antananarivo|Tananarive', ru: 'Антананариву', es: 'Antananarivo', ko: '안타나나리보', ja: 'アンタナナリボ' },
    demonym: { en: 'Malagasy', fr: 'malgache', es: 'malgache', ru: 'мадагаскарский' },
  },
  {
    code: 'MU', en: 'Mauritius',
    name: {
      en: 'Mauritius|Republic of Mauritius', vi: 'Mauritius|Mô-ri-xơ|Môrixơ', zh: '毛里求斯|模里西斯', fr: '?Maurice|~île Maurice|République de Maurice',
      ru: 'Маврики{й,я,ю,ем,и}', es: '?Mauricio|República de Mauricio', ko: '모리셔스', ja: 'モーリシャス',
    },
    capital: { en: 'Port Louis', vi: 'Port Louis|Po Lu-i', zh: '路易港', fr: 'Port-Louis', ru: 'Порт-Луи', es: 'Port Louis', ko: '포트루이스', ja: 'ポートルイス' },
    demonym: { en: 'Mauritian', fr: 'mauricien', es: 'mauriciano', ru: 'маврикийский' },
  },
  {
    code: 'SC', en: 'Seychelles',
    name: {
      en: 'Seychelles|Republic of Seychelles', vi: 'Seychelles|Xây-sen|Xâysen', zh: '塞舌尔|塞舌爾|塞席爾', fr: 'Seychelles',
      ru: 'Сейшел{ы,,ам,ами,ах}|Сейшельские Остров{а,ов,ам,ами,ах}', es: 'Seychelles', ko: '세이셸', ja: 'セーシェル',
    },
    capital: { en: '?Victoria', vi: '?Victoria', ru: '?Виктория' },
    demonym: { en: 'Seychellois', fr: 'seychellois', es: 'seychellense', ru: 'сейшельский' },
  },
  {
    code: 'KM', en: 'Comoros',
    name: {
      en: 'Comoros|Union of the Comoros', vi: 'Comoros|Cô-mo|Cômo|Liên bang Comoros', zh: '科摩罗|科摩羅|葛摩', fr: 'Comores',
      ru: 'Комор{ы,,ам,ами,ах}|Коморские Остров{а,ов,ам,ами,ах}', es: 'Comoras', ko: '코모로', ja: 'コモロ',
    },
    capital: { en: '?Moroni', vi: 'Moroni', zh: '莫罗尼', ru: 'Морони', ja: 'モロニ' },
    demonym: { en: 'Comorian', fr: 'comorien', es: 'comorense', ru: 'коморский' },
  },
  // ---------------------------------------------------------------- Rest of South America and Central America
  {
    code: 'CO', en: 'Colombia',
    name: {
      en: 'Colombia|Republic of Colombia', vi: 'Colombia|Cô-lôm-bi-a|Côlômbia', zh: '哥伦比亚|哥倫比亞', fr: 'Colombie',
      ru: 'Колумбия', es: 'Colombia|República de Colombia', ko: '콜롬비아', ja: 'コロンビア',
    },
    capital: { en: 'Bogotá|Bogota', vi: 'Bogotá|Bogota|Bô-gô-ta', zh: '波哥大', fr: 'Bogota', ru: 'Богота', es: 'Bogotá', ko: '보고타', ja: 'ボゴタ' },
    demonym: { en: 'Colombian', fr: 'colombien', es: 'colombiano', ru: 'колумбийский' },
  },
  {
    code: 'VE', en: 'Venezuela',
    name: {
      en: 'Venezuela|Bolivarian Republic of Venezuela', vi: 'Venezuela|Vê-nê-xu-ê-la|Vênêxuêla', zh: '委内瑞拉|委內瑞拉',
      fr: 'Venezuela|Vénézuéla', ru: 'Венесуэла', es: 'Venezuela|República Bolivariana de Venezuela', ko: '베네수엘라', ja: 'ベネズエラ',
    },
    capital: { en: 'Caracas', vi: 'Caracas|Ca-ra-cát', zh: '加拉加斯', fr: 'Caracas', ru: 'Каракас', es: 'Caracas', ko: '카라카스', ja: 'カラカス' },
    demonym: { en: 'Venezuelan', fr: 'vénézuélien', es: 'venezolano', ru: 'венесуэльский', zh: '委方' },
  },
  {
    code: 'EC', en: 'Ecuador',
    name: {
      en: 'Ecuador|Republic of Ecuador', vi: 'Ecuador|Ê-cu-a-đo|Êcuađo|Ê-qua-đo', zh: '厄瓜多尔|厄瓜多爾|厄瓜多', fr: 'Équateur|Equateur',
      ru: 'Эквадор', es: 'Ecuador', ko: '에콰도르', ja: 'エクアドル',
    },
    capital: { en: 'Quito', vi: 'Quito', zh: '基多', fr: 'Quito', ru: 'Кито', es: 'Quito', ko: '키토' },
    demonym: { en: 'Ecuadorian', fr: 'équatorien', es: 'ecuatoriano', ru: 'эквадорский' },
  },
  {
    code: 'BO', en: 'Bolivia',
    name: {
      en: 'Bolivia|Plurinational State of Bolivia', vi: 'Bolivia|Bô-li-vi-a|Bôlivia', zh: '玻利维亚|玻利維亞', fr: 'Bolivie',
      ru: 'Боливия', es: 'Bolivia|Estado Plurinacional de Bolivia', ko: '볼리비아', ja: 'ボリビア',
    },
    capital: { en: 'La Paz|?Sucre', vi: 'La Paz|Xu-crê', zh: '拉巴斯|苏克雷|蘇克雷', fr: 'La Paz|?Sucre', ru: 'Ла-Пас|Сукре', es: 'La Paz|?Sucre', ko: '라파스|수크레', ja: 'ラパス|スクレ' },
    demonym: { en: 'Bolivian', fr: 'bolivien', es: 'boliviano', ru: 'боливийский' },
  },
  {
    code: 'PY', en: 'Paraguay',
    name: {
      en: 'Paraguay|Republic of Paraguay', vi: 'Paraguay|Pa-ra-goay|Paragoay|Pa-ra-guay', zh: '巴拉圭', fr: 'Paraguay',
      ru: 'Парагвай', es: 'Paraguay', ko: '파라과이', ja: 'パラグアイ',
    },
    capital: { en: 'Asunción|Asuncion', vi: 'Asunción|A-xun-xi-ôn', zh: '亚松森|亞松森', fr: 'Asuncion|Asunción', ru: 'Асунсьон', es: 'Asunción', ko: '아순시온', ja: 'アスンシオン' },
    demonym: { en: 'Paraguayan', fr: 'paraguayen', es: 'paraguayo', ru: 'парагвайский' },
  },
  {
    code: 'UY', en: 'Uruguay',
    name: {
      en: 'Uruguay|Oriental Republic of Uruguay', vi: 'Uruguay|U-ru-goay|Urugoay|U-ru-guay', zh: '乌拉圭|烏拉圭', fr: 'Uruguay',
      ru: 'Уругвай', es: 'Uruguay|República Oriental del Uruguay', ko: '우루과이', ja: 'ウルグアイ',
    },
    capital: { en: 'Montevideo', vi: 'Montevideo|Môn-tê-vi-đê-ô', zh: '蒙得维的亚|蒙特維多', fr: 'Montevideo', ru: 'Монтевидео', es: 'Montevideo', ko: '몬테비데오', ja: 'モンテビデオ' },
    demonym: { en: 'Uruguayan', fr: 'uruguayen', es: 'uruguayo', ru: 'уругвайский' },
  },
  {
    code: 'GY', en: 'Guyana',
    name: {
      en: 'Guyana|Co-operative Republic of Guyana', vi: 'Guyana|Guy-a-na|Gai-a-na|Goai-a-na', zh: '圭亚那|圭亞那|蓋亞那', fr: 'Guyana',
      ru: 'Гайана', es: 'Guyana', ko: '가이아나', ja: 'ガイアナ',
    },
    capital: { en: '?Georgetown', vi: '?Georgetown|Gioóc-tao', zh: '乔治敦|喬治城', ru: 'Джорджтаун', ja: 'ジョージタウン' },
    demonym: { en: 'Guyanese', fr: 'guyanien', es: 'guyanés', ru: 'гайанский' },
  },
  {
    code: 'SR', en: 'Suriname',
    name: {
      en: 'Suriname|Surinam|Republic of Suriname', vi: 'Suriname|Xu-ri-nam|Xurinam', zh: '苏里南|蘇里南|蘇利南', fr: 'Suriname',
      ru: 'Суринам', es: 'Surinam', ko: '수리남', ja: 'スリナム',
    },
    capital: { en: 'Paramaribo', vi: 'Paramaribo|Pa-ra-ma-ri-bô', zh: '帕拉马里博|巴拉馬利波', ru: 'Парамарибо', es: 'Paramaribo', ja: 'パラマリボ' },
    demonym: { en: 'Surinamese', fr: 'surinamais', es: 'surinamés', ru: 'суринамский' },
  },
  {
    code: 'PA', en: 'Panama',
    name: {
      en: 'Panama|Republic of Panama', vi: 'Panama|Pa-na-ma', zh: '巴拿马|巴拿馬', fr: 'Panama', ru: 'Панама',
      es: 'Panamá|República de Panamá', ko: '파나마', ja: 'パナマ',
    },
    capital: { en: 'Panama City', vi: 'Thành phố Panama', zh: '巴拿马城|巴拿馬城', es: 'Ciudad de Panamá', ko: '파나마시티', ja: 'パナマシティ' },
    demonym: { en: 'Panamanian', fr: 'panaméen', es: 'panameño', ru: 'панамский' },
  },
  {
    code: 'CR', en: 'Costa Rica',
    name: {
      en: 'Costa Rica|Republic of Costa Rica', vi: 'Costa Rica|Cốt-xta Ri-ca|Côxta Rica|Cô-xta Ri-ca', zh: '哥斯达黎加|哥斯達黎加|哥斯大黎加',
      fr: 'Costa Rica', ru: 'Коста-Рика', es: 'Costa Rica', ko: '코스타리카', ja: 'コスタリカ',
    },
    capital: { en: '?San José|?San Jose', vi: '?San José|Xan Hô-xê', zh: '圣何塞|聖荷西', fr: '?San José', ru: 'Сан-Хосе', es: '?San José', ko: '산호세', ja: 'サンホセ' },
    demonym: { en: 'Costa Rican', fr: 'costaricien|costaricain', es: 'costarricense', ru: 'костариканский' },
  },
  {
    code: 'NI', en: 'Nicaragua',
    name: {
      en: 'Nicaragua|Republic of Nicaragua', vi: 'Nicaragua|Ni-ca-ra-goa|Nicaragoa|Ni-ca-ra-gua', zh: '尼加拉瓜', fr: 'Nicaragua',
      ru: 'Никарагуа', es: 'Nicaragua', ko: '니카라과', ja: 'ニカラグア',
    },
    capital: { en: 'Managua', vi: 'Managua|Ma-na-goa', zh: '马那瓜|馬拿瓜', fr: 'Managua', ru: 'Манагуа', es: 'Managua', ko: '마나과', ja: 'マナグア' },
    demonym: { en: 'Nicaraguan', fr: 'nicaraguayen', es: 'nicaragüense', ru: 'никарагуанский' },
  },
  {
    code: 'HN', en: 'Honduras',
    name: {
      en: 'Honduras|Republic of Honduras', vi: 'Honduras|Hôn-đu-rát|Hônđurát', zh: '洪都拉斯|宏都拉斯', fr: 'Honduras',
      ru: 'Гондурас', es: 'Honduras', ko: '온두라스', ja: 'ホンジュラス',
    },
    capital: { en: 'Tegucigalpa', vi: 'Tegucigalpa|Tê-gu-xi-gan-pa', zh: '特古西加尔巴|德古斯加巴', fr: 'Tegucigalpa', ru: 'Тегусигальпа', es: 'Tegucigalpa', ko: '테구시갈파', ja: 'テグシガルパ' },
    demonym: { en: 'Honduran', fr: 'hondurien', es: 'hondureño', ru: 'гондурасский' },
  },
  {
    code: 'SV', en: 'El Salvador',
    name: {
      en: 'El Salvador|Republic of El Salvador', vi: 'El Salvador|En Xan-va-đo|Xan-va-đo', zh: '萨尔瓦多|薩爾瓦多', fr: '?Salvador|El Salvador',
      ru: 'Сальвадор', es: 'El Salvador', ko: '엘살바도르', ja: 'エルサルバドル',
    },
    capital: { en: 'San Salvador', vi: 'San Salvador|Xan Xan-va-đo', zh: '圣萨尔瓦多|聖薩爾瓦多', fr: 'San Salvador', ru: 'Сан-Сальвадор', es: 'San Salvador', ko: '산살바도르', ja: 'サンサルバドル' },
    demonym: { en: 'Salvadoran|Salvadorean', fr: 'salvadorien', es: 'salvadoreño', ru: 'сальвадорский' },
  },
  {
    code: 'GT', en: 'Guatemala',
    name: {
      en: 'Guatemala|Republic of Guatemala', vi: 'Guatemala|Goa-tê-ma-la|Goatêmala', zh: '危地马拉|危地馬拉|瓜地馬拉', fr: 'Guatemala',
      ru: 'Гватемала', es: 'Guatemala', ko: '과테말라', ja: 'グアテマラ',
    },
    capital: { en: 'Guatemala City', vi: 'Thành phố Guatemala', zh: '危地马拉城|瓜地馬拉市', es: 'Ciudad de Guatemala', ja: 'グアテマラシティ' },
    demonym: { en: 'Guatemalan', fr: 'guatémaltèque', es: 'guatemalteco', ru: 'гватемальский' },
  },
  {
    code: 'BZ', en: 'Belize',
    name: { en: 'Belize', vi: 'Belize|Bê-li-xê|Bêlixê', zh: '伯利兹|伯利茲|貝里斯', fr: 'Belize', ru: 'Белиз', es: 'Belice', ko: '벨리즈', ja: 'ベリーズ' },
    capital: { en: 'Belmopan', vi: 'Belmopan|Ben-mô-pan', zh: '贝尔莫潘|貝爾墨邦', ru: 'Бельмопан', ja: 'ベルモパン' },
    demonym: { en: 'Belizean', fr: 'bélizien', es: 'beliceño', ru: 'белизский' },
  },
  // ---------------------------------------------------------------- Caribbean
  {
    code: 'DO', en: 'Dominican Republic',
    name: {
      en: 'Dominican Republic', vi: 'Cộng hòa Dominica|CH Dominica|Cộng hòa Đô-mi-ni-ca|Cộng hòa Dominicana', zh: '多米尼加|多米尼加共和国|多米尼加共和國|多明尼加',
      fr: 'République dominicaine', ru: 'Доминиканская Республика', es: 'República Dominicana', ko: '도미니카공화국|도미니카 공화국',
      ja: 'ドミニカ共和国',
    },
    capital: { en: 'Santo Domingo', vi: 'Santo Domingo|Xan-tô Đô-min-gô', zh: '圣多明各|聖多明哥', fr: 'Saint-Domingue', ru: 'Санто-Доминго', es: 'Santo Domingo', ko: '산토도밍고', ja: 'サントドミンゴ' },
    demonym: { en: 'Dominican', fr: 'dominicain', es: 'dominicano', ru: 'доминиканский' },
  },
  {
    code: 'HT', en: 'Haiti',
    name: { en: 'Haiti|Republic of Haiti', vi: 'Haiti|Ha-i-ti|Hai-ti', zh: '海地', fr: 'Haïti|Haiti', ru: 'Гаити', es: 'Haití', ko: '아이티', ja: 'ハイチ' },
    capital: { en: 'Port-au-Prince', vi: 'Port-au-Prince|Po-tô-Prin', zh: '太子港', fr: 'Port-au-Prince', ru: 'Порт-о-Пренс', es: 'Puerto Príncipe', ko: '포르토프랭스', ja: 'ポルトープランス' },
    demonym: { en: 'Haitian', fr: 'haïtien', es: 'haitiano', ru: 'гаитянский' },
  },
  {
    code: 'JM', en: 'Jamaica',
    name: { en: 'Jamaica', vi: 'Jamaica|Gia-mai-ca|Giamaica', zh: '牙买加|牙買加', fr: 'Jamaïque', ru: 'Ямайка', es: 'Jamaica', ko: '자메이카', ja: 'ジャマイカ' },
    capital: { en: '?Kingston', vi: '?Kingston|Kinh-xtơn', zh: '金斯敦', fr: '?Kingston', ru: 'Кингстон', es: '?Kingston', ko: '킹스턴', ja: 'キングストン' },
    demonym: { en: 'Jamaican', fr: 'jamaïcain', es: 'jamaicano|jamaiquino', ru: 'ямайский' },
  },
  {
    code: 'TT', en: 'Trinidad and Tobago',
    name: {
      en: 'Trinidad and Tobago|Trinidad & Tobago', vi: 'Trinidad và Tobago|Tri-ni-đát và Tô-ba-gô|Trinidad & Tobago', zh: '特立尼达和多巴哥|特立尼達和多巴哥|千里達及托巴哥',
      fr: 'Trinité-et-Tobago', ru: 'Тринидад и Тобаго', es: 'Trinidad y Tobago', ko: '트리니다드 토바고|트리니다드토바고', ja: 'トリニダード・トバゴ|トリニダードトバゴ',
    },
    capital: { en: 'Port of Spain|Port-of-Spain', vi: 'Port of Spain|Po-ốp-Xpên', zh: '西班牙港', fr: "Port-d'Espagne", ru: 'Порт-оф-Спейн', es: 'Puerto España', ja: 'ポートオブスペイン' },
    demonym: { en: 'Trinidadian|Trinbagonian', fr: 'trinidadien', es: 'trinitense', ru: 'тринидадский' },
  },
  {
    code: 'BS', en: 'Bahamas',
    name: {
      en: 'Bahamas|The Bahamas|Commonwealth of The Bahamas', vi: 'Bahamas|Ba-ha-mát|Bahamát|Quần đảo Bahamas', zh: '巴哈马|巴哈馬',
      fr: 'Bahamas', ru: 'Багам{ы,,ам,ами,ах}|Багамские Остров{а,ов,ам,ами,ах}', es: 'Bahamas', ko: '바하마', ja: 'バハマ',
    },
    capital: { en: 'Nassau', vi: 'Nassau|Na-xô', zh: '拿骚|拿索', fr: 'Nassau', ru: 'Нассау', es: 'Nasáu|Nassau', ko: '나소', ja: 'ナッソー' },
    demonym: { en: 'Bahamian', fr: 'bahaméen|bahamien', es: 'bahameño', ru: 'багамский' },
  },
  {
    code: 'BB', en: 'Barbados',
    name: { en: 'Barbados', vi: 'Barbados|Bác-ba-đốt|Bácbađốt', zh: '巴巴多斯|巴貝多', fr: 'Barbade', ru: 'Барбадос', es: 'Barbados', ko: '바베이도스', ja: 'バルバドス' },
    capital: { en: 'Bridgetown', vi: 'Bridgetown|Brít-giơ-tao', zh: '布里奇敦|布里奇頓', ru: 'Бриджтаун', ja: 'ブリッジタウン' },
    demonym: { en: 'Barbadian|Bajan', fr: 'barbadien', es: 'barbadense', ru: 'барбадосский' },
  },
  {
    code: 'AG', en: 'Antigua and Barbuda',
    name: {
      en: 'Antigua and Barbuda|Antigua & Barbuda', vi: 'Antigua và Barbuda|An-ti-goa và Bác-bu-đa|Antigua & Barbuda', zh: '安提瓜和巴布达|安提瓜和巴布達|安地卡及巴布達',
      fr: 'Antigua-et-Barbuda', ru: 'Антигуа и Барбуд{а,ы,е,у,ой}', es: 'Antigua y Barbuda', ko: '앤티가 바부다|앤티가바부다', ja: 'アンティグア・バーブーダ',
    },
    capital: { en: "?St. John's|?Saint John's" },
    demonym: { en: 'Antiguan', fr: 'antiguais', es: 'antiguano', ru: 'антигуанский' },
  },
  {
    code: 'DM', en: 'Dominica',
    name: {
      en: 'Dominica|Commonwealth of Dominica', vi: 'Dominica|Đô-mi-ni-ca|Đôminica|Thịnh vượng chung Dominica', zh: '多米尼克|多米尼克国|多米尼克國',
      fr: '?Dominique|Commonwealth de la Dominique', ru: '?Доминика|Содружеств{о,а,у,ом,е} Доминики', es: 'Dominica|Mancomunidad de Dominica', ko: '도미니카 연방|도미니카연방',
      ja: 'ドミニカ国',
    },
    capital: { en: 'Roseau', vi: 'Roseau|Rô-dô', zh: '罗索|羅索', fr: 'Roseau', ru: 'Розо', ja: 'ロゾー' },
    demonym: { fr: 'dominiquais', es: 'dominiqués', ru: 'доминикский' },
  },
  {
    code: 'GD', en: 'Grenada',
    name: { en: 'Grenada', vi: 'Grenada|Grê-na-đa|Grênađa', zh: '格林纳达|格林納達|格瑞那達', fr: 'Grenade', ru: 'Гренада', es: 'Granada', ko: '그레나다', ja: 'グレナダ' },
    capital: { en: "?St. George's|?Saint George's", ru: 'Сент-Джорджес', ja: 'セントジョージズ' },
    demonym: { en: 'Grenadian', fr: 'grenadien', ru: 'гренадский' },
  },
  {
    code: 'KN', en: 'Saint Kitts and Nevis',
    name: {
      en: 'Saint Kitts and Nevis|St. Kitts and Nevis|St Kitts and Nevis|St. Kitts & Nevis', vi: 'Saint Kitts và Nevis|Xanh Kít và Nê-vít|Xanh Kít và Nêvít',
      zh: '圣基茨和尼维斯|聖基茨和尼維斯|聖克里斯多福及尼維斯', fr: 'Saint-Christophe-et-Niévès|Saint-Kitts-et-Nevis', ru: 'Сент-Китс и Невис',
      es: 'San Cristóbal y Nieves', ko: '세인트키츠 네비스|세인트키츠네비스', ja: 'セントクリストファー・ネービス|セントクリストファー・ネイビス',
    },
    capital: { en: 'Basseterre', vi: 'Basseterre|Ba-xơ-te', zh: '巴斯特尔|巴士地', ru: 'Бастер', ja: 'バセテール' },
    demonym: { en: 'Kittitian|Nevisian', fr: 'kittitien', es: 'sancristobaleño', ru: 'сент-китсский' },
  },
  {
    code: 'LC', en: 'Saint Lucia',
    name: {
      en: 'Saint Lucia|St. Lucia|St Lucia', vi: 'Saint Lucia|Xanh Lu-xi-a|Xanh Luxia', zh: '圣卢西亚|聖盧西亞|聖露西亞', fr: 'Sainte-Lucie',
      ru: 'Сент-Люсия', es: 'Santa Lucía', ko: '세인트루시아', ja: 'セントルシア',
    },
    capital: { en: 'Castries', vi: 'Castries|Ca-xtơ-ri', zh: '卡斯特里', ru: 'Кастри', ja: 'カストリーズ' },
    demonym: { en: 'Saint Lucian', fr: 'saint-lucien', es: 'santalucense', ru: 'сент-люсийский' },
  },
  {
    code: 'VC', en: 'Saint Vincent and the Grenadines',
    name: {
      en: 'Saint Vincent and the Grenadines|St. Vincent and the Grenadines|St Vincent and the Grenadines|St. Vincent & the Grenadines',
      vi: 'Saint Vincent và Grenadines|Saint Vincent và Grenadine|Xanh Vin-xen và Grê-na-đin|Xanh Vinxen và Grênađin',
      zh: '圣文森特和格林纳丁斯|聖文森特和格林納丁斯|聖文森及格瑞那丁', fr: 'Saint-Vincent-et-les-Grenadines',
      ru: 'Сент-Винсент и Гренадин{ы,,ам,ами,ах}', es: 'San Vicente y las Granadinas', ko: '세인트빈센트 그레나딘|세인트빈센트그레나딘',
      ja: 'セントビンセント・グレナディーン|セントビンセント及びグレナディーン諸島',
    },
    capital: { en: 'Kingstown', vi: 'Kingstown|Kinh-xtao', zh: '金石城', ru: 'Кингстаун', ja: 'キングスタウン' },
    demonym: { en: 'Vincentian', fr: 'vincentais', es: 'sanvicentino', ru: 'сент-винсентский' },
  },
  // ---------------------------------------------------------------- Oceania
  {
    code: 'NZ', en: 'New Zealand',
    name: {
      en: 'New Zealand|NZ', vi: 'New Zealand|Niu Di-lân|Niu Dilân|Tân Tây Lan', zh: '新西兰|新西蘭|纽西兰|紐西蘭', fr: 'Nouvelle-Zélande',
      ru: 'Новая Зеландия', es: 'Nueva Zelanda|Nueva Zelandia', ko: '뉴질랜드', ja: 'ニュージーランド',
    },
    capital: {
      en: '?Wellington', vi: '?Wellington|Oen-linh-tơn|Oen-lin-tơn', zh: '惠灵顿|威靈頓', fr: '?Wellington', ru: 'Веллингтон',
      es: '?Wellington', ko: '웰링턴', ja: 'ウェリントン',
    },
    demonym: { en: 'New Zealander', fr: 'néo-zélandais', es: 'neozelandés', ru: 'новозеландский' },
  },
  {
    code: 'PG', en: 'Papua New Guinea',
    name: {
      en: 'Papua New Guinea', vi: 'Papua New Guinea|Papua Niu Ghi-nê|Pa-pua Niu Ghi-nê|Papua Niu Ghinê', zh: '巴布亚新几内亚|巴布亞新幾內亞|巴布亞紐幾內亞',
      fr: 'Papouasie-Nouvelle-Guinée', ru: 'Папуа — Нов{ая,ой,ую} Гвине{я,и,ю,ей}|Папуа-Нов{ая,ой,ую} Гвине{я,и,ю,ей}', es: 'Papúa Nueva Guinea',
      ko: '파푸아뉴기니', ja: 'パプアニューギニア',
    },
    capital: { en: 'Port Moresby', vi: 'Port Moresby|Po Mo-xbi', zh: '莫尔兹比港|摩斯比港', fr: 'Port Moresby', ru: 'Порт-Морсби', es: 'Port Moresby', ko: '포트모르즈비', ja: 'ポートモレスビー' },
    demonym: { en: 'Papua New Guinean', fr: 'papouan-néo-guinéen', es: 'papú', ru: 'папуа-новогвинейский' },
  },
  {
    code: 'FJ', en: 'Fiji',
    name: { en: 'Fiji|Republic of Fiji', vi: 'Fiji|Phi-gi|Phigi', zh: '斐济|斐濟', fr: 'Fidji', ru: 'Фиджи', es: 'Fiyi', ko: '피지', ja: 'フィジー' },
    capital: { en: 'Suva', vi: 'Suva|Xu-va', zh: '苏瓦|蘇瓦', fr: 'Suva', ru: 'Сува', es: 'Suva', ko: '수바' },
    demonym: { en: 'Fijian', fr: 'fidjien', es: 'fiyiano', ru: 'фиджийский' },
  },
  {
    code: 'SB', en: 'Solomon Islands',
    name: {
      en: 'Solomon Islands', vi: 'Quần đảo Solomon|?Solomon|Xô-lô-môn|Quần đảo Xô-lô-môn', zh: '所罗门群岛|所羅門群島|索羅門群島',
      fr: 'Îles Salomon|?Salomon', ru: 'Соломонов{ы,ых,ым,ыми} Остров{а,ов,ам,ами,ах}', es: 'Islas Salomón', ko: '솔로몬 제도|솔로몬제도',
      ja: 'ソロモン諸島',
    },
    capital: { en: 'Honiara', vi: 'Honiara|Hô-ni-a-ra', zh: '霍尼亚拉|荷尼阿拉', ru: 'Хониара', ja: 'ホニアラ' },
    demonym: { en: 'Solomon Islander', fr: 'salomonais', es: 'salomonense', ru: 'соломонский' },
  },
  {
    code: 'VU', en: 'Vanuatu',
    name: { en: 'Vanuatu|Republic of Vanuatu', vi: 'Vanuatu|Va-nu-a-tu', zh: '瓦努阿图|瓦努阿圖|萬那杜', fr: 'Vanuatu', ru: 'Вануату', es: 'Vanuatu', ko: '바누아투', ja: 'バヌアツ' },
    capital: { en: 'Port Vila', vi: 'Port Vila|Po Vi-la', zh: '维拉港|維拉港', fr: 'Port-Vila', ru: 'Порт-Вила', ja: 'ポートビラ' },
    demonym: { en: 'Ni-Vanuatu', fr: 'vanuatais', es: 'vanuatuense', ru: 'вануатский' },
  },
  {
    code: 'WS', en: 'Samoa',
    name: { en: 'Samoa|Independent State of Samoa', vi: 'Samoa|Xa-moa|Xamoa', zh: '萨摩亚|薩摩亞', fr: 'Samoa', ru: 'Самоа', es: 'Samoa', ko: '사모아', ja: 'サモア' },
    capital: { en: 'Apia', vi: 'Apia|A-pi-a', zh: '阿皮亚|阿皮亞', ru: 'Апиа', ja: 'アピア' },
    demonym: { en: 'Samoan', fr: 'samoan', es: 'samoano', ru: 'самоанский' },
  },
  {
    code: 'TO', en: 'Tonga',
    name: { en: 'Tonga|Kingdom of Tonga', vi: 'Tonga|Tông-ga|Tôngga', zh: '汤加|湯加|東加', fr: 'Tonga', ru: 'Тонга', es: 'Tonga', ko: '통가', ja: 'トンガ' },
    capital: { en: "Nuku'alofa|Nukuʻalofa|Nuku’alofa", vi: "Nuku'alofa|Nu-cu-a-lô-pha", zh: '努库阿洛法|努瓜婁發', ru: 'Нукуалофа', ja: 'ヌクアロファ' },
    demonym: { en: 'Tongan', fr: 'tongien', es: 'tongano', ru: 'тонганский' },
  },
  {
    code: 'KI', en: 'Kiribati',
    name: { en: 'Kiribati|Republic of Kiribati', vi: 'Kiribati|Ki-ri-ba-ti', zh: '基里巴斯|吉里巴斯', fr: 'Kiribati', ru: 'Кирибати', es: 'Kiribati', ko: '키리바시', ja: 'キリバス' },
    capital: { en: 'Tarawa|South Tarawa', vi: 'Tarawa|Ta-ra-oa', zh: '塔拉瓦|南塔拉瓦', ru: 'Южная Тарава|Тарава', ja: 'タラワ' },
    demonym: { en: 'I-Kiribati', fr: 'kiribatien', es: 'kiribatiano', ru: 'кирибатийский' },
  },
  {
    code: 'TV', en: 'Tuvalu',
    name: { en: 'Tuvalu', vi: 'Tuvalu|Tu-va-lu', zh: '图瓦卢|圖瓦盧|吐瓦魯', fr: 'Tuvalu', ru: 'Тувалу', es: 'Tuvalu', ko: '투발루', ja: 'ツバル' },
    capital: { en: 'Funafuti', vi: 'Funafuti|Phu-na-phu-ti', zh: '富纳富提|富納富提', ru: 'Фунафути', ja: 'フナフティ' },
    demonym: { en: 'Tuvaluan', fr: 'tuvaluan', es: 'tuvaluano', ru: 'тувалуский' },
  },
  {
    code: 'NR', en: 'Nauru',
    name: { en: 'Nauru|Republic of Nauru', vi: 'Nauru|Na-u-ru', zh: '瑙鲁|瑙魯|諾魯', fr: 'Nauru', ru: 'Науру', es: 'Nauru', ko: '나우루', ja: 'ナウル' },
    capital: { en: 'Yaren', vi: 'Yaren', ru: 'Ярен', ja: 'ヤレン' },
    demonym: { en: 'Nauruan', fr: 'nauruan', es: 'nauruano', ru: 'науруанский' },
  },
  {
    code: 'MH', en: 'Marshall Islands',
    name: {
      en: 'Marshall Islands|Republic of the Marshall Islands', vi: 'Quần đảo Marshall|Cộng hòa Quần đảo Marshall|Quần đảo Mác-san', zh: '马绍尔群岛|馬紹爾群島',
      fr: 'Îles Marshall', ru: 'Маршалл{овы,овых,овым,овыми} Остров{а,ов,ам,ами,ах}', es: 'Islas Marshall', ko: '마셜 제도|마셜제도',
      ja: 'マーシャル諸島',
    },
    capital: { en: 'Majuro', vi: 'Majuro|Ma-giu-rô', zh: '马朱罗|馬久羅', ru: 'Маджуро', ja: 'マジュロ' },
    demonym: { en: 'Marshallese', fr: 'marshallais', es: 'marshalés', ru: 'маршалловский' },
  },
  {
    code: 'FM', en: 'Micronesia',
    name: {
      en: 'Micronesia|Federated States of Micronesia', vi: 'Micronesia|Liên bang Micronesia|Mi-crô-nê-xi-a|Micrônêxia', zh: '密克罗尼西亚联邦|密克羅尼西亞聯邦|密克罗尼西亚|密克羅尼西亞',
      fr: 'Micronésie|États fédérés de Micronésie', ru: 'Микронезия|Федеративны{е,х,м,ми} Штат{ы,ов,ам,ами,ах} Микронезии', es: 'Micronesia|Estados Federados de Micronesia',
      ko: '미크로네시아 연방|미크로네시아', ja: 'ミクロネシア連邦|ミクロネシア',
    },
    capital: { en: 'Palikir', vi: 'Palikir|Pa-li-kia', zh: '帕利基尔|帕里克爾', ru: 'Паликир', ja: 'パリキール' },
    demonym: { en: 'Micronesian', fr: 'micronésien', es: 'micronesio', ru: 'микронезийский' },
  },
  {
    code: 'PW', en: 'Palau',
    name: { en: 'Palau|Republic of Palau', vi: 'Palau|Pa-lau|Pa-lao', zh: '帕劳|帛琉|帕勞', fr: 'Palaos|Palau', ru: 'Палау', es: 'Palaos|Palau', ko: '팔라우', ja: 'パラオ' },
    capital: { en: 'Ngerulmud|Melekeok', vi: 'Ngerulmud', zh: '恩吉鲁穆德', ru: 'Нгерулмуд', ja: 'マルキョク|ンゲルルムド' },
    demonym: { en: 'Palauan', fr: 'paluan|palaosien', es: 'palauano', ru: 'палауский' },
  },
];
