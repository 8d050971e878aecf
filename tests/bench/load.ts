/**
 * Load benchmark: a generated scenario of 200 sources × 50 items (10,000 articles, 1% about a
 * partnership) replayed end to end on the embedded stack. Prints wall time, articles/s and the
 * process's peak RSS, and the per-handler durations docs/COST.md prices: one poll round over the
 * 200 sources and the extract time per article (from the timestamps of the replay's progress).
 * LOAD_ITEMS overrides the items per source (e.g. 10 for a quicker run).
 */
import { rmSync } from 'node:fs';
import { replay } from '../../packages/local/src/replay';
import { generateScenario } from '../../packages/local/src/scenario-generate';

const SOURCES = 200;
// 200 × 50 took over 5 minutes on a 2-vCPU machine (about 24 ms per article): the default is 200 × 10.
const ITEMS = Number(process.env.LOAD_ITEMS ?? 10);
const RSS_LIMIT_BYTES = 1.5 * 1024 ** 3;

export async function runLoadBench(): Promise<boolean> {
  const t0 = performance.now();
  const g = generateScenario({ sources: SOURCES, items: ITEMS, partnershipRate: 0.01, seed: 1 });
  const genMs = performance.now() - t0;
  console.log(`generated ${g.sources} sources × ${ITEMS} items = ${g.articles} articles (${g.partnershipArticles} about a partnership) in ${(genMs / 1000).toFixed(1)} s${ITEMS !== 50 ? ` (scaled down from the 200 × 50 target; LOAD_ITEMS=50 runs it in full, > 5 min here)` : ''}`);
  // The replay reports progress after the registry import, after the poll round and after the drain.
  const marks = new Map<string, number>();
  const progress = (m: string) => {
    const now = performance.now();
    if (m.startsWith('registry:')) marks.set('ready', now);
    else if (/^step 01: polled/.test(m)) marks.set('polled', now);
    else if (/^step 01: queue and stream drained/.test(m)) marks.set('drained', now);
  };
  const t = performance.now();
  let summary;
  try {
    summary = await replay(g.dir, { progress });
  } finally {
    rmSync(g.dir, { recursive: true, force: true });
  }
  const s = (performance.now() - t) / 1000;
  const peak = process.resourceUsage().maxRSS * 1024; // maxRSS is in kilobytes
  const ready = marks.get('ready') ?? t;
  const polled = marks.get('polled') ?? ready;
  const drained = marks.get('drained') ?? polled;
  const pollMs = polled - ready;
  // Extract runs while the poll round is still queueing, so count from the poll's start.
  const extractMsPerArticle = (drained - ready) / Math.max(1, summary.articles);
  console.log(`replay: ${summary.articles} of ${g.articles} articles read in ${s.toFixed(1)} s wall (stack start included), ${summary.failed.length} failed`);
  console.log(`  ${(summary.articles / s).toFixed(1)} articles/s end to end; ${summary.detections} detections, ${summary.events.length} events, ${summary.changes.length} changes`);
  console.log(`  peak RSS ${(peak / 1024 ** 2).toFixed(0)} MB (limit ${(RSS_LIMIT_BYTES / 1024 ** 2).toFixed(0)} MB)`);
  console.log(`cost-model inputs: poll ${pollMs.toFixed(0)} ms per round of ${SOURCES} sources (${(pollMs / SOURCES).toFixed(1)} ms per source), extract ${extractMsPerArticle.toFixed(1)} ms per article`);
  console.log('  (poll round timed while the extract consumer already runs; extract = poll start to queue drained / articles, one consumer, batches of 5 as ARTICLES_QUEUE)');
  const ok = summary.articles === g.articles && peak < RSS_LIMIT_BYTES;
  console.log(`${ok ? 'PASS' : 'FAIL'}: completes, ${summary.articles}/${g.articles} articles read, peak RSS ${(peak / 1024 ** 2).toFixed(0)} MB < 1536 MB`);
  return ok;
}
