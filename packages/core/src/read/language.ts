/**
 * Language identification for page text: Unicode script ranges first (Hangul, kana, Han, Cyrillic),
 * then, for Latin text, Vietnamese-specific letters and stopword counts (en / fr / es / vi).
 * Cheap and bounded: looks at most at the first SAMPLE_CHARS characters.
 */
import type { Lang } from '../types';
import { LANGS } from '../types';

const SAMPLE_CHARS = 20_000;

export interface LangGuess {
  lang: Lang;
  /** 0..1: how sure the heuristic is. ≥ 0.9 means "strong enough to overrule a page's own tag". */
  confidence: number;
}

const KNOWN = new Set<string>(LANGS);

/** Language names that JSON-LD `inLanguage` or a `language` meta sometimes carries instead of a tag. */
const NAMES: Record<string, Lang> = {
  english: 'en',
  vietnamese: 'vi',
  'tiếng việt': 'vi',
  'tieng viet': 'vi',
  chinese: 'zh',
  中文: 'zh',
  简体中文: 'zh',
  繁體中文: 'zh',
  french: 'fr',
  français: 'fr',
  francais: 'fr',
  russian: 'ru',
  русский: 'ru',
  spanish: 'es',
  español: 'es',
  espanol: 'es',
  korean: 'ko',
  한국어: 'ko',
  japanese: 'ja',
  日本語: 'ja',
};

/**
 * Map a BCP 47 tag, POSIX locale (`vi_VN`) or language name to a `Lang`.
 * Returns `other` for a well-formed tag of a language we do not read, `undefined` for junk
 * (e.g. a Content-Language meta that says `utf-8`).
 */
export function normalizeLangTag(raw: string | undefined | null): Lang | undefined {
  if (!raw) return undefined;
  // Content-Language may list several: take the first.
  const first = raw.split(',')[0]?.trim().toLowerCase() ?? '';
  if (!first) return undefined;
  const named = NAMES[first];
  if (named) return named;
  const m = /^([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*$/.exec(first);
  if (!m) return undefined;
  const primary = m[1] as string;
  if (KNOWN.has(primary)) return primary as Lang;
  // Chinese macrolanguage members and legacy tags.
  if (primary === 'cmn' || primary === 'yue' || primary === 'zho' || primary === 'chi') return 'zh';
  if (primary === 'vie') return 'vi';
  if (primary === 'eng') return 'en';
  if (primary === 'fra' || primary === 'fre') return 'fr';
  if (primary === 'rus') return 'ru';
  if (primary === 'spa') return 'es';
  if (primary === 'kor') return 'ko';
  if (primary === 'jpn') return 'ja';
  // Well-formed but not ours ('de', 'th', 'ar' ...). Reject things that are clearly not languages.
  if (primary === 'utf' || primary === 'x' || primary === 'i') return undefined;
  return 'other';
}

/** Coarse writing-system family of a language, to decide whether text contradicts a page's tag. */
export function scriptFamily(lang: Lang): 'latin' | 'han' | 'kana' | 'hangul' | 'cyrillic' | 'other' {
  switch (lang) {
    case 'vi':
    case 'en':
    case 'fr':
    case 'es':
      return 'latin';
    case 'zh':
      return 'han';
    case 'ja':
      return 'kana';
    case 'ko':
      return 'hangul';
    case 'ru':
      return 'cyrillic';
    default:
      return 'other';
  }
}

const STOPWORDS: Record<'en' | 'fr' | 'es' | 'vi', readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'was', 'that', 'for', 'with', 'on', 'as', 'by', 'at', 'from', 'are', 'it', 'this', 'have', 'has', 'were', 'be', 'which', 'their', 'will', 'its', 'said', 'after', 'also', 'an', 'but', 'not', 'they', 'been', 'would'],
  fr: ['le', 'les', 'des', 'et', 'est', 'du', 'une', 'dans', 'pour', 'qui', 'au', 'sur', 'avec', 'été', 'ont', 'aux', 'cette', 'il', 'sont', 'pas', 'ses', 'leur', 'leurs', 'ainsi', 'selon', 'entre', 'deux', 'après', 'nous', 'mais', 'ce', 'elle'],
  es: ['el', 'los', 'las', 'y', 'del', 'por', 'una', 'con', 'para', 'es', 'al', 'su', 'se', 'sus', 'como', 'más', 'fue', 'lo', 'entre', 'sobre', 'también', 'según', 'ha', 'han', 'este', 'esta', 'dos', 'pero', 'ambos', 'ambas'],
  vi: ['của', 'và', 'các', 'là', 'được', 'trong', 'những', 'với', 'cho', 'không', 'có', 'này', 'đã', 'người', 'một', 'hai', 'nước', 'về', 'đến', 'từ', 'khi', 'theo', 'tại', 'năm', 'cũng', 'đó', 'sẽ', 'nhiều', 'để', 'quan', 'hệ'],
};

const STOP_INDEX: Map<string, Array<'en' | 'fr' | 'es' | 'vi'>> = (() => {
  const m = new Map<string, Array<'en' | 'fr' | 'es' | 'vi'>>();
  for (const lang of Object.keys(STOPWORDS) as Array<'en' | 'fr' | 'es' | 'vi'>) {
    for (const w of STOPWORDS[lang]) {
      const list = m.get(w) ?? [];
      list.push(lang);
      m.set(w, list);
    }
  }
  return m;
})();

/** ă đ ơ ư ĩ ũ and the precomposed letters with stacked or Vietnamese-only marks (U+1EA0–U+1EF9). */
function isVietnameseLetter(c: number): boolean {
  return (
    (c >= 0x1ea0 && c <= 0x1ef9) ||
    c === 0x0103 || c === 0x0102 || // ă Ă
    c === 0x0111 || c === 0x0110 || // đ Đ
    c === 0x01a1 || c === 0x01a0 || // ơ Ơ
    c === 0x01b0 || c === 0x01af || // ư Ư
    c === 0x0129 || c === 0x0128 || // ĩ Ĩ
    c === 0x0169 || c === 0x0168 // ũ Ũ
  );
}

/**
 * Guess the language of `text`. Returns undefined when the text is too short or too ambiguous to say.
 */
export function detectLanguage(input: string): LangGuess | undefined {
  const text = input.length > SAMPLE_CHARS ? input.slice(0, SAMPLE_CHARS) : input;
  let hangul = 0;
  let kana = 0;
  let han = 0;
  let cyrillic = 0;
  let latin = 0;
  let viet = 0;
  let otherLetters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x41) continue;
    if (c < 0x80) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
      continue;
    }
    if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)) hangul++;
    else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x31f0 && c <= 0x31ff) || (c >= 0xff66 && c <= 0xff9f)) kana++;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) han++;
    else if (c >= 0x0400 && c <= 0x04ff) cyrillic++;
    else if ((c >= 0x00c0 && c <= 0x024f) || (c >= 0x1e00 && c <= 0x1eff)) {
      latin++;
      if (isVietnameseLetter(c)) viet++;
    } else if (c >= 0x0300 && c <= 0x036f) {
      // combining marks (NFD input): count as Latin decoration, not letters
    } else if (c >= 0xd800 && c <= 0xdbff) {
      // supplementary plane: CJK extension B etc. are Han; count lead surrogate once
      han++;
      i++;
    } else if ((c >= 0x0370 && c <= 0x03ff) || (c >= 0x0590 && c <= 0x08ff) || (c >= 0x0900 && c <= 0x0dff) || (c >= 0x0e00 && c <= 0x0eff) || (c >= 0x10a0 && c <= 0x10ff)) {
      otherLetters++;
    }
  }
  const letters = hangul + kana + han + cyrillic + latin + otherLetters;
  if (letters < 12) return undefined;
  const cjk = han + kana;
  const conf = (share: number, n: number): number => Math.min(1, share) * Math.min(1, n / 40);

  if (hangul / letters >= 0.3) return { lang: 'ko', confidence: conf(hangul / (hangul + cjk + latin / 4), hangul) };
  if (cjk / letters >= 0.3) {
    // Japanese text is typically 30-60 % kana; Chinese has none (a stray 「の」 at most).
    if (kana >= 3 && kana / cjk >= 0.05) return { lang: 'ja', confidence: conf(cjk / letters + 0.2, kana * 4) };
    return { lang: 'zh', confidence: conf(cjk / letters + 0.2, han) };
  }
  if (cyrillic / letters >= 0.4) return { lang: 'ru', confidence: conf(cyrillic / letters + 0.2, cyrillic) };
  if (otherLetters / letters >= 0.4) return { lang: 'other', confidence: conf(otherLetters / letters, otherLetters) };
  if (latin / letters < 0.4) return undefined;

  // Latin script: Vietnamese letters, then stopwords.
  const counts = { en: 0, fr: 0, es: 0, vi: 0 };
  let words = 0;
  const re = /[\p{L}\p{M}]+/gu;
  const lower = text.normalize('NFC').toLowerCase();
  let m: RegExpExecArray | null;
  while ((m = re.exec(lower)) !== null && words < 4000) {
    words++;
    const langs = STOP_INDEX.get(m[0]);
    if (!langs) continue;
    // A word shared by several languages counts for each, but less.
    const w = 1 / langs.length;
    for (const l of langs) counts[l] += w;
  }
  const vietShare = viet / Math.max(1, latin);
  if (vietShare >= 0.04 || (vietShare >= 0.015 && counts.vi >= Math.max(counts.en, counts.fr, counts.es))) {
    return { lang: 'vi', confidence: Math.min(1, vietShare / 0.05) * Math.min(1, latin / 60) };
  }
  const ranked = (['en', 'fr', 'es', 'vi'] as const)
    .map((l) => ({ l, n: counts[l] }))
    .sort((a, b) => b.n - a.n);
  const best = ranked[0]!;
  const second = ranked[1]!;
  if (best.n < 3) return { lang: 'other', confidence: 0.2 };
  if (best.l === 'vi') return { lang: 'vi', confidence: 0.5 };
  const margin = (best.n - second.n) / best.n;
  return { lang: best.l, confidence: Math.min(1, margin * Math.min(1, best.n / 15) * 1.2) };
}
