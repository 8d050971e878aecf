import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { baselineRegistry } from '../../../packages/core/src/events/registry';
import { applyDetection, review, type EventSource } from '../../../packages/core/src/events/rules';

const src = (over: Partial<EventSource> = {}): EventSource => ({
  articleId: 'a1', sourceId: 'vnexpress-en', trust: 'press', url: 'https://example.org/a1', lang: 'en', title: 't',
  status: 'announced', confidence: 0.9, date: '2025-03-12', evidence: 'Vietnam and Singapore upgraded ties …', ...over,
});

describe('applyDetection', () => {
  const sg = { code: 'SG', level: 'SP' as const, since: '2013-09' };

  it('confirms an upgrade from an official source at once, with from → to', () => {
    const d = applyDetection(undefined, sg, 'CSP', src({ trust: 'official', sourceId: 'nhandan-vi' }));
    expect(d.event.status).toBe('confirmed');
    expect(d.change).toEqual({ partner: 'SG', from: 'SP', to: 'CSP', date: '2025-03-12' });
  });

  it('flags one press source, then confirms when an independent second source corroborates', () => {
    const first = applyDetection(undefined, sg, 'CSP', src());
    expect(first.event.status).toBe('flagged');
    expect(first.change).toBeUndefined();
    const again = applyDetection(first.event, sg, 'CSP', src()); // the same article twice
    expect(again.event.status).toBe('flagged');
    expect(again.event.sources).toHaveLength(1);
    const second = applyDetection(first.event, sg, 'CSP', src({ articleId: 'a2', sourceId: 'reuters-en' }));
    expect(second.event.status).toBe('confirmed');
    expect(second.change?.to).toBe('CSP');
    const third = applyDetection(second.event, sg, 'CSP', src({ articleId: 'a3', sourceId: 'xinhua-zh' }));
    expect(third.change).toBeUndefined(); // exactly one change per event
    expect(third.event.sources).toHaveLength(3);
  });

  it('never changes the registry at or below the current tier', () => {
    const d = applyDetection(undefined, sg, 'SP', src({ trust: 'official' }));
    expect(d.event.status).toBe('noted');
    expect(d.change).toBeUndefined();
  });

  it('flags low-confidence announcements even from official sources', () => {
    expect(applyDetection(undefined, sg, 'CSP', src({ trust: 'official', confidence: 0.5 })).event.status).toBe('flagged');
  });

  it('flags a recap newer than the registry knows, and notes an old one', () => {
    expect(applyDetection(undefined, sg, 'CSP', src({ status: 'recap', date: '2025-03' })).event.status).toBe('flagged');
    const jp = { code: 'JP', level: 'CSP' as const, since: '2023-11-27' };
    expect(applyDetection(undefined, jp, 'SP', src({ status: 'recap', date: '2014' })).event.status).toBe('noted');
  });

  it('keeps signals apart: they never change the registry', () => {
    const d = applyDetection(undefined, { code: 'AU', level: 'SP', since: '2018-03' }, 'CSP', src({ status: 'signal', date: undefined }));
    expect(d.event.status).toBe('signal');
    expect(d.change).toBeUndefined();
  });
});

describe('review', () => {
  it('turns an approved flagged event into a change, and a rejected one into nothing', () => {
    const flagged = applyDetection(undefined, { code: 'KR', level: 'SP', since: '2009' }, 'CSP', src()).event;
    expect(review(flagged, { code: 'KR', level: 'SP' }, 'approve').change).toMatchObject({ from: 'SP', to: 'CSP' });
    expect(review(flagged, { code: 'KR', level: 'SP' }, 'reject')).toMatchObject({ event: { status: 'rejected' } });
    expect(() => review({ ...flagged, status: 'confirmed' }, { code: 'KR' }, 'approve')).toThrow(/not flagged/);
  });
});

describe('baselineRegistry', () => {
  const json = JSON.parse(readFileSync(new URL('../../../data/vn-partnerships.json', import.meta.url), 'utf8'));

  it('reads the registry as it stood on a day', () => {
    const now = new Map(baselineRegistry(json).map((p) => [p.code, p]));
    expect(now.get('US')?.level).toBe('CSP');
    const then = new Map(baselineRegistry(json, '2022-11-01').map((p) => [p.code, p]));
    expect(then.get('US')).toMatchObject({ level: 'CP', since: '2013-07-25' });
    expect(then.get('KR')?.level).toBe('SP');
    expect(then.get('RU')?.level).toBe('CSP');
  });

  it('names the entry and field of a bad baseline', () => {
    expect(() => baselineRegistry({ partners: [{ code: 'SG', history: [{ level: 'XX', date: '2013' }] }] })).toThrow(/partners\[0\] \(SG\)\.history\[0\]\.level/);
  });
});
