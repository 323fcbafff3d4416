import { questionById, QUESTION_BANK } from '../questionnaire/bank';
import { validateAnswer } from '../questionnaire/validate-answer';
import type { AppDB } from './app-db';
import { checkBase, type SaveBase } from './conflict';
import { sortedBy } from './orderings';
import { answerHistorySchema, answerSchema, type Answer, type Evidence } from './schema';

export interface AnswerInput {
  assessmentId: string;
  questionId: string;
  /** The new value; undefined leaves it as it is, null clears it. */
  value?: unknown;
  note?: string;
  evidence?: Evidence[];
  /** Who made the change, for the history. */
  author: string;
  /**
   * What the change was based on, for a value or note typed in a panel: the answer's revision and
   * that field's value then. A save over a field another window changed since is refused
   * (SaveConflictError). Absent for one-off changes (accepting a suggestion, evidence).
   */
  base?: SaveBase;
}

/**
 * Answers and their history. Every save validates the value against the question bank and records
 * who changed what (old → new) in one transaction: an invalid answer changes nothing. Only the review
 * service (lib/review/service.ts) calls save, inside its transaction that also re-derives the summary.
 */
export function createAnswersRepo(db: AppDB, now: () => number = Date.now) {
  return {
    forAssessment: (assessmentId: string) => db.answers.where('assessmentId').equals(assessmentId).toArray(),
    history: async (assessmentId: string) =>
      sortedBy(
        await db.answerHistory.where('assessmentId').equals(assessmentId).toArray(),
        'changedAt',
        'desc',
      ),

    async save(input: AnswerInput): Promise<Answer> {
      const question = questionById(QUESTION_BANK, input.questionId);
      if (!question) throw new Error(`Unknown question “${input.questionId}”`);
      let value: unknown = input.value;
      if (value !== undefined && value !== null) {
        const checked = validateAnswer(question, value);
        if (!checked.ok) throw new Error(checked.error);
        value = checked.value;
      }
      return db.transaction('rw', [db.answers, db.answerHistory, db.assessments], async () => {
        const existing = await db.answers
          .where('[assessmentId+questionId]')
          .equals([input.assessmentId, input.questionId])
          .first();
        // The base is about the one field this save types into: the value, else the note.
        if (input.base) {
          const field = value !== undefined ? 'value' : 'note';
          const mine = field === 'value' ? value : input.note;
          checkBase(existing, existing?.[field] ?? (field === 'note' ? '' : null), input.base, mine);
        }
        const t = now();
        const answer = answerSchema.parse({
          id: existing?.id ?? crypto.randomUUID(),
          assessmentId: input.assessmentId,
          questionId: input.questionId,
          value: value === undefined ? (existing?.value ?? null) : value,
          note: input.note ?? existing?.note ?? '',
          evidence: input.evidence ?? existing?.evidence ?? [],
          updatedAt: t,
          rev: (existing?.rev ?? 0) + 1,
        });
        const changed =
          !existing ||
          JSON.stringify(existing.value ?? null) !== JSON.stringify(answer.value ?? null) ||
          existing.note !== answer.note;
        await db.answers.put(answer);
        if (changed)
          await db.answerHistory.add(
            answerHistorySchema.parse({
              id: crypto.randomUUID(),
              assessmentId: input.assessmentId,
              answerId: answer.id,
              questionId: input.questionId,
              changedAt: t,
              author: input.author,
              before: existing ? { value: existing.value ?? null, note: existing.note } : null,
              after: { value: answer.value ?? null, note: answer.note },
            }),
          );
        const assessment = await db.assessments.get(input.assessmentId);
        if (assessment) await db.assessments.put({ ...assessment, updatedAt: t });
        return answer;
      });
    },
  };
}

export type AnswersRepo = ReturnType<typeof createAnswersRepo>;
