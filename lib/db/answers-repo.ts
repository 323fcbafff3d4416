import { questionById, QUESTION_BANK } from '../questionnaire/bank';
import { validateAnswer } from '../questionnaire/validate-answer';
import { reviewSummary } from '../review/summary';
import { todayLocal } from '../staleness/staleness';
import type { AppDB } from './app-db';
import { latestAssessment } from './assessments-repo';
import { syncVendorReminders } from './reminder-sync';
import { answerHistorySchema, answerSchema, vendorSchema, type Answer, type Evidence } from './schema';

export interface AnswerInput {
  assessmentId: string;
  questionId: string;
  /** The new value; undefined leaves it as it is, null clears it. */
  value?: unknown;
  note?: string;
  evidence?: Evidence[];
  /** Who made the change, for the history. */
  author: string;
}

/**
 * Answers and their history. Every save validates the value against the question bank, records
 * who changed what (old → new) and refreshes the vendor's list summary, all in one transaction:
 * an invalid answer changes nothing.
 */
export function createAnswersRepo(
  db: AppDB,
  now: () => number = Date.now,
  today = () => todayLocal(new Date()),
) {
  async function refreshSummary(assessmentId: string): Promise<void> {
    const assessment = await db.assessments.get(assessmentId);
    const vendor = assessment && (await db.vendors.get(assessment.vendorId));
    if (!vendor) return;
    const answers = await db.answers.where('assessmentId').equals(assessmentId).toArray();
    const values = Object.fromEntries(answers.map((a) => [a.questionId, a.value]));
    const summary = reviewSummary(vendor.tier, values, today());
    await db.vendors.put(vendorSchema.parse({ ...vendor, summary, nextStaleOn: summary.nextStaleOn }));
    // Reminders follow the same answers: one row per dated report, state kept while its date holds.
    await syncVendorReminders(db, vendor.id, now(), values);
  }

  /**
   * Summaries are computed when answers change; a report that has gone stale since then would still
   * show its old verdict. Recomputes those (an indexed range on the stale date, so it stays cheap).
   * @returns how many summaries were refreshed
   */
  async function refreshStaleSummaries(): Promise<number> {
    const day = today();
    const due = await db.vendors
      .where('nextStaleOn')
      .belowOrEqual(day)
      .filter((v) => v.deletedAt === null && !!v.summary && v.summary.computedOn < (v.nextStaleOn ?? ''))
      .toArray();
    for (const v of due) {
      const latest = await latestAssessment(db, v.id);
      if (latest)
        await db.transaction('rw', [db.vendors, db.assessments, db.answers, db.reminders], () =>
          refreshSummary(latest.id),
        );
    }
    return due.length;
  }

  return {
    refreshSummary,
    refreshStaleSummaries,
    forAssessment: (assessmentId: string) => db.answers.where('assessmentId').equals(assessmentId).toArray(),
    history: (assessmentId: string) =>
      db.answerHistory.where('assessmentId').equals(assessmentId).reverse().sortBy('changedAt'),

    async save(input: AnswerInput): Promise<Answer> {
      const question = questionById(QUESTION_BANK, input.questionId);
      if (!question) throw new Error(`Unknown question “${input.questionId}”`);
      let value: unknown = input.value;
      if (value !== undefined && value !== null) {
        const checked = validateAnswer(question, value);
        if (!checked.ok) throw new Error(checked.error);
        value = checked.value;
      }
      return db.transaction(
        'rw',
        [db.answers, db.answerHistory, db.assessments, db.vendors, db.reminders],
        async () => {
          const existing = await db.answers
            .where('[assessmentId+questionId]')
            .equals([input.assessmentId, input.questionId])
            .first();
          const t = now();
          const answer = answerSchema.parse({
            id: existing?.id ?? crypto.randomUUID(),
            assessmentId: input.assessmentId,
            questionId: input.questionId,
            value: value === undefined ? (existing?.value ?? null) : value,
            note: input.note ?? existing?.note ?? '',
            evidence: input.evidence ?? existing?.evidence ?? [],
            updatedAt: t,
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
          await refreshSummary(input.assessmentId);
          return answer;
        },
      );
    },
  };
}

export type AnswersRepo = ReturnType<typeof createAnswersRepo>;
