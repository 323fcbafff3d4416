/**
 * Dexie store definitions, one dated block per version. A version is never edited once shipped:
 * changes are a new block plus an upgrade in `upgrades/v<n>-<what>.ts` and a seed in tests/fixtures/db.
 * Only fields used in where()/orderBy() are indexed; note bodies and answers never are.
 */

/** v1, 2026-11-26: walking skeleton. */
export const dbSchemaV1 = {
  vendors: '&id, domain, *hosts, name, updatedAt',
  assessments: '&id, vendorId, updatedAt',
  answers: '&id, assessmentId, &[assessmentId+questionId], updatedAt',
  reports: '&id, vendorId, updatedAt',
  notes: '&id, assessmentId, updatedAt',
} as const;

export const DB_NAME = 'vendorscope';

/**
 * v2, 2026-11-26: the review itself. Answer history table; vendors gain soft delete and a list summary
 * (indexed by next stale date); assessments gain the review record. Upgrade: upgrades/v2-review-record.ts.
 */
export const dbSchemaV2 = {
  ...dbSchemaV1,
  vendors: '&id, domain, *hosts, name, updatedAt, nextStaleOn',
  answerHistory: '&id, assessmentId, answerId, changedAt',
} as const;

/**
 * v3, 2026-11-26: reminders. One row per dated report, indexed by stale date (badge count) and by
 * the day the sweep must next look at it (the sweep's only read);
 * vendors gain an optional page snapshot for change detection (not indexed, so no store change).
 * Upgrade: upgrades/v3-reminders.ts derives the rows from the answers already stored.
 */
export const dbSchemaV3 = {
  ...dbSchemaV2,
  reminders: '&id, vendorId, staleOn, checkOn',
} as const;

/**
 * v4, 2026-12-01: the vendor list's rows (one per live vendor, derived), indexed by what the list sorts,
 * filters and searches by, so the panel opens on 25 rows and an index count, whatever the number of
 * vendors; vendors gain `tenants` (indexed), the shared-hosting tenants a vendor was created from or
 * the reviewer linked, the only way a page on shared hosting matches a vendor.
 * Upgrade: upgrades/v4-vendor-rows.ts derives the rows from the vendors already stored.
 */
export const dbSchemaV4 = {
  ...dbSchemaV3,
  vendors: '&id, domain, *hosts, name, updatedAt, nextStaleOn, *tenants',
  vendorRows: '&id, nameKey, staleKey, verdictKey, changedKey, *words',
} as const;

/**
 * v5, 2026-12-01: facts read from SOC report PDFs, per vendor, findable by the file's SHA-256 so the
 * same file is not added twice; and `meta`, counters kept with the data they count (the number of
 * vendor-list rows: IndexedDB counts by walking, 0.7–1.2 s for 200,000 rows). The upgrade counts the
 * rows once (upgrades/v5-report-files.ts).
 */
export const dbSchemaV5 = {
  ...dbSchemaV4,
  reportFiles: '&id, vendorId, [vendorId+sha256]',
  meta: '&id',
} as const;

/**
 * v6, 2026-12-02: answer packs, each assessment's answers as one compact record, derived and kept with
 * every answer write (lib/db/answer-packs-middleware.ts), so a backup reads 1,000 records, not 40,000.
 * Upgrade: upgrades/v6-answer-packs.ts packs the answers already stored.
 */
export const dbSchemaV6 = {
  ...dbSchemaV5,
  answerPacks: '&id',
} as const;

/**
 * The newest version declared above (AppDB declares each). Dexie opens IndexedDB at ten times it; the
 * panel's first-view reader (lib/panel/first-view-read.ts) opens at that version, never upgrading.
 */
export const DB_VERSION = 6;
