import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, daysInMonth, isIsoDate, isLeapYear, laterDate } from './calendar';

describe('isIsoDate', () => {
  it.each(['2026-01-31', '2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31'])('accepts %s', (d) => {
    expect(isIsoDate(d)).toBe(true);
  });

  it.each([
    '2026-02-30',
    '2025-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '0000-01-01',
    '2026-1-5',
    '2026-01',
    '26-01-01',
    ' 2026-01-01',
    '2026-01-01T00:00:00Z',
    'yesterday',
    '',
    null,
    undefined,
    20260101,
  ])('rejects %s', (d) => {
    expect(isIsoDate(d)).toBe(false);
  });
});

describe('leap years and month lengths', () => {
  it('follows the Gregorian rules', () => {
    expect([2024, 2000, 2400].map(isLeapYear)).toEqual([true, true, true]);
    expect([2025, 1900, 2100].map(isLeapYear)).toEqual([false, false, false]);
    expect([1, 2, 3, 4, 6, 8, 9, 11, 12].map((m) => daysInMonth(2025, m))).toEqual([
      31, 28, 31, 30, 30, 31, 30, 30, 31,
    ]);
  });
});

describe('addMonths', () => {
  it.each([
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-03-31', 1, '2025-04-30'],
    ['2025-03-31', 12, '2026-03-31'],
    ['2025-08-31', 1, '2025-09-30'],
    ['2025-08-31', 12, '2026-08-31'],
    ['2025-12-15', 1, '2026-01-15'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-01-15', -1, '2025-12-15'],
    ['1999-12-31', 12, '2000-12-31'],
  ])('%s + %i months = %s', (from, months, to) => {
    expect(addMonths(from, months)).toBe(to);
  });

  it('returns null for invalid input or a year outside 0001–9999', () => {
    expect(addMonths('2026-02-30', 12)).toBeNull();
    expect(addMonths('garbage', 12)).toBeNull();
    expect(addMonths('2026-01-01', 1.5)).toBeNull();
    expect(addMonths('9999-06-01', 12)).toBeNull();
    expect(addMonths('0001-06-01', -12)).toBeNull();
  });
});

describe('daysBetween', () => {
  it('counts calendar days across months, leap days and centuries', () => {
    expect(daysBetween('2026-01-01', '2026-01-02')).toBe(1);
    expect(daysBetween('2026-01-02', '2026-01-01')).toBe(-1);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-02-28', '2025-03-01')).toBe(1);
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('1900-01-01', '2000-01-01')).toBe(36524);
    expect(daysBetween('2000-01-01', '2100-01-01')).toBe(36525);
    expect(daysBetween('1970-01-01', '2026-11-26')).toBe(Date.UTC(2026, 10, 26) / 86_400_000);
  });

  it('returns null when a date is invalid', () => {
    expect(daysBetween('2026-02-30', '2026-03-01')).toBeNull();
    expect(daysBetween('2026-03-01', 'soon')).toBeNull();
  });
});

describe('laterDate', () => {
  it('picks the later date', () => {
    expect(laterDate('2026-01-01', '2025-12-31')).toBe('2026-01-01');
    expect(laterDate('2025-12-31', '2026-01-01')).toBe('2026-01-01');
  });
});

describe('addDays', () => {
  it('steps across month, year and leap-day boundaries, both ways', () => {
    expect(addDays('2027-01-31', 1)).toBe('2027-02-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-31', -30)).toBe('2027-01-01');
    expect(addDays('2027-01-31', 0)).toBe('2027-01-31');
  });

  it('agrees with daysBetween over four centuries', () => {
    for (let n = -146097; n <= 146097; n += 997) {
      const d = addDays('2000-03-01', n)!;
      expect(daysBetween('2000-03-01', d)).toBe(n);
    }
  });

  it('is null for invalid input or a result out of range', () => {
    expect(addDays('2027-02-30', 1)).toBeNull();
    expect(addDays('2027-01-01', 1.5)).toBeNull();
    expect(addDays('9999-12-31', 1)).toBeNull();
  });
});
