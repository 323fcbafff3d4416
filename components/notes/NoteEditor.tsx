import type { SaveState } from '@/lib/notes/ui-slice';
import { StatusLine } from '../ui/StatusLine';
import { ConflictChoice, type Choice } from '../ui/ConflictChoice';

interface Props {
  value: string;
  saveState: SaveState;
  maxLength: number;
  onChange: (value: string) => void;
  onRetry: () => void;
  /** Another window saved the note while the reviewer was editing: what it saved. */
  conflict?: { theirs: string } | null;
  onResolve: (choice: Choice) => void;
}

/** The reviewer's note. Autosaved by the container; on failure the text stays here and can be retried. */
export function NoteEditor({ value, saveState, maxLength, onChange, onRetry, conflict, onResolve }: Props) {
  return (
    <div className="field">
      <label htmlFor="review-note">Reviewer notes</label>
      <textarea
        id="review-note"
        rows={8}
        value={value}
        maxLength={maxLength}
        aria-describedby="review-note-status"
        onChange={(e) => onChange(e.target.value)}
      />
      {conflict && (
        <ConflictChoice what="your note" theirs={conflict.theirs} canKeepBoth onChoose={onResolve} />
      )}
      <div id="review-note-status">
        {saveState.state === 'saving' && <StatusLine tone="info">Saving…</StatusLine>}
        {saveState.state === 'saved' && <StatusLine tone="info">Saved on this computer</StatusLine>}
        {saveState.state === 'failed' && (
          <StatusLine tone="error">
            Couldn’t save your note: {saveState.error} Your text is still here.{' '}
            <button type="button" onClick={onRetry}>
              Retry saving
            </button>
          </StatusLine>
        )}
      </div>
    </div>
  );
}
