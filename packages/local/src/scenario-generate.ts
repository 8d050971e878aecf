/**
 * `pw scenario generate`: a synthetic replay scenario (format: ../shared/scenarios/README.md) of
 * N sources × M items, for load tests. Pages are small news pages built from templates; about
 * `partnershipRate` of them announce an upgrade of Vietnam's relationship with a partner, the
 * rest are ordinary news. The output depends only on the options and the seed.
 *
 * With `rounds` > 1, each later step is a steady-state poll round: `changedShare` of the feeds
 * (every k-th one) gain one new item at the top, the others are byte for byte the same (so the
 * fixture server answers them 304).
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

export const LANGS = ['vi', 'en', 'zh', 'fr', 'ru', 'es', 'ko', 'ja'] as const;

export interface GenerateOptions {
  sources: number;
  items: number;
  /** Share of articles announcing a partnership upgrade; default 0.01. */
  partnershipRate?: number;
  /** Output folder; default: a new temp dir. */
  out?: string;
  seed?: number;
  /** Steps in the scenario: the first with every item, then steady-state rounds. Default 1. */
  rounds?: number;
  /** Share of feeds with a new item in each later round; default 0.2. */
  changedShare?: number;
  progress?: (msg: string) => void;
}

export interface GeneratedScenario {
  dir: string;
  sources: number;
  /** Every article of every step. */
  articles: number;
  partnershipArticles: number;
  files: number;
  steps: string[];
}

/** mulberry32: a small seeded PRNG, uniform in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PARTNERS_EN = ['Brazil', 'Mexico', 'Chile', 'Egypt', 'Kenya', 'Nigeria', 'Sweden', 'Norway', 'Poland', 'Turkey', 'Argentina', 'South Africa'];
const PARTNERS_VI = ['Brazil', 'Mexico', 'Chile', 'Ai Cập', 'Kenya', 'Nigeria', 'Thụy Điển', 'Na Uy', 'Ba Lan', 'Thổ Nhĩ Kỳ', 'Argentina', 'Nam Phi'];
const WEEKDAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const WEEKDAYS_VI = ['thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu'];
const LEVELS_EN = ['comprehensive strategic partnership', 'strategic partnership', 'comprehensive partnership'];
const LEVELS_VI = ['Đối tác Chiến lược Toàn diện', 'Đối tác Chiến lược', 'Đối tác Toàn diện'];

type Fill = { partner: string; weekday: string; level: string };
const PARTNERSHIP_EN: ((f: Fill) => { title: string; body: string[] })[] = [
  (f) => ({
    title: `Vietnam and ${f.partner} upgrade ties to ${f.level}`,
    body: [`Vietnam and ${f.partner} agreed on ${f.weekday} to upgrade their relationship to a ${f.level}.`, `The announcement came during talks in Hanoi between the two leaders, who also signed agreements on trade and education.`],
  }),
  (f) => ({
    title: `${f.partner}, Vietnam elevate relations`,
    body: [`Leaders of ${f.partner} and Vietnam on ${f.weekday} elevated bilateral relations to a ${f.level}, according to a joint statement.`, `Officials said the new framework would deepen cooperation in investment, energy and security.`],
  }),
  (f) => ({
    title: `Vietnam, ${f.partner} establish ${f.level}`,
    body: [`Vietnam and ${f.partner} on ${f.weekday} established a ${f.level}, marking a new chapter in relations between the two countries.`, `The joint statement was issued after a state visit.`],
  }),
];
const PARTNERSHIP_VI: ((f: Fill) => { title: string; body: string[] })[] = [
  (f) => ({
    title: `Việt Nam và ${f.partner} nâng cấp quan hệ lên ${f.level}`,
    body: [`Ngày ${f.weekday}, Việt Nam và ${f.partner} đã nhất trí nâng cấp quan hệ lên ${f.level}.`, `Hai bên cũng ký kết nhiều thỏa thuận hợp tác về thương mại và giáo dục.`],
  }),
  (f) => ({
    title: `Việt Nam - ${f.partner} thiết lập quan hệ ${f.level}`,
    body: [`Trong cuộc hội đàm ${f.weekday}, lãnh đạo hai nước tuyên bố nâng cấp quan hệ Việt Nam - ${f.partner} lên ${f.level}.`, `Tuyên bố chung được công bố sau chuyến thăm cấp nhà nước.`],
  }),
];
const ORDINARY_EN = [
  (n: number) => ({ title: `City council approves new bus routes (${n})`, body: ['The city council on Tuesday approved six new bus routes to ease congestion downtown.', 'Officials said the routes would open next month.'] }),
  (n: number) => ({ title: `Rice exports rise in the third quarter (${n})`, body: ['Rice exports rose 8 percent in the third quarter on strong demand from regional buyers.', 'Traders expect prices to stay firm until the end of the year.'] }),
  (n: number) => ({ title: `Storm brings heavy rain to central provinces (${n})`, body: ['A tropical storm brought heavy rain to central provinces overnight, forecasters said.', 'Schools in several districts were closed as a precaution.'] }),
  (n: number) => ({ title: `Local team wins regional football title (${n})`, body: ['The home side won the regional football title after a 2-1 victory on Sunday.', 'Fans celebrated in the streets late into the night.'] }),
  (n: number) => ({ title: `Tech firm opens new research centre (${n})`, body: ['A technology company opened a research centre employing 300 engineers.', 'The centre will focus on chip design and software.'] }),
];
const ORDINARY_VI = [
  (n: number) => ({ title: `Hà Nội mở thêm tuyến xe buýt mới (${n})`, body: ['Thành phố vừa phê duyệt sáu tuyến xe buýt mới nhằm giảm ùn tắc giao thông.', 'Các tuyến này dự kiến hoạt động từ tháng sau.'] }),
  (n: number) => ({ title: `Xuất khẩu gạo tăng trong quý III (${n})`, body: ['Xuất khẩu gạo tăng 8% trong quý III nhờ nhu cầu mạnh từ các thị trường trong khu vực.', 'Doanh nghiệp dự báo giá sẽ ổn định đến cuối năm.'] }),
  (n: number) => ({ title: `Mưa lớn tại các tỉnh miền Trung (${n})`, body: ['Bão nhiệt đới gây mưa lớn tại các tỉnh miền Trung trong đêm qua.', 'Nhiều trường học tạm cho học sinh nghỉ.'] }),
];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const pick = <T>(rng: () => number, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;

function page(lang: string, title: string, body: string[], published: Date, site: string): string {
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title>
<meta property="article:published_time" content="${published.toISOString()}">
</head><body><header><a href="/">${esc(site)}</a></header>
<article><h1>${esc(title)}</h1><time datetime="${published.toISOString()}">${published.toUTCString()}</time>
${body.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article><footer>© ${esc(site)}</footer></body></html>
`;
}

/** Writes the scenario folder and returns what it holds. */
export function generateScenario(opts: GenerateOptions): GeneratedScenario {
  const { sources: n, items: m } = opts;
  const rate = opts.partnershipRate ?? 0.01;
  if (!(Number.isInteger(n) && n > 0)) throw new Error('--sources must be a positive whole number');
  if (!(Number.isInteger(m) && m > 0)) throw new Error('--items must be a positive whole number');
  if (!(rate >= 0 && rate <= 1)) throw new Error('--partnership-rate must be between 0 and 1');
  const rounds = opts.rounds ?? 1;
  const changedShare = opts.changedShare ?? 0.2;
  if (!(Number.isInteger(rounds) && rounds > 0)) throw new Error('--rounds must be a positive whole number');
  if (!(changedShare > 0 && changedShare <= 1)) throw new Error('--changed-share must be above 0 and at most 1');
  const progress = opts.progress ?? (() => undefined);
  const rng = seededRandom(opts.seed ?? 1);
  const dir = opts.out ? resolve(opts.out) : mkdtempSync(join(tmpdir(), 'pw-scenario-'));
  const site = join(dir, 'steps/01/site');
  mkdirSync(join(site, 'feeds'), { recursive: true });
  const base = Date.UTC(2024, 9, 1); // items published through October 2024
  let total = n * m;
  let partnership = 0;
  const sources = [];
  const feeds: { id: string; lang: string; items: string[] }[] = [];
  // One page and its feed item; counts the files and the partnership pages.
  const article = (siteDir: string, id: string, lang: string, k: number, published: Date, serial: number): string => {
    const vi = lang === 'vi';
    let doc: { title: string; body: string[] };
    if (rng() < rate) {
      partnership++;
      const p = Math.floor(rng() * PARTNERS_EN.length);
      const l = Math.floor(rng() * LEVELS_EN.length);
      const w = Math.floor(rng() * WEEKDAYS_EN.length);
      doc = vi
        ? pick(rng, PARTNERSHIP_VI)({ partner: PARTNERS_VI[p]!, level: LEVELS_VI[l]!, weekday: WEEKDAYS_VI[w]! })
        : pick(rng, PARTNERSHIP_EN)({ partner: PARTNERS_EN[p]!, level: LEVELS_EN[l]!, weekday: WEEKDAYS_EN[w]! });
    } else {
      doc = pick(rng, vi ? ORDINARY_VI : ORDINARY_EN)(serial);
    }
    const path = `articles/${id}/${k}.html`;
    writeFileSync(join(siteDir, path), page(vi ? 'vi' : 'en', doc.title, doc.body, published, id));
    return `<item><title>${esc(doc.title)}</title><link>http://{{origin}}/${path}</link><guid>http://{{origin}}/${path}</guid><pubDate>${published.toUTCString()}</pubDate></item>`;
  };
  const writeFeed = (siteDir: string, f: { id: string; lang: string; items: string[] }): void => {
    writeFileSync(join(siteDir, 'feeds', `${f.id}.xml`), `<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>${f.id}</title><link>http://{{origin}}/</link><language>${f.lang}</language>\n${f.items.join('\n')}\n</channel></rss>\n`);
  };
  for (let i = 0; i < n; i++) {
    const lang = LANGS[i % LANGS.length]!;
    const id = `gen-${String(i + 1).padStart(4, '0')}-${lang}`;
    sources.push({ id, lang, trust: i % 10 === 0 ? 'official' : 'press', feed: `feeds/${id}.xml`, name: `Generated ${lang} news ${i + 1}` });
    mkdirSync(join(site, 'articles', id), { recursive: true });
    const items: string[] = [];
    for (let k = 0; k < m; k++) items.push(article(site, id, lang, k + 1, new Date(base + Math.floor(rng() * 30 * 86_400_000)), i * m + k));
    feeds.push({ id, lang, items });
    writeFeed(site, feeds[i]!);
    if (total >= 2000 && ((i + 1) % Math.max(1, Math.floor(n / 10)) === 0 || i + 1 === n)) progress(`${(i + 1) * m} of ${total} articles written`);
  }
  const steps = ['01'];
  const every = Math.max(1, Math.round(1 / changedShare));
  for (let r = 2; r <= rounds; r++) {
    const step = String(r).padStart(2, '0');
    const next = join(dir, 'steps', step, 'site');
    cpSync(join(dir, 'steps', steps[steps.length - 1]!, 'site'), next, { recursive: true });
    for (let i = 0; i < n; i += every) {
      const f = feeds[i]!;
      // The newest item first, the feed keeps its length (the oldest one drops off).
      f.items = [article(next, f.id, f.lang, m + r - 1, new Date(base + (30 + r) * 86_400_000), total), ...f.items.slice(0, m - 1)];
      writeFeed(next, f);
      total++;
    }
    steps.push(step);
    progress(`step ${step}: ${Math.ceil(n / every)} of ${n} feeds changed`);
  }
  writeFileSync(join(dir, 'scenario.json'), `${JSON.stringify({ baseline: { asOf: '2024-09-30' }, sources, subscribers: [{ email: 'analyst@example.org' }], steps }, null, 2)}\n`);
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
  return { dir, sources: n, articles: total, partnershipArticles: partnership, files, steps };
}

/** `pw scenario generate --sources N --items M [--partnership-rate R] [--rounds R] [--changed-share S] [--out DIR] [--seed S]` */
export function scenarioCommand(args: string[]): number {
  const [sub, ...rest] = args;
  if (sub !== 'generate') throw new Error(`unknown scenario command '${sub ?? ''}' (try: pw scenario generate)`);
  const { values } = parseArgs({ args: rest, options: { sources: { type: 'string' }, items: { type: 'string' }, 'partnership-rate': { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' }, rounds: { type: 'string' }, 'changed-share': { type: 'string' } } });
  if (!values.sources || !values.items) throw new Error('name --sources N and --items M');
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error('--seed must be a whole number');
  const g = generateScenario({
    sources: Number(values.sources),
    items: Number(values.items),
    partnershipRate: values['partnership-rate'] === undefined ? 0.01 : Number(values['partnership-rate']),
    seed,
    ...(values.rounds === undefined ? {} : { rounds: Number(values.rounds) }),
    ...(values['changed-share'] === undefined ? {} : { changedShare: Number(values['changed-share']) }),
    ...(values.out ? { out: values.out } : {}),
    progress: (msg) => process.stderr.write(`  ${msg}\n`),
  });
  process.stdout.write(`${g.dir}\n`);
  process.stderr.write(`  ${g.sources} sources, ${g.articles} articles (${g.partnershipArticles} about a partnership) over ${g.steps.length} step${g.steps.length === 1 ? '' : 's'}, ${g.files} files\n`);
  return 0;
}
