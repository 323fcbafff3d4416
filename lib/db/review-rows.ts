/**
 * A review's rows as stored, before validation. Two readers fetch them with the same queries: Dexie
 * (lib/db/read-review.ts: live, every open review) and IndexedDB itself (lib/panel/first-view-read.ts,
 * before the panel's code has loaded); `reviewFromRows` turns either into what the panel shows. A module
 * without Zod: the panel's first script builds these too.
 */
export interface ReviewRows {
  vendor: unknown;
  /** The vendor's assessments; the latest one is the review. */
  assessments: unknown[];
  reminders: unknown[];
  reportFiles: unknown[];
  /** The latest assessment's notes, answers and answer history. */
  notes: unknown[];
  answers: unknown[];
  history: unknown[];
}

/** No rows: a vendor not found, or before any is read. */
export function emptyReviewRows(): ReviewRows {
  return {
    vendor: undefined,
    assessments: [],
    reminders: [],
    reportFiles: [],
    notes: [],
    answers: [],
    history: [],
  };
}
