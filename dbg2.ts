import { readPage, detect, scoreCases, findCountries } from '@pw/core';
import { caseInput, loadCorpus } from './packages/local/src/inputs';
import { analyseDocument } from './packages/core/src/detect/document';
import { findTiers } from './packages/core/src/detect/tiers';
const cases = loadCorpus(process.argv[2]!).filter((c) => !process.argv[3] || c.id.startsWith(process.argv[3]));
for (const c of cases) {
  const page = readPage(caseInput(c.dir));
  const dets = detect(page);
  const rep = scoreCases([{ id: c.id, lang: c.meta.lang ?? 'other', expected: c.expected, detections: dets }]);
  if (!rep.misses.length) continue;
  const doc = analyseDocument(page);
  console.log(`\n### ${c.id} [${page.lang}] pub=${page.published} focus=${doc.focus} dom=${doc.focusDominant} aboutVN=${doc.aboutVietnam}`);
  for (const m of rep.misses) console.log(`  ${m.kind} ${m.status} ${m.partner} ${m.level}${m.instead ? ' (got ' + m.instead + ')' : ''}`);
  for (const s of doc.sentences) {
    const t = findTiers(s.text);
    if (!t.length) continue;
    if (!rep.misses.some((m) => s.countries.some((x) => x.code === m.partner || x.pairedWith === m.partner) || !s.countries.length)) continue;
    console.log(`   s${s.index}/p${s.paragraph}: ${s.text.slice(0, 260)}`);
    console.log(`      tiers: ${t.map((x) => x.level + ':' + x.surface).join(' | ')}  countries: ${s.countries.map((x) => x.code + (x.pairedWith ? '+' + x.pairedWith : '') + ':' + x.surface).join(',')}`);
  }
}
