import { useMemo, useState } from 'react';
import type { Detection } from '@/lib/detection/schema';
import { DetectionSummary } from '@/components/detection/DetectionSummary';
import { ReadPageButton } from '@/components/detection/ReadPageButton';
import { UnsavedLeftovers } from '@/components/notes/UnsavedLeftovers';
import { StatusLine } from '@/components/ui/StatusLine';
import { useFlushOnHide } from '@/lib/autosave/use-flush-on-hide';
import { useDbHealth } from '@/lib/db/use-db-health';
import { TenantLinkHint } from '@/components/vendors/TenantLinkHint';
import { useClaimedVendor, useReview } from '@/lib/db/use-review';
import { pageAutosave } from '@/lib/review/page-autosave';
import { reviewService } from '@/lib/review/page-service';
import type { ReviewTarget } from '@/lib/review/service';
import { useJournalTexts, useUnsavedRecovery } from '@/lib/review/use-unsaved-recovery';
import { useTabDetection } from '@/lib/detection/use-tab-detection';
import { firstPanelView } from '@/lib/panel/first-view';
import { readPanelParams } from '@/lib/panel/params';
import { useBoundTab } from '@/lib/panel/use-bound-tab';
import { usePanelRequest } from '@/lib/panel/use-panel-request';
import { ReviewSection } from './review-section';
import { usePanelStore } from './store';
import { VendorsSection } from './vendors-section';

const params = readPanelParams(location.search);

/** A page-bound review keeps one key even after its vendor record is created mid-typing. */
function reviewKey(vendorId: string | null, detection: Detection | null, foundVendorId?: string): string {
  if (!vendorId && detection) return `page:${detection.vendor?.host ?? new URL(detection.url).hostname}`;
  return `vendor:${vendorId ?? foundVendorId}`;
}

/** The side panel: the bound tab's trust page (or one vendor), its review, and the vendor list. */
export function App() {
  const { error: dbError, deleted: dbDeleted } = useDbHealth();
  // Typed text is saved when the panel hides or closes; what a closed panel left unsaved is saved now.
  useFlushOnHide(pageAutosave);
  const unsaved = useUnsavedRecovery();
  const stranded = useJournalTexts(dbDeleted);
  const openedVendorId = usePanelStore((s) => s.openedVendorId);
  const vendorClosed = usePanelStore((s) => s.vendorClosed);
  const vendorOpened = usePanelStore((s) => s.vendorOpened);
  // "Open this vendor's review" from the background (a reminder notification's click).
  usePanelRequest(vendorOpened, params.tabId === null && params.vendorId === null);
  // What the panel's first script read as the page loaded: shown by the first render.
  const [opening] = useState(() => firstPanelView(params.vendorId));
  const tabId = useBoundTab(params.tabId, opening?.tab?.tabId);
  const vendorId = openedVendorId ?? params.vendorId;
  const detection = useTabDetection(vendorId ? null : tabId, opening?.tab);
  const review = useReview(vendorId, vendorId ? null : (detection ?? null), opening?.review);
  const unreadable = review?.unreadable ?? 0;
  const pageDetection = vendorId ? null : (detection ?? null);
  const claimed = useClaimedVendor(review && !review.vendor ? pageDetection : null);
  const tenant = pageDetection?.site?.tenant ?? null;
  // A page-bound review creates its vendor record on the first thing the reviewer saves.
  const targetVendorId = review?.vendor?.id ?? null;
  const target = useMemo<ReviewTarget | null>(
    () => (targetVendorId ? { vendorId: targetVendorId } : !vendorId && detection ? { detection } : null),
    [targetVendorId, vendorId, detection],
  );

  return (
    <>
      <header className="app-header">
        <h1>Vendorscope</h1>
      </header>
      <main>
        {dbError && dbDeleted && <StatusLine tone="error">{dbError}</StatusLine>}
        {dbError && !dbDeleted && (
          <StatusLine tone="error">
            Vendorscope can’t use its local database: {dbError} Nothing has been deleted; reopen the panel to
            retry.
          </StatusLine>
        )}
        {unreadable > 0 && (
          <StatusLine tone="error">
            {unreadable === 1 ? '1 stored record' : `${unreadable} stored records`} could not be read and{' '}
            {unreadable === 1 ? 'is' : 'are'} not shown. Nothing has been changed or deleted: download a
            backup (Options) before editing, and report the problem.
          </StatusLine>
        )}
        <UnsavedLeftovers
          title={dbDeleted ? 'Text you typed that was not saved' : 'Unsaved text from a closed panel'}
          leftovers={dbDeleted ? stranded : unsaved.leftovers}
          onCopy={(text) => navigator.clipboard.writeText(text)}
          onDiscard={unsaved.discard}
        />
        {openedVendorId && !params.vendorId && (
          <button type="button" className="link" onClick={vendorClosed}>
            ← Back to the current tab
          </button>
        )}
        {!vendorId && detection && <DetectionSummary detection={detection} />}
        {claimed && tenant && claimed.domain && (
          <TenantLinkHint
            vendorName={claimed.name}
            claimedDomain={claimed.domain}
            tenant={tenant}
            onLink={() => void reviewService.linkTenant(claimed.id, tenant)}
          />
        )}
        {!vendorId && detection === null && (
          <div className="card">
            <p className="muted">
              This tab is not a recognised trust page. Open a vendor’s trust or security page, pick a vendor
              below, or add one by hand.
            </p>
            {tabId !== null && tabId !== undefined && <ReadPageButton tabId={tabId} />}
          </div>
        )}
        {vendorId && review && !review.vendor && (
          <StatusLine tone="error">That vendor no longer exists.</StatusLine>
        )}
        {review && target && (
          <ReviewSection
            key={reviewKey(vendorId, detection ?? null, review.vendor?.id)}
            draftKey={reviewKey(vendorId, detection ?? null, review.vendor?.id)}
            review={review}
            detection={vendorId ? null : (detection ?? null)}
            target={target}
          />
        )}
        <VendorsSection currentId={review?.vendor?.id ?? null} />
      </main>
    </>
  );
}
