import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { v4Seed } from '@/tests/fixtures/db/v4';
import { reviewHarness } from '@/tests/helpers/review';
import { reading } from '@/tests/helpers/report-reading';
import { seedV4 } from '@/tests/helpers/seed-db';
import { freshDb } from '@/tests/helpers/test-db';
import { AppDB } from '../db/app-db';
import { EMPTY_REVIEW, readReview, reviewFromRows } from '../db/read-review';
import { DB_NAME, DB_VERSION } from '../db/versions';
import { FIRST_SORT, VENDOR_PAGE } from '../vendors/list-defaults';
import { countFromMeta, pageFromRows, queryVendorRows, type VendorListQuery } from '../vendors/list-query';
import { pickTabDetection } from '../detection/tab-detections';
import { firstPanelView, firstVendorPage, takeFirstView } from './first-view';
import {
  openForFirstView,
  readFirstView,
  startFirstView,
  takeStartedFirstView,
  type FirstViewBrowser,
  type FirstViewTarget,
} from './first-view-read';

const FIRST_QUERY: VendorListQuery = {
  text: '',
  sort: FIRST_SORT,
  filter: 'all',
  today: '2026-12-01',
  dueDays: 30,
  limit: VENDOR_PAGE,
};

/** Opens and reads as the panel's first script does; null when the database cannot be read. */
async function read(indexedDB: IDBFactory, target: Partial<FirstViewTarget>) {
  const db = await openForFirstView(indexedDB);
  return db ? readFirstView(db, { vendorId: null, tab: null, ...target }) : null;
}

/** A detection as the background stores it for a tab, on the page of `site`. */
const storedDetection = (site: { host: string; domain: string | null; tenant: string | null }) => ({
  url: `https://${site.host}/`,
  title: 'Trust Center',
  isTrustPage: true,
  confidence: 0.9,
  platform: null,
  vendor: null,
  claims: [],
  thirdParty: [],
  subprocessors: [],
  signals: [],
  site,
  reportedAt: 1,
});

/** A browser that answers the first script's two questions, and counts them. */
function fakeBrowser(activeTabId: number | null, detections: unknown) {
  const asked: string[] = [];
  const browser: FirstViewBrowser = {
    activeTabId: async () => (asked.push('tab'), activeTabId),
    tabDetections: async () => (asked.push('detections'), detections),
  };
  return { browser, asked };
}

/** A review harness on a database named as the extension names it, in a factory of its own. */
function harness() {
  const indexedDB = new IDBFactory();
  const h = reviewHarness(undefined, { db: freshDb(DB_NAME, indexedDB) });
  return { ...h, indexedDB };
}

/** A vendor with all a review holds: answers and history, a note, a report reading, reminder rows. */
async function fullVendor(h: ReturnType<typeof harness>, name: string) {
  const v = await h.vendorWithReport(name, '2026-06-30');
  await h.service.saveNote({ vendorId: v.id }, `Notes on ${name}.`);
  await h.service.addReportFile(
    { vendorId: v.id },
    { name: `${name}.pdf`, size: 1_000, sha256: 'c'.repeat(64) },
    reading(),
  );
  return v;
}

afterEach(() => {
  takeStartedFirstView();
});

describe('the panel’s first view, read without Dexie', () => {
  it('reads the same review and list page as the live queries', async () => {
    const h = harness();
    // Last by name, first by stale date: only the list's own sort puts it off the first page.
    const v = await fullVendor(h, 'Zenith');
    for (let i = 0; i < 30; i++)
      await h.service.createVendor({ name: `Vendor ${i}`, domain: `v${i}.example` });
    // An older assessment of the same vendor (the review is the latest), and rows that fail validation.
    const [assessment] = await h.db.assessments.toArray();
    // Its id sorts first: read in key order, it comes before the review.
    await h.db.assessments.add({ ...assessment!, id: '!older', updatedAt: 1 });
    await h.db.answerHistory.add({ id: 'damaged', assessmentId: assessment!.id } as never);
    await h.db.reportFiles.add({ id: 'damaged', vendorId: v.id, fileName: 42 } as never);

    const rows = await read(h.indexedDB, { vendorId: v.id });
    expect(rows).not.toBeNull();
    const live = await readReview(h.db, v.id, null);
    expect(reviewFromRows(rows!.review!.rows)).toEqual(live);
    expect(live.unreadable).toBe(2);
    expect(live.note?.body).toBe('Notes on Zenith.');
    expect(live.answers).toHaveLength(2);
    expect(live.history.length).toBeGreaterThan(1);
    const page = pageFromRows(countFromMeta(rows!.listMeta)!, rows!.listRows);
    expect(page).toEqual(await queryVendorRows(h.db, FIRST_QUERY));
    expect(page.rows).toHaveLength(VENDOR_PAGE);
    expect(page.total).toBe(31);
    expect(page.rows.map((r) => r.name)).not.toContain('Zenith');
  });

  it('reads a deleted or unknown vendor as the live query does (no review), and the list alone without one', async () => {
    const h = harness();
    const v = await fullVendor(h, 'Quillwork');
    await h.service.deleteVendor(v.id);
    for (const id of [v.id, 'no-such-vendor']) {
      const rows = await read(h.indexedDB, { vendorId: id });
      expect(reviewFromRows(rows!.review!.rows)).toEqual(await readReview(h.db, id, null));
      expect(reviewFromRows(rows!.review!.rows).vendor).toBeNull();
    }
    const listOnly = await read(h.indexedDB, {});
    expect(listOnly!.review).toBeNull();
    expect(pageFromRows(countFromMeta(listOnly!.listMeta)!, listOnly!.listRows).total).toBe(0);
  });

  it('counts the list by walking only when its stored counter is missing', async () => {
    const h = harness();
    await h.service.createVendor({ name: 'Quillwork', domain: 'quillwork.example' });
    expect((await read(h.indexedDB, {}))!.listCount).toBeNull();
    await h.db.meta.delete('vendorRows');
    const rows = await read(h.indexedDB, {});
    expect([rows!.listMeta, rows!.listCount]).toEqual([undefined, 1]);
  });

  it('leaves an older database for Dexie to upgrade, keeping every record', async () => {
    const indexedDB = new IDBFactory();
    await seedV4(indexedDB);

    expect(await read(indexedDB, { vendorId: 'v-acme' })).toBeNull();
    const db = new AppDB(DB_NAME, { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(await db.vendors.count()).toBe(v4Seed.vendors.length);
    // Upgraded, the same read now answers.
    db.close();
    expect((await read(indexedDB, { vendorId: 'v-acme' }))!.review!.rows.vendor).toMatchObject({
      id: 'v-acme',
    });
  });

  it('creates no database where there is none, and reads nothing from a newer one', async () => {
    const indexedDB = new IDBFactory();
    expect(await read(indexedDB, {})).toBeNull();
    expect(await indexedDB.databases()).toEqual([]);

    const newer = new Dexie(DB_NAME, { indexedDB, IDBKeyRange });
    newer.version(DB_VERSION + 1).stores({ vendors: '&id' });
    await newer.open();
    newer.close();
    expect(await read(indexedDB, {})).toBeNull();
  });

  it('reads the review of a tab’s page, by its domain or its tenant, as the live query does', async () => {
    const h = harness();
    const v = await fullVendor(h, 'Zenith');
    await h.service.linkTenant(v.id, 'zenith.trust.example');
    // A deleted vendor of the same domain, read first: the page belongs to the live one.
    await h.db.vendors.add({ ...(await h.db.vendors.get(v.id))!, id: '!deleted', deletedAt: 1 });
    for (const site of [
      { host: 'trust.zenith.example', domain: 'zenith.example', tenant: null },
      { host: 'zenith.trust.example', domain: 'trust.example', tenant: 'zenith.trust.example' },
      { host: 'trust.elsewhere.example', domain: 'elsewhere.example', tenant: null },
    ]) {
      const stored = storedDetection(site);
      const detection = pickTabDetection({ 7: stored }, 7)!;
      expect(detection).not.toBeNull();
      const rows = await read(h.indexedDB, { tab: { id: 7, detection: stored } });
      expect(reviewFromRows(rows!.review!.rows)).toEqual(await readReview(h.db, null, detection));
    }
    expect(
      reviewFromRows(
        (await read(h.indexedDB, {
          tab: {
            id: 7,
            detection: storedDetection({
              host: 'trust.zenith.example',
              domain: 'zenith.example',
              tenant: null,
            }),
          },
        }))!.review!.rows,
      ).vendor?.id,
    ).toBe(v.id);
  });

  it('declares the version AppDB opens', () => {
    expect(new AppDB('vendorscope-version-check').verno).toBe(DB_VERSION);
  });
});

describe('handing the first view to the panel', () => {
  it('validates it once and gives it only to the review and list page it was read for', async () => {
    const h = harness();
    const v = await fullVendor(h, 'Quillwork');
    const { browser, asked } = fakeBrowser(3, {});
    startFirstView(h.indexedDB, `?vendorId=${encodeURIComponent(v.id)}`, browser);
    await takeFirstView(5_000);

    expect(asked).toEqual([]); // a vendor's review needs no tab
    expect(firstPanelView(null)).toBeUndefined();
    const opening = firstPanelView(v.id);
    expect(opening?.review).toEqual(await readReview(h.db, v.id, null));
    expect(opening?.tab).toBeUndefined();
    expect(firstPanelView(v.id)).toBeUndefined();
    expect(firstVendorPage({ ...FIRST_QUERY, sort: 'verdict' })).toBeUndefined();
    expect(firstVendorPage({ ...FIRST_QUERY, text: 'quill' })).toBeUndefined();
    expect(firstVendorPage(FIRST_QUERY)).toEqual(await queryVendorRows(h.db, FIRST_QUERY));
    expect(firstVendorPage(FIRST_QUERY)).toBeUndefined();
  });

  it('binds the window’s active tab, or the one in the address, with its validated detection and review', async () => {
    const h = harness();
    const v = await fullVendor(h, 'Zenith');
    const stored = storedDetection({ host: 'trust.zenith.example', domain: 'zenith.example', tenant: null });
    const detection = pickTabDetection({ 5: stored }, 5);

    const active = fakeBrowser(5, { 5: stored, 6: { damaged: true } });
    startFirstView(h.indexedDB, '', active.browser);
    await takeFirstView(5_000);
    expect(active.asked.sort()).toEqual(['detections', 'tab']);
    const opening = firstPanelView(null);
    expect(opening?.tab).toEqual({ tabId: 5, detection });
    expect(opening?.review).toEqual(await readReview(h.db, null, detection));
    expect(opening?.review?.vendor?.id).toBe(v.id);

    // ?tabId= names the tab; a detection that fails validation reads as none, and so does its review.
    const fixed = fakeBrowser(5, { 5: stored, 6: { damaged: true } });
    startFirstView(h.indexedDB, '?tabId=6', fixed.browser);
    await takeFirstView(5_000);
    expect(fixed.asked).toEqual(['detections']);
    expect(firstPanelView(null)).toEqual({
      vendorId: null,
      tab: { tabId: 6, detection: null },
      review: EMPTY_REVIEW,
    });
  });

  it('does not wait for a read that has not answered in time, and hands nothing from it later', async () => {
    globalThis.__vendorscopeFirstView = new Promise(() => undefined);
    const started = performance.now();
    await takeFirstView(20);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(firstVendorPage(FIRST_QUERY)).toBeUndefined();
    // No read started (a page without the first script): nothing to wait for.
    await takeFirstView(5_000);
    expect(firstPanelView(null)).toBeUndefined();
  });
});
