/** Shared domain types of Partnership Watch. Pure data, no behaviour. */

/** Languages the product reads in depth or in part. Others fall back to `other`. */
export const LANGS = ['vi', 'en', 'zh', 'fr', 'ru', 'es', 'ko', 'ja'] as const;
export type Lang = (typeof LANGS)[number] | 'other';

/** Partnership tiers, lowest first: comprehensive < strategic < comprehensive strategic. */
export const LEVELS = ['CP', 'SP', 'CSP'] as const;
export type Level = (typeof LEVELS)[number];
export const LEVEL_RANK: Record<Level, number> = { CP: 1, SP: 2, CSP: 3 };
export const LEVEL_NAMES: Record<Level, string> = {
  CP: 'Comprehensive Partnership',
  SP: 'Strategic Partnership',
  CSP: 'Comprehensive Strategic Partnership',
};

/**
 * announced: decided within 7 days before publication (this alerts);
 * recap: an earlier establishment or upgrade; signal: expected, planned, proposed.
 */
export const STATUSES = ['announced', 'recap', 'signal'] as const;
export type Status = (typeof STATUSES)[number];

/** What a feed said about an item; used as a fallback for title and date. */
export interface FeedItemHint {
  title?: string;
  link?: string;
  pubDate?: string;
  isoDate?: string;
  description?: string;
}

/** A page as it arrives: raw bytes (or already-extracted text) plus what we know about it. */
export interface PageInput {
  /** Raw bytes as served. Either this or `text`. */
  bytes?: Uint8Array;
  /** Already-extracted plain text (a corpus page.txt): paragraphs separated by newlines. */
  text?: string;
  /** The HTTP Content-Type header, if any (may carry a charset). */
  contentType?: string;
  /** Where the page came from (used to resolve the canonical URL). */
  url?: string;
  /** The feed item that listed the page. */
  feedItem?: FeedItemHint;
  /** A language the caller already knows (e.g. the source's language). Used when the page says nothing. */
  langHint?: string;
  /** A charset the caller knows from elsewhere (e.g. corpus meta.json); HTTP header and BOM still win. */
  charsetHint?: string;
}

/** The readable content of a page. */
export interface ReadPage {
  url?: string;
  canonicalUrl?: string;
  title: string;
  lang: Lang;
  /** ISO 8601 as the page gave it (offset kept), or undefined when nothing says; never invented. */
  published?: string;
  /**
   * Main-text paragraphs in reading order. The headline comes first when the page has one;
   * navigation, footers, share bars, tag lists and related/most-read blocks are gone.
   */
  paragraphs: string[];
  /** `paragraphs.join('\n')`, NFC. Evidence offsets point into this string. */
  text: string;
  /** The charset the bytes were decoded with (`utf-8` for text input). */
  charset: string;
  /** True when the input was longer than the read cap and only its head was read. */
  truncated: boolean;
}

export interface Evidence {
  sentence: string;
  /** Offsets of `sentence` in ReadPage.text: text.slice(start, end) === sentence. */
  start: number;
  end: number;
}

export interface Detection {
  /** ISO 3166-1 alpha-2, or `EU`. */
  partner: string;
  /** Null only for a signal that names no tier ("to a higher level at an appropriate time"). */
  level: Level | null;
  /** The named variant when the text used one (e.g. "Extensive Strategic Partnership"). */
  variant?: string;
  status: Status;
  confidence: number;
  /** YYYY, YYYY-MM or YYYY-MM-DD, as precise as the text allows; absent when unknown. */
  date?: string;
  evidence: Evidence;
}
