/**
 * DynamoDB repositories over the single table (key design: ./keys.ts). Conditional writes make
 * every handler safe to run twice; an event and the registry change it causes are written in
 * one transaction, guarded by the event's version and the partner's current tier.
 */
import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  BatchWriteCommand,
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  ScanCommand,
  TransactWriteCommand,
  UpdateCommand,
  type BatchGetCommandOutput,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import type { ArticleClaim, ArticleRecord, Decision, EventSource, EventState, PartnerState, RegistryPartner, SourceState, StoredDetection } from '@pw/core';
import { key, LIST } from './keys';

export interface StoredEvent extends EventState {
  version: number;
  decidedAt?: string;
  updatedAt: string;
}

export interface Page<T> {
  items: T[];
  cursor?: string;
}

const MAX_TRANSACT_ITEMS = 100;
/** An article read without detections is removed this long after (TTL on `expiresAt`). */
export const ARTICLE_TTL_DAYS = 90;
/** A claim older than this that was never read is offered again. */
export const STALE_CLAIM_MS = 30 * 60 * 1000;

export class Store {
  constructor(
    readonly doc: DynamoDBDocumentClient,
    readonly table: string,
  ) {}

  // ---- articles -------------------------------------------------------------------------

  /**
   * Records a new article; false when it was seen before (the poll then enqueues nothing).
   * A claim still 'queued' after STALE_CLAIM_MS (its poller died before sending, or the
   * message was lost) is taken again, so the article is offered once more.
   */
  async claimArticle(a: ArticleClaim): Promise<boolean> {
    const staleBefore = new Date(Date.parse(a.queuedAt) - STALE_CLAIM_MS).toISOString();
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.table,
          Item: { ...key.article(a.articleId), type: 'article', ...a },
          ConditionExpression: 'attribute_not_exists(pk) OR (#s = :queued AND queuedAt < :stale)',
          ExpressionAttributeNames: { '#s': 'state' },
          ExpressionAttributeValues: { ':queued': 'queued', ':stale': staleBefore },
          // A write that succeeded but whose answer was lost is retried by the SDK and then fails
          // its own condition: the item it finds is this very claim (same poll time and source).
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return true;
    } catch (err) {
      if (err instanceof ConditionalCheckFailedException) {
        const old = err.Item;
        return old?.state?.S === 'queued' && old.queuedAt?.S === a.queuedAt && old.sourceId?.S === a.sourceId;
      }
      throw err;
    }
  }

  /** Forgets a claim whose message could not be queued, so the next poll tries again. */
  async releaseArticle(articleId: string): Promise<void> {
    await this.doc.send(new DeleteCommand({ TableName: this.table, Key: key.article(articleId), ConditionExpression: '#s = :queued', ExpressionAttributeNames: { '#s': 'state' }, ExpressionAttributeValues: { ':queued': 'queued' } })).catch((err) => {
      if (!(err instanceof ConditionalCheckFailedException)) throw err;
    });
  }

  /** Batch reads (100 keys a call, eventually consistent, `state` only): 0.5 read unit per article. */
  async articleStates(articleIds: string[]): Promise<Map<string, ArticleClaim['state']>> {
    const out = new Map<string, ArticleClaim['state']>();
    for (let i = 0; i < articleIds.length; i += 100) {
      let keys: Record<string, unknown>[] | undefined = articleIds.slice(i, i + 100).map((id) => key.article(id));
      // Keys DynamoDB did not get to (throttling, size) come back unprocessed: ask again, as importRegistry does.
      for (let attempt = 0; keys?.length; attempt++) {
        const res: BatchGetCommandOutput = await this.doc.send(new BatchGetCommand({ RequestItems: { [this.table]: { Keys: keys, ProjectionExpression: 'pk, #s', ExpressionAttributeNames: { '#s': 'state' } } } }));
        for (const item of res.Responses?.[this.table] ?? []) out.set(String(item.pk).slice('ARTICLE#'.length), item.state as ArticleClaim['state']);
        keys = res.UnprocessedKeys?.[this.table]?.Keys;
        if (keys?.length && attempt >= 8) throw new Error(`articleStates: ${keys.length} keys stayed unprocessed`);
        if (keys?.length) await sleep(50 * 2 ** attempt);
      }
    }
    return out;
  }

  async getArticle(articleId: string): Promise<ArticleRecord | undefined> {
    const res = await this.doc.send(new GetCommand({ TableName: this.table, Key: key.article(articleId) }));
    return res.Item ? strip<ArticleRecord>(res.Item) : undefined;
  }

  /** Stores what extraction found: the article's metadata and its detections, together. */
  /**
   * Stores an article as read, with its detections. An article without detections expires
   * ARTICLE_TTL_DAYS after it was read (TTL): nothing refers to it, and the table stays bounded
   * (docs/SCALE.md); one with detections is evidence and is kept. Without detections it is one
   * Put (1 write unit) rather than a transaction (2 per item): nearly every article is that case.
   */
  async saveArticleRead(article: ArticleRecord, detections: StoredDetection[]): Promise<void> {
    const { expiresAt: _old, ...record } = article as ArticleRecord & { expiresAt?: number };
    const readAt = Date.parse(article.readAt ?? '') || Date.now();
    const item = { ...key.article(article.articleId), type: 'article', ...record, ...(detections.length === 0 ? { expiresAt: Math.floor(readAt / 1000) + ARTICLE_TTL_DAYS * 86_400 } : {}) };
    if (detections.length === 0) {
      await this.doc.send(new PutCommand({ TableName: this.table, Item: item }));
      return;
    }
    const items = [
      { Put: { TableName: this.table, Item: item } },
      ...detections.slice(0, MAX_TRANSACT_ITEMS - 1).map((d) => ({
        Put: {
          TableName: this.table,
          Item: { ...key.detection(d.articleId, d.partner, d.level), type: 'detection', gsi1pk: `PARTNER#${d.partner}`, gsi1sk: `DET#${d.published ?? ''}#${d.articleId}`, ...d },
        },
      })),
    ];
    await this.doc.send(new TransactWriteCommand({ TransactItems: items }));
  }

  async markArticleFailed(articleId: string, error: string, at: string): Promise<void> {
    await this.doc.send(
      new UpdateCommand({
        TableName: this.table,
        Key: key.article(articleId),
        UpdateExpression: 'SET #s = :failed, #e = :e, failedAt = :at ADD attempts :one',
        ConditionExpression: 'attribute_exists(pk) AND #s <> :read',
        ExpressionAttributeNames: { '#s': 'state', '#e': 'error' },
        ExpressionAttributeValues: { ':failed': 'failed', ':e': error.slice(0, 500), ':at': at, ':one': 1, ':read': 'read' },
      }),
    ).catch((err) => {
      if (!(err instanceof ConditionalCheckFailedException)) throw err;
    });
  }

  async getDetections(articleId: string): Promise<StoredDetection[]> {
    const res = await this.doc.send(new QueryCommand({ TableName: this.table, KeyConditionExpression: 'pk = :pk AND begins_with(sk, :det)', ExpressionAttributeValues: { ':pk': key.article(articleId).pk, ':det': 'DET#' } }));
    return (res.Items ?? []).map((i) => strip<StoredDetection>(i));
  }

  // ---- sources --------------------------------------------------------------------------

  async getSourceStates(): Promise<Map<string, SourceState>> {
    const items = await this.queryAll({ IndexName: 'gsi1', KeyConditionExpression: 'gsi1pk = :p', ExpressionAttributeValues: { ':p': LIST.sources } });
    return new Map(items.map((i) => [i.sourceId as string, strip<SourceState>(i)]));
  }

  async putSourceState(s: SourceState): Promise<void> {
    await this.doc.send(new PutCommand({ TableName: this.table, Item: { ...key.source(s.sourceId), type: 'source', gsi1pk: LIST.sources, gsi1sk: s.sourceId, ...s } }));
  }

  // ---- registry -------------------------------------------------------------------------

  /** Loads the baseline registry; idempotent (the same import twice writes the same items). */
  async importRegistry(partners: RegistryPartner[]): Promise<number> {
    const items: Record<string, unknown>[] = [];
    for (const p of partners) {
      items.push({ ...key.partner(p.code), type: 'partner', gsi1pk: LIST.partners, gsi1sk: p.code, code: p.code, level: p.level, since: p.since, origin: 'baseline' });
      for (const h of p.history) items.push({ ...key.partnerHistory(p.code, h.date, h.level), type: 'history', code: p.code, level: h.level, date: h.date, variant: h.variant ?? null, occasion: h.occasion ?? null, sources: h.sources ?? [], origin: 'baseline' });
    }
    for (let i = 0; i < items.length; i += 25) {
      let request = items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } }));
      for (let attempt = 0; request.length; attempt++) {
        const res = await this.doc.send(new BatchWriteCommand({ RequestItems: { [this.table]: request } }));
        request = (res.UnprocessedItems?.[this.table] ?? []) as typeof request;
        if (request.length && attempt >= 8) throw new Error(`registry import: ${request.length} items stayed unprocessed`);
        if (request.length) await sleep(50 * 2 ** attempt);
      }
    }
    return partners.length;
  }

  async getPartner(code: string): Promise<PartnerState> {
    const res = await this.doc.send(new GetCommand({ TableName: this.table, Key: key.partner(code) }));
    const i = res.Item;
    return i ? { code, ...(i.level ? { level: i.level } : {}), ...(i.since ? { since: i.since } : {}) } : { code };
  }

  async listPartners(): Promise<(PartnerState & { origin?: string })[]> {
    const items = await this.queryAll({ IndexName: 'gsi1', KeyConditionExpression: 'gsi1pk = :p', ExpressionAttributeValues: { ':p': LIST.partners } });
    return items.map((i) => strip<PartnerState & { origin?: string }>(i));
  }

  /** A partner's current tier and dated history, oldest first. */
  async getPartnerHistory(code: string): Promise<Record<string, unknown>[]> {
    const items = await this.queryAll({ KeyConditionExpression: 'pk = :pk AND begins_with(sk, :h)', ExpressionAttributeValues: { ':pk': key.partner(code).pk, ':h': 'HIST#' } });
    return items.map((i) => strip(i));
  }

  // ---- events ---------------------------------------------------------------------------

  async getEvent(eventId: string): Promise<StoredEvent | undefined> {
    const items = await this.queryAll({ KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': key.event(eventId).pk } });
    const meta = items.find((i) => i.sk === 'META');
    if (!meta) return undefined;
    const sources = items.filter((i) => String(i.sk).startsWith('SRC#')).map((i) => strip<EventSource>(i));
    return { ...strip<StoredEvent>(meta), sources };
  }

  /**
   * Writes a decision: the event (only if nobody changed it since `previous` was read), the
   * source that led to it, and, for a change, the partner's new tier and history entry (only if
   * the partner still has the tier the decision started from). Returns false on a conflict;
   * the caller re-reads and decides again.
   */
  async saveDecision(previous: StoredEvent | undefined, decision: Decision, newSources: EventSource[], now: string, extra: Record<string, unknown>[] = []): Promise<boolean> {
    const e = decision.event;
    const version = (previous?.version ?? 0) + 1;
    const listed = e.status === 'confirmed' ? LIST.feed : e.status === 'flagged' ? LIST.review : e.status === 'signal' ? LIST.signal : undefined;
    const decidedAt = previous?.status === e.status && previous.decidedAt ? previous.decidedAt : now;
    const { sources: _sources, ...summary } = e;
    const meta: Record<string, unknown> = { ...key.event(e.id), type: 'event', ...summary, sourceCount: e.sources.length, version, decidedAt, updatedAt: now };
    if (listed) Object.assign(meta, { gsi1pk: listed, gsi1sk: `${decidedAt}#${e.id}` });
    const transact: NonNullable<ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']> = [
      {
        Put: {
          TableName: this.table,
          Item: meta,
          ConditionExpression: previous ? 'version = :v' : 'attribute_not_exists(pk)',
          ...(previous ? { ExpressionAttributeValues: { ':v': previous.version } } : {}),
        },
      },
      ...newSources.map((s) => ({ Put: { TableName: this.table, Item: { ...key.eventSource(e.id, s.articleId), type: 'eventSource', eventId: e.id, ...s } } })),
      ...extra.map((Item) => ({ Put: { TableName: this.table, Item } })),
    ];
    const change = decision.change;
    if (change) {
      transact.push({
        Update: {
          TableName: this.table,
          Key: key.partner(change.partner),
          UpdateExpression: 'SET #l = :to, since = :since, code = :code, gsi1pk = :list, gsi1sk = :code, #t = :type, origin = :origin, changedBy = :event',
          ConditionExpression: change.from ? '#l = :from' : 'attribute_not_exists(#l)',
          ExpressionAttributeNames: { '#l': 'level', '#t': 'type' },
          ExpressionAttributeValues: {
            ':to': change.to, ':since': change.date ?? now.slice(0, 10), ':code': change.partner, ':list': LIST.partners, ':type': 'partner', ':origin': 'detected', ':event': e.id,
            ...(change.from ? { ':from': change.from } : {}),
          },
        },
      });
      transact.push({
        Put: {
          TableName: this.table,
          Item: { ...key.partnerHistory(change.partner, change.date ?? now.slice(0, 10), change.to), type: 'history', code: change.partner, level: change.to, from: change.from ?? null, date: change.date ?? null, eventId: e.id, sources: e.sources.map((s) => s.url), origin: 'detected' },
        },
      });
    }
    try {
      await this.doc.send(new TransactWriteCommand({ TransactItems: transact.slice(0, MAX_TRANSACT_ITEMS) }));
      return true;
    } catch (err) {
      if (err instanceof TransactionCanceledException && err.CancellationReasons?.some((r) => r.Code === 'ConditionalCheckFailed' || r.Code === 'TransactionConflict')) return false;
      throw err;
    }
  }

  /** Newest first, with an opaque cursor for the next page. */
  async listEvents(list: (typeof LIST)['feed' | 'review' | 'signal'], limit: number, cursor?: string): Promise<Page<StoredEvent>> {
    const res = await this.doc.send(
      new QueryCommand({
        TableName: this.table,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :p',
        ExpressionAttributeValues: { ':p': list },
        ScanIndexForward: false,
        Limit: limit,
        ...(cursor ? { ExclusiveStartKey: decodeCursor(cursor) } : {}),
      }),
    );
    const page: Page<StoredEvent> = { items: (res.Items ?? []).map((i) => ({ ...strip<StoredEvent>(i), sources: [] })) };
    if (res.LastEvaluatedKey) page.cursor = encodeCursor(res.LastEvaluatedKey);
    return page;
  }

  /**
   * Every item of one type. A Scan: for reports over a small local table (a replay summary, a
   * backfill), never on a request path.
   */
  async scanType(type: string): Promise<Record<string, unknown>[]> {
    const out: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const res = await this.doc.send(new ScanCommand({ TableName: this.table, FilterExpression: '#t = :t', ExpressionAttributeNames: { '#t': 'type' }, ExpressionAttributeValues: { ':t': type }, ...(start ? { ExclusiveStartKey: start } : {}) }));
      out.push(...(res.Items ?? []).map((i) => strip<Record<string, unknown>>(i)));
      start = res.LastEvaluatedKey;
    } while (start);
    return out;
  }

  // ---- reads for the API (one Query each; key design: ./keys.ts) -------------------------

  /**
   * One page of a listing partition (newest first), optionally narrowed to one partner and/or
   * tier by a FilterExpression. Reads on until the page is full or the partition ends (at most
   * `maxReads` Query calls; then the cursor points where the reading stopped). The cursor is the
   * key of the last item returned, so a page never skips or repeats an item; a cursor from
   * another listing is refused (InvalidCursorError with a reason as its message).
   */
  async queryEvents(q: { list: (typeof LIST)['feed' | 'review' | 'signal']; partner?: string; level?: string; limit: number; cursor?: string; maxReads?: number }): Promise<Page<StoredEvent>> {
    const filters: string[] = [];
    const values: Record<string, unknown> = { ':p': q.list };
    const names: Record<string, string> = {};
    if (q.partner) {
      filters.push('#partner = :partner');
      names['#partner'] = 'partner';
      values[':partner'] = q.partner;
    }
    if (q.level) {
      filters.push('#level = :level');
      names['#level'] = 'level';
      values[':level'] = q.level;
    }
    const filtered = filters.length > 0;
    let start: Record<string, unknown> | undefined = q.cursor ? decodeListCursor(q.cursor, q.list) : undefined;
    const raw: Record<string, unknown>[] = [];
    let reads = 0;
    const maxReads = q.maxReads ?? 10;
    do {
      const res = await this.doc.send(
        new QueryCommand({
          TableName: this.table,
          IndexName: 'gsi1',
          KeyConditionExpression: 'gsi1pk = :p',
          ExpressionAttributeValues: values,
          ...(filtered ? { FilterExpression: filters.join(' AND '), ExpressionAttributeNames: names } : {}),
          ScanIndexForward: false,
          // One more than asked tells whether a next page exists; a filtered read takes more.
          Limit: filtered ? Math.max(100, q.limit + 1) : q.limit + 1 - raw.length,
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      );
      raw.push(...(res.Items ?? []));
      start = res.LastEvaluatedKey;
      reads++;
    } while (start && raw.length <= q.limit && reads < maxReads);
    const kept = raw.slice(0, q.limit);
    const page: Page<StoredEvent> = { items: kept.map((i) => ({ ...strip<StoredEvent>(i), sources: [] })) };
    const last = kept[kept.length - 1];
    if (raw.length > q.limit && last) page.cursor = encodeCursor({ pk: last.pk, sk: last.sk, gsi1pk: last.gsi1pk, gsi1sk: last.gsi1sk });
    else if (start && raw.length <= q.limit) page.cursor = encodeCursor(start);
    return page;
  }

  /** An event with its sources and its decision history (oldest first), in one Query. */
  async getEventDetail(eventId: string): Promise<{ event: StoredEvent; decisions: Record<string, unknown>[] } | undefined> {
    const items = await this.queryAll({ KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': key.event(eventId).pk } });
    const meta = items.find((i) => i.sk === 'META');
    if (!meta) return undefined;
    const sources = items.filter((i) => String(i.sk).startsWith('SRC#')).map((i) => strip<EventSource>(i));
    const decisions = items.filter((i) => String(i.sk).startsWith('DECISION#')).map((i) => strip<Record<string, unknown>>(i));
    return { event: { ...strip<StoredEvent>(meta), sources }, decisions };
  }

  /** A partner's registry entry and dated history (oldest first), in one Query; undefined when the registry has neither. */
  async getPartnerRecord(code: string): Promise<{ partner?: PartnerState & { origin?: string; changedBy?: string }; history: Record<string, unknown>[] } | undefined> {
    const items = await this.queryAll({ KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': key.partner(code).pk } });
    if (!items.length) return undefined;
    const meta = items.find((i) => i.sk === 'META');
    const history = items.filter((i) => String(i.sk).startsWith('HIST#')).map((i) => strip<Record<string, unknown>>(i));
    return { ...(meta ? { partner: strip<PartnerState & { origin?: string }>(meta) } : {}), history };
  }

  private async queryAll(input: Omit<ConstructorParameters<typeof QueryCommand>[0], 'TableName'>): Promise<Record<string, unknown>[]> {
    const out: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const res = await this.doc.send(new QueryCommand({ TableName: this.table, ...input, ...(start ? { ExclusiveStartKey: start } : {}) }));
      out.push(...(res.Items ?? []));
      start = res.LastEvaluatedKey;
    } while (start);
    return out;
  }
}

/** Drops the storage keys from an item. */
function strip<T>(item: Record<string, unknown>): T {
  const { pk: _pk, sk: _sk, gsi1pk: _g1, gsi1sk: _g2, type: _t, ...rest } = item;
  return rest as T;
}

export function encodeCursor(k: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(k)).toString('base64url');
}

export function decodeCursor(cursor: string): Record<string, unknown> {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (v && typeof v === 'object' && typeof v.pk === 'string') return v;
  } catch {
    // fall through
  }
  throw new InvalidCursorError();
}

export class InvalidCursorError extends Error {
  constructor() {
    super('invalid cursor');
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A cursor of queryEvents: the full key of an event of this listing partition, as saveDecision
 * writes it (pk EVENT#<id>, gsi1sk <decidedAt>#<id>). Anything else is refused here: a forged
 * key with an empty value would otherwise reach DynamoDB, which answers a ValidationException.
 */
function decodeListCursor(cursor: string, list: string): Record<string, unknown> {
  const k = decodeCursor(cursor);
  const fields = ['pk', 'sk', 'gsi1pk', 'gsi1sk'];
  const id = /^EVENT#([A-Z]{2}-(?:CP|SP|CSP))$/.exec(String(k.pk))?.[1];
  const ok = Object.keys(k).length === 4 && fields.every((f) => typeof k[f] === 'string') && !!id && k.sk === 'META' && new RegExp(`^[^#]+#${id}$`).test(String(k.gsi1sk));
  if (!ok) throw new InvalidCursorError();
  if (k.gsi1pk !== list) {
    const err = new InvalidCursorError();
    err.message = 'cursor belongs to another listing (keep the filters of the first page)';
    throw err;
  }
  return k;
}
