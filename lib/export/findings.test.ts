import { describe, expect, it } from 'vitest';
import { Q } from '../questionnaire/question-ids';
import { completeAnswers } from '../questionnaire/test-helpers';
import { computeVerdict } from '../questionnaire/verdict';
import { buildFindings } from './findings';
import { DETECTION, TODAY, answerRecords, fullInput, minimalInput } from './test-fixtures';

describe('buildFindings', () => {
  it('gathers a full review: vendor, verdict with rule texts, report facts, answers, open questions', () => {
    const f = buildFindings(fullInput());
    expect(f).toMatchObject({
      vendorName: 'Acme AI',
      domain: 'acme.ai',
      trustUrl: 'https://trust.acme.ai/',
      platform: 'SafeBase',
      tier: 'High-stakes',
      note: '## My notes\n\n- Ask legal about the **DPA**.',
      exportedOn: '2026-11-26',
      review: {
        reviewer: 'Dana Reyes',
        reviewDate: '2026-11-20',
        status: 'final',
        signedOffBy: 'Sam Okafor',
        signedOffOn: '2026-11-25',
      },
    });
    expect(f.verdict.label).toBe('Proceed with conditions');
    expect(f.verdict.provisional).toBe(false);
    expect(f.verdict.reasons.map((r) => r.rule)).toEqual([
      'qualified-opinion',
      'ai-questions-unanswered',
      'report-current',
    ]);
    expect(f.verdict.reasons[0]!.ruleText).toBe(
      'A qualified opinion is a finding: proceed only with conditions.',
    );
    expect(f.report).toEqual({
      typeLabel: 'Type II',
      held: true,
      windowStart: '2025-10-01',
      windowEnd: '2026-03-31',
      asOf: null,
      issuedOn: '2026-05-15',
      bridgeEnd: null,
      ageDays: 240,
      ageBasis: 'window end',
      staleOn: '2027-03-31',
      status: 'current',
    });
    expect(f.tsc).toEqual(['Security', 'Availability', 'Processing integrity', 'Confidentiality', 'Privacy']);
    expect(f.sections.map((s) => s.id)).toEqual(['soc2-report', 'principle-follow-ups', 'ai-not-covered']);
    const first = f.sections[0]!.answers[0]!;
    expect(first).toEqual({
      questionId: Q.reportType,
      question: 'Which SOC 2 report does the vendor hold?',
      answer: 'Type II',
      note: 'Received under NDA on 2026-11-10.',
      evidence: [
        { quote: 'Our SOC 2 Type II report is available.', url: 'https://trust.acme.ai/soc2', source: null },
      ],
    });
    expect(f.subprocessors).toEqual([
      { name: 'OpenAI', purpose: 'LLM inference', location: 'US', ai: true, certifications: null },
      { name: 'Pinecone', purpose: 'Vector search', location: 'US', ai: true, certifications: null },
      { name: 'AWS', purpose: 'Hosting', location: 'EU', ai: false, certifications: 'ISO/IEC 27001' },
    ]);
  });

  it('asks the vendor exactly the verdict’s open questions, in its order', () => {
    const input = fullInput();
    const f = buildFindings(input);
    const answers = Object.fromEntries(input.answers.map((a) => [a.questionId, a.value]));
    const verdict = computeVerdict({ tier: 'high-stakes', answers, today: TODAY });
    expect(f.openQuestions.map((o) => o.questionId)).toEqual(verdict.openQuestions.map((o) => o.questionId));
    expect(f.followUps).toEqual(verdict.openQuestions.map((o) => o.ask));
    expect(f.openQuestions.map((o) => o.questionId)).toEqual([
      Q.bridgeLetterEnd,
      Q.promptInjection,
      Q.hallucinationRate,
    ]);
  });

  it('lists only answers that count: shown, valid and known to the bank', () => {
    const values = completeAnswers({
      [Q.exceptionsAssessment]: 'Typed before exceptions was set to No',
      [Q.breachNotification]: { amount: -3, unit: 'days' },
      'retired-question': 'from an older bank',
    });
    const f = buildFindings({ ...fullInput(), answers: answerRecords(values) });
    const ids = f.sections.flatMap((s) => s.answers.map((a) => a.questionId));
    expect(ids).not.toContain(Q.exceptionsAssessment);
    expect(ids).not.toContain(Q.breachNotification);
    expect(ids).not.toContain('retired-question');
    expect(f.openQuestions.map((o) => o.questionId)).toContain(Q.breachNotification);
  });

  it('keeps text answers whole, where the one-line formatter would clip them', () => {
    const long = 'Prompts are kept for 30 days. '.repeat(20).trim();
    const values = completeAnswers({ [Q.executionLogLocation]: long });
    const f = buildFindings({ ...fullInput(), answers: answerRecords(values) });
    const answer = f.sections[0]!.answers.find((a) => a.questionId === Q.executionLogLocation);
    expect(answer?.answer).toBe(long);
  });

  it('dates a stale Type II, a Type I by its as-of date, and holds nothing for a report in progress', () => {
    const stale = buildFindings({
      ...fullInput(),
      answers: answerRecords(
        completeAnswers({ [Q.observationWindow]: { start: '2024-07-01', end: '2025-06-30' } }),
      ),
    });
    expect(stale.report).toMatchObject({ status: 'stale', staleOn: '2026-06-30', ageDays: 514 });
    expect(stale.verdict.reasons.map((r) => r.rule)).toContain('stale-report');

    const type1 = buildFindings({
      ...fullInput(),
      answers: answerRecords({ [Q.reportType]: 'type-1', [Q.asOfDate]: '2026-11-25' }),
    });
    expect(type1.report).toMatchObject({ typeLabel: 'Type I', ageDays: 1, ageBasis: 'as-of date' });

    const pending = buildFindings({
      ...fullInput(),
      answers: answerRecords({ [Q.reportType]: 'type-2-in-progress' }),
    });
    expect(pending.report).toMatchObject({
      typeLabel: 'Type II in progress',
      held: false,
      ageDays: null,
      ageBasis: null,
      status: null,
    });
  });

  it('builds a minimal review: nothing answered, no page, no assessment', () => {
    const f = buildFindings(minimalInput());
    expect(f).toMatchObject({
      vendorName: 'Solo',
      domain: null,
      trustUrl: null,
      platform: null,
      tier: 'Standard',
      report: null,
      tsc: [],
      sections: [],
      subprocessors: [],
      review: null,
      note: '',
    });
    expect(f.verdict.provisional).toBe(true);
    expect(f.openQuestions[0]).toMatchObject({ questionId: Q.reportType, keyFact: true });
    expect(f.followUps).toHaveLength(f.openQuestions.length);
  });

  it('names a page-only vendor from the detection, then from its host', () => {
    const base = { ...minimalInput(), vendor: null };
    expect(buildFindings({ ...base, detection: DETECTION })).toMatchObject({
      vendorName: 'Acme AI',
      domain: 'acme.ai',
      trustUrl: 'https://trust.acme.ai/',
      platform: 'SafeBase',
      tier: 'Standard',
    });
    const anonymous = { ...DETECTION, vendor: { name: ' ', domain: null, host: null } };
    expect(buildFindings({ ...base, detection: anonymous }).vendorName).toBe('trust.acme.ai');
    expect(buildFindings(base).vendorName).toBe('Unnamed vendor');
  });

  it('reads an unsigned draft as a draft', () => {
    const input = fullInput();
    input.assessment = {
      ...input.assessment!,
      status: 'draft',
      reviewer: '',
      signedOffBy: null,
      signedOffAt: null,
    };
    expect(buildFindings(input).review).toEqual({
      reviewer: null,
      reviewDate: '2026-11-20',
      status: 'draft',
      signedOffBy: null,
      signedOffOn: null,
    });
  });
});
