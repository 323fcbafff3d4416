import { describe, expect, it } from 'vitest';
import { reportDoc, SIGNATURE, TYPE2_SCOPE, UNMODIFIED } from '../../tests/helpers/report-pages';
import { extractServiceOrganization, extractSignature } from './extract-parties';

describe('extractServiceOrganization', () => {
  it.each([
    [TYPE2_SCOPE, 'Acme Agents, Inc.'],
    [
      'We have examined the accompanying description of the Agent Platform system of Tern.ai, Inc. (“Tern”) titled “Tern’s System” as of March 1, 2026.',
      'Tern.ai, Inc.',
    ],
    [
      'We have examined management of Helio Dynamics GmbH’s assertion that the controls within the system were effective.',
      'Helio Dynamics GmbH',
    ],
    [
      'To: Cobalt & Finch, Inc.\nWe have examined Cobalt & Finch’s accompanying description of its system.',
      'Cobalt & Finch, Inc.',
    ],
    [
      'To: The Board of Directors of Orchid Retrieval Systems, Inc.\nWe have examined the description.',
      'Orchid Retrieval Systems, Inc.',
    ],
    [
      'To the Directors of Acme Payroll Limited\nWe have examined the description of the system.',
      'Acme Payroll Limited',
    ],
  ])('%#', (auditor, name) => {
    expect(extractServiceOrganization(reportDoc({ auditor }))?.value).toBe(name);
  });

  it('falls back to management’s assertion', () => {
    const doc = reportDoc({
      auditor:
        'We have examined the accompanying description and the controls stated therein for the period.',
      assertion:
        'We have prepared the accompanying description of Quillwork AI Ltd’s (“Quillwork”) Document Agent Service system throughout the period.',
    });
    expect(extractServiceOrganization(doc)).toMatchObject({ value: 'Quillwork AI Ltd', page: '2' });
  });

  it('is null when no sentence names the examined organisation', () => {
    const doc = reportDoc({
      auditor: 'We have examined the accompanying description of the system for the period.',
    });
    expect(extractServiceOrganization(doc)).toBeNull();
  });
});

describe('extractSignature', () => {
  const signed = (signature: string) =>
    extractSignature(
      reportDoc({ auditor: `${TYPE2_SCOPE}\n${UNMODIFIED}\n${signature}` }),
      'Acme Agents, Inc.',
    );

  it('reads the firm and the report date from the signature block', () => {
    expect(signed(SIGNATURE)).toEqual({
      auditor: { value: 'Ridgeway & Lowe LLP', quote: 'Ridgeway & Lowe LLP', page: '1' },
      reportDate: { value: '2026-03-15', quote: 'March 15, 2026', page: '1' },
    });
  });

  it.each([
    ['/s/ Brightline CPAs, P.C.\nRaleigh, NC\n04/10/2026', 'Brightline CPAs, P.C.', '2026-04-10'],
    ['Calder & Voss LLP | London, United Kingdom | 27 February 2026', 'Calder & Voss LLP', '2026-02-27'],
    ['A-LIGN ASSURANCE\nTampa, Florida, April 2, 2026', 'A-LIGN ASSURANCE', '2026-04-02'],
    ['Ashgrove Assurance, LLC\nDate: Apr. 2, 2026', 'Ashgrove Assurance, LLC', '2026-04-02'],
    [
      'Holloway Reed LLP\nChartered Accountants\nManchester, United Kingdom\n12 February 2026',
      'Holloway Reed LLP',
      '2026-02-12',
    ],
  ])('%s', (signature, firm, date) => {
    const s = signed(signature);
    expect(s.auditor?.value).toBe(firm);
    expect(s.reportDate?.value).toBe(date);
  });

  it('gives no auditor when the firm signed with an image (only city and date are text)', () => {
    const s = signed('Boston, Massachusetts\nOctober 3, 2025');
    expect(s.auditor).toBeNull();
    expect(s.reportDate?.value).toBe('2025-10-03');
  });

  it('never takes the service organisation or a sentence for the firm', () => {
    const s = signed('Acme Agents, Inc.\nThis report is intended solely for the specified parties.');
    expect(s.auditor).toBeNull();
  });
});
