/**
 * The key design at 100× the target load (docs/SCALE.md): article keys are uniform hashes, so
 * the write-heavy items spread evenly; a shard suffix would spread a listing partition evenly.
 */
import { describe, expect, it } from 'vitest';
import { articleIdOf } from '@pw/core';
import { key } from '@pw/aws';

const ARTICLES = 100_000; // a sample of the ~1M articles a day at 100×
const BUCKETS = 64; // stand-ins for partitions

function spread(values: string[], bucketOf: (v: string) => number): { max: number; min: number; mean: number } {
  const counts = new Array<number>(BUCKETS).fill(0);
  for (const v of values) counts[bucketOf(v)]!++;
  return { max: Math.max(...counts), min: Math.min(...counts), mean: values.length / BUCKETS };
}

describe('key distribution', () => {
  it('spreads article partition keys evenly, whatever the sources and their URL shapes', () => {
    // Realistic, very regular URLs: few hosts, sequential ids, shared paths.
    const urls = Array.from({ length: ARTICLES }, (_, i) => `https://${['vnexpress.net', 'en.vietnamplus.vn', 'www.xinhuanet.com'][i % 3]}/news/2026/11/article-${i}.html?utm_source=rss`);
    const keys = urls.map((u) => key.article(articleIdOf(u)).pk);
    expect(new Set(keys).size).toBe(ARTICLES); // no collisions
    // Bucket by the hash's leading bits, as DynamoDB spreads partition keys by their hash.
    const s = spread(keys, (k) => parseInt(k.slice('ARTICLE#'.length, 'ARTICLE#'.length + 4), 16) % BUCKETS);
    expect(s.max / s.mean).toBeLessThan(1.15);
    expect(s.min / s.mean).toBeGreaterThan(0.85);
  });

  it('gives the same article the same key whatever tracking parameters or fragments the feed adds', () => {
    const a = articleIdOf('https://en.vietnamplus.vn/vietnam-singapore-elevate-ties/123.vnp?utm_source=rss&utm_medium=feed#top');
    const b = articleIdOf('https://EN.VIETNAMPLUS.VN/vietnam-singapore-elevate-ties/123.vnp');
    expect(a).toBe(b);
  });

  it('would spread 20,000 source states evenly over 10 listing shards (the fallback in docs/SCALE.md)', () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `source-${i}`);
    const shard = (id: string) => parseInt(articleIdOf(`https://x.invalid/${id}`).slice(0, 4), 16) % 10;
    const counts = new Array<number>(10).fill(0);
    for (const id of ids) counts[shard(id)]!++;
    expect(Math.max(...counts) / (ids.length / 10)).toBeLessThan(1.1);
  });
});
