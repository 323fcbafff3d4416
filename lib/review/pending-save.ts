import { z } from '../zod';
import { ANSWER_NOTE_MAX, NOTE_MAX } from '../db/schema';
import { detectionSchema } from '../detection/schema';
import type { ReviewService, ReviewTarget } from './service';

/**
 * A save the panel has scheduled but not finished: what the autosave journal keeps, so it can be
 * replayed after a reload. Read back from storage, so it is validated like any stored record.
 */
const targetSchema: z.ZodMiniType<ReviewTarget> = z.union([
  z.strictObject({ vendorId: z.string().check(z.minLength(1), z.maxLength(64)) }),
  z.strictObject({ detection: detectionSchema }),
]);

/** What the save was based on: the record's revision then, and the field's value then. */
const baseSchema = z.object({
  rev: z.number().check(z.int(), z.nonnegative()),
  value: z.optional(z.unknown()),
});

export const pendingSaveSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('note'),
    target: targetSchema,
    body: z.string().check(z.maxLength(NOTE_MAX)),
    base: z.optional(baseSchema),
  }),
  z.object({
    kind: z.literal('answer'),
    target: targetSchema,
    questionId: z.string().check(z.minLength(1), z.maxLength(100)),
    /** Absent: the value is left as it is (a note-only save); null clears it. */
    value: z.optional(z.unknown()),
    note: z.optional(z.string().check(z.maxLength(ANSWER_NOTE_MAX))),
    author: z.string().check(z.maxLength(200)),
    base: z.optional(baseSchema),
  }),
]);
export type PendingSave = z.infer<typeof pendingSaveSchema>;

export async function performSave(service: ReviewService, job: PendingSave): Promise<unknown> {
  if (job.kind === 'note') return service.saveNote(job.target, job.body, job.base);
  return service.saveAnswer(job.target, {
    questionId: job.questionId,
    author: job.author,
    ...('value' in job ? { value: job.value } : {}),
    ...(job.note !== undefined ? { note: job.note } : {}),
    ...(job.base ? { base: job.base } : {}),
  });
}

/** The text a pending save holds, for showing (and copying) one that could not be saved. */
export function pendingText(job: PendingSave): string {
  if (job.kind === 'note') return job.body;
  if (job.note !== undefined) return job.note;
  return typeof job.value === 'string' ? job.value : JSON.stringify(job.value ?? null);
}
