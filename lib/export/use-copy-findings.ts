import { useCallback, useEffect, useRef, useState } from 'react';
import { copyFindings, type CopyResult } from './clipboard';
import type { FindingsInput } from './findings';
import type { ExportMode } from './ui-slice';

export type ShortcutResult = { result: CopyResult | Error; at: number } | null;

/** Builds the findings and renders both flavours; the formatters load on first use, not with the panel. */
export async function renderFindings(
  input: FindingsInput,
  mode: ExportMode,
): Promise<{ html: string; text: string }> {
  const start = performance.now();
  const [{ buildFindings }, { findingsToHtml }, { findingsToMarkdown }] = await Promise.all([
    import('./findings'),
    import('./to-html'),
    import('./to-markdown'),
  ]);
  const findings = buildFindings(input);
  const flavours = { html: findingsToHtml(findings, mode), text: findingsToMarkdown(findings, mode) };
  performance.measure?.('vendorscope:export-findings', { start, end: performance.now() });
  return flavours;
}

const isCopyShortcut = (e: KeyboardEvent) =>
  (e.ctrlKey || e.metaKey) && e.shiftKey && e.key.toLowerCase() === 'c';

/**
 * "Copy findings" for one review: `copy()` saves what is pending (`beforeCopy`), then puts the
 * findings on the clipboard; Ctrl/Cmd+Shift+C does the same while the page has focus, and its result
 * is returned so the button can announce it like a click's.
 */
export function useCopyFindings(opts: {
  input: () => FindingsInput;
  mode: ExportMode;
  beforeCopy?: () => Promise<void>;
}): { copy: () => Promise<CopyResult>; shortcutResult: ShortcutResult } {
  const latest = useRef(opts);
  useEffect(() => {
    latest.current = opts;
  });
  const copy = useCallback(async (): Promise<CopyResult> => {
    const { input, mode, beforeCopy } = latest.current;
    await beforeCopy?.();
    return copyFindings(await renderFindings(input(), mode));
  }, []);

  const [shortcutResult, setShortcutResult] = useState<ShortcutResult>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isCopyShortcut(e)) return;
      e.preventDefault();
      copy().then(
        (result) => setShortcutResult({ result, at: Date.now() }),
        (err: unknown) =>
          setShortcutResult({ result: err instanceof Error ? err : new Error(String(err)), at: Date.now() }),
      );
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [copy]);

  return { copy, shortcutResult };
}
