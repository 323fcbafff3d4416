import { useState } from 'react';
import type { CopyResult } from '@/lib/export/clipboard';
import { EXPORT_MODES, type ExportMode } from '@/lib/export/ui-slice';
import { StatusLine } from '../ui/StatusLine';

const MODE_LABELS: Record<ExportMode, string> = {
  full: 'Full report',
  summary: 'Summary only',
  questions: 'Questions for the vendor (e-mail)',
};

interface Props {
  mode: ExportMode;
  onModeChange: (mode: ExportMode) => void;
  onCopy: () => Promise<CopyResult>;
  /** Bumped by the keyboard shortcut so its result is announced like a click's. */
  lastResult?: { result: CopyResult | Error; at: number } | null;
}

const describe = (r: CopyResult | Error) =>
  r instanceof Error
    ? { tone: 'error' as const, text: `Couldn’t copy: ${r.message}` }
    : r === 'rich'
      ? { tone: 'info' as const, text: 'Findings copied: formatted (for docs and e-mail) and as Markdown.' }
      : {
          tone: 'info' as const,
          text: 'Findings copied as Markdown only: this browser cannot put formatted text on the clipboard.',
        };

/** Copies the findings in the chosen form; says what happened, in words, for everyone. */
export function CopyFindingsButton({ mode, onModeChange, onCopy, lastResult }: Props) {
  const [own, setOwn] = useState<{ result: CopyResult | Error; at: number } | null>(null);
  const shown = [own, lastResult].filter((x) => !!x).sort((a, b) => b!.at - a!.at)[0];
  const message = shown && describe(shown.result);
  return (
    <div className="copy-findings">
      <div className="row">
        <label htmlFor="export-mode">Copy</label>
        <select id="export-mode" value={mode} onChange={(e) => onModeChange(e.target.value as ExportMode)}>
          {EXPORT_MODES.map((m) => (
            <option key={m} value={m}>
              {MODE_LABELS[m]}
            </option>
          ))}
        </select>
        <button
          type="button"
          aria-keyshortcuts="Control+Shift+C Meta+Shift+C"
          onClick={() => {
            onCopy().then(
              (result) => setOwn({ result, at: Date.now() }),
              (err: unknown) =>
                setOwn({ result: err instanceof Error ? err : new Error(String(err)), at: Date.now() }),
            );
          }}
        >
          Copy findings
        </button>
      </div>
      <p className="muted">Shortcut: Ctrl+Shift+C (⌘⇧C on a Mac) while the panel has focus.</p>
      {message && <StatusLine tone={message.tone}>{message.text}</StatusLine>}
    </div>
  );
}
