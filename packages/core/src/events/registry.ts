/**
 * The baseline registry of Vietnam's partnerships (data/vn-partnerships.json, with its sources),
 * read as it stood on a given day, so that mentions of old ties never alert.
 */
import type { Level } from '../types';
import { LEVEL_RANK, LEVELS } from '../types';
import type { PartnerState } from './rules';

export interface HistoryEntry {
  level: Level;
  date: string;
  variant?: string | null;
  occasion?: string;
  sources?: string[];
}

export interface RegistryPartner extends PartnerState {
  history: HistoryEntry[];
}

interface BaselineJson {
  asOf?: string;
  partners: { code: string; history?: { level: string; date: string; variant?: string | null; occasion?: string; sources?: string[] }[] }[];
}

/** Partners with the tier they held on `asOf` (the whole baseline when absent). */
export function baselineRegistry(json: unknown, asOf?: string): RegistryPartner[] {
  const data = json as BaselineJson;
  if (!data || !Array.isArray(data.partners)) throw new Error('baseline registry: expected an object with a "partners" array');
  const out: RegistryPartner[] = [];
  for (const [i, p] of data.partners.entries()) {
    if (typeof p.code !== 'string' || !/^[A-Z]{2}$/.test(p.code)) throw new Error(`baseline registry: partners[${i}].code must be a two-letter code`);
    const history: HistoryEntry[] = [];
    for (const [j, h] of (p.history ?? []).entries()) {
      if (!(LEVELS as readonly string[]).includes(h.level)) throw new Error(`baseline registry: partners[${i}] (${p.code}).history[${j}].level must be one of ${LEVELS.join(', ')}`);
      if (typeof h.date !== 'string' || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(h.date)) throw new Error(`baseline registry: partners[${i}] (${p.code}).history[${j}].date must be YYYY, YYYY-MM or YYYY-MM-DD`);
      if (asOf && h.date.slice(0, asOf.length) > asOf.slice(0, h.date.length)) continue;
      history.push({ level: h.level as Level, date: h.date, variant: h.variant ?? null, ...(h.occasion ? { occasion: h.occasion } : {}), sources: h.sources ?? [] });
    }
    if (!history.length) continue;
    history.sort((a, b) => a.date.localeCompare(b.date));
    const top = history.reduce((a, b) => (LEVEL_RANK[b.level] >= LEVEL_RANK[a.level] ? b : a));
    out.push({ code: p.code, level: top.level, since: history[history.length - 1]!.date, history });
  }
  return out;
}
