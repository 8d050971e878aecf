/**
 * `pw backfill`: re-reads the stored articles that an older detector version read (or that
 * failed), on the persisted local data folder. It starts its own DynamoDB Local on that folder,
 * as `pw registry import` does, so it refuses to run while `pw start` holds it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PAGE_FETCH_TIMEOUT_MS } from '@pw/aws';
import { backfill, DETECTOR_VERSION, fetchResource, parseSources, type Logger, type Trust } from '@pw/core';
import { RUNTIME_FILE } from './dlq';
import { defaultDataDir } from './start';
import { startSystem } from './system';

const SOURCES_FILE = resolve(import.meta.dirname, '../../../data/sources.json');

export async function backfillCommand(args: string[], out: (s: string) => void = (s) => process.stdout.write(s), err: (s: string) => void = (s) => process.stderr.write(s)): Promise<number> {
  const { values } = parseArgs({ args, options: { data: { type: 'string' }, limit: { type: 'string' } } });
  const limit = values.limit !== undefined ? Number(values.limit) : undefined;
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) throw new Error('--limit must be a positive whole number');
  const dataDir = values.data ?? defaultDataDir();
  const runtime = join(dataDir, RUNTIME_FILE);
  if (existsSync(runtime)) {
    throw new Error(`the local system is running on ${dataDir} (${runtime} exists): stop pw start first, then run pw backfill (if pw start crashed, delete that file)`);
  }
  const sources = new Map<string, { trust: Trust; lang: string }>();
  if (existsSync(SOURCES_FILE)) for (const s of parseSources(JSON.parse(readFileSync(SOURCES_FILE, 'utf8')))) sources.set(s.id, { trust: s.trust, lang: s.lang });
  const log: Logger = { info() {}, warn: (msg, f) => err(`  ${msg}: ${String(f?.url ?? '')} ${String(f?.error ?? '')}\n`), error: (msg, f) => err(`  ${msg} ${JSON.stringify(f ?? {})}\n`) };
  out(`backfill: re-reading articles not read by detector ${DETECTOR_VERSION} in ${dataDir}\n`);
  const system = await startSystem({ dataDir: join(dataDir, 'dynamodb') });
  try {
    const report = await backfill(
      { store: system.store, fetch: fetchResource },
      {
        detectorVersion: DETECTOR_VERSION,
        now: () => new Date(),
        log,
        sources,
        fetchTimeoutMs: PAGE_FETCH_TIMEOUT_MS,
        ...(limit ? { limit } : {}),
        progress: (done, total, id, result) => err(`  [${done}/${total}] ${id} ${result}\n`),
      },
    );
    out(`checked ${report.checked} articles: ${report.reprocessed} re-read, ${report.failed} failed, ${report.changes} registry change${report.changes === 1 ? '' : 's'}\n`);
    return report.failed ? 1 : 0;
  } finally {
    await system.stop();
  }
}
