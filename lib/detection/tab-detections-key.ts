/**
 * The storage.session key under which the background keeps each tab's detection (tab-detections.ts).
 * A module of its own: the panel's first script reads it without loading Zod.
 */
export const TAB_DETECTIONS_KEY = 'detections';

/** One tab's entry in the stored detections, as stored (unvalidated); undefined when there is none. */
export function storedTabEntry(all: unknown, tabId: number): unknown {
  return all !== null && typeof all === 'object'
    ? (all as Record<string, unknown>)[String(tabId)]
    : undefined;
}
