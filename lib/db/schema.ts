import { z } from 'zod';
import { isoDateSchema } from '../dates/iso-date-schema';
import { CLAIM_STATUSES, FRAMEWORKS, PLATFORMS } from '../detection/vocab';
import { VERDICT_LABELS } from '../questionnaire/verdict-labels';
import { reportReadingSchema } from '../report/schema';

/**
 * Zod records for everything Vendorscope stores. Types are inferred from these schemas; every write
 * goes through a repo that parses with them, and every read of a whole record can be re-validated.
 */

export const TIERS = ['standard', 'high-stakes', 'regulated'] as const;
export const TIER_LABELS: Record<(typeof TIERS)[number], string> = {
  standard: 'Standard',
  'high-stakes': 'High-stakes',
  regulated: 'Regulated (healthcare, finance, government)',
};
export const tierSchema = z.enum(TIERS);
export type Tier = z.infer<typeof tierSchema>;

export { isoDateSchema };

const idSchema = z.string().min(1).max(64);
const timestampSchema = z.number().int().nonnegative();
const hostSchema = z
  .string()
  .max(253)
  .regex(/^[a-z0-9.-]+$/i, 'Not a host name');

/** A quote from a web page (a trust page, or text selected on any page), with its address. */
export const pageEvidenceSchema = z.object({
  url: z.url().max(4096),
  quote: z.string().max(2000),
  capturedAt: timestampSchema,
});
/** A quote from a report file read on this machine: the file's name and the page (never the file). */
export const fileEvidenceSchema = z.object({
  file: z.string().min(1).max(255),
  page: z.string().min(1).max(40),
  quote: z.string().max(2000),
  capturedAt: timestampSchema,
});
export const evidenceSchema = z.union([pageEvidenceSchema, fileEvidenceSchema]);
export type Evidence = z.infer<typeof evidenceSchema>;

/** Where a piece of evidence comes from, in words: its URL, or "report.pdf, p. 7". */
export const evidenceSource = (
  e: Pick<Evidence, 'quote'> & ({ url: string } | { file: string; page: string }),
): string => ('url' in e ? e.url : `${e.file}, p. ${e.page}`);

/**
 * What the vendor list shows without reading every answer: recomputed by the answers repo on each
 * change (and when a stale date passes), so 1,000 vendors list from one table read.
 */
export const vendorSummarySchema = z.object({
  verdict: z.enum(VERDICT_LABELS),
  provisional: z.boolean(),
  reportType: z.string().max(40).nullable(),
  /** The held report's observation window end, for exports. */
  windowEnd: isoDateSchema.nullable().optional(),
  /** The earliest stale date of the vendor's SOC 2 report and certificates; null when none is known. */
  nextStaleOn: isoDateSchema.nullable(),
  openQuestions: z.number().int().nonnegative(),
  /** The reviewer's local date the summary was computed for. */
  computedOn: isoDateSchema,
});
export type VendorSummary = z.infer<typeof vendorSummarySchema>;

/**
 * v3: what the vendor's trust page stated when it was last recorded, the baseline a revisit is compared
 * with (new or removed sub-processors, a claim whose status changed, a new report period).
 */
export const pageSnapshotSchema = z.object({
  url: z.url().max(4096),
  capturedAt: timestampSchema,
  claims: z
    .array(
      z.object({
        framework: z.enum(FRAMEWORKS),
        status: z.enum(CLAIM_STATUSES),
        periodStart: z.string().max(10).nullable(),
        periodEnd: z.string().max(10).nullable(),
      }),
    )
    .max(200),
  subprocessors: z.array(z.object({ name: z.string().min(1).max(200), ai: z.boolean() })).max(1000),
});
export type PageSnapshot = z.infer<typeof pageSnapshotSchema>;

export const vendorSchema = z.object({
  id: idSchema,
  name: z.string().trim().min(1, 'A vendor needs a name').max(200),
  /** Registrable domain (eTLD+1), e.g. acme.com; null for a vendor known only from a PDF. */
  domain: hostSchema.nullable(),
  hosts: z.array(hostSchema).max(100),
  urls: z.array(z.url().max(4096)).max(100),
  platform: z.enum(PLATFORMS).nullable(),
  tier: tierSchema,
  source: z.enum(['detected', 'manual']),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  /** v2: soft delete, so a deletion can be undone; deleted vendors are hidden, never dropped. */
  deletedAt: timestampSchema.nullable(),
  /** v2: indexed copy of summary.nextStaleOn for sorting and the reminder sweep. */
  nextStaleOn: isoDateSchema.nullable(),
  summary: vendorSummarySchema.nullable(),
  /** v3 (optional: older records and backups lack it): the page as last recorded. */
  pageSnapshot: pageSnapshotSchema.nullable().optional(),
  /** v3: when a revisit found the page stating something other than the snapshot; null once confirmed. */
  changedAt: timestampSchema.nullable().optional(),
  /**
   * v4: shared-hosting tenants (`acme.safebase.us`, `app.drata.com/trust/<id>`) this vendor was created
   * from or the reviewer linked to it: the only way a page on shared hosting matches it.
   */
  tenants: z
    .array(
      z
        .string()
        .max(300)
        .regex(/^[a-z0-9.-]+(?:\/[^\s]*)?$/, 'Not a tenant address'),
    )
    .max(50)
    .optional(),
});
export type Vendor = z.infer<typeof vendorSchema>;

export const REMINDER_KEYS = ['soc2', 'iso-27001', 'iso-42001'] as const;

/**
 * v3: one row per dated report of a vendor (id `vendorId:key`), indexed by stale date so the reminder
 * sweep reads only what is due. Derived from the answers; `notified` and `snoozedUntil` are the
 * reminder's own state, kept while the stale date stays the same.
 */
export const reminderSchema = z.object({
  id: z.string().min(1).max(100),
  vendorId: idSchema,
  key: z.enum(REMINDER_KEYS),
  staleOn: isoDateSchema,
  notified: z.array(z.number().int().min(0).max(365)).max(20),
  snoozedUntil: isoDateSchema.nullable(),
  /**
   * Indexed: the day the sweep must look at this row again (a lead time starts, a snooze ends); null
   * when nothing is left to tell. The sweep reads only rows due for a look, never every stale one.
   */
  checkOn: isoDateSchema.nullable(),
  updatedAt: timestampSchema,
});
export type Reminder = z.infer<typeof reminderSchema>;

/**
 * v4: the vendor list's row for one LIVE vendor (deleted ones have none): what the list shows, and
 * the keys it is queried by, so the panel reads the 25 rows it shows (and counts the rest through an
 * index) instead of every vendor record. Derived from the vendor and its latest review by the review
 * service, in the same transaction as every write (lib/vendors/list-row.ts); never backed up.
 */
export const vendorRowSchema = z.object({
  id: idSchema,
  name: z.string().max(200),
  domain: hostSchema.nullable(),
  tier: tierSchema,
  verdict: z.enum(VERDICT_LABELS).nullable(),
  provisional: z.boolean(),
  reportType: z.string().max(40).nullable(),
  nextStaleOn: isoDateSchema.nullable(),
  changedAt: timestampSchema.nullable(),
  /** Indexed: the name folded for sorting (and "Aa" ties broken by id). */
  nameKey: z.string().max(300),
  /** Indexed: next stale date then name; vendors with no date sort last ("9999-12-31"). */
  staleKey: z.string().max(320),
  /** Indexed: verdict rank (worst first) then name; no verdict sorts last. */
  verdictKey: z.string().max(320),
  /** Indexed only when the vendor's trust page changed since review (absent otherwise). */
  changedKey: timestampSchema.optional(),
  /** Indexed (multi-entry): the words of name and domain, folded, for search as you type. */
  words: z.array(z.string().max(200)).max(60),
});
export type VendorRow = z.infer<typeof vendorRowSchema>;

export const assessmentSchema = z.object({
  id: idSchema,
  vendorId: idSchema,
  reviewer: z.string().max(200),
  status: z.enum(['draft', 'final']),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  /** v2: the review record. */
  reviewDate: isoDateSchema.nullable(),
  signedOffBy: z.string().max(200).nullable(),
  signedOffAt: timestampSchema.nullable(),
  /** v2: page suggestions the reviewer dismissed (`questionId=value` keys), so they stay dismissed. */
  dismissed: z.array(z.string().max(2000)).max(1000),
});
export type Assessment = z.infer<typeof assessmentSchema>;

export const answerSchema = z.object({
  id: idSchema,
  assessmentId: idSchema,
  questionId: z.string().min(1).max(100),
  /** Shape depends on the question's answer type; the question bank validates it. */
  value: z.unknown(),
  note: z.string().max(20000),
  evidence: z.array(evidenceSchema).max(50),
  updatedAt: timestampSchema,
  /** Revision, +1 on every save (absent on records from before revisions: 0). Saves state their base. */
  rev: z.number().int().nonnegative().optional(),
});
export type Answer = z.infer<typeof answerSchema>;

export const reportSchema = z.object({
  id: idSchema,
  vendorId: idSchema,
  framework: z.enum(FRAMEWORKS),
  status: z.enum(CLAIM_STATUSES),
  periodStart: isoDateSchema.nullable(),
  periodEnd: isoDateSchema.nullable(),
  issuedOn: isoDateSchema.nullable(),
  updatedAt: timestampSchema,
});
export type Report = z.infer<typeof reportSchema>;

const historyValueSchema = z.object({ value: z.unknown(), note: z.string().max(20000) });

/** v2: every change to an answer, who and when, old → new: the audit trail we ask vendors for. */
export const answerHistorySchema = z.object({
  id: idSchema,
  assessmentId: idSchema,
  answerId: idSchema,
  questionId: z.string().min(1).max(100),
  changedAt: timestampSchema,
  author: z.string().max(200),
  before: historyValueSchema.nullable(),
  after: historyValueSchema,
});
export type AnswerHistory = z.infer<typeof answerHistorySchema>;

export const NOTE_MAX = 100_000;
export const noteSchema = z.object({
  id: idSchema,
  assessmentId: idSchema,
  body: z.string().max(NOTE_MAX, `A note can hold at most ${NOTE_MAX.toLocaleString('en')} characters`),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  /** Revision, +1 on every save (absent on records from before revisions: 0). Saves state their base. */
  rev: z.number().int().nonnegative().optional(),
});
export type Note = z.infer<typeof noteSchema>;

/**
 * v5: what Vendorscope read from a vendor's SOC report PDF: the facts, quotes and page numbers, the
 * file's name, size and SHA-256 (to recognise the same file again) and when it was read. Never the
 * PDF or its text: the report is under NDA. Deleting the vendor deletes these.
 */
export const reportFileSchema = z.object({
  id: idSchema,
  vendorId: idSchema,
  fileName: z.string().min(1).max(255),
  fileSize: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'Not a SHA-256 digest'),
  readAt: timestampSchema,
  reading: reportReadingSchema,
});
export type ReportFile = z.infer<typeof reportFileSchema>;

/** v5: a counter kept in the same transaction as what it counts (id "vendorRows": live vendors). */
export const metaCountSchema = z.object({
  id: z.literal('vendorRows'),
  count: z.number().int().nonnegative(),
});
export type MetaCount = z.infer<typeof metaCountSchema>;

/**
 * Kept in `meta` with the reminder rows, so a sweep reads the due rows from a known day instead of from
 * the index's start: after thousands of rows are rescheduled, IndexedDB walks every stale index entry
 * they left below (tens of ms for 17 due rows). No row's checkOn is earlier than `checkOn` (null: not
 * known, read from the start). See lib/reminders/due-floor.ts.
 */
export const dueFloorSchema = z.object({
  id: z.literal('reminderFloor'),
  checkOn: isoDateSchema.nullable(),
  /** Writes of reminder rows other than a sweep's own, counted: a sweep raises the floor only if none happened since it read. */
  rev: z.number().int().nonnegative(),
});
export type DueFloor = z.infer<typeof dueFloorSchema>;
