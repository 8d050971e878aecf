/** The DynamoDB store's conditional writes, against DynamoDB Local. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STALE_CLAIM_MS } from '@pw/aws';
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
