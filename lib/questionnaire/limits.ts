/**
 * Limits shared by the bank's schema and the runtime. Kept apart from schema.ts so the panel does not
 * construct the bank's Zod schemas (used by tests only: the bank is our own data) on every open.
 */

/** Longest text answer, in characters: room for a careful paragraph, not for a pasted report. */
export const TEXT_MAX = 5000;
