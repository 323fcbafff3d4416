import type { Bank, Condition, Question } from './schema';
import { validateAnswer, type AnswerValue } from './validate-answer';

/**
 * Which questions are shown, given the answers so far. Conditions look only at earlier questions
 * (the bank schema enforces it), so one pass in bank order settles everything, and an answer to a
 * question that is now hidden no longer shows its follow-ups: switching the report from Type II to
 * Type I hides the window and everything that hung on it, without deleting what was typed.
 */

/** Raw answers by question id, as stored: values may be invalid or belong to hidden questions. */
export type Answers = Readonly<Record<string, unknown>>;

function holds(c: Condition, answer: AnswerValue | undefined): boolean {
  if (answer === undefined) return false;
  switch (c.op) {
    case 'equals':
      return answer === c.value;
    case 'in':
      return typeof answer === 'string' && c.values.includes(answer);
    case 'includes':
      return Array.isArray(answer) && (answer as unknown[]).includes(c.value);
    case 'not-includes':
      return Array.isArray(answer) && !(answer as unknown[]).includes(c.value);
  }
}

function walk(bank: Bank, answers: Answers): { visible: Question[]; effective: Map<string, AnswerValue> } {
  const visible: Question[] = [];
  const effective = new Map<string, AnswerValue>();
  for (const q of bank.questions) {
    if (!(q.showIf ?? []).every((c) => holds(c, effective.get(c.question)))) continue;
    visible.push(q);
    if (!Object.hasOwn(answers, q.id)) continue;
    const result = validateAnswer(q, answers[q.id]);
    if (result.ok) effective.set(q.id, result.value);
  }
  return { visible, effective };
}

/** The questions to show, in bank order. */
export function visibleQuestions(bank: Bank, answers: Answers): Question[] {
  return walk(bank, answers).visible;
}

/**
 * The answers that count: valid answers to visible questions, normalised. What the verdict and the
 * report facts read, so a stale answer to a hidden question can never sway them.
 */
export function effectiveAnswers(bank: Bank, answers: Answers): Readonly<Record<string, AnswerValue>> {
  return Object.fromEntries(walk(bank, answers).effective);
}
