/**
 * One poll round: fetch every due source concurrently (bounded), parse its feed, and queue the
 * items never seen before. A broken source is marked unhealthy with its reason and backs off;
 * the others go on. Running the round twice queues nothing new; a 304 costs no parse and no
 * item write.
 */
import { createHash } from 'node:crypto';
import { canonicalUrl, readFeed } from '../feeds/index';
import { FEED_ACCEPT } from '../net/fetch';
import type { Source } from '../sources/index';
import { silentLogger, type ArticleMessage, type ArticleQueue, type Fetcher, type Logger, type PollStore, type SourceState } from './ports';

/** Feeds fetched at once: I/O-bound, so well above the core count. */
export const POLL_CONCURRENCY = 48;
/** Item claims (conditional puts) in flight per feed. */
const CLAIM_CONCURRENCY = 16;
/** Backoff after failures: base × 2^(failures-1), capped. */
export const BACKOFF_BASE_MS = 5 * 60 * 1000;
export const BACKOFF_MAX_MS = 6 * 60 * 60 * 1000;
const SEND_BATCH = 10;
/**
 * A healthy source with nothing new (a 304, or the same items again) has its state rewritten at
 * most this often, so its `lastSuccessAt` is at most this old. Each rewrite is two write units
 * (the item and its SOURCES index entry), the largest fixed cost of an idle source.
 */
export const HEALTH_REFRESH_MS = 6 * 60 * 60 * 1000;
/**
 * A changed feed mostly repeats items already queued, and a failed conditional put costs a
 * write unit like a successful one: claiming 50 known items per change would be most of the bill
 * (docs/COST.md). So a source's state remembers its feed's items: `settledIds` (short ids of
 * items already read or failed, never claimed again) and `pendingIds` (items claimed but not yet
 * seen settled). A pending item is looked up (a cheap batch read) when the feed next changes;
 * if it is still queued or gone, its claim is tried again, so that an article whose message was
 * lost is offered again once its claim is stale (Store.claimArticle).
 */
export interface PollOptions {
  now?: () => Date;
  concurrency?: number;
  /** Let fetches reach loopback/private addresses (the local runtime's fixture server only). */
  allowPrivate?: boolean;
  /** Ignore backoff (a manual poll, or a replay step). */
  ignoreBackoff?: boolean;
  /**
   * No source is started after this time (epoch ms): the ones left are `deferred` to the next
   * round, so a round never runs into the function's timeout. Sources polled longest ago go first.
   */
  startBefore?: number;
  fetchTimeoutMs?: number;
  maxFeedBytes?: number;
  log?: Logger;
}

export interface SourceOutcome {
  sourceId: string;
  result: 'ok' | 'not-modified' | 'failed' | 'backing-off' | 'deferred';
  items: number;
  queued: number;
  /** Items skipped without a claim: already read (or failed) from this feed. */
  known?: number;
  error?: string;
  ms: number;
}

export interface PollReport {
  sources: SourceOutcome[];
  queued: number;
  failed: number;
}

export interface PollDeps {
  store: PollStore;
  queue: ArticleQueue;
  fetch: Fetcher;
}

/** The stable id of an article: a digest of its canonical URL. */
export function articleIdOf(url: string): string {
  return createHash('sha256').update(canonicalUrl(url)).digest('hex').slice(0, 32);
}

export function backoffMs(consecutiveFailures: number): number {
  if (consecutiveFailures <= 0) return 0;
  return Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (consecutiveFailures - 1));
}

export async function pollSources(sources: Source[], deps: PollDeps, opts: PollOptions = {}): Promise<PollReport> {
  const now = opts.now ?? (() => new Date());
  const log = opts.log ?? silentLogger;
  const states = await deps.store.getSourceStates();
  const lastPoll = (s: Source) => states.get(s.id)?.lastPollAt ?? '';
  const order = opts.startBefore === undefined ? sources : [...sources].sort((a, b) => lastPoll(a).localeCompare(lastPoll(b)));
  const outcomes = await mapBounded(order, opts.concurrency ?? POLL_CONCURRENCY, (source) =>
    opts.startBefore !== undefined && Date.now() >= opts.startBefore
      ? Promise.resolve<SourceOutcome>({ sourceId: source.id, result: 'deferred', items: 0, queued: 0, ms: 0 })
      : pollOne(source, states.get(source.id), deps, opts, now, log),
  );
  const report = { sources: outcomes, queued: outcomes.reduce((n, o) => n + o.queued, 0), failed: outcomes.filter((o) => o.result === 'failed').length };
  const deferred = outcomes.filter((o) => o.result === 'deferred').length;
  if (deferred) log.warn('poll round out of time: sources deferred to the next round', { deferred });
  log.info('poll finished', { sources: sources.length, queued: report.queued, failed: report.failed, deferred });
  return report;
}

async function pollOne(source: Source, prev: SourceState | undefined, deps: PollDeps, opts: PollOptions, now: () => Date, log: Logger): Promise<SourceOutcome> {
  const started = Date.now();
  const at = now().toISOString();
  const state: SourceState = prev ? { ...prev } : { sourceId: source.id, consecutiveFailures: 0, healthy: true };
  if (!opts.ignoreBackoff && state.nextPollAfter && state.nextPollAfter > at) {
    return { sourceId: source.id, result: 'backing-off', items: 0, queued: 0, ms: 0 };
  }
  state.lastPollAt = at;
  try {
    const res = await deps.fetch(source.feed, {
      accept: FEED_ACCEPT,
      ...(state.etag ? { etag: state.etag } : {}),
      ...(state.lastModified ? { lastModified: state.lastModified } : {}),
      ...(opts.allowPrivate ? { allowPrivate: true } : {}),
      ...(opts.fetchTimeoutMs ? { timeoutMs: opts.fetchTimeoutMs } : {}),
      ...(opts.maxFeedBytes ? { maxBytes: opts.maxFeedBytes } : {}),
      onTooLarge: 'fail',
    });
    // A healthy source whose state was saved recently needs no write when nothing changed.
    const fresh = !!prev?.healthy && !!prev.lastSuccessAt && Date.parse(at) - Date.parse(prev.lastSuccessAt) < HEALTH_REFRESH_MS;
    if (res.notModified) {
      // Unchanged feed: no parse, and no write while the source is fresh.
      if (!fresh) {
        Object.assign(state, { lastSuccessAt: at, consecutiveFailures: 0, healthy: true });
        delete state.nextPollAfter;
        delete state.lastError;
        await deps.store.putSourceState(state);
      }
      return { sourceId: source.id, result: 'not-modified', items: 0, queued: 0, ms: Date.now() - started };
    }
    const feed = await readFeed(res.body, { feedUrl: res.url, ...(res.headers.contentType ? { contentType: res.headers.contentType } : {}), now: now() });
    const memory = await sortItems(uniqueItems(feed.items), prev, deps.store);
    const { queued, unsent } = await queueNew(source, memory.candidates, deps, at, log);
    const settledIds = memory.settled.map((item) => item.short);
    const pendingIds = memory.candidates.map((c) => c.id).filter((id) => !unsent.has(id));
    // Nothing new, nothing pending (a server that ignores conditional requests, or a feed whose
    // only change is a timestamp): like a 304, no write while the source is fresh.
    const unchanged = fresh && memory.candidates.length === 0 && !prev?.pendingIds?.length && sameSet(settledIds, prev?.settledIds) && res.headers.etag === prev?.etag && res.headers.lastModified === prev?.lastModified;
    const outcome: SourceOutcome = { sourceId: source.id, result: 'ok', items: feed.items.length, queued, known: memory.settled.length, ms: 0 };
    if (unchanged) return { ...outcome, ms: Date.now() - started };
    Object.assign(state, { lastSuccessAt: at, consecutiveFailures: 0, healthy: true, itemsSeen: feed.items.length, settledIds, pendingIds });
    // Keep the old validators while some items could not be queued: the next poll must read
    // the feed again (a 304 would hide them until the feed changes).
    if (unsent.size === 0) {
      if (res.headers.etag) state.etag = res.headers.etag;
      else delete state.etag;
      if (res.headers.lastModified) state.lastModified = res.headers.lastModified;
      else delete state.lastModified;
    }
    delete state.nextPollAfter;
    delete state.lastError;
    await deps.store.putSourceState(state);
    return { ...outcome, ms: Date.now() - started };
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    const failures = (state.consecutiveFailures ?? 0) + 1;
    Object.assign(state, {
      consecutiveFailures: failures,
      healthy: false,
      lastError: reason.slice(0, 500),
      lastErrorAt: at,
      nextPollAfter: new Date(now().getTime() + backoffMs(failures)).toISOString(),
    });
    await deps.store.putSourceState(state).catch((e) => log.error('could not record source health', { sourceId: source.id, error: String(e) }));
    log.warn('source failed', { sourceId: source.id, error: reason, consecutiveFailures: failures });
    return { sourceId: source.id, result: 'failed', items: 0, queued: 0, error: reason, ms: Date.now() - started };
  }
}

type FeedItem = { link: string; title?: string; published?: string; summary?: string; guid?: string };
/** A feed item with its article id and the id's short form (`settledIds`). */
type Item = FeedItem & { id: string; short: string };

/** The feed's items with their article ids, each article once. */
function uniqueItems(items: FeedItem[]): Item[] {
  const seen = new Set<string>();
  return items.flatMap((item) => {
    const id = articleIdOf(item.link);
    if (seen.has(id)) return [];
    seen.add(id);
    return [{ ...item, id, short: shortId(id) }];
  });
}

/** The first 48 bits of an article id, in 8 characters: a false "settled" among a feed's 500 items at most is ~1e-12. */
function shortId(articleId: string): string {
  return Buffer.from(articleId.slice(0, 12), 'hex').toString('base64url');
}

function sameSet(a: string[], b: string[] | undefined): boolean {
  const other = new Set(b ?? []);
  return a.length === other.size && a.every((x) => other.has(x));
}

/** Splits a feed's items by what the source remembers: settled (skipped) and candidates to claim. */
async function sortItems(items: Item[], prev: SourceState | undefined, store: PollStore): Promise<{ settled: Item[]; candidates: Item[] }> {
  const settled = new Set(prev?.settledIds ?? []);
  const pending = new Set(prev?.pendingIds ?? []);
  const toCheck = items.filter((item) => !settled.has(item.short) && pending.has(item.id)).map((item) => item.id);
  const states = toCheck.length > 0 ? await store.articleStates(toCheck) : new Map<string, string>();
  const out = { settled: [] as Item[], candidates: [] as Item[] };
  for (const item of items) {
    const state = pending.has(item.id) ? states.get(item.id) : undefined;
    if (settled.has(item.short) || state === 'read' || state === 'failed') out.settled.push(item);
    else out.candidates.push(item); // new, or pending and still queued (the claim's condition decides) or gone
  }
  return out;
}

/**
 * Claims each candidate (a conditional put), then queues the claimed ones in batches. `unsent`:
 * the ids claimed but not sent (their claims released, so the next poll offers them again).
 */
async function queueNew(source: Source, items: Item[], deps: PollDeps, at: string, log: Logger): Promise<{ queued: number; unsent: Set<string> }> {
  const claims = await mapBounded(items, CLAIM_CONCURRENCY, async (item): Promise<ArticleMessage | undefined> => {
    const claimed = await deps.store.claimArticle({
      articleId: item.id,
      url: item.link,
      sourceId: source.id,
      state: 'queued',
      queuedAt: at,
      lang: source.lang,
      ...(item.title ? { title: item.title } : {}),
      ...(item.published ? { published: item.published } : {}),
    });
    if (!claimed) return undefined;
    const feedItem: ArticleMessage['feedItem'] = { link: item.link };
    if (item.title) feedItem.title = item.title;
    if (item.published) feedItem.isoDate = item.published;
    if (item.summary) feedItem.description = item.summary.slice(0, 1000);
    return { articleId: item.id, url: item.link, sourceId: source.id, sourceLang: source.lang, trust: source.trust, feedItem, queuedAt: at };
  });
  const fresh = claims.filter((m): m is ArticleMessage => !!m);
  const unsent = new Set<string>();
  for (let i = 0; i < fresh.length; i += SEND_BATCH) {
    const batch = fresh.slice(i, i + SEND_BATCH);
    let failed: string[];
    try {
      failed = await deps.queue.send(batch);
    } catch (err) {
      log.error('could not queue articles', { sourceId: source.id, error: String(err) });
      failed = batch.map((m) => m.articleId);
    }
    // Forget the claims we could not queue, so that the next poll offers them again.
    for (const id of failed) {
      await deps.store.releaseArticle(id);
      unsent.add(id);
    }
  }
  return { queued: fresh.length - unsent.size, unsent };
}

/** Runs `fn` over `items` with at most `limit` in flight; keeps the order of results. */
export async function mapBounded<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  });
  await Promise.all(workers);
  return out;
}
