/** The demo shipped in the repo (npm run demo) reaches the outcome its expected.json states. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replay } from '../../packages/local/src/replay';

const dir = resolve(import.meta.dirname, '../../data/scenarios/demo');
const expected = JSON.parse(readFileSync(resolve(dir, 'expected.json'), 'utf8')) as { changes: { partner: string; level: string }[]; flagged: { partner: string; level: string }[] };
const key = (x: { partner: string; level: string }) => `${x.partner} ${x.level}`;

describe('the demo scenario', () => {
  it('ends with its expected changes and flagged events, and no failed article', async () => {
    const summary = await replay(dir);
    expect(summary.changes.map(key).sort()).toEqual(expected.changes.map(key).sort());
    expect(summary.flagged.map(key).sort()).toEqual(expected.flagged.map(key).sort());
    expect(summary.failed).toEqual([]);
    expect(summary.articles).toBe(7);
  });
});
