/**
 * Alerts: the table stream drives this subscriber. When an event becomes a confirmed change
 * (or an expected upgrade, for subscribers who asked for signals), every matching confirmed
 * subscriber gets one email.
 *
 * At most one email per (event, subscriber): a conditional marker item is written before the
 * send, so duplicate or retried stream records find it and skip. The marker is removed only
 * when SES refused the message, so that the retry sends it. The one case left is SES accepting
 * a message whose answer we never heard (a timeout): the retry then sends a second copy. We
 * prefer that rare duplicate to a lost alert. A crash between the send and marking it sent
 * leaves the marker 'sending' and sends nothing more.
 */
import { ConditionalCheckFailedException, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { listUnsubscribeHeaders, renderAlertEmail, toMime, type EventView, type Level, type Logger, type SiteLinks } from '@pw/core';
import { eventView, type OutletNames } from './api/views';
import { signToken } from './api/tokens';
import { ALL_PARTNERS, key } from './dynamo/keys';
import type { Store } from './dynamo/store';
import type { SubscriberMatch, Subscribers } from './dynamo/subscribers';
import { jsonLogger } from './log';
import { emitMetrics, metricsSink, METRICS_NAMESPACE } from './metrics';
import type { Mailer, RawEmail } from './mailer';

export interface NotifyDeps {
  store: Store;
  subscribers: Subscribers;
  mailer: Mailer;
  links: SiteLinks;
  /** The sender address, e.g. "Partnership Watch <alerts@example.org>". */
  from: string;
  signingSecret: string;
  /** Outlet display names by source id (data/sources.json). */
  outlets?: OutletNames;
  now?: () => Date;
  /** Sees every message as sent (pw replay --out writes them as .eml). */
  onSent?: (email: RawEmail & { eventId: string; subscriberId: string }) => void;
  log?: Logger;
}

type Trigger = 'change' | 'signal';

/** What a stream record asks of the notifier: a change that just became confirmed, a new signal, or nothing. */
export function triggerOf(oldImage: Record<string, unknown> | undefined, newImage: Record<string, unknown> | undefined): Trigger | undefined {
  if (!newImage || newImage.type !== 'event') return undefined;
  if (newImage.status === 'confirmed' && oldImage?.status !== 'confirmed') return 'change';
  if (newImage.status === 'signal' && oldImage?.status !== 'signal') return 'signal';
  return undefined;
}

export function makeNotifyHandler(deps: () => NotifyDeps) {
  return async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
    const d = deps();
    const log = d.log ?? jsonLogger;
    const batchItemFailures: DynamoDBBatchResponse['batchItemFailures'] = [];
    for (const record of event.Records) {
      const image = (i: unknown) => (i ? unmarshall(i as Record<string, AttributeValue>) : undefined);
      const newImage = image(record.dynamodb?.NewImage);
      const trigger = triggerOf(image(record.dynamodb?.OldImage), newImage);
      if (!trigger || !newImage) continue;
      try {
        const sent = await notifyEvent(d, String(newImage.id), trigger);
        log.info('alerts sent', { eventId: newImage.id, trigger, sent });
        emitMetrics(METRICS_NAMESPACE, { function: 'notify' }, { alerts: sent }, metricsSink(d.log));
      } catch (err) {
        log.error('alerts failed', { eventId: newImage.id, error: err instanceof Error ? err.message : String(err) });
        // Stream order matters: report this record; Lambda retries from it, markers skip what was sent.
        batchItemFailures.push({ itemIdentifier: record.dynamodb?.SequenceNumber ?? '' });
        break;
      }
    }
    return { batchItemFailures };
  };
}

/** Sends the alert of one event to its audience; returns how many emails were sent now. */
export async function notifyEvent(d: NotifyDeps, eventId: string, trigger: Trigger): Promise<number> {
  const view = await loadEventView(d.store, eventId, d.outlets);
  if (!view) return 0;
  const audience = await audienceOf(d.subscribers, view.partner, view.level, trigger);
  let sent = 0;
  let failure: unknown;
  for (const sub of audience) {
    const marker = key.alertMarker(eventId, sub.subscriberId);
    const now = (d.now ?? (() => new Date()))();
    try {
      await d.store.doc.send(new PutCommand({ TableName: d.store.table, Item: { ...marker, type: 'alert', eventId, subscriberId: sub.subscriberId, state: 'sending', at: now.toISOString() }, ConditionExpression: 'attribute_not_exists(pk)' }));
    } catch (err) {
      if (err instanceof ConditionalCheckFailedException) continue; // sent (or being sent) already
      throw err;
    }
    const unsubscribeUrl = `${d.links.site}/unsubscribe?token=${encodeURIComponent(signToken(d.signingSecret, sub.subscriberId, 'unsubscribe', now))}`;
    const manageUrl = `${d.links.site}/subscriptions/manage?token=${encodeURIComponent(signToken(d.signingSecret, sub.subscriberId, 'manage', now))}`;
    const email = renderAlertEmail(view, { links: d.links, unsubscribeUrl, manageUrl, recipient: sub.email });
    const raw = toMime({ from: d.from, to: sub.email, subject: email.subject, text: email.text, html: email.html, headers: listUnsubscribeHeaders(unsubscribeUrl), date: now });
    try {
      const messageId = await d.mailer.send({ from: d.from, to: sub.email, raw });
      sent++;
      d.onSent?.({ from: d.from, to: sub.email, raw, eventId, subscriberId: sub.subscriberId });
      await d.store.doc
        .send(new UpdateCommand({ TableName: d.store.table, Key: marker, UpdateExpression: 'SET #s = :sent, messageId = :m', ExpressionAttributeNames: { '#s': 'state' }, ExpressionAttributeValues: { ':sent': 'sent', ':m': messageId } }))
        .catch(() => undefined); // the email is out; the marker already prevents a second one
    } catch (err) {
      // SES refused: forget the marker so that the retry sends this email; go on with the others.
      await d.store.doc.send(new DeleteCommand({ TableName: d.store.table, Key: marker })).catch(() => undefined);
      failure ??= err;
    }
  }
  if (failure) throw failure;
  return sent;
}

/** Confirmed subscribers of the partner or of everything, narrowed by tier and by signals. */
async function audienceOf(subscribers: Subscribers, partner: string, level: Level, trigger: Trigger): Promise<SubscriberMatch[]> {
  const [specific, all] = await Promise.all([subscribers.subscribersOf(partner), subscribers.subscribersOf(ALL_PARTNERS)]);
  const byId = new Map<string, SubscriberMatch>();
  for (const s of [...specific, ...all]) {
    if (s.levels.length && !s.levels.includes(level)) continue;
    if (trigger === 'signal' && !s.signals) continue;
    byId.set(s.subscriberId, s);
  }
  return [...byId.values()];
}

/** An event as people see it, loaded from the store (the API's view of it). */
export async function loadEventView(store: Store, eventId: string, outlets: OutletNames = new Map()): Promise<EventView | undefined> {
  const e = await store.getEvent(eventId);
  return e ? eventView(e, outlets) : undefined;
}
