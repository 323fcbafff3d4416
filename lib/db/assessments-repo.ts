import type { AppDB } from './app-db';
import { assessmentSchema, type Assessment } from './schema';

/** One review per vendor: the latest assessment, created on first use. */
export function createAssessmentsRepo(db: AppDB, now: () => number = Date.now) {
  async function latestFor(vendorId: string): Promise<Assessment | undefined> {
    const all = await db.assessments.where('vendorId').equals(vendorId).sortBy('updatedAt');
    return all.at(-1);
  }

  return {
    latestFor,
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
        });
        await db.assessments.add(assessment);
        return assessment;
      });
    },
  };
}

export type AssessmentsRepo = ReturnType<typeof createAssessmentsRepo>;
