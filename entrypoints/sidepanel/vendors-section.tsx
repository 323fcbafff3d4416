import { AddVendorForm } from '@/components/vendors/AddVendorForm';
import { VendorList } from '@/components/vendors/VendorList';
import { vendorsRepo } from '@/lib/db/repos';
import { useVendors } from '@/lib/db/use-review';
import { usePanelStore } from './store';

/** All vendors on record, plus creating one by hand. */
export function VendorsSection({ currentId }: { currentId: string | null }) {
  const vendors = useVendors();
  const addOpen = usePanelStore((s) => s.addVendorOpen);
  const addVendorToggled = usePanelStore((s) => s.addVendorToggled);
  const vendorOpened = usePanelStore((s) => s.vendorOpened);

  return (
    <section aria-labelledby="vendors-heading" className="card">
      <div className="row spread">
        <h2 id="vendors-heading">Vendors</h2>
        {!addOpen && (
          <button type="button" className="secondary" onClick={() => addVendorToggled(true)}>
            Add vendor
          </button>
        )}
      </div>
      {addOpen && (
        <AddVendorForm
          onCancel={() => addVendorToggled(false)}
          onCreate={async (input) => {
            const vendor = await vendorsRepo.create(input);
            vendorOpened(vendor.id);
          }}
        />
      )}
      {vendors === undefined ? (
        <p className="muted">Loading…</p>
      ) : (
        <VendorList vendors={vendors} currentId={currentId} onOpen={vendorOpened} />
      )}
    </section>
  );
}
