/**
 * Reads one tier name in one sentence: who the partner is, whether the sentence tells of a
 * change (and when), a plan, or only names the tier. Returns nothing for a mere mention, a
 * denial, two other countries, a company deal or a sector-only partnership.
 */
import type { Level, Status } from '../types';
import { dayNumber, dayRange, findDates, formatDate, type DateMention } from './dates';
import { VIETNAM, type DocumentInfo, type SentenceInfo } from './document';
import { lexiconFor, type Lexicon } from './lexicon';
import { foldCase, has } from './text';
import type { TierMention } from './tiers';
import type { CountryMention } from './gazetteer/index';

/** The decision day falls within this many days before publication for `announced`. */
export const ANNOUNCED_WINDOW_DAYS = 7;

export interface Candidate {
  partner: string;
  level: Level | null;
  variant?: string;
  status: Status;
  confidence: number;
  date?: string;
  sentence: SentenceInfo;
}

/** Characters either side of a tier that its verb, marker or cue may stand in. */
const WINDOW = { raise: 110, establish: 70, weakEstablish: 25, signal: 110, signalAfter: 45, negation: 45, organisation: 100, tail: 40 } as const;

const POSTING = /(?:驻|(?<![\p{L}])(?:ambassador|envoy|embassy|consul(?:ate)?(?: general)?|ambassadeur|ambassade|embajador|embajada|посол|посольство)(?:\s+\p{L}+){0,2}\s+(?:to|in|at|en|au|aux|à|ante|в|во)(?:\s+the)?|(?:đại sứ|đại sứ quán|tổng lãnh sự|lãnh sự)(?:\s+\p{L}+){0,4}\s+tại)\s*$/u;

const CONTAINER = /(?:country|countries|member(?: state)?s?|nation|país|países|pays|nước|quốc gia|thành viên|国家|成员国?|стран\p{L}*|государств\p{L}*)(?:\s+\p{L}+){0,3}\s+(?:of|in|from|de|del|de la|de l'|trong|của|thuộc|в|из|во)(?:\s+(?:the|la|l'))?\s*$|(?:của|trong|thuộc) $|(?:中|的)$/u;

const CLAUSE_BREAK = /[;；:：]|[,，](?=\s*(?:while|as|but|whereas|and\s+(?:the|it|he|she|they)|nhưng|trong khi|mà|而|但|同时|tandis|mientras|а |но ))/u;

/** `trace` hears why a tier was dropped (for `pw` debugging and tests); the default ignores it. */
export function classifyTier(doc: DocumentInfo, s: SentenceInfo, tiers: TierMention[], i: number, trace: (why: string) => void = () => undefined): Candidate[] {
  const tier = tiers[i]!;
  const lex = lexiconFor(doc.page.lang);
  const text = foldCase(s.text);
  const left = clauseLeft(text, tier.start);
  const right = clauseRight(text, tier.end);
  const tail = text.slice(Math.max(0, tier.start - WINDOW.tail), tier.start);
  const clause = commaClause(left);
  const near = (n: number) => clause.slice(Math.max(0, clause.length - n));

  const drop = (why: string): Candidate[] => (trace(why), []);
  if (tier.weak && !has(lex.establish, near(WINDOW.weakEstablish))) return drop('weak form without a verb of establishment');
  if (has(lex.sector, right)) return drop('sector-only partnership');
  if (has(lex.anniversary, tail)) return drop('anniversary');
  if (has(lex.organisation, near(WINDOW.organisation)) || has(lex.organisation, right.slice(0, 60))) return drop('organisation, not a state');
  if (has(lex.negation, near(WINDOW.negation))) return drop('negation');
  if (has(lex.denial, text)) return drop('denied in the same sentence');
  if (has(lex.skip, tail) || has(lex.skip, right)) return drop('a tier skipped, not reached');

  const isTarget = has(lex.target, tail) || (doc.page.lang === 'zh' && /(?:为|至|到|成为)[^，。；,]{0,30}$/u.test(tail));
  const followedByTarget = tiers.slice(i + 1).some((t) => t.start - tier.end < 60 && has(lex.target, text.slice(Math.max(tier.end, t.start - WINDOW.tail), t.start)));
  const isSource = has(lex.source, tail) || (!isTarget && followedByTarget) || has(lex.afterSource, right);

  const date = datesOf(doc, s, tiers, i)[0];
  const raised = isTarget && has(lex.raise, near(WINDOW.raise));
  const after = text.slice(tier.end, tier.end + 60).split(/[.;。；]/u)[0]!;
  const established =
    has(lex.establish, near(WINDOW.establish)) ||
    has(lex.postChange, after) ||
    has(lex.afterChange, right) ||
    has(lex.ordinal, near(30)) ||
    has(lex.ordinal, right.slice(0, 20)) ||
    // "from X (agreed in 2014) to Y": the old tier, with an old date of its own, was set up then
    (isSource && !!date && !date.fromContext && statusFromDate(doc, date, true) === 'recap');
  if (!raised && !established) return drop('no verb of change governs it');

  const partners = resolvePartners(doc, s, tiers, i, lex, text, left, right);
  if (!partners) return drop('no partner, or not Vietnam');
  let status: Status;
  const sentenceLeft = text.slice(0, tier.start);
  if (has(lex.conditional, sentenceLeft) || has(lex.signal, near(WINDOW.signal)) || has(lex.signal, right.slice(0, WINDOW.signalAfter)) || has(lex.afterSignal, right)) {
    status = 'signal';
  } else if (isSource && !date) {
    return drop('old tier of from-X-to-Y, undated');
  } else {
    status = statusFromDate(doc, date, has(lex.background, text));
  }

  // A phrase pointing back to a tier elaborates on it: background or a plan, never the news.
  if (tier.anaphoric && status === 'announced') return drop('an anaphoric tier is not the announcement');

  let confidence = 0.55;
  if (partners.explicit) confidence += 0.15;
  if (s.namesVietnam) confidence += 0.1;
  if (s.isHeadline) confidence += 0.1;
  else if (s.inNewsZone) confidence += 0.05;
  if (raised || has(lex.establish, near(30))) confidence += 0.1;
  if (tier.weak) confidence -= 0.15;
  if (date?.fromContext) confidence -= 0.1;

  const dateText = status === 'signal' ? undefined : date ? formatDate(date) : status === 'announced' && doc.published ? formatDate({ ...doc.published, precision: 'day' }) : undefined;
  return partners.codes.map((partner) => {
    const c: Candidate = { partner, level: tier.level, status, confidence: clamp(confidence), sentence: s };
    if (tier.variant) c.variant = tier.variant;
    if (dateText) c.date = dateText;
    return c;
  });
}

/** Announced when the change falls within the window before publication; older is a recap. */
function statusFromDate(doc: DocumentInfo, date: BoundDate | undefined, background: boolean): Status {
  if (!doc.published) return date || doc.contextYear !== undefined ? 'recap' : 'announced';
  if (!date) return background || doc.anniversary ? 'recap' : 'announced';
  const range = dayRange(date);
  if (!range) return 'announced';
  const pub = dayNumber(doc.published);
  if (range[1] < pub - ANNOUNCED_WINDOW_DAYS) return 'recap';
  if (range[0] > pub + 1) return 'signal';
  if (range[0] >= pub - ANNOUNCED_WINDOW_DAYS) return 'announced';
  return background ? 'recap' : 'announced';
}

interface BoundDate extends DateMention {
  fromContext?: boolean;
}

/**
 * The dates that belong to tier i: each date of the sentence goes to its nearest tier. Without
 * one, a date from the sentence before in the same paragraph, or the page's context year.
 */
function datesOf(doc: DocumentInfo, s: SentenceInfo, tiers: TierMention[], i: number): BoundDate[] {
  const distance = (d: DateMention, t: TierMention) => (d.end <= t.start ? t.start - d.end : d.start >= t.end ? d.start - t.end : 0);
  // Each date goes to its nearest tier; a tier referred to again takes the sentence's nearest date.
  const tier = tiers[i]!;
  const mine = sentenceDates(doc, s)
    .filter((d) => tier.anaphoric || tiers.every((t, j) => j === i || distance(d, tier) <= distance(d, t)))
    .sort((a, b) => distance(a, tier) - distance(b, tier));
  if (mine.length) return mine;
  // "During the same tour, similar documents were signed in Astana and Baku": the time of the
  // change told just before, wherever its paragraph.
  if (has(lexiconFor(doc.page.lang).sameOccasion, foldCase(s.text))) {
    for (let k = s.index - 1; k >= Math.max(0, s.index - 3); k--) {
      const d = sentenceDates(doc, doc.sentences[k]!).at(-1);
      if (d) return [{ ...d, fromContext: true }];
    }
  }
  const prev = doc.sentences[s.index - 1];
  if (prev && prev.paragraph === s.paragraph) {
    const d = sentenceDates(doc, prev).filter((x) => x.precision !== 'year' || !doc.published).pop();
    if (d) return [{ ...d, fromContext: true }];
  }
  if (!doc.published && doc.contextYear !== undefined) return [{ start: 0, end: 0, year: doc.contextYear, precision: 'year', fromContext: true }];
  return [];
}

/** The dates of a sentence, found once however many tiers it holds. */
const datesCache = new WeakMap<SentenceInfo, DateMention[]>();
function sentenceDates(doc: DocumentInfo, s: SentenceInfo): DateMention[] {
  let dates = datesCache.get(s);
  if (!dates) datesCache.set(s, (dates = findDates(s.text, doc.published, doc.contextYear)));
  return dates;
}

interface Partners {
  codes: string[];
  /** Named in the sentence itself (not resolved from "the two sides" or the page). */
  explicit: boolean;
}

/**
 * Who the partner is. In order: the countries named in the tier's own clause; the one partner
 * the sentence names; for "the two sides" the partner named last before (or the page's focus
 * when it dominates); and for a sentence that names only Vietnam, the page's dominant partner.
 * Two other countries, or totals without a name, give nothing.
 */
function resolvePartners(doc: DocumentInfo, s: SentenceInfo, tiers: TierMention[], i: number, lex: Lexicon, text: string, left: string, right: string): Partners | undefined {
  const tier = tiers[i]!;
  const gap = (c: { start: number; end: number }, t: TierMention) => (c.end <= t.start ? t.start - c.end : c.start >= t.end ? c.start - t.end : 0);
  // A country written right against another tier ("越美全面伙伴关系", "the Vietnam–China CSP") names that tier's partner.
  const between = (c: { start: number; end: number }, t: TierMention) => (c.end <= t.start ? text.slice(c.end, t.start) : text.slice(t.end, c.start));
  const boundElsewhere = (c: { start: number; end: number }) => tiers.some((t, j) => j !== i && gap(c, t) <= 3 && gap(c, t) < gap(c, tier) && /^[\s\-–—]*$/u.test(between(c, t)));
  // "Vietnam's ambassador to the US", "越南驻美国大使": a diplomat's post does not make a party.
  const posting = (c: { start: number }) => POSTING.test(text.slice(Math.max(0, c.start - 40), c.start));
  // "the first country of the EU to…", "un pays de l'Union européenne": the bloc contains the party.
  const container = (c: CountryMention) => c.code === 'EU' && CONTAINER.test(text.slice(Math.max(0, c.start - 50), c.start));
  // "India has CSPs with Vietnam, Indonesia and Malaysia": who is listed with Vietnam is its co-object.
  const coListed = coListedWithVietnam(s, text);
  const others = s.countries.filter((c) => !boundElsewhere(c) && !posting(c) && !container(c) && !coListed.has(c)).flatMap((c) => {
    const codes = c.pairedWith ? [c.code, c.pairedWith] : [c.code];
    return codes.filter((code) => code !== VIETNAM).map((code) => ({ code, start: c.start, end: c.end }));
  });
  const clauseStart = tier.start - left.length;
  const clauseEnd = tier.end + right.length;
  const inClause = others.filter((o) => o.start >= clauseStart && o.end <= clauseEnd);
  const generic = has(lex.generic, left) || has(lex.generic, right);
  const distinct = (xs: { code: string }[]) => [...new Set(xs.map((x) => x.code))];

  // Two other countries as one unit ("Australia-Indonesia ties", "Ấn Độ - Australia", 한·필리핀),
  // or a page not about Vietnam: their partnership, not Vietnam's. A plain list on a page about
  // Vietnam ("with Finland and Bulgaria", Vietnam's leader as the subject) is Vietnam's partners.
  const anaphora = has(lex.anaphora, text);
  if (!s.namesVietnam && distinct(others).length >= 2 && (!doc.aboutVietnam || pairsOtherCountries(s, text))) return undefined;
  // A sentence that names no party at all continues the one before it in its paragraph
  // (subjects are dropped in Japanese, Chinese, Korean and often Vietnamese).
  const prev = doc.sentences[s.index - 1];
  const continues = !others.length && !s.namesVietnam && !!prev && prev.paragraph === s.paragraph && (prev.namesVietnam || has(lex.anaphora, foldCase(prev.text)));
  const vietnamInvolved = s.namesVietnam || (doc.aboutVietnam && (anaphora || continues || others.length > 0));
  if (!vietnamInvolved) return undefined;

  if (inClause.length) return { codes: nearestGroup(inClause, others, tier, text), explicit: true };
  if (distinct(others).length === 1) return { codes: distinct(others), explicit: true };
  if (generic) return undefined;
  if (!doc.aboutVietnam || !doc.focus) return undefined;
  if (anaphora || continues) {
    // The partner named last, unless it is a passing mention next to the page's own partner.
    const recent = recentPartner(doc, s);
    const weighty = !!recent && (doc.weights.get(recent) ?? 0) >= 0.5 * (doc.weights.get(doc.focus) ?? 0);
    return { codes: [recent && weighty && !(doc.focusDominant && recent !== doc.focus) ? recent : doc.focus], explicit: false };
  }
  if (s.namesVietnam && doc.focusDominant && !others.length) return { codes: [doc.focus], explicit: false };
  return undefined;
}

/**
 * The countries written in one coordinated list with Vietnam and at least two others ("với Việt
 * Nam, Indonesia và Malaysia", "与越南、印尼及马来西亚"): objects of another country. "Australia
 * and Vietnam" alone is the bilateral pair itself, never a co-listing.
 */
function coListedWithVietnam(s: SentenceInfo, text: string): Set<CountryMention> {
  const sorted = [...s.countries].sort((a, b) => a.start - b.start);
  const joined = (a: CountryMention, b: CountryMention) => /^\s*(?:,|、|，|and|và|y|et|и|和|与|及|以及|や|・|와|과)\s*(?:and|và|y|et|и)?\s*$/iu.test(text.slice(a.end, b.start));
  const out = new Set<CountryMention>();
  for (let i = 0; i < sorted.length; i++) {
    if (sorted[i]!.code !== VIETNAM || sorted[i]!.kind !== 'name') continue;
    const list: CountryMention[] = [];
    for (let j = i - 1; j >= 0 && joined(sorted[j]!, sorted[j + 1]!); j--) list.push(sorted[j]!);
    for (let j = i + 1; j < sorted.length && joined(sorted[j - 1]!, sorted[j]!); j++) list.push(sorted[j]!);
    if (new Set(list.map((c) => c.code)).size >= 2) list.forEach((c) => out.add(c));
  }
  return out;
}

/** Two non-Vietnam countries written as one unit: a hyphen, dash or dot between them, or a pair form. */
function pairsOtherCountries(s: SentenceInfo, text: string): boolean {
  const named = s.countries.filter((c) => c.code !== VIETNAM && c.pairedWith !== VIETNAM);
  if (named.some((c) => c.kind === 'pair')) return true;
  for (let k = 1; k < named.length; k++) {
    const a = named[k - 1]!;
    const b = named[k]!;
    if (a.code !== b.code && /^\s*[-–—‐·・/]\s*$/u.test(text.slice(a.end, b.start))) return true;
  }
  return false;
}

/** The country nearest the tier, with the coordinated list ("A, B and C") it belongs to. */
function nearestGroup(cands: { code: string; start: number; end: number }[], all: { code: string; start: number; end: number }[], tier: TierMention, text: string): string[] {
  const dist = (c: { start: number; end: number }) => (c.end <= tier.start ? tier.start - c.end : c.start - tier.end);
  const nearest = cands.reduce((a, b) => (dist(b) < dist(a) ? b : a));
  // The list the nearest belongs to may run on past the clause ("Australia (March), France …").
  const sorted = [...all].sort((a, b) => a.start - b.start);
  const group = [nearest];
  // "A, B and C", "A (March), B (October) and C": a short parenthetical may follow each name.
  const joined = (a: { end: number }, b: { start: number }) => /^\s*(?:[(（][^)）]{0,30}[)）])?\s*(?:,|、|，|;|and|và|với|y|et|и|和|与|及|や|・|와|과)?\s*(?:,|、)?\s*$/iu.test(text.slice(a.end, b.start));
  const idx = sorted.indexOf(nearest);
  for (let j = idx - 1; j >= 0 && joined(sorted[j]!, sorted[j + 1]!); j--) group.unshift(sorted[j]!);
  for (let j = idx + 1; j < sorted.length && joined(sorted[j - 1]!, sorted[j]!); j++) group.push(sorted[j]!);
  return [...new Set(group.map((g) => g.code))];
}

/** The partner named last in the three sentences before this one (discourse recency). */
function recentPartner(doc: DocumentInfo, s: SentenceInfo): string | undefined {
  for (let k = s.index - 1; k >= Math.max(0, s.index - 3); k--) {
    const prev = doc.sentences[k]!;
    const codes = prev.countries.flatMap((c) => (c.pairedWith ? [c.code, c.pairedWith] : [c.code])).filter((c) => c !== VIETNAM);
    if (codes.length) return codes[codes.length - 1];
  }
  return undefined;
}

function clauseLeft(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - WINDOW.raise), at);
  const parts = before.split(CLAUSE_BREAK);
  return parts[parts.length - 1]!;
}

/** The part of the left context after its last comma: where a verb that governs the tier stands. */
function commaClause(left: string): string {
  const parts = left.split(/[,，](?!\s*\d)/u);
  return parts[parts.length - 1]!;
}

function clauseRight(text: string, at: number): string {
  const after = text.slice(at, at + 80);
  return after.split(/[;；。]|[,，](?!\s*\d)/u)[0]!;
}

const clamp = (x: number) => Math.round(Math.min(0.99, Math.max(0.05, x)) * 100) / 100;

/**
 * An upgrade plan that names no tier ("lift ties to a higher level at an appropriate time",
 * "đưa quan hệ lên tầm cao mới", "更高水平"): a signal with no level, when a plan cue or a
 * condition governs it and the sentence has a partner. Sentences that name a tier are read by
 * classifyTier instead.
 */
export function classifyUntiered(doc: DocumentInfo, s: SentenceInfo): Candidate[] {
  const lex = lexiconFor(doc.page.lang);
  const text = foldCase(s.text);
  lex.higherLevel.lastIndex = 0;
  const m = lex.higherLevel.exec(text);
  if (!m) return [];
  const at: TierMention = { level: 'SP', start: m.index, end: m.index + m[0].length, surface: m[0] };
  const left = text.slice(0, at.start);
  const right = text.slice(at.end, at.end + WINDOW.signalAfter);
  if (has(lex.denial, text) || has(lex.negation, left.slice(-WINDOW.negation)) || has(lex.organisation, text)) return [];
  const planned = has(lex.signal, commaClause(left)) || has(lex.signal, right) || has(lex.afterSignal, right) || has(lex.conditional, left);
  if (!planned) return [];
  const partners = resolvePartners(doc, s, [at], 0, lex, text, clauseLeft(text, at.start), clauseRight(text, at.end));
  if (!partners) return [];
  const confidence = clamp(0.45 + (partners.explicit ? 0.1 : 0) + (s.isHeadline ? 0.05 : 0));
  return partners.codes.map((partner) => ({ partner, level: null, status: 'signal' as const, confidence, sentence: s }));
}
