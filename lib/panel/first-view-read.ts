import { latestAssessmentRow, rowId } from '../db/orderings';
import { storedTabEntry } from '../detection/tab-detections-key';
import { isLiveVendorRow, vendorLookup, type VendorLookup } from '../db/vendor-lookup';
import { emptyReviewRows, type ReviewRows } from '../db/review-rows';
import { DB_NAME, DB_VERSION, type dbSchemaV6 } from '../db/versions';
import { FIRST_SORT, SORT_INDEX, VENDOR_PAGE } from '../vendors/list-defaults';
import { readPanelParams } from './params';

/**
 * The panel's first view, read by the page's first script (entrypoints/panel-first-view.ts) straight
 * from IndexedDB while the panel's code (React, Dexie, Zod: ~600 KB) still loads and evaluates. The
 * reads then cost the panel nothing: before, they started only once that code had run and Dexie had
 * opened. Rows come back as stored; the panel validates them (lib/panel/first-view.ts) exactly as its
 * live reads do, and its live queries take over from there. This module loads no Zod and no Dexie.
 */

/** What the panel opens on: one vendor (`?vendorId=`), or a tab and what the background detected there. */
export interface FirstViewTarget {
  vendorId: string | null;
  /** The bound tab (`?tabId=`, or the window's active tab) and its detection as stored; null without one. */
  tab: { id: number; detection: unknown } | null;
}

export interface FirstViewRows extends FirstViewTarget {
  /** The review of the vendor, or of the tab's page: which vendor was looked up, and its rows. */
  review: { lookup: VendorLookup | null; rows: ReviewRows } | null;
  /** The vendor list's stored row counter; `listCount` counts by walking only when there is none. */
  listMeta: unknown;
  listCount: number | null;
  /** The first page of the list as it opens (lib/vendors/list-defaults.ts). */
  listRows: unknown[];
}

type Store = keyof typeof dbSchemaV6;

const LIST_STORES: Store[] = ['meta', 'vendorRows'];
const REVIEW_STORES: Store[] = [
  'vendors',
  'assessments',
  'reminders',
  'reportFiles',
  'notes',
  'answers',
  'answerHistory',
];

/**
 * Opens the database at the version this code declares. Null, having changed nothing, when it is
 * missing, older or newer (Dexie creates and upgrades it; this never does).
 */
export function openForFirstView(idb: IDBFactory): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = idb.open(DB_NAME, DB_VERSION * 10); // Dexie's version n is IndexedDB's 10 n.
    } catch {
      resolve(null);
      return;
    }
    // Aborting the version change leaves the database as it was (or absent), and fails the open.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = (event) => {
      event.preventDefault();
      resolve(null);
    };
    request.onsuccess = () => {
      const db = request.result;
      // Never stand in the way of Dexie upgrading the database.
      db.onversionchange = () => db.close();
      resolve(db);
    };
  });
}

/**
 * Reads the first view in one read-only transaction (one consistent snapshot), with the queries
 * lib/db/read-review.ts, lib/db/vendors-repo.ts and lib/vendors/list-query.ts run through Dexie, then
 * closes the connection. Null when any read fails: the panel then reads as it always did.
 */
export function readFirstView(db: IDBDatabase, target: FirstViewTarget): Promise<FirstViewRows | null> {
  return new Promise((resolve) => {
    const done = (rows: FirstViewRows | null) => {
      db.close();
      resolve(rows);
    };
    try {
      readAll(db, target, done);
    } catch {
      done(null);
    }
  });
}

function readAll(db: IDBDatabase, target: FirstViewTarget, done: (rows: FirstViewRows | null) => void): void {
  const lookup = target.vendorId ? null : vendorLookup(target.tab?.detection);
  const readsReview = !!target.vendorId || !!target.tab;
  const tx = db.transaction(readsReview ? [...LIST_STORES, ...REVIEW_STORES] : LIST_STORES, 'readonly');
  const rows: FirstViewRows = { ...target, review: null, listMeta: undefined, listCount: null, listRows: [] };
  const read = <T>(request: IDBRequest<T>, then: (result: T) => void) => {
    request.onsuccess = () => then(request.result);
  };
  const byIndex = (store: Store, index: string, key: IDBValidKey, then: (found: unknown[]) => void) =>
    read(tx.objectStore(store).index(index).getAll(key), then);

  read(tx.objectStore('meta').get('vendorRows'), (meta: unknown) => {
    rows.listMeta = meta;
    if (meta === undefined) read(tx.objectStore('vendorRows').count(), (n) => (rows.listCount = n));
  });
  read(
    tx.objectStore('vendorRows').index(SORT_INDEX[FIRST_SORT]).getAll(null, VENDOR_PAGE),
    (found: unknown[]) => {
      rows.listRows = found;
    },
  );

  if (readsReview) {
    const review = emptyReviewRows();
    rows.review = { lookup, rows: review };
    /** Everything that hangs off the vendor's id, then off its latest assessment's. */
    const readVendor = (vendorId: string) => {
      byIndex('reminders', 'vendorId', vendorId, (found) => (review.reminders = found));
      byIndex('reportFiles', 'vendorId', vendorId, (found) => (review.reportFiles = found));
      byIndex('assessments', 'vendorId', vendorId, (found) => {
        review.assessments = found;
        const assessmentId = rowId(latestAssessmentRow(found));
        if (!assessmentId) return;
        byIndex('notes', 'assessmentId', assessmentId, (notes) => (review.notes = notes));
        byIndex('answers', 'assessmentId', assessmentId, (answers) => (review.answers = answers));
        byIndex('answerHistory', 'assessmentId', assessmentId, (history) => (review.history = history));
      });
    };
    if (target.vendorId) {
      read(tx.objectStore('vendors').get(target.vendorId), (vendor: unknown) => (review.vendor = vendor));
      readVendor(target.vendorId);
    } else if (lookup) {
      byIndex('vendors', lookup.index, lookup.key, (found) => {
        review.vendor = found.find(isLiveVendorRow);
        const id = rowId(review.vendor);
        if (id) readVendor(id);
      });
    }
  }
  tx.oncomplete = () => done(rows);
  tx.onabort = () => done(null);
}

/** What the panel's first script asks the browser: the window's active tab, and the stored detections. */
export interface FirstViewBrowser {
  activeTabId: () => Promise<number | null>;
  tabDetections: () => Promise<unknown>;
}

/** The tab the panel is bound to, and its detection as stored; null when it has none to show. */
async function boundTab(tabId: number | null, browser: FirstViewBrowser): Promise<FirstViewTarget['tab']> {
  const [id, all] = await Promise.all([
    tabId === null ? browser.activeTabId() : tabId,
    browser.tabDetections(),
  ]);
  return id === null ? null : { id, detection: storedTabEntry(all, id) ?? null };
}

declare global {
  /** The first view's read, started by the panel's first script and taken by the panel (first-view.ts). */
  var __vendorscopeFirstView: Promise<FirstViewRows | null> | undefined;
}

/**
 * Starts reading the panel's first view for the page at `search` (the panel's own address): the
 * database opens while the browser says which tab the panel describes and what was detected there.
 */
export function startFirstView(idb: IDBFactory, search: string, browser: FirstViewBrowser): void {
  const { vendorId, tabId } = readPanelParams(search);
  const tab = vendorId ? Promise.resolve(null) : boundTab(tabId, browser);
  globalThis.__vendorscopeFirstView = Promise.all([openForFirstView(idb), tab])
    .then(([db, bound]) => (db ? readFirstView(db, { vendorId, tab: bound }) : null))
    .catch(() => null);
}

/** The read the first script started, once: later callers (and pages without that script) get undefined. */
export function takeStartedFirstView(): Promise<FirstViewRows | null> | undefined {
  const started = globalThis.__vendorscopeFirstView;
  globalThis.__vendorscopeFirstView = undefined;
  return started;
}
