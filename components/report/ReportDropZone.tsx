import { useId, useState, type DragEvent } from 'react';
import type { ReaderState } from '@/lib/report/use-report-reader';
import { StatusLine } from '../ui/StatusLine';

interface Props {
  state: ReaderState;
  onFile: (file: File) => void;
  onPassword: (password: string) => void;
  onCancel: () => void;
}

/**
 * Where the reviewer gives Vendorscope the vendor's SOC report: a file picker (keyboard and screen
 * readers) that is also a drop zone. The PDF is read on this computer; progress, cancel, a password
 * prompt and every failure are said in words.
 */
export function ReportDropZone({ state, onFile, onPassword, onCancel }: Props) {
  const inputId = useId();
  const [over, setOver] = useState(false);
  const [password, setPassword] = useState('');
  const drop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file) onFile(file);
  };
  const reading = state.step === 'reading';
  return (
    <div
      className={`drop-zone${over ? ' drop-zone-over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <label htmlFor={inputId}>Add the SOC 2 report (PDF)</label>
      <input
        id={inputId}
        type="file"
        accept="application/pdf,.pdf"
        disabled={reading}
        aria-describedby={`${inputId}-hint`}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
      <p className="muted" id={`${inputId}-hint`}>
        Or drop it here. It is read on this computer and never sent anywhere; only the facts, quotes and page
        numbers are kept.
      </p>
      {reading && (
        <div role="status" className="row">
          <label htmlFor={`${inputId}-progress`}>Reading {state.fileName}</label>
          <progress id={`${inputId}-progress`} max={state.total || 1} value={state.done} />
          <span>{state.total ? `page ${state.done} of ${state.total}` : 'opening…'}</span>
          <button type="button" className="secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      )}
      {state.step === 'password' && (
        <form
          aria-label="Report password"
          onSubmit={(e) => {
            e.preventDefault();
            onPassword(password);
            setPassword('');
          }}
        >
          <StatusLine tone={state.wrong ? 'error' : 'info'}>
            {state.wrong
              ? 'That password does not open this PDF. Check it and try again.'
              : `${state.fileName} is protected by a password. Enter the one the vendor gave you; it is used to read the file and never stored.`}
          </StatusLine>
          <div className="field row">
            <label htmlFor={`${inputId}-password`}>Password</label>
            <input
              id={`${inputId}-password`}
              type="password"
              autoComplete="off"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
            <button type="submit" disabled={!password}>
              Open report
            </button>
            <button type="button" className="secondary" onClick={onCancel}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {state.step === 'failed' && <StatusLine tone="error">{state.message} Nothing was stored.</StatusLine>}
      {state.step === 'done' && (
        <StatusLine tone="info">
          Read {state.file.fileName}: {state.file.reading.pagesRead} pages.
        </StatusLine>
      )}
    </div>
  );
}
