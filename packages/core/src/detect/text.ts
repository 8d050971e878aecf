/** Small text helpers shared by the detector's matchers. */

/**
 * Lower-cases a string without changing its length, so offsets found in the lower-cased copy
 * are valid in the original. Characters whose lower case has another length stay as they are.
 */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** A letter or digit in any script: what a word boundary must not touch. */
export const WORD_CHAR = /[\p{L}\p{N}]/u;

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Builds a case-insensitive, Unicode-aware alternation of phrases. Spaces in a phrase match any
 * run of spaces; Latin/Cyrillic phrases get word boundaries, CJK phrases none (no spaces there).
 */
export function phraseRegExp(phrases: readonly string[], flags = 'giu'): RegExp {
  const parts = [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p).replace(/ +/g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join('|')})(?![\\p{L}\\p{N}])`, flags);
}

/** Like phraseRegExp, without boundaries: for scripts written without spaces (zh, ja). */
export function cjkRegExp(phrases: readonly string[], flags = 'gu'): RegExp {
  const parts = [...new Set(phrases)].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`(?:${parts.join('|')})`, flags);
}

/** Tests a sticky-free regexp against a string without leaking lastIndex state. */
export function has(re: RegExp | undefined, s: string): boolean {
  if (!re) return false;
  re.lastIndex = 0;
  const ok = re.test(s);
  re.lastIndex = 0;
  return ok;
}

/** All matches of a global regexp, as [start, end, text]. */
export function allMatches(re: RegExp, s: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    if (m[0].length === 0) re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}
