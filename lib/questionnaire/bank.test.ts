import { describe, expect, it } from 'vitest';
import { BANK_VERSION, QUESTION_BANK, optionLabel, questionById } from './bank';
import {
  ALIGNMENT,
  CERTIFICATE_STATUSES,
  COVERAGE,
  ISO_42001_STATUSES,
  OPINIONS,
  Q,
  REPORT_TYPES,
  TSC_CRITERIA,
} from './question-ids';
import { REFERENCE_CATALOGS } from './references';
import { bankSchema, type Bank, type Question } from './schema';

// Parsed at module load: a bank that fails its schema fails every test in this file.
const bank = bankSchema.parse(QUESTION_BANK);
const ids = (section: string) => bank.questions.filter((q) => q.section === section).map((q) => q.id);

describe('question bank', () => {
  it('parses unchanged against its schema', () => {
    expect(bank).toEqual(QUESTION_BANK);
    expect(bank.version).toBe(BANK_VERSION);
  });

  it('keeps its ids stable, section by section', () => {
    expect(bank.sections.map((s) => s.id)).toEqual(['soc2-report', 'principle-follow-ups', 'ai-not-covered']);
    expect(ids('soc2-report')).toEqual([
      'soc2-report-type',
      'soc2-observation-window',
      'soc2-as-of-date',
      'soc2-issue-date',
      'soc2-bridge-letter-end',
      'iso-27001-status',
      'iso-27001-expiry',
      'iso-42001-status',
      'iso-42001-expiry',
      'soc2-tsc-scope',
      'soc2-opinion',
      'soc2-exceptions',
      'soc2-exceptions-assessment',
      'ai-subprocessors',
      'subprocessor-coverage',
      'cuec-responsibilities',
      'execution-log-location',
      'execution-log-retention',
      'subprocessor-breach-notification',
      'nist-ai-rmf-alignment',
      'nist-ai-rmf-controls',
      'iso-42001-controls',
    ]);
    expect(ids('principle-follow-ups')).toEqual([
      'security-agent-deployment',
      'security-patch-speed',
      'security-tool-call-governance',
      'availability-llm-outage',
      'availability-rollback',
      'processing-integrity-post-processing',
      'processing-integrity-schema-validation',
      'processing-integrity-tool-call-safety',
      'confidentiality-ai-data',
      'confidentiality-encryption',
      'confidentiality-key-management',
      'confidentiality-access-logging',
      'privacy-pii-handling',
    ]);
    expect(ids('ai-not-covered')).toEqual([
      'prompt-injection-resilience',
      'training-data-provenance',
      'model-evaluation-rigor',
      'hallucination-rate',
      'agent-decision-audit-trail',
      'subprocessor-prompt-retention',
      'subprocessor-prompt-retention-period',
    ]);
  });

  it('asks every question from the seed with the answer type that fits', () => {
    const type = (id: string) => questionById(bank, id)!.answer.type;
    expect(type(Q.reportType)).toBe('choice');
    expect(type(Q.observationWindow)).toBe('date-range');
    expect(type(Q.asOfDate)).toBe('date');
    expect(type(Q.issueDate)).toBe('date');
    expect(type(Q.bridgeLetterEnd)).toBe('date');
    expect(type(Q.tscScope)).toBe('multi');
    expect(type(Q.opinion)).toBe('choice');
    expect(type(Q.exceptions)).toBe('yes-no');
    expect(type(Q.subprocessorCoverage)).toBe('choice');
    expect(type(Q.cuec)).toBe('list-with-owner');
    expect(type(Q.executionLogLocation)).toBe('text');
    expect(type(Q.executionLogRetention)).toBe('duration');
    expect(type(Q.breachNotification)).toBe('duration');
    expect(type(Q.nistAlignment)).toBe('choice');
    expect(type(Q.nistControls)).toBe('text');
    expect(type(Q.securityPatchSpeed)).toBe('duration');
  });

  it('offers the seed’s options', () => {
    const values = (id: string) => {
      const a = questionById(bank, id)!.answer;
      return a.type === 'choice' || a.type === 'multi' ? a.options.map((o) => o.value) : [];
    };
    expect(values(Q.reportType)).toEqual([
      'type-2',
      'type-1',
      'type-1-in-progress',
      'type-2-in-progress',
      'none',
    ]);
    expect(values(Q.tscScope)).toEqual([
      'security',
      'availability',
      'processing-integrity',
      'confidentiality',
      'privacy',
    ]);
    expect(values(Q.opinion)).toEqual(['unqualified', 'qualified', 'adverse', 'disclaimer']);
    expect(values(Q.subprocessorCoverage)).toEqual(['all', 'some', 'none', 'unknown']);
    expect(values(Q.nistAlignment)).toEqual(['held', 'aligned', 'in-progress', 'none']);
    // The constants the verdict and suggestions read match the bank's options.
    expect([...values(Q.reportType)].sort()).toEqual([...REPORT_TYPES].sort());
    expect(values(Q.tscScope)).toEqual([...TSC_CRITERIA]);
    expect(values(Q.opinion)).toEqual([...OPINIONS]);
    expect(values(Q.subprocessorCoverage)).toEqual([...COVERAGE]);
    expect(values(Q.nistAlignment)).toEqual([...ALIGNMENT]);
    expect(values(Q.iso27001Status)).toEqual([...CERTIFICATE_STATUSES]);
    expect(values(Q.iso42001Status)).toEqual([...ISO_42001_STATUSES]);
  });

  it('does not ask whether the report is current: that is computed', () => {
    expect(bank.questions.some((q) => /\bcurrent\b/i.test(q.text))).toBe(false);
  });

  it('marks the key facts and the AI-specific questions', () => {
    expect(bank.questions.filter((q) => q.keyFact).map((q) => q.id)).toEqual([
      Q.reportType,
      Q.observationWindow,
      Q.asOfDate,
      Q.issueDate,
      Q.opinion,
      Q.nistAlignment,
      Q.nistControls,
    ]);
    expect(questionById(bank, Q.nistAlignment)!.keyFactTiers).toEqual(['regulated']);
    expect(bank.questions.filter((q) => q.section === 'ai-not-covered').every((q) => q.aiSpecific)).toBe(
      true,
    );
  });

  it('cites accurate references from all three catalogues', () => {
    const cited = new Set(bank.questions.flatMap((q) => q.references.map((r) => `${r.source} ${r.id}`)));
    for (const ref of [
      'aicpa-tsc-2017 CC6.1',
      'aicpa-tsc-2017 CC8.1',
      'aicpa-tsc-2017 CC9.2',
      'aicpa-tsc-2017 A1.2',
      'aicpa-tsc-2017 PI1.3',
      'aicpa-tsc-2017 C1.1',
      'aicpa-tsc-2017 P4.2',
      'nist-ai-rmf GOVERN 6.1',
      'nist-ai-rmf MAP 4.1',
      'nist-ai-rmf MEASURE 2.7',
      'nist-ai-rmf MANAGE 3.1',
      'iso-42001 A.6.2.8',
      'iso-42001 A.7.5',
      'iso-42001 A.10.3',
    ])
      expect(cited, ref).toContain(ref);
    for (const q of bank.questions.filter((x) => x.section === 'ai-not-covered'))
      expect(
        q.references.some((r) => r.source !== 'aicpa-tsc-2017'),
        q.id,
      ).toBe(true);
    expect(
      Object.keys(REFERENCE_CATALOGS['aicpa-tsc-2017']).every((id) =>
        /^(CC\d\.\d|A1|PI1|C1|P\d)\.?\d?$/.test(id),
      ),
    ).toBe(true);
    expect(
      Object.keys(REFERENCE_CATALOGS['nist-ai-rmf']).every((id) =>
        /^(GOVERN|MAP|MEASURE|MANAGE) \d\.\d+$/.test(id),
      ),
    ).toBe(true);
    expect(Object.keys(REFERENCE_CATALOGS['iso-42001']).every((id) => /^A\.\d+\.\d+(\.\d+)?$/.test(id))).toBe(
      true,
    );
  });

  it('gives every question a vendor-facing phrasing', () => {
    for (const q of bank.questions) expect(q.askVendor, q.id).toMatch(/\?/);
    expect(new Set(bank.questions.map((q) => q.askVendor)).size).toBe(bank.questions.length);
  });

  it('labels options for explanations', () => {
    expect(optionLabel(bank, Q.reportType, 'type-1-in-progress')).toBe('Type I in progress');
    expect(optionLabel(bank, Q.reportType, 'other')).toBe('other');
    expect(optionLabel(bank, 'no-such-question', 'x')).toBe('x');
  });
});

describe('bankSchema consistency checks', () => {
  const base = (): Bank => structuredClone(QUESTION_BANK);
  const errors = (b: unknown) => {
    const r = bankSchema.safeParse(b);
    return r.success ? [] : r.error.issues.map((i) => i.message);
  };
  const q = (b: Bank, id: string) => b.questions.find((x) => x.id === id)! as Question;

  it('rejects duplicate ids', () => {
    const b = base();
    b.questions.push({ ...b.questions[0]! });
    expect(errors(b)).toContain('Duplicate question id soc2-report-type');
  });

  it('rejects a condition on a later question', () => {
    const b = base();
    q(b, Q.reportType).showIf = [{ question: Q.opinion, op: 'equals', value: 'qualified' }];
    expect(errors(b).join()).toMatch(/not an earlier question/);
  });

  it('rejects a condition on an option that does not exist', () => {
    const b = base();
    q(b, Q.observationWindow).showIf = [{ question: Q.reportType, op: 'equals', value: 'type-3' }];
    expect(errors(b).join()).toMatch(/equals needs a choice option/);
  });

  it('rejects includes on a single choice', () => {
    const b = base();
    q(b, Q.opinion).showIf = [{ question: Q.reportType, op: 'includes', value: 'type-2' }];
    expect(errors(b).join()).toMatch(/includes needs a multi option/);
  });

  it('rejects a reference that is not in the catalogue', () => {
    const b = base();
    q(b, Q.opinion).references = [{ source: 'aicpa-tsc-2017', id: 'CC10.1', title: 'Invented' }];
    expect(errors(b).join()).toMatch(/Not a reference from the catalogue/);
  });

  it('rejects ids that are not kebab-case', () => {
    const b = base();
    q(b, Q.opinion).id = 'SOC2_Opinion';
    expect(errors(b)).toContain('Ids are kebab-case');
  });

  it('rejects questions out of section order', () => {
    const b = base();
    b.questions.push({ ...q(b, Q.opinion), id: 'late-soc2-question' });
    expect(errors(b).join()).toMatch(/out of section order/);
  });
});
