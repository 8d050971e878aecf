import { afterEach, describe, expect, it, vi } from 'vitest';
import { emitMetrics, metricLevel } from '@pw/aws';

afterEach(() => {
  vi.useRealTimers();
});

describe('emitMetrics', () => {
  it('writes one line in CloudWatch embedded metric format', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-03-01T12:00:00.000Z'));
    const lines: string[] = [];
    emitMetrics('PartnershipWatch', { function: 'extract', stage: 'dev' }, { read: 3, detected: 1, changes: 0 }, (l) => lines.push(l), 'all');
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('\n');
    expect(JSON.parse(lines[0]!)).toEqual({
      _aws: {
        Timestamp: Date.parse('2026-03-01T12:00:00.000Z'),
        CloudWatchMetrics: [
          {
            Namespace: 'PartnershipWatch',
            Dimensions: [['function', 'stage']],
            // changes is 0: a plain field, not a data point (a mostly-zero metric costs nothing).
            Metrics: [
              { Name: 'read', Unit: 'Count' },
              { Name: 'detected', Unit: 'Count' },
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

  it('publishes only the essential counters at level essential, none at off; the counts stay in the line', () => {
    const at = (level: 'essential' | 'off') => {
      const lines: string[] = [];
      emitMetrics('PartnershipWatch', { function: 'poll' }, { polled: 100, queued: 7, failed: 2 }, (l) => lines.push(l), level);
      return JSON.parse(lines[0]!) as Record<string, unknown> & { _aws?: { CloudWatchMetrics: { Metrics: { Name: string }[] }[] } };
    };
    const essential = at('essential');
    expect(essential._aws?.CloudWatchMetrics[0]?.Metrics.map((m) => m.Name)).toEqual(['failed']);
    expect(essential).toMatchObject({ polled: 100, queued: 7, failed: 2 });
    const off = at('off');
    expect(off._aws).toBeUndefined();
    expect(off).toMatchObject({ function: 'poll', polled: 100, queued: 7, failed: 2 });
  });

  it('reads the level from PW_METRICS, defaulting to all', () => {
    expect(metricLevel(undefined)).toBe('all');
    expect(metricLevel('essential')).toBe('essential');
    expect(metricLevel('off')).toBe('off');
    expect(metricLevel('everything')).toBe('all');
  });
});
