/**
 * Test-only helpers: a complete, favourable set of answers to start from, so each verdict test changes
 * only the answers its rule is about. Never imported by the questionnaire itself.
 */
import { QUESTION_BANK } from './bank';
import { Q } from './question-ids';
import type { Question } from './schema';
import type { AnswerValue } from './validate-answer';
import type { Answers } from './visibility';

/** The reviewer's date in tests. */
export const TODAY = '2026-11-26';

/** A valid value for any question: the first option, a plain date, a short text. */
export function sampleValue(q: Question): AnswerValue {
  switch (q.answer.type) {
    case 'choice':
      return q.answer.options[0]!.value;
    case 'multi':
      return q.answer.options.map((o) => o.value);
    case 'date':
      return '2026-06-30';
    case 'date-range':
      return { start: '2025-10-01', end: '2026-03-31' };
    case 'duration':
      return { amount: 30, unit: 'days' };
    case 'list-with-owner':
      return [{ control: 'Review user access quarterly', owner: 'IT' }];
    case 'text':
      return `Answer to ${q.id}`;
    case 'yes-no':
      return true;
  }
}

/**
 * Every question answered favourably: a current Type II (window ending 2026-03-31, so stale from
 * 2027-03-31), unqualified opinion, no exceptions, all criteria in scope, sub-processors covered,
 * NIST AI RMF independently attested with controls named.
 */
export function completeAnswers(overrides: Record<string, unknown> = {}): Answers {
  const answers: Record<string, unknown> = Object.fromEntries(
    QUESTION_BANK.questions.map((q) => [q.id, sampleValue(q)]),
  );
  answers[Q.exceptions] = false;
  answers[Q.bridgeLetterEnd] = undefined;
  answers[Q.issueDate] = '2026-05-15';
  answers[Q.nistControls] = 'GOVERN 6.1, MAP 4.1, MEASURE 2.7, MANAGE 3.1';
  for (const [id, value] of Object.entries(overrides)) {
    if (value === undefined) delete answers[id];
    else answers[id] = value;
  }
  return answers;
}
