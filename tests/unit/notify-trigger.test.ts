import { describe, expect, it } from 'vitest';
import { triggerOf } from '@pw/aws';

const ev = (status: string) => ({ type: 'event', id: 'AU-CSP', status });

describe('what a stream record asks of the notifier', () => {
  it('alerts once when an event becomes a confirmed change', () => {
    expect(triggerOf(ev('flagged'), ev('confirmed'))).toBe('change');
    expect(triggerOf(undefined, ev('confirmed'))).toBe('change');
    expect(triggerOf(ev('confirmed'), ev('confirmed'))).toBeUndefined();
  });

  it('tells subscribers who asked for signals when an upgrade becomes expected', () => {
    expect(triggerOf(undefined, ev('signal'))).toBe('signal');
    expect(triggerOf(ev('signal'), ev('signal'))).toBeUndefined();
  });

  it('ignores flags, rejections, notes and other items', () => {
    for (const s of ['flagged', 'rejected', 'noted']) expect(triggerOf(undefined, ev(s))).toBeUndefined();
    expect(triggerOf(undefined, { type: 'article', status: 'confirmed' })).toBeUndefined();
    expect(triggerOf(ev('confirmed'), undefined)).toBeUndefined();
  });
});
