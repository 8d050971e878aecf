/**
 * Date expressions in news text, in every supported language, and their resolution against the
 * publication date: "Monday", "lundi", "Chiều 10/9", "9月10日", "27 июля 2012 года",
 * "tháng 7/2013", "marzo de 2018", "in 2009". Pure; no clock is read.
 */

export type Precision = 'year' | 'month' | 'day';

export interface DateMention {
  start: number;
  end: number;
  /** Resolved calendar date (month/day absent below their precision). */
  year?: number;
  month?: number;
  day?: number;
  precision: Precision;
  /** Set when the year had to be inferred from the publication date (e.g. "10/9", "Monday"). */
  inferredYear?: boolean;
  /**
   * Years relative to publication ("去年", "last year": -1). -0.5 means "the last such month":
   * this year's if it has passed, else last year's ("last October").
   */
  relativeYear?: number;
}

const RELATIVE_YEAR: Record<string, number> = { 昨年: -1, 去年: -1, 前年: -2, 今年: 0, 本年: 0, 来年: 1, 明年: 1, 작년: -1, 지난해: -1, 올해: 0, 금년: 0, 내년: 1 };

/** A calendar day as yyyy-mm-dd parts, taken from an ISO string in its own UTC offset. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

export function dayOf(iso: string | undefined): Day | undefined {
  const m = iso?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (!m) return undefined;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

export function dayNumber(d: Day): number {
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000);
}

function fromDayNumber(n: number): Day {
  const dt = new Date(n * 86_400_000);
  return { year: dt.getUTCFullYear(), month: dt.getUTCMonth() + 1, day: dt.getUTCDate() };
}

/** The first and last day a mention can mean. */
export function dayRange(d: DateMention): [number, number] | undefined {
  if (d.year === undefined) return undefined;
  if (d.precision === 'year') return [dayNumber({ year: d.year, month: 1, day: 1 }), dayNumber({ year: d.year, month: 12, day: 31 })];
  if (d.precision === 'month') {
    const first = dayNumber({ year: d.year, month: d.month!, day: 1 });
    const last = dayNumber({ year: d.month === 12 ? d.year + 1 : d.year, month: d.month === 12 ? 1 : d.month! + 1, day: 1 }) - 1;
    return [first, last];
  }
  const n = dayNumber({ year: d.year, month: d.month!, day: d.day! });
  return [n, n];
}

export function formatDate(d: Pick<DateMention, 'year' | 'month' | 'day' | 'precision'>): string | undefined {
  if (d.year === undefined) return undefined;
  const p2 = (n: number) => String(n).padStart(2, '0');
  if (d.precision === 'year') return String(d.year);
  if (d.precision === 'month') return `${d.year}-${p2(d.month!)}`;
  return `${d.year}-${p2(d.month!)}-${p2(d.day!)}`;
}

const MONTHS: Record<string, number> = {};
function months(names: string[]): void {
  names.forEach((n, i) => n.split('|').forEach((alt) => (MONTHS[alt] = i + 1)));
}
months(['january|jan', 'february|feb', 'march|mar', 'april|apr', 'may', 'june|jun', 'july|jul', 'august|aug', 'september|sept|sep', 'october|oct', 'november|nov', 'december|dec']);
months(['janvier|janv', 'février|févr|fevrier', 'mars', 'avril|avr', 'mai', 'juin', 'juillet|juil', 'août|aout', 'septembre', 'octobre', 'novembre', 'décembre|decembre']);
months(['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre|setiembre', 'octubre', 'noviembre', 'diciembre']);
months(['январ\\p{L}*', 'феврал\\p{L}*', 'март\\p{L}*', 'апрел\\p{L}*', 'ма[йяюе]', 'июн\\p{L}*', 'июл\\p{L}*', 'август\\p{L}*', 'сентябр\\p{L}*', 'октябр\\p{L}*', 'ноябр\\p{L}*', 'декабр\\p{L}*']);

const RU_MONTHS: [RegExp, number][] = Object.entries(MONTHS)
  .filter(([k]) => /[\u0400-\u04ff]/.test(k))
  .map(([k, v]) => [new RegExp(`^${k}$`, 'u'), v]);

function monthNumber(name: string): number | undefined {
  const n = name.toLowerCase().replace(/\.$/, '');
  return MONTHS[n] ?? RU_MONTHS.find(([re]) => re.test(n))?.[1];
}

const LATIN_MONTH = Object.keys(MONTHS).filter((k) => !/[\u0400-\u04ff]/.test(k)).sort((a, b) => b.length - a.length).join('|');
const RU_MONTH = Object.keys(MONTHS).filter((k) => /[\u0400-\u04ff]/.test(k)).join('|');
const MONTH_NAME = `(?:${LATIN_MONTH})\\.?|(?:${RU_MONTH})`;
const YEAR = '(?:19[4-9]\\d|20\\d\\d)';

const WEEKDAYS: Record<string, number> = {};
[
  ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'],
  ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
  ['воскресенье', 'понедельник', 'вторник', 'среду', 'четверг', 'пятницу', 'субботу'],
  ['chủ nhật', 'thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu', 'thứ bảy'],
  ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'],
  ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
  ['日曜', '月曜', '火曜', '水曜', '木曜', '金曜', '土曜'],
].forEach((names) => names.forEach((n, i) => (WEEKDAYS[n] = i)));

interface Rule {
  re: RegExp;
  build(m: RegExpExecArray): Omit<DateMention, 'start' | 'end'> | undefined;
}

const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
// Order matters: the most precise forms first; a span taken by one rule is not read again.
const RULES: Rule[] = [
  // 2023-09-10
  { re: new RegExp(`${B}(${YEAR})-(\\d{2})-(\\d{2})${E}`, 'gu'), build: (m) => ymd(num(m[1]), num(m[2]), num(m[3])) },
  // 2013年7月25日 / 2013年7月 / 2013年
  { re: new RegExp(`(${YEAR})\\s*年\\s*(?:(\\d{1,2})\\s*月\\s*(?:(\\d{1,2})\\s*日)?)?`, 'gu'), build: (m) => ymd(num(m[1]), num(m[2]), num(m[3])) },
  // Relative years with a month: 昨年11月, 去年12月, 今年3月, 작년 10월, 지난해 10월, 올해 5월
  { re: /(昨年|去年|前年|今年|本年|来年|明年|작년|지난해|올해|금년|내년)\s*(\d{1,2})\s*[月월](?:\s*(\d{1,2})\s*[日일])?/gu, build: (m) => ({ ...ymd(undefined, num(m[2]), num(m[3]))!, relativeYear: RELATIVE_YEAR[m[1]!] ?? 0 }) },
  // "last October", "in October last year", "tháng 10 năm ngoái", "octobre dernier", "октябре прошлого года"
  { re: new RegExp(`${B}last\\s+(${LATIN_MONTH})${E}`, 'giu'), build: (m) => ({ ...ymd(undefined, monthNumber(m[1]!))!, relativeYear: -0.5 }) },
  { re: new RegExp(`tháng\\s+(\\d{1,2})\\s+năm\\s+(ngoái|trước|nay|sau)${E}`, 'giu'), build: (m) => ({ ...ymd(undefined, num(m[1]))!, relativeYear: m[2] === 'nay' ? 0 : m[2] === 'sau' ? 1 : -1 }) },
  // Relative years alone: 去年, 昨年, 작년, năm ngoái, last year, l'an dernier, el año pasado, в прошлом году
  { re: /(?<![\p{L}\p{N}])(?:last year|năm ngoái|l'an dernier|l'année dernière|el año pasado|в прошлом году)(?![\p{L}\p{N}])|(?:去年|昨年|작년|지난해)(?![\d月월])/giu, build: () => ({ precision: 'year', relativeYear: -1 }) },
  // Korean: 2025년 5월 21일 / 2025년 5월 / 2025년
  { re: new RegExp(`(${YEAR})\\s*년\\s*(?:(\\d{1,2})\\s*월\\s*(?:(\\d{1,2})\\s*일)?)?`, 'gu'), build: (m) => ymd(num(m[1]), num(m[2]), num(m[3])) },
  // 5월 21일 / 5월
  { re: /(?<![\d년])(\d{1,2})\s*월(?:\s*(\d{1,2})\s*일)?/gu, build: (m) => ymd(undefined, num(m[1]), num(m[2])) },
  // 21일
  { re: /(?<![\d월년])(\d{1,2})일(?![\d])/gu, build: (m) => ({ day: num(m[1]), precision: 'day', inferredYear: true }) },
  // 9月10日 / 7月 (year from context)
  { re: /(?<![\d年])(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日)?/gu, build: (m) => ymd(undefined, num(m[1]), num(m[2])) },
  // 27日 (ja/zh day of the current month)
  { re: /(?<![\d月年])(\d{1,2})日(?![\d])/gu, build: (m) => ({ day: num(m[1]), precision: 'day', inferredYear: true }) },
  // Vietnamese: ngày 21/9/1973, 10/9/2023, 27.07.2022 (d/m/y everywhere in this product's languages)
  { re: new RegExp(`${B}(\\d{1,2})[/.](\\d{1,2})[/.](${YEAR})${E}`, 'gu'), build: (m) => ymd(num(m[3]), num(m[2]), num(m[1])) },
  // tháng 7/2013, tháng 7 năm 2013, tháng 3-2014
  { re: new RegExp(`tháng\\s+(\\d{1,2})\\s*(?:/|-|năm)\\s*(${YEAR})${E}`, 'giu'), build: (m) => ymd(num(m[2]), num(m[1])) },
  // July 25, 2013 / Dec. 5, 2022
  { re: new RegExp(`${B}(${MONTH_NAME})\\s+(\\d{1,2}),?\\s+(${YEAR})${E}`, 'giu'), build: (m) => ymd(num(m[3]), monthNumber(m[1]!), num(m[2])) },
  // 25 July 2013, 7 janvier 2022, 26 de febrero de 1973, 27 июля 2012 (года)
  { re: new RegExp(`${B}(\\d{1,2})(?:er)?\\s+(?:de\\s+)?(${MONTH_NAME})\\s+(?:de\\s+|del\\s+)?(${YEAR})${E}`, 'giu'), build: (m) => ymd(num(m[3]), monthNumber(m[2]!), num(m[1])) },
  // July 2007, marzo de 2018, mars 2013, октябре 2016
  { re: new RegExp(`${B}(${MONTH_NAME})\\s+(?:de\\s+|del\\s+|of\\s+)?(${YEAR})${E}`, 'giu'), build: (m) => ymd(num(m[2]), monthNumber(m[1]!)) },
  // July 25 / Dec. 5 (no year)
  { re: new RegExp(`${B}(${LATIN_MONTH})\\.?\\s+(\\d{1,2})${E}`, 'giu'), build: (m) => ymd(undefined, monthNumber(m[1]!), num(m[2])) },
  // 25 July / 7 janvier / 7 de marzo / 27 июля (no year)
  { re: new RegExp(`${B}(\\d{1,2})(?:er)?\\s+(?:de\\s+)?(${MONTH_NAME})${E}`, 'giu'), build: (m) => ymd(undefined, monthNumber(m[2]!), num(m[1])) },
  // A month alone: in March, en enero, en janvier, в январе (year from publication)
  { re: new RegExp(`${B}(?:in|en|em|в|во|since|until|de)\\s+(${MONTH_NAME})${E}(?!\\s*\\d)`, 'giu'), build: (m) => ymd(undefined, monthNumber(m[1]!)) },
  // Vietnamese day/month without a year: 10/9, ngày 12/3, 27-6, 3-4/6 (range: its last day)
  { re: /(?<![\p{L}\p{N}/.])(?:\d{1,2}\s*[-–]\s*)?(\d{1,2})\s*[/-]\s*(\d{1,2})(?![\p{N}/])(?!\s*[-/]\s*\d)/gu, build: (m) => ymd(undefined, num(m[2]), num(m[1])) },
  // tháng 7 / tháng 12 (month of the current year)
  { re: /tháng\s+(\d{1,2})(?![\p{N}/])/giu, build: (m) => ymd(undefined, num(m[1])) },
  // Year alone: in 2009, năm 2009, en 2009, в 2016 году
  { re: new RegExp(`${B}(?<!\\d\\s*[-–]\\s*)(${YEAR})(?:\\s*(?:году|года|г\\.))?(?![\\p{L}\\p{N}]|\\s*[-–]\\s*\\d)`, 'gu'), build: (m) => ymd(num(m[1])) },
];

function ymd(year?: number, month?: number, day?: number): Omit<DateMention, 'start' | 'end'> | undefined {
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && (day < 1 || day > 31)) return undefined;
  const precision: Precision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  const out: Omit<DateMention, 'start' | 'end'> = { precision };
  if (year !== undefined) out.year = year;
  else out.inferredYear = true;
  if (month !== undefined) out.month = month;
  if (day !== undefined) out.day = day;
  return out;
}

const WEEKDAY_RE = new RegExp(
  `${B}(?:${Object.keys(WEEKDAYS).filter((k) => !/[\u4e00-\u9fff]/.test(k)).join('|')})${E}|(?:${Object.keys(WEEKDAYS).filter((k) => /[\u4e00-\u9fff]/.test(k)).join('|')})`,
  'giu',
);
const TODAY_RE = /(?<![\p{L}])(?:today|this morning|this afternoon|tonight|hôm nay|sáng nay|chiều nay|tối nay|aujourd'hui|hoy|сегодня|今天|今日|本日|오늘)(?![\p{L}])/giu;
const YESTERDAY_RE = /(?<![\p{L}])(?:yesterday|hôm qua|hier|ayer|вчера|昨天|昨日|어제)(?![\p{L}])/giu;

/**
 * Finds date expressions in `text` and resolves them. `published` anchors those without a year
 * (the latest such date on or before publication, allowing a week ahead for schedules);
 * `contextYear` stands in when there is no publication date (a year-in-review page).
 */
export function findDates(text: string, published?: Day, contextYear?: number): DateMention[] {
  const taken: [number, number][] = [];
  const out: DateMention[] = [];
  const free = (s: number, e: number) => taken.every(([a, b]) => e <= a || s >= b);
  const add = (start: number, end: number, d: Omit<DateMention, 'start' | 'end'>) => {
    taken.push([start, end]);
    const resolved = resolve({ ...d, start, end }, published, contextYear);
    if (resolved) out.push(resolved);
  };
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!free(start, end)) continue;
      const d = rule.build(m);
      if (d) add(start, end, d);
    }
  }
  if (published) {
    for (const [re, offset] of [[YESTERDAY_RE, 1], [TODAY_RE, 0]] as const) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (!free(m.index, m.index + m[0].length)) continue;
        const d = fromDayNumber(dayNumber(published) - offset);
        add(m.index, m.index + m[0].length, { ...d, precision: 'day' });
      }
    }
    WEEKDAY_RE.lastIndex = 0;
    for (let m = WEEKDAY_RE.exec(text); m; m = WEEKDAY_RE.exec(text)) {
      if (!free(m.index, m.index + m[0].length)) continue;
      const wd = WEEKDAYS[m[0].toLowerCase()];
      if (wd === undefined) continue;
      // The latest such weekday on or before publication: news reports what happened.
      const pub = dayNumber(published);
      const pubWd = new Date(pub * 86_400_000).getUTCDay();
      const d = fromDayNumber(pub - ((pubWd - wd + 7) % 7));
      add(m.index, m.index + m[0].length, { ...d, precision: 'day' });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function resolve(d: DateMention, published?: Day, contextYear?: number): DateMention | undefined {
  if (d.year !== undefined) return d;
  if (d.relativeYear !== undefined) {
    if (!published) return undefined;
    const { relativeYear, ...rest } = d;
    let year = published.year + Math.trunc(relativeYear);
    // "last October": the most recent October before publication
    if (relativeYear === -0.5) year = d.month! < published.month ? published.year : published.year - 1;
    return { ...rest, year };
  }
  if (d.month === undefined) {
    // A bare day (27日): this month of publication, or the previous month when it lies ahead.
    if (!published || d.day === undefined) return undefined;
    let { year, month } = published;
    if (d.day > published.day + 7) [year, month] = month === 1 ? [year - 1, 12] : [year, month - 1];
    return { ...d, year, month };
  }
  if (published) {
    const pub = dayNumber(published);
    let year = published.year;
    const candidate = (y: number) => dayNumber({ year: y, month: d.month!, day: d.day ?? 1 });
    // Dates up to ~a month ahead may be schedules ("will visit on 27/11"); beyond, last year.
    if (candidate(year) > pub + 31) year -= 1;
    return { ...d, year };
  }
  if (contextYear !== undefined) return { ...d, year: contextYear };
  return undefined;
}
