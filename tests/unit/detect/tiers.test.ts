import { describe, expect, it } from 'vitest';
import { findTiers } from '../../../packages/core/src/detect/tiers';

const levels = (s: string) => findTiers(s).map((t) => t.level);

describe('findTiers', () => {
  it('takes the longest name: a CSP is never read as its SP prefix', () => {
    expect(levels('nâng cấp quan hệ lên Đối tác chiến lược toàn diện')).toEqual(['CSP']);
    expect(levels('将两国关系提升为全面战略合作伙伴关系')).toEqual(['CSP']);
    expect(levels('a comprehensive strategic partnership')).toEqual(['CSP']);
  });

  it('names the variants and maps them onto their tier', () => {
    const [jp] = findTiers('Đối tác chiến lược sâu rộng vì hòa bình');
    expect(jp).toMatchObject({ level: 'SP', variant: 'Extensive Strategic Partnership' });
    const [cn] = findTiers('中越全面战略合作伙伴关系框架');
    expect(cn).toMatchObject({ level: 'CSP', variant: 'Comprehensive Strategic Cooperative Partnership' });
    const [us] = findTiers('lên Đối tác chiến lược toàn diện vì hòa bình, hợp tác và phát triển bền vững');
    expect(us?.variant).toMatch(/Peace, Cooperation and Sustainable Development/);
    expect(findTiers('「広範な戦略的パートナーシップ」')[0]).toMatchObject({ level: 'SP', variant: 'Extensive Strategic Partnership' });
  });

  it('reads every supported language, with Russian case endings', () => {
    expect(levels('partenariat stratégique global')).toEqual(['CSP']);
    expect(levels('asociación estratégica integral y asociación integral')).toEqual(['CSP', 'CP']);
    expect(levels('до уровня всеобъемлющего стратегического партнёрства')).toEqual(['CSP']);
    expect(levels('Декларация о стратегическом партнерстве')).toEqual(['SP']);
    expect(levels('포괄적 전략적 동반자 관계로 격상')).toEqual(['CSP']);
    expect(levels('包括的戦略的パートナーシップに格上げ')).toEqual(['CSP']);
  });

  it('gives offsets into the searched text, several per sentence', () => {
    const s = 'from a comprehensive partnership to a strategic partnership';
    const found = findTiers(s);
    expect(found.map((t) => s.slice(t.start, t.end))).toEqual(['comprehensive partnership', 'strategic partnership']);
  });

  it('does not see a tier in look-alike phrases', () => {
    expect(levels('Comprehensive Economic Partnership Agreement')).toEqual([]);
    expect(levels('Trans-Pacific Partnership')).toEqual([]);
    expect(levels('双方启动全面战略合作')).toEqual([]);
  });
});
