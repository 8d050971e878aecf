/** The cost model's arithmetic (tests/bench/cost-model.ts), checked by hand at 100 sources as docs/COST.md explains it. */
import { describe, expect, it } from 'vitest';
import { costTable, monthlyCost, observabilityCost } from '../bench/cost-model';

const measured = { pollMsPerSource: 2, extractMsPerArticle: 8 };

describe('monthlyCost', () => {
  it('prices 100 sources line by line', () => {
    const b = monthlyCost(100, measured);
    const stretch = 1769 / 512; // CPU time at 512 MB
    expect(b.articles).toBe(60_000);
    // poll: 100 × 2 ms of CPU, stretched, + 3 waves × 0.5 s of waiting
    expect(b.pollRoundS).toBeCloseTo(0.2 * stretch + 1.5, 6);
    // extract: 12,000 batches of 0.35 s waiting + 5 × 8 ms stretched; both at 0.5 GB
    const gbS = 8640 * b.pollRoundS * 0.5 + 12_000 * (0.35 + 0.04 * stretch) * 0.5;
    expect(b.lambda).toBeCloseTo(gbS * 0.0000133334 + (8640 + 12_000) * 0.2e-6, 6);
    expect(b.sqs).toBeCloseTo((60_000 + 24_000 + 648_000) * 0.4e-6, 6);
    // writes: (60,000 changes + 100 × 4 × 30 refreshes) × 2, and 60,000 × (2 + 0.01 × 10);
    // reads: 8,640 × ⌈85 KB / 4⌉ × 0.5 + 60,000; storage 180,000 KB
    const dynamo = (144_000 + 126_000) * 1.25e-6 + (8640 * 22 * 0.5 + 60_000) * 0.25e-6 + (180_000 / 1024 ** 2) * 0.25;
    expect(b.dynamo).toBeCloseTo(dynamo, 6);
    expect(b.pipeline).toBeCloseTo(b.lambda + b.sqs + b.dynamo + b.scheduler + b.ses + b.logs, 9);
  });

  it('grows with the number of sources and with the measured durations', () => {
    const sizes = [30, 100, 300, 3000].map((n) => monthlyCost(n, measured).pipeline);
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]).toBeGreaterThan(sizes[i - 1]!);
    expect(monthlyCost(100, { ...measured, extractMsPerArticle: 80 }).lambda).toBeGreaterThan(monthlyCost(100, measured).lambda);
  });

  it('prices metrics by level, the alarms always', () => {
    expect(observabilityCost('off')).toBeCloseTo(0.2, 9);
    expect(observabilityCost('essential')).toBeGreaterThan(observabilityCost('off'));
    expect(observabilityCost('all')).toBeGreaterThan(observabilityCost('essential'));
  });

  it('prints one table row per size', () => {
    const table = costTable([30, 100], measured).split('\n');
    expect(table).toHaveLength(4);
    expect(table[3]).toMatch(/^\| 100 \| 60,000 \|/);
  });
});
