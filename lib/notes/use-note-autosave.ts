import { useEffect, useRef } from 'react';
import type { Autosave } from '../autosave/autosave';
import { isSaveConflict } from '../db/conflict';
import type { Note } from '../db/schema';
import type { PendingSave } from '../review/pending-save';
import type { ReviewTarget } from '../review/service';
import type { NoteDraft, NotesSlice } from './ui-slice';

/** The note is saved after this long without typing (and at once when the page is hidden). */
export const NOTE_DELAY_MS = 400;

export type ConflictChoice = 'mine' | 'theirs' | 'both';

type Deps = Pick<
  NotesSlice,
  | 'noteEdited'
  | 'noteSaveStarted'
  | 'noteSaved'
  | 'noteSaveFailed'
  | 'noteConflicted'
  | 'noteConflictResolved'
  | 'noteDraftDropped'
> & {
  /** The review's draft key. */
  draftKey: string;
  target: ReviewTarget;
  /** The stored note on screen (null: none yet): the base a new editing session starts from. */
  stored: Note | null;
  /** This review's draft as the store holds it now. */
  getDraft: () => NoteDraft | undefined;
  autosave: Autosave<PendingSave>;
};

/**
 * The reviewer's note on one review: every edit goes to the store as a draft and to the one autosave
 * (journalled, flushed on hide), saying what it was based on. A note another window saved since is
 * never overwritten: the conflict is shown and the reviewer keeps theirs, mine or both.
 */
export function useNoteAutosave(deps: Deps) {
  const latest = useRef(deps);
  useEffect(() => {
    latest.current = deps;
  });
  const saveKey = () => `${latest.current.draftKey}:note`;

  function schedule(delay: number) {
    const d = latest.current;
    const draft = d.getDraft();
    if (!draft) return;
    const key = d.draftKey;
    d.autosave.schedule(
      saveKey(),
      { kind: 'note', target: d.target, body: draft.text, base: draft.base },
      delay,
      {
        onSaving: () => latest.current.noteSaveStarted(key),
        onSaved: (note) =>
          latest.current.noteSaved(key, Date.now(), (note as Note).body, (note as Note).rev ?? 0),
        onFailed: (error, cause) =>
          isSaveConflict(cause)
            ? latest.current.noteConflicted(key, {
                theirs: String(cause.theirs ?? ''),
                theirsRev: cause.theirsRev,
              })
            : latest.current.noteSaveFailed(key, error),
      },
    );
  }

  return {
    edit(text: string) {
      const d = latest.current;
      d.noteEdited(d.draftKey, text, { rev: d.stored?.rev ?? 0, value: d.stored?.body ?? '' });
      if (!d.getDraft()?.conflict) schedule(NOTE_DELAY_MS);
    },
    retry() {
      schedule(0);
    },
    resolve(choice: ConflictChoice) {
      const d = latest.current;
      const draft = d.getDraft();
      if (!draft?.conflict) return;
      if (choice === 'theirs') {
        d.autosave.cancel(saveKey());
        d.noteDraftDropped(d.draftKey);
        return;
      }
      const text = choice === 'mine' ? draft.text : `${draft.conflict.theirs}\n\n${draft.text}`;
      d.noteConflictResolved(d.draftKey, text);
      schedule(0);
    },
    flush: () => latest.current.autosave.flush(saveKey()),
  };
}
