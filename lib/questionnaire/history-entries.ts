import type { AnswerHistory } from '../db/schema';
import { QUESTION_BANK, questionById } from './bank';
import { formatAnswer } from './format-answer';

export interface HistoryEntry {
  id: string;
  changedAt: number;
  author: string;
  questionText: string;
  before: string | null;
  after: string;
}

/** The change history as the reviewer reads it: question text and answers in words, old → new. */
export function historyEntries(history: readonly AnswerHistory[]): HistoryEntry[] {
  return history.map((h) => {
    const q = questionById(QUESTION_BANK, h.questionId);
    const fmt = (v: unknown) => (q ? formatAnswer(q, v) : String(v));
    return {
      id: h.id,
      changedAt: h.changedAt,
      author: h.author,
      questionText: q?.text ?? h.questionId,
      before: h.before ? fmt(h.before.value) : null,
      after: fmt(h.after.value),
    };
  });
}
