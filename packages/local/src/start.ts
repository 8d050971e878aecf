/**
 * `pw start`: the whole system on this machine. The embedded stack keeps its data in .pw/,
 * the scheduler runs the poll function every 5 minutes, the SQS consumer drives the extract
 * function, and progress is printed as it goes. Ctrl-C stops everything, leaving no process.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { baselineRegistry, countryName, type ChangeMessage, type PollReport } from '@pw/core';
import { FilePublisher, jsonLogger, makeChangesHandler, POLL_SCHEDULE } from '@pw/aws';
import { startScheduler } from './runtime/index';
import { startProduct } from './product';
import { removeRuntime, writeRuntime } from './dlq';

export interface StartOptions {
  fresh: boolean;
  dataDir: string;
  /** Poll period; default the cloud's (5 minutes). */
  periodMs?: number;
  /** Port of the API and review page; default 3000. */
  port?: number;
  out?: (line: string) => void;
}

const ROOT = resolve(import.meta.dirname, '../../..');
export const DEFAULT_PORT = 3000;

export async function start(opts: StartOptions): Promise<{ stop: () => Promise<void> }> {
  const out = opts.out ?? ((l: string) => process.stdout.write(`${l}\n`));
  mkdirSync(opts.dataDir, { recursive: true });
  const logFile = join(opts.dataDir, 'pw.log.jsonl');
  process.env.PW_LOG_FILE = logFile;
  out(`Partnership Watch — local stack (data in ${opts.dataDir}${opts.fresh ? ', starting fresh' : ''})`);
  // The very handlers that Lambda runs; they read their links from SST_RESOURCE_* set by startSystem.
  const { handler: extract } = await import('../../../functions/extract');
  // Confirmed changes: EventBridge on AWS; here a JSON-lines file, and a line on the console.
  const changesFile = join(opts.dataDir, 'changes.jsonl');
  const file = new FilePublisher(changesFile);
  const publisher = {
    async publish(m: ChangeMessage) {
      await file.publish(m);
      out(`[${time()}] CHANGE ${countryName(m.partner)} (${m.partner}): ${m.from ?? 'none'} → ${m.to} (${m.toName})${m.date ? `, ${m.date}` : ''} — ${m.reason}`);
    },
  };
  const sources = (JSON.parse(readFileSync(join(ROOT, 'data/sources.json'), 'utf8')) as { id: string; name: string }[]).map(({ id, name }) => ({ id, name }));
  const product = await startProduct({
    dataDir: join(opts.dataDir, 'dynamodb'),
    fresh: opts.fresh,
    extractHandler: extract,
    streamHandlers: [makeChangesHandler(() => publisher)],
    port: opts.port ?? DEFAULT_PORT,
    sources,
    ...(process.env.PW_REVIEW_TOKEN ? { reviewToken: process.env.PW_REVIEW_TOKEN } : {}),
    log: () => undefined,
    logger: jsonLogger,
  });
  const { system } = product;
  const { handler: poll } = await import('../../../functions/poll');

  const partners = await system.store.listPartners();
  if (!partners.length) {
    const registry = baselineRegistry(JSON.parse(readFileSync(join(ROOT, 'data/vn-partnerships.json'), 'utf8')));
    await system.store.importRegistry(registry);
    out(`  registry: imported the baseline (${registry.length} partners) from data/vn-partnerships.json`);
  } else out(`  registry: ${partners.length} partners`);

  const { stack } = system;
  writeRuntime(opts.dataDir, { sqsEndpoint: stack.endpoints.sqs, region: stack.clientConfig.sqs.region, credentials: stack.clientConfig.sqs.credentials, queueUrl: system.resources.queueUrl, dlqUrl: system.resources.dlqUrl });
  out(`  DynamoDB  ${stack.endpoints.dynamodb}   (table ${system.resources.tableName})`);
  out(`  SQS       ${system.resources.queueUrl}`);
  out(`  API       ${product.origin}/api/events   feeds ${product.origin}/feed.json  ${product.origin}/feed.atom`);
  out(`  review    ${product.origin}/review   (reviewer token: ${product.reviewToken})`);
  out(`  subscribe POST ${product.origin}/api/subscriptions {"email": "…"}; confirmation and alert emails land in the SES inbox`);
  out(`  SES inbox ${stack.sesInboxUrl}`);
  out(`  changes   ${changesFile} (one JSON message per confirmed change; docs/CHANGES.md)`);
  out(`  logs      ${logFile} (structured JSON, one line per event)`);
  out(`  polling every ${Math.round((opts.periodMs ?? POLL_SCHEDULE.periodMs) / 60000)} min; Ctrl-C to stop`);

  let lastRead = 0;
  const scheduler = startScheduler({
    periodMs: opts.periodMs ?? POLL_SCHEDULE.periodMs,
    runAtStart: true,
    name: 'poll',
    run: async () => {
      const report = (await poll({})) as PollReport;
      out(`[${time()}] ${pollLine(report)}`);
      await system.drain(10 * 60_000).catch(() => undefined);
      const stats = system.consumer.stats;
      const [feed, review] = await Promise.all([system.store.listEvents('FEED', 100), system.store.listEvents('REVIEW', 100)]);
      out(`[${time()}] read ${stats.succeeded - lastRead} articles (${stats.failed} failed receives so far); ${feed.items.length} confirmed changes, ${review.items.length} waiting for review`);
      lastRead = stats.succeeded;
    },
    onError: (err) => out(`[${time()}] poll failed: ${err instanceof Error ? err.message : String(err)}`),
  });

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      out('stopping…');
      await scheduler.stop();
      await product.stop();
      removeRuntime(opts.dataDir);
      out('stopped; data kept in ' + opts.dataDir);
    })());
  return { stop };
}

function pollLine(r: PollReport): string {
  const count = (k: string) => r.sources.filter((s) => s.result === k).length;
  const failed = r.sources.filter((s) => s.result === 'failed');
  const why = failed.slice(0, 3).map((f) => `${f.sourceId}: ${f.error}`).join('; ');
  return `polled ${r.sources.length} sources: ${count('ok')} ok, ${count('not-modified')} unchanged, ${count('backing-off')} backing off, ${count('deferred') ? `${count('deferred')} deferred (out of time), ` : ''}${failed.length} failed${failed.length ? ` (${why}${failed.length > 3 ? '; …' : ''})` : ''}; ${r.queued} new articles queued`;
}

const time = () => new Date().toISOString().slice(11, 19);

export function defaultDataDir(): string {
  return resolve(process.cwd(), '.pw');
}

