import { z } from '../zod';
import { storage } from 'wxt/utils/storage';
import { detectionSchema } from './schema';
import { fitTabs } from './tab-budget';
import { storedTabEntry, TAB_DETECTIONS_KEY } from './tab-detections-key';

/**
 * Per-tab detection results, written only by the background and read by the side panel.
 * `session:` storage: cleared when the browser closes, like the tabs it describes.
 */
export const tabDetectionSchema = z.extend(detectionSchema, {
  reportedAt: z.number().check(z.int()),
  /** Sub-processors the page listed beyond what one tab may keep (lib/detection/tab-budget.ts). */
  subprocessorsOmitted: z.optional(z.number().check(z.int(), z.nonnegative())),
});
export type TabDetection = z.infer<typeof tabDetectionSchema>;

export const tabDetectionsSchema = z.record(z.string().check(z.regex(/^\d+$/)), tabDetectionSchema);
export type TabDetections = z.infer<typeof tabDetectionsSchema>;

export const tabDetectionsItem = storage.defineItem<TabDetections>(`session:${TAB_DETECTIONS_KEY}`, {
  fallback: {},
});

/** Reads one tab's detection, re-validated: storage is a boundary too. Invalid entries read as none. */
export function pickTabDetection(all: unknown, tabId: number): TabDetection | null {
  return checkTabDetection(storedTabEntry(all, tabId));
}

/** One tab's stored detection, validated; invalid or absent reads as none. */
export function checkTabDetection(entry: unknown): TabDetection | null {
  const parsed = tabDetectionSchema.safeParse(entry);
  return parsed.success ? parsed.data : null;
}

let writes: Promise<unknown> = Promise.resolve();

/**
 * Read-modify-write of the map, serialised: reports and tab events arrive concurrently and a plain
 * get/set pair would lose one of them.
 *
 * `onlyIf`, given the map as stored, says whether there is anything to change; when not, nothing is
 * validated or written. Every tab's load and close asks to forget that tab, and most tabs have
 * nothing to forget: writing the map back each time re-sent every detection to every extension page
 * listening (the side panel) while it loaded.
 */
export function updateTabDetections(
  change: (all: TabDetections) => TabDetections,
  onlyIf?: (stored: unknown) => boolean,
): Promise<void> {
  const next = writes.then(async () => {
    const stored = await tabDetectionsItem.getValue();
    if (onlyIf && !onlyIf(stored)) return;
    const current = tabDetectionsSchema.safeParse(stored);
    // Within the session quota: the tabs reported longest ago give way to the newest, said in the log.
    const { kept, evicted } = fitTabs(change(current.success ? current.data : {}));
    if (evicted.length)
      console.warn(`[vendorscope] session storage full: forgot the detections of tabs ${evicted.join(', ')}`);
    await tabDetectionsItem.setValue(kept);
  });
  writes = next.catch(() => undefined);
  return next;
}
