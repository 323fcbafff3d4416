import type { StateCreator } from 'zustand';

export type SaveState =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; at: number }
  | { state: 'failed'; error: string };

/**
 * Note drafts and their save state, keyed by review target. The draft is what the reviewer typed
 * and has not yet been confirmed saved; it is kept on failure so nothing is lost.
 */
export interface NotesSlice {
  drafts: Record<string, string>;
  saveStates: Record<string, SaveState>;
  noteEdited: (key: string, body: string) => void;
  noteSaveStarted: (key: string) => void;
  noteSaved: (key: string, at: number) => void;
  noteSaveFailed: (key: string, error: string) => void;
}

export const createNotesSlice: StateCreator<NotesSlice, [], [], NotesSlice> = (set) => ({
  drafts: {},
  saveStates: {},
  noteEdited: (key, body) => set((s) => ({ drafts: { ...s.drafts, [key]: body } })),
  noteSaveStarted: (key) => set((s) => ({ saveStates: { ...s.saveStates, [key]: { state: 'saving' } } })),
  noteSaved: (key, at) => set((s) => ({ saveStates: { ...s.saveStates, [key]: { state: 'saved', at } } })),
  noteSaveFailed: (key, error) =>
    set((s) => ({ saveStates: { ...s.saveStates, [key]: { state: 'failed', error } } })),
});
