import { z } from '../zod';
import { storage } from 'wxt/utils/storage';

/**
 * Quotes the reviewer selected on a page ("Add to Vendorscope as evidence") that wait in the side
 * panel until attached to a question or discarded. Session storage: they are a clipboard, not a record.
 */
export const pendingEvidenceSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  url: z.url().check(z.maxLength(4096)),
  quote: z.string().check(z.minLength(1), z.maxLength(2000)),
  capturedAt: z.number().check(z.int(), z.nonnegative()),
});
export type PendingEvidence = z.infer<typeof pendingEvidenceSchema>;

export const PENDING_MAX = 20;

export const pendingEvidenceItem = storage.defineItem<PendingEvidence[]>('session:pendingEvidence', {
  fallback: [],
});

/** Reads the list, dropping anything malformed (storage is a boundary too). */
export async function readPendingEvidence(): Promise<PendingEvidence[]> {
  const raw = await pendingEvidenceItem.getValue();
  return (Array.isArray(raw) ? raw : []).flatMap((e) => {
    const parsed = pendingEvidenceSchema.safeParse(e);
    return parsed.success ? [parsed.data] : [];
  });
}

export async function discardPendingEvidence(id: string): Promise<void> {
  await pendingEvidenceItem.setValue((await readPendingEvidence()).filter((e) => e.id !== id));
}
