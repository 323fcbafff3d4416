import { EMPTY_REVIEW, reviewFromRows, type ReviewData } from '../db/read-review';
import { vendorLookup, type VendorLookup } from '../db/vendor-lookup';
import { checkTabDetection, type TabDetection } from '../detection/tab-detections';
import { FIRST_SORT, VENDOR_PAGE } from '../vendors/list-defaults';
import {
  countFromMeta,
  pageFromRows,
  type VendorListPage,
  type VendorListQuery,
} from '../vendors/list-query';
import { takeStartedFirstView, type FirstViewRows } from './first-view-read';

/**
 * The panel's first view, as read by its first script (first-view-read.ts), validated here like every
 * read (reviewFromRows, checkTabDetection, pageFromRows) and handed once to the hooks that show it, as
 * their value until their own live reads answer. The panel then renders the bound tab's detection, the
 * review and the list in its first render, instead of rendering "loading" and waiting for the browser,
 * for Dexie to open, and for its reads.
 */
export interface OpeningView {
  /** The vendor the panel was opened for (`?vendorId=`), or null: the bound tab's page. */
  vendorId: string | null;
  /** The bound tab and its detection (validated; null when it has none), when the panel shows a tab. */
  tab?: { tabId: number; detection: TabDetection | null };
  /** The review shown first: the vendor's, or the tab's page's. */
  review?: ReviewData;
}

let opening: OpeningView | undefined;
let list: VendorListPage | undefined;

/**
 * Waits at most `waitMs` for the read the first script started, and validates what it found. Never
 * fails: without a read (a page that has none, a database being upgraded), the panel reads live.
 *
 * The wait is a guard against a read that never ends (an open held up by an upgrade elsewhere), not a
 * budget: a read that has started is always done before live reads started now would be, which must
 * first open Dexie. At 100 ms, a busy machine fell back to the slower live reads (seen in CI).
 */
export async function takeFirstView(waitMs = 1_000): Promise<void> {
  opening = undefined;
  list = undefined;
  const started = takeStartedFirstView();
  if (!started) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(resolve, waitMs, null)));
  try {
    const rows = await Promise.race([started, late]);
    if (rows) keep(rows);
  } catch {
    // The live reads show the same data, and report what fails.
  } finally {
    clearTimeout(timer);
  }
}

const sameLookup = (a: VendorLookup | null, b: VendorLookup | null) =>
  a === b || (!!a && !!b && a.index === b.index && a.key === b.key);

function keep(rows: FirstViewRows): void {
  opening = { vendorId: rows.vendorId };
  if (rows.vendorId) {
    if (rows.review) opening.review = reviewFromRows(rows.review.rows);
  } else if (rows.tab) {
    const detection = checkTabDetection(rows.tab.detection);
    opening.tab = { tabId: rows.tab.id, detection };
    // The review the panel would read for the validated detection: none without one; else the rows
    // read for the same vendor lookup (the stored detection validated unchanged).
    if (!detection) opening.review = EMPTY_REVIEW;
    else if (rows.review && sameLookup(vendorLookup(detection), rows.review.lookup))
      opening.review = reviewFromRows(rows.review.rows);
  }
  const total = countFromMeta(rows.listMeta) ?? rows.listCount ?? undefined;
  if (total !== undefined) list = pageFromRows(total, rows.listRows);
  // What the first render could show, for the end-to-end tests and the bench.
  performance.mark('vendorscope:first-view', {
    detail: { review: !!opening.review, list: !!list, tab: !!opening.tab },
  });
}

/** What the panel opened on, once, if it was opened for `vendorId` (null: the bound tab). */
export function firstPanelView(vendorId: string | null): OpeningView | undefined {
  if (!opening || opening.vendorId !== vendorId) return undefined;
  const view = opening;
  opening = undefined;
  return view;
}

/** The list page read when the panel opened, once, if `q` asks for that page. */
export function firstVendorPage(q: VendorListQuery): VendorListPage | undefined {
  if (!list || q.text !== '' || q.filter !== 'all' || q.sort !== FIRST_SORT || q.limit !== VENDOR_PAGE)
    return undefined;
  const page = list;
  list = undefined;
  return page;
}
