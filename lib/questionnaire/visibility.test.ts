import { describe, expect, it } from 'vitest';
import { QUESTION_BANK } from './bank';
import { Q } from './question-ids';
import { effectiveAnswers, visibleQuestions, type Answers } from './visibility';

const shown = (answers: Answers) => visibleQuestions(QUESTION_BANK, answers).map((q) => q.id);

describe('visibleQuestions', () => {
  it('shows only unconditional questions before anything is answered', () => {
    const ids = shown({});
    expect(ids).toContain(Q.reportType);
    expect(ids).not.toContain(Q.observationWindow);
    expect(ids).not.toContain(Q.tscScope);
    expect(ids).not.toContain(Q.opinion);
  });

  it('shows the observation window only for Type II, and the as-of date only for Type I', () => {
    const type2 = shown({ [Q.reportType]: 'type-2' });
    expect(type2).toEqual(
      expect.arrayContaining([Q.observationWindow, Q.issueDate, Q.bridgeLetterEnd, Q.opinion]),
    );
    expect(type2).not.toContain(Q.asOfDate);
    const type1 = shown({ [Q.reportType]: 'type-1' });
    expect(type1).toEqual(expect.arrayContaining([Q.asOfDate, Q.issueDate, Q.opinion]));
    expect(type1).not.toContain(Q.observationWindow);
  });

  it('asks for scope while a report is in progress, but not dates or opinion', () => {
    const ids = shown({ [Q.reportType]: 'type-2-in-progress' });
    expect(ids).toContain(Q.tscScope);
    expect(ids).not.toContain(Q.issueDate);
    expect(ids).not.toContain(Q.opinion);
    expect(ids).not.toContain(Q.cuec);
  });

  it('hides report details when there is no report', () => {
    const ids = shown({ [Q.reportType]: 'none' });
    for (const id of [Q.tscScope, Q.opinion, Q.exceptions, Q.issueDate, Q.cuec])
      expect(ids).not.toContain(id);
    expect(ids).toContain(Q.subprocessorCoverage);
  });

  it('always shows the Security follow-ups: Security is the minimum scope', () => {
    for (const answers of [
      {},
      { [Q.reportType]: 'none' },
      { [Q.reportType]: 'type-2', [Q.tscScope]: ['security'] },
    ])
      expect(shown(answers)).toEqual(
        expect.arrayContaining([
          Q.securityAgentDeployment,
          Q.securityPatchSpeed,
          Q.securityToolCallGovernance,
        ]),
      );
  });

  it('shows each criterion’s follow-ups only when it is in scope', () => {
    const securityOnly = shown({ [Q.reportType]: 'type-2', [Q.tscScope]: ['security'] });
    for (const id of [
      Q.availabilityLlmOutage,
      Q.integritySchemaValidation,
      Q.confidentialityEncryption,
      Q.privacyPii,
    ])
      expect(securityOnly).not.toContain(id);

    const some = shown({ [Q.reportType]: 'type-2', [Q.tscScope]: ['availability', 'confidentiality'] });
    expect(some).toEqual(
      expect.arrayContaining([
        Q.availabilityLlmOutage,
        Q.availabilityRollback,
        Q.confidentialityAiData,
        Q.confidentialityEncryption,
        Q.confidentialityKeyManagement,
        Q.confidentialityAccessLogging,
      ]),
    );
    expect(some).not.toContain(Q.integrityPostProcessing);
    expect(some).not.toContain(Q.privacyPii);

    const all = shown({ [Q.reportType]: 'type-1', [Q.tscScope]: ['processing-integrity', 'privacy'] });
    expect(all).toEqual(
      expect.arrayContaining([Q.integrityPostProcessing, Q.integrityToolCallSafety, Q.privacyPii]),
    );
  });

  it('shows the exceptions follow-up only when there are exceptions', () => {
    expect(shown({ [Q.reportType]: 'type-2', [Q.exceptions]: true })).toContain(Q.exceptionsAssessment);
    expect(shown({ [Q.reportType]: 'type-2', [Q.exceptions]: false })).not.toContain(Q.exceptionsAssessment);
  });

  it('asks which NIST controls only when alignment is held or claimed', () => {
    expect(shown({ [Q.nistAlignment]: 'aligned' })).toContain(Q.nistControls);
    expect(shown({ [Q.nistAlignment]: 'held' })).toContain(Q.nistControls);
    expect(shown({ [Q.nistAlignment]: 'none' })).not.toContain(Q.nistControls);
  });

  it('asks for certificate expiry only when certified', () => {
    expect(shown({ [Q.iso27001Status]: 'certified' })).toContain(Q.iso27001Expiry);
    expect(shown({ [Q.iso27001Status]: 'in-progress' })).not.toContain(Q.iso27001Expiry);
    expect(shown({ [Q.iso42001Status]: 'certified' })).toEqual(
      expect.arrayContaining([Q.iso42001Expiry, Q.iso42001Controls]),
    );
    expect(shown({ [Q.iso42001Status]: 'aligned' })).not.toContain(Q.iso42001Expiry);
  });

  it('hides follow-ups of a question that is itself hidden', () => {
    // Scope answered with Type II, then the report switched to none: scope and its follow-ups go.
    const ids = shown({ [Q.reportType]: 'none', [Q.tscScope]: ['availability'], [Q.exceptions]: true });
    expect(ids).not.toContain(Q.availabilityLlmOutage);
    expect(ids).not.toContain(Q.exceptionsAssessment);
  });

  it('treats an invalid answer as unanswered', () => {
    expect(shown({ [Q.reportType]: 'type-3' })).not.toContain(Q.opinion);
    expect(shown({ [Q.reportType]: 'type-2', [Q.tscScope]: ['availability', 'bogus'] })).not.toContain(
      Q.availabilityRollback,
    );
  });

  it('keeps bank order', () => {
    const order = QUESTION_BANK.questions.map((q) => q.id);
    const ids = shown({ [Q.reportType]: 'type-2', [Q.tscScope]: ['privacy'] });
    expect([...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(ids);
  });
});

describe('effectiveAnswers', () => {
  it('keeps valid answers to visible questions, normalised', () => {
    expect(
      effectiveAnswers(QUESTION_BANK, {
        [Q.reportType]: 'type-1',
        [Q.observationWindow]: { start: '2025-01-01', end: '2025-12-31' },
        [Q.asOfDate]: '2026-02-30',
        [Q.tscScope]: ['privacy'],
        [Q.executionLogLocation]: '  EU  ',
        'unknown-question': 'x',
      }),
    ).toEqual({
      [Q.reportType]: 'type-1',
      [Q.tscScope]: ['security', 'privacy'],
      [Q.executionLogLocation]: 'EU',
    });
  });
});
