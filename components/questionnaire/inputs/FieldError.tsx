import { errorId } from './types';

/**
 * The inline error under an input. role="alert" so the message is announced as it appears, since the
 * reviewer's focus stays in the control; always rendered when present so aria-describedby resolves.
 */
export function FieldError({ idPrefix, error }: { idPrefix: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={errorId(idPrefix)} role="alert" className="status status-error">
      {error}
    </p>
  );
}
