/** Plain text out of feed fields that may carry HTML or escaped HTML. */
import { decodeHTML } from 'entities';

export const MAX_TITLE_CHARS = 500;
export const MAX_SUMMARY_CHARS = 1000;

function cap(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * Tags stripped (script/style with their content), entities decoded, whitespace collapsed, NFC,
 * capped at `max` characters. Undefined for non-strings and for what ends up empty.
 */
export function plainText(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  let s = value.length > max * 20 ? value.slice(0, max * 20) : value;
  if (s.includes('<')) {
    s = s
      .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<\/?(?:p|div|br|li|h[1-6]|tr|blockquote|section|article)\b[^>]*>/gi, ' ')
      .replace(/<[^>]*>/g, '');
  }
  if (s.includes('&')) s = decodeHTML(s);
  s = s.replace(/[\s\u00a0\u200b]+/g, ' ').trim().normalize('NFC');
  return s ? cap(s, max) : undefined;
}
