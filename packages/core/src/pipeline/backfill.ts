/**
 * Re-reads stored articles after the detector changed: every article read by another detector
 * version, or that failed, is fetched again by its URL (the store keeps only a digest of the
 * text) and goes through extractArticle once more. extractArticle skips what the current
 * version already read and folds detections into events idempotently, so only real changes
 * are created and a second run reprocesses nothing.
 */
import { DETECTOR_VERSION } from '../detect/index';
import type { Trust } from '../sources/index';
import { extractArticle } from './extract';
import { ArticleMessageSchema, type ArticleRecord, type ExtractStore, type Fetcher, type Logger } from './ports';

export interface BackfillStore extends ExtractStore {
  /**
   * Every stored item of a type. A full-table Scan: acceptable for an operator command run by
   * hand over a small table, never on a request path.
   */
  scanType(type: string): Promise<Record<string, unknown>[]>;
}

export interface BackfillOptions {
  /** The version articles should have been read by; default the current DETECTOR_VERSION. */
  detectorVersion?: string;
  now?: () => Date;
  log: Logger;
  /** At most this many articles are re-read in one run. */
  limit?: number;
  allowPrivate?: boolean;
  fetchTimeoutMs?: number;
  /** The sources' trust and language by source id (the article does not store its trust). */
  sources?: ReadonlyMap<string, { trust: Trust; lang: string }>;
  /** Called after each article is handled. */
  progress?: (done: number, total: number, articleId: string, result: 'reprocessed' | 'skipped' | 'failed') => void;
}

export interface BackfillReport {
  /** Stored articles looked at. */
  checked: number;
  /** Articles read again by the current detector. */
  reprocessed: number;
  failed: number;
  /** Registry changes the re-reads made. */
  changes: number;
}

export function needsBackfill(a: Pick<ArticleRecord, 'state' | 'detectorVersion'>, version: string): boolean {
  if (a.state === 'failed') return true;
  return a.state === 'read' && a.detectorVersion !== version;
}

export async function backfill(deps: { store: BackfillStore; fetch: Fetcher }, opts: BackfillOptions): Promise<BackfillReport> {
  const version = opts.detectorVersion ?? DETECTOR_VERSION;
  const articles = (await deps.store.scanType('article')) as unknown as ArticleRecord[];
  const todo = articles.filter((a) => needsBackfill(a, version)).sort((a, b) => (a.queuedAt ?? '').localeCompare(b.queuedAt ?? '') || a.articleId.localeCompare(b.articleId));
  const batch = opts.limit !== undefined ? todo.slice(0, opts.limit) : todo;
  const report: BackfillReport = { checked: articles.length, reprocessed: 0, failed: 0, changes: 0 };
  opts.log.info('backfill started', { articles: articles.length, stale: todo.length, selected: batch.length, detectorVersion: version });
  let done = 0;
  for (const a of batch) {
    let result: 'reprocessed' | 'skipped' | 'failed';
    try {
      const source = opts.sources?.get(a.sourceId);
      const published = a.published;
      const msg = ArticleMessageSchema.parse({
        articleId: a.articleId,
        url: a.url,
        sourceId: a.sourceId,
        sourceLang: a.lang ?? source?.lang ?? 'en',
        trust: source?.trust ?? 'press',
        feedItem: { ...(a.title ? { title: a.title } : {}), ...(published ? { isoDate: published } : {}) },
        queuedAt: a.queuedAt,
      });
      const out = await extractArticle(msg, deps, {
        log: opts.log,
        ...(opts.now ? { now: opts.now } : {}),
        ...(opts.allowPrivate ? { allowPrivate: true } : {}),
        ...(opts.fetchTimeoutMs ? { fetchTimeoutMs: opts.fetchTimeoutMs } : {}),
      });
      result = out.skipped ? 'skipped' : 'reprocessed';
      if (!out.skipped) report.reprocessed++;
      report.changes += out.decisions.filter((d) => d.change).length;
    } catch (err) {
      result = 'failed';
      report.failed++;
      opts.log.warn('backfill article failed', { articleId: a.articleId, url: a.url, error: err instanceof Error ? err.message : String(err) });
    }
    opts.progress?.(++done, batch.length, a.articleId, result);
  }
  opts.log.info('backfill done', { ...report });
  return report;
}
