import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SourcesError, parseSources } from '../../packages/core/src/sources/index';
import type { Source } from '../../packages/core/src/sources/index';

const sourcesJson = (): unknown => JSON.parse(readFileSync(new URL('../../data/sources.json', import.meta.url), 'utf8'));

const good = (over: Partial<Record<keyof Source, unknown>> = {}): Record<string, unknown> => ({
  id: 'vnexpress-en',
  name: 'VnExpress International',
  lang: 'en',
  feed: 'https://e.vnexpress.net/rss/news.rss',
  homepage: 'https://e.vnexpress.net/',
  trust: 'press',
  ...over,
});

function issuesOf(json: unknown): string[] {
  try {
    parseSources(json);
  } catch (err) {
    expect(err).toBeInstanceOf(SourcesError);
    return (err as SourcesError).issues;
  }
  throw new Error('expected a SourcesError');
}

describe('data/sources.json', () => {
  const sources = parseSources(sourcesJson());

  it('parses, with at least 25 sources', () => {
    expect(sources.length).toBeGreaterThanOrEqual(25);
  });

  it('covers every product language, Vietnamese outlets in several languages, both trusts and news-search feeds', () => {
    for (const lang of ['vi', 'en', 'zh', 'fr', 'ru', 'es', 'ko', 'ja']) {
      expect(sources.some((s) => s.lang === lang), lang).toBe(true);
    }
    expect(sources.filter((s) => s.trust === 'official').length).toBeGreaterThanOrEqual(10);
    expect(sources.filter((s) => s.trust === 'press').length).toBeGreaterThanOrEqual(10);
    const google = sources.filter((s) => s.feed.startsWith('https://news.google.com/rss/search?'));
    expect(new Set(google.map((s) => s.lang)).size).toBeGreaterThanOrEqual(5);
    expect(google.every((s) => s.trust === 'press')).toBe(true);
    for (const id of ['vnexpress-vi', 'vnexpress-en', 'nhandan-vi', 'nhandan-en', 'vietnamplus-zh', 'baochinhphu-vi', 'baoquocte-vi']) {
      expect(sources.some((s) => s.id === id), id).toBe(true);
    }
  });

  it('uses the Google News query form of the design', () => {
    expect(sources.map((s) => s.feed)).toContain(
      'https://news.google.com/rss/search?q=%22comprehensive+strategic+partnership%22+Vietnam&hl=en-US&gl=US&ceid=US:en',
    );
  });
});

describe('parseSources', () => {
  it('accepts an array or { sources: [...] }', () => {
    expect(parseSources([good()])).toEqual([good()]);
    expect(parseSources({ sources: [good()] })).toEqual([good()]);
  });

  it('names the entry, the field and why', () => {
    const list = [good({ id: 'a' }), good({ id: 'b', feed: 'https://b.example/rss' }), good({ id: 'c', feed: 'https://c.example/rss' }), good({ feed: 'feeds/x.xml' })];
    expect(() => parseSources(list)).toThrow('sources[3] (vnexpress-en): feed: must be an absolute http(s) URL');
  });

  it('reports every problem, one per line', () => {
    const issues = issuesOf([
      good({ id: 'ok' }),
      good({ id: 'bad-lang', lang: 'de', feed: 'https://x.example/1' }),
      good({ id: 'bad-trust', trust: 'state', feed: 'https://x.example/2' }),
      good({ id: 'Bad Id', feed: 'https://x.example/3' }),
      { id: 'missing', name: 'M', lang: 'vi', homepage: 'https://m.example/', trust: 'press' },
      good({ id: 'js', feed: 'javascript:alert(1)' }),
      good({ id: 'ftp', homepage: 'ftp://x.example/', feed: 'https://x.example/4' }),
      good({ id: 'extra', feed: 'https://x.example/5', trusted: true } as never),
      good({ id: 'empty-name', name: '  ', feed: 'https://x.example/6' }),
      'not an object',
    ]);
    expect(issues).toEqual([
      'sources[1] (bad-lang): lang: must be one of vi, en, zh, fr, ru, es, ko, ja',
      "sources[2] (bad-trust): trust: must be 'official' or 'press'",
      'sources[3] (Bad Id): id: must be a lower-case slug (a-z, 0-9, single hyphens)',
      'sources[4] (missing): feed: is required',
      'sources[5] (js): feed: must be an absolute http(s) URL',
      'sources[6] (ftp): homepage: must be an absolute http(s) URL',
      'sources[7] (extra): trusted: unknown field',
      'sources[8] (empty-name): name: must not be empty',
      'sources[9]: must be an object',
    ]);
  });

  it('rejects duplicate ids and duplicate feeds', () => {
    expect(issuesOf([good(), good({ feed: 'https://other.example/rss' })])).toEqual(['sources[1] (vnexpress-en): id: duplicates sources[0]']);
    expect(issuesOf([good(), good({ id: 'copy' })])).toEqual(['sources[1] (copy): feed: same feed as sources[0] (vnexpress-en)']);
  });

  it('rejects what is not a list', () => {
    expect(() => parseSources('nope')).toThrow(SourcesError);
    expect(() => parseSources({ feeds: [] })).toThrow(/must be an array/);
  });
});
