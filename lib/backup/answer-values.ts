import { questionById, QUESTION_BANK } from '../questionnaire/bank';
import { validateAnswer } from '../questionnaire/validate-answer';
import type { Backup } from './format';

/**
 * Every answer a backup brings is checked with the code the questionnaire checks answers with: a
 * known question, and a value that question accepts (type, options, real dates, length). The first
 * bad one is named, so the reviewer knows which record to look at.
 * @returns a one-line problem, or null when every answer is one the panel could have saved
 */
export function answerValueProblem(backup: Backup): string | null {
  const { answers, answerHistory } = backup.tables;
  for (const [i, a] of answers.entries()) {
    const problem = valueProblem(a.questionId, a.value);
    if (problem) return `answers[${i}] (id "${a.id}"): ${problem}`;
  }
  for (const [i, h] of answerHistory.entries()) {
    const problem =
      valueProblem(h.questionId, h.after.value) ??
      (h.before ? valueProblem(h.questionId, h.before.value) : null);
    if (problem) return `answerHistory[${i}] (id "${h.id}"): ${problem}`;
  }
  return null;
}

function valueProblem(questionId: string, value: unknown): string | null {
  const question = questionById(QUESTION_BANK, questionId);
  if (!question) return `unknown question "${questionId.slice(0, 100)}"`;
  if (value === null || value === undefined) return null;
  const checked = validateAnswer(question, value);
  return checked.ok ? null : `“${question.text}”: ${checked.error}`;
}
