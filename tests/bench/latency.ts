/**
 * Alert latency on the embedded stack: from the start of the poll that first sees an article
 * to its alert accepted by the SES emulator, p50 and p95 over the announcement pages of the
 * shared dev corpus, polled in one burst (target: p95 ≤ 2 s). The articles come from official sources on a registry as it
 * stood in 2012, so each confirmed change alerts at once.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { subscriberId } from '@pw/aws';
import { baselineRegistry, parseSources } from '@pw/core';
import { startFixtureServer } from '../../packages/local/src/fixture-server';
import { startProduct } from '../../packages/local/src/product';

/**
 * A fixed workload, so that runs compare: the announcement pages of the shared dev corpus.
 * (The held-out corpus grows; adding its pages would change the burst, not the system.)
 */
const CORPORA = [resolve(import.meta.dirname, '../../../shared/corpus/dev')];

function announcementSite(): { site: string; feeds: string[] } {
  const site = mkdtempSync(join(tmpdir(), 'pw-latency-'));
  mkdirSync(join(site, 'feeds'));
  mkdirSync(join(site, 'articles'));
  const feeds: string[] = [];
  for (const corpus of CORPORA.filter(existsSync)) {
    for (const id of readdirSync(corpus)) {
      const dir = join(corpus, id);
      if (!existsSync(join(dir, 'page.html')) || !existsSync(join(dir, 'expected.json'))) continue;
      if (!(JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')).announced ?? []).length) continue;
      const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8'));
      copyFileSync(join(dir, 'page.html'), join(site, 'articles', `${id}.html`));
      const pub = meta.published ? `<pubDate>${new Date(meta.published).toUTCString()}</pubDate>` : '';
      writeFileSync(join(site, 'feeds', `${id}.xml`), `<?xml version="1.0"?><rss version="2.0"><channel><title>${id}</title><item><title>${id}</title><link>http://{{origin}}/articles/${id}.html</link>${pub}</item></channel></rss>`);
      feeds.push(id);
    }
  }
  return { site, feeds };
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;

export async function runLatencyBench(): Promise<boolean> {
  const { site, feeds } = announcementSite();
  const server = await startFixtureServer(site);
  const sentAt = new Map<string, number>();
  const product = await startProduct({ allowPrivateFetch: true, fastQueue: true, onSent: (e) => sentAt.has(e.eventId) || sentAt.set(e.eventId, performance.now()), logger: { info() {}, warn() {}, error() {} } });
  try {
    const registry = baselineRegistry(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/vn-partnerships.json'), 'utf8')), '2012');
    await product.system.store.importRegistry(registry);
    const now = new Date();
    const id = subscriberId('latency@example.org');
    await product.subscribers.request(id, 'latency@example.org', { partners: [], levels: [], signals: false }, now);
    await product.subscribers.confirm(id, Math.floor(now.getTime() / 1000), now);
    const sources = parseSources(feeds.map((f) => ({ id: f, name: f, lang: 'en', trust: 'official', feed: `${server.origin}/feeds/${f}.xml`, homepage: server.origin })));

    const t0 = performance.now();
    await product.system.poll(sources);
    await product.system.drain(120_000);
    for (const reader of product.system.streams) await reader.drain({ timeoutMs: 60_000 });
    const latencies = [...sentAt.values()].map((t) => (t - t0) / 1000);
    if (!latencies.length) throw new Error('no alert was sent');
    const p50 = percentile(latencies, 50);
    const p95 = percentile(latencies, 95);
    console.log(`alert latency: ${feeds.length} announcement pages polled at once, ${latencies.length} changes alerted`);
    console.log(`  from the poll's start to the alert accepted by SES: p50 ${p50.toFixed(2)} s, p95 ${p95.toFixed(2)} s, max ${Math.max(...latencies).toFixed(2)} s`);
    console.log(`  baseline (the next poll of a 5-minute schedule): 300 s; p95 is ${(p95 / 300).toFixed(4)} of it`);
    const ok = p95 <= 2;
    console.log(`${ok ? 'PASS' : 'FAIL'}: p95 ${p95.toFixed(2)} s (target ≤ 2 s)`);
    return ok;
  } finally {
    await product.stop();
    await server.close();
  }
}
