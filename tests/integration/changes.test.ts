/**
 * Confirmed changes leave through the table's stream (DynamoDB Local's real stream, read by the
 * local runtime as Lambda's event source mapping would) and are published once per event.
 */
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FilePublisher, makeChangesHandler } from '@pw/aws';
import { applyDetection, type EventSource } from '@pw/core';
import { startSystem, type LocalSystem } from '../../packages/local/src/system';

const file = join(mkdtempSync(join(tmpdir(), 'pw-changes-')), 'changes.jsonl');
let system: LocalSystem;

beforeAll(async () => {
  system = await startSystem({ fastQueue: true, streamHandlers: [makeChangesHandler(() => new FilePublisher(file))] });
});
afterAll(async () => {
  await system?.stop();
});

const lines = () => (existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)) : []);
async function waitFor<T>(fn: () => T, ok: (v: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = fn();
    if (ok(v) || Date.now() > until) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

const source = (articleId: string, sourceId: string): EventSource => ({
  articleId, sourceId, trust: 'press', url: `https://example.org/${articleId}`, lang: 'en', title: 't', status: 'announced', confidence: 0.9, date: '2025-03-12', evidence: 'e',
});

describe('change notifications through the table stream', () => {
  it('publishes a change once when its event is confirmed, and not again as sources attach', async () => {
    await system.store.importRegistry([{ code: 'SG', level: 'SP', since: '2013-09', history: [{ level: 'SP', date: '2013-09' }] }]);
    const partner = await system.store.getPartner('SG');
    const first = applyDetection(undefined, partner, 'CSP', source('a1', 'reuters-en'));
    expect(await system.store.saveDecision(undefined, first, [source('a1', 'reuters-en')], '2025-03-12T12:00:00Z')).toBe(true);
    const flagged = await system.store.getEvent('SG-CSP');
    const second = applyDetection(flagged, partner, 'CSP', source('a2', 'cna-en'));
    expect(second.change).toBeDefined();
    expect(await system.store.saveDecision(flagged, second, [source('a2', 'cna-en')], '2025-03-12T13:00:00Z')).toBe(true);

    const published = await waitFor(lines, (l) => l.length >= 1);
    expect(published).toHaveLength(1);
    expect(published[0]).toMatchObject({ eventId: 'SG-CSP', partner: 'SG', from: 'SP', to: 'CSP' });

    const confirmed = await system.store.getEvent('SG-CSP');
    const third = applyDetection(confirmed, await system.store.getPartner('SG'), 'CSP', source('a3', 'xinhua-zh'));
    expect(await system.store.saveDecision(confirmed, third, [source('a3', 'xinhua-zh')], '2025-03-12T14:00:00Z')).toBe(true);
    for (const reader of system.streams) await reader.drain({ timeoutMs: 20_000 });
    expect(lines()).toHaveLength(1);
    expect(await system.store.getPartner('SG')).toMatchObject({ level: 'CSP' });
  });
});
