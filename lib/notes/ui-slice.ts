import type { StateCreator } from 'zustand';

export type SaveState =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; at: number }
  | { state: 'failed'; error: string };

/** What another window saved while this one was editing, shown beside the reviewer's own text. */
export interface TheirsConflict {
  theirs: string;
  theirsRev: number;
}

/**
 * What the reviewer typed in this panel and has not seen stored yet. `base` is the stored note the
 * editing started from (its revision and text); a save says so, and is refused if another window has
 * saved a different text since. `savedRev` is set when this text was saved: once the store shows that
 * revision (or a newer one), the panel follows the store again.
 */
export interface NoteDraft {
  text: string;
  base: { rev: number; value: string };
  savedRev?: number;
  conflict?: TheirsConflict;
}

/** Note drafts and their save state, keyed by review target. A draft is kept on failure: nothing is lost. */
export interface NotesSlice {
  drafts: Record<string, NoteDraft>;
  saveStates: Record<string, SaveState>;
  /** An edit; `stored` is the note on screen, the base of a new editing session. */
  noteEdited: (key: string, text: string, stored: { rev: number; value: string }) => void;
  noteSaveStarted: (key: string) => void;
  /** `text` was saved as revision `rev`: it is the base from now on. */
  noteSaved: (key: string, at: number, text: string, rev: number) => void;
  noteSaveFailed: (key: string, error: string) => void;
  noteConflicted: (key: string, conflict: TheirsConflict) => void;
  /** The reviewer chose: the draft now holds `text`, based on what the other window saved. */
  noteConflictResolved: (key: string, text: string) => void;
  /** Drop the draft: the panel shows (and follows) the stored note. */
  noteDraftDropped: (key: string) => void;
}

/** A draft whose text was saved, and the store has caught up with: the panel shows the store again. */
export const following = (draft: NoteDraft, storedRev: number): boolean =>
  !draft.conflict && draft.savedRev !== undefined && storedRev >= draft.savedRev;

/** What the note editor shows: the reviewer's unsaved text while editing, else the stored note (live). */
export function shownNote(
  draft: NoteDraft | undefined,
  stored: { body: string; rev?: number } | null | undefined,
) {
  const storedRev = stored ? (stored.rev ?? 0) : 0;
  if (!draft || following(draft, storedRev)) return { text: stored?.body ?? '', editing: false };
  return { text: draft.text, editing: true };
}

export const createNotesSlice: StateCreator<NotesSlice, [], [], NotesSlice> = (set) => ({
  drafts: {},
  saveStates: {},
  noteEdited: (key, text, stored) =>
    set((s) => {
      const old = s.drafts[key];
      // A new editing session starts from what is on screen (the store, when this panel was following
      // it); within a session the base stays until a save lands.
      const base = !old || following(old, stored.rev) ? stored : old.base;
      return {
        drafts: { ...s.drafts, [key]: { text, base, ...(old?.conflict ? { conflict: old.conflict } : {}) } },
      };
    }),
  noteSaveStarted: (key) => set((s) => ({ saveStates: { ...s.saveStates, [key]: { state: 'saving' } } })),
  noteSaved: (key, at, text, rev) =>
    set((s) => {
      const old = s.drafts[key];
      const base = { rev, value: text };
      // Typed on since this save started: keep the newer text, based on what was just stored.
      const draft: NoteDraft | undefined = old
        ? old.text === text
          ? { text, base, savedRev: rev }
          : { text: old.text, base }
        : undefined;
      const drafts = { ...s.drafts };
      if (draft) drafts[key] = draft;
      return { drafts, saveStates: { ...s.saveStates, [key]: { state: 'saved', at } } };
    }),
  noteSaveFailed: (key, error) =>
    set((s) => ({ saveStates: { ...s.saveStates, [key]: { state: 'failed', error } } })),
  noteConflicted: (key, conflict) =>
    set((s) => {
      const old = s.drafts[key];
      if (!old) return {};
      return {
        drafts: { ...s.drafts, [key]: { ...old, conflict } },
        saveStates: { ...s.saveStates, [key]: { state: 'idle' } },
      };
    }),
  noteConflictResolved: (key, text) =>
    set((s) => {
      const old = s.drafts[key];
      if (!old?.conflict) return {};
      const base = { rev: old.conflict.theirsRev, value: old.conflict.theirs };
      return { drafts: { ...s.drafts, [key]: { text, base } } };
    }),
  noteDraftDropped: (key) =>
    set((s) => {
      const { [key]: _gone, ...drafts } = s.drafts;
      const { [key]: _state, ...saveStates } = s.saveStates;
      return { drafts, saveStates };
    }),
});
