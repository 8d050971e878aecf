import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../packages/local/src/replay';
import { generateScenario } from '../../packages/local/src/scenario-generate';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

const gen = (seed: number) => generateScenario({ sources: 3, items: 4, partnershipRate: 0.25, seed, out: mkdtempSync(join(tmpdir(), 'pw-gen-test-')) });

describe('scenario generate', () => {
  it('writes scenario.json, one feed per source and one page per item', async () => {
    const g = gen(7);
    const all = files(g.dir).map((f) => relative(g.dir, f));
    expect(all).toHaveLength(1 + 3 + 12);
    expect(all.filter((f) => f.endsWith('.html'))).toHaveLength(12);
    expect(g.files).toBe(16);
    const scenario = loadScenario(g.dir);
    expect(scenario.sources.map((s) => s.lang)).toEqual(['vi', 'en', 'zh']);
    expect(scenario.steps).toEqual(['01']);
    const parser = new Parser();
    for (const s of scenario.sources) {
      const feed = await parser.parseString(readFileSync(join(g.dir, 'steps/01/site', s.feed), 'utf8'));
      expect(feed.items).toHaveLength(4);
      for (const item of feed.items) expect(all).toContain(join('steps/01/site', item.link!.replace('http://{{origin}}/', '')));
    }
  });

  it('announces partnerships in about the given share of pages', () => {
    const g = generateScenario({ sources: 10, items: 40, partnershipRate: 0.25, seed: 3, out: mkdtempSync(join(tmpdir(), 'pw-gen-test-')) });
    const pages = files(g.dir).filter((f) => f.endsWith('.html')).map((f) => readFileSync(f, 'utf8'));
    const announcing = pages.filter((p) => /partnership|Đối tác/.test(p)).length;
    expect(announcing).toBe(g.partnershipArticles);
    expect(announcing / pages.length).toBeGreaterThan(0.15);
    expect(announcing / pages.length).toBeLessThan(0.35);
  });

  it('is deterministic for a seed', () => {
    const read = (dir: string) => files(dir).map((f) => [relative(dir, f), readFileSync(f, 'utf8')]).sort();
    const a = gen(42);
    const b = gen(42);
    const c = gen(43);
    expect(read(a.dir)).toEqual(read(b.dir));
    expect(read(a.dir)).not.toEqual(read(c.dir));
  });
});
