/**
 * Events and the registry: how detections from many articles and languages become one event
 * per (partner, tier), and when an event changes the registry. Pure functions over plain
 * state; the storage adapter applies their results with conditional writes.
 */
import type { Trust } from '../sources/index';
import type { Level, Status } from '../types';
import { LEVEL_RANK } from '../types';

/** Below this, an announcement always waits for a reviewer or a second source. */
export const HIGH_CONFIDENCE = 0.8;

/**
 * confirmed: a registry change, alerted. flagged: waits in the review queue. rejected: a
 * reviewer said no. signal: an expected upgrade (never changes the registry). noted: about a
 * tier the partner already has (or had): attached, never alerted.
 */
export type EventStatus = 'confirmed' | 'flagged' | 'rejected' | 'signal' | 'noted';

/** One article's evidence for an event. */
export interface EventSource {
  articleId: string;
  sourceId: string;
  trust: Trust;
  url: string;
  lang: string;
  title: string;
  published?: string;
  status: Status;
  confidence: number;
  date?: string;
  evidence: string;
}

export interface PartnerState {
  code: string;
  /** Current tier; absent when the partner has none. */
  level?: Level;
  /** Date of the latest change the registry knows of (YYYY, YYYY-MM or YYYY-MM-DD). */
  since?: string;
}

export interface EventState {
  /** `${partner}-${level}`: one event per partner and tier, whatever the number of articles. */
  id: string;
  partner: string;
  level: Level;
  status: EventStatus;
  /** The partner's tier before the change (absent: none). */
  from?: Level;
  /** The decision date as the best source gives it. */
  date?: string;
  confidence: number;
  sources: EventSource[];
  /** Why the event stands where it does, for people: "official source", "2 independent sources", "one press source". */
  reason: string;
}

export function eventId(partner: string, level: Level): string {
  return `${partner}-${level}`;
}

export interface Decision {
  event: EventState;
  /** Set when this detection turned the event into a registry change. */
  change?: { partner: string; from?: Level; to: Level; date?: string };
}

/**
 * Adds one article's detection to its event (or starts the event) and decides its status.
 * Idempotent: the same article twice changes nothing. A confirmed or rejected event keeps its
 * status; more sources only attach.
 */
export function applyDetection(existing: EventState | undefined, partner: PartnerState, level: Level, source: EventSource): Decision {
  const sources = existing ? mergeSource(existing.sources, source) : [source];
  const base: EventState = existing
    ? { ...existing, sources }
    : { id: eventId(partner.code, level), partner: partner.code, level, status: 'noted', confidence: 0, sources, reason: '' };
  if (partner.level) base.from ??= partner.level;
  base.confidence = Math.max(...sources.map((s) => s.confidence));
  base.date = bestDate(sources);

  if (existing && (existing.status === 'confirmed' || existing.status === 'rejected')) return { event: base };

  const above = !partner.level || LEVEL_RANK[level] > LEVEL_RANK[partner.level];
  const announced = sources.filter((s) => s.status === 'announced');
  if (!above) return { event: { ...base, status: 'noted', reason: `${partner.code} is already at ${partner.level}` } };

  if (announced.length) {
    const strong = announced.filter((s) => s.confidence >= HIGH_CONFIDENCE);
    const official = strong.find((s) => s.trust === 'official');
    const outlets = new Set(strong.map((s) => s.sourceId));
    if (official || outlets.size >= 2) {
      const event: EventState = { ...base, status: 'confirmed', reason: official ? `official source (${official.sourceId})` : `${outlets.size} independent sources` };
      const change: Decision['change'] = { partner: partner.code, to: level };
      if (partner.level) change.from = partner.level;
      if (event.date) change.date = event.date;
      return { event, change };
    }
    const why = strong.length ? 'one press source, waiting for a second or a reviewer' : 'low confidence, waiting for a reviewer';
    return { event: { ...base, status: 'flagged', reason: why } };
  }

  const recaps = sources.filter((s) => s.status === 'recap');
  if (recaps.length && recaps.some((s) => isNewer(s.date, partner.since))) {
    return { event: { ...base, status: 'flagged', reason: 'a recap of a change newer than the registry knows' } };
  }
  if (sources.some((s) => s.status === 'signal')) return { event: { ...base, status: 'signal', reason: 'an upgrade is expected' } };
  return { event: { ...base, status: 'noted', reason: 'a recap of a change the registry already knows' } };
}

/** A reviewer's decision on a flagged event. */
export function review(event: EventState, partner: PartnerState, decision: 'approve' | 'reject'): Decision {
  if (event.status !== 'flagged') throw new Error(`event ${event.id} is ${event.status}, not flagged`);
  if (decision === 'reject') return { event: { ...event, status: 'rejected', reason: 'rejected by a reviewer' } };
  if (partner.level && LEVEL_RANK[event.level] <= LEVEL_RANK[partner.level]) {
    return { event: { ...event, status: 'noted', reason: `${partner.code} is already at ${partner.level}` } };
  }
  const change: Decision['change'] = { partner: partner.code, to: event.level };
  if (partner.level) change.from = partner.level;
  if (event.date) change.date = event.date;
  return { event: { ...event, status: 'confirmed', from: partner.level ?? event.from, reason: 'approved by a reviewer' }, change };
}

function mergeSource(sources: EventSource[], s: EventSource): EventSource[] {
  return sources.some((x) => x.articleId === s.articleId) ? sources.map((x) => (x.articleId === s.articleId ? s : x)) : [...sources, s];
}

/** The announced date most sources agree on, else the most precise. */
function bestDate(sources: EventSource[]): string | undefined {
  const dates = sources.filter((s) => s.status === 'announced' && s.date).map((s) => s.date!);
  if (!dates.length) return sources.map((s) => s.date).find(Boolean);
  const counts = new Map<string, number>();
  for (const d of dates) counts.set(d, (counts.get(d) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]))[0]![0];
}

/** Is `date` after `since`? Compared at the coarser of the two precisions. */
export function isNewer(date: string | undefined, since: string | undefined): boolean {
  if (!date) return false;
  if (!since) return true;
  const n = Math.min(date.length, since.length);
  return date.slice(0, n) > since.slice(0, n);
}
