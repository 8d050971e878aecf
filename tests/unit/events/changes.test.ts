import { describe, expect, it } from 'vitest';
import { changeFromImages } from '@pw/core';

const event = (over: Record<string, unknown> = {}) => ({
  type: 'event', id: 'SG-CSP', partner: 'SG', level: 'CSP', from: 'SP', status: 'flagged', date: '2025-03-12',
  reason: 'one press source', confidence: 0.9, sourceCount: 1, decidedAt: '2025-03-12T12:00:00Z', ...over,
});

describe('changeFromImages', () => {
  it('announces an event that becomes confirmed, with from, to and reason', () => {
    const m = changeFromImages(event(), event({ status: 'confirmed', reason: '2 independent sources', sourceCount: 2 }));
    expect(m).toMatchObject({ schema: 'partnership-watch/change/v1', eventId: 'SG-CSP', partner: 'SG', from: 'SP', to: 'CSP', toName: 'Comprehensive Strategic Partnership', date: '2025-03-12', reason: '2 independent sources', sourceCount: 2 });
    expect(changeFromImages(undefined, event({ status: 'confirmed' }))?.eventId).toBe('SG-CSP');
  });

  it('says nothing when a confirmed event only gains sources, or for other items and statuses', () => {
    expect(changeFromImages(event({ status: 'confirmed' }), event({ status: 'confirmed', sourceCount: 3 }))).toBeUndefined();
    expect(changeFromImages(undefined, event({ status: 'flagged' }))).toBeUndefined();
    expect(changeFromImages(undefined, { ...event({ status: 'confirmed' }), type: 'article' })).toBeUndefined();
    expect(changeFromImages(event({ status: 'confirmed' }), undefined)).toBeUndefined();
  });
});
