/**
 * The `pw` command line. Each command is a small function; `main` parses arguments and turns
 * errors into a message and an exit code instead of a stack trace.
 */
import { parseArgs } from 'node:util';
import { countryName, detect, LEVEL_NAMES, readPage, scoreCases, STATUSES, type Detection, type ReadPage, type Report, type ScoredCase } from '@pw/core';
import { caseInput, loadCorpus, loadInput } from './inputs';
import { replay, type ReplaySummary } from './replay';
import { scenarioCommand } from './scenario-generate';
import { defaultDataDir, start } from './start';
import { startSystem } from './system';
import { backfillCommand } from './backfill-command';
import { listDlq, localQueues, redriveDlq, type QueuePair } from './dlq';
import { SQSClient } from '@aws-sdk/client-sqs';
import { baselineRegistry } from '@pw/core';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const USAGE = `pw — Partnership Watch command line

Usage:
  pw start [--fresh] [--data DIR] [--port N] [--period-minutes N]  run the whole system locally (stack, workers, API, review page)
  pw detect <file|url|case-dir>... [--json]   read pages and report the partnerships they announce, recap or signal
  pw eval <corpus-dir>... [--json]            score the detector on labelled corpora (precision, recall, F1, misses)
  pw registry import [--file F] [--as-of DATE] [--data DIR]  load the baseline registry into the local table
  pw dlq list [--data DIR | --queue-url U --dlq-url U] [--max N]   failed articles waiting in the dead-letter queue
  pw dlq redrive [--data DIR | --queue-url U --dlq-url U]         send them back to the articles queue
  pw backfill [--data DIR] [--limit N]       re-read stored articles an older detector version read (stop pw start first)
  pw replay <scenario-dir> [--json] [--out DIR] [--verbose]  run the whole pipeline on a scenario's fixture feeds and summarise
  pw scenario generate --sources N --items M [--partnership-rate 0.01] [--rounds 1] [--changed-share 0.2] [--out DIR] [--seed S]  write a synthetic load-test scenario
  pw help                                     this text

Examples:
  pw detect ../shared/corpus/dev/vi-d01
  pw detect https://example.org/article.html --json
  pw eval ../shared/corpus/dev tests/corpus
`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'detect':
        return await detectCommand(rest);
      case 'eval':
        return evalCommand(rest);
      case 'start':
        return await startCommand(rest);
      case 'registry':
        return await registryCommand(rest);
      case 'dlq':
        return await dlqCommand(rest);
      case 'replay':
        return await replayCommand(rest);
      case 'backfill':
        return await backfillCommand(rest);
      case 'scenario':
        return scenarioCommand(rest);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(USAGE);
        return command === undefined ? 2 : 0;
      default:
        process.stderr.write(`pw: unknown command '${command}'\n\n${USAGE}`);
        return 2;
    }
  } catch (err) {
    process.stderr.write(`pw ${command}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

async function detectCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  if (!positionals.length) throw new Error('name at least one file, URL or case folder');
  let failures = 0;
  for (const arg of positionals) {
    try {
      const { name, input } = await loadInput(arg);
      const page = readPage(input);
      const detections = detect(page);
      process.stdout.write(values.json ? `${JSON.stringify(detectJson(name, page, detections))}\n` : detectTable(name, page, detections));
    } catch (err) {
      failures++;
      const reason = err instanceof Error ? err.message : String(err);
      if (values.json) process.stdout.write(`${JSON.stringify({ input: arg, error: reason })}\n`);
      else process.stderr.write(`${arg}: ${reason}\n`);
    }
  }
  return failures ? 1 : 0;
}

export function detectJson(input: string, page: ReadPage, detections: Detection[]) {
  return {
    input,
    lang: page.lang,
    title: page.title,
    published: page.published ?? null,
    detections: detections.map((d) => ({
      partner: d.partner,
      level: d.level,
      variant: d.variant ?? null,
      status: d.status,
      confidence: d.confidence,
      date: d.date ?? null,
      evidence: d.evidence,
    })),
  };
}

function detectTable(input: string, page: ReadPage, detections: Detection[]): string {
  const lines = [`${input}`, `  ${page.title || '(no title)'}`, `  lang ${page.lang} · published ${page.published ?? 'unknown'} · ${page.text.length} chars of main text`];
  if (!detections.length) lines.push('  no partnership announced, recapped or signalled');
  for (const d of detections) {
    const who = `${countryName(d.partner)} (${d.partner})`;
    const tier = d.level ? `${LEVEL_NAMES[d.level]}${d.variant ? ` — ${d.variant}` : ''}` : 'an upgrade, tier not named';
    lines.push(`  ${d.status.padEnd(9)} ${who.padEnd(24)} ${(d.level ?? '—').padEnd(3)} ${d.confidence.toFixed(2)}  ${(d.date ?? '').padEnd(10)}  ${tier}`);
    lines.push(`            “${clip(d.evidence.sentence, 160)}”`);
  }
  return `${lines.join('\n')}\n\n`;
}

function evalCommand(args: string[]): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  if (!positionals.length) throw new Error('name at least one corpus folder');
  const scored: ScoredCase[] = [];
  const errors: { case: string; error: string }[] = [];
  for (const root of positionals) {
    for (const c of loadCorpus(root)) {
      let detections: Detection[] = [];
      try {
        detections = detect(readPage(caseInput(c.dir)));
      } catch (err) {
        errors.push({ case: c.id, error: err instanceof Error ? err.message : String(err) });
      }
      scored.push({ id: c.id, lang: c.meta.lang ?? 'other', expected: c.expected, detections });
    }
  }
  const report = scoreCases(scored);
  process.stdout.write(values.json ? `${JSON.stringify({ ...report, errors })}\n` : evalTable(report, errors));
  return errors.length ? 1 : 0;
}

function evalTable(report: Report, errors: { case: string; error: string }[]): string {
  const pct = (x: number) => x.toFixed(3);
  const row = (label: string, c: Report['byStatus']['announced']) =>
    `  ${label.padEnd(10)} ${pct(c.precision).padStart(9)} ${pct(c.recall).padStart(7)} ${pct(c.f1).padStart(6)}   tp ${c.tp} fp ${c.fp} fn ${c.fn}`;
  const out = [`${report.cases} cases`, '', `  ${'status'.padEnd(10)} precision  recall     f1`];
  for (const s of STATUSES) out.push(row(s, report.byStatus[s]));
  out.push('', '  by language:');
  for (const [lang, counts] of Object.entries(report.byLanguage).sort()) {
    out.push(`  ${lang}: ${STATUSES.map((s) => `${s} P ${pct(counts[s].precision)} R ${pct(counts[s].recall)}`).join(' · ')}`);
  }
  out.push('', report.misses.length ? `  misses (${report.misses.length}):` : '  no misses');
  for (const m of report.misses) {
    out.push(`    ${m.case.padEnd(14)} ${m.kind.padEnd(8)} ${m.status.padEnd(9)} ${m.partner} ${m.level ?? '(any)'}${m.instead ? `   (reported: ${m.instead})` : ''}`);
  }
  for (const e of errors) out.push(`    ${e.case.padEnd(14)} error    ${e.error}`);
  return `${out.join('\n')}\n`;
}

function clip(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

async function replayCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false }, out: { type: 'string' }, verbose: { type: 'boolean', default: false } } });
  const [dir] = positionals;
  if (!dir || positionals.length > 1) throw new Error('name one scenario folder');
  const started = Date.now();
  // Progress goes to stderr; the emulators' own start-up lines only with --verbose.
  const progress = (m: string) => {
    if (values.verbose || (!values.json && !m.startsWith('[') && !m.startsWith('local stack') && !m.startsWith('sqs consumer'))) process.stderr.write(`  ${m}\n`);
  };
  const summary = await replay(dir, { progress, ...(values.out ? { out: values.out } : {}) });
  if (values.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
  else process.stdout.write(replayTable(summary, Date.now() - started));
  return 0;
}

function replayTable(s: ReplaySummary, ms: number): string {
  const out = [`replayed in ${(ms / 1000).toFixed(1)} s: ${s.articles} articles read, ${s.detections} detections`, ''];
  out.push('  events:');
  for (const e of s.events.filter((x) => x.status !== 'noted')) out.push(`    ${e.status.padEnd(10)} ${countryName(e.partner)} (${e.partner}) ${e.level}  ${e.sources} source${e.sources === 1 ? '' : 's'}`);
  const noted = s.events.filter((x) => x.status === 'noted');
  if (noted.length) out.push(`    noted      ${noted.map((e) => `${e.partner} ${e.level}`).join(', ')}  (at or below the registry's tier: no change)`);
  out.push('', `  registry changes: ${s.changes.length ? s.changes.map((c) => `${c.partner} ${c.from ?? 'none'} → ${c.level}`).join(', ') : 'none'}`);
  out.push(`  waiting for review: ${s.flagged.length ? s.flagged.map((f) => `${f.partner} ${f.level}`).join(', ') : 'none'}`);
  const emails = Object.entries(s.emails);
  if (emails.length) out.push(`  alert emails: ${emails.map(([who, n]) => `${who} ${n}`).join(', ')}`);
  if (s.failed.length) out.push('', '  failed articles:', ...s.failed.map((f) => `    ${f.url}: ${f.error}`));
  return `${out.join('\n')}\n`;
}

async function startCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { fresh: { type: 'boolean', default: false }, data: { type: 'string' }, port: { type: 'string' }, 'period-minutes': { type: 'string' } } });
  const period = values['period-minutes'] ? Number(values['period-minutes']) : undefined;
  if (period !== undefined && !(period > 0)) throw new Error('--period-minutes must be a positive number');
  const port = values.port ? Number(values.port) : undefined;
  if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) throw new Error('--port must be a port number (1-65535)');
  const system = await start({ fresh: values.fresh, dataDir: values.data ?? defaultDataDir(), ...(period ? { periodMs: period * 60_000 } : {}), ...(port ? { port } : {}) });
  await new Promise<void>((done) => {
    const onSignal = () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      void system.stop().then(done);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
  return 0;
}

async function registryCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'import') throw new Error(`unknown registry command '${sub ?? ''}' (try: pw registry import)`);
  const { values } = parseArgs({ args: rest, options: { file: { type: 'string' }, 'as-of': { type: 'string' }, data: { type: 'string' } } });
  const file = values.file ?? resolve(import.meta.dirname, '../../../data/vn-partnerships.json');
  const asOf = values['as-of'];
  if (asOf && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(asOf)) throw new Error('--as-of must be YYYY, YYYY-MM or YYYY-MM-DD');
  const registry = baselineRegistry(JSON.parse(readFileSync(file, 'utf8')), asOf);
  const dataDir = values.data ?? defaultDataDir();
  const system = await startSystem({ dataDir: join(dataDir, 'dynamodb') });
  try {
    const n = await system.store.importRegistry(registry);
    process.stdout.write(`imported ${n} partners${asOf ? ` as of ${asOf}` : ''} from ${file} into ${dataDir}\n`);
  } finally {
    await system.stop();
  }
  return 0;
}

async function dlqCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'list' && sub !== 'redrive') throw new Error(`unknown dlq command '${sub ?? ''}' (try: pw dlq list, pw dlq redrive)`);
  const { values } = parseArgs({ args: rest, options: { data: { type: 'string' }, 'queue-url': { type: 'string' }, 'dlq-url': { type: 'string' }, max: { type: 'string' } } });
  let q: QueuePair;
  if (values['queue-url'] || values['dlq-url']) {
    if (!values['queue-url'] || !values['dlq-url']) throw new Error('name both --queue-url and --dlq-url (the deploy prints them as articlesQueue and articlesDlq)');
    // Default AWS credentials; requests go to the queue URL's host (said explicitly, or the SDK
    // warns when it differs from the region's), and the region is the URL's
    // (sqs.<region>.amazonaws.com) unless AWS_REGION says otherwise.
    const queueUrl = values['queue-url'];
    const region = process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? /^https:\/\/sqs\.([a-z0-9-]+)\.amazonaws\.com\//.exec(queueUrl)?.[1];
    let endpoint: string;
    try {
      endpoint = new URL(queueUrl).origin;
    } catch {
      throw new Error(`--queue-url ${JSON.stringify(queueUrl)} is not a URL (the deploy prints it as articlesQueue)`);
    }
    q = { sqs: new SQSClient({ endpoint, ...(region ? { region } : {}) }), queueUrl, dlqUrl: values['dlq-url'] };
  } else q = localQueues(values.data ?? defaultDataDir());
  const max = values.max ? Number(values.max) : undefined;
  if (max !== undefined && !(Number.isInteger(max) && max > 0)) throw new Error('--max must be a positive whole number');
  try {
    if (sub === 'list') {
      const entries = await listDlq(q, max ?? 100);
      if (!entries.length) process.stdout.write('the dead-letter queue is empty\n');
      for (const e of entries) process.stdout.write(`${e.messageId}  received ${e.receiveCount}×  ${e.sourceId ?? '?'}  ${e.url ?? '(no url)'}\n`);
      if (entries.length) process.stdout.write(`${entries.length} message${entries.length === 1 ? '' : 's'}; the reason of each failure is on its article (state failed, error) and in the logs\n`);
    } else {
      const moved = await redriveDlq(q, max ?? 10_000);
      process.stdout.write(`sent ${moved} message${moved === 1 ? '' : 's'} back to the articles queue\n`);
    }
  } finally {
    q.sqs.destroy();
  }
  return 0;
}
