/** The DynamoDB store's conditional writes, against DynamoDB Local. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_TTL_DAYS, STALE_CLAIM_MS } from '@pw/aws';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { recordDetection, type EventSource } from '@pw/core';
import { startSystem, type LocalSystem } from '../../packages/local/src/system';

let system: LocalSystem;
beforeAll(async () => {
  system = await startSystem({ fastQueue: true });
});
afterAll(async () => {
  await system?.stop();
});

const claim = (articleId: string, queuedAt: string) => ({ articleId, url: `https://example.org/${articleId}`, sourceId: 's', state: 'queued' as const, queuedAt });
const later = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

describe('claimArticle', () => {
  it('claims a new article once', async () => {
    const t = '2026-01-01T00:00:00.000Z';
    expect(await system.store.claimArticle(claim('a'.repeat(32), t))).toBe(true);
    expect(await system.store.claimArticle(claim('a'.repeat(32), later(t, 60_000)))).toBe(false);
  });

  it('offers again a claim that was never read once it is stale, but never a read article', async () => {
    const t = '2026-01-01T00:00:00.000Z';
    const id = 'b'.repeat(32);
    expect(await system.store.claimArticle(claim(id, t))).toBe(true);
    expect(await system.store.claimArticle(claim(id, later(t, STALE_CLAIM_MS - 60_000)))).toBe(false);
    expect(await system.store.claimArticle(claim(id, later(t, STALE_CLAIM_MS + 60_000)))).toBe(true);
    await system.store.saveArticleRead({ ...claim(id, t), state: 'read', readAt: later(t, 1000) }, []);
    expect(await system.store.claimArticle(claim(id, later(t, 10 * STALE_CLAIM_MS)))).toBe(false);
  });
});

describe('saveArticleRead', () => {
  const raw = async (articleId: string) => (await system.store.doc.send(new GetCommand({ TableName: system.resources.tableName, Key: { pk: `ARTICLE#${articleId}`, sk: 'META' } }))).Item;

  it('lets an article without detections expire ARTICLE_TTL_DAYS after it was read, and keeps one with detections', async () => {
    const t = '2025-03-01T10:00:00.000Z';
    const readAt = later(t, 60_000);
    await system.store.claimArticle(claim('ttl-none', t));
    await system.store.saveArticleRead({ ...claim('ttl-none', t), state: 'read', readAt }, []);
    expect((await raw('ttl-none'))?.expiresAt).toBe(Date.parse(readAt) / 1000 + ARTICLE_TTL_DAYS * 86_400);

    // Read again by a newer detector that finds something: the article becomes evidence, kept.
    const detection = { articleId: 'ttl-none', partner: 'SG', level: 'CSP', status: 'announced', confidence: 0.9, evidence: { sentence: 'e', start: 0, end: 1 }, sourceId: 's' };
    const stored = await system.store.getArticle('ttl-none');
    await system.store.saveArticleRead({ ...stored!, readAt: later(t, 120_000), detectorVersion: 'next' }, [detection]);
    const kept = await raw('ttl-none');
    expect(kept?.expiresAt).toBeUndefined();
    expect(kept?.detectorVersion).toBe('next');
    expect(await system.store.getDetections('ttl-none')).toHaveLength(1);
  });
});

describe('recordDetection', () => {
  it('writes nothing for the same evidence from the same article again, and writes when it differs', async () => {
    await system.store.importRegistry([{ code: 'SG', level: 'SP', since: '2013', history: [{ level: 'SP', date: '2013' }] }]);
    const src: EventSource = { articleId: 'a1', sourceId: 's', trust: 'press', url: 'https://example.org/a1', lang: 'en', title: 't', status: 'announced', confidence: 0.9, date: '2025-03-12', evidence: 'e' };
    const d = { partner: 'SG', level: 'CSP' as const, status: 'announced' as const, confidence: 0.9, evidence: { sentence: 'e', start: 0, end: 1 } };
    await recordDetection(system.store, d, src, '2025-03-12T00:00:00Z');
    const first = (await system.store.getEvent('SG-CSP'))!.version;
    await recordDetection(system.store, d, src, '2025-03-12T00:01:00Z');
    expect((await system.store.getEvent('SG-CSP'))!.version).toBe(first);
    await recordDetection(system.store, d, { ...src, confidence: 0.95 }, '2025-03-12T00:02:00Z');
    expect((await system.store.getEvent('SG-CSP'))!.version).toBe(first + 1);
  });
});
