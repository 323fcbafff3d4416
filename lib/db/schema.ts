import { z } from '../zod';
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

const idSchema = z.string().check(z.minLength(1), z.maxLength(64));
const timestampSchema = z.number().check(z.int(), z.nonnegative());
const hostSchema = z.string().check(z.maxLength(253), z.regex(/^[a-z0-9.-]+$/i, 'Not a host name'));

/** A quote from a web page (a trust page, or text selected on any page), with its address. */
export const pageEvidenceSchema = z.object({
  url: z.url().check(z.maxLength(4096)),
  quote: z.string().check(z.maxLength(2000)),
  capturedAt: timestampSchema,
});
/** A quote from a report file read on this machine: the file's name and the page (never the file). */
export const fileEvidenceSchema = z.object({
  file: z.string().check(z.minLength(1), z.maxLength(255)),
  page: z.string().check(z.minLength(1), z.maxLength(40)),
  quote: z.string().check(z.maxLength(2000)),
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
  reportType: z.nullable(z.string().check(z.maxLength(40))),
  /** The held report's observation window end, for exports. */
  windowEnd: z.optional(z.nullable(isoDateSchema)),
  /** The earliest stale date of the vendor's SOC 2 report and certificates; null when none is known. */
  nextStaleOn: z.nullable(isoDateSchema),
  openQuestions: z.number().check(z.int(), z.nonnegative()),
  /** The reviewer's local date the summary was computed for. */
  computedOn: isoDateSchema,
});
export type VendorSummary = z.infer<typeof vendorSummarySchema>;

/**
 * v3: what the vendor's trust page stated when it was last recorded, the baseline a revisit is compared
 * with (new or removed sub-processors, a claim whose status changed, a new report period).
 */
export const pageSnapshotSchema = z.object({
  url: z.url().check(z.maxLength(4096)),
  capturedAt: timestampSchema,
  claims: z
    .array(
      z.object({
        framework: z.enum(FRAMEWORKS),
        status: z.enum(CLAIM_STATUSES),
        periodStart: z.nullable(z.string().check(z.maxLength(10))),
        periodEnd: z.nullable(z.string().check(z.maxLength(10))),
      }),
    )
    .check(z.maxLength(200)),
  subprocessors: z
    .array(z.object({ name: z.string().check(z.minLength(1), z.maxLength(200)), ai: z.boolean() }))
    .check(z.maxLength(1000)),
});
export type PageSnapshot = z.infer<typeof pageSnapshotSchema>;

export const vendorSchema = z.object({
  id: idSchema,
  name: z.string().check(z.trim(), z.minLength(1, 'A vendor needs a name'), z.maxLength(200)),
  /** Registrable domain (eTLD+1), e.g. acme.com; null for a vendor known only from a PDF. */
  domain: z.nullable(hostSchema),
  hosts: z.array(hostSchema).check(z.maxLength(100)),
  urls: z.array(z.url().check(z.maxLength(4096))).check(z.maxLength(100)),
  platform: z.nullable(z.enum(PLATFORMS)),
  tier: tierSchema,
  source: z.enum(['detected', 'manual']),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  /** v2: soft delete, so a deletion can be undone; deleted vendors are hidden, never dropped. */
  deletedAt: z.nullable(timestampSchema),
  /** v2: indexed copy of summary.nextStaleOn for sorting and the reminder sweep. */
  nextStaleOn: z.nullable(isoDateSchema),
  summary: z.nullable(vendorSummarySchema),
  /** v3 (optional: older records and backups lack it): the page as last recorded. */
  pageSnapshot: z.optional(z.nullable(pageSnapshotSchema)),
  /** v3: when a revisit found the page stating something other than the snapshot; null once confirmed. */
  changedAt: z.optional(z.nullable(timestampSchema)),
  /**
   * v4: shared-hosting tenants (`acme.safebase.us`, `app.drata.com/trust/<id>`) this vendor was created
   * from or the reviewer linked to it: the only way a page on shared hosting matches it.
   */
  tenants: z.optional(
    z
      .array(
        z.string().check(z.maxLength(300), z.regex(/^[a-z0-9.-]+(?:\/[^\s]*)?$/, 'Not a tenant address')),
      )
      .check(z.maxLength(50)),
  ),
});
export type Vendor = z.infer<typeof vendorSchema>;

export const REMINDER_KEYS = ['soc2', 'iso-27001', 'iso-42001'] as const;

/**
 * v3: one row per dated report of a vendor (id `vendorId:key`), indexed by stale date so the reminder
 * sweep reads only what is due. Derived from the answers; `notified` and `snoozedUntil` are the
 * reminder's own state, kept while the stale date stays the same.
 */
export const reminderSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  vendorId: idSchema,
  key: z.enum(REMINDER_KEYS),
  staleOn: isoDateSchema,
  notified: z.array(z.number().check(z.int(), z.minimum(0), z.maximum(365))).check(z.maxLength(20)),
  snoozedUntil: z.nullable(isoDateSchema),
  /**
   * Indexed: the day the sweep must look at this row again (a lead time starts, a snooze ends); null
   * when nothing is left to tell. The sweep reads only rows due for a look, never every stale one.
   */
  checkOn: z.nullable(isoDateSchema),
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
  name: z.string().check(z.maxLength(200)),
  domain: z.nullable(hostSchema),
  tier: tierSchema,
  verdict: z.nullable(z.enum(VERDICT_LABELS)),
  provisional: z.boolean(),
  reportType: z.nullable(z.string().check(z.maxLength(40))),
  nextStaleOn: z.nullable(isoDateSchema),
  changedAt: z.nullable(timestampSchema),
  /** Indexed: the name folded for sorting (and "Aa" ties broken by id). */
  nameKey: z.string().check(z.maxLength(300)),
  /** Indexed: next stale date then name; vendors with no date sort last ("9999-12-31"). */
  staleKey: z.string().check(z.maxLength(320)),
  /** Indexed: verdict rank (worst first) then name; no verdict sorts last. */
  verdictKey: z.string().check(z.maxLength(320)),
  /** Indexed only when the vendor's trust page changed since review (absent otherwise). */
  changedKey: z.optional(timestampSchema),
  /** Indexed (multi-entry): the words of name and domain, folded, for search as you type. */
  words: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(60)),
});
export type VendorRow = z.infer<typeof vendorRowSchema>;

export const assessmentSchema = z.object({
  id: idSchema,
  vendorId: idSchema,
  reviewer: z.string().check(z.maxLength(200)),
  status: z.enum(['draft', 'final']),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  /** v2: the review record. */
  reviewDate: z.nullable(isoDateSchema),
  signedOffBy: z.nullable(z.string().check(z.maxLength(200))),
  signedOffAt: z.nullable(timestampSchema),
  /** v2: page suggestions the reviewer dismissed (`questionId=value` keys), so they stay dismissed. */
  dismissed: z.array(z.string().check(z.maxLength(2000))).check(z.maxLength(1000)),
});
export type Assessment = z.infer<typeof assessmentSchema>;

/** The longest note on one answer. */
export const ANSWER_NOTE_MAX = 20_000;

export const answerSchema = z.object({
  id: idSchema,
  assessmentId: idSchema,
  questionId: z.string().check(z.minLength(1), z.maxLength(100)),
  /** Shape depends on the question's answer type; the question bank validates it. */
  value: z.unknown(),
  note: z.string().check(z.maxLength(ANSWER_NOTE_MAX)),
  evidence: z.array(evidenceSchema).check(z.maxLength(50)),
  updatedAt: timestampSchema,
  /** Revision, +1 on every save (absent on records from before revisions: 0). Saves state their base. */
  rev: z.optional(z.number().check(z.int(), z.nonnegative())),
});
export type Answer = z.infer<typeof answerSchema>;

export const reportSchema = z.object({
  id: idSchema,
  vendorId: idSchema,
  framework: z.enum(FRAMEWORKS),
  status: z.enum(CLAIM_STATUSES),
  periodStart: z.nullable(isoDateSchema),
  periodEnd: z.nullable(isoDateSchema),
  issuedOn: z.nullable(isoDateSchema),
  updatedAt: timestampSchema,
});
export type Report = z.infer<typeof reportSchema>;

const historyValueSchema = z.object({
  value: z.unknown(),
  note: z.string().check(z.maxLength(ANSWER_NOTE_MAX)),
});

/** v2: every change to an answer, who and when, old → new: the audit trail we ask vendors for. */
export const answerHistorySchema = z.object({
  id: idSchema,
  assessmentId: idSchema,
  answerId: idSchema,
  questionId: z.string().check(z.minLength(1), z.maxLength(100)),
  changedAt: timestampSchema,
  author: z.string().check(z.maxLength(200)),
  before: z.nullable(historyValueSchema),
  after: historyValueSchema,
});
export type AnswerHistory = z.infer<typeof answerHistorySchema>;

export const NOTE_MAX = 100_000;
export const noteSchema = z.object({
  id: idSchema,
  assessmentId: idSchema,
  body: z
    .string()
    .check(z.maxLength(NOTE_MAX, `A note can hold at most ${NOTE_MAX.toLocaleString('en')} characters`)),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  /** Revision, +1 on every save (absent on records from before revisions: 0). Saves state their base. */
  rev: z.optional(z.number().check(z.int(), z.nonnegative())),
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
  fileName: z.string().check(z.minLength(1), z.maxLength(255)),
  fileSize: z.number().check(z.int(), z.nonnegative()),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/, 'Not a SHA-256 digest')),
  readAt: timestampSchema,
  reading: reportReadingSchema,
});
export type ReportFile = z.infer<typeof reportFileSchema>;

/** v5: a counter kept in the same transaction as what it counts (id "vendorRows": live vendors). */
export const metaCountSchema = z.object({
  id: z.literal('vendorRows'),
  count: z.number().check(z.int(), z.nonnegative()),
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
  checkOn: z.nullable(isoDateSchema),
  /** Writes of reminder rows other than a sweep's own, counted: a sweep raises the floor only if none happened since it read. */
  rev: z.number().check(z.int(), z.nonnegative()),
});
export type DueFloor = z.infer<typeof dueFloorSchema>;
