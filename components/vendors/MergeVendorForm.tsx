import { useEffect, useState } from 'react';

export interface VendorChoice {
  id: string;
  name: string;
  domain: string | null;
}

interface Props {
  vendorName: string;
  /** Vendors whose name or domain words start with `text` (the current vendor left out). */
  findOthers: (text: string) => Promise<VendorChoice[]>;
  onMerge: (otherId: string) => void;
  onCancel: () => void;
}

/**
 * Picks the duplicate record to fold into this vendor: type part of its name or domain, choose it.
 * Searches as you type, so it works the same with ten vendors or two hundred thousand.
 */
export function MergeVendorForm({ vendorName, findOthers, onMerge, onCancel }: Props) {
  const [text, setText] = useState('');
  const [choices, setChoices] = useState<VendorChoice[] | null>(null);
  const [mergeId, setMergeId] = useState('');
  useEffect(() => {
    let live = true;
    void findOthers(text).then((found) => {
      if (!live) return;
      setChoices(found);
      setMergeId((id) => (found.some((c) => c.id === id) ? id : ''));
    });
    return () => {
      live = false;
    };
  }, [text, findOthers]);

  return (
    <form
      aria-label="Merge vendors"
      onSubmit={(e) => {
        e.preventDefault();
        if (mergeId) onMerge(mergeId);
      }}
    >
      <div className="field">
        <label htmlFor="merge-search">Find the duplicate (name or domain)</label>
        <input id="merge-search" type="search" value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="merge-vendor">Merge into {vendorName}</label>
        <select id="merge-vendor" value={mergeId} onChange={(e) => setMergeId(e.target.value)}>
          <option value="">
            {choices === null
              ? 'Searching…'
              : choices.length
                ? 'Choose a vendor…'
                : 'No other vendor matches'}
          </option>
          {(choices ?? []).map((o) => (
            <option key={o.id} value={o.id}>
              {o.domain ? `${o.name} (${o.domain})` : o.name}
            </option>
          ))}
        </select>
      </div>
      <p className="muted">Its pages and reviews move here; the other record is removed (you can undo).</p>
      <div className="row">
        <button type="submit" disabled={!mergeId}>
          Merge
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
