import type { AppDB } from './app-db';
import { latestAssessmentRow } from './orderings';
import { assessmentSchema, type Assessment } from './schema';

/** The review that speaks for a vendor: its most recently updated assessment. */
export async function latestAssessment(db: AppDB, vendorId: string): Promise<Assessment | undefined> {
  return latestAssessmentRow(await db.assessments.where('vendorId').equals(vendorId).toArray());
}

/** One review per vendor: the latest assessment, created on first use. */
export function createAssessmentsRepo(db: AppDB, now: () => number = Date.now) {
  const latestFor = (vendorId: string) => latestAssessment(db, vendorId);

  async function change(id: string, patch: Partial<Assessment>): Promise<Assessment> {
    return db.transaction('rw', db.assessments, async () => {
      const existing = await db.assessments.get(id);
      if (!existing) throw new Error('This review no longer exists');
      const updated = assessmentSchema.parse({ ...existing, ...patch, updatedAt: now() });
      await db.assessments.put(updated);
      return updated;
    });
  }

  return {
    latestFor,
    get: (id: string) => db.assessments.get(id),
    /** Reviewer name and review date. */
    updateRecord: (id: string, patch: { reviewer?: string; reviewDate?: string | null }) => change(id, patch),
    async signOff(id: string): Promise<Assessment> {
      const a = await db.assessments.get(id);
      if (!a?.reviewer.trim()) throw new Error('Enter the reviewer’s name before signing off');
      return change(id, { status: 'final', signedOffBy: a.reviewer.trim(), signedOffAt: now() });
    },
    reopen: (id: string) => change(id, { status: 'draft', signedOffBy: null, signedOffAt: null }),
    async dismissSuggestion(id: string, key: string): Promise<void> {
      const a = await db.assessments.get(id);
      if (a && !a.dismissed.includes(key))
        await change(id, { dismissed: [...a.dismissed, key].slice(-1000) });
    },
    async ensureFor(vendorId: string): Promise<Assessment> {
      return db.transaction('rw', db.assessments, async () => {
        const existing = await latestFor(vendorId);
        if (existing) return existing;
        const t = now();
        const assessment = assessmentSchema.parse({
          id: crypto.randomUUID(),
          vendorId,
          reviewer: '',
          status: 'draft',
          createdAt: t,
          updatedAt: t,
          reviewDate: null,
          signedOffBy: null,
          signedOffAt: null,
          dismissed: [],
        });
        await db.assessments.add(assessment);
        return assessment;
      });
    },
  };
}

export type AssessmentsRepo = ReturnType<typeof createAssessmentsRepo>;
