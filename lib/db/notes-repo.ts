import type { AppDB } from './app-db';
import { checkBase, type SaveBase } from './conflict';
import { sortedBy } from './orderings';
import { noteSchema, type Note } from './schema';

/** The reviewer's free-form note on an assessment. Validated on every write; never indexed by body. */
export function createNotesRepo(db: AppDB, now: () => number = Date.now) {
  /** Every note of a review, oldest first (a restore from another device can bring a second one). */
  const allForAssessment = async (assessmentId: string): Promise<Note[]> =>
    sortedBy(await db.notes.where('assessmentId').equals(assessmentId).toArray(), 'createdAt');

  /** The review's note (the oldest, if a restore brought a second one: see allForAssessment). */
  async function forAssessment(assessmentId: string): Promise<Note | undefined> {
    return (await allForAssessment(assessmentId))[0];
  }

  return {
    forAssessment,
    allForAssessment,
    /** Writes a whole note record (merging notes of one review), validated. */
    replace: (note: Note) => db.notes.put(noteSchema.parse(note)),
    /** Removes notes folded into another (their text lives on there). */
    removeMany: (ids: string[]) => db.notes.bulkDelete(ids),
    /**
     * Saves the review's note. With `base`, refuses (SaveConflictError) when another window saved a
     * different text since the reviewer's copy was read.
     */
    async save(input: { assessmentId: string; body: string; base?: SaveBase }): Promise<Note> {
      return db.transaction('rw', db.notes, async () => {
        const existing = await forAssessment(input.assessmentId);
        checkBase(existing, existing?.body ?? '', input.base, input.body);
        const t = now();
        const note = noteSchema.parse({
          id: existing?.id ?? crypto.randomUUID(),
          assessmentId: input.assessmentId,
          body: input.body,
          createdAt: existing?.createdAt ?? t,
          updatedAt: t,
          rev: (existing?.rev ?? 0) + 1,
        });
        await db.notes.put(note);
        return note;
      });
    },
  };
}

export type NotesRepo = ReturnType<typeof createNotesRepo>;
