import { useEffect, useRef } from 'react';
import type { Autosave } from '../autosave/autosave';
import type { PendingSave } from '../review/pending-save';
import type { ReviewTarget } from '../review/service';
import type { NotesSlice } from './ui-slice';

/** The note is saved after this long without typing (and at once when the page is hidden). */
export const NOTE_DELAY_MS = 400;

/**
 * The reviewer's note on one review: every edit goes to the store as a draft and to the one autosave
 * (journalled, flushed on hide); the save state the editor shows follows the save.
 */
export function useNoteAutosave(
  deps: Pick<NotesSlice, 'noteEdited' | 'noteSaveStarted' | 'noteSaved' | 'noteSaveFailed'> & {
    /** The review's draft key. */
    draftKey: string;
    target: ReviewTarget;
    autosave: Autosave<PendingSave>;
  },
) {
  const latest = useRef(deps);
  useEffect(() => {
    latest.current = deps;
  });
  const saveKey = () => `${latest.current.draftKey}:note`;

  function schedule(body: string, delay: number) {
    const { draftKey: key, target, autosave, noteSaveStarted, noteSaved, noteSaveFailed } = latest.current;
    autosave.schedule(saveKey(), { kind: 'note', target, body }, delay, {
      onSaving: () => noteSaveStarted(key),
      onSaved: () => noteSaved(key, Date.now()),
      onFailed: (error) => noteSaveFailed(key, error),
    });
  }

  return {
    edit(body: string) {
      latest.current.noteEdited(latest.current.draftKey, body);
      schedule(body, NOTE_DELAY_MS);
    },
    retry(body: string) {
      schedule(body, 0);
    },
    flush: () => latest.current.autosave.flush(saveKey()),
  };
}
