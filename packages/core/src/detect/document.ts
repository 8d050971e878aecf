/**
 * What the detector knows about a whole page before it reads any one sentence: its sentences,
 * the countries each names, the partner the page is about, the publication day, and the year a
 * dateless page speaks of.
 */
import type { ReadPage } from '../types';
import { dayOf, type Day } from './dates';
import { findCountries, type CountryMention } from './gazetteer/index';
import { splitSentences, type Sentence } from './sentences';

export const VIETNAM = 'VN';

/** The headline plus the first paragraphs: where news writing puts its news. */
const NEWS_ZONE_PARAGRAPHS = 3;
const NEWS_ZONE_CHARS = 900;
/** Scripts without spaces say as much in about a third of the characters. */
const NEWS_ZONE_CHARS_CJK = 350;

const ANNIVERSARY = /(?:\d+|ten|fifteen|twenty|thirty|fifty|mười|năm mươi)\s*(?:th\s+)?(?:years?|anniversary|năm|ans|años|лет|周年|週年|주년|年目)|anniversary|aniversario|anniversaire|kỷ niệm|годовщин|юбиле|周年|週年|주년|周年記念/iu;

export interface SentenceInfo extends Sentence {
  /** Countries named in the sentence, offsets relative to the sentence. */
  countries: CountryMention[];
  /** The sentence names Vietnam (name, capital, demonym or a pair such as 越美). */
  namesVietnam: boolean;
  /** Headline, standfirst or the first paragraphs. */
  inNewsZone: boolean;
  isHeadline: boolean;
}

export interface DocumentInfo {
  page: ReadPage;
  sentences: SentenceInfo[];
  published?: Day;
  /** The year a page without a publication date is about (e.g. a year-in-review). */
  contextYear?: number;
  /** The partner the page is mostly about, if one stands out. */
  focus?: string;
  /** The focus stands well clear of every other partner. */
  focusDominant: boolean;
  /** Vietnam is one of the two parties the page is about. */
  aboutVietnam: boolean;
  /** The headline marks an anniversary ("15 years of…", "kỷ niệm", "周年"): its undated changes are history. */
  anniversary: boolean;
  /** How much each country weighs on the page (headline 3, lead 2, body 1; demonyms half). */
  weights: ReadonlyMap<string, number>;
}

export function analyseDocument(page: ReadPage): DocumentInfo {
  const all = seatsOfInstitutions(findCountries(page.text, page.lang));
  const sentences: SentenceInfo[] = [];
  let k = 0;
  for (const s of splitSentences(page.text)) {
    while (k < all.length && all[k]!.start < s.start) k++;
    const countries: CountryMention[] = [];
    for (let j = k; j < all.length && all[j]!.start < s.end; j++) {
      const m = all[j]!;
      countries.push({ ...m, start: m.start - s.start, end: m.end - s.start });
    }
    sentences.push({
      ...s,
      countries,
      namesVietnam: countries.some((c) => c.code === VIETNAM || c.pairedWith === VIETNAM),
      inNewsZone: s.paragraph <= NEWS_ZONE_PARAGRAPHS || s.start < (/^(?:zh|ja|ko)$/.test(page.lang) ? NEWS_ZONE_CHARS_CJK : NEWS_ZONE_CHARS),
      isHeadline: s.paragraph === 0 && page.title !== '' && page.text.startsWith(page.title.slice(0, 20)),
    });
  }

  // Weigh each country by where it is named: the headline counts most, the lead next.
  const weight = new Map<string, number>();
  for (const s of sentences) {
    const w = s.isHeadline ? 3 : s.inNewsZone ? 2 : 1;
    for (const c of s.countries) {
      const cw = c.kind === 'demonym' ? w / 2 : w;
      for (const code of c.pairedWith ? [c.code, c.pairedWith] : [c.code]) weight.set(code, (weight.get(code) ?? 0) + cw);
    }
  }
  const ranked = [...weight.entries()].filter(([code]) => code !== VIETNAM).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  const vn = weight.get(VIETNAM) ?? 0;
  const headlineNamesVietnam = sentences.some((s) => s.isHeadline && s.namesVietnam);

  const info: DocumentInfo = {
    page,
    sentences,
    weights: weight,
    anniversary: ANNIVERSARY.test(sentences.find((x) => x.isHeadline)?.text ?? page.title),
    focusDominant: !!first && (!second || first[1] >= 2 * second[1]),
    aboutVietnam: vn > 0 && (headlineNamesVietnam || !first || vn >= 0.34 * first[1]) && !(first && second && second[1] > vn && first[1] > vn),
  };
  if (first) info.focus = first[0];
  const published = dayOf(page.published);
  if (published) info.published = published;
  else {
    const year = contextYearOf(page);
    if (year !== undefined) info.contextYear = year;
  }
  return info;
}

/** For a page without a date: the year its headline names, else the year its lead names most. */
function contextYearOf(page: ReadPage): number | undefined {
  const years = (s: string) => [...s.matchAll(/(?<!\d)(19[5-9]\d|20\d\d)(?!\d)/g)].map((m) => Number(m[1]));
  const inTitle = years(page.title);
  if (inTitle.length) return inTitle[0];
  const counts = new Map<number, number>();
  for (const y of years(page.text.slice(0, 1500))) counts.set(y, (counts.get(y) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * Brussels is Belgium's capital and the seat of the EU: on a page that names the Union and
 * not Belgium, "Hanoi and Brussels" means the Union.
 */
function seatsOfInstitutions(mentions: CountryMention[]): CountryMention[] {
  const namesEU = mentions.some((m) => m.code === 'EU');
  const namesBelgium = mentions.some((m) => m.code === 'BE' && m.kind !== 'capital');
  if (!namesEU || namesBelgium) return mentions;
  return mentions.map((m) => (m.code === 'BE' && m.kind === 'capital' ? { ...m, code: 'EU' } : m));
}
