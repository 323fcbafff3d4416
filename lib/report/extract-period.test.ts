import { describe, expect, it } from 'vitest';
import { reportDoc, TYPE2_SCOPE } from '../../tests/helpers/report-pages';
import { buildDoc } from './doc';
import { coverReportDate, extractPeriod } from './extract-period';
import { pagesOf } from '../../tests/helpers/report-pages';

const periodOf = (auditor: string, cover = 'SOC 2 Type 2 Report') => {
  const p = extractPeriod(reportDoc({ cover, auditor }), 'soc2-type2');
  return [p.periodStart?.value ?? null, p.periodEnd?.value ?? null];
};

describe('extractPeriod', () => {
  it.each([
    [TYPE2_SCOPE, ['2025-01-01', '2025-12-31']],
    [
      '...controls operated effectively throughout the period from 1 July 2024 to 30 June 2025.',
      ['2024-07-01', '2025-06-30'],
    ],
    [
      '...during the period January 1, 2025, through December 31, 2025, to provide...',
      ['2025-01-01', '2025-12-31'],
    ],
    ['...for the review period of 01/01/2025 – 06/30/2025.', ['2025-01-01', '2025-06-30']],
    [
      '...throughout the period Jan. 1, 2025 to\nDec. 31, 2025, to provide reasonable assurance.',
      ['2025-01-01', '2025-12-31'],
    ],
    [
      '...operated effectively for the twelve-month period ended December 31, 2025.',
      ['2025-01-01', '2025-12-31'],
    ],
  ])('%#', (auditor, period) => {
    expect(periodOf(auditor)).toEqual(period);
  });

  it('quotes the sentence and its page', () => {
    const p = extractPeriod(reportDoc({ cover: 'SOC 2', auditor: TYPE2_SCOPE }), 'soc2-type2');
    expect(p.periodEnd).toMatchObject({ page: '2' });
    expect(p.periodEnd?.quote).toContain('throughout the period January 1, 2025 to December 31, 2025');
  });

  it('skips a sentence about the next examination', () => {
    const auditor = `Our next examination will cover the period January 1, 2026 to December 31, 2026.\n${TYPE2_SCOPE}`;
    expect(periodOf(auditor)).toEqual(['2025-01-01', '2025-12-31']);
  });

  it('falls back to the cover title', () => {
    expect(
      periodOf('We have examined the description.', 'SOC 2 Type 2\nApril 1, 2025 – March 31, 2026'),
    ).toEqual(['2025-04-01', '2026-03-31']);
  });

  it('reads "as of" for a Type 1 and never a period', () => {
    const doc = reportDoc({
      auditor:
        'We have examined the description as of 1 March 2026 and the suitability of the design of controls as of 1 March 2026.',
    });
    expect(extractPeriod(doc, 'soc2-type1')).toMatchObject({
      periodStart: null,
      periodEnd: null,
      asOf: { value: '2026-03-01' },
    });
  });

  it('leaves a Type 2 without a stated period empty rather than guessing', () => {
    expect(periodOf('We have examined the description as of March 1, 2026.')).toEqual([null, null]);
  });
});

describe('coverReportDate', () => {
  it('reads a report date printed on the cover', () => {
    const doc = buildDoc(pagesOf('SOC 2 Type 2 Report\nReport date: March 15, 2026'));
    expect(coverReportDate(doc)?.value).toBe('2026-03-15');
  });
});
