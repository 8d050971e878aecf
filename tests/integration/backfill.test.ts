/** Backfill after a detector change: stale articles are fetched and read again, once. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleIdOf, backfill, DETECTOR_VERSION, eventId, fetchResource, silentLogger, type Level } from '@pw/core';
import { backfillCommand } from '../../packages/local/src/backfill-command';
import { startSystem, type LocalSystem } from '../../packages/local/src/system';

const PAGE = readFileSync(join(import.meta.dirname, 'pipeline-fixtures/site/articles/fr-upgrade.html'));

let system: LocalSystem;
let server: Server;
let origin: string;
let hits = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    hits++;
    if (req.url === '/articles/fr-upgrade.html') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': PAGE.length }).end(PAGE);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  system = await startSystem({ fastQueue: true });
});
afterAll(async () => {
  await system?.stop();
  await new Promise<void>((ok) => (server ? server.close(() => ok()) : ok()));
});

describe('backfill', () => {
  it('re-reads an article read by an old detector version, stores its detection and event; a second run does nothing', async () => {
    const url = `${origin}/articles/fr-upgrade.html`;
    const id = articleIdOf(url);
    await system.store.saveArticleRead(
      { articleId: id, url, sourceId: 'press-en', state: 'read', queuedAt: '2026-01-01T00:00:00.000Z', readAt: '2026-01-01T00:01:00.000Z', lang: 'en', detectorVersion: '0.0.0', title: 'old' },
      [],
    );
    expect(await system.store.getDetections(id)).toEqual([]);
    const deps = { store: system.store, fetch: fetchResource };
    const opts = { detectorVersion: DETECTOR_VERSION, now: () => new Date('2026-02-01T00:00:00.000Z'), log: silentLogger, allowPrivate: true };

    const first = await backfill(deps, opts);
    expect(first).toMatchObject({ reprocessed: 1, failed: 0 });
    expect(first.checked).toBeGreaterThanOrEqual(1);
    expect(await system.store.getArticle(id)).toMatchObject({ state: 'read', detectorVersion: DETECTOR_VERSION, readAt: '2026-02-01T00:00:00.000Z', queuedAt: '2026-01-01T00:00:00.000Z' });
    const detections = await system.store.getDetections(id);
    expect(detections.length).toBeGreaterThan(0);
    expect(detections[0]).toMatchObject({ articleId: id, partner: 'FR', sourceId: 'press-en' });
    const d = detections.find((x) => x.level !== 'none')!;
    const event = await system.store.getEvent(eventId(d.partner, d.level as Level));
    expect(event?.sources.map((s) => s.articleId)).toContain(id);

    const hitsBefore = hits;
    const second = await backfill(deps, opts);
    expect(second).toMatchObject({ reprocessed: 0, failed: 0, changes: 0 });
    expect(hits).toBe(hitsBefore);
    expect(await system.store.getEvent(eventId(d.partner, d.level as Level))).toEqual(event);
  });
});

describe('pw backfill', () => {
  it('refuses to run while pw start holds the data folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-backfill-'));
    try {
      writeFileSync(join(dir, 'runtime.json'), '{}');
      await expect(backfillCommand(['--data', dir], () => undefined, () => undefined)).rejects.toThrow(/stop pw start first/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
