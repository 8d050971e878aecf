/**
 * The gazetteer matcher: finds country names, capitals, demonyms and two-country compounds
 * (越美, 日ベトナム, 한-베, Việt - Mỹ, российско-вьетнамских, franco-vietnamienne, Sino-Vietnamese)
 * in a text, for the countries listed in `./data`.
 *
 * Everything is built once: one character trie per data language, over a case-folded form of
 * every surface (Russian declensions, French/Spanish inflections, Vietnamese transliteration
 * variants and compound prefixes already expanded). A call folds the text once (same length,
 * so offsets carry over), then walks the tries of the languages it reads from each position
 * where a form can start, keeps the longest match that passes its checks (word boundaries,
 * case, the person/place-name guards) and jumps past it. No regex is built per call and
 * nothing recurses on the length of the text (a compound looks one match ahead for its second
 * side, a guard one more).
 *
 * Word boundaries are Unicode-aware for Latin, Cyrillic, Vietnamese …: a form that starts or
 * ends with a letter or digit must not touch another letter, digit or mark there; Han, kana
 * and hangul do not count as word characters (so 与EU and EU와 match). Chinese, Japanese and
 * Korean forms have no boundaries (the longest match wins), except that short katakana names
 * (タイ, チリ, インド) must not sit inside a longer katakana word.
 *
 * What is not in the data but here: the exclusions (seas, oceans, continents: South China Sea,
 * Biển Đông, 南中国海, インド洋 …), the words that make a one-syllable Vietnamese name something
 * else (Ý kiến, Pháp luật, Anh ấy), and the Chinese contexts where 越 is a word (越来越, 超越).
 */
import type { Lang } from '../../types';
import { COUNTRIES, type CountryRecord, type GazLang } from './data';

export type MentionKind = 'name' | 'capital' | 'demonym' | 'pair';

export interface CountryMention {
  /** ISO 3166-1 alpha-2 (or `EU`, `XK`). For a pair: the non-Vietnam side. */
  code: string;
  /** Offsets into the text: text.slice(start, end) === surface. */
  start: number;
  end: number;
  surface: string;
  kind: MentionKind;
  /**
   * For 'pair' (越美, 日越, 한-베, Việt - Mỹ, российско-вьетнамских, franco-vietnamienne):
   * `VN` when one side is Vietnam (then `code` is the other side); otherwise the first side
   * (and `code` the second).
   */
  pairedWith?: string;
}

const VN = 'VN';
const GAZ_LANGS: readonly GazLang[] = ['en', 'vi', 'zh', 'fr', 'ru', 'es', 'ko', 'ja'];

// ------------------------------------------------------------------ character classes and folding

/** 0 unknown, 1 word character (Latin/Cyrillic/… letter, digit, mark), 2 not. CJK, kana and hangul are not word characters here. */
const WORD_TABLE = new Uint8Array(65536);
const WORD_RE = /[\p{L}\p{N}\p{M}]/u;
const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  let v = WORD_TABLE[c]!;
  if (v === 0) {
    const ch = String.fromCharCode(c);
    v = WORD_RE.test(ch) && !CJK_RE.test(ch) ? 1 : 2;
    WORD_TABLE[c] = v;
  }
  return v === 1;
}

function isKatakana(c: number): boolean {
  return (c >= 0x30a0 && c <= 0x30ff && c !== 0x30fb) || (c >= 0x31f0 && c <= 0x31ff) || (c >= 0xff66 && c <= 0xff9f);
}

function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

/** Letters with case: an upper-case letter differs from its lower case. */
function isUpperChar(ch: string): boolean {
  return ch !== ch.toLowerCase();
}

function hasCase(ch: string): boolean {
  return ch.toLowerCase() !== ch.toUpperCase();
}

/**
 * Punctuation folding that keeps the length: dashes → '-', apostrophes → "'", odd spaces → ' ',
 * middle dots (·・ㆍ) → '·'.
 */
const PUNCT_RE = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d\u2018\u2019\u02bc\u00a0\u2002-\u200a\u202f\u205f\u3000\u2027\u30fb\u318d\uff65]/g;
function punctFold(ch: string): string {
  const c = ch.charCodeAt(0);
  if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe58 || c === 0xfe63 || c === 0xff0d) return '-';
  if (c === 0x2018 || c === 0x2019 || c === 0x02bc) return "'";
  if (c === 0x2027 || c === 0x30fb || c === 0x318d || c === 0xff65) return '·';
  return ' ';
}

/** Vietnamese old-style tone placement (hoà, thuỵ) folded to the new style (hòa, thụy); same length. */
const VI_TONE_RE = /o[áàảãạ]|o[éèẻẽẹ]|u[ýỳỷỹỵ]/g;
const VI_TONE_MAP: Record<string, string> = {
  'oá': 'óa', 'oà': 'òa', 'oả': 'ỏa', 'oã': 'õa', 'oạ': 'ọa',
  'oé': 'óe', 'oè': 'òe', 'oẻ': 'ỏe', 'oẽ': 'õe', 'oẹ': 'ọe',
  'uý': 'úy', 'uỳ': 'ùy', 'uỷ': 'ủy', 'uỹ': 'ũy', 'uỵ': 'ụy',
};

function normText(s: string): string {
  return s.replace(PUNCT_RE, punctFold);
}

/** Case fold of a normalised string, keeping every offset. */
function foldText(norm: string): string {
  let f = norm.toLowerCase();
  if (f.length !== norm.length) {
    // A few characters (İ) lower-case to two; fold those one by one.
    const parts: string[] = [];
    for (let i = 0; i < norm.length; i++) {
      const ch = norm.charAt(i);
      const l = ch.toLowerCase();
      parts.push(l.length === 1 ? l : ch);
    }
    f = parts.join('');
  }
  f = f.replace(/ё/g, 'е');
  return f.replace(VI_TONE_RE, (m) => VI_TONE_MAP[m] ?? m);
}

// ------------------------------------------------------------------ Vietnamese syllables and guards

const VI_VOWELS = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ';
const VI_SYLLABLE = new RegExp(`^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[${VI_VOWELS}]{1,3}(?:ng|nh|ch|[cmnpt])?$`);

function isVietSyllable(word: string): boolean {
  return word.length <= 7 && VI_SYLLABLE.test(word.toLowerCase());
}

/** Lower-case syllables that, after a one-syllable country name, make a common word (Ý kiến, Pháp luật, Anh ấy, Mỹ thuật). */
const VI_FOLLOW_WORDS: Record<string, string> = {
  'Ý': 'kiến nghĩa thức định tưởng muốn chí thích niệm đồ vị nguyện tứ nhị',
  'Pháp': 'luật lý lệnh chế quyền sư môn trị quy điển danh thuật ngữ văn y bảo khí trường đình nhân',
  'Anh': 'ấy ta em chị hùng ngữ văn minh tài trai rể họ cả đào dũng hào thư kiệt ơi chàng bạn nuôi',
  'Mỹ': 'thuật phẩm nhân mãn học lệ vị nữ kim tục miều ý cảm từ danh viện',
  'Đức': 'tính độ hạnh tin cha ông mẹ vua phật giáo chúa thánh',
  'Nhật': 'ký kí thực trình báo dụng kỳ kì ngữ lệnh nguyệt tụng quang',
  'Bỉ': 'ổi bai thử',
  'Lào': 'xào',
  'Áo': 'dài khoác len mưa sơ phông thun choàng giáp quan cưới gối tắm',
  'Thổ': 'địa cẩm công dân ngữ nhưỡng phỉ lộ sản',
  'Hung': 'thủ hãn dữ tin bạo khí tàn',
  'Viên': 'chức đạn thuốc nén ngọc kim',
};
const VI_FOLLOW: Map<string, Set<string>> = new Map(
  Object.entries(VI_FOLLOW_WORDS).map(([k, v]) => [k, new Set(v.split(' '))]),
);
/** After any one-syllable name. */
const VI_FOLLOW_ANY = new Set(['ấy']);
/** "nhân dịp" (on the occasion of) is not "Pháp nhân" / "Mỹ nhân". */
const VI_FOLLOW_EXEMPT_NEXT: Record<string, string[]> = { nhân: ['dịp'] };
/** Lower-case words before a one-syllable name that make it a person or a language: ông Đức, chị Nga, tiếng Anh. */
const VI_PREV_WORDS = new Set('ông bà anh chị em cô chú bác cụ thầy cháu cậu chàng nàng tiếng'.split(' '));

// ------------------------------------------------------------------ CJK guards

const CJK_DIGITS = new Set('0123456789０１２３４５６７８９〇零一二三四五六七八九十百千两兩'.split(''));
/** Before 日: a date or a day (15日越…, 每日, 今日, 土日) or a word (抗日, 访日). */
const DATE_PREV = new Set('每毎今昨明本先同翌前后後当當休祝平土金月火水木次即终終整半某节節假周週抗反亲親访訪驻駐赴对對'.split(''));
/** Before 越: verbs and names that 越 ends (超越, 跨越, 卓越, 吴越, 百越). */
const YUE_PREV = new Set('超跨飞飛穿逾翻攀优優卓激僭腾騰横橫吴吳百闽閩'.split(''));
/** After 越: words 越 starts (越来越, 越是, 越过, 越境, 越野 …). */
const YUE_NEXT = new Set('来來是发發过過境野狱獄界级級位权權冬剧劇洋岭嶺轨軌线線'.split(''));
/** After 越加 the pair reading needs a context (两国, 关系, 合作 …); otherwise 越加 is "even more". */
const PAIR_CONTEXT = new Set('两兩双雙关關合贸貿间間建自友外经經防全战戰领領首边邊三、，,。 等与與和及'.split(''));
/** After X方: words 方 starts (新方法, 加方式 …). */
const FANG_NEXT = new Set('法案向式针針面便位言程略形块塊圆圓阵陣舟才可能兴興剂劑巾格正丈寸志'.split(''));
/** Characters that, before a one-character abbreviation, make a word with it (其中, 参加, 完美 …). */
const ZH_PREV_WORDS: Record<string, string> = {
  '中': '其集心之当當空高初途期家眼手水火城命打相看正居适適折',
  '加': '参參增附追施更添叠疊强強',
  '新': '更创創最重清革全刷崭嶄翻',
  '美': '完精优優甜赞讚健柔审審北南',
  '法': '方办辦说說做立司执執违違合守宪憲非语語书書手算兵佛国國',
  '老': '古养養元敬父长長',
  '马': '骑赛出兵人下上铁', '馬': '騎賽出兵人下上鐵',
  '英': '精群',
  '德': '道品功美',
  '意': '注同愿願满滿故任生创創好敬心民',
  '印': '复複打烙影刊',
  '古': '复復考怀懷千万萬自远遠太',
  '朝': '王今明前向',
  '蒙': '启啟内內',
  '欧': '西东北南中', '歐': '西東北南中',
};

// ------------------------------------------------------------------ exclusions

/**
 * Surfaces that contain a country form but are not a mention of the country: seas, oceans,
 * continents and regions, a few fixed names. Matched in any case, with the same boundaries as
 * names; a match consumes its span and reports nothing.
 */
const BLOCKERS: Record<GazLang, string[]> = {
  en: [
    'South China Sea', 'East China Sea', 'China Sea', 'South China Morning Post', 'Indian Ocean', 'Korean Peninsula',
    'Latin America', 'Latin American', 'South America', 'South American', 'North America', 'North American',
    'Central America', 'Central American', 'New Mexico', 'Northern Ireland', 'New Guinea', 'Washington Post', 'US$',
  ],
  vi: [
    'Biển Đông', 'Biển Hoa Đông', 'Biển Nam Trung Hoa', 'Ấn Độ Dương', 'Ấn Độ - Thái Bình Dương', 'Ấn Độ-Thái Bình Dương',
    'Ấn Độ giáo', 'Mỹ Latinh', 'Mỹ La-tinh', 'Mỹ Latin', 'châu Mỹ', 'Nam Mỹ', 'Bắc Mỹ', 'Trung Mỹ', 'bán đảo Triều Tiên',
    'Bắc Ireland', 'Bắc Ai-len',
  ],
  zh: [
    '南海', '南中国海', '南中國海', '东中国海', '東中國海', '印度洋', '印度太平洋', '印度支那', '印度教', '朝鲜半岛', '朝鮮半島',
    '新墨西哥', '北爱尔兰', '北愛爾蘭', '新几内亚', '新幾內亞', '越中部', '越捷航空',
  ],
  ja: ['南シナ海', '東シナ海', 'インド洋', 'インド太平洋', 'インドシナ', '朝鮮半島', 'ニューメキシコ', '北アイルランド', 'ニューギニア'],
  ko: [
    '남중국해', '동중국해', '인도양', '인도태평양', '인도-태평양', '인도차이나', '인도적', '인도주의', '인도하', '인도해', '인도되',
    '인도된', '인도받', '남미', '북미', '중남미', '뉴멕시코', '북아일랜드', '뉴기니', '호주머니',
  ],
  fr: [
    'mer de Chine méridionale', 'mer de Chine orientale', 'mer de Chine du Sud', 'mer de Chine', 'océan Indien',
    'péninsule coréenne', 'Irlande du Nord', 'Nouveau-Mexique', 'Nouvelle-Guinée',
  ],
  es: [
    'Mar de China Meridional', 'Mar de la China Meridional', 'Mar del Sur de China', 'Mar de China Oriental',
    'Mar de la China Oriental', 'mar de China', 'península coreana', 'Irlanda del Norte', 'Nuevo México', 'Nueva Guinea',
  ],
  ru: [
    'Южно-Китайск{ое,ого,ом,ому,им} мор{е,я,ю,ем}', 'Восточно-Китайск{ое,ого,ом,ому,им} мор{е,я,ю,ем}',
    'Индийск{ий,ого,ом,ому,им} океан{,а,е,у,ом}', 'Корейск{ий,ого,ом,ому,им} полуостров{,а,е,у,ом}',
    'Латинск{ая,ой,ую,ою} Америк{а,и,е,у,ой}', 'Южн{ая,ой,ую,ою} Америк{а,и,е,у,ой}',
    'Северн{ая,ой,ую,ою} Америк{а,и,е,у,ой}', 'Центральн{ая,ой,ую,ою} Америк{а,и,е,у,ой}',
    'Северн{ая,ой,ую,ою} Ирланди{я,и,ю,ей}', 'Нью-Мексико', 'Нов{ая,ой,ую} Гвине{я,и,ю,ей}',
  ],
};

// ------------------------------------------------------------------ entries and tries

type EntryKind = 'block' | 'name' | 'capital' | 'pair' | 'demonym' | 'abbr';
const PRIORITY: Record<EntryKind, number> = { block: 0, name: 1, capital: 2, pair: 3, demonym: 4, abbr: 5 };

/** Case checks: any case; exactly as written; first letter capital; every capital of the form capital in the text. */
const Case = { Any: 0, Exact: 1, First: 2, Every: 3 } as const;
type Case = (typeof Case)[keyof typeof Case];

type Family = 'cjk' | 'ko' | 'vi' | 'latin';
/** What the second side of a compound may be. */
type Second = 'abbr' | 'abbrName' | 'demonym' | 'demonymName' | 'vnOnly';

interface Prefix {
  family: Family;
  second: Second;
  /** zh/ja: one side must be Vietnam. */
  requireVN: boolean;
  /** vi: the first side is also a full name (Mỹ), so "Mỹ - Nhật" is two names, not a pair. */
  firstIsName: boolean;
}

interface Entry {
  /** '' for an exclusion. */
  code: string;
  kind: EntryKind;
  lang: GazLang;
  /** The form as written (punctuation-folded), for exact and case checks. */
  form: string;
  mode: Case;
  bStart: boolean;
  bEnd: boolean;
  /** Short katakana forms must not sit inside a longer katakana word (タイ in タイム). */
  kata: boolean;
  /** One-syllable Vietnamese name or abbreviation: the name-collision guards apply. */
  viSingle: boolean;
  /** `?`: rejected next to another capitalised word. */
  person: boolean;
  prefix?: Prefix;
}

/** A trie node: one child is kept inline (most nodes have one), more go in a map. */
interface TrieNode {
  c1: number;
  n1: TrieNode | undefined;
  more: Map<number, TrieNode> | undefined;
  out: Entry[] | undefined;
}

function newNode(): TrieNode {
  return { c1: -1, n1: undefined, more: undefined, out: undefined };
}

function child(node: TrieNode, c: number): TrieNode | undefined {
  return node.c1 === c ? node.n1 : node.more?.get(c);
}

interface Trie {
  root: TrieNode;
  /** Per first folded code unit: 1 = forms needing a word boundary start here, 2 = forms that don't. */
  first: Uint8Array;
}

function newTrie(): Trie {
  return { root: newNode(), first: new Uint8Array(65536) };
}

function sameEntry(a: Entry, b: Entry): boolean {
  return a.code === b.code && a.kind === b.kind && a.mode === b.mode && a.person === b.person &&
    a.viSingle === b.viSingle && a.prefix?.second === b.prefix?.second && (a.mode === Case.Any || a.mode === Case.First || a.form === b.form);
}

function insert(trie: Trie, e: Entry): void {
  const key = foldText(e.form);
  if (key.length === 0) return;
  let node = trie.root;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    let next = child(node, c);
    if (!next) {
      next = newNode();
      if (!node.n1) {
        node.c1 = c;
        node.n1 = next;
      } else {
        (node.more ??= new Map()).set(c, next);
      }
    }
    node = next;
  }
  const out = (node.out ??= []);
  if (out.some((o) => sameEntry(o, e))) return;
  // Kept in priority order: exclusions, names, capitals, compounds, demonyms, abbreviations.
  let at = out.length;
  while (at > 0 && PRIORITY[out[at - 1]!.kind] > PRIORITY[e.kind]) at--;
  out.splice(at, 0, e);
  const k0 = key.charCodeAt(0);
  trie.first[k0] = (trie.first[k0] ?? 0) | (e.bStart ? 1 : 2);
}

// ------------------------------------------------------------------ surface-form expansion

interface RawForm {
  text: string;
  exact: boolean;
  person: boolean;
  any: boolean;
}

const PARSED = new Map<string, RawForm[]>();

function parseList(s: string | undefined): RawForm[] {
  if (!s) return [];
  const hit = PARSED.get(s);
  if (hit) return hit;
  const out: RawForm[] = [];
  for (let t of s.split('|')) {
    t = t.trim();
    let exact = false, person = false, any = false;
    for (;;) {
      const m = t.charAt(0);
      if (m === '=') exact = true;
      else if (m === '?') person = true;
      else if (m === '~') any = true;
      else break;
      t = t.slice(1);
    }
    if (t) out.push({ text: t.normalize('NFC'), exact, person, any });
  }
  PARSED.set(s, out);
  return out;
}

/** `Республик{а,и} Корея` → every combination of the brace alternatives. */
function expandBraces(s: string): string[] {
  const open = s.indexOf('{');
  if (open < 0) return [s];
  const close = s.indexOf('}', open);
  if (close < 0) return [s];
  const head = s.slice(0, open);
  const rest = expandBraces(s.slice(close + 1));
  const out: string[] = [];
  for (const alt of s.slice(open + 1, close).split(',')) for (const r of rest) out.push(head + alt.trim() + r);
  return out;
}

function isAllCaps(s: string): boolean {
  let letters = 0;
  for (const ch of s) {
    if (!hasCase(ch)) continue;
    if (isUpperChar(ch)) letters++;
    else return false;
  }
  return letters >= 2;
}

/** Russian: the six cases (nominative, genitive, dative, accusative, instrumental, prepositional) of one word; null when it does not decline. */
function ruWordCases(w: string): string[][] | null {
  if (w.length <= 2 || isAllCaps(w)) return null;
  const lw = w.toLowerCase();
  const end2 = lw.slice(-2);
  const last = lw.slice(-1);
  const mk = (cut: number, cases: string[][]): string[][] => {
    const stem = w.slice(0, w.length - cut);
    return cases.map((alts) => alts.map((a) => stem + a));
  };
  if (lw.length > 3 && end2 === 'ая') return mk(2, [['ая'], ['ой'], ['ой'], ['ую'], ['ой', 'ою'], ['ой']]);
  if (lw.length > 3 && end2 === 'яя') return mk(2, [['яя'], ['ей'], ['ей'], ['юю'], ['ей', 'ею'], ['ей']]);
  if (lw.length > 4 && (end2 === 'ий' || end2 === 'ый')) return mk(2, [[end2], ['ого'], ['ому'], [end2], ['им', 'ым'], ['ом']]);
  if (lw.length > 4 && (end2 === 'ое' || end2 === 'ее')) return mk(2, [[end2], ['ого'], ['ому'], [end2], ['ым', 'им'], ['ом']]);
  if (lw.length > 4 && (end2 === 'ые' || end2 === 'ие')) return mk(2, [[end2], ['ых', 'их'], ['ым', 'им'], [end2], ['ыми', 'ими'], ['ых', 'их']]);
  if (end2 === 'ия') return mk(2, [['ия'], ['ии'], ['ии'], ['ию'], ['ией', 'иею'], ['ии']]);
  if (end2 === 'иа') return null; // Бразилиа
  if (last === 'я') return mk(1, [['я'], ['и'], ['е'], ['ю'], ['ей', 'ею'], ['е']]);
  if (last === 'а') {
    const gen = /[кгхжшчщ]$/.test(lw.slice(0, -1)) ? 'и' : 'ы';
    return mk(1, [['а'], [gen], ['е'], ['у'], ['ой', 'ей', 'ою'], ['е']]);
  }
  if (last === 'ы') return mk(1, [['ы'], ['ов', ''], ['ам'], ['ы'], ['ами'], ['ах']]);
  if (lw.endsWith('ство')) return mk(1, [['о'], ['а'], ['у'], ['о'], ['ом'], ['е']]);
  if (last === 'й') return mk(1, [['й'], ['я'], ['ю'], ['й'], ['ем'], ['е']]);
  if (last === 'ь') return mk(1, [['ь'], ['я'], ['ю'], ['ь'], ['ем', 'ём'], ['е']]);
  if (/[бвгдзклмнпрстфхцчшщж]/.test(last)) return mk(0, [[''], ['а'], ['у'], [''], ['ом', 'ем'], ['е']]);
  return null; // Токио, Чили, Перу, Нью-Дели …
}

/** Russian names and capitals: every case, the words of a phrase declined together. */
function ruDecline(phrase: string): string[] {
  if (phrase.includes('{')) return expandBraces(phrase);
  if (isAllCaps(phrase)) return [phrase];
  const words = phrase.split(' ');
  const cases = words.map(ruWordCases);
  if (cases.every((c) => c === null)) return [phrase];
  const out = new Set<string>([phrase]);
  for (let k = 0; k < 6; k++) {
    let acc = [''];
    words.forEach((w, idx) => {
      const alts = cases[idx]?.[k] ?? [w];
      const next: string[] = [];
      for (const a of acc) for (const b of alts) next.push(a ? `${a} ${b}` : b);
      acc = next;
    });
    for (const a of acc) out.add(a);
  }
  return [...out];
}

const RU_ADJ_ENDINGS = ['ий', 'ый', 'ой', 'ого', 'ому', 'им', 'ым', 'ом', 'ая', 'ую', 'ою', 'ое', 'ие', 'ые', 'их', 'ых', 'ими', 'ыми'];

function ruAdjStem(m: string): string | null {
  return /(?:ий|ый|ой)$/.test(m) && m.length > 4 ? m.slice(0, -2) : null;
}

/** Russian demonym (masculine nominative adjective) → every ending. */
function ruAdjForms(m: string): string[] {
  if (m.includes('{')) return expandBraces(m);
  const stem = ruAdjStem(m);
  return stem ? RU_ADJ_ENDINGS.map((e) => stem + e) : [m];
}

function frForms(m: string): string[] {
  if (m.includes('{')) return expandBraces(m);
  if (/e$/.test(m)) return [m, `${m}s`];
  if (/[sx]$/.test(m)) return [m, `${m}e`, `${m}es`];
  if (/(?:en|on)$/.test(m)) return [m, `${m}ne`, `${m}s`, `${m}nes`];
  return [m, `${m}e`, `${m}s`, `${m}es`];
}

const DEACCENT: Record<string, string> = { 'á': 'a', 'é': 'e', 'í': 'i', 'ó': 'o', 'ú': 'u' };

function esForms(m: string): string[] {
  if (m.includes('{')) return expandBraces(m);
  if (/o$/.test(m)) {
    const stem = m.slice(0, -1);
    return [m, `${stem}a`, `${m}s`, `${stem}as`];
  }
  if (/[ae]$/.test(m)) return [m, `${m}s`];
  if (/[íú]$/.test(m)) return [m, `${m}es`, `${m}s`];
  const acc = /([áéíóú])([ns])$/.exec(m);
  const base = acc ? m.slice(0, acc.index) + (DEACCENT[acc[1]!] ?? acc[1]!) + acc[2]! : m;
  return [m, `${base}a`, `${base}es`, `${base}as`];
}

function enDemonymForms(m: string): string[] {
  if (m.includes('{')) return expandBraces(m);
  return /(?:s|sh|ch|x|z|ese)$/.test(m) ? [m] : [m, `${m}s`];
}

/** Vietnamese hyphenated transliterations: also joined, and (three syllables or more) spaced. */
function viForms(f: string): string[] {
  const base = expandBraces(f);
  const out: string[] = [];
  for (const b of base) {
    out.push(b);
    if (!b.includes('-')) continue;
    out.push(b.replace(/-/g, ''));
    if (b.split(/[\s-]+/).length >= 3) out.push(b.replace(/-/g, ' '));
  }
  return out;
}

// ------------------------------------------------------------------ building

function isShortKatakana(form: string): boolean {
  if (form.length > 3) return false;
  for (let i = 0; i < form.length; i++) if (!isKatakana(form.charCodeAt(i))) return false;
  return true;
}

interface EntryExtra {
  viSingle?: boolean;
  person?: boolean;
  prefix?: Prefix;
}

function makeEntry(code: string, kind: EntryKind, lang: GazLang, form: string, mode: Case, extra?: EntryExtra): Entry {
  const norm = normText(form);
  const e: Entry = {
    code, kind, lang, form: norm, mode,
    bStart: isWordCode(norm.charCodeAt(0)),
    bEnd: isWordCode(norm.charCodeAt(norm.length - 1)),
    kata: isShortKatakana(norm),
    viSingle: extra?.viSingle ?? false,
    person: extra?.person ?? false,
  };
  if (extra?.prefix) e.prefix = extra.prefix;
  return e;
}

/** Case mode for a name, capital or abbreviation. */
function nameMode(lang: GazLang, raw: RawForm, form: string): Case {
  if (raw.exact || isAllCaps(form)) return Case.Exact;
  if (raw.any) return Case.Any;
  if (!hasCase(form.charAt(0))) return Case.Any;
  return lang === 'vi' ? Case.Every : Case.First;
}

function isViSingle(lang: GazLang, form: string): boolean {
  return lang === 'vi' && !/[\s-]/.test(form) && !isAllCaps(form) && isVietSyllable(form);
}

function nameVariants(lang: GazLang, form: string): string[] {
  if (lang === 'ru') return ruDecline(form);
  if (lang === 'vi') return viForms(form);
  return expandBraces(form);
}

function demonymVariants(lang: GazLang, form: string): string[] {
  switch (lang) {
    case 'ru': return ruAdjForms(form);
    case 'fr': return frForms(form);
    case 'es': return esForms(form);
    case 'en': return enDemonymForms(form);
    default: return expandBraces(form);
  }
}

const VI_SEPS = ['-', ' -', '- ', ' - '];

function buildTrie(lang: GazLang): Trie {
  const trie = newTrie();
  const add = (e: Entry) => insert(trie, e);

  for (const rec of COUNTRIES) {
    const code = rec.code;
    for (const [field, kind] of [['name', 'name'], ['capital', 'capital']] as const) {
      for (const raw of parseList(rec[field]?.[lang])) {
        for (const v of nameVariants(lang, raw.text)) {
          const mode = nameMode(lang, raw, v);
          const viSingle = isViSingle(lang, v);
          add(makeEntry(code, kind, lang, v, viSingle ? Case.Exact : mode, { viSingle, person: raw.person }));
        }
      }
    }
    for (const raw of parseList(rec.demonym?.[lang])) {
      for (const v of demonymVariants(lang, raw.text)) {
        let mode: Case;
        if (raw.exact || (lang === 'en' && !raw.any) || isAllCaps(v)) mode = Case.Exact;
        else mode = Case.Any;
        add(makeEntry(code, 'demonym', lang, v, mode, { person: raw.person }));
      }
    }
    addCompounds(rec, lang, add);
  }
  for (const b of BLOCKERS[lang]) for (const v of expandBraces(b)) add(makeEntry('', 'block', lang, v, Case.Any));
  return trie;
}

function addCompounds(rec: CountryRecord, lang: GazLang, add: (e: Entry) => void): void {
  const code = rec.code;
  const abbrs = parseList(rec.abbr?.[lang]);
  if (lang === 'zh' || lang === 'ja' || lang === 'ko' || lang === 'vi') {
    const viNames = lang === 'vi' ? new Set(parseList(rec.name.vi).map((r) => r.text)) : new Set<string>();
    for (const raw of abbrs) {
      const a = raw.text;
      const isVi = lang === 'vi';
      const mode = isVi ? Case.Exact : nameMode(lang, raw, a);
      const viSingle = isViSingle(lang, a);
      add(makeEntry(code, 'abbr', lang, a, mode, { viSingle }));
      const pf = (family: Family, second: Second, requireVN: boolean): Prefix => ({
        family, second, requireVN, firstIsName: viNames.has(a),
      });
      if (lang === 'zh' || lang === 'ja') {
        add(makeEntry(code, 'pair', lang, a, mode, { prefix: pf('cjk', lang === 'ja' ? 'abbrName' : 'abbr', true) }));
        if (lang === 'ja') add(makeEntry(code, 'pair', lang, `${a}·`, mode, { prefix: pf('cjk', 'abbrName', true) }));
      } else if (lang === 'ko') {
        for (const sep of ['-', '·']) add(makeEntry(code, 'pair', lang, a + sep, mode, { prefix: pf('ko', 'abbrName', false) }));
        // Without a separator only 한베 / 한베트남: other run-together syllables are too often words (일베).
        if (code === 'KR') add(makeEntry(code, 'pair', lang, a, mode, { prefix: pf('ko', 'vnOnly', true) }));
      } else {
        for (const sep of VI_SEPS) add(makeEntry(code, 'pair', lang, a + sep, mode, { viSingle, prefix: pf('vi', 'abbrName', false) }));
      }
    }
    return;
  }
  // Latin and Cyrillic adjectival compounds: combining form (Sino-, franco-, российско-) or, in
  // English and Spanish, a demonym (Vietnamese-, vietnamita-), then a hyphen and a demonym.
  const heads = new Set<string>();
  for (const raw of parseList(rec.combo?.[lang])) for (const v of expandBraces(raw.text)) heads.add(v);
  for (const raw of parseList(rec.demonym?.[lang])) {
    for (const d of expandBraces(raw.text)) {
      if (lang === 'ru') {
        const stem = ruAdjStem(d);
        if (stem) heads.add(`${stem}о`);
      } else if (lang === 'en' || lang === 'es') {
        heads.add(d);
      }
    }
  }
  const demonyms = new Set(parseList(rec.demonym?.[lang]).map((r) => r.text));
  for (const h of heads) {
    const mode = lang === 'en' && demonyms.has(h) ? Case.Exact : Case.Any;
    const second: Second = lang === 'en' ? 'demonymName' : 'demonym';
    add(makeEntry(code, 'pair', lang, `${h}-`, mode, { prefix: { family: 'latin', second, requireVN: false, firstIsName: false } }));
  }
}

/**
 * Tries are built once per data language, on the first call that reads it, and kept for the
 * life of the process (all eight take some 50–100 ms on a cold start, which a process should not
 * pay for languages it never reads).
 */
const TRIES = new Map<GazLang, Trie>();

interface TrieSet {
  tries: Trie[];
  /** The union of the tries' first-character tables. */
  first: Uint8Array;
}
const TRIE_SETS = new Map<Lang, TrieSet>();

function trie(l: GazLang): Trie {
  let t = TRIES.get(l);
  if (!t) {
    t = buildTrie(l);
    TRIES.set(l, t);
  }
  return t;
}

function triesFor(lang: Lang): TrieSet {
  let set = TRIE_SETS.get(lang);
  if (!set) {
    const langs: GazLang[] = lang === 'other' ? [...GAZ_LANGS] : lang === 'en' ? ['en'] : [lang, 'en'];
    const tries = langs.map(trie);
    const first = new Uint8Array(65536);
    for (const t of tries) for (let c = 0; c < 65536; c++) first[c] = first[c]! | t.first[c]!;
    set = { tries, first };
    TRIE_SETS.set(lang, set);
  }
  return set;
}

const BY_CODE = new Map<string, CountryRecord>(COUNTRIES.map((c) => [c.code, c]));

// ------------------------------------------------------------------ matching

interface Ctx {
  text: string;
  norm: string;
  fold: string;
  n: number;
  tries: Trie[];
  first: Uint8Array;
  lastStart: number;
  lastEnd: number;
}

interface Cand {
  end: number;
  entry: Entry;
  kind: EntryKind;
  code: string;
  pairedWith?: string;
}

/**
 * Main: a mention may start here (names, capitals, demonyms, compounds, exclusions).
 * Second: the second side of a compound (the same plus abbreviations, no compounds).
 * Peek: a look-ahead from a guard: like Second, but guards do not look further.
 */
const Mode = { Main: 0, Second: 1, Peek: 2 } as const;
type Mode = (typeof Mode)[keyof typeof Mode];

function better(a: Cand | null, b: Cand): boolean {
  return !a || b.end > a.end || (b.end === a.end && PRIORITY[b.kind] < PRIORITY[a.kind]);
}

/**
 * The best candidate starting at i. In Second/Peek mode `accept` filters the kinds: the longest
 * match at i decides, and it must have an accepted kind (越美国 is not 越+美).
 */
function bestAt(ctx: Ctx, i: number, mode: Mode, accept?: (c: Cand) => boolean): Cand | null {
  const { fold, n } = ctx;
  if (i >= n) return null;
  const c0 = fold.charCodeAt(i);
  const prevWord = i > 0 && isWordCode(ctx.text.charCodeAt(i - 1));
  let best: Cand | null = null;
  let bestAccepted: Cand | null = null;
  let maxEnd = -1;
  for (const trie of ctx.tries) {
    const f = trie.first[c0]!;
    if (f === 0 || (prevWord && f === 1)) continue;
    let node: TrieNode | undefined = trie.root;
    let j = i;
    while (j < n) {
      node = child(node, fold.charCodeAt(j));
      if (!node) break;
      j++;
      if (!node.out) continue;
      for (const e of node.out) {
        if (mode === Mode.Main ? e.kind === 'abbr' : e.prefix) continue;
        const cand = evaluate(ctx, e, i, j, mode);
        if (!cand) continue;
        if (cand.end > maxEnd) {
          maxEnd = cand.end;
          bestAccepted = null;
        }
        if (better(best, cand)) best = cand;
        if (accept && cand.end === maxEnd && accept(cand) && better(bestAccepted, cand)) bestAccepted = cand;
      }
      if (!node.n1) break;
    }
  }
  if (accept) return bestAccepted && bestAccepted.end === maxEnd ? bestAccepted : null;
  return best;
}

function evaluate(ctx: Ctx, e: Entry, i: number, j: number, mode: Mode): Cand | null {
  const { text, norm, n } = ctx;
  if (e.bStart && i > 0 && isWordCode(text.charCodeAt(i - 1))) return null;
  if (e.bEnd && j < n && isWordCode(text.charCodeAt(j))) return null;
  if (e.kata && ((i > 0 && isKatakana(text.charCodeAt(i - 1))) || (j < n && isKatakana(text.charCodeAt(j))))) return null;
  if (!caseOk(e, norm, i, j)) return null;
  if (e.person && !personOk(ctx, i, j)) return null;
  if (e.viSingle && !viGuardOk(ctx, e.form, i, j, !e.prefix, mode === Mode.Peek)) return null;
  if ((e.lang === 'zh' || e.lang === 'ja') && !cjkWordOk(ctx, e, i, j)) return null;
  if (!e.prefix) return { end: j, entry: e, kind: e.kind, code: e.code };
  return compound(ctx, e, e.prefix, i, j);
}

function caseOk(e: Entry, norm: string, i: number, j: number): boolean {
  switch (e.mode) {
    case Case.Any: return true;
    case Case.Exact: return norm.startsWith(e.form, i) && j - i === e.form.length;
    case Case.First: return isUpperChar(norm.charAt(i));
    default: {
      const f = e.form;
      for (let k = 0; k < f.length; k++) {
        const ch = f.charAt(k);
        if (isUpperChar(ch) && !isUpperChar(norm.charAt(i + k))) return false;
      }
      return isUpperChar(norm.charAt(i)) || !hasCase(norm.charAt(i));
    }
  }
}

/** The letters of the word that ends at `end` (exclusive), at most 12 back. */
function wordBefore(text: string, end: number): [number, string] {
  let s = end;
  while (s > 0 && end - s < 12 && isWordCode(text.charCodeAt(s - 1))) s--;
  return [s, text.slice(s, end)];
}

function wordAfter(text: string, start: number): string {
  let e = start;
  while (e < text.length && e - start < 12 && isWordCode(text.charCodeAt(e))) e++;
  return text.slice(start, e);
}

const PERSON_PREV_OK = new Set(
  ('In At To From With And Or The Of For On By About Both As Like Between Including Also Visit Visiting ' +
    'En Au À De Du Et La Le Les Pour Avec A Del Y El Con Para В Во С Из И На Для О К').split(' '),
);

/** `?` forms (Jordan, Chad, Georgia): not next to another capitalised word ("Michael Jordan", "Chad Smith"). */
function personOk(ctx: Ctx, i: number, j: number): boolean {
  const { text, norm } = ctx;
  if (i >= 2 && norm.charAt(i - 1) === ' ') {
    const [s, w] = wordBefore(text, i - 1);
    if (w && isUpperChar(w.charAt(0)) && !PERSON_PREV_OK.has(w) && !(ctx.lastEnd >= i - 1 && ctx.lastStart <= s)) return false;
  }
  if (j + 1 < text.length && norm.charAt(j) === ' ') {
    const w = wordAfter(text, j + 1);
    if (w && isUpperChar(w.charAt(0))) return false;
  }
  return true;
}

/**
 * One-syllable Vietnamese names (Anh, Nga, Mỹ, Đức …): not next to another capitalised
 * Vietnamese syllable that is not itself part of a country name (Nguyễn Thị Nga, Trần Đức
 * Lương, Lào Cai, Mỹ Tho), not after a person title or "tiếng" (chị Nga, tiếng Anh), and not
 * before a syllable that makes a common word (Ý kiến, Pháp luật, Anh ấy, Mỹ thuật).
 */
function viGuardOk(ctx: Ctx, form: string, i: number, j: number, checkAfter: boolean, peek: boolean): boolean {
  const { text, norm } = ctx;
  if (i >= 2 && norm.charAt(i - 1) === ' ') {
    const [s, w] = wordBefore(text, i - 1);
    if (w) {
      if (isUpperChar(w.charAt(0))) {
        const covered = ctx.lastEnd >= i - 1 && ctx.lastStart <= s;
        if (!covered && isVietSyllable(w)) return false;
      } else if (VI_PREV_WORDS.has(w)) {
        return false;
      }
    }
  }
  if (checkAfter && j + 1 < text.length && norm.charAt(j) === ' ') {
    const w = wordAfter(text, j + 1);
    if (w) {
      if (isUpperChar(w.charAt(0))) {
        if (isVietSyllable(w)) {
          if (peek) return false;
          const next = bestAt(ctx, j + 1, Mode.Peek, (c) => c.kind === 'name' || c.kind === 'capital');
          if (!next) return false;
        }
      } else if (VI_FOLLOW.get(form)?.has(w) || VI_FOLLOW_ANY.has(w)) {
        const exempt = VI_FOLLOW_EXEMPT_NEXT[w];
        const after = exempt ? wordAfter(text, j + 2 + w.length) : '';
        if (!exempt || !exempt.includes(after)) return false;
      }
    }
  }
  return true;
}

/** zh/ja single words: X方 demonyms and 日-initial forms. */
function cjkWordOk(ctx: Ctx, e: Entry, i: number, j: number): boolean {
  if (e.prefix || e.kind === 'abbr' || e.kind === 'block') return true;
  const t = ctx.text;
  const first = t.charAt(i);
  const prev = i > 0 ? t.charAt(i - 1) : '';
  if (first === '日' && (CJK_DIGITS.has(prev) || (e.kind === 'demonym' && DATE_PREV.has(prev)))) return false;
  if (e.kind === 'demonym' && t.charAt(j - 1) === '方') {
    if (FANG_NEXT.has(t.charAt(j))) return false;
    if (prev !== '' && ZH_PREV_WORDS[first]?.includes(prev)) return false;
  }
  return true;
}

const SECOND_KINDS: Record<Second, readonly EntryKind[]> = {
  abbr: ['abbr'],
  abbrName: ['abbr', 'name'],
  demonym: ['demonym'],
  demonymName: ['demonym', 'name'],
  vnOnly: ['abbr', 'name'],
};

/** A compound: the prefix entry covers [i, j); the second side starts at j. */
function compound(ctx: Ctx, e: Entry, pf: Prefix, i: number, j: number): Cand | null {
  const kinds = SECOND_KINDS[pf.second];
  const sc = bestAt(ctx, j, Mode.Second, (c) => kinds.includes(c.kind) && (pf.second !== 'vnOnly' || c.code === VN));
  if (!sc) return null;
  const a = e.code;
  const b = sc.code;
  if (!b || a === b) return null;
  if (pf.requireVN && a !== VN && b !== VN) return null;
  if (pf.family === 'vi' && pf.firstIsName && sc.kind === 'name') return null; // Mỹ - Nhật: two names
  if (pf.family === 'cjk' && !cjkPairOk(ctx, e, i, j, sc.end)) return null;
  if ((pf.family === 'ko' || pf.family === 'cjk') && i > 0 && CJK_DIGITS.has(ctx.text.charAt(i - 1))) return null;
  const [code, pairedWith] = a === VN ? [b, VN] : b === VN ? [a, VN] : [b, a];
  return { end: sc.end, entry: e, kind: 'pair', code, pairedWith };
}

/** 越 compounds in Chinese and Japanese text: keep 越美, 中越, 日越; drop 越来越美, 越老越好, 超越日本, 15日越… */
function cjkPairOk(ctx: Ctx, e: Entry, i: number, p: number, end: number): boolean {
  const t = ctx.text;
  const prev = i > 0 ? t.charAt(i - 1) : '';
  const first = t.charAt(i);
  if (first === '日' && DATE_PREV.has(prev)) return false;
  if (e.code === VN) {
    // 越 + X
    if (YUE_PREV.has(prev)) return false;
    if (i >= 2 && t.slice(i - 2, i) === '越来') return false;
    if (t.charAt(end) === '越' || (t.charAt(end + 1) === '越' && isHan(t.charCodeAt(end)))) return false;
    if (t.charAt(p) === '加' && end === p + 1 && !PAIR_CONTEXT.has(t.charAt(end)) && end < t.length) return false;
    if (e.lang === 'ja' && t.charAt(p) === '中') return false; // 越中: the old province
  } else {
    if (prev !== '' && ZH_PREV_WORDS[first]?.includes(prev)) return false;
    if (t.charAt(p) === '越' && end === p + 1) {
      // X + 越
      if (YUE_NEXT.has(t.charAt(end))) return false;
      if (prev === '越' || (i >= 2 && t.charAt(i - 2) === '越' && isHan(t.charCodeAt(i - 1)))) return false;
    }
  }
  return true;
}

/** After a compound, further abbreviations continue it: 越老柬, 한·미·일. Returns the link and its start. */
function chainLink(ctx: Ctx, family: Family, at: number): [Cand, number] | null {
  let p = at;
  const norm = ctx.norm;
  if (family === 'ko' || family === 'vi') {
    while (p < ctx.n && norm.charAt(p) === ' ') p++;
    const sep = norm.charAt(p);
    if (sep !== '-' && sep !== '·') return null;
    p++;
    while (p < ctx.n && norm.charAt(p) === ' ') p++;
  }
  // The longest match here must be an abbreviation only (a name such as Nhật or 柬埔寨 is matched on its own).
  const c = bestAt(ctx, p, Mode.Second);
  if (!c || c.kind !== 'abbr' || !c.code) return null;
  if (family === 'cjk' && (c.code === VN || ctx.text.charAt(c.end) === '越')) return null;
  return [c, p];
}

function prepare(text: string, lang: Lang): Ctx {
  const norm = normText(text);
  const set = triesFor((GAZ_LANGS as readonly string[]).includes(lang) ? lang : 'other');
  return {
    text, norm, fold: foldText(norm), n: text.length, tries: set.tries, first: set.first,
    lastStart: -1, lastEnd: -1,
  };
}

/**
 * Countries mentioned in `text` (NFC), read as language `lang` plus English (outlets mix them);
 * `other` reads every language. Sorted by start, non-overlapping, the longest match winning.
 */
export function findCountries(text: string, lang: Lang): CountryMention[] {
  const out: CountryMention[] = [];
  if (!text) return out;
  const ctx = prepare(text, lang);
  const emit = (start: number, end: number, kind: MentionKind, code: string, pairedWith?: string) => {
    const m: CountryMention = { code, start, end, surface: text.slice(start, end), kind };
    if (pairedWith) m.pairedWith = pairedWith;
    out.push(m);
    ctx.lastStart = start;
    ctx.lastEnd = end;
  };
  const { fold, first, n } = ctx;
  let i = 0;
  while (i < n) {
    // Cheap skip: no form starts with this character, or only forms that need a word start.
    const f = first[fold.charCodeAt(i)]!;
    if (f === 0 || (f === 1 && i > 0 && isWordCode(text.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    const best = bestAt(ctx, i, Mode.Main);
    if (!best) {
      i++;
      continue;
    }
    if (best.kind === 'block') {
      i = best.end;
      continue;
    }
    const kind = best.kind as MentionKind;
    emit(i, best.end, kind, best.code, best.pairedWith);
    i = best.end;
    const pf = best.entry.prefix;
    if (kind === 'pair' && pf && pf.family !== 'latin') {
      const seen = new Set([best.code, best.pairedWith]);
      const partner = best.pairedWith ?? VN;
      for (let guard = 0; guard < 8; guard++) {
        const found = chainLink(ctx, pf.family, i);
        if (!found || seen.has(found[0].code)) break;
        const [link, start] = found;
        seen.add(link.code);
        emit(start, link.end, 'pair', link.code, partner);
        i = link.end;
      }
    }
  }
  return out;
}

function displayForm(list: string | undefined): string | undefined {
  const first = parseList(list)[0];
  return first ? expandBraces(first.text)[0] : undefined;
}

/** Display name: the first form of name[lang], else the English name, else the code. */
export function countryName(code: string, lang: Lang = 'en'): string {
  const rec = BY_CODE.get(code);
  if (!rec) return code;
  if (lang !== 'other') {
    const own = displayForm(rec.name[lang]);
    if (own) return own;
  }
  return rec.en || displayForm(rec.name.en) || code;
}

export function isCountryCode(code: string): boolean {
  return BY_CODE.has(code);
}
