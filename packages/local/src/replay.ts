/**
 * `pw replay <scenario-dir>`: the whole pipeline, in process, on the embedded stack, over a
 * scenario's fixture feeds served on loopback (format: ../shared/scenarios/README.md).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadEventView, subscriberId, type RawEmail, type Store } from '@pw/aws';
import { baselineRegistry, parseSources, renderAtom, renderJsonFeed, type EventView, type Level, type SiteLinks, type Source } from '@pw/core';
import { z } from 'zod';
import { startFixtureServer } from './fixture-server';
import { startProduct } from './product';

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
/**
 * The fixture server answers in milliseconds, but a load replay runs poller, extractor and server
 * in one process: with thousands of claims in flight a fetch can wait seconds for the CPU.
 */
export const REPLAY_FETCH_TIMEOUT_MS = 10_000;

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
  /** Also write what a user would see: feed.json, feed.atom and emails/*.eml. */
  out?: string;
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
  const sent: (RawEmail & { eventId: string; subscriberId: string })[] = [];
  const product = await startProduct({ allowPrivateFetch: true, fastQueue: true, queue: REPLAY_QUEUE, log: (m) => progress(m), logger: { info() {}, warn() {}, error() {} }, onSent: (e) => sent.push(e) });
  const { system } = product;
  try {
    Object.assign(system.config, { ignoreBackoff: true, fetchTimeoutMs: REPLAY_FETCH_TIMEOUT_MS });
    await system.store.importRegistry(registry);
    progress(`registry: ${registry.length} partners as of ${scenario.baseline?.asOf ?? 'today'}`);
    // Subscribers are confirmed without the opt-in round trip (scenario spec).
    const now = new Date();
    for (const sub of scenario.subscribers) {
      const id = subscriberId(sub.email);
      await product.subscribers.request(id, sub.email, { partners: sub.filters?.partners ?? [], levels: (sub.filters?.levels ?? []) as Level[], signals: false }, now);
      await product.subscribers.confirm(id, Math.floor(now.getTime() / 1000), now);
    }
    const sources: Source[] = parseSources(
      scenario.sources.map((s) => ({ id: s.id, name: s.name ?? s.id, lang: s.lang, trust: s.trust, feed: new URL(s.feed, `${server.origin}/`).href, homepage: `${server.origin}/` })),
    );
    for (const step of scenario.steps) {
      server.setRoot(join(dir, 'steps', step, 'site'));
      const report = await system.poll(sources);
      const bad = report.sources.filter((s) => s.result === 'failed');
      progress(`step ${step}: polled ${report.sources.length} sources, ${report.queued} new articles queued${bad.length ? `, ${bad.length} failed (${bad.map((b) => `${b.sourceId}: ${b.error}`).join("; ")})` : ""}`);
      await system.drain();
      for (const reader of system.streams) await reader.drain({ timeoutMs: 60_000 });
      progress(`step ${step}: queue and stream drained, ${sent.length} alert email${sent.length === 1 ? '' : 's'} sent so far`);
    }
    const summary = await summarise(system.store);
    for (const sub of scenario.subscribers) summary.emails[sub.email] = sent.filter((e) => e.to === sub.email).length;
    if (opts.out) await writeOut(opts.out, system.store, product.links, sent);
    return summary;
  } finally {
    await product.stop();
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

/** The feeds of confirmed changes and every alert as sent, as a user would see them. */
async function writeOut(dir: string, store: Store, links: SiteLinks, sent: (RawEmail & { eventId: string; subscriberId: string })[]): Promise<void> {
  mkdirSync(join(dir, 'emails'), { recursive: true });
  const confirmed = (await store.scanType('event')).filter((e) => e.status === 'confirmed');
  const views = (await Promise.all(confirmed.map((e) => loadEventView(store, String(e.id))))).filter((v): v is EventView => !!v);
  writeFileSync(join(dir, 'feed.json'), `${JSON.stringify(renderJsonFeed(views, links), null, 2)}\n`);
  writeFileSync(join(dir, 'feed.atom'), renderAtom(views, links));
  sent.forEach((e, i) => writeFileSync(join(dir, 'emails', `${String(i + 1).padStart(3, '0')}-${e.eventId}-${e.to.replace(/[^\w.@-]/g, '_')}.eml`), e.raw));
}
