import type { ExtractedReport, ReportReading } from '@/lib/report/schema';

/** A report reading as the reader returns it, built by hand for tests of what uses it. */
export function reading(over: Partial<ExtractedReport> = {}): ReportReading {
  return {
    pageCount: 42,
    pagesRead: 42,
    textLayer: true,
    report: {
      kind: 'soc2-type2',
      serviceOrganization: 'Quillwork, Inc.',
      auditor: 'Hollis & Vane LLP',
      periodStart: '2025-04-01',
      periodEnd: '2026-03-31',
      asOf: null,
      reportDate: '2026-05-15',
      opinion: 'qualified',
      criteria: ['security', 'availability', 'confidentiality'],
      subservice: [
        { name: 'Amazon Web Services', method: 'carve-out', quote: 'AWS is carved out.', page: '14' },
        { name: 'OpenAI, L.L.C.', method: 'carve-out', quote: 'OpenAI is carved out.', page: '14' },
      ],
      cuecs: [
        { text: 'User entities are responsible for reviewing access of their users quarterly.', page: '18' },
        { text: 'User entities are responsible for protecting API keys.', page: '18' },
      ],
      exceptions: [
        { control: 'CC6.2', text: 'Exception noted. 2 of 25 leavers kept access for 10 days.', page: '37' },
      ],
      testsWithoutExceptions: 61,
      evidence: {
        kind: { quote: 'Report on Controls … (SOC 2 Type 2)', page: 'i' },
        periodEnd: { quote: 'for the period April 1, 2025 to March 31, 2026', page: '3' },
        reportDate: { quote: 'May 15, 2026', page: '5' },
        opinion: { quote: 'except for the matter described …, in all material respects', page: '4' },
        criteria: { quote: 'relevant to security, availability, and confidentiality', page: '3' },
        auditor: { quote: 'Hollis & Vane LLP', page: '5' },
      },
      ...over,
    },
  };
}
