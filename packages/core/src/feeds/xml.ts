/**
 * Cheap, linear looks at an XML document before the real parser sees it: what the root element
 * is, whether the DOCTYPE declares entities (refused), how many items there are (and cutting
 * the document down to the first N so that a 100 000-item feed is not parsed in full).
 *
 * Entity safety, for the record: rss-parser parses with xml2js → sax in strict mode. sax does not
 * read DTDs: it neither fetches external entities nor expands internal ones (an undeclared
 * `&lol9;` is an "Invalid character entity" error). So a billion-laughs document cannot expand
 * here; we still refuse any DOCTYPE with an ENTITY declaration before parsing, so it fails fast
 * with a clear reason whatever the parser underneath does.
 */
import { decodeHTML } from 'entities';

export interface Prolog {
  /** The root element's qualified name (`rss`, `rdf:RDF`, `feed`, `html`…), when one was found. */
  root?: string;
  /** Index of the root element's `<`. */
  rootStart: number;
  /** The DOCTYPE declaration's text, when there is one. */
  doctype?: string;
}

const NAME_START = /[A-Za-z_:\u00C0-\uFFFF]/;
const NAME = /^[A-Za-z_:\u00C0-\uFFFF][\w.:\u00B7\u00C0-\uFFFF-]*/;

/** Walk the prolog (XML declaration, comments, PIs, DOCTYPE) up to the root element. Linear. */
export function scanProlog(text: string): Prolog {
  let i = 0;
  let doctype: string | undefined;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xfeff) {
      i++;
      continue;
    }
    if (text[i] !== '<') return { rootStart: -1, ...(doctype !== undefined ? { doctype } : {}) };
    if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i + 2);
      if (end < 0) break;
      i = end + 2;
    } else if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end < 0) break;
      i = end + 3;
    } else if (text.slice(i, i + 9).toUpperCase() === '<!DOCTYPE') {
      // Up to the closing '>' outside quotes and outside the [internal subset].
      let j = i + 9;
      let depth = 0;
      let quote = '';
      for (; j < n; j++) {
        const ch = text[j];
        if (quote) {
          if (ch === quote) quote = '';
        } else if (ch === '"' || ch === "'") quote = ch;
        else if (ch === '[') depth++;
        else if (ch === ']') depth = Math.max(0, depth - 1);
        else if (ch === '>' && depth === 0) break;
      }
      doctype = text.slice(i, Math.min(j + 1, n));
      i = j + 1;
    } else if (NAME_START.test(text[i + 1] ?? '')) {
      const m = NAME.exec(text.slice(i + 1, i + 200));
      return { root: m?.[0], rootStart: i, ...(doctype !== undefined ? { doctype } : {}) };
    } else {
      break;
    }
  }
  return { rootStart: -1, ...(doctype !== undefined ? { doctype } : {}) };
}

/** True when a DOCTYPE declares entities (internal or external): the billion-laughs and XXE shapes. */
export function declaresEntities(doctype: string | undefined): boolean {
  return doctype !== undefined && /<!ENTITY/i.test(doctype);
}

/**
 * Keep only the first `max` items (`item` or `entry` elements) of a feed document: everything
 * from the (max+1)-th opening tag up to the end of the last closing tag is cut, the rest of the
 * document (channel metadata, closing tags) stays. Returns undefined when there is nothing to
 * cut or the layout is not the simple one (then the caller parses in full and caps after).
 * `total` is the number of opening tags seen (approximate: a tag name inside CDATA counts too).
 */
export function cutItems(text: string, element: 'item' | 'entry', max: number): { text: string; total: number } | undefined {
  const open = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${element}[\\s>/]`, 'g');
  let total = 0;
  let cutStart = -1;
  for (let m = open.exec(text); m; m = open.exec(text)) {
    total++;
    if (total === max + 1) cutStart = m.index;
  }
  if (cutStart < 0) return undefined;
  const close = new RegExp(`</(?:[A-Za-z_][\\w.-]*:)?${element}\\s*>`, 'g');
  let cutEnd = -1;
  close.lastIndex = cutStart;
  for (let m = close.exec(text); m; m = close.exec(text)) cutEnd = close.lastIndex;
  if (cutEnd <= cutStart) return undefined;
  return { text: text.slice(0, cutStart) + text.slice(cutEnd), total };
}

const XML_PREDEFINED = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/**
 * Named entities the XML parser does not know, repaired outside CDATA sections: HTML names
 * (sax knows the HTML 4 set; this adds HTML5 ones like `&hellip;`-style names it lacks) become
 * numeric character references, anything else becomes literal text (`&amp;name;`). Never an
 * expansion of a declared entity. Only used to retry a document that strict parsing rejected.
 */
export function htmlEntitiesToNumeric(text: string): string {
  return text
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/&([A-Za-z][A-Za-z0-9]{1,31});/g, (m: string, name: string) => {
            if (XML_PREDEFINED.has(name)) return m;
            const decoded = decodeHTML(m);
            if (decoded === m) return `&amp;${name};`;
            return Array.from(decoded)
              .map((ch) => `&#${ch.codePointAt(0)};`)
              .join('');
          }),
    )
    .join('');
}
