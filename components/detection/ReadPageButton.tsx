import { StatusLine } from '@/components/ui/StatusLine';
import { useReadPage } from '@/lib/detection/use-read-page';

const OUTCOME_TEXT = {
  'trust-page': 'Read: this page reads as a trust page. Its facts appear above in a moment.',
  'not-trust-page':
    'Read: nothing on this page reads as the vendor’s own security or compliance statement (no SOC 2, ISO or similar claim by the vendor).',
  paused: 'Vendorscope is paused on this site (Options). Resume it there to read the page.',
  unreadable: 'This page cannot be read: the browser does not let extensions read it.',
} as const;

/**
 * The fallback for a trust page the gate could not see (no hint in its address or title): the
 * reviewer asks for it to be read.
 */
export function ReadPageButton({ tabId }: { tabId: number }) {
  const { state, read: onRead } = useReadPage(tabId);
  return (
    <>
      <p id="read-page-hint" className="muted">
        Vendorscope reads a page by itself when its address or title names a trust or security topic. Read
        this page to have it read this one as it stands now.
      </p>
      <button
        type="button"
        className="secondary"
        onClick={onRead}
        disabled={state.status === 'reading'}
        aria-describedby="read-page-hint"
      >
        {state.status === 'reading' ? 'Reading this page…' : 'Read this page'}
      </button>
      {state.status === 'done' && (
        <StatusLine tone={state.outcome === 'unreadable' ? 'error' : 'info'}>
          {OUTCOME_TEXT[state.outcome]}
        </StatusLine>
      )}
      {state.status === 'failed' && (
        <StatusLine tone="error">Could not read this page: {state.error}</StatusLine>
      )}
    </>
  );
}
