/**
 * Reads one queued article: fetch the page, keep its main text, detect, store the article and
 * its detections, and fold each detection into its event (which may change the registry).
 * Safe to run twice for the same message: a read article is not read again by the same
 * detector version, and an event ignores a source it already has.
 */
import { createHash } from 'node:crypto';
import { DETECTOR_VERSION, detect } from '../detect/index';
import { applyDetection, eventId, type Decision, type EventSource } from '../events/rules';
import { PAGE_ACCEPT } from '../net/fetch';
import { readPage } from '../read/index';
import type { Detection, Level, PageInput } from '../types';
import { ArticleMessageSchema, silentLogger, type ArticleMessage, type ExtractStore, type Fetcher, type Logger, type StoredDetection } from './ports';

/** Attempts at writing one event decision before giving up on the message (it is retried). */
const DECISION_ATTEMPTS = 6;

export interface ExtractOptions {
  now?: () => Date;
  allowPrivate?: boolean;
  fetchTimeoutMs?: number;
  log?: Logger;
}

export interface ExtractDeps {
  store: ExtractStore;
  fetch: Fetcher;
}

export interface ExtractOutcome {
  articleId: string;
  skipped: boolean;
  detections: Detection[];
  decisions: Decision[];
}

/** Parses a queue message body; a malformed one is an error that names the field. */
export function parseArticleMessage(body: string): ArticleMessage {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new Error('message body is not JSON');
  }
  const parsed = ArticleMessageSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`invalid article message: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}

export async function extractArticle(msg: ArticleMessage, deps: ExtractDeps, opts: ExtractOptions = {}): Promise<ExtractOutcome> {
  const now = opts.now ?? (() => new Date());
  const log = opts.log ?? silentLogger;
  const existing = await deps.store.getArticle(msg.articleId);
  if (existing?.state === 'read' && existing.detectorVersion === DETECTOR_VERSION) {
    return { articleId: msg.articleId, skipped: true, detections: [], decisions: [] };
  }
  try {
    const res = await deps.fetch(msg.url, {
      accept: PAGE_ACCEPT,
      onTooLarge: 'truncate',
      ...(opts.allowPrivate ? { allowPrivate: true } : {}),
      ...(opts.fetchTimeoutMs ? { timeoutMs: opts.fetchTimeoutMs } : {}),
    });
    const input: PageInput = { bytes: res.body, url: res.url, langHint: msg.sourceLang, feedItem: msg.feedItem };
    if (res.headers.contentType) input.contentType = res.headers.contentType;
    const page = readPage(input);
    const detections = detect(page);
    const at = now().toISOString();
    const stored: StoredDetection[] = detections.map((d) => ({
      articleId: msg.articleId,
      partner: d.partner,
      level: d.level ?? 'none',
      status: d.status,
      confidence: d.confidence,
      evidence: d.evidence,
      sourceId: msg.sourceId,
      ...(d.variant ? { variant: d.variant } : {}),
      ...(d.date ? { date: d.date } : {}),
      ...(page.published ? { published: page.published } : {}),
    }));
    const decisions: Decision[] = [];
    for (const d of detections) {
      if (d.level === null) continue; // a plan naming no tier is stored, but is no event
      const source: EventSource = {
        articleId: msg.articleId,
        sourceId: msg.sourceId,
        trust: msg.trust,
        url: page.canonicalUrl ?? msg.url,
        lang: page.lang,
        title: page.title,
        status: d.status,
        confidence: d.confidence,
        evidence: d.evidence.sentence,
        ...(page.published ? { published: page.published } : {}),
        ...(d.date ? { date: d.date } : {}),
      };
      decisions.push(await recordDetection(deps.store, { ...d, level: d.level }, source, at));
    }
    // Only now is the article read: a retry after a failure above must not skip it, or its
    // detections would never reach their events. Every step above is safe to repeat.
    await deps.store.saveArticleRead(
      {
        articleId: msg.articleId,
        url: msg.url,
        sourceId: msg.sourceId,
        state: 'read',
        queuedAt: existing?.queuedAt ?? msg.queuedAt,
        readAt: at,
        title: page.title,
        lang: page.lang,
        detectorVersion: DETECTOR_VERSION,
        textDigest: createHash('sha256').update(page.text).digest('hex'),
        textLength: page.text.length,
        ...(page.published ? { published: page.published } : {}),
        ...(page.canonicalUrl ? { canonicalUrl: page.canonicalUrl } : {}),
      },
      stored,
    );
    log.info('article read', { articleId: msg.articleId, sourceId: msg.sourceId, detections: detections.length, changes: decisions.filter((x) => x.change).length });
    return { articleId: msg.articleId, skipped: false, detections, decisions };
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    await deps.store.markArticleFailed(msg.articleId, reason, now().toISOString()).catch(() => undefined);
    log.warn('article failed', { articleId: msg.articleId, url: msg.url, error: reason });
    throw err;
  }
}

/**
 * Folds one detection into its event. Optimistic concurrency: read the event and partner,
 * decide, write only if neither changed; on a conflict (another worker got there first),
 * read again and decide again.
 */
export async function recordDetection(store: ExtractStore, d: Detection & { level: Level }, source: EventSource, at: string): Promise<Decision> {
  const id = eventId(d.partner, d.level);
  for (let attempt = 1; ; attempt++) {
    const [previous, partner] = await Promise.all([store.getEvent(id), store.getPartner(d.partner)]);
    const decision = applyDetection(previous, partner, d.level, source);
    // The same article's same evidence again (a redelivered message): nothing to write.
    const known = previous?.sources.find((s) => s.articleId === source.articleId);
    if (known && sameSource(known, source) && previous?.status === decision.event.status) return { event: decision.event };
    if (await store.saveDecision(previous, decision, [source], at)) return decision;
    if (attempt >= DECISION_ATTEMPTS) throw new Error(`event ${id}: too many concurrent updates, will retry`);
    await new Promise((r) => setTimeout(r, 20 * 2 ** attempt * Math.random()));
  }
}

/** Equal on every field of either side, but the storage field a stored source also carries. */
function sameSource(stored: EventSource, source: EventSource): boolean {
  const a = stored as unknown as Record<string, unknown>;
  const b = source as unknown as Record<string, unknown>;
  const fields = new Set([...Object.keys(a), ...Object.keys(b)].filter((k) => k !== 'eventId'));
  return [...fields].every((k) => a[k] === b[k]);
}
