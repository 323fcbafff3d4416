/**
 * Dates as auditors write them: "January 1, 2025", "Jan. 1, 2025", "1 January 2025", "1st of January 2025",
 * "01/01/2025", "2025-01-01", and ranges between two of them ("January 1, 2025 to December 31, 2025",
 * "… through …", "… – …"). Numeric dates are month first (the AICPA's US usage) unless the document
 * itself shows that it writes the day first.
 */
import { addDays, addMonths, daysBetween, isIsoDate } from '../staleness/calendar';

export type DateOrder = 'mdy' | 'dmy';

const MONTH_NAMES = [
  'jan(?:uary)?',
  'feb(?:ruary)?',
  'mar(?:ch)?',
  'apr(?:il)?',
  'may',
  'june?',
  'july?',
  'aug(?:ust)?',
  'sep(?:t(?:ember)?)?',
  'oct(?:ober)?',
  'nov(?:ember)?',
  'dec(?:ember)?',
];
const MONTH = `(?:${MONTH_NAMES.join('|')})\\.?`;
const DAY = `\\d{1,2}(?:st|nd|rd|th)?`;
const YEAR = `(?:19|20)\\d{2}`;
const MONTH_DAY_YEAR = `${MONTH}\\s+${DAY},?\\s+${YEAR}`;
const DAY_MONTH_YEAR = `${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}`;
const NUMERIC = `\\d{1,2}[/.-]\\d{1,2}[/.-]${YEAR}`;
const ISO = `${YEAR}-\\d{2}-\\d{2}`;

/** One date in any of the supported styles (no capture groups, case-insensitive use). */
export const DATE = `\\b(?:${MONTH_DAY_YEAR}|${DAY_MONTH_YEAR}|${ISO}|${NUMERIC})\\b`;
/** What sits between the two dates of a range. */
export const RANGE_SEPARATOR = `,?\\s*(?:to|through|thru|until|and|[-–—])\\s*`;

const DATE_RE = new RegExp(DATE, 'gi');
const RANGE_RE = new RegExp(`(${DATE})${RANGE_SEPARATOR}(${DATE})`, 'gi');
/** "January 1 to December 31, 2025", "1 July to 31 December 2025": the year written once. */
const SHARED_YEAR_RE = new RegExp(
  `\\b(${MONTH}\\s+${DAY}|${DAY}\\s+${MONTH})${RANGE_SEPARATOR}((?:${MONTH}\\s+${DAY}|${DAY}\\s+${MONTH}),?\\s+(${YEAR}))\\b`,
  'gi',
);
/** "for the twelve-month period ended December 31, 2025". */
const MONTHS_ENDED_RE = new RegExp(
  `\\b(three|six|nine|twelve|3|6|9|12)[- ]months?(?: period)? end(?:ed|ing)(?: on)?\\s+(${DATE})`,
  'gi',
);
const MONTH_COUNTS: Record<string, number> = { three: 3, six: 6, nine: 9, twelve: 12 };

const pad = (n: number) => String(n).padStart(2, '0');

function iso(year: number, month: number, day: number): string | null {
  const s = `${year}-${pad(month)}-${pad(day)}`;
  return isIsoDate(s) ? s : null;
}

function monthNumber(name: string): number {
  const m = name.toLowerCase().slice(0, 3);
  return MONTH_NAMES.findIndex((re) => re.startsWith(m)) + 1;
}

/** One written date as YYYY-MM-DD, or null when it is not a real calendar date. */
export function parseDate(text: string, order: DateOrder = 'mdy'): string | null {
  const t = text.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) {
    const [a, b] = [+m[1]!, +m[2]!];
    // A part above 12 can only be the day, whatever the document's habit.
    const dayFirst = a > 12 || (order === 'dmy' && b <= 12);
    return dayFirst ? iso(+m[3]!, b, a) : iso(+m[3]!, a, b);
  }
  m = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i.exec(t);
  if (m) return iso(+m[3]!, monthNumber(m[1]!), +m[2]!);
  m = /^(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+)\.?,?\s+(\d{4})$/i.exec(t);
  if (m) return iso(+m[3]!, monthNumber(m[2]!), +m[1]!);
  return null;
}

export interface FoundDate {
  iso: string;
  index: number;
  text: string;
}

/** Every date written in a text, in order. */
export function findDates(text: string, order: DateOrder = 'mdy'): FoundDate[] {
  const out: FoundDate[] = [];
  for (const m of text.matchAll(DATE_RE)) {
    const value = parseDate(m[0], order);
    if (value) out.push({ iso: value, index: m.index, text: m[0] });
  }
  return out;
}

export interface FoundRange {
  start: string;
  end: string;
  index: number;
  text: string;
}

/** The first day of an `n`-month period that ends on `end` (a month end gives whole months). */
function monthsBefore(end: string, n: number): string | null {
  const monthEnd = addDays(end, 1)?.endsWith('-01');
  if (monthEnd) return addMonths(end, -(n - 1))?.replace(/-\d{2}$/, '-01') ?? null;
  const back = addMonths(end, -n);
  return back && addDays(back, 1);
}

/** Longest span a report period can have; anything longer is two unrelated dates. */
const MAX_PERIOD_DAYS = 800;

/** Every "date to date" range in a text whose start comes before its end. */
export function findRanges(text: string, order: DateOrder = 'mdy'): FoundRange[] {
  const out: FoundRange[] = [];
  for (const m of text.matchAll(RANGE_RE)) {
    const start = parseDate(m[1]!, order);
    const end = parseDate(m[2]!, order);
    if (!start || !end || start >= end) continue;
    if ((daysBetween(start, end) ?? Infinity) <= MAX_PERIOD_DAYS)
      out.push({ start, end, index: m.index, text: m[0] });
  }
  for (const m of text.matchAll(SHARED_YEAR_RE)) {
    const end = parseDate(m[2]!, order);
    let start = parseDate(`${m[1]!.trim()} ${m[3]}`.replace(/^(\D+\d+)\s/, '$1, '), order);
    // "July 1 to June 30, 2025" starts in the year before.
    if (start && end && start >= end) start = addMonths(start, -12);
    if (start && end && start < end) out.push({ start, end, index: m.index, text: m[0] });
  }
  for (const m of text.matchAll(MONTHS_ENDED_RE)) {
    const end = parseDate(m[2]!, order);
    const start = end && monthsBefore(end, MONTH_COUNTS[m[1]!.toLowerCase()] ?? Number(m[1]));
    if (start && end) out.push({ start, end, index: m.index, text: m[0] });
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * Whether a document writes numeric dates day first: it has a numeric date whose first part cannot be
 * a month, or it spells its dates day first ("1 January 2025") more often than month first.
 */
export function dateOrderOf(text: string): DateOrder {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const m of text.matchAll(new RegExp(`\\b(\\d{1,2})[/.-](\\d{1,2})[/.-]${YEAR}\\b`, 'g'))) {
    if (+m[1]! > 12) return 'dmy';
    if (+m[2]! > 12) return 'mdy';
  }
  dayFirst += text.match(new RegExp(`\\b${DAY_MONTH_YEAR}`, 'gi'))?.length ?? 0;
  monthFirst += text.match(new RegExp(`\\b${MONTH_DAY_YEAR}`, 'gi'))?.length ?? 0;
  return dayFirst > monthFirst ? 'dmy' : 'mdy';
}
