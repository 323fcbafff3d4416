import { reviewFromRows, type ReviewData } from '../db/read-review';
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
 * read (reviewFromRows, pageFromRows) and handed once to the hooks that show it, as their value until
 * their live query answers. The panel then renders the review and the list in its first render,
 * instead of rendering "loading" and waiting for Dexie to open and read.
 */
let review: { vendorId: string; data: ReviewData } | undefined;
let list: VendorListPage | undefined;

/**
 * Waits at most `waitMs` for the read the first script started, and validates what it found. Never
 * fails: without a read (a page that has none, a database being upgraded), the panel reads live.
 */
export async function takeFirstView(waitMs = 100): Promise<void> {
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

function keep(rows: FirstViewRows): void {
  if (rows.vendorId && rows.review) review = { vendorId: rows.vendorId, data: reviewFromRows(rows.review) };
  const total = countFromMeta(rows.listMeta) ?? rows.listCount ?? undefined;
  if (total !== undefined) list = pageFromRows(total, rows.listRows);
  // What the first render could show, for the end-to-end tests and the bench.
  performance.mark('vendorscope:first-view', { detail: { review: !!review, list: !!list } });
}

/** The review read for `vendorId` when the panel opened, once. */
export function firstReview(vendorId: string | null): ReviewData | undefined {
  if (!review || review.vendorId !== vendorId) return undefined;
  const { data } = review;
  review = undefined;
  return data;
}

/** The list page read when the panel opened, once, if `q` asks for that page. */
export function firstVendorPage(q: VendorListQuery): VendorListPage | undefined {
  if (!list || q.text !== '' || q.filter !== 'all' || q.sort !== FIRST_SORT || q.limit !== VENDOR_PAGE)
    return undefined;
  const page = list;
  list = undefined;
  return page;
}
