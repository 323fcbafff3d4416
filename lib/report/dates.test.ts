import { describe, expect, it } from 'vitest';
import { dateOrderOf, findDates, findRanges, parseDate } from './dates';

describe('parseDate', () => {
  it.each([
    ['January 1, 2025', '2025-01-01'],
    ['Jan. 1, 2025', '2025-01-01'],
    ['Sept. 30, 2025', '2025-09-30'],
    ['December 31st, 2025', '2025-12-31'],
    ['1 January 2025', '2025-01-01'],
    ['1st of March 2026', '2026-03-01'],
    ['31 Dec 2025', '2025-12-31'],
    ['01/01/2025', '2025-01-01'],
    ['12/31/2025', '2025-12-31'],
    ['31/12/2025', '2025-12-31'],
    ['2025-06-30', '2025-06-30'],
  ])('%s → %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it('reads ambiguous numeric dates in the order the document uses', () => {
    expect(parseDate('03/01/2026')).toBe('2026-03-01');
    expect(parseDate('03/01/2026', 'dmy')).toBe('2026-01-03');
  });

  it.each(['February 30, 2025', '13/13/2025', 'Smarch 1, 2025', '2025-02-29'])('rejects %s', (text) => {
    expect(parseDate(text)).toBeNull();
  });
});

describe('findRanges', () => {
  it.each([
    ['for the period January 1, 2025 to December 31, 2025', ['2025-01-01', '2025-12-31']],
    ['during the period January 1, 2025, through December 31, 2025', ['2025-01-01', '2025-12-31']],
    ['from 1 July 2024 to 30 June 2025', ['2024-07-01', '2025-06-30']],
    ['for the period of 01/01/2025 – 12/31/2025', ['2025-01-01', '2025-12-31']],
    ['Jan. 1, 2025 - Jun. 30, 2025', ['2025-01-01', '2025-06-30']],
    ['April 1, 2025 thru March 31, 2026', ['2025-04-01', '2026-03-31']],
  ])('%s', (text, [start, end]) => {
    expect(findRanges(text)).toMatchObject([{ start, end }]);
  });

  it('ignores backwards and implausibly long ranges', () => {
    expect(findRanges('December 31, 2025 to January 1, 2025')).toEqual([]);
    expect(findRanges('January 1, 2019 to December 31, 2025')).toEqual([]);
  });

  it('finds single dates too', () => {
    expect(findDates('signed March 15, 2026 in Denver').map((d) => d.iso)).toEqual(['2026-03-15']);
  });
});

describe('dateOrderOf', () => {
  it('is month first unless the document shows otherwise', () => {
    expect(dateOrderOf('as of 03/01/2026')).toBe('mdy');
    expect(dateOrderOf('as of 03/01/2026; signed 15/04/2026')).toBe('dmy');
    expect(dateOrderOf('period 1 January 2025 to 31 December 2025, as of 03/01/2026')).toBe('dmy');
    expect(dateOrderOf('period 1 January 2025, signed 12/31/2025')).toBe('mdy');
  });
});

describe('findRanges with the year written once or a length of months', () => {
  it.each([
    ['For the Period January 1 to December 31, 2025', ['2025-01-01', '2025-12-31']],
    ['for the period July 1 through June 30, 2025', ['2024-07-01', '2025-06-30']],
    ['1 January to 30 June 2025', ['2025-01-01', '2025-06-30']],
    ['for the twelve-month period ended December 31, 2025', ['2025-01-01', '2025-12-31']],
    ['for the 6 months ended 30 June 2025', ['2025-01-01', '2025-06-30']],
  ])('%s', (text, [start, end]) => {
    expect(findRanges(text)).toMatchObject([{ start, end }]);
  });
});
