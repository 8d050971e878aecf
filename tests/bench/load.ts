/**
 * Load benchmark: a generated scenario of 200 sources × 50 items (10,000 articles, 1% about a
 * partnership) replayed end to end on the embedded stack, then two steady-state poll rounds (a
 * fifth of the feeds with one new item, the rest unchanged). Prints wall time, articles/s and the
 * process's peak RSS, and the per-handler durations docs/COST.md prices: a steady-state poll round
 * over the 200 sources and the extract time per article (from the replay's progress timestamps).
 * LOAD_ITEMS overrides the items per source (e.g. 10 for a quicker run).
 */
import { rmSync } from 'node:fs';
import { ARTICLES_QUEUE } from '@pw/aws';
import { replay } from '../../packages/local/src/replay';
import { generateScenario } from '../../packages/local/src/scenario-generate';
import { costTable, monthlyCost, observabilityCost, usd } from './cost-model';

const SOURCES = 200;
const ITEMS = Number(process.env.LOAD_ITEMS ?? 50);
const RSS_LIMIT_BYTES = 1.5 * 1024 ** 3;

export async function runLoadBench(): Promise<boolean> {
  const t0 = performance.now();
  // Round 1 reads every item; rounds 2 and 3 are steady-state polls (a fifth of the feeds with one new item).
  const g = generateScenario({ sources: SOURCES, items: ITEMS, partnershipRate: 0.01, seed: 1, rounds: 3, changedShare: 0.2 });
  const genMs = performance.now() - t0;
  const firstRound = SOURCES * ITEMS;
  console.log(`generated ${g.sources} sources × ${ITEMS} items = ${firstRound} articles (${g.partnershipArticles} about a partnership), then 2 steady-state rounds (${g.articles - firstRound} new articles), in ${(genMs / 1000).toFixed(1)} s${ITEMS !== 50 ? ' (scaled down from the 200 × 50 target)' : ''}`);
  // The replay reports progress after the registry import, and after each step's poll and drain.
  const marks = new Map<string, number>();
  const progress = (m: string) => {
    const now = performance.now();
    if (m.startsWith('registry:')) marks.set('ready', now);
    const step = /^step (\d+): (polled|queue and stream drained)/.exec(m);
    if (step) marks.set(`${step[2] === 'polled' ? 'polled' : 'drained'} ${step[1]}`, now);
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
  const mark = (name: string, fallback: number) => marks.get(name) ?? fallback;
  const ready = mark('ready', t);
  const drained1 = mark('drained 01', ready);
  // Extract runs while the poll round is still queueing, so count from the poll's start.
  const extractMsPerArticle = (drained1 - ready) / Math.max(1, firstRound);
  const coldPollMs = mark('polled 01', ready) - ready;
  const steadyPollMs = [mark('polled 02', drained1) - drained1, mark('polled 03', mark('drained 02', drained1)) - mark('drained 02', drained1)];
  const steadyMs = Math.max(...steadyPollMs);
  console.log(`replay: ${summary.articles} of ${g.articles} articles read in ${s.toFixed(1)} s wall (stack start included), ${summary.failed.length} failed`);
  console.log(`  round 1: ${firstRound} articles polled, read and stored in ${((drained1 - ready) / 1000).toFixed(1)} s = ${((firstRound * 1000) / (drained1 - ready)).toFixed(1)} articles/s; ${summary.detections} detections, ${summary.events.length} events, ${summary.changes.length} changes`);
  console.log(`  peak RSS ${(peak / 1024 ** 2).toFixed(0)} MB (limit ${(RSS_LIMIT_BYTES / 1024 ** 2).toFixed(0)} MB)`);
  console.log(`cost-model inputs: extract ${extractMsPerArticle.toFixed(1)} ms per article (round 1: poll start to queue drained / articles, one consumer, batches of ${ARTICLES_QUEUE.batchSize});`);
  console.log(`  poll: cold round ${coldPollMs.toFixed(0)} ms (every item new), steady-state rounds ${steadyPollMs.map((x) => x.toFixed(0)).join(' and ')} ms for ${SOURCES} sources = ${(steadyMs / SOURCES).toFixed(2)} ms per source`);
  const ok = summary.articles === g.articles && peak < RSS_LIMIT_BYTES;
  console.log(`${ok ? 'PASS' : 'FAIL'}: completes, ${summary.articles}/${g.articles} articles read, peak RSS ${(peak / 1024 ** 2).toFixed(0)} MB < 1536 MB`);

  // The monthly bill from these measurements (docs/COST.md), and the target at 100 sources.
  const measured = { pollMsPerSource: steadyMs / SOURCES, extractMsPerArticle };
  console.log(`\nmonthly AWS cost from these measurements (tests/bench/cost-model.ts, free tiers left out):\n${costTable([30, 100, 300, 3000], measured)}`);
  const at100 = monthlyCost(100, measured).pipeline;
  const obs = (['all', 'essential', 'off'] as const).map((level) => `${level} ${usd(observabilityCost(level))}`).join(', ');
  console.log(`  CloudWatch metrics and alarms beside it, by PW_METRICS level: ${obs} (within CloudWatch's always-free 10 metrics and 10 alarms: $0)`);
  const cheap = at100 < 1;
  console.log(`${cheap ? 'PASS' : 'FAIL'}: the pipeline at 100 sources costs ${usd(at100)} a month (target < $1)`);
  return ok && cheap;
}
