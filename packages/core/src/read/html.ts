/**
 * Main-text extraction from HTML with cheerio (htmlparser2 mode).
 *
 * One parse, then a few linear passes over a flat pre-order array of elements; nothing recurses
 * on DOM depth, and nesting deeper than MAX_NESTING is flattened before parsing (htmlparser2's
 * open-element stack is quadratic in depth).
 *
 *  1. collect: metadata (meta/link/title/JSON-LD/html lang/time) + one Info per visible element;
 *     script/style/nav/aside/footer/forms/hidden … are skipped outright.
 *  2. bottom-up: text and link-text length, first child, short text (for labels).
 *  3. top-down: boilerplate marks, decided by structure: link density, blocks introduced by a
 *     "related / read more / tags / share" label (in every supported language), lists of teasers
 *     (items that open with a link), small boxes whose class says share/author/tags.
 *  4. text runs: inline text between block boundaries, in reading order.
 *  5. container: runs score their parent and grandparent (readability-style), the best
 *     container × (1 − link density) wins, good siblings join it.
 *  6. output: headline (the h1 that matches the page title) + lead between headline and body +
 *     body runs.
 */
import { load } from 'cheerio';
import { parseDocument } from 'htmlparser2';
import type { AnyNode, Document, Element } from 'domhandler';

/** Deeper nesting than this is flattened before parsing. */
export const MAX_NESTING = 256;

// ---------------------------------------------------------------------------------------------
// Tag classes

/** Never content: skipped with their whole subtree. */
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'frame', 'frameset', 'object', 'embed',
  'canvas', 'video', 'audio', 'map', 'form', 'nav', 'aside', 'footer', 'button', 'select', 'option', 'optgroup',
  'input', 'textarea', 'label', 'dialog', 'menu', 'head', 'title', 'meta', 'link', 'base', 'img', 'picture',
  'source', 'track', 'area', 'param', 'wbr', 'datalist', 'output', 'progress', 'meter', 'slot', 'portal',
]);

/** Elements that break inline text into separate runs. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th',
  'caption', 'ul', 'legend', 'listing', 'xmp', 'plaintext', 'noframes',
]);

/** Blocks that are one paragraph: their runs score their parent, not themselves. */
const PARA_TAGS = new Set(['p', 'pre', 'li', 'td', 'th', 'dd', 'dt', 'figcaption', 'caption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'summary', 'legend']);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Wrappers a paragraph's score passes through (a long blockquote must not beat its article). */
const PASS_THROUGH = new Set(['blockquote', 'figure', 'center', 'font', 'b', 'strong', 'i', 'em', 'u']);

const HIDDEN_ROLES = new Set(['navigation', 'contentinfo', 'complementary', 'menu', 'menubar', 'search', 'dialog', 'alertdialog', 'toolbar', 'tablist', 'tree', 'status']);

// ---------------------------------------------------------------------------------------------
// Labels that introduce boilerplate blocks, in every supported language (compared lower-cased,
// NFC, whitespace collapsed, trailing ':' '：' '»' etc. removed).

const EXACT_LABELS = new Set([
  // vi
  'tin liên quan', 'bài liên quan', 'bài viết liên quan', 'tin tức liên quan', 'tin cùng chuyên mục', 'cùng chuyên mục',
  'tin cùng chủ đề', 'có thể bạn quan tâm', 'bạn có thể quan tâm', 'đọc thêm', 'xem thêm', 'nên xem', 'tin khác',
  'các tin khác', 'tin mới', 'tin mới nhất', 'tin nổi bật', 'đọc nhiều', 'đọc nhiều nhất', 'xem nhiều', 'xem nhiều nhất',
  'tin xem nhiều', 'tin đọc nhiều', 'tin tiêu điểm', 'từ khóa', 'từ khoá', 'chủ đề', 'chia sẻ', 'bình luận',
  'ý kiến bạn đọc', 'tin hay', 'đừng bỏ lỡ', 'mới nhất', 'tin cùng loại', 'video liên quan', 'tin ảnh',
  // en
  'related', 'related articles', 'related stories', 'related news', 'related coverage', 'related content',
  'related links', 'related posts', 'related topics', 'related reading', 'related video', 'related videos',
  'read more', 'read also', 'also read', 'see also', 'more stories', 'more news', 'more on this story',
  'more on this topic', 'most viewed', 'most read', 'most popular', 'most shared', 'top stories', 'trending',
  'trending now', 'recommended', 'recommended for you', 'recommended stories', 'you may also like',
  'you might also like', 'you may be interested', 'editors picks', "editor's picks", 'latest news', 'latest stories',
  'popular', 'popular stories', 'topics', 'tags', 'keywords', 'share', 'share this', 'share this article',
  'share this story', 'comments', 'advertisement', 'sponsored', 'sponsored content', 'in other news',
  'what to read next', 'further reading', 'hot topics', 'news in brief', 'more', 'related searches', 'explore more',
  // fr
  'à lire aussi', 'a lire aussi', 'lire aussi', 'lire également', 'à lire également', 'articles liés',
  'articles connexes', 'les plus lus', 'les plus populaires', 'sur le même sujet', 'dans la même rubrique',
  'voir aussi', 'à voir aussi', 'mots-clés', 'mots clés', 'partager', 'commentaires', 'à la une', 'derniers articles',
  // es
  'leer también', 'lea también', 'lee también', 'noticias relacionadas', 'artículos relacionados',
  'contenido relacionado', 'lo más leído', 'lo más visto', 'más leídas', 'más leídos', 'te puede interesar',
  'también te puede interesar', 'le puede interesar', 'etiquetas', 'compartir', 'comentarios', 'ver más',
  'más noticias', 'últimas noticias', 'temas',
  // ru
  'читайте также', 'читать также', 'похожие', 'похожие новости', 'похожие статьи', 'по теме', 'другие новости',
  'новости по теме', 'самое читаемое', 'популярное', 'теги', 'поделиться', 'комментарии', 'смотрите также',
  'ещё по теме', 'еще по теме', 'материалы по теме', 'последние новости', 'рекомендуем',
  // zh
  '相关新闻', '相关阅读', '相关文章', '相关报道', '相关链接', '相关推荐', '相关资讯', '相關新聞', '相關閱讀', '更多',
  '更多新闻', '更多阅读', '推荐阅读', '热点推荐', '热点新闻', '热门文章', '热门推荐', '阅读最多', '最新新闻', '延伸阅读',
  '猜你喜欢', '标签', '关键词', '关键字', '分享', '分享到', '评论', '编辑推荐', '精彩推荐', '热读', '排行榜', '专题',
  '推荐', '热门', '看点', '热门评论', '网友评论', '相关专题', '往期回顾', '返回顶部', '扫一扫',
  // ja
  '関連記事', '関連ニュース', '関連リンク', '関連情報', 'おすすめ', 'おすすめ記事', '人気記事', 'よく読まれている記事',
  'アクセスランキング', 'ランキング', 'タグ', 'シェア', 'この記事をシェアする', 'コメント', '注目記事', '最新ニュース',
  'あわせて読みたい', '合わせて読みたい', 'こちらもおすすめ', '新着ニュース', '注目ニュース', '人気ニュース',
  // ko
  '관련 기사', '관련기사', '관련 뉴스', '관련뉴스', '많이 본 뉴스', '많이 본 기사', '많이본뉴스', '인기 기사', '인기기사',
  '추천 기사', '추천기사', '태그', '공유', '공유하기', '댓글', '최신 뉴스', '주요 뉴스', '함께 볼만한 뉴스', '이 시각 주요뉴스',
  '실시간 인기기사', '실시간 인기 기사', '추천 뉴스',
]);

/** Labels that may be followed by more words ("More From Reuters", "Xem thêm tin khác"). */
const PREFIX_LABELS = [
  'more from', 'read more', 'most read', 'most viewed', 'most popular', 'see more', 'related articles', 'related stories',
  'related news', 'explore more', 'tin liên quan', 'xem thêm', 'đọc thêm', 'tin cùng', 'có thể bạn', 'tin khác', 'à lire', 'lire aussi',
  'leer también', 'lea también', 'noticias relacionadas', 'читайте также', 'похожие', 'смотрите также',
];
/** CJK labels that may carry a short suffix ("相关新闻报道", "関連記事一覧", "더 많은 관련 기사"). */
const CJK_PREFIX_LABELS = ['相关', '相關', '更多', '推荐阅读', '延伸阅读', '関連', '관련', '많이 본'];

/** Labels that put a box of tags/keywords/sharing after a colon ("Tags: a, b", "Từ khóa: …"). */
const COLON_LABELS = new Set([
  'tags', 'tag', 'keywords', 'topics', 'từ khóa', 'từ khoá', 'tag', 'chủ đề', 'chia sẻ', 'share', 'mots-clés',
  'mots clés', 'thèmes', 'partager', 'etiquetas', 'temas', 'compartir', 'теги', 'ключевые слова', 'поделиться',
  '标签', '关键词', '关键字', '分享', '分享到', 'タグ', 'キーワード', 'シェア', '태그', '키워드', '공유',
  'xem thêm', 'đọc thêm', 'read more', 'read also', 'see also', 'related', 'also read', 'lire aussi', 'à lire aussi',
  'voir aussi', 'leer también', 'lea también', 'ver también', 'читайте также', 'смотрите также', '相关新闻',
  '相关阅读', '延伸阅读', '推荐阅读', '関連記事', '관련 기사', '관련기사', 'tin liên quan', 'có thể bạn quan tâm',
  'tags and keywords',
]);

function normLabel(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/^[\s>»›▶►■□•·*#|\-–—:："“”'‘’[\]()【】«]+/, '')
    .replace(/[\s>»›▶►■□•·*|\-–—:："“”'‘’[\]()【】«.…]+$/, '')
    .trim();
}

const labelCache = new Map<string, boolean>();

/** Is `s` (a heading, a box title) a boilerplate label? */
export function isBoilerplateLabel(s: string): boolean {
  if (s.length > 60) return false;
  const cached = labelCache.get(s);
  if (cached !== undefined) return cached;
  const result = checkLabel(s);
  if (labelCache.size > 5000) labelCache.clear();
  labelCache.set(s, result);
  return result;
}

function checkLabel(s: string): boolean {
  const n = normLabel(s);
  if (!n) return false;
  if (EXACT_LABELS.has(n)) return true;
  if (n.length > 40) return false;
  for (const p of PREFIX_LABELS) {
    if (n.startsWith(p) && (n.length === p.length || /^[\s:：]/.test(n.slice(p.length)))) return true;
  }
  for (const p of CJK_PREFIX_LABELS) {
    if (n.startsWith(p) && n.length - p.length <= 4) return true;
  }
  return false;
}

/** Does a run of text open with "Label:" (a tag list, a read-more line)? */
export function startsWithColonLabel(s: string): boolean {
  const colon = s.indexOf(':');
  const wide = s.indexOf('：');
  if ((colon < 0 || colon > 40) && (wide < 0 || wide > 40)) return false;
  const head = s.slice(0, 48);
  const m = /^[\s>»›▶►■•·*\-–—[(【]*([^:：]{1,30})[:：]/.exec(head);
  if (!m) return false;
  return COLON_LABELS.has(normLabel(m[1] as string)) || isBoilerplateLabel(m[1] as string);
}

// ---------------------------------------------------------------------------------------------
// Class/id hints: a secondary signal, only for small boxes (so they can never remove an article).

const NEGATIVE_TOKENS = new Set([
  'share', 'shares', 'sharing', 'sharebar', 'social', 'sns', 'comment', 'comments', 'breadcrumb', 'breadcrumbs', 'crumbs',
  'related', 'relate', 'tags', 'tag', 'keywords', 'keyword', 'byline', 'author', 'authors', 'sidebar', 'promo',
  'advert', 'advertisement', 'ads', 'ad', 'banner', 'sponsor', 'sponsored', 'newsletter', 'subscribe', 'recommend',
  'recommended', 'popular', 'mostread', 'trending', 'widget', 'cookie', 'cookies', 'print', 'toolbar', 'pagination',
  'pager', 'footer', 'masthead', 'menu', 'topbar', 'rating', 'reaction', 'reactions', 'signature', 'copyright',
]);
const POSITIVE_TOKENS = new Set(['article', 'body', 'content', 'main', 'story', 'text', 'entry', 'post', 'detail']);

function classHint(el: Element): number {
  const a = el.attribs;
  const raw = `${a['class'] ?? ''} ${a['id'] ?? ''} ${a['data-component'] ?? ''} ${a['data-testid'] ?? ''}`;
  if (raw.length < 2) return 0;
  let neg = false;
  let pos = false;
  for (const t of raw.toLowerCase().split(/[^a-z0-9]+/)) {
    if (!t) continue;
    if (NEGATIVE_TOKENS.has(t)) neg = true;
    else if (POSITIVE_TOKENS.has(t)) pos = true;
  }
  if (a['itemprop'] === 'author' || a['rel'] === 'author') neg = true;
  return neg && !pos ? -1 : pos && !neg ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// Text measures

/** Visible length: whitespace ignored, CJK/Hangul/kana characters count double (one ≈ a word). */
export function weightedLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x20 || c === 0xa0 || (c >= 0x2000 && c <= 0x200d) || c === 0x3000 || (c >= 0xdc00 && c <= 0xdfff)) continue;
    n += (c >= 0x2e80 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef) ? 2 : 1;
  }
  return n;
}

function commaCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2c || c === 0xff0c || c === 0x3001 || c === 0x3b || c === 0xff1b || c === 0x060c) n++;
  }
  return n;
}

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const HAS_INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
/** Combining marks: only strings holding one can change under NFC (the page itself is already NFC). */
const HAS_COMBINING = /\p{M}/u;

/** Collapse whitespace, drop invisible characters, NFC. */
export function cleanText(s: string): string {
  let t = HAS_INVISIBLE.test(s) ? s.replace(INVISIBLE, '') : s;
  t = t.replace(/\s+/g, ' ').trim();
  return HAS_COMBINING.test(t) ? t.normalize('NFC') : t;
}

// ---------------------------------------------------------------------------------------------
// Nesting limiter

const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'command', 'basefont', 'bgsound', 'frame', 'image', 'isindex', 'spacer']);
/** Tags whose end tag is optional: they do not deepen the tree in practice. */
const OPTIONAL_END = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'rb', 'rt', 'rp', 'rtc', 'colgroup', 'caption']);
/** Elements whose content htmlparser2 reads as raw text (no tags inside). */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp']);

/**
 * Remove start/end tags nested deeper than `maxDepth` (their text stays), so pathological markup
 * (50,000 nested <div>s, or thousands of unclosed <span>s) parses in linear time.
 * Approximate (a tag scanner, not a parser) and a no-op for ordinary pages.
 */
export function limitNesting(html: string, maxDepth = MAX_NESTING): string {
  // The attribute part stops at the next '<', so an unterminated tag cannot make the scan quadratic.
  const re = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)([^<>]*)>/g;
  let depth = 0;
  let max = 0;
  let m: RegExpExecArray | null;
  let raw: string | undefined;
  while ((m = re.exec(html)) !== null) {
    const name = (m[2] as string).toLowerCase();
    if (raw) {
      if (m[1] && name === raw) raw = undefined;
      continue;
    }
    if (VOID_TAGS.has(name) || OPTIONAL_END.has(name)) continue;
    if (m[1]) {
      if (depth > 0) depth--;
    } else if (RAW_TEXT.has(name) && !(m[3] as string).endsWith('/')) {
      raw = name; // its content is text up to the end tag: no depth
    } else {
      // In HTML, "<div/>" opens a div just like "<div>" (only void elements self-close).
      depth++;
      if (depth > max) max = depth;
    }
  }
  if (max <= maxDepth) return html;

  const out: string[] = [];
  let last = 0;
  depth = 0;
  let excess = 0;
  raw = undefined;
  re.lastIndex = 0;
  while ((m = re.exec(html)) !== null) {
    const name = (m[2] as string).toLowerCase();
    if (raw) {
      if (m[1] && name === raw) raw = undefined;
      continue;
    }
    if (VOID_TAGS.has(name) || OPTIONAL_END.has(name)) continue;
    let drop = false;
    if (m[1]) {
      if (excess > 0) {
        excess--;
        drop = true;
      } else if (depth > 0) depth--;
    } else if (RAW_TEXT.has(name) && !(m[3] as string).endsWith('/')) {
      raw = name; // kept: a script's code must not turn into text
    } else if (depth >= maxDepth) {
      excess++;
      drop = true;
    } else depth++;
    if (drop) {
      out.push(html.slice(last, m.index), ' ');
      last = m.index + m[0].length;
    }
  }
  out.push(html.slice(last));
  return out.join('');
}

// ---------------------------------------------------------------------------------------------
// Document model

type DropReason = 'links' | 'label' | 'teasers' | 'after-label' | 'class';

interface Info {
  /** The element (the document node for the virtual root). */
  el: Element;
  tag: string;
  /** Pre-order index; the subtree is [idx, end). */
  idx: number;
  end: number;
  parent: Info | undefined;
  block: boolean;
  /** <header> or role=banner: content only when it holds the headline. */
  header: boolean;
  /** Weighted text and link-text length of the (visible) subtree. */
  text: number;
  link: number;
  hasBlockChild: boolean;
  /** First non-empty child: raw text, or an element. */
  firstKid: Info | string | undefined;
  /** The first text of the subtree is inside a link. */
  startsWithLink: boolean;
  /** Whole text (collapsed) when short: computed on demand by shortText(). null = not yet. */
  short: string | undefined | null;
  /** Marked as boilerplate (own decision) / gone (self or an ancestor). */
  drop: boolean;
  /** Why it was dropped: link-dense, a labelled box, a teaser list, a label's list, a class hint. */
  why: DropReason | undefined;
  gone: boolean;
  score: number;
}

export interface Run {
  text: string;
  len: number;
  link: number;
  /** Innermost block element holding the run. */
  block: Info;
  /** The <header>/banner element the run is inside, if any. */
  header: Info | undefined;
}

export interface MetaTag {
  name?: string;
  property?: string;
  itemprop?: string;
  httpEquiv?: string;
  content?: string;
  charset?: string;
}

/** Everything meta.ts needs from the document, gathered in the same pass. */
export interface HtmlMeta {
  htmlLang?: string;
  title?: string;
  metas: MetaTag[];
  links: Array<{ rel: string; href: string; hreflang?: string }>;
  jsonLd: string[];
  baseHref?: string;
  /** itemprop=datePublished on a non-meta element (time / span with content or datetime). */
  itempropDates: string[];
}

export interface HtmlDoc {
  meta: HtmlMeta;
  infos: Info[];
  runs: Run[];
  h1s: Info[];
  times: Array<{ info: Info; datetime: string; pubdate: boolean }>;
  bodyText: number;
  /** The virtual document root (index 0). */
  root: Info;
}

const SHORT_MAX = 120;

function isElement(n: AnyNode): n is Element {
  return n.type === 'tag' || n.type === 'script' || n.type === 'style';
}

function attr(el: Element, name: string): string | undefined {
  const v = el.attribs[name];
  return v === undefined ? undefined : v;
}

function isHidden(el: Element): boolean {
  const a = el.attribs;
  if (a['hidden'] !== undefined) return true;
  if (a['aria-hidden'] === 'true') return true;
  const role = a['role'];
  if (role && HIDDEN_ROLES.has(role.toLowerCase())) return true;
  const style = a['style'];
  if (style && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  return false;
}

/** Text of a subtree, bounded (for <title>, JSON-LD, h1). Iterative. */
function textOf(el: Element, max = 100_000): string {
  const parts: string[] = [];
  let len = 0;
  const stack: AnyNode[] = [...el.children].reverse();
  while (stack.length > 0 && len < max) {
    const n = stack.pop() as AnyNode;
    if (n.type === 'text' || n.type === 'cdata') {
      if (n.type === 'text') {
        parts.push(n.data);
        len += n.data.length;
      } else {
        for (const c of [...n.children].reverse()) stack.push(c);
      }
    } else if (isElement(n)) {
      if (n.name === 'script' || n.name === 'style' || n.name === 'template') continue;
      if (n.name === 'br') parts.push(' ');
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as AnyNode);
    }
  }
  return parts.join('');
}

function newInfo(el: Element, tag: string, idx: number, parent: Info | undefined): Info {
  return {
    el,
    tag,
    idx,
    end: idx + 1,
    parent,
    block: BLOCK_TAGS.has(tag),
    header: tag === 'header' || el.attribs?.['role'] === 'banner',
    text: 0,
    link: 0,
    hasBlockChild: false,
    firstKid: undefined,
    startsWithLink: false,
    short: null,
    drop: false,
    why: undefined,
    gone: false,
    score: 0,
  };
}

/** The collapsed text of a small element (undefined when it is not small). */
function shortText(info: Info): string | undefined {
  if (info.short === null) {
    info.short = info.text <= SHORT_MAX ? cleanText(textOf(info.el, SHORT_MAX * 4)) : undefined;
  }
  return info.short;
}

/**
 * htmlparser2's parseDocument, which is cheerio's own HTML-mode parser (cheerio `xml: {
 * xmlMode: false }`), called directly: ~2-3× faster than cheerio's parse5 mode on news pages,
 * the same extraction on the corpus, and linear on deep nesting once limitNesting has run
 * (parse5 is quadratic there). Calling cheerio's load() per page instead defines a new class
 * per call and roughly doubles peak RSS under load.
 */
function parseWithHtmlparser2(html: string): Document {
  return parseDocument(html, { decodeEntities: true });
}

/** Parse (htmlparser2 via cheerio) and run the collection, statistics and boilerplate passes. */
export function parseHtml(html: string, opts: { parser?: 'htmlparser2' | 'parse5' } = {}): HtmlDoc {
  const source = limitNesting(html);
  const root = (opts.parser === 'parse5' ? load(source).root()[0] : parseWithHtmlparser2(source)) as unknown as { children: AnyNode[] };

  const meta: HtmlMeta = { metas: [], links: [], jsonLd: [], itempropDates: [] };
  const infos: Info[] = [];
  const infoOf = new Map<Element, Info>();
  const h1s: Info[] = [];
  const times: HtmlDoc['times'] = [];

  // ---- pass 1: pre-order collection. The document itself is a virtual block at index 0, so text
  // outside any element still has a container.
  const rootInfo = newInfo(root as unknown as Element, '#document', 0, undefined);
  rootInfo.block = true;
  infos.push(rootInfo);
  infoOf.set(root as unknown as Element, rootInfo);
  const nodes: AnyNode[] = [];
  const parents: Array<Info | undefined> = [];
  for (let i = root.children.length - 1; i >= 0; i--) {
    nodes.push(root.children[i] as AnyNode);
    parents.push(rootInfo);
  }
  while (nodes.length > 0) {
    const node = nodes.pop() as AnyNode;
    const parent = parents.pop();
    if (!isElement(node)) continue;
    const tag = node.name;
    switch (tag) {
      case 'meta': {
        const a = node.attribs;
        meta.metas.push({
          name: a['name'],
          property: a['property'],
          itemprop: a['itemprop'],
          httpEquiv: a['http-equiv'],
          content: a['content'],
          charset: a['charset'],
        });
        if (a['itemprop'] && /^datepublished$/i.test(a['itemprop']) && a['content']) meta.itempropDates.push(a['content']);
        continue;
      }
      case 'link': {
        const rel = attr(node, 'rel');
        const href = attr(node, 'href');
        if (rel && href) meta.links.push({ rel: rel.toLowerCase(), href, hreflang: attr(node, 'hreflang') });
        continue;
      }
      case 'title':
        if (meta.title === undefined) meta.title = textOf(node, 2000);
        continue;
      case 'base':
        if (meta.baseHref === undefined && node.attribs['href']) meta.baseHref = node.attribs['href'];
        continue;
      case 'script': {
        const type = (node.attribs['type'] ?? '').toLowerCase();
        if (type.includes('ld+json') && meta.jsonLd.length < 20) meta.jsonLd.push(textOf(node, 1_000_000));
        continue;
      }
      case 'html':
        if (meta.htmlLang === undefined) meta.htmlLang = node.attribs['lang'] ?? node.attribs['xml:lang'];
        break;
      default:
        break;
    }
    const itemprop = node.attribs['itemprop'];
    if (itemprop && /^datepublished$/i.test(itemprop)) {
      const v = node.attribs['datetime'] ?? node.attribs['content'] ?? textOf(node, 100);
      if (v) meta.itempropDates.push(v);
    }
    if (SKIP_TAGS.has(tag) || isHidden(node)) {
      // <head> holds the metadata: walk it, but create no content for it.
      if (tag === 'head') {
        for (let i = node.children.length - 1; i >= 0; i--) {
          nodes.push(node.children[i] as AnyNode);
          parents.push(undefined);
        }
      }
      continue;
    }
    const info = newInfo(node, tag, infos.length, parent ?? rootInfo);
    infos.push(info);
    infoOf.set(node, info);
    if (tag === 'h1') h1s.push(info);
    else if (tag === 'time') {
      const dt = node.attribs['datetime'];
      if (dt) times.push({ info, datetime: dt, pubdate: node.attribs['pubdate'] !== undefined });
    }
    for (let i = node.children.length - 1; i >= 0; i--) {
      nodes.push(node.children[i] as AnyNode);
      parents.push(info);
    }
  }

  // ---- pass 2: bottom-up (reverse pre-order visits children before parents)
  for (let i = infos.length - 1; i >= 0; i--) {
    const info = infos[i] as Info;
    const isLink = info.tag === 'a';
    let text = 0;
    let link = 0;
    let end = info.idx + 1;
    const kids = info.el.children;
    for (let j = 0; j < kids.length; j++) {
      const child = kids[j] as AnyNode;
      if (child.type === 'text') {
        const w = weightedLength(child.data);
        if (w > 0) {
          text += w;
          if (isLink) link += w;
          if (info.firstKid === undefined) {
            info.firstKid = child.data;
            info.startsWithLink = isLink;
          }
        }
      } else if (isElement(child)) {
        const ci = infoOf.get(child);
        if (!ci) continue;
        if (ci.end > end) end = ci.end;
        text += ci.text;
        link += isLink ? ci.text : ci.link;
        if (ci.block) info.hasBlockChild = true;
        if (info.firstKid === undefined && ci.text > 0) {
          info.firstKid = ci;
          info.startsWithLink = isLink || ci.startsWithLink;
        }
      }
    }
    info.end = end;
    info.text = text;
    info.link = link;
  }

  const bodyText = rootInfo.text;

  // ---- pass 3: top-down boilerplate marks
  for (const info of infos) {
    if (info.parent?.gone) {
      info.gone = true;
      continue;
    }
    if (info.drop) {
      // set by a preceding label heading (see below)
      info.gone = true;
      continue;
    }
    const why = boilerplateReason(info, bodyText);
    if (why) {
      info.drop = true;
      info.why = why;
      info.gone = true;
      continue;
    }
    markLabelledSiblings(info, infoOf);
  }

  // ---- pass 4: text runs in reading order
  const runs = buildRuns(rootInfo, infoOf);

  return { meta, infos, runs, h1s, times, bodyText, root: rootInfo };
}

/** Boilerplate decided on the element itself: why, or undefined to keep it. */
function boilerplateReason(info: Info, bodyText: number): DropReason | undefined {
  if (info.tag === 'body' || info.tag === 'html' || info.tag === 'main' || info.tag === '#document') return undefined;
  // Inline elements (a link, a bold word, a span inside a sentence) are judged with their block.
  if (!info.block && !info.hasBlockChild) return undefined;
  const text = info.text;
  if (text === 0) return undefined;
  const nonLink = text - info.link;
  // Link-dense block (menus, tag clouds, share bars, link lists) with little text of its own.
  if (info.link / text > 0.5 && nonLink < 250 && info.tag !== 'h1') return 'links';
  // A box introduced by a label: "Tin liên quan", "Related coverage:", "Tags: …", "相关新闻" …
  if (text <= bodyText * 0.5 || bodyText < 400) {
    const k = info.firstKid;
    if (typeof k === 'string') {
      const t = k.trim();
      if (t.length <= 60 && isBoilerplateLabel(t) && text > weightedLength(t) + 1) return 'label';
      if (startsWithColonLabel(t) && nonLink < 400) return 'label';
    } else if (k && k.text < 60 && text > k.text + 1 && k.tag !== 'a') {
      const ks = shortText(k);
      if (ks !== undefined && isBoilerplateLabel(ks)) {
        // A box (a heading over a list) goes. A paragraph that merely opens with such a word
        // ("<b>Popular</b> demand …") goes only as "Label: …" or when the rest is links.
        if (info.hasBlockChild || k.block) return 'label';
        if (/[:：]\s*$/.test(ks) || info.link - (k.startsWithLink ? k.link : 0) >= (text - k.text) * 0.5) return 'label';
      }
    }
  }
  // Small boxes whose class/id says share/author/tags/related…, with little text of their own.
  if (nonLink < 200 && classHint(info.el) < 0 && !info.header) return 'class';
  return undefined;
}

/** A heading that is a label ("Related", "相关新闻") drops itself and the link lists after it. */
function markLabelledSiblings(info: Info, infoOf: Map<Element, Info>): void {
  // Only block children: inline links and bold words inside a paragraph are not list items or
  // box headings.
  const kids: Info[] = [];
  for (const c of info.el.children) {
    if (!isElement(c)) continue;
    const ci = infoOf.get(c);
    if (ci && ci.text > 0 && ci.block) kids.push(ci);
  }
  if (kids.length === 0) return;
  // Teaser lists: most children open with a link that carries a good part of their text.
  let teasers = 0;
  for (const k of kids) if (k.startsWithLink && k.link >= k.text * 0.3) teasers++;
  if (kids.length >= 2 && teasers >= kids.length * 0.6 && info.tag !== 'body' && info.tag !== 'html' && info.tag !== 'main' && info.tag !== '#document') {
    info.drop = true;
    info.why = 'teasers';
    info.gone = true;
    return;
  }
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i] as Info;
    if (k.text >= 60 || k.tag === 'a') continue;
    const ks = shortText(k);
    if (ks === undefined || !isBoilerplateLabel(ks)) continue;
    k.drop = true;
    k.why = 'label';
    for (let j = i + 1; j < kids.length; j++) {
      const s = kids[j] as Info;
      const listy = s.tag === 'ul' || s.tag === 'ol' || s.tag === 'dl' || s.link >= s.text * 0.2;
      if (!listy) break;
      s.drop = true;
      s.why = 'after-label';
      i = j;
    }
  }
}

/** Walk the visible tree in reading order and cut the inline text into runs at block boundaries. */
function buildRuns(rootInfo: Info, infoOf: Map<Element, Info>): Run[] {
  const runs: Run[] = [];
  const parts: string[] = [];
  let linkLen = 0;
  const blocks: Info[] = [rootInfo];
  const headers: Info[] = [];
  let linkDepth = 0;

  const flush = (): void => {
    if (parts.length === 0) return;
    const raw = parts.length === 1 ? (parts[0] as string) : parts.join('');
    parts.length = 0;
    const l = linkLen;
    linkLen = 0;
    const text = cleanText(raw);
    if (!text) return;
    runs.push({ text, len: weightedLength(text), link: l, block: blocks[blocks.length - 1] as Info, header: headers[headers.length - 1] });
  };

  // Two parallel stacks: a node to enter, or (node = null) the exit of an element.
  const nodes: Array<AnyNode | null> = [];
  const exits: Array<Info | null> = [];
  const top = rootInfo.el.children;
  for (let i = top.length - 1; i >= 0; i--) {
    nodes.push(top[i] as AnyNode);
    exits.push(null);
  }
  while (nodes.length > 0) {
    const node = nodes.pop() as AnyNode | null;
    const exit = exits.pop() as Info | null;
    if (exit) {
      if (exit.tag === 'a') linkDepth--;
      if (exit.block) {
        flush();
        blocks.pop();
      }
      if (exit.header) headers.pop();
      continue;
    }
    if (node === null) continue;
    if (node.type === 'text') {
      parts.push(node.data);
      if (linkDepth > 0) linkLen += weightedLength(node.data);
      continue;
    }
    if (!isElement(node)) continue;
    if (node.name === 'br' || node.name === 'hr') {
      flush();
      continue;
    }
    const info = infoOf.get(node);
    if (!info || info.gone) {
      // A skipped element still separates words (but an image is not text).
      if (!info && parts.length > 0 && node.name !== 'img') parts.push(' ');
      continue;
    }
    if (info.block) {
      flush();
      blocks.push(info);
    }
    if (info.tag === 'a') linkDepth++;
    if (info.header) headers.push(info);
    nodes.push(null);
    exits.push(info);
    const kids = node.children;
    for (let i = kids.length - 1; i >= 0; i--) {
      nodes.push(kids[i] as AnyNode);
      exits.push(null);
    }
  }
  flush();
  return runs;
}

// ---------------------------------------------------------------------------------------------
// Extraction

export interface MainText {
  headline: string | undefined;
  /** Headline (when found), lead, body: in reading order. */
  paragraphs: string[];
  /** A <time datetime> in the article (not in related lists), as written. */
  articleTime: string | undefined;
}

function normKey(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function titleMatch(h: string, titles: string[]): number {
  const a = normKey(h);
  if (a.length < 4) return 0;
  let best = 0;
  for (const t of titles) {
    const b = normKey(t);
    if (b.length < 4) continue;
    if (a === b) return 3;
    const shorter = Math.min(a.length, b.length);
    const longer = Math.max(a.length, b.length);
    if ((a.includes(b) || b.includes(a)) && shorter / longer >= 0.3) best = Math.max(best, 2);
    else {
      const ta = new Set(h.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean));
      const tb = t.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
      if (ta.size >= 3 && tb.length >= 3) {
        const common = tb.filter((w) => ta.has(w)).length;
        if (common / Math.max(ta.size, tb.length) >= 0.6) best = Math.max(best, 1);
      }
    }
  }
  return best;
}

function ancestorOrSelf(a: Info, b: Info): boolean {
  return b.idx >= a.idx && b.idx < a.end;
}

function lca(a: Info, b: Info): Info | undefined {
  let x: Info | undefined = a;
  while (x && !ancestorOrSelf(x, b)) x = x.parent;
  return x;
}

function linkDensity(i: Info): number {
  return i.text > 0 ? i.link / i.text : 0;
}

const TERMINAL = /[.!?。！？…"”»)）」』]$/;

/**
 * Pick the main content and return headline + lead + body paragraphs.
 * `titles`: what the metadata says the title is (og:title, JSON-LD headline, <title>, feed title).
 */
export function extractMain(doc: HtmlDoc, titles: string[]): MainText {
  const { runs, infos } = doc;

  // ---- container scoring
  for (const info of infos) info.score = 0;
  for (const r of runs) {
    if (r.header || r.len < 25 || r.link > r.len * 0.5 || HEADING_TAGS.has(r.block.tag)) continue;
    const s = 1 + commaCount(r.text) + Math.min(Math.floor(r.len / 100), 3);
    let target: Info | undefined = PARA_TAGS.has(r.block.tag) || !r.block.hasBlockChild ? r.block.parent : r.block;
    while (target && PASS_THROUGH.has(target.tag) && target.parent) target = target.parent;
    if (!target) continue;
    target.score += s;
    if (target.parent) {
      target.parent.score += s / 2;
      if (target.parent.parent) target.parent.parent.score += s / 6;
    }
  }
  let top: Info | undefined;
  let topScore = 0;
  for (const info of infos) {
    if (info.score <= 0 || info.gone) continue;
    const s = info.score * (1 - linkDensity(info));
    if (s > topScore) {
      topScore = s;
      top = info;
    }
  }

  // Nothing looks like an article body (a page of short lines): keep every visible run.
  if (!top) top = doc.root;

  // ---- siblings that belong to the article (a body split around an ad, a second section…)
  const siblings: Info[] = [];
  if (top) {
    const parent = top.parent;
    if (!parent) siblings.push(top);
    else {
      const threshold = Math.max(10, topScore * 0.2);
      for (const c of infos.slice(parent.idx + 1, parent.end)) {
        if (c.parent !== parent || c.gone) continue;
        if (c === top) {
          siblings.push(c);
          continue;
        }
        const s = c.score * (1 - linkDensity(c));
        const paraLike = PARA_TAGS.has(c.tag) && c.text >= 80 && linkDensity(c) < 0.25;
        if ((s >= threshold || paraLike) && !c.header) siblings.push(c);
      }
    }
  }

  // ---- headline: the h1 that matches the metadata title, else the h1 nearest the body
  let headline: Info | undefined;
  let best = 0;
  const nearest = top;
  for (const h of doc.h1s) {
    const t = cleanText(textOf(h.el, 2000));
    if (!t) continue;
    let s = titleMatch(t, titles) * 10;
    if (s === 0) continue;
    if (nearest) {
      // prefer the one nearest the body, before it or inside it
      if (h.idx < nearest.idx) s += 2 - Math.min(1.5, (nearest.idx - h.idx) / 500);
      else if (ancestorOrSelf(nearest, h)) s += 1;
    }
    if (s > best) {
      best = s;
      headline = h;
    }
  }
  if (!headline) {
    let bestDist = Infinity;
    for (const h of doc.h1s) {
      const t = cleanText(textOf(h.el, 2000));
      if (weightedLength(t) < 10 || (h.startsWithLink && h.link >= h.text * 0.9 && h.header)) continue;
      if (h.gone && h.link >= h.text * 0.9) continue; // a logo
      const dist = nearest ? Math.abs(nearest.idx - h.idx) : h.idx;
      if (dist < bestDist) {
        bestDist = dist;
        headline = h;
      }
    }
  }
  const headlineText = headline ? cleanText(textOf(headline.el, 2000)) : undefined;

  // The article does not start before its headline: siblings that end before it (dateline,
  // category, breadcrumb) are not body.
  const roots = siblings.filter((r) => r === top || !headline || r.end > headline.idx);
  const first = roots[0];

  // ---- lead: good runs between the headline and the body
  const out: string[] = [];
  const seen = new Set<string>();
  if (headlineText) {
    out.push(headlineText);
    seen.add(headlineText);
  }
  const inHeadline = (r: Run): boolean => headline !== undefined && ancestorOrSelf(headline, r.block);
  const headerOk = (r: Run): boolean => !r.header || (headline !== undefined && ancestorOrSelf(r.header, headline));
  if (headline && first && headline.end <= first.idx) {
    let leads = 0;
    for (const r of runs) {
      if (r.block.idx < headline.end) continue;
      if (r.block.idx >= first.idx || leads >= 4) break;
      if (!headerOk(r) || r.link > r.len * 0.3) continue;
      const good = r.len >= 80 || (r.len >= 30 && TERMINAL.test(r.text) && !HEADING_TAGS.has(r.block.tag));
      if (!good || !keepRun(r)) continue;
      if (seen.has(r.text)) continue;
      seen.add(r.text);
      out.push(r.text);
      leads++;
    }
  }

  // ---- body. When the headline matched the title (or precedes the body), nothing before it is
  // article text: a dateline, a kicker, a breadcrumb.
  const startAt = headline && (best > 0 || (top !== undefined && headline.idx < top.idx)) ? headline.idx : -1;
  // Roots are disjoint and in document order, like the runs: one linear pass.
  let j = 0;
  for (const r of runs) {
    const at = r.block.idx;
    while (j < roots.length && (roots[j] as Info).end <= at) j++;
    if (j >= roots.length) break;
    if (at < (roots[j] as Info).idx || at < startAt) continue;
    if (inHeadline(r) || !headerOk(r) || !keepRun(r)) continue;
    if (seen.has(r.text)) continue;
    out.push(r.text);
  }

  // ---- a <time datetime> in the article: inside the body, or between headline and body
  let articleTime: string | undefined;
  if (first) {
    const scope = headline ? lca(headline, first) : first.parent ?? first;
    const lo = headline && headline.idx < first.idx ? headline.idx : first.idx;
    const candidates = doc.times.filter(
      (t) => scope !== undefined && ancestorOrSelf(scope, t.info) && t.info.idx >= Math.min(lo, scope.idx) && !inListOrLink(t.info, scope),
    );
    // before the body or inside it; a pubdate attribute wins
    const inArticle = candidates.filter((t) => t.info.idx < (roots[roots.length - 1]?.end ?? first.end));
    articleTime = (inArticle.find((t) => t.pubdate) ?? inArticle[0])?.datetime;
  }

  return { headline: headlineText, paragraphs: out, articleTime };
}

/**
 * A <time> inside a link, a link list, a labelled box or a teaser list dates another story. (One
 * in a byline box dropped by its class is the article's own.)
 */
function inListOrLink(info: Info, scope: Info): boolean {
  for (let x: Info | undefined = info; x && x !== scope; x = x.parent) {
    if (x.tag === 'a' || (x.why !== undefined && x.why !== 'class')) return true;
  }
  return false;
}

/** Per-run filters: no letters, mostly link text, "Label: …" lines, bare labels. */
function keepRun(r: Run): boolean {
  if (!/[\p{L}\p{N}]/u.test(r.text)) return false;
  if (r.link > r.len * 0.6 && r.len < 300) return false;
  if (r.len < 300 && startsWithColonLabel(r.text)) return false;
  if (r.len < 60 && isBoilerplateLabel(r.text)) return false;
  return true;
}
