import { useState } from 'react';
import { StatusLine } from '../ui/StatusLine';

interface Props {
  onCreate: (input: { name: string; domain: string }) => Promise<void>;
  onCancel: () => void;
}

/** Create a vendor by hand: reviewers often have only the PDF report, not a trust page. */
export function AddVendorForm({ onCreate, onCancel }: Props) {
  const [name, setName] = useState('');
  const [domain, setDomain] = useState('');
  const [error, setError] = useState<string | null>(null);

  return (
    <form
      className="card"
      aria-labelledby="add-vendor-heading"
      onSubmit={(e) => {
        e.preventDefault();
        if (!name.trim()) {
          setError('Give the vendor a name.');
          return;
        }
        onCreate({ name, domain }).catch((err: unknown) =>
          setError(err instanceof Error ? err.message : String(err)),
        );
      }}
    >
      <h2 id="add-vendor-heading">Add a vendor</h2>
      <div className="field">
        <label htmlFor="new-vendor-name">Vendor name</label>
        <input id="new-vendor-name" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="new-vendor-domain">Website (optional)</label>
        <input
          id="new-vendor-domain"
          value={domain}
          maxLength={253}
          placeholder="acme.com"
          onChange={(e) => setDomain(e.target.value)}
        />
      </div>
      {error && <StatusLine tone="error">{error}</StatusLine>}
      <div className="row">
        <button type="submit">Add vendor</button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
