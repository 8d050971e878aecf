/**
 * The partnership tiers and their names in every supported language, with named variants.
 * One regular expression per script family; alternatives are sorted longest first, so
 * "đối tác chiến lược toàn diện" is CSP and never its prefix "đối tác chiến lược" (SP), and
 * 全面战略合作伙伴关系 is never read as 战略合作伙伴关系.
 */
import type { Level } from '../types';
import { cjkRegExp, foldCase } from './text';

export interface TierMention {
  level: Level;
  /** Canonical English name of a named variant, when the text used one. */
  variant?: string;
  /** Offsets in the string searched. */
  start: number;
  end: number;
  surface: string;
  /**
   * A "weak" form (e.g. Vietnamese "quan hệ hợp tác toàn diện", comprehensive cooperation
   * relations) names a tier only when a verb of establishment governs it directly.
   */
  weak?: boolean;
  /** A phrase that refers back to a tier named before ("to the level", "이 관계"). */
  anaphoric?: boolean;
}

interface TierTerm {
  level: Level;
  variant?: string;
  /** A regular-expression source (not escaped): Russian needs its case endings. */
  pattern: string;
  weak?: boolean;
}

const V = {
  CSCP: 'Comprehensive Strategic Cooperative Partnership',
  CSP_US: 'Comprehensive Strategic Partnership for Peace, Cooperation and Sustainable Development',
  SCP: 'Strategic Cooperative Partnership',
  ESP: 'Extensive Strategic Partnership',
  EnSP: 'Enhanced Strategic Partnership',
  CCP: 'Comprehensive Cooperative Partnership',
  ECP: 'Enhanced Comprehensive Partnership',
} as const;

// Latin and Cyrillic scripts: matched on case-folded text with word boundaries. `\\s+` between
// words so that line-wrapped or double-spaced names still match.
const SPACED: TierTerm[] = [
  // English
  { level: 'CSP', variant: V.CSP_US, pattern: 'comprehensive strategic partnership for peace,? cooperation,? and sustainable development' },
  { level: 'CSP', variant: V.CSCP, pattern: 'comprehensive strategic cooperative partnerships?' },
  { level: 'CSP', pattern: 'comprehensive strategic partnerships?' },
  { level: 'CSP', pattern: 'comprehensive strategic partners?' },
  { level: 'SP', variant: V.SCP, pattern: 'strategic cooperative partnerships?' },
  { level: 'SP', variant: V.ESP, pattern: 'extensive strategic partnerships?' },
  { level: 'SP', variant: V.EnSP, pattern: 'enhanced strategic partnerships?' },
  { level: 'SP', pattern: 'strategic partnerships?' },
  { level: 'SP', pattern: 'strategic partners?' },
  { level: 'CP', variant: V.CCP, pattern: 'comprehensive cooperative partnerships?' },
  { level: 'CP', variant: V.ECP, pattern: 'enhanced comprehensive partnerships?' },
  { level: 'CP', pattern: 'comprehensive partnerships?' },
  { level: 'CP', pattern: 'comprehensive partners?' },
  // Vietnamese (NFC, case-folded)
  { level: 'CSP', variant: V.CSP_US, pattern: 'đối tác chiến lược toàn diện vì hòa bình, hợp tác và phát triển bền vững' },
  { level: 'CSP', variant: V.CSCP, pattern: 'đối tác hợp tác chiến lược toàn diện' },
  { level: 'CSP', pattern: 'đối tác chiến lược toàn diện' },
  { level: 'SP', variant: V.ESP, pattern: 'đối tác chiến lược sâu rộng' },
  { level: 'SP', variant: V.EnSP, pattern: 'đối tác chiến lược tăng cường' },
  { level: 'SP', variant: V.SCP, pattern: 'đối tác hợp tác chiến lược' },
  { level: 'SP', pattern: 'đối tác chiến lược' },
  { level: 'CP', variant: V.ECP, pattern: 'đối tác toàn diện tăng cường' },
  { level: 'CP', variant: V.CCP, pattern: 'đối tác hợp tác toàn diện' },
  { level: 'CP', pattern: 'đối tác toàn diện' },
  { level: 'CP', pattern: 'quan hệ hợp tác toàn diện', weak: true },
  // French
  { level: 'CSP', variant: V.CSCP, pattern: 'partenariat de coopération stratégique (?:intégral|global)e?' },
  { level: 'CSP', pattern: 'partenariats? stratégiques? (?:intégra(?:l|ux)|globa(?:l|ux))' },
  { level: 'CSP', pattern: 'partenaires? stratégiques? (?:intégra(?:l|ux)|globa(?:l|ux))' },
  { level: 'SP', variant: V.ESP, pattern: 'partenariats? stratégiques? (?:élargis?|étendus?|extensifs?)' },
  { level: 'SP', pattern: 'partenariats? stratégiques?' },
  { level: 'SP', pattern: 'partenaires? stratégiques?' },
  { level: 'CP', pattern: 'partenariats? (?:intégra(?:l|ux)|globa(?:l|ux))' },
  // Spanish
  { level: 'CSP', variant: V.CSCP, pattern: 'asociación de cooperación estratégica integral' },
  { level: 'CSP', pattern: 'asociaci(?:ón|ones) estratégicas? integral(?:es)?' },
  { level: 'CSP', pattern: 'socios? estratégicos? integral(?:es)?' },
  { level: 'SP', variant: V.ESP, pattern: 'asociaci(?:ón|ones) estratégicas? (?:amplia|extensiva)s?' },
  { level: 'SP', pattern: 'asociaci(?:ón|ones) estratégicas?' },
  { level: 'SP', pattern: 'socios? estratégicos?' },
  { level: 'CP', pattern: 'asociaci(?:ón|ones) integral(?:es)?' },
  // Russian: stems with any case ending
  { level: 'CSP', variant: V.CSCP, pattern: 'партн[её]рств\\p{L}* всеобъемлющ\\p{L}* стратегическ\\p{L}* (?:взаимодействия|сотрудничества)' },
  { level: 'CSP', pattern: '(?:всеобъемлющ|комплексн)\\p{L}* стратегическ\\p{L}* партн[её]р\\p{L}*' },
  { level: 'SP', pattern: 'стратегическ\\p{L}* партн[её]р\\p{L}*' },
  { level: 'CP', pattern: '(?:всеобъемлющ|комплексн)\\p{L}* партн[её]р\\p{L}*' },
];

// Chinese (simplified and traditional) and Japanese: no word boundaries.
const CJK: { level: Level; variant?: string; phrases: string[] }[] = [
  { level: 'CSP', variant: V.CSCP, phrases: ['全面战略合作伙伴关系', '全面戰略合作夥伴關係', '全面战略协作伙伴关系', '全面戦略的協力パートナーシップ'] },
  { level: 'CSP', phrases: ['全面战略伙伴关系', '全面戰略夥伴關係', '全面战略伙伴', '全面戰略夥伴', '包括的戦略的パートナーシップ', '包括的戦略パートナーシップ', '包括的・戦略的パートナーシップ', '包括的戦略的パートナー', '包括的戦略パートナー'] },
  { level: 'SP', variant: V.ESP, phrases: ['广泛战略伙伴关系', '廣泛戰略夥伴關係', '広範な戦略的パートナーシップ', '広範な戦略パートナーシップ'] },
  { level: 'SP', variant: V.SCP, phrases: ['战略合作伙伴关系', '戰略合作夥伴關係', '戦略的協力パートナーシップ'] },
  { level: 'SP', phrases: ['战略伙伴关系', '戰略夥伴關係', '战略伙伴', '戰略夥伴', '戦略的パートナーシップ', '戦略的パートナー'] },
  { level: 'CP', variant: V.CCP, phrases: ['全面合作伙伴关系', '全面合作夥伴關係'] },
  { level: 'CP', phrases: ['全面伙伴关系', '全面夥伴關係', '包括的パートナーシップ'] },
];

const spacedSources = [...SPACED].sort((a, b) => b.pattern.length - a.pattern.length);
const SPACED_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${spacedSources.map((t, i) => `(?<t${i}>${t.pattern.replace(/ /g, '\\s+')})`).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);
// Korean: particles attach to the noun (관계를, 동반자로), so no word boundary at the end;
// spacing and the 적 of 전략적 vary between outlets.
const KOREAN: TierTerm[] = [
  { level: 'CSP', variant: V.CSCP, pattern: '포괄적\\s*전략적?\\s*협력\\s*동반자(?:\\s*관계)?' },
  { level: 'CSP', pattern: '포괄적\\s*전략적?\\s*동반자(?:\\s*관계)?' },
  { level: 'SP', variant: V.SCP, pattern: '전략적\\s*협력\\s*동반자(?:\\s*관계)?' },
  { level: 'SP', pattern: '전략적\\s*동반자(?:\\s*관계)?' },
  { level: 'CP', pattern: '포괄적\\s*동반자(?:\\s*관계)?(?!\\s*협력\\s*기본)' },
];
const KOREAN_RE = new RegExp(KOREAN.map((t, i) => `(?<k${i}>${t.pattern})`).join('|'), 'gu');

const cjkTerms = CJK.flatMap((g) => g.phrases.map((p) => ({ level: g.level, variant: g.variant, phrase: p })));
const CJK_RE = cjkRegExp(cjkTerms.map((t) => t.phrase));
const cjkByPhrase = new Map(cjkTerms.map((t) => [t.phrase, t]));

/** Finds every tier name in `text`, non-overlapping, longest first, in text order. */
export function findTiers(text: string): TierMention[] {
  const folded = foldCase(text);
  const out: TierMention[] = [];
  collect(SPACED_RE, spacedSources, folded, text, out);
  if (/[\uac00-\ud7af]/u.test(text)) collect(KOREAN_RE, KOREAN, text, text, out);
  if (/[\u3040-\u30ff\u4e00-\u9fff]/u.test(text)) {
    CJK_RE.lastIndex = 0;
    for (let m = CJK_RE.exec(text); m; m = CJK_RE.exec(text)) {
      const term = cjkByPhrase.get(m[0])!;
      out.push(mention(text, m.index, m.index + m[0].length, term.level, term.variant));
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Runs a regexp of named alternatives (one group per term) and records each term found. */
function collect(re: RegExp, terms: TierTerm[], searched: string, text: string, out: TierMention[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(searched); m; m = re.exec(searched)) {
    const group = Object.entries(m.groups ?? {}).find(([, v]) => v !== undefined)?.[0];
    const term = terms[Number(group?.slice(1))]!;
    out.push(mention(text, m.index, m.index + m[0].length, term.level, term.variant, term.weak));
  }
}

function mention(text: string, start: number, end: number, level: Level, variant?: string, weak?: boolean): TierMention {
  const m: TierMention = { level, start, end, surface: text.slice(start, end) };
  if (variant) m.variant = variant;
  if (weak) m.weak = true;
  return m;
}
