import type { Vendor } from '@/lib/db/schema';

interface Props {
  vendors: Vendor[];
  currentId: string | null;
  onOpen: (id: string) => void;
}

/** Every vendor on record, each one button away. */
export function VendorList({ vendors, currentId, onOpen }: Props) {
  if (vendors.length === 0) return <p className="muted">No vendors on record yet.</p>;
  return (
    <ul className="vendor-list">
      {vendors.map((v) => (
        <li key={v.id}>
          <button
            type="button"
            className="link"
            aria-current={v.id === currentId ? 'true' : undefined}
            onClick={() => onOpen(v.id)}
          >
            {v.name}
          </button>
          {v.domain && <span className="muted"> {v.domain}</span>}
        </li>
      ))}
    </ul>
  );
}
