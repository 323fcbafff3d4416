/**
 * Calendar arithmetic on plain 'YYYY-MM-DD' dates, written by hand. Report dates are calendar days
 * without a time zone: going through `Date` would shift them by the reviewer's offset, and a date library
 * would be a dependency for a dozen lines.
 */

/** A calendar date split into its parts; months and days count from 1. */
interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Four-digit years only: anything outside cannot be written as YYYY-MM-DD. */
const MIN_YEAR = 1;
const MAX_YEAR = 9999;

/** Gregorian leap year: every 4th year, except centuries not divisible by 400. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days in a month (1 = January). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function parse(value: unknown): CalendarDate | null {
  if (typeof value !== 'string') return null;
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < MIN_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function format({ year, month, day }: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** True for a real calendar date written as YYYY-MM-DD (so '2026-02-30', '2026-2-3' and non-strings are not). */
export function isIsoDate(value: unknown): value is string {
  return parse(value) !== null;
}

/**
 * The date `months` calendar months after `date` (negative goes back), clamped to the end of the
 * target month: 2024-02-29 + 12 months = 2025-02-28, 2025-01-31 + 1 month = 2025-02-28.
 * Null for an invalid date or a result outside years 0001–9999.
 */
export function addMonths(date: string, months: number): string | null {
  const d = parse(date);
  if (!d || !Number.isInteger(months)) return null;
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  return format({ year, month, day: Math.min(d.day, daysInMonth(year, month)) });
}

/** Days since a fixed epoch in the proleptic Gregorian calendar (H. Hinnant's days_from_civil). */
function dayNumber({ year, month, day }: CalendarDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  // Counting months from March puts the leap day at the end of the year.
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra;
}

/** Whole days from `from` to `to` (negative when `to` is earlier); null when either date is invalid. */
export function daysBetween(from: string, to: string): number | null {
  const a = parse(from);
  const b = parse(to);
  return a && b ? dayNumber(b) - dayNumber(a) : null;
}

/** The date `days` days after `date` (negative goes back); null for an invalid date or out-of-range result. */
export function addDays(date: string, days: number): string | null {
  const d = parse(date);
  if (!d || !Number.isInteger(days)) return null;
  let n = dayNumber(d) + days;
  // Civil date from a day number (Hinnant's civil_from_days), the inverse of dayNumber.
  const era = Math.floor(n / 146097);
  n -= era * 146097;
  const yearOfEra = Math.floor(
    (n - Math.floor(n / 1460) + Math.floor(n / 36524) - Math.floor(n / 146096)) / 365,
  );
  const dayOfYear = n - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  return format({ year, month, day });
}

/** The later of two valid dates (YYYY-MM-DD sorts as text). */
export function laterDate(a: string, b: string): string {
  return a >= b ? a : b;
}
