import { useState } from 'react';
import { PLATFORM_LABELS, PLATFORMS, type Platform } from '@/lib/detection/vocab';
import type { Vendor } from '@/lib/db/schema';
import { StatusLine } from '../ui/StatusLine';
import { MergeVendorForm, type VendorChoice } from './MergeVendorForm';

interface Props {
  vendor: Vendor;
  /** Other vendors this one can absorb, found by what the reviewer types. */
  findOthers: (text: string) => Promise<VendorChoice[]>;
  onSave: (patch: { name: string; domain: string | null; platform: Platform | null }) => Promise<void>;
  onMerge: (otherId: string) => Promise<void>;
  onDelete: () => Promise<void>;
}

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Rename, override what detection said, merge a duplicate record in, or delete (undoable). */
export function VendorActions({ vendor, findOthers, onSave, onMerge, onDelete }: Props) {
  const [mode, setMode] = useState<'idle' | 'edit' | 'merge' | 'delete'>('idle');
  const [name, setName] = useState(vendor.name);
  const [domain, setDomain] = useState(vendor.domain ?? '');
  const [platform, setPlatform] = useState<Platform | ''>(vendor.platform ?? '');
  const [error, setError] = useState<string | null>(null);
  const run = (p: Promise<void>) =>
    p.then(
      () => {
        setError(null);
        setMode('idle');
      },
      (err: unknown) => setError(errorText(err)),
    );

  return (
    <div className="vendor-actions">
      {mode === 'idle' && (
        <div className="row">
          <button type="button" className="secondary" onClick={() => setMode('edit')}>
            Edit vendor
          </button>
          <button type="button" className="secondary" onClick={() => setMode('merge')}>
            Merge a duplicate…
          </button>
          <button type="button" className="secondary" onClick={() => setMode('delete')}>
            Delete vendor
          </button>
        </div>
      )}
      {mode === 'edit' && (
        <form
          aria-label="Edit vendor"
          onSubmit={(e) => {
            e.preventDefault();
            void run(onSave({ name, domain: domain.trim() || null, platform: platform || null }));
          }}
        >
          <div className="field">
            <label htmlFor="edit-vendor-name">Name</label>
            <input
              id="edit-vendor-name"
              value={name}
              maxLength={200}
              onChange={(e) => setName(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="edit-vendor-domain">Domain</label>
            <input
              id="edit-vendor-domain"
              value={domain}
              maxLength={253}
              onChange={(e) => setDomain(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="edit-vendor-platform">Trust page platform</label>
            <select
              id="edit-vendor-platform"
              value={platform}
              onChange={(e) => setPlatform(e.target.value as Platform | '')}
            >
              <option value="">Not known</option>
              {PLATFORMS.map((p) => (
                <option key={p} value={p}>
                  {PLATFORM_LABELS[p]}
                </option>
              ))}
            </select>
          </div>
          <div className="row">
            <button type="submit">Save vendor</button>
            <button type="button" className="secondary" onClick={() => setMode('idle')}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {mode === 'merge' && (
        <MergeVendorForm
          vendorName={vendor.name}
          findOthers={findOthers}
          onMerge={(id) => void run(onMerge(id))}
          onCancel={() => setMode('idle')}
        />
      )}
      {mode === 'delete' && (
        <div role="group" aria-label="Confirm deletion" className="row">
          <span>Delete {vendor.name} and hide its review?</span>
          <button type="button" onClick={() => void run(onDelete())}>
            Yes, delete
          </button>
          <button type="button" className="secondary" onClick={() => setMode('idle')}>
            Keep it
          </button>
        </div>
      )}
      {error && <StatusLine tone="error">{error}</StatusLine>}
    </div>
  );
}
