import { afterEach, describe, expect, it, vi } from 'vitest';
import { emitMetrics } from '@pw/aws';

afterEach(() => {
  vi.useRealTimers();
});

describe('emitMetrics', () => {
  it('writes one line in CloudWatch embedded metric format', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-03-01T12:00:00.000Z'));
    const lines: string[] = [];
    emitMetrics('PartnershipWatch', { function: 'extract', stage: 'dev' }, { read: 3, detected: 1, changes: 0 }, (l) => lines.push(l));
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('\n');
    expect(JSON.parse(lines[0]!)).toEqual({
      _aws: {
        Timestamp: Date.parse('2026-03-01T12:00:00.000Z'),
        CloudWatchMetrics: [
          {
            Namespace: 'PartnershipWatch',
            Dimensions: [['function', 'stage']],
            Metrics: [
              { Name: 'read', Unit: 'Count' },
              { Name: 'detected', Unit: 'Count' },
              { Name: 'changes', Unit: 'Count' },
            ],
          },
        ],
      },
      function: 'extract',
      stage: 'dev',
      read: 3,
      detected: 1,
      changes: 0,
    });
  });

  it('writes nothing without values', () => {
    const log = vi.fn();
    emitMetrics('PartnershipWatch', { function: 'poll' }, {}, log);
    expect(log).not.toHaveBeenCalled();
  });
});
