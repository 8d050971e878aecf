/**
 * What the pipeline's use-cases need from the outside world. The AWS adapters (DynamoDB, SQS)
 * implement these; the core never imports an SDK.
 */
import { z } from 'zod';
import type { Decision, EventSource, EventState, PartnerState } from '../events/rules';
import type { FetchOptions, FetchResult } from '../net/index';

/** The message the poller puts on the articles queue for one new feed item. */
export const ArticleMessageSchema = z.object({
  articleId: z.string().regex(/^[0-9a-f]{32}$/),
  url: z.url({ protocol: /^https?$/ }),
  sourceId: z.string().min(1),
  sourceLang: z.string().min(2),
  trust: z.enum(['official', 'press']),
  feedItem: z
    .object({ title: z.string().optional(), link: z.string().optional(), pubDate: z.string().optional(), isoDate: z.string().optional(), description: z.string().optional() })
    .default({}),
  queuedAt: z.string(),
});
export type ArticleMessage = z.infer<typeof ArticleMessageSchema>;

export interface SourceState {
  sourceId: string;
  etag?: string;
  lastModified?: string;
  lastPollAt?: string;
  lastSuccessAt?: string;
  lastError?: string;
  lastErrorAt?: string;
  consecutiveFailures: number;
  nextPollAfter?: string;
  healthy: boolean;
  itemsSeen?: number;
  /** Short ids of the feed's items already read or failed: never claimed again (see poll.ts). */
  settledIds?: string[];
  /** Article ids of the feed's items claimed and queued, not yet seen settled. */
  pendingIds?: string[];
}

export interface ArticleClaim {
  articleId: string;
  url: string;
  sourceId: string;
  title?: string;
  published?: string;
  lang?: string;
  state: 'queued' | 'read' | 'failed';
  queuedAt: string;
}

export interface ArticleRecord extends ArticleClaim {
  readAt?: string;
  error?: string;
  detectorVersion?: string;
  textDigest?: string;
  textLength?: number;
  canonicalUrl?: string;
}

export interface StoredDetection {
  articleId: string;
  partner: string;
  level: string;
  variant?: string;
  status: string;
  confidence: number;
  date?: string;
  evidence: { sentence: string; start: number; end: number };
  published?: string;
  sourceId: string;
}

export interface VersionedEvent extends EventState {
  version: number;
}

export interface PollStore {
  getSourceStates(): Promise<Map<string, SourceState>>;
  putSourceState(state: SourceState): Promise<void>;
  claimArticle(article: ArticleClaim): Promise<boolean>;
  /** The state of each of these articles that exists (eventually consistent reads suffice). */
  articleStates(articleIds: string[]): Promise<Map<string, ArticleClaim['state']>>;
  releaseArticle(articleId: string): Promise<void>;
}

export interface ExtractStore {
  getArticle(articleId: string): Promise<ArticleRecord | undefined>;
  saveArticleRead(article: ArticleRecord, detections: StoredDetection[]): Promise<void>;
  markArticleFailed(articleId: string, error: string, at: string): Promise<void>;
  getPartner(code: string): Promise<PartnerState>;
  getEvent(eventId: string): Promise<VersionedEvent | undefined>;
  /** False when the event or the partner changed since they were read. */
  saveDecision(previous: VersionedEvent | undefined, decision: Decision, newSources: EventSource[], now: string): Promise<boolean>;
}

export interface ArticleQueue {
  /** Sends messages; returns the article ids that could not be sent. */
  send(messages: ArticleMessage[]): Promise<string[]>;
}

export type Fetcher = (url: string, opts?: FetchOptions) => Promise<FetchResult>;

export interface Logger {
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
