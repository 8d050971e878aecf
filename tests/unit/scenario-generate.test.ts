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

  it('adds steady-state rounds: a share of the feeds gains one new item, the others stay byte for byte', async () => {
    const g = generateScenario({ sources: 4, items: 3, partnershipRate: 0, seed: 5, rounds: 3, changedShare: 0.5, out: mkdtempSync(join(tmpdir(), 'pw-gen-test-')) });
    const scenario = loadScenario(g.dir);
    expect(scenario.steps).toEqual(['01', '02', '03']);
    expect(g.articles).toBe(4 * 3 + 2 + 2);
    const feed = (step: string, i: number) => readFileSync(join(g.dir, 'steps', step, 'site', scenario.sources[i]!.feed), 'utf8');
    const parser = new Parser();
    for (const [step, prev] of [['02', '01'], ['03', '02']] as const) {
      // Sources 0 and 2 change (every second one), 1 and 3 do not.
      expect(feed(step, 1)).toBe(feed(prev, 1));
      expect(feed(step, 3)).toBe(feed(prev, 3));
      for (const i of [0, 2]) {
        const [now, before] = [await parser.parseString(feed(step, i)), await parser.parseString(feed(prev, i))];
        expect(now.items).toHaveLength(3);
        expect(now.items.slice(1).map((it) => it.link)).toEqual(before.items.slice(0, 2).map((it) => it.link));
        const added = now.items[0]!.link!.replace('http://{{origin}}/', '');
        expect(before.items.map((it) => it.link)).not.toContain(now.items[0]!.link);
        expect(statSync(join(g.dir, 'steps', step, 'site', added)).isFile()).toBe(true);
      }
    }
    expect(g.files).toBe(files(g.dir).length);
  });

  it('refuses bad round options', () => {
    expect(() => generateScenario({ sources: 1, items: 1, rounds: 0 })).toThrow(/--rounds/);
    expect(() => generateScenario({ sources: 1, items: 1, changedShare: 0 })).toThrow(/--changed-share/);
  });
});
