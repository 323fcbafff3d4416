import type { AppDB } from './app-db';
import { noteSchema, type Note } from './schema';

/** The reviewer's free-form note on an assessment. Validated on every write; never indexed by body. */
export function createNotesRepo(db: AppDB, now: () => number = Date.now) {
  async function forAssessment(assessmentId: string): Promise<Note | undefined> {
    return db.notes.where('assessmentId').equals(assessmentId).first();
  }

  return {
    forAssessment,
    async save(input: { assessmentId: string; body: string }): Promise<Note> {
      return db.transaction('rw', db.notes, async () => {
        const existing = await forAssessment(input.assessmentId);
        const t = now();
        const note = noteSchema.parse({
          id: existing?.id ?? crypto.randomUUID(),
          assessmentId: input.assessmentId,
          body: input.body,
          createdAt: existing?.createdAt ?? t,
          updatedAt: t,
        });
        await db.notes.put(note);
        return note;
      });
    },
  };
}

export type NotesRepo = ReturnType<typeof createNotesRepo>;
