/**
 * The storage.session key under which the background keeps each tab's detection (tab-detections.ts).
 * A module of its own: the panel's first script reads it without loading Zod.
 */
export const TAB_DETECTIONS_KEY = 'detections';
