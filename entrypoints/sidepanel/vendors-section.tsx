import { StatusLine } from '@/components/ui/StatusLine';
import { AddVendorForm } from '@/components/vendors/AddVendorForm';
import { VendorTable } from '@/components/vendors/VendorTable';
import { reviewService } from '@/lib/review/page-service';
import { downloadText } from '@/lib/export/download';
import { csvRowFromVendor, vendorsToCsv } from '@/lib/export/to-csv';
import type { Vendor } from '@/lib/db/schema';
import { todayLocal } from '@/lib/staleness/staleness';
import { useReminderSettings } from '@/lib/reminders/use-reminder-settings';
import { usePanelStore } from './store';

/** All vendors on record, creating one by hand, and undo for the last deletion. */
export function VendorsSection({
  currentId,
  vendors,
}: {
  currentId: string | null;
  vendors: Vendor[] | undefined;
}) {
  const addOpen = usePanelStore((s) => s.addVendorOpen);
  const addVendorToggled = usePanelStore((s) => s.addVendorToggled);
  const vendorOpened = usePanelStore((s) => s.vendorOpened);
  const query = usePanelStore((s) => s.vendorQuery);
  const sort = usePanelStore((s) => s.vendorSort);
  const vendorQueryChanged = usePanelStore((s) => s.vendorQueryChanged);
  const vendorSortChanged = usePanelStore((s) => s.vendorSortChanged);
  const filter = usePanelStore((s) => s.vendorFilter);
  const vendorFilterChanged = usePanelStore((s) => s.vendorFilterChanged);
  const dueDays = Math.max(...useReminderSettings().leadDays);
  const lastDeleted = usePanelStore((s) => s.lastDeleted);
  const undoDismissed = usePanelStore((s) => s.undoDismissed);

  return (
    <section aria-labelledby="vendors-heading" className="card vendors-card">
      <div className="row spread">
        <h2 id="vendors-heading">Vendors</h2>
        <div className="row">
          {!!vendors?.length && (
            <button
              type="button"
              className="secondary"
              onClick={() =>
                downloadText(
                  `vendorscope-vendors-${todayLocal(new Date())}.csv`,
                  'text/csv',
                  vendorsToCsv(vendors.map(csvRowFromVendor)),
                )
              }
            >
              Download CSV
            </button>
          )}
          {!addOpen && (
            <button type="button" className="secondary" onClick={() => addVendorToggled(true)}>
              Add vendor
            </button>
          )}
        </div>
      </div>
      {lastDeleted && (
        <StatusLine tone="info">
          Deleted {lastDeleted.name}.{' '}
          <button
            type="button"
            className="link"
            onClick={() => void reviewService.undoDelete(lastDeleted.id).then(undoDismissed)}
          >
            Undo
          </button>{' '}
          <button type="button" className="link" onClick={undoDismissed}>
            Dismiss
          </button>
        </StatusLine>
      )}
      {addOpen && (
        <AddVendorForm
          onCancel={() => addVendorToggled(false)}
          onCreate={async (input) => {
            const vendor = await reviewService.createVendor(input);
            vendorOpened(vendor.id);
          }}
        />
      )}
      {vendors === undefined ? (
        <p className="muted">Loading…</p>
      ) : (
        <VendorTable
          vendors={vendors}
          today={todayLocal(new Date())}
          currentId={currentId}
          query={query}
          sort={sort}
          filter={filter}
          dueDays={dueDays}
          onQuery={vendorQueryChanged}
          onSort={vendorSortChanged}
          onFilter={vendorFilterChanged}
          onOpen={vendorOpened}
        />
      )}
    </section>
  );
}
