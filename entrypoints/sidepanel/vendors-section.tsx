import { memo, useState } from 'react';
import { StatusLine } from '@/components/ui/StatusLine';
import { AddVendorForm } from '@/components/vendors/AddVendorForm';
import { VendorTable } from '@/components/vendors/VendorTable';
import { downloadText } from '@/lib/export/download';
import { csvRowFromVendor, vendorsToCsv } from '@/lib/export/to-csv';
import { reviewService } from '@/lib/review/page-service';
import { todayLocal } from '@/lib/staleness/staleness';
import { useReminderSettings } from '@/lib/reminders/use-reminder-settings';
import { firstVendorPage } from '@/lib/panel/first-view';
import { liveVendors, useVendorList } from '@/lib/vendors/use-vendor-list';
import { usePanelStore } from './store';

/** The vendor list (the rows it shows, read through indexes), creating one by hand, undo for deletes. */
export const VendorsSection = memo(function VendorsSection({ currentId }: { currentId: string | null }) {
  const addOpen = usePanelStore((s) => s.addVendorOpen);
  const addVendorToggled = usePanelStore((s) => s.addVendorToggled);
  const vendorOpened = usePanelStore((s) => s.vendorOpened);
  const query = usePanelStore((s) => s.vendorQuery);
  const sort = usePanelStore((s) => s.vendorSort);
  const filter = usePanelStore((s) => s.vendorFilter);
  const limit = usePanelStore((s) => s.vendorLimit);
  const vendorQueryChanged = usePanelStore((s) => s.vendorQueryChanged);
  const vendorSortChanged = usePanelStore((s) => s.vendorSortChanged);
  const vendorFilterChanged = usePanelStore((s) => s.vendorFilterChanged);
  const vendorsShownMore = usePanelStore((s) => s.vendorsShownMore);
  const dueDays = Math.max(...useReminderSettings().leadDays);
  const lastDeleted = usePanelStore((s) => s.lastDeleted);
  const undoDismissed = usePanelStore((s) => s.undoDismissed);
  const today = todayLocal(new Date());
  const listQuery = { text: query, sort, filter, today, dueDays, limit };
  const [opening] = useState(() => firstVendorPage(listQuery));
  const page = useVendorList(listQuery, opening);

  return (
    <section aria-labelledby="vendors-heading" className="card vendors-card">
      <div className="row spread">
        <h2 id="vendors-heading">Vendors</h2>
        <div className="row">
          {!!page?.total && (
            <button
              type="button"
              className="secondary"
              onClick={() =>
                void liveVendors().then((vendors) =>
                  downloadText(
                    `vendorscope-vendors-${todayLocal(new Date())}.csv`,
                    'text/csv',
                    vendorsToCsv(vendors.map(csvRowFromVendor)),
                  ),
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
      {!!page?.unreadable && (
        <StatusLine tone="error">
          {page.unreadable === 1 ? '1 vendor-list row' : `${page.unreadable} vendor-list rows`} could not be
          read and {page.unreadable === 1 ? 'is' : 'are'} not shown. Nothing has been changed or deleted.
        </StatusLine>
      )}
      {page === undefined ? (
        <p className="muted">Loading…</p>
      ) : (
        <VendorTable
          rows={page.rows}
          matching={page.matching}
          capped={page.capped}
          total={page.total}
          today={today}
          currentId={currentId}
          query={query}
          sort={sort}
          filter={filter}
          dueDays={dueDays}
          onQuery={vendorQueryChanged}
          onSort={vendorSortChanged}
          onFilter={vendorFilterChanged}
          onOpen={vendorOpened}
          onShowMore={vendorsShownMore}
        />
      )}
    </section>
  );
});
