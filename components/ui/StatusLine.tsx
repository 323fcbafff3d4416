/** A polite live region for save/copy feedback; errors use role="alert" so screen readers interrupt. */
export function StatusLine({ tone, children }: { tone: 'info' | 'error'; children: React.ReactNode }) {
  return tone === 'error' ? (
    <p role="alert" className="status status-error">
      {children}
    </p>
  ) : (
    <p role="status" className="status">
      {children}
    </p>
  );
}
