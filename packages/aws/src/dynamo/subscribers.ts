/**
 * Subscribers, their filters and the API's rate counters, in the single table next to the Store
 * (key design: ./keys.ts). A subscriber's id is a hash of the address, so a second subscription
 * for the same address finds the first one with a GetItem. Only confirmed subscribers have filter
 * items, so "the subscribers of a filter" is one Query of gsi1 and never sees a pending address.
 */
import { createHash } from 'node:crypto';
import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand, TransactWriteCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Level } from '@pw/core';
import { ALL_PARTNERS, key, LIST } from './keys';

export interface SubscriberFilters {
  /** Partner codes; empty: every partner. */
  partners: string[];
  /** Tiers; empty: every tier. */
  levels: Level[];
  /** Also alert on expected upgrades (signals). */
  signals: boolean;
}

export type SubscriberStatus = 'pending' | 'confirmed' | 'unsubscribed';

export interface SubscriberRecord {
  id: string;
  /** Absent once unsubscribed. */
  email?: string;
  status: SubscriberStatus;
  filters: SubscriberFilters;
  /** Filters a confirmed subscriber asked for; they apply when the new confirmation link is followed. */
  pendingFilters?: SubscriberFilters;
  createdAt: string;
  updatedAt: string;
  confirmedAt?: string;
  unsubscribedAt?: string;
}

/** What the notifier needs of one matching subscriber. */
export interface SubscriberMatch {
  subscriberId: string;
  email: string;
  partner: string;
  levels: Level[];
  signals: boolean;
}

/** A pending subscription that nobody confirms disappears (TTL) a day after its link expires. */
export const PENDING_TTL_SECONDS = 8 * 24 * 3600;

/** The subscriber id of an address: a hash of its normalised form (the address itself is no key). */
export function subscriberId(email: string): string {
  return createHash('sha256').update(`pw-subscriber\n${email.toLowerCase()}`).digest('base64url').slice(0, 32);
}

/** A short hash of a rate-limited subject (client address, e-mail address): counters store no personal data. */
export function subjectHash(subject: string): string {
  return createHash('sha256').update(`pw-rate\n${subject.toLowerCase()}`).digest('base64url').slice(0, 24);
}

type TransactItems = NonNullable<ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']>;

export class Subscribers {
  constructor(
    readonly doc: DynamoDBDocumentClient,
    readonly table: string,
  ) {}

  async get(id: string): Promise<SubscriberRecord | undefined> {
    const res = await this.doc.send(new GetCommand({ TableName: this.table, Key: key.subscriber(id), ConsistentRead: true }));
    return res.Item ? toRecord(res.Item) : undefined;
  }

  /**
   * Records a subscription request. A new (or unsubscribed) address becomes pending with these
   * filters; a pending one gets them instead; a confirmed one keeps its filters and holds these
   * as pending until the new link is followed. Returns the state it found.
   */
  async request(id: string, email: string, filters: SubscriberFilters, now: Date): Promise<'new' | 'pending' | 'confirmed'> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const found = await this.get(id);
      const at = now.toISOString();
      try {
        if (found?.status === 'confirmed') {
          await this.doc.send(
            new UpdateCommand({
              TableName: this.table,
              Key: key.subscriber(id),
              UpdateExpression: 'SET pendingFilters = :f, updatedAt = :at',
              ConditionExpression: '#s = :confirmed',
              ExpressionAttributeNames: { '#s': 'status' },
              ExpressionAttributeValues: { ':f': filters, ':at': at, ':confirmed': 'confirmed' },
            }),
          );
          return 'confirmed';
        }
        const item = {
          ...key.subscriber(id),
          type: 'subscriber',
          id,
          email,
          status: 'pending',
          filters,
          createdAt: found?.status === 'pending' ? found.createdAt : at,
          updatedAt: at,
          ...(found?.unsubscribedAt ? { unsubscribedAt: found.unsubscribedAt } : {}),
          expiresAt: Math.floor(now.getTime() / 1000) + PENDING_TTL_SECONDS,
        };
        await this.doc.send(
          new PutCommand({
            TableName: this.table,
            Item: item,
            ConditionExpression: found ? 'updatedAt = :seen' : 'attribute_not_exists(pk)',
            ...(found ? { ExpressionAttributeValues: { ':seen': found.updatedAt } } : {}),
          }),
        );
        return found?.status === 'pending' ? 'pending' : 'new';
      } catch (err) {
        if (!(err instanceof ConditionalCheckFailedException)) throw err;
      }
    }
    throw new Error('subscriber changed concurrently, try again');
  }

  /**
   * Follows a confirmation link: a pending subscriber becomes confirmed (its filter items
   * appear); a confirmed one with pending filters gets them. `issuedAtSec` (epoch seconds) is
   * when the link was made: a link older than an unsubscription confirms nothing.
   */
  async confirm(id: string, issuedAtSec: number, now: Date): Promise<'confirmed' | 'updated' | 'already' | 'missing' | 'superseded'> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const found = await this.get(id);
      if (!found || !found.email) return found?.status === 'unsubscribed' ? 'superseded' : 'missing';
      if (found.unsubscribedAt && Math.floor(Date.parse(found.unsubscribedAt) / 1000) > issuedAtSec) return 'superseded';
      if (found.status === 'confirmed' && !found.pendingFilters) return 'already';
      const at = now.toISOString();
      const next = found.status === 'pending' ? found.filters : found.pendingFilters!;
      const previous = found.status === 'confirmed' ? found.filters : undefined;
      const items: TransactItems = [
        {
          Update: {
            TableName: this.table,
            Key: key.subscriber(id),
            UpdateExpression: 'SET #s = :confirmed, filters = :f, updatedAt = :at, confirmedAt = if_not_exists(confirmedAt, :at) REMOVE expiresAt, pendingFilters',
            ConditionExpression: 'updatedAt = :seen',
            ExpressionAttributeNames: { '#s': 'status' },
            ExpressionAttributeValues: { ':confirmed': 'confirmed', ':f': next, ':at': at, ':seen': found.updatedAt },
          },
        },
        ...this.filterWrites(id, found.email, previous, next),
      ];
      if (await this.transact(items)) return found.status === 'pending' ? 'confirmed' : 'updated';
    }
    throw new Error('subscriber changed concurrently, try again');
  }

  /** Replaces a subscriber's filters (a manage link). */
  async updateFilters(id: string, filters: SubscriberFilters, now: Date): Promise<'updated' | 'missing' | 'unsubscribed'> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const found = await this.get(id);
      if (!found) return 'missing';
      if (found.status === 'unsubscribed' || !found.email) return 'unsubscribed';
      const items: TransactItems = [
        {
          Update: {
            TableName: this.table,
            Key: key.subscriber(id),
            UpdateExpression: 'SET filters = :f, updatedAt = :at REMOVE pendingFilters',
            ConditionExpression: 'updatedAt = :seen',
            ExpressionAttributeValues: { ':f': filters, ':at': now.toISOString(), ':seen': found.updatedAt },
          },
        },
        ...(found.status === 'confirmed' ? this.filterWrites(id, found.email, found.filters, filters) : []),
      ];
      if (await this.transact(items)) return 'updated';
    }
    throw new Error('subscriber changed concurrently, try again');
  }

  /** Stops every alert: the filter items go, the address is forgotten. Idempotent. */
  async unsubscribe(id: string, now: Date): Promise<'unsubscribed' | 'already' | 'missing'> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const found = await this.get(id);
      if (!found) return 'missing';
      if (found.status === 'unsubscribed') return 'already';
      const at = now.toISOString();
      const items: TransactItems = [
        {
          Update: {
            TableName: this.table,
            Key: key.subscriber(id),
            UpdateExpression: 'SET #s = :u, unsubscribedAt = :at, updatedAt = :at REMOVE email, pendingFilters, expiresAt',
            ConditionExpression: 'updatedAt = :seen',
            ExpressionAttributeNames: { '#s': 'status' },
            ExpressionAttributeValues: { ':u': 'unsubscribed', ':at': at, ':seen': found.updatedAt },
          },
        },
        ...(found.status === 'confirmed' ? filterKeys(found.filters).map((f) => ({ Delete: { TableName: this.table, Key: key.subscriberFilter(id, f) } })) : []),
      ];
      if (await this.transact(items)) return 'unsubscribed';
    }
    throw new Error('subscriber changed concurrently, try again');
  }

  /**
   * The confirmed subscribers of one filter: a partner code, or ALL_PARTNERS for those who follow
   * everything. One Query of gsi1; an event's audience is subscribersOf(partner) ∪
   * subscribersOf(ALL), narrowed by levels and signals.
   */
  async subscribersOf(partnerOrAll: string): Promise<SubscriberMatch[]> {
    const out: SubscriberMatch[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const res = await this.doc.send(
        new QueryCommand({ TableName: this.table, IndexName: 'gsi1', KeyConditionExpression: 'gsi1pk = :p', ExpressionAttributeValues: { ':p': LIST.subscribers(partnerOrAll) }, ...(start ? { ExclusiveStartKey: start } : {}) }),
      );
      for (const i of res.Items ?? []) out.push({ subscriberId: String(i.subscriberId), email: String(i.email), partner: String(i.partner), levels: (i.levels ?? []) as Level[], signals: !!i.signals });
      start = res.LastEvaluatedKey;
    } while (start);
    return out;
  }

  /**
   * Counts one hit of `subject` in the current fixed window of `windowSeconds` (an atomic ADD);
   * the counter item expires (TTL) after its window. `subject` is hashed before it is stored.
   */
  async hit(scope: string, subject: string, windowSeconds: number, now: Date): Promise<{ count: number; resetAt: number }> {
    const nowSec = Math.floor(now.getTime() / 1000);
    const windowStart = nowSec - (nowSec % windowSeconds);
    const resetAt = windowStart + windowSeconds;
    const res = await this.doc.send(
      new UpdateCommand({
        TableName: this.table,
        Key: key.rateCounter(scope, subjectHash(subject), windowStart),
        UpdateExpression: 'ADD #n :one SET expiresAt = if_not_exists(expiresAt, :exp), #t = if_not_exists(#t, :type)',
        ExpressionAttributeNames: { '#n': 'count', '#t': 'type' },
        ExpressionAttributeValues: { ':one': 1, ':exp': resetAt + 60, ':type': 'rate' },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    return { count: Number(res.Attributes?.count ?? 1), resetAt };
  }

  /** Deletes the filter items that went away, puts the ones that stay or arrive (no key twice). */
  private filterWrites(id: string, email: string, previous: SubscriberFilters | undefined, next: SubscriberFilters): TransactItems {
    const nextKeys = filterKeys(next);
    const gone = previous ? filterKeys(previous).filter((k) => !nextKeys.includes(k)) : [];
    return [
      ...gone.map((f) => ({ Delete: { TableName: this.table, Key: key.subscriberFilter(id, f) } })),
      ...nextKeys.map((f) => ({
        Put: {
          TableName: this.table,
          Item: { ...key.subscriberFilter(id, f), type: 'subscriberFilter', gsi1pk: LIST.subscribers(f), gsi1sk: id, subscriberId: id, email, partner: f, levels: next.levels, signals: next.signals },
        },
      })),
    ];
  }

  private async transact(items: TransactItems): Promise<boolean> {
    try {
      await this.doc.send(new TransactWriteCommand({ TransactItems: items }));
      return true;
    } catch (err) {
      if (err instanceof TransactionCanceledException && err.CancellationReasons?.some((r) => r.Code === 'ConditionalCheckFailed' || r.Code === 'TransactionConflict')) return false;
      throw err;
    }
  }
}

/** The filter items of a set of filters: one per partner, or ALL. */
export function filterKeys(f: SubscriberFilters): string[] {
  return f.partners.length ? [...new Set(f.partners)] : [ALL_PARTNERS];
}

function toRecord(i: Record<string, unknown>): SubscriberRecord {
  const { pk: _pk, sk: _sk, type: _t, expiresAt: _e, ...rest } = i;
  return rest as unknown as SubscriberRecord;
}
