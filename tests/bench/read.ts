/**
 * Benchmark: read + detect over every corpus page, ours (cheerio/htmlparser2 reader) against a
 * baseline (@mozilla/readability on jsdom extracting the same pages, then the same detector).
 *
 * Each side runs in its own child process, one after the other (one core each, so peak RSS from
 * process.resourceUsage().maxRSS is that side's own), warms up, then loops over the corpus for a
 * fixed time (BENCH_SECONDS, default 3) or a fixed number of passes (BENCH_PASSES).
 *
 *   npm run bench                     (tests/bench/run.ts runs this file's runReadBench())
 *   node --import tsx tests/bench/read.ts            (same, standalone)
 *   node --import tsx tests/bench/read.ts --side ours (one side; prints a JSON line)
 *
 * Targets: ours ≥ 5× the baseline's pages/s, and our peak RSS < 200 MB.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPage } from '../../packages/core/src/read/index';
import type { Detection, FeedItemHint, Lang, PageInput, ReadPage } from '../../packages/core/src/types';

const SELF = fileURLToPath(import.meta.url);
const CORPUS = process.env['CORPUS_DIR'] ?? fileURLToPath(new URL('../../../shared/corpus/dev/', import.meta.url));
const TARGET_RATIO = 5;
const TARGET_RSS_MB = 200;

type Side = 'ours' | 'baseline';

interface Sample {
  id: string;
  /** Raw page bytes (page.html) or undefined for a plain-text page. */
  bytes?: Uint8Array;
  text?: string;
  size: number;
  url: string;
  lang?: string;
  charset?: string;
  feedItem?: FeedItemHint;
}

export interface SideResult {
  side: Side;
  pages: number;
  bytes: number;
  seconds: number;
  /** Passes over the corpus measured. */
  passes: number;
  /** From the median pass. */
  pagesPerSec: number;
  mbPerSec: number;
  peakRssMb: number;
  detections: number;
  /** Set when the detector could not be loaded and only reading was measured. */
  detectorError?: string;
}

type Detect = (page: ReadPage) => Detection[];

/**
 * The detector (`detect(page: ReadPage): Detection[]`), loaded in the child. If it cannot be
 * loaded (e.g. mid-edit), the benchmark says so loudly and measures reading alone.
 */
async function loadDetector(): Promise<{ detect: Detect; error?: string }> {
  try {
    const mod = (await import('../../packages/core/src/detect/index')) as { detect: Detect };
    return { detect: mod.detect };
  } catch (e) {
    return { detect: () => [], error: e instanceof Error ? e.message.split('\n')[0] : String(e) };
  }
}

function loadCorpus(): Sample[] {
  if (!existsSync(CORPUS)) throw new Error(`corpus not found at ${CORPUS} (set CORPUS_DIR)`);
  const out: Sample[] = [];
  for (const id of readdirSync(CORPUS).sort()) {
    const dir = `${CORPUS}/${id}`;
    if (!existsSync(`${dir}/meta.json`)) continue;
    const meta = JSON.parse(readFileSync(`${dir}/meta.json`, 'utf8')) as { url: string; lang?: string; charset?: string; feedItem?: FeedItemHint };
    const common = { id, url: meta.url, lang: meta.lang, charset: meta.charset, feedItem: meta.feedItem };
    if (existsSync(`${dir}/page.html`)) {
      const bytes = new Uint8Array(readFileSync(`${dir}/page.html`));
      out.push({ ...common, bytes, size: bytes.length });
    } else if (existsSync(`${dir}/page.txt`)) {
      const text = readFileSync(`${dir}/page.txt`, 'utf8');
      out.push({ ...common, text, size: Buffer.byteLength(text) });
    }
  }
  if (out.length === 0) throw new Error(`no pages in ${CORPUS}`);
  return out;
}

// ---------------------------------------------------------------------------------------------
// The two sides. Both return the ReadPage they hand to the detector.

function readOurs(s: Sample): ReadPage {
  const input: PageInput = s.bytes
    ? { bytes: s.bytes, url: s.url, feedItem: s.feedItem, langHint: s.lang, charsetHint: s.charset }
    : { text: s.text, url: s.url, feedItem: s.feedItem, langHint: s.lang };
  return readPage(input);
}

type BaselineReader = (s: Sample) => ReadPage;

/** Readability on jsdom, loaded only in the baseline child (so ours never pays for jsdom). */
async function makeBaseline(): Promise<BaselineReader> {
  const { JSDOM, VirtualConsole } = await import('jsdom');
  const { Readability } = await import('@mozilla/readability');
  const quiet = new VirtualConsole();
  return (s: Sample): ReadPage => {
    let title = '';
    let paragraphs: string[];
    if (s.bytes) {
      // jsdom sniffs the charset from the bytes like a browser does; scripts are not run.
      const dom = new JSDOM(Buffer.from(s.bytes.buffer, s.bytes.byteOffset, s.bytes.byteLength), {
        url: s.url,
        contentType: 'text/html',
        virtualConsole: quiet,
      });
      const article = new Readability(dom.window.document).parse();
      title = article?.title ?? '';
      paragraphs = (article?.textContent ?? '').split(/\n+/).map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
      dom.window.close();
    } else {
      // Plain text has nothing to extract: both sides just split lines.
      paragraphs = (s.text ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
      title = paragraphs[0] ?? '';
    }
    if (title && paragraphs[0] !== title) paragraphs.unshift(title);
    return {
      url: s.url,
      canonicalUrl: s.url,
      title,
      lang: (s.lang ?? 'other') as Lang,
      paragraphs,
      text: paragraphs.join('\n'),
      charset: 'utf-8',
      truncated: false,
    };
  };
}

// ---------------------------------------------------------------------------------------------
// Child: measure one side

async function measure(side: Side): Promise<SideResult> {
  const samples = loadCorpus();
  const read: (s: Sample) => ReadPage = side === 'ours' ? readOurs : await makeBaseline();
  const { detect, error: detectorError } = await loadDetector();
  const seconds = Number(process.env['BENCH_SECONDS'] ?? 3);
  const passes = process.env['BENCH_PASSES'] ? Number(process.env['BENCH_PASSES']) : undefined;
  let detections = 0;
  const pass = (): void => {
    for (const s of samples) detections += detect(read(s)).length;
  };

  // warm-up: at least two passes and ~0.5 s, so the JIT has settled
  const warmEnd = performance.now() + 500;
  let warm = 0;
  while (warm < 2 || performance.now() < warmEnd) {
    pass();
    warm++;
  }

  // Measure: whole passes over the corpus until the time (or pass count) is up. The rate comes
  // from the median pass, so a burst of load from another process does not skew one side.
  detections = 0;
  const durations: number[] = [];
  const t0 = performance.now();
  for (;;) {
    const p0 = performance.now();
    pass();
    durations.push(performance.now() - p0);
    if (passes !== undefined ? durations.length >= passes : performance.now() - t0 >= seconds * 1000) break;
  }
  const elapsed = (performance.now() - t0) / 1000;
  const median = [...durations].sort((a, b) => a - b)[Math.floor(durations.length / 2)] as number;
  const corpusBytes = samples.reduce((n, s) => n + s.size, 0);
  return {
    side,
    pages: durations.length * samples.length,
    bytes: durations.length * corpusBytes,
    seconds: elapsed,
    passes: durations.length,
    pagesPerSec: samples.length / (median / 1000),
    mbPerSec: corpusBytes / 1e6 / (median / 1000),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    detections: detections / durations.length,
    detectorError,
  };
}

// ---------------------------------------------------------------------------------------------
// Parent: run both sides, print the table and the verdict

function runSide(side: Side): SideResult {
  const child = spawnSync(process.execPath, ['--import', 'tsx', SELF, '--side', side], {
    encoding: 'utf8',
    env: { ...process.env, UV_THREADPOOL_SIZE: '1' },
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) {
    throw new Error(`${side} benchmark failed (exit ${child.status}):\n${child.stderr || child.stdout}`);
  }
  const line = child.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(line) as SideResult;
}

const fmt = (n: number, digits = 0): string => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Run both sides and print the result. Returns true when the targets are met. */
export function runReadBench(): boolean {
  const samples = loadCorpus();
  const total = samples.reduce((n, s) => n + s.size, 0);
  console.log(
    `read + detect: ${samples.length} corpus pages (${fmt(total / 1024, 1)} KB); each side in its own process, one after the other; ` +
      `rates from the median pass over the corpus after warm-up`,
  );
  const ours = runSide('ours');
  const base = runSide('baseline');
  const rows: string[][] = [
    ['side', 'pages/s', 'MB/s', 'peak RSS', 'passes', 'detections/pass'],
    ...[ours, base].map(
      (r) =>
        [
          r.side === 'ours' ? 'ours (cheerio/htmlparser2)' : 'baseline (readability+jsdom)',
          fmt(r.pagesPerSec),
          fmt(r.mbPerSec, 2),
          `${fmt(r.peakRssMb)} MB`,
          `${r.passes} in ${fmt(r.seconds, 1)} s`,
          fmt(r.detections),
        ] as string[],
    ),
  ];
  const widths = (rows[0] as string[]).map((_, i) => Math.max(...rows.map((r) => r[i]?.length ?? 0)));
  for (const r of rows) console.log('  ' + r.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join('   '));
  if (ours.detectorError) console.log(`WARNING: the detector did not load (${ours.detectorError}): read only was measured`);
  const ratio = ours.pagesPerSec / base.pagesPerSec;
  console.log(`ours / baseline pages/s: ${fmt(ratio, 1)}×`);
  const okRatio = ratio >= TARGET_RATIO;
  const okRss = ours.peakRssMb < TARGET_RSS_MB;
  const pass = okRatio && okRss;
  console.log(
    `${pass ? 'PASS' : 'FAIL'}: speed ${fmt(ratio, 1)}× (target ≥ ${TARGET_RATIO}×) ${okRatio ? 'ok' : 'MISSED'}; ` +
      `peak RSS ${fmt(ours.peakRssMb)} MB (target < ${TARGET_RSS_MB} MB) ${okRss ? 'ok' : 'MISSED'}`,
  );
  return pass;
}

// Entry point: a child measuring one side, or standalone.
const sideArg = process.argv.indexOf('--side');
if (sideArg !== -1) {
  const side = process.argv[sideArg + 1] as Side;
  if (side !== 'ours' && side !== 'baseline') throw new Error(`unknown side ${side}`);
  measure(side).then(
    (r) => console.log(JSON.stringify(r)),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
} else if (process.argv[1] && resolve(process.argv[1]) === SELF) {
  if (!runReadBench()) process.exitCode = 1;
}
