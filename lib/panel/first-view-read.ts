import type { ReviewRows } from '../db/read-review';
import { latestAssessmentRow, rowId } from '../db/orderings';
import { DB_NAME, DB_VERSION, type dbSchemaV5 } from '../db/versions';
import { FIRST_SORT, SORT_INDEX, VENDOR_PAGE } from '../vendors/list-defaults';
import { readPanelParams } from './params';

/**
 * The panel's first view, read by the page's first script (entrypoints/panel-first-view.ts) straight
 * from IndexedDB while the panel's code (React, Dexie, Zod: ~600 KB) still loads and evaluates. The
 * reads then cost the panel nothing: before, they started only once that code had run and Dexie had
 * opened. Rows come back as stored; the panel validates them (lib/panel/first-view.ts) exactly as its
 * live reads do, and its live queries take over from there. This module loads no Zod and no Dexie.
 */
export interface FirstViewRows {
  /** The vendor whose review was read (the panel's `?vendorId=`); null when only the list was read. */
  vendorId: string | null;
  review: ReviewRows | null;
  /** The vendor list's stored row counter; `listCount` counts by walking only when there is none. */
  listMeta: unknown;
  listCount: number | null;
  /** The first page of the list as it opens (lib/vendors/list-defaults.ts). */
  listRows: unknown[];
}

type Store = keyof typeof dbSchemaV5;

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
 * Reads the first view in one read-only transaction (one consistent snapshot), the same queries
 * lib/db/read-review.ts and lib/vendors/list-query.ts run through Dexie. Resolves null, having
 * changed nothing, when the database is missing, older or newer than this code (Dexie creates and
 * upgrades it; this reader never does), or any read fails: the panel then reads as it always did.
 */
export function readFirstView(idb: IDBFactory, vendorId: string | null): Promise<FirstViewRows | null> {
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
      const done = (rows: FirstViewRows | null) => {
        db.close();
        resolve(rows);
      };
      try {
        readAll(db, vendorId, done);
      } catch {
        done(null);
      }
    };
  });
}

function readAll(db: IDBDatabase, vendorId: string | null, done: (rows: FirstViewRows | null) => void): void {
  const tx = db.transaction(vendorId ? [...LIST_STORES, ...REVIEW_STORES] : LIST_STORES, 'readonly');
  const rows: FirstViewRows = { vendorId, review: null, listMeta: undefined, listCount: null, listRows: [] };
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

  if (vendorId) {
    const review: ReviewRows = {
      vendor: undefined,
      assessments: [],
      reminders: [],
      reportFiles: [],
      notes: [],
      answers: [],
      history: [],
    };
    rows.review = review;
    read(tx.objectStore('vendors').get(vendorId), (vendor: unknown) => (review.vendor = vendor));
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
  }
  tx.oncomplete = () => done(rows);
  tx.onabort = () => done(null);
}

declare global {
  /** The first view's read, started by the panel's first script and taken by the panel (first-view.ts). */
  var __vendorscopeFirstView: Promise<FirstViewRows | null> | undefined;
}

/** Starts reading the panel's first view for the page at `search` (the panel's own address). */
export function startFirstView(idb: IDBFactory, search: string): void {
  globalThis.__vendorscopeFirstView = readFirstView(idb, readPanelParams(search).vendorId);
}

/** The read the first script started, once: later callers (and pages without that script) get undefined. */
export function takeStartedFirstView(): Promise<FirstViewRows | null> | undefined {
  const started = globalThis.__vendorscopeFirstView;
  globalThis.__vendorscopeFirstView = undefined;
  return started;
}
