/** Realistic EventView fixtures for the renderer tests. */
import type { EventView, SiteLinks, SourceView } from '../../../packages/core/src/render/index';

export const SITE = 'https://watch.example.org';

export const links: SiteLinks = {
  site: SITE,
  eventUrl: (id: string) => `${SITE}/events/${encodeURIComponent(id)}`,
  feedJsonUrl: `${SITE}/feed.json`,
  feedAtomUrl: `${SITE}/feed.atom`,
};

const nhandan: SourceView = {
  url: 'https://nhandan.vn/viet-nam-singapore-nang-cap-quan-he-len-doi-tac-chien-luoc-toan-dien-post866000.html',
  sourceId: 'nhandan-vi',
  outlet: 'Nhân Dân',
  lang: 'vi',
  title: 'Việt Nam và Singapore nâng cấp quan hệ lên Đối tác Chiến lược Toàn diện',
  published: '2025-03-12T08:30:00+07:00',
  evidence: 'Hai Thủ tướng nhất trí nâng cấp quan hệ Việt Nam – Singapore lên Đối tác Chiến lược Toàn diện.',
  status: 'announced',
  confidence: 0.95,
};

const vnexpress: SourceView = {
  url: 'https://e.vnexpress.net/news/news/politics/vietnam-singapore-upgrade-ties-to-comprehensive-strategic-partnership-4860000.html',
  sourceId: 'vnexpress-en',
  outlet: 'VnExpress International',
  lang: 'en',
  title: 'Vietnam, Singapore upgrade ties to comprehensive strategic partnership',
  published: '2025-03-12T10:05:00+07:00',
  evidence: 'Vietnam and Singapore on Wednesday upgraded their relations to a Comprehensive Strategic Partnership.',
  status: 'announced',
  confidence: 0.9,
};

/** Singapore: Strategic → Comprehensive Strategic, confirmed by an official Vietnamese source and an English one. */
export const singapore: EventView = {
  id: 'SG-CSP',
  partner: 'SG',
  partnerName: 'Singapore',
  level: 'CSP',
  from: 'SP',
  status: 'confirmed',
  date: '2025-03-12',
  decidedAt: '2025-03-12T03:20:00.000Z',
  reason: 'official source (nhandan-vi)',
  confidence: 0.95,
  sources: [nhandan, vnexpress],
};

/** Brazil: an expected upgrade (a signal), from a Chinese-language source. */
export const brazilSignal: EventView = {
  id: 'BR-SP',
  partner: 'BR',
  partnerName: 'Brazil',
  level: 'SP',
  from: 'CP',
  status: 'signal',
  date: '2025-03',
  decidedAt: '2025-02-20T07:00:00.000Z',
  reason: 'one press source',
  confidence: 0.7,
  sources: [
    {
      url: 'https://www.chinanews.com.cn/gj/2025/02-20/10370000.shtml',
      sourceId: 'chinanews-zh',
      outlet: '中国新闻网',
      lang: 'zh',
      title: '越南与巴西拟将双边关系提升为战略伙伴关系',
      published: '2025-02-20T14:00:00+08:00',
      evidence: '两国领导人同意在适当时候将越巴关系提升为战略伙伴关系。',
      status: 'signal',
      confidence: 0.7,
    },
  ],
};

/** Poland: no previous tier; a new Strategic Partnership, month precision. */
export const poland: EventView = {
  id: 'PL-SP',
  partner: 'PL',
  partnerName: 'Poland',
  level: 'SP',
  from: null,
  status: 'confirmed',
  date: '2025-01',
  decidedAt: '2025-01-16T11:00:00.000Z',
  reason: '2 independent sources',
  confidence: 0.9,
  sources: [
    {
      url: 'https://baoquocte.vn/viet-nam-ba-lan-thiet-lap-quan-he-doi-tac-chien-luoc-300000.html',
      sourceId: 'baoquocte-vi',
      outlet: 'Báo Quốc tế',
      lang: 'vi',
      title: 'Việt Nam – Ba Lan thiết lập quan hệ Đối tác Chiến lược',
      evidence: 'Hai nước quyết định thiết lập quan hệ Đối tác Chiến lược.',
      status: 'announced',
      confidence: 0.9,
    },
  ],
};

export const XSS_SCRIPT = '<script>alert(1)</script>';
export const XSS_IMG = '"><img src=x onerror=alert(1)>';

/** Scraped text trying to inject markup, a javascript: link, control characters and a lone surrogate. */
export const hostile: EventView = {
  id: 'FR-CSP',
  partner: 'FR',
  partnerName: 'France',
  level: 'CSP',
  from: 'SP',
  status: 'confirmed',
  date: '2024-10-07',
  decidedAt: '2024-10-07T12:00:00.000Z',
  reason: 'approved by a reviewer',
  confidence: 0.85,
  sources: [
    {
      url: 'javascript:alert(1)',
      sourceId: 'evil-fr',
      outlet: 'Le Monde & "Fils" <b>',
      lang: 'fr',
      title: `Attaque ${XSS_SCRIPT} ${XSS_IMG}`,
      evidence: `La France et le Vietnam ${XSS_SCRIPT} ${XSS_IMG} \u0001\u0008\u000B\u001F\uD800 l'ont « élevé » au rang de Partenariat stratégique global.`,
      status: 'announced',
      confidence: 0.85,
    },
    {
      url: 'https://www.example.fr/article?a=1&b=2',
      sourceId: 'press-fr',
      outlet: 'Presse',
      lang: 'fr',
      title: 'Tom & Jerry\'s "quotes" <tags>',
      evidence: `Data: ${XSS_IMG}`,
      status: 'announced',
      confidence: 0.8,
    },
  ],
};
