/**
 * The machine-readable message every confirmed change publishes, so that other systems learn
 * of it without polling. Schema: docs/CHANGES.md. Delivery is at least once: consumers dedupe
 * on `eventId` (one event per partner and tier, so one change per event).
 */
import type { Level } from '../types';
import { LEVEL_NAMES, LEVELS } from '../types';

export interface ChangeMessage {
  schema: 'partnership-watch/change/v1';
  /** `${partner}-${level}`: the idempotency key. */
  eventId: string;
  partner: string;
  from: Level | null;
  to: Level;
  toName: string;
  /** The decision date the sources give (YYYY, YYYY-MM or YYYY-MM-DD), if any. */
  date: string | null;
  confirmedAt: string;
  /** Why it was confirmed: "official source (nhandan-vi)", "2 independent sources", "approved by a reviewer". */
  reason: string;
  confidence: number;
  sourceCount: number;
}

const isLevel = (x: unknown): x is Level => typeof x === 'string' && (LEVELS as readonly string[]).includes(x);

/**
 * The change an event item's stream record announces: the event became confirmed (it was not
 * before). Anything else (sources attached to a confirmed event, a flag, a signal) is none.
 */
export function changeFromImages(oldImage: Record<string, unknown> | undefined, newImage: Record<string, unknown> | undefined): ChangeMessage | undefined {
  if (!newImage || newImage.type !== 'event' || newImage.status !== 'confirmed') return undefined;
  if (oldImage?.status === 'confirmed') return undefined;
  const to = newImage.level;
  if (!isLevel(to) || typeof newImage.partner !== 'string') return undefined;
  return {
    schema: 'partnership-watch/change/v1',
    eventId: String(newImage.id),
    partner: newImage.partner,
    from: isLevel(newImage.from) ? newImage.from : null,
    to,
    toName: LEVEL_NAMES[to],
    date: typeof newImage.date === 'string' ? newImage.date : null,
    confirmedAt: String(newImage.decidedAt ?? newImage.updatedAt ?? ''),
    reason: String(newImage.reason ?? ''),
    confidence: Number(newImage.confidence ?? 0),
    sourceCount: Number(newImage.sourceCount ?? 0),
  };
}
