/**
 * Pipeline benchmarks on the embedded stack:
 * - one poll round over 200 feeds served locally with 100 ms latency each, bounded-concurrent
 *   beside the same round run sequentially (target: ≤ 3 s and under 1/5 of sequential);
 * - end-to-end replay throughput: articles/s through poll → queue → extract → store.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync, copyFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fetchResource, pollSources, POLL_CONCURRENCY, type Source } from '@pw/core';
import { SqsArticleQueue } from '@pw/aws';
import { replay } from '../../packages/local/src/replay';
import { startSystem } from '../../packages/local/src/system';

const FEEDS = 200;
const LATENCY_MS = 100;

function rss(i: number, round: string, origin: string): string {
  const items = Array.from({ length: 3 }, (_, k) => `<item><title>Item ${i}-${k}</title><link>${origin}/a/${round}/${i}/${k}.html</link><pubDate>Mon, 05 Dec 2022 06:10:00 GMT</pubDate></item>`).join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed ${i}</title><link>${origin}/</link>${items}</channel></rss>`;
}

async function pollBench(): Promise<boolean> {
  let origin = '';
  const server = createServer((req, res) => {
    const m = req.url?.match(/\/feed\/(\d+)\?(\w+)/);
    setTimeout(() => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(Number(m?.[1] ?? 0), m?.[2] ?? 'x', origin)), LATENCY_MS);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const sources = (prefix: string): Source[] =>
    Array.from({ length: FEEDS }, (_, i) => ({ id: `${prefix}-${i}`, name: `Feed ${i}`, lang: 'en', trust: 'press', feed: `${origin}/feed/${i}?${prefix}`, homepage: origin }));
  const system = await startSystem({ allowPrivateFetch: true, fastQueue: true });
  try {
    // Nothing reads the queue here: this measures the poll round alone.
    await system.consumer.stop();
    const deps = { store: system.store, queue: new SqsArticleQueue(system.sqs, system.resources.queueUrl), fetch: fetchResource };
    const run = async (prefix: string, concurrency: number) => {
      const t = performance.now();
      const report = await pollSources(sources(prefix), deps, { allowPrivate: true, concurrency });
      const ms = performance.now() - t;
      if (report.failed) throw new Error(`${report.failed} feeds failed in the ${prefix} round`);
      return { ms, queued: report.queued };
    };
    await run('warm', POLL_CONCURRENCY);
    const bounded = await run('bounded', POLL_CONCURRENCY);
    const sequential = await run('sequential', 1);
    const ratio = bounded.ms / sequential.ms;
    console.log(`poll round over ${FEEDS} feeds with ${LATENCY_MS} ms latency each (${bounded.queued} new articles queued)`);
    console.log(`  ours (${POLL_CONCURRENCY} at a time)   ${(bounded.ms / 1000).toFixed(2)} s`);
    console.log(`  baseline (sequential) ${(sequential.ms / 1000).toFixed(2)} s`);
    console.log(`  ours / sequential: ${ratio.toFixed(3)} (${(1 / ratio).toFixed(1)}× faster)`);
    const ok = bounded.ms <= 3000 && ratio < 0.2;
    console.log(`${ok ? 'PASS' : 'FAIL'}: ${(bounded.ms / 1000).toFixed(2)} s (target ≤ 3 s), ${ratio.toFixed(3)} of sequential (target < 0.2)`);
    return ok;
  } finally {
    await system.stop();
    await new Promise<void>((ok) => server.close(() => ok()));
  }
}

/** A scenario of every shared-corpus HTML page, one feed per language, in one step. */
function buildCorpusScenario(): { dir: string; articles: number } | undefined {
  const corpus = resolve(import.meta.dirname, '../../../shared/corpus/dev');
  if (!existsSync(corpus)) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'pw-bench-scenario-'));
  const site = join(dir, 'steps/01/site');
  mkdirSync(join(site, 'feeds'), { recursive: true });
  mkdirSync(join(site, 'articles'), { recursive: true });
  const byLang = new Map<string, string[]>();
  for (const id of readdirSync(corpus)) {
    const page = join(corpus, id, 'page.html');
    if (!existsSync(page)) continue;
    const meta = JSON.parse(readFileSync(join(corpus, id, 'meta.json'), 'utf8'));
    copyFileSync(page, join(site, 'articles', `${id}.html`));
    const item = `<item><title>${id}</title><link>http://{{origin}}/articles/${id}.html</link>${meta.published ? `<pubDate>${new Date(meta.published).toUTCString()}</pubDate>` : ''}</item>`;
    byLang.set(meta.lang, [...(byLang.get(meta.lang) ?? []), item]);
  }
  const sources = [...byLang.keys()].map((lang) => ({ id: `bench-${lang}`, lang, trust: 'press', feed: `feeds/${lang}.xml` }));
  for (const [lang, items] of byLang) writeFileSync(join(site, 'feeds', `${lang}.xml`), `<?xml version="1.0"?><rss version="2.0"><channel><title>${lang}</title>${items.join('')}</channel></rss>`);
  writeFileSync(join(dir, 'scenario.json'), JSON.stringify({ sources, steps: ['01'] }));
  return { dir, articles: [...byLang.values()].flat().length };
}

async function replayBench(): Promise<boolean> {
  const scenario = buildCorpusScenario();
  if (!scenario) {
    console.log('replay throughput: skipped (../shared/corpus/dev not found)');
    return true;
  }
  const t = performance.now();
  const summary = await replay(scenario.dir);
  const s = (performance.now() - t) / 1000;
  console.log(`replay: ${summary.articles} of ${scenario.articles} articles through poll → queue → extract → store in ${s.toFixed(2)} s (stack start included)`);
  console.log(`  ${(summary.articles / s).toFixed(1)} articles/s end to end; ${summary.detections} detections, ${summary.events.length} events`);
  return summary.articles === scenario.articles;
}

export async function runPipelineBench(): Promise<boolean> {
  const poll = await pollBench();
  const throughput = await replayBench();
  return poll && throughput;
}
