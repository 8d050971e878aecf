/**
 * Scores detections against labelled cases (format: shared corpus README). Precision and recall
 * per status over (partner, level) tuples, once per case, with `ignore` tuples removed from
 * both sides; broken down by language; every miss listed.
 */
import type { Detection, Level, Status } from '../types';
import { STATUSES } from '../types';

export interface ExpectedTuple {
  partner: string;
  level: Level | null;
  date?: string;
}

export interface Expected {
  announced: ExpectedTuple[];
  recap: ExpectedTuple[];
  signal: ExpectedTuple[];
  ignore?: { partner: string; level: Level | null }[];
  notes?: string;
}

export interface ScoredCase {
  id: string;
  lang: string;
  expected: Expected;
  detections: Detection[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Miss {
  case: string;
  lang: string;
  status: Status;
  kind: 'missed' | 'spurious';
  partner: string;
  level: Level | null;
  /** What the detector reported for the same partner and level instead, if anything. */
  instead?: string;
}

export interface Report {
  cases: number;
  byStatus: Record<Status, Counts>;
  byLanguage: Record<string, Record<Status, Counts>>;
  misses: Miss[];
}

export function scoreCases(cases: ScoredCase[]): Report {
  const byStatus = emptyCounts();
  const byLanguage: Record<string, Record<Status, Counts>> = {};
  const misses: Miss[] = [];
  for (const c of cases) {
    const lang = (byLanguage[c.lang] ??= emptyCounts());
    const ignored = (p: string, l: Level | null) => (c.expected.ignore ?? []).some((t) => t.partner === p && (t.level === null || t.level === l));
    for (const status of STATUSES) {
      const want = (c.expected[status] ?? []).filter((t) => !ignored(t.partner, t.level));
      const got = uniq(c.detections.filter((d) => d.status === status && !ignored(d.partner, d.level)));
      // A label without a level matches any level; a detection without one (a plan naming no
      // tier) matches the partner's tuple whatever its level.
      const matches = (d: { partner: string; level: Level | null }, t: ExpectedTuple) => d.partner === t.partner && (t.level === null || d.level === null || t.level === d.level);
      const instead = (p: string, l: Level | null) => {
        const other = c.detections.find((d) => d.partner === p && (l === null || d.level === l));
        return other ? `${other.status} ${other.partner} ${other.level}` : undefined;
      };
      for (const t of want) {
        if (got.some((d) => matches(d, t))) add(byStatus[status], lang[status], 'tp');
        else {
          add(byStatus[status], lang[status], 'fn');
          misses.push(withInstead({ case: c.id, lang: c.lang, status, kind: 'missed', partner: t.partner, level: t.level }, instead(t.partner, t.level)));
        }
      }
      for (const d of got) {
        if (want.some((t) => matches(d, t))) continue;
        add(byStatus[status], lang[status], 'fp');
        misses.push({ case: c.id, lang: c.lang, status, kind: 'spurious', partner: d.partner, level: d.level });
      }
    }
  }
  for (const counts of [byStatus, ...Object.values(byLanguage)]) for (const s of STATUSES) finish(counts[s]);
  return { cases: cases.length, byStatus, byLanguage, misses };
}

function uniq(ds: Detection[]): { partner: string; level: Level | null }[] {
  const seen = new Set<string>();
  return ds.filter((d) => !seen.has(`${d.partner}:${d.level}`) && seen.add(`${d.partner}:${d.level}`)).map((d) => ({ partner: d.partner, level: d.level }));
}

function withInstead(m: Miss, instead: string | undefined): Miss {
  return instead ? { ...m, instead } : m;
}

function emptyCounts(): Record<Status, Counts> {
  const z = (): Counts => ({ tp: 0, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
  return { announced: z(), recap: z(), signal: z() };
}

function add(a: Counts, b: Counts, k: 'tp' | 'fp' | 'fn'): void {
  a[k]++;
  b[k]++;
}

function finish(c: Counts): void {
  c.precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  c.recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  c.f1 = c.precision + c.recall === 0 ? 0 : (2 * c.precision * c.recall) / (c.precision + c.recall);
}
