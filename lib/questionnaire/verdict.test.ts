import { describe, expect, it } from 'vitest';
import type { Tier } from '../db/schema';
import { QUESTION_BANK } from './bank';
import { Q } from './question-ids';
import { TODAY, completeAnswers } from './test-helpers';
import { VERDICT_RULES, computeVerdict, verdictSchema, type Verdict } from './verdict';
import type { Answers } from './visibility';

const verdict = (tier: Tier, answers: Answers, today = TODAY): Verdict => {
  const v = computeVerdict({ tier, answers, today });
  // Every verdict is well-formed and explains itself with known rules and questions.
  verdictSchema.parse(v);
  const ids = new Set(QUESTION_BANK.questions.map((q) => q.id));
  for (const r of v.reasons) {
    expect(Object.keys(VERDICT_RULES)).toContain(r.rule);
    for (const id of r.questionIds) expect(ids).toContain(id);
  }
  return v;
};
const rules = (v: Verdict) => v.reasons.map((r) => r.rule);
const reason = (v: Verdict, rule: string) => v.reasons.find((r) => r.rule === rule);
const type2Ending = (end: string) => ({
  [Q.observationWindow]: { start: '2023-03-01', end },
  [Q.issueDate]: undefined,
});
const TIERS: Tier[] = ['standard', 'high-stakes', 'regulated'];

describe('computeVerdict', () => {
  describe('a complete, favourable review', () => {
    it.each(TIERS)('is a final Proceed for %s', (tier) => {
      const v = verdict(tier, completeAnswers());
      expect(v.label).toBe('Proceed');
      expect(v.provisional).toBe(false);
      expect(v.missing).toEqual([]);
      expect(reason(v, 'report-current')?.detail).toBe(
        'The SOC 2 Type II is current: stale from 2027-03-31 (12 months after the window end, 2026-03-31).',
      );
      expect(v.openQuestions).toEqual([
        { questionId: Q.bridgeLetterEnd, ask: expect.stringMatching(/bridge letter/) },
      ]);
    });

    it('explains the regulated requirements as met', () => {
      const v = verdict('regulated', completeAnswers());
      expect(v.reasons.filter((r) => r.outcome === 'Proceed').map((r) => r.rule)).toEqual([
        'report-current',
        'regulated-current-type2',
        'regulated-nist-ai-rmf',
      ]);
      expect(reason(v, 'regulated-nist-ai-rmf')?.detail).toMatch(/controls named: “GOVERN 6\.1/);
    });
  });

  describe('regulated', () => {
    it.each(['type-1', 'type-1-in-progress', 'type-2-in-progress', 'none'])('walks away from %s', (type) => {
      const v = verdict('regulated', completeAnswers({ [Q.reportType]: type }));
      expect(v.label).toBe('Walk away');
      expect(v.reasons[0]).toMatchObject({ rule: 'regulated-current-type2', questionIds: [Q.reportType] });
    });

    it('walks away from a stale Type II: the day before, of and after the stale date', () => {
      const answers = completeAnswers(type2Ending('2025-11-26'));
      expect(verdict('regulated', answers, '2026-11-25').label).toBe('Proceed');
      const onDay = verdict('regulated', answers, '2026-11-26');
      expect(onDay.label).toBe('Walk away');
      expect(onDay.reasons[0]).toMatchObject({
        rule: 'regulated-current-type2',
        detail: 'The Type II is stale since 2026-11-26; a regulated deployment needs a current one.',
        questionIds: [Q.reportType, Q.observationWindow],
      });
      expect(verdict('regulated', answers, '2026-11-27').label).toBe('Walk away');
    });

    it('counts a Feb 29 window end to Feb 28', () => {
      const answers = completeAnswers(type2Ending('2024-02-29'));
      expect(verdict('regulated', answers, '2025-02-27').label).toBe('Proceed');
      expect(verdict('regulated', answers, '2025-02-28').label).toBe('Walk away');
      expect(verdict('regulated', answers, '2025-03-01').label).toBe('Walk away');
    });

    it('accepts a stale window rescued by a bridge letter', () => {
      const answers = completeAnswers({ ...type2Ending('2025-06-30'), [Q.bridgeLetterEnd]: '2026-12-31' });
      const v = verdict('regulated', answers);
      expect(v.label).toBe('Proceed');
      expect(reason(v, 'report-current')?.detail).toMatch(/bridge letter’s end, 2026-12-31\)/);
      expect(verdict('regulated', answers, '2026-12-31').label).toBe('Walk away');
    });

    it.each(['in-progress', 'none'])('walks away without NIST AI RMF alignment (%s)', (alignment) => {
      const v = verdict('regulated', completeAnswers({ [Q.nistAlignment]: alignment }));
      expect(v.label).toBe('Walk away');
      expect(v.reasons[0]?.rule).toBe('regulated-nist-ai-rmf');
      expect(v.provisional).toBe(false);
    });

    it('does not let ISO/IEC 42001 substitute for NIST AI RMF', () => {
      const v = verdict(
        'regulated',
        completeAnswers({ [Q.nistAlignment]: 'none', [Q.iso42001Status]: 'certified' }),
      );
      expect(v.label).toBe('Walk away');
      expect(v.reasons[0]).toMatchObject({
        rule: 'regulated-nist-ai-rmf',
        detail: 'NIST AI RMF alignment: No. ISO/IEC 42001 (Certified) does not substitute.',
        questionIds: [Q.nistAlignment, Q.iso42001Status],
      });
    });

    it('needs the NIST controls named before alignment counts', () => {
      const v = verdict(
        'regulated',
        completeAnswers({ [Q.nistAlignment]: 'aligned', [Q.nistControls]: undefined }),
      );
      // Alignment without the controls named is not shown alignment: the requirement is not met yet.
      expect(v.label).toBe('Walk away');
      expect(v.provisional).toBe(true);
      expect(v.missing.map((m) => m.questionId)).toEqual([Q.nistControls]);
      expect(reason(v, 'regulated-nist-ai-rmf')?.outcome).toBe('Walk away');
    });

    it('keeps NIST alignment a key fact only for regulated', () => {
      const answers = completeAnswers({ [Q.nistAlignment]: undefined });
      expect(verdict('regulated', answers).missing.map((m) => m.questionId)).toEqual([Q.nistAlignment]);
      expect(verdict('standard', answers).missing).toEqual([]);
      expect(verdict('high-stakes', completeAnswers({ [Q.nistAlignment]: 'none' })).label).toBe('Proceed');
    });
  });

  describe('high-stakes', () => {
    it('does not deploy without at least a Type I in progress', () => {
      const v = verdict('high-stakes', completeAnswers({ [Q.reportType]: 'none' }));
      expect(v.label).toBe('Do not deploy');
      expect(v.reasons[0]).toMatchObject({ rule: 'high-stakes-minimum', questionIds: [Q.reportType] });
    });

    it.each(['type-1-in-progress', 'type-1', 'type-2-in-progress'])(
      'proceeds with conditions at best on %s',
      (type) => {
        const v = verdict(
          'high-stakes',
          completeAnswers({ [Q.reportType]: type, [Q.asOfDate]: '2026-06-30' }),
        );
        expect(v.label).toBe('Proceed with conditions');
        expect(rules(v)).toContain('high-stakes-type1-insufficient');
      },
    );

    it('proceeds on a current Type II and adds conditions once it is stale', () => {
      const answers = completeAnswers(type2Ending('2025-11-26'));
      expect(verdict('high-stakes', answers, '2026-11-25').label).toBe('Proceed');
      const stale = verdict('high-stakes', answers, '2026-11-26');
      expect(stale.label).toBe('Proceed with conditions');
      expect(stale.reasons[0]).toMatchObject({
        rule: 'stale-report',
        detail: 'The SOC 2 Type II is stale since 2026-11-26 (12 months after the window end, 2025-11-26).',
      });
    });
  });

  describe('standard', () => {
    it.each(['none', 'type-1', 'type-1-in-progress', 'type-2-in-progress'])(
      'proceeds with conditions on %s',
      (type) => {
        const v = verdict('standard', completeAnswers({ [Q.reportType]: type, [Q.asOfDate]: '2026-06-30' }));
        expect(v.label).toBe('Proceed with conditions');
        expect(rules(v)).toContain('standard-without-type2');
      },
    );

    it('proceeds with conditions on a stale Type I, counted from its as-of date', () => {
      const v = verdict(
        'standard',
        completeAnswers({ [Q.reportType]: 'type-1', [Q.asOfDate]: '2025-08-31' }),
      );
      expect(reason(v, 'stale-report')?.detail).toBe(
        'The SOC 2 Type I is stale since 2026-08-31 (12 months after the as-of date, 2025-08-31).',
      );
    });

    it('falls back to the issue date', () => {
      const v = verdict(
        'standard',
        completeAnswers({ [Q.observationWindow]: undefined, [Q.issueDate]: '2025-11-27' }),
      );
      expect(v.label).toBe('Proceed');
      expect(v.provisional).toBe(false);
      expect(reason(v, 'report-current')?.detail).toMatch(/12 months after the issue date, 2025-11-27\)/);
      const next = verdict(
        'standard',
        completeAnswers({ [Q.observationWindow]: undefined, [Q.issueDate]: '2025-11-26' }),
      );
      expect(next.label).toBe('Proceed with conditions');
    });
  });

  describe('any tier', () => {
    it.each(TIERS)('does not deploy on an adverse or disclaimed opinion (%s)', (tier) => {
      for (const opinion of ['adverse', 'disclaimer']) {
        const v = verdict(tier, completeAnswers({ [Q.opinion]: opinion }));
        expect(v.label).toBe('Do not deploy');
        expect(v.reasons[0]).toMatchObject({
          rule: 'adverse-or-disclaimed-opinion',
          questionIds: [Q.opinion],
        });
      }
    });

    it('ranks Walk away above Do not deploy', () => {
      const v = verdict(
        'regulated',
        completeAnswers({ [Q.reportType]: 'type-1', [Q.asOfDate]: '2026-06-30', [Q.opinion]: 'adverse' }),
      );
      expect(v.label).toBe('Walk away');
      expect(v.reasons.map((r) => r.outcome).slice(0, 2)).toEqual(['Walk away', 'Do not deploy']);
    });

    it('adds conditions for a qualified opinion', () => {
      const v = verdict('standard', completeAnswers({ [Q.opinion]: 'qualified' }));
      expect(v.label).toBe('Proceed with conditions');
      expect(v.reasons[0]).toMatchObject({
        rule: 'qualified-opinion',
        detail: 'Auditor’s opinion: Qualified.',
      });
    });

    it('adds conditions for exceptions, citing the assessment when given', () => {
      const bare = verdict(
        'high-stakes',
        completeAnswers({ [Q.exceptions]: true, [Q.exceptionsAssessment]: undefined }),
      );
      expect(bare.label).toBe('Proceed with conditions');
      expect(reason(bare, 'exceptions')?.detail).toBe(
        'The report lists exceptions or deviations, not yet described and assessed.',
      );
      const assessed = verdict(
        'high-stakes',
        completeAnswers({
          [Q.exceptions]: true,
          [Q.exceptionsAssessment]: 'One late access review; remediated.',
        }),
      );
      expect(reason(assessed, 'exceptions')?.questionIds).toEqual([Q.exceptions, Q.exceptionsAssessment]);
    });

    it.each(['some', 'none', 'unknown'])(
      'adds conditions when AI sub-processors are %s covered',
      (coverage) => {
        const v = verdict('standard', completeAnswers({ [Q.subprocessorCoverage]: coverage }));
        expect(v.label).toBe('Proceed with conditions');
        expect(v.reasons[0]?.rule).toBe('ai-subprocessors-not-covered');
      },
    );

    it('adds conditions for unanswered AI-specific questions, and lists them', () => {
      const v = verdict(
        'standard',
        completeAnswers({ [Q.promptInjection]: undefined, [Q.hallucinationRate]: '  ' }),
      );
      expect(v.label).toBe('Proceed with conditions');
      expect(v.provisional).toBe(false);
      expect(v.reasons[0]).toMatchObject({
        rule: 'ai-questions-unanswered',
        detail: '2 AI-specific questions are unanswered.',
        questionIds: [Q.promptInjection, Q.hallucinationRate],
      });
    });

    it('ignores hidden AI questions: Privacy out of scope hides its follow-up', () => {
      const v = verdict(
        'standard',
        completeAnswers({ [Q.tscScope]: ['security', 'availability'], [Q.privacyPii]: undefined }),
      );
      expect(v.label).toBe('Proceed');
    });

    it('does not count unanswered non-AI questions against the vendor', () => {
      const v = verdict(
        'standard',
        completeAnswers({ [Q.cuec]: undefined, [Q.securityPatchSpeed]: undefined }),
      );
      expect(v.label).toBe('Proceed');
      expect(v.openQuestions.map((o) => o.questionId)).toEqual([
        Q.bridgeLetterEnd,
        Q.cuec,
        Q.securityPatchSpeed,
      ]);
    });
  });

  describe('provisional', () => {
    it('is provisional with nothing answered, and an unshown requirement is not met', () => {
      const expected = {
        standard: 'Proceed with conditions',
        'high-stakes': 'Do not deploy',
        regulated: 'Walk away',
      };
      for (const tier of TIERS) {
        const v = verdict(tier, {});
        expect(v.provisional).toBe(true);
        expect(v.label).toBe(expected[tier]);
        expect(v.missing[0]).toEqual({
          questionId: Q.reportType,
          text: 'Which SOC 2 report does the vendor hold?',
        });
        expect(v.openQuestions[0]?.questionId).toBe(Q.reportType);
      }
      expect(verdict('regulated', {}).missing.map((m) => m.questionId)).toEqual([
        Q.reportType,
        Q.nistAlignment,
      ]);
    });

    it('needs a date for the held type: the window or the issue date for Type II', () => {
      const v = verdict(
        'standard',
        completeAnswers({ [Q.observationWindow]: undefined, [Q.issueDate]: undefined }),
      );
      expect(v.provisional).toBe(true);
      expect(v.missing.map((m) => m.questionId)).toEqual([Q.observationWindow, Q.issueDate]);
      expect(rules(v)).toContain('currency-unknown');
      expect(v.label).toBe('Proceed with conditions');
      expect(v.openQuestions.slice(0, 2).map((o) => o.questionId)).toEqual([
        Q.observationWindow,
        Q.issueDate,
      ]);
    });

    it('needs the as-of or issue date for Type I', () => {
      const v = verdict(
        'standard',
        completeAnswers({ [Q.reportType]: 'type-1', [Q.asOfDate]: undefined, [Q.issueDate]: undefined }),
      );
      expect(v.missing.map((m) => m.questionId)).toEqual([Q.asOfDate, Q.issueDate]);
      const dated = verdict(
        'standard',
        completeAnswers({ [Q.reportType]: 'type-1', [Q.asOfDate]: '2026-01-31' }),
      );
      expect(dated.provisional).toBe(false);
    });

    it('needs the opinion, and treats an invalid answer as missing', () => {
      for (const opinion of [undefined, 'clean']) {
        const v = verdict('standard', completeAnswers({ [Q.opinion]: opinion }));
        expect(v.provisional).toBe(true);
        expect(v.label).toBe('Proceed with conditions');
        expect(v.missing).toEqual([{ questionId: Q.opinion, text: "What is the auditor's opinion?" }]);
        expect(v.reasons[0]).toMatchObject({ rule: 'key-facts-missing', questionIds: [Q.opinion] });
      }
    });

    it('needs no report dates or opinion when no report is held', () => {
      const v = verdict('high-stakes', completeAnswers({ [Q.reportType]: 'type-2-in-progress' }));
      expect(v.provisional).toBe(false);
      expect(v.missing).toEqual([]);
    });

    it('stays provisional while a decided verdict still lacks key facts', () => {
      const v = verdict('regulated', { [Q.reportType]: 'none' });
      expect(v.label).toBe('Walk away');
      expect(v.provisional).toBe(true);
      expect(v.missing.map((m) => m.questionId)).toEqual([Q.nistAlignment]);
    });

    it('orders open questions key facts first, then the bank order', () => {
      const v = verdict('regulated', { [Q.reportType]: 'type-2' });
      const keyIds = v.missing.map((m) => m.questionId);
      expect(keyIds).toEqual([Q.observationWindow, Q.issueDate, Q.opinion, Q.nistAlignment]);
      expect(v.openQuestions.slice(0, keyIds.length).map((o) => o.questionId)).toEqual(keyIds);
      expect(v.openQuestions[keyIds.length]?.questionId).toBe(Q.bridgeLetterEnd);
      expect(v.openQuestions.every((o) => o.ask.length > 0)).toBe(true);
    });
  });

  it('cannot judge currency on an invalid today, and says so', () => {
    const v = verdict('standard', completeAnswers(), 'NaN-NaN-NaN');
    expect(v.label).toBe('Proceed with conditions');
    expect(reason(v, 'currency-unknown')?.detail).toMatch(/not a valid date/);
  });
});

describe('requirements not yet shown are not met', () => {
  it('a regulated Type II with no usable date cannot count as current: walk away, provisional', () => {
    const v = verdict(
      'regulated',
      completeAnswers({
        [Q.observationWindow]: undefined,
        [Q.issueDate]: undefined,
        [Q.bridgeLetterEnd]: undefined,
      }),
    );
    expect(v.label).toBe('Walk away');
    expect(v.provisional).toBe(true);
  });

  it('a high-stakes review with no report recorded yet is do-not-deploy until shown otherwise', () => {
    const v = verdict('high-stakes', completeAnswers({ [Q.reportType]: undefined }));
    expect(v.label).toBe('Do not deploy');
    expect(v.provisional).toBe(true);
    expect(v.reasons[0]?.detail).toMatch(/^Not yet shown/);
  });
});
