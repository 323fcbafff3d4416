import type { StateCreator } from 'zustand';

export const EXPORT_MODES = ['full', 'summary', 'questions'] as const;
export type ExportMode = (typeof EXPORT_MODES)[number];

/** Which findings "Copy findings" puts on the clipboard. */
export interface ExportSlice {
  exportMode: ExportMode;
  exportModeChanged: (mode: ExportMode) => void;
}

export const createExportSlice: StateCreator<ExportSlice, [], [], ExportSlice> = (set) => ({
  exportMode: 'full',
  exportModeChanged: (mode) => set({ exportMode: mode }),
});
