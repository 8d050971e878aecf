/** The real fixture feeds of the dev replay scenario (../shared/scenarios/dev) parse as the replay will serve them. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readFeed } from '../../../packages/core/src/feeds/index';

const root = fileURLToPath(new URL('../../../../shared/scenarios/dev/steps/', import.meta.url));
const feeds = existsSync(root)
  ? readdirSync(root).flatMap((step) => {
      const dir = `${root}${step}/site/feeds/`;
      return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.xml')).map((f) => ({ step, file: f, path: `${dir}${f}` })) : [];
    })
  : [];

describe.skipIf(feeds.length === 0)('scenario feeds (../shared/scenarios/dev)', () => {
  const origin = '127.0.0.1:49152';

  it.each(feeds.map((f) => [`${f.step}/${f.file}`, f.path] as const))('%s parses', async (_name, path) => {
    const body = readFileSync(path, 'utf8').replaceAll('{{origin}}', origin);
    const feed = await readFeed(body, { feedUrl: `http://${origin}/feeds/${path.split('/').pop()}`, now: Date.UTC(2026, 0, 1) });
    expect(feed.format).toBe('rss2');
    expect(feed.title).toBeTruthy();
    const items = (body.match(/<item>/g) ?? []).length;
    expect(feed.items).toHaveLength(items);
    for (const item of feed.items) {
      expect(item.link.startsWith(`http://${origin}/`)).toBe(true);
      expect(item.title).toBeTruthy();
      expect(item.guid).toBeTruthy();
      expect(item.published).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$/);
    }
  });

  it('reads the Chinese and Vietnamese items exactly', async () => {
    const path = feeds.find((f) => f.file === 'vietnamplus-zh.xml')?.path;
    if (!path) return;
    const feed = await readFeed(readFileSync(path, 'utf8').replaceAll('{{origin}}', origin), { feedUrl: `http://${origin}/feeds/vietnamplus-zh.xml` });
    expect(feed.items[0]?.title).toContain('全面战略伙伴关系');
    expect(feed.items[0]?.published).toBe('2023-09-11T02:40:00.000Z');
    expect(feed.items[0]?.link).toBe(`http://${origin}/articles/zh-d01.html`);
  });
});
