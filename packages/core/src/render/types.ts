/**
 * What people see of an event: the data the feeds, emails and review page render. Built by the
 * adapters from stored items; rendered by pure functions in this folder.
 */
import type { Level } from '../types';

export interface SourceView {
  url: string;
  sourceId: string;
  /** The outlet's name when known (data/sources.json), else the source id. */
  outlet: string;
  lang: string;
  title: string;
  published?: string;
  /** The evidence sentence, in the article's own language. */
  evidence: string;
  status: 'announced' | 'recap' | 'signal';
  confidence: number;
}

export interface EventView {
  /** `${partner}-${level}` */
  id: string;
  partner: string;
  /** English name of the partner, e.g. "Singapore". */
  partnerName: string;
  level: Level;
  /** The tier before, for a change; null when the partner had none. */
  from: Level | null;
  status: 'confirmed' | 'flagged' | 'rejected' | 'signal' | 'noted';
  /** YYYY, YYYY-MM or YYYY-MM-DD as the sources give it. */
  date: string | null;
  /** When the event reached its status (ISO). */
  decidedAt: string;
  reason: string;
  confidence: number;
  sources: SourceView[];
}

/** Absolute URLs the renderers link to. */
export interface SiteLinks {
  /** e.g. https://watch.example.org */
  site: string;
  /** The public page of one event. */
  eventUrl(id: string): string;
  feedJsonUrl: string;
  feedAtomUrl: string;
}
