import { describe, expect, it } from 'vitest';
import { docOf, reportDoc, TYPE2_SCOPE, UNMODIFIED } from '../../tests/helpers/report-pages';
import { extractKind } from './extract-kind';

const TYPE1_SCOPE = `We have examined Acme Agents, Inc.’s accompanying description of its Agent Platform system as of
March 1, 2026 (description) and the suitability of the design of controls stated in the description as of
March 1, 2026, to provide reasonable assurance that Acme’s service commitments and system requirements
were achieved based on the trust services criteria relevant to security. We did not perform any procedures
regarding the operating effectiveness of controls and, accordingly, do not express an opinion thereon.`;

describe('extractKind', () => {
  it.each([
    ['SOC 2® Type 2 Report', 'soc2-type2'],
    ['SOC 2 TYPE II REPORT', 'soc2-type2'],
    ['System and Organization Controls (SOC) 2 Type 2 Report', 'soc2-type2'],
    ['SOC 2 Report', 'soc2-type2'],
  ])('a Type 2 titled %s', (title, kind) => {
    const doc = reportDoc({ cover: `Acme Agents, Inc.\n${title}`, auditor: `${TYPE2_SCOPE}\n${UNMODIFIED}` });
    expect(extractKind(doc)?.value).toBe(kind);
  });

  it('reads the type from the auditor’s scope, not from a Type II planned for the next period', () => {
    const doc = reportDoc({
      cover: 'Acme Agents, Inc.\nSOC 2 Type I Report',
      auditor: TYPE1_SCOPE,
      description:
        'Acme intends to undergo a SOC 2 Type II examination covering the period March 2, 2026 to August 31, 2026.',
    });
    expect(extractKind(doc)).toMatchObject({ value: 'soc2-type1', quote: 'SOC 2 Type I Report', page: '1' });
  });

  it('trusts the auditor’s scope over a cover that says otherwise', () => {
    const doc = reportDoc({ cover: 'SOC 2 Type 2 Report', auditor: TYPE1_SCOPE });
    const kind = extractKind(doc);
    expect(kind?.value).toBe('soc2-type1');
    expect(kind?.quote).toContain('suitability of the design of controls');
  });

  it('recognises a SOC 3 and a SOC 1', () => {
    const soc3 = docOf(
      'SOC 3® Report\nAcme Agents, Inc.',
      `Report of Independent Accountants\n${TYPE2_SCOPE}`,
    );
    expect(extractKind(soc3)?.value).toBe('soc3');
    const soc1 = reportDoc({
      auditor:
        'We have examined Ledger Co.’s description of its payroll system throughout the period July 1, 2024 to June 30, 2025 and the suitability of the design and operating effectiveness of the controls to achieve the related control objectives, which are relevant to user entities’ internal control over financial reporting.',
    });
    expect(extractKind(soc1)?.value).toBe('soc1');
  });

  it('is null for a PDF without an independent auditor’s report, however often it says SOC 2', () => {
    const doc = docOf(
      'Bridge Letter\nAcme Agents, Inc. had a SOC 2 Type II examination performed for the period January 1, 2025 to December 31, 2025. Management is not aware of any material changes since then.',
    );
    expect(extractKind(doc)).toBeNull();
  });

  it('is null for a SOC 2 whose type is stated nowhere', () => {
    const doc = reportDoc({
      cover: 'SOC 2 Report',
      auditor:
        'We have examined the accompanying description of Acme’s Agent Platform system and its controls.',
    });
    expect(extractKind(doc)).toBeNull();
  });
});
