/**
 * The detector: reads a page's main text and reports the partnerships between Vietnam and
 * another country that it announces, recaps or signals. Pure: no I/O, no clock.
 */
import type { Detection, ReadPage, Status } from '../types';
import { classifyTier, classifyUntiered, type Candidate } from './classify';
import { analyseDocument } from './document';
import { findTiers, type TierMention } from './tiers';
import { lexiconFor } from './lexicon';
import { foldCase } from './text';

/** Bumped whenever detection rules change, so stored results can be re-run (backfill). */
export const DETECTOR_VERSION = '1.0.0';

/**
 * Main text past this is not read: a news article is far shorter, and a page this long is a
 * dump or an attack. Offsets stay valid (the text is cut, not changed).
 */
export const MAX_DETECT_CHARS = 300_000;

export function detect(page: ReadPage): Detection[] {
  const doc = analyseDocument(page.text.length > MAX_DETECT_CHARS ? { ...page, text: page.text.slice(0, MAX_DETECT_CHARS) } : page);
  const candidates: Candidate[] = [];
  const lex = lexiconFor(doc.page.lang);
  let lastTier: TierMention | undefined;
  let lastTierSentence = -10;
  for (const s of doc.sentences) {
    const named = findTiers(s.text);
    // "Washington jumped two notches to the level in September", "이 관계로 격상했다": a tier
    // named just before, taken up again. It then passes every rule a named tier does.
    const recent = s.index - lastTierSentence <= 3 ? lastTier : undefined;
    const tiers = [...named, ...anaphoricTiers(s.text, named, recent, lex.tierAnaphora)].sort((a, b) => a.start - b.start);
    for (let i = 0; i < tiers.length; i++) candidates.push(...classifyTier(doc, s, tiers, i));
    if (!tiers.length) candidates.push(...classifyUntiered(doc, s));
    if (named.length) {
      lastTier = named[named.length - 1];
      lastTierSentence = s.index;
    }
  }
  return merge(candidates, doc.sentences.some((s) => s.inNewsZone));
}

/** The lexicon's patterns are not global; their global twins are compiled once. */
const globals = new WeakMap<RegExp, RegExp>();
function globalOf(re: RegExp): RegExp {
  let g = globals.get(re);
  if (!g) globals.set(re, (g = new RegExp(re.source, 'gu')));
  return g;
}

/** Anaphoric tier phrases, each with the level of the tier named last before it. */
function anaphoricTiers(text: string, named: TierMention[], previous: TierMention | undefined, re: RegExp): TierMention[] {
  const out: TierMention[] = [];
  const folded = foldCase(text);
  const global = globalOf(re);
  global.lastIndex = 0;
  for (let m = global.exec(folded); m; m = global.exec(folded)) {
    const start = m.index;
    const end = start + m[0].length;
    if (named.some((t) => start < t.end && end > t.start)) continue;
    const before = named.filter((t) => t.end <= start).pop() ?? previous;
    if (!before) continue;
    out.push({ level: before.level, start, end, surface: text.slice(start, end), anaphoric: true });
  }
  return out;
}

const STATUS_ORDER: Record<Status, number> = { announced: 0, signal: 1, recap: 2 };

/**
 * One detection per (partner, level). News writing puts its news first, so an `announced`
 * change told only deep in the body, while the headline and lead say nothing of it, is
 * background: it becomes a recap. Then the strongest status wins; a recap keeps its earliest
 * date; more sentences saying the same raise the confidence a little.
 */
function merge(candidates: Candidate[], hasNewsZone: boolean): Detection[] {
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const key = `${c.partner}:${c.level}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  // A plan without a tier adds nothing where the page names the tier for that partner.
  for (const [key, group] of groups) {
    if (key.endsWith(':null') && candidates.some((c) => c.level !== null && c.partner === group[0]!.partner)) groups.delete(key);
  }
  const out: Detection[] = [];
  for (const group of groups.values()) {
    const newsAnnounced = group.some((c) => c.status === 'announced' && c.sentence.inNewsZone);
    const adjusted = group.map((c) =>
      c.status === 'announced' && hasNewsZone && !newsAnnounced ? { ...c, status: 'recap' as const, confidence: Math.max(0.05, c.confidence - 0.15) } : c,
    );
    const best = [...adjusted].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || b.confidence - a.confidence)[0]!;
    const same = adjusted.filter((c) => c.status === best.status);
    const dates = same.map((c) => c.date).filter((d): d is string => !!d).sort();
    const date = best.status === 'recap' ? dates[0] : best.date;
    const top = same.reduce((a, b) => (b.confidence > a.confidence ? b : a));
    const confidence = Math.min(0.99, Math.round((top.confidence + 0.03 * (same.length - 1)) * 100) / 100);
    const d: Detection = {
      partner: best.partner,
      level: best.level,
      status: best.status,
      confidence,
      evidence: { sentence: top.sentence.text, start: top.sentence.start, end: top.sentence.end },
    };
    const variant = same.find((c) => c.variant)?.variant;
    if (variant) d.variant = variant;
    if (date) d.date = date;
    out.push(d);
  }
  return out.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || b.confidence - a.confidence);
}
