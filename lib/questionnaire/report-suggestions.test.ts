import { describe, expect, it } from 'vitest';
import { reading } from '@/tests/helpers/report-reading';
import { Q } from './question-ids';
import { suggestionsFromReport } from './report-suggestions';

const byQuestion = (s: ReturnType<typeof suggestionsFromReport>) =>
  Object.fromEntries(s.map((x) => [x.questionId, x]));

describe('suggestions from a SOC report', () => {
  it('suggests each stated fact on its question, with the file, page and quote as evidence', () => {
    const s = byQuestion(suggestionsFromReport(reading().report, 'quillwork-soc2.pdf', {}));
    expect(s[Q.reportType]).toMatchObject({
      value: 'type-2',
      evidence: { file: 'quillwork-soc2.pdf', page: 'i' },
    });
    expect(s[Q.observationWindow]).toMatchObject({
      value: { start: '2025-04-01', end: '2026-03-31' },
      evidence: { page: '3' },
    });
    expect(s[Q.issueDate]?.value).toBe('2026-05-15');
    expect(s[Q.opinion]).toMatchObject({ value: 'qualified', evidence: { page: '4' } });
    expect(s[Q.exceptions]).toMatchObject({ value: true, evidence: { page: '37' } });
    expect(s[Q.exceptions]?.note).toContain('CC6.2 (p. 37)');
    expect(s[Q.tscScope]?.value).toEqual(['security', 'availability', 'confidentiality']);
    // Carved-out organisations are not covered by this report: coverage is unknown, and the note says who.
    expect(s[Q.subprocessorCoverage]).toMatchObject({ value: 'unknown' });
    expect(s[Q.subprocessorCoverage]?.note).toContain(
      'Carved out (not covered by this report; ask for their own SOC 2): Amazon Web Services, OpenAI, L.L.C.',
    );
    expect(s[Q.cuec]?.value).toEqual([
      { control: 'User entities are responsible for reviewing access of their users quarterly.', owner: '' },
      { control: 'User entities are responsible for protecting API keys.', owner: '' },
    ]);
    expect(s[Q.asOfDate]).toBeUndefined();
  });

  it('suggests nothing the report does not state', () => {
    const s = suggestionsFromReport(
      reading({
        kind: 'soc2-type1',
        opinion: null,
        periodStart: null,
        periodEnd: null,
        asOf: null,
        reportDate: null,
        criteria: [],
        subservice: [],
        cuecs: [],
        exceptions: [],
        testsWithoutExceptions: 0,
        evidence: { kind: { quote: 'Type 1', page: '1' } },
      }).report,
      'r.pdf',
      {},
    );
    expect(s.map((x) => [x.questionId, x.value])).toEqual([[Q.reportType, 'type-1']]);
  });

  it('says "no exceptions" only where the report shows tests that found none', () => {
    const clean = byQuestion(suggestionsFromReport(reading({ exceptions: [] }).report, 'r.pdf', {}));
    expect(clean[Q.exceptions]).toMatchObject({
      value: false,
      label: 'The report notes no exceptions across 61 tests of controls',
    });
    const silent = byQuestion(
      suggestionsFromReport(reading({ exceptions: [], testsWithoutExceptions: 0 }).report, 'r.pdf', {}),
    );
    expect(silent[Q.exceptions]).toBeUndefined();
  });

  it('does not suggest what is already answered the same way, and all-inclusive means covered', () => {
    const r = reading({
      subservice: [{ name: 'Acme Cloud', method: 'inclusive', quote: 'inclusive method', page: '9' }],
    });
    const s = byQuestion(suggestionsFromReport(r.report, 'r.pdf', { [Q.opinion]: 'qualified' }));
    expect(s[Q.opinion]).toBeUndefined();
    expect(s[Q.subprocessorCoverage]?.value).toBe('all');
  });
});
