/** Splits main text into sentences with offsets, paragraph by paragraph. */

export interface Sentence {
  text: string;
  /** Offsets in the whole main text. */
  start: number;
  end: number;
  /** Index of the paragraph the sentence belongs to (0 is the headline when the page has one). */
  paragraph: number;
  /** Index of the sentence in the document. */
  index: number;
}

// A sentence ends at . ! ? (and their CJK forms) followed by space/quote/end, or at a CJK stop.
// Abbreviations such as "U.S.", "Dec. 5", "S. Korea", "Mr." and decimals must not end a sentence.
const ABBREVIATION = /(?:\b(?:[A-Z]|U\.S|U\.K|Mr|Mrs|Ms|Dr|Prof|St|No|Nos|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Gen|Lt|Col|Sen|Rep|Gov|Pres|approx|vs|etc|TP|Tp|ThS|TS|PGS|GS|г|гг|ул|т\.е|St|Ste|M|Mme|Sr|Sra|Dña|Jr))$/;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let pos = 0;
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    const paraEnd = nl === -1 ? text.length : nl;
    splitParagraph(text, pos, paraEnd, paragraph, out);
    paragraph++;
    if (nl === -1) break;
    pos = nl + 1;
  }
  return out;
}

function splitParagraph(text: string, from: number, to: number, paragraph: number, out: Sentence[]): void {
  let start = from;
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    let end = -1;
    if (ch === '。' || ch === '！' || ch === '？' || ch === '；') {
      end = i + 1;
      while (end < to && /[」』”"）)]/.test(text[end]!)) end++;
    } else if (ch === '.' || ch === '!' || ch === '?') {
      const next = text[i + 1];
      if (next !== undefined && !/[\s"'”’»)\]]/.test(next)) continue; // 3.5, U.S.-Vietnam, .vn
      if (ch === '.' && ABBREVIATION.test(text.slice(Math.max(from, i - 6), i))) continue;
      end = i + 1;
      while (end < to && /["'”’»)\]]/.test(text[end]!)) end++;
      // A following lowercase letter means the sentence goes on (e.g. "approx. five").
      const after = text.slice(end, end + 3).trimStart();
      if (after && /^\p{Ll}/u.test(after)) continue;
    }
    if (end > 0) {
      push(text, start, end, paragraph, out);
      start = end;
      i = end - 1;
    }
  }
  push(text, start, to, paragraph, out);
}

/** Longer "sentences" (lists, run-on scraps, hostile input) are cut at clause marks, then anywhere. */
export const MAX_SENTENCE = 1000;

function push(text: string, start: number, end: number, paragraph: number, out: Sentence[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  while (end - start > MAX_SENTENCE) {
    const window = text.slice(start, start + MAX_SENTENCE);
    const cut = Math.max(window.lastIndexOf(', '), window.lastIndexOf('; '), window.lastIndexOf('，'), window.lastIndexOf('、'), window.lastIndexOf(' '));
    const at = start + (cut > MAX_SENTENCE / 2 ? cut + 1 : MAX_SENTENCE);
    push(text, start, at, paragraph, out);
    start = at;
    while (start < end && /\s/.test(text[start]!)) start++;
  }
  if (end > start) out.push({ text: text.slice(start, end), start, end, paragraph, index: out.length });
}
