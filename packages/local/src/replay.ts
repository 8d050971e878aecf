/**
 * `pw replay <scenario-dir>`: the whole pipeline, in process, on the embedded stack, over a
 * scenario's fixture feeds served on loopback (format: ../shared/scenarios/README.md).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Store } from '@pw/aws';
import { baselineRegistry, parseSources, type Source } from '@pw/core';
import { z } from 'zod';
import { startFixtureServer } from './fixture-server';
import { startSystem } from './system';

const ScenarioSchema = z.object({
  baseline: z.object({ asOf: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).optional() }).optional(),
  sources: z
    .array(
      z.object({
        id: z.string().min(1),
        lang: z.enum(['vi', 'en', 'zh', 'fr', 'ru', 'es', 'ko', 'ja']),
        trust: z.enum(['official', 'press']),
        feed: z.string().min(1),
        name: z.string().optional(),
      }),
    )
    .min(1),
  subscribers: z.array(z.object({ email: z.string(), filters: z.object({ partners: z.array(z.string()).optional(), levels: z.array(z.string()).optional() }).optional() })).default([]),
  steps: z.array(z.string().regex(/^[\w.-]+$/)).min(1),
});
export type Scenario = z.infer<typeof ScenarioSchema>;

/** Queue settings of a replay: failed articles reach the DLQ within seconds. */
export const REPLAY_QUEUE = { visibilityTimeoutSeconds: 4, maxReceiveCount: 2 } as const;
export const REPLAY_FETCH_TIMEOUT_MS = 3_000;

export interface ReplaySummary {
  articles: number;
  detections: number;
  events: { partner: string; level: string; status: string; sources: number }[];
  changes: { partner: string; level: string; from: string | null }[];
  flagged: { partner: string; level: string }[];
  emails: Record<string, number>;
  failed: { url: string; error: string }[];
}

export interface ReplayOptions {
  /** The baseline registry file; default: the repository's data/vn-partnerships.json. */
  baselinePath?: string;
  progress?: (msg: string) => void;
}

export function loadScenario(dir: string): Scenario {
  const path = join(dir, 'scenario.json');
  if (!existsSync(path)) throw new Error(`${dir}: no scenario.json (see ../shared/scenarios/README.md)`);
  const parsed = ScenarioSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${path}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  for (const step of parsed.data.steps) {
    if (!existsSync(join(dir, 'steps', step, 'site'))) throw new Error(`${dir}: step ${step} has no steps/${step}/site folder`);
  }
  return parsed.data;
}

export async function replay(dir: string, opts: ReplayOptions = {}): Promise<ReplaySummary> {
  const progress = opts.progress ?? (() => undefined);
  const scenario = loadScenario(dir);
  const baselinePath = opts.baselinePath ?? resolve(import.meta.dirname, '../../../data/vn-partnerships.json');
  const registry = baselineRegistry(JSON.parse(readFileSync(baselinePath, 'utf8')), scenario.baseline?.asOf);

  const server = await startFixtureServer(join(dir, 'steps', scenario.steps[0]!, 'site'));
  progress(`fixture server ${server.origin}`);
  // A replay retries a failed article after seconds, not minutes: short visibility, two receives.
  const system = await startSystem({ allowPrivateFetch: true, fastQueue: true, queue: REPLAY_QUEUE, log: (m) => progress(m), logger: { info() {}, warn() {}, error() {} } });
  try {
    Object.assign(system.config, { ignoreBackoff: true, fetchTimeoutMs: REPLAY_FETCH_TIMEOUT_MS });
    await system.store.importRegistry(registry);
    progress(`registry: ${registry.length} partners as of ${scenario.baseline?.asOf ?? 'today'}`);
    const sources: Source[] = parseSources(
      scenario.sources.map((s) => ({ id: s.id, name: s.name ?? s.id, lang: s.lang, trust: s.trust, feed: new URL(s.feed, `${server.origin}/`).href, homepage: `${server.origin}/` })),
    );
    for (const step of scenario.steps) {
      server.setRoot(join(dir, 'steps', step, 'site'));
      const report = await system.poll(sources);
      const bad = report.sources.filter((s) => s.result === 'failed');
      progress(`step ${step}: polled ${report.sources.length} sources, ${report.queued} new articles queued${bad.length ? `, ${bad.length} failed (${bad.map((b) => `${b.sourceId}: ${b.error}`).join("; ")})` : ""}`);
      await system.drain();
      progress(`step ${step}: queue drained`);
    }
    return await summarise(system.store);
  } finally {
    await system.stop();
    await server.close();
  }
}

async function summarise(store: Store): Promise<ReplaySummary> {
  const [articles, detections, events] = await Promise.all([store.scanType('article'), store.scanType('detection'), store.scanType('event')]);
  const byId = (a: Record<string, unknown>, b: Record<string, unknown>) => String(a.id).localeCompare(String(b.id));
  events.sort(byId);
  return {
    articles: articles.filter((a) => a.state === 'read').length,
    detections: detections.length,
    events: events.map((e) => ({ partner: String(e.partner), level: String(e.level), status: String(e.status), sources: Number(e.sourceCount) })),
    changes: events.filter((e) => e.status === 'confirmed').map((e) => ({ partner: String(e.partner), level: String(e.level), from: (e.from as string | undefined) ?? null })),
    flagged: events.filter((e) => e.status === 'flagged').map((e) => ({ partner: String(e.partner), level: String(e.level) })),
    emails: {},
    failed: articles.filter((a) => a.state === 'failed').map((a) => ({ url: String(a.url), error: String(a.error ?? '') })),
  };
}
