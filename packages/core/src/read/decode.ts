/**
 * Bytes → string. Charset precedence: BOM > HTTP Content-Type charset > <meta charset> /
 * <meta http-equiv=Content-Type> (first 4 KB) > caller's charsetHint > utf-8, with a sanity check:
 * valid multi-byte UTF-8 wins over a declared legacy charset, and bytes that are not valid in the
 * declared charset (many U+FFFD) are re-detected. Legacy charsets are decoded with iconv-lite
 * (TextDecoder for the few iconv-lite lacks, e.g. ISO-2022-JP). Output is NFC.
 */
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

/** Read at most this many bytes of a page. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;
/** How much of the head is sniffed for a <meta> charset. */
const SNIFF_BYTES = 4096;
/** How much is decoded when trying candidate charsets. */
const TRIAL_BYTES = 64 * 1024;

export interface Charset {
  /** The name reported in ReadPage.charset (WHATWG-style, lower case). */
  name: string;
  /** The iconv-lite codec, or a TextDecoder label when `viaTextDecoder`. */
  codec: string;
  viaTextDecoder?: boolean;
  multiByte: boolean;
}

export interface Decoded {
  text: string;
  charset: string;
  /** Where the charset came from. */
  source: 'bom' | 'header' | 'meta' | 'hint' | 'detected' | 'default';
}

export interface DecodeFailure {
  error: 'unsupported-charset' | 'not-text';
  reason: string;
}

const UTF8: Charset = { name: 'utf-8', codec: 'utf8', multiByte: true };
const UTF16LE: Charset = { name: 'utf-16le', codec: 'utf16le', multiByte: true };
const UTF16BE: Charset = { name: 'utf-16be', codec: 'utf16be', multiByte: true };

/** WHATWG-style label table: label → [reported name, iconv codec, multi-byte]. */
const LABELS: Record<string, [string, string, boolean]> = {};
function def(name: string, codec: string, multiByte: boolean, labels: string[]): void {
  for (const l of [name, ...labels]) LABELS[l] = [name, codec, multiByte];
}
def('utf-8', 'utf8', true, ['utf8', 'unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'x-unicode20utf8']);
def('utf-16le', 'utf16le', true, ['utf-16', 'utf16', 'utf16le', 'ucs-2', 'unicode', 'csunicode', 'iso-10646-ucs-2', 'unicodefeff']);
def('utf-16be', 'utf16be', true, ['utf16be', 'unicodefffe']);
// GB2312 and GBK labels decode with the GB18030 decoder, a strict superset (as browsers do).
def('gbk', 'gb18030', true, ['gb2312', 'gb_2312', 'gb_2312-80', 'chinese', 'csgb2312', 'csiso58gb231280', 'iso-ir-58', 'x-gbk', 'cp936', 'ms936', 'windows-936', 'euc-cn', 'hz-gb-2312']);
def('gb18030', 'gb18030', true, []);
def('big5', 'big5hkscs', true, ['big5-hkscs', 'cn-big5', 'csbig5', 'x-x-big5', 'cp950', 'big-5']);
def('shift_jis', 'cp932', true, ['shift-jis', 'sjis', 'ms_kanji', 'csshiftjis', 'windows-31j', 'x-sjis', 'ms932', 'cp932']);
def('euc-jp', 'eucjp', true, ['cseucpkdfmtjapanese', 'x-euc-jp', 'eucjp']);
def('euc-kr', 'cp949', true, ['cseuckr', 'csksc56011987', 'iso-ir-149', 'korean', 'ks_c_5601-1987', 'ks_c_5601-1989', 'ksc5601', 'ksc_5601', 'windows-949', 'cp949', 'uhc', 'euckr']);
def('windows-1252', 'windows1252', false, ['cp1252', 'x-cp1252', 'iso-8859-1', 'iso8859-1', 'iso_8859-1', 'iso88591', 'iso_8859-1:1987', 'latin1', 'l1', 'ascii', 'us-ascii', 'ansi_x3.4-1968', 'cp819', 'csisolatin1', 'ibm819', 'iso-ir-100']);
for (let n = 1250; n <= 1258; n++) if (n !== 1252) def(`windows-${n}`, `windows${n}`, false, [`cp${n}`, `x-cp${n}`]);
def('windows-874', 'windows874', false, ['tis-620', 'iso-8859-11', 'iso8859-11', 'dos-874', 'cp874']);
def('koi8-r', 'koi8r', false, ['koi8', 'koi', 'cskoi8r', 'koi8_r']);
def('koi8-u', 'koi8u', false, ['koi8-ru']);
def('ibm866', 'cp866', false, ['cp866', '866', 'csibm866']);
def('macintosh', 'macintosh', false, ['mac', 'x-mac-roman', 'csmacintosh']);
def('x-mac-cyrillic', 'maccyrillic', false, ['x-mac-ukrainian']);
def('viscii', 'viscii', false, []);
def('iso-2022-jp', 'iso-2022-jp', true, ['csiso2022jp']);

/** Resolve a charset label to a decoder, or undefined when neither iconv-lite nor TextDecoder has one. */
export function resolveCharset(label: string | undefined | null): Charset | undefined {
  if (!label) return undefined;
  let l = label.trim().toLowerCase().replace(/^["']+|["']+$/g, '');
  if (!l) return undefined;
  // iso-8859-N / iso8859_N / latinN spellings
  const iso = /^(?:iso[-_ ]?8859[-_ ]?|iso_8859-)(\d{1,2})(?::\d+)?$/.exec(l);
  if (iso) {
    const n = Number(iso[1]);
    if (n === 1) l = 'windows-1252';
    else if (n === 9) l = 'windows-1254';
    else if (n === 11) l = 'windows-874';
    else if (n >= 2 && n <= 16 && n !== 12) return { name: `iso-8859-${n}`, codec: `iso8859${n}`, multiByte: false };
  }
  const latin = /^latin([2-9]|10)$/.exec(l);
  if (latin) {
    const map: Record<string, number> = { '2': 2, '3': 3, '4': 4, '5': 9, '6': 10, '7': 13, '8': 14, '9': 15, '10': 16 };
    const n = map[latin[1] as string] as number;
    if (n === 9) return resolveCharset('windows-1254');
    return { name: `iso-8859-${n}`, codec: `iso8859${n}`, multiByte: false };
  }
  const known = LABELS[l];
  if (known) {
    const [name, codec, multiByte] = known;
    if (iconv.encodingExists(codec)) return { name, codec, multiByte };
    if (textDecoderSupports(name)) return { name, codec: name, viaTextDecoder: true, multiByte };
    return undefined;
  }
  if (l === 'x-user-defined' || l === 'replacement' || l === 'utf-7' || l === 'utf7') return undefined;
  if (iconv.encodingExists(l)) return { name: l, codec: l, multiByte: /^(?:utf|ucs|gb|big5|euc|shift|sjis|cp9[345]|iso-?2022)/.test(l) };
  if (textDecoderSupports(l)) return { name: l, codec: l, viaTextDecoder: true, multiByte: true };
  return undefined;
}

function textDecoderSupports(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/** The charset parameter of a Content-Type header value. */
export function charsetFromContentType(contentType: string | undefined): string | undefined {
  if (!contentType) return undefined;
  const m = /;\s*charset\s*=\s*("?)([^";,\s]+)\1/i.exec(contentType);
  return m ? m[2] : undefined;
}

/** Latin-1 view of the first `n` bytes (for ASCII-level sniffing of markup). */
function asciiHead(bytes: Uint8Array, n: number): string {
  const end = Math.min(bytes.length, n);
  return Buffer.from(bytes.buffer, bytes.byteOffset, end).toString('latin1');
}

/** <meta charset=…>, <meta http-equiv=Content-Type content="…charset=…">, or an XML declaration in the first 4 KB. */
export function sniffMetaCharset(bytes: Uint8Array): string | undefined {
  const head = asciiHead(bytes, SNIFF_BYTES);
  // The tag pattern stops at the next '<' so a stray '<' cannot make the scan quadratic.
  const metaRe = /<meta\b([^<>]*)>?/gi;
  let m: RegExpExecArray | null;
  while ((m = metaRe.exec(head)) !== null) {
    const attrs = m[1] ?? '';
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:()-]+)/i.exec(attrs);
    if (direct && !/\bcontent\s*=/i.test(attrs.slice(0, direct.index))) return direct[1];
    if (/http-equiv\s*=\s*["']?\s*content-type/i.test(attrs)) {
      const c = /\bcontent\s*=\s*(["'])([^"']*)\1/i.exec(attrs) ?? /\bcontent\s*=\s*([^\s>]+)/i.exec(attrs);
      const value = c ? (c[2] ?? c[1]) : undefined;
      const cs = value ? /charset\s*=\s*([\w.:()-]+)/i.exec(value) : null;
      if (cs) return cs[1];
    }
    if (direct) return direct[1];
  }
  const xml = /^\s*<\?xml\b[^<>]*\bencoding\s*=\s*["']([\w.:()-]+)["']/i.exec(head);
  return xml ? xml[1] : undefined;
}

/** <html lang="…"> in the first 4 KB: a hint for which legacy charset to try. */
function sniffHtmlLang(bytes: Uint8Array): string | undefined {
  const m = /<html\b[^<>]*?\blang\s*=\s*["']?([a-z]{2,3})/i.exec(asciiHead(bytes, SNIFF_BYTES));
  return m ? m[1]?.toLowerCase() : undefined;
}

function detectBom(bytes: Uint8Array): { charset: Charset; skip: number } | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: UTF8, skip: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: UTF16LE, skip: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: UTF16BE, skip: 2 };
  return undefined;
}

/** UTF-16 without a BOM: ASCII text with a NUL in every other byte. */
function sniffUtf16(bytes: Uint8Array): Charset | undefined {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 8) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero / pairs > 0.4 && evenZero / pairs < 0.05) return UTF16LE;
  if (evenZero / pairs > 0.4 && oddZero / pairs < 0.05) return UTF16BE;
  return undefined;
}

/** Magic numbers of common binary formats. */
const MAGIC: Array<[string, number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip data', [0x1f, 0x8b]],
  ['WebP/RIFF data', [0x52, 0x49, 0x46, 0x46]],
  ['BMP image', [0x42, 0x4d]],
  ['ICO image', [0x00, 0x00, 0x01, 0x00]],
  ['MP4/ISO media', [0x00, 0x00, 0x00]],
  ['Ogg data', [0x4f, 0x67, 0x67, 0x53]],
  ['WOFF font', [0x77, 0x4f, 0x46, 0x46]],
  ['7z archive', [0x37, 0x7a, 0xbc, 0xaf]],
  ['ELF binary', [0x7f, 0x45, 0x4c, 0x46]],
  ['zstd data', [0x28, 0xb5, 0x2f, 0xfd]],
];

/**
 * Binary junk check on the head of the bytes: a known binary signature, NUL bytes (outside UTF-16),
 * or mostly control characters. Returns a human reason when the bytes are not text.
 */
export function binaryReason(bytes: Uint8Array): string | undefined {
  if (detectBom(bytes) || sniffUtf16(bytes)) return undefined;
  for (const [name, sig] of MAGIC) {
    if (bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b)) {
      // "BM" and "RIFF" also start ordinary words; only trust them with a NUL nearby.
      if ((name.startsWith('BMP') || name.startsWith('WebP')) && !bytes.subarray(0, 64).includes(0)) continue;
      return `looks like a ${name}`;
    }
  }
  const n = Math.min(bytes.length, 8192);
  let nul = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) nul++;
    else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
    else if (b === 0x7f) control++;
  }
  if (nul > Math.max(2, n * 0.001)) return `contains ${nul} NUL bytes in the first ${n} bytes`;
  if (control + nul > n * 0.05) return `${Math.round(((control + nul) * 100) / n)}% control characters`;
  return undefined;
}

/** Same test for a string handed in as `text`. */
export function binaryTextReason(text: string): string | undefined {
  const n = Math.min(text.length, 8192);
  let bad = 0;
  let nul = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) nul++;
    else if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f || c === 0xfffd) bad++;
  }
  if (nul > Math.max(2, n * 0.001)) return `contains ${nul} NUL characters`;
  if (bad + nul > n * 0.1) return `${Math.round(((bad + nul) * 100) / n)}% control or replacement characters`;
  return undefined;
}

function runDecode(bytes: Uint8Array, cs: Charset): string {
  if (cs.codec === 'utf8') return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  if (cs.viaTextDecoder) return new TextDecoder(cs.codec).decode(bytes);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), cs.codec, { stripBOM: false });
}

/** Drop a multi-byte UTF-8 sequence cut off by the read cap, so a truncated page still validates. */
function trimPartialUtf8(bytes: Uint8Array): Uint8Array {
  const n = bytes.length;
  for (let back = 1; back <= Math.min(3, n); back++) {
    const b = bytes[n - back] as number;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      if (need > back) return bytes.subarray(0, n - back);
    }
    break;
  }
  return bytes;
}

function firstHighByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] as number) >= 0x80) return i;
  return -1;
}

interface TrialStats {
  nonAscii: number;
  bad: number; // U+FFFD and private-use characters
  hiragana: number;
  hangul: number;
  han: number;
  halfKana: number;
}

function trialStats(s: string): TrialStats {
  const t: TrialStats = { nonAscii: 0, bad: 0, hiragana: 0, hangul: 0, han: 0, halfKana: 0 };
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    t.nonAscii++;
    if (c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff)) t.bad++;
    else if (c >= 0x3040 && c <= 0x30ff) t.hiragana++;
    else if (c >= 0xac00 && c <= 0xd7af) t.hangul++;
    else if (c >= 0x4e00 && c <= 0x9fff) t.han++;
    else if (c >= 0xff61 && c <= 0xff9f) t.halfKana++;
  }
  return t;
}

const LANG_CHARSETS: Record<string, string[]> = {
  zh: ['gbk', 'big5'],
  ja: ['shift_jis', 'euc-jp', 'iso-2022-jp'],
  ko: ['euc-kr'],
  ru: ['windows-1251', 'koi8-r'],
  uk: ['windows-1251', 'koi8-u'],
  vi: ['windows-1258'],
  fr: ['windows-1252'],
  es: ['windows-1252'],
  en: ['windows-1252'],
};

const TLD_LANG: Record<string, string> = { cn: 'zh', tw: 'zh', hk: 'zh', jp: 'ja', kr: 'ko', ru: 'ru', ua: 'uk', vn: 'vi', fr: 'fr', es: 'es' };

function tldLang(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/i.exec(url);
  const tld = m?.[1]?.split('.').pop()?.toLowerCase();
  return tld ? TLD_LANG[tld] : undefined;
}

/** Mostly runs of high bytes (whole words) rather than isolated accented letters: Cyrillic-like. */
function looksCyrillicSingleByte(bytes: Uint8Array): boolean {
  let high = 0;
  let inRuns = 0;
  let run = 0;
  const n = Math.min(bytes.length, TRIAL_BYTES);
  for (let i = 0; i <= n; i++) {
    const b = i < n ? (bytes[i] as number) : 0;
    if (b >= 0xc0) {
      run++;
      high++;
    } else {
      if (run >= 3) inRuns += run;
      run = 0;
    }
  }
  return high > 20 && inRuns / high > 0.5;
}

/**
 * The bytes are not what was declared (or nothing was): try candidates. Hinted charsets first,
 * accepted when they decode cleanly; then the CJK multi-byte charsets by plausibility; then a
 * single-byte charset.
 */
function detectLegacy(bytes: Uint8Array, preferred: Charset[], lang: string | undefined): Charset {
  const sample = bytes.subarray(0, TRIAL_BYTES);
  const tried = new Map<string, TrialStats>();
  const stats = (cs: Charset): TrialStats => {
    let t = tried.get(cs.name);
    if (!t) {
      t = trialStats(runDecode(sample, cs));
      tried.set(cs.name, t);
    }
    return t;
  };
  const clean = (t: TrialStats): boolean => t.nonAscii > 0 && t.bad <= Math.max(1, t.nonAscii * 0.005);

  const hinted = [...preferred];
  for (const name of LANG_CHARSETS[lang ?? ''] ?? []) {
    const cs = resolveCharset(name);
    if (cs) hinted.push(cs);
  }
  for (const cs of hinted) {
    if (cs.name === 'utf-8' || cs.name.startsWith('utf-16')) continue;
    if (!cs.multiByte) return cs;
    if (clean(stats(cs))) return cs;
  }

  const get = (n: string): Charset => resolveCharset(n) as Charset;
  const sjis = stats(get('shift_jis'));
  if (clean(sjis) && sjis.hiragana >= sjis.nonAscii * 0.15) return get('shift_jis');
  const eucjp = stats(get('euc-jp'));
  if (clean(eucjp) && eucjp.hiragana >= eucjp.nonAscii * 0.15) return get('euc-jp');
  const gbk = stats(get('gbk'));
  const euckr = stats(get('euc-kr'));
  // Korean text has ASCII spaces between words and decodes to Hangul; GBK text has no spaces
  // between words. Both decode cleanly as the other, so look at the shape too.
  if (clean(euckr) && euckr.hangul >= euckr.nonAscii * 0.6 && spaceShare(sample) > 0.08) return get('euc-kr');
  if (clean(gbk) && gbk.han >= gbk.nonAscii * 0.3) return get('gbk');
  const big5 = stats(get('big5'));
  if (clean(big5) && big5.han >= big5.nonAscii * 0.3) return get('big5');
  if (clean(euckr)) return get('euc-kr');
  if (clean(gbk)) return get('gbk');
  if (looksCyrillicSingleByte(sample)) return get('windows-1251');
  return get('windows-1252');
}

function spaceShare(bytes: Uint8Array): number {
  let spaces = 0;
  let high = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b === 0x20) spaces++;
    else if (b >= 0x80) high++;
  }
  return spaces / Math.max(1, high / 2 + spaces);
}

function countReplacement(s: string): number {
  let n = 0;
  let i = s.indexOf('\ufffd');
  while (i !== -1) {
    n++;
    i = s.indexOf('\ufffd', i + 1);
  }
  return n;
}

function nonAsciiCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) n++;
  return n;
}

export interface DecodeOptions {
  contentType?: string;
  charsetHint?: string;
  langHint?: string;
  url?: string;
}

/** Decode page bytes (already capped by the caller) to an NFC string. */
export function decodeBytes(bytes: Uint8Array, opts: DecodeOptions = {}): Decoded | DecodeFailure {
  const bom = detectBom(bytes);
  if (bom) {
    return finish(runDecode(bytes.subarray(bom.skip), bom.charset), bom.charset.name, 'bom');
  }

  const labels: Array<[Decoded['source'], string | undefined]> = [
    ['header', charsetFromContentType(opts.contentType)],
    ['meta', sniffMetaCharset(bytes)],
    ['hint', opts.charsetHint],
  ];
  let declared: Charset | undefined;
  let source: Decoded['source'] = 'default';
  const unsupported: string[] = [];
  const others: Charset[] = [];
  for (const [src, label] of labels) {
    if (!label) continue;
    let cs = resolveCharset(label);
    if (!cs) {
      unsupported.push(label);
      continue;
    }
    // A <meta> cannot really declare UTF-16 (the bytes that carry it are ASCII): browsers read UTF-8.
    if (src === 'meta' && cs.name.startsWith('utf-16')) cs = UTF8;
    if (!declared) {
      declared = cs;
      source = src;
    } else if (cs.name !== declared.name) others.push(cs);
  }

  const utf16 = sniffUtf16(bytes);
  if (utf16) return finish(runDecode(bytes, utf16), utf16.name, declared?.name.startsWith('utf-16') ? source : 'detected');
  if (declared?.name.startsWith('utf-16')) {
    // Declared UTF-16 but no NUL pattern: it is not UTF-16.
    declared = undefined;
    source = 'default';
  }

  const high = firstHighByte(bytes);
  if (high === -1) {
    // Pure ASCII: every ASCII-compatible charset reads it the same.
    const name = declared && !declared.viaTextDecoder ? declared.name : 'utf-8';
    return finish(new TextDecoder('utf-8').decode(bytes), name, declared ? source : 'default');
  }
  if (!declared && unsupported.length > 0 && !isUtf8(trimPartialUtf8(bytes))) {
    return { error: 'unsupported-charset', reason: `unsupported charset "${unsupported[0]}" and the bytes are not UTF-8` };
  }

  // Which legacy charsets to try first if the declared one turns out wrong.
  const langGuess = sniffHtmlLang(bytes) ?? (opts.langHint?.toLowerCase().slice(0, 2) || undefined) ?? tldLang(opts.url);

  if (!declared || declared.name === 'utf-8') {
    if (isUtf8(trimPartialUtf8(bytes))) return finish(runDecode(bytes, UTF8), 'utf-8', declared ? source : 'default');
    const text = runDecode(bytes, UTF8);
    const bad = countReplacement(text);
    // A few stray bad bytes among many valid multi-byte sequences: UTF-8 with damage, keep it.
    // (Legacy bytes almost never form valid multi-byte UTF-8, so their "valid" count stays near 0.)
    const valid = nonAsciiCount(text) - bad;
    if (valid >= 8 * bad && valid >= 4) return finish(text, 'utf-8', declared ? source : 'default');
    const cs = detectLegacy(bytes, others, langGuess);
    return finish(runDecode(bytes, cs), cs.name, 'detected');
  }

  // A legacy charset was declared. Valid multi-byte UTF-8 is practically never legacy text by accident.
  if (isUtf8(trimPartialUtf8(bytes))) return finish(runDecode(bytes, UTF8), 'utf-8', 'detected');
  const text = runDecode(bytes, declared);
  if (declared.multiByte) {
    const bad = countReplacement(text);
    if (bad > 2 && bad > nonAsciiCount(text) * 0.02) {
      const cs = detectLegacy(bytes, others, langGuess);
      if (cs.name !== declared.name) return finish(runDecode(bytes, cs), cs.name, 'detected');
    }
  }
  return finish(text, declared.name, source);
}

function finish(text: string, charset: string, source: Decoded['source']): Decoded {
  let t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // A multi-byte sequence cut by the read cap decodes to a trailing U+FFFD.
  while (t.endsWith('\ufffd')) t = t.slice(0, -1);
  return { text: t.normalize('NFC'), charset, source };
}
