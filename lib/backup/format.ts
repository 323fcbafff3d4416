import { z } from '../zod';
import {
  answerHistorySchema,
  answerSchema,
  assessmentSchema,
  noteSchema,
  reportSchema,
  vendorSchema,
} from '../db/schema';

/**
 * The backup file: every table of the database as plain JSON records. `formatVersion` is the database
 * schema version whose record shapes the file holds, so an old file can be migrated with the same
 * defaults as the database upgrade; `dbVersion` is only informative (an index-only database change
 * does not change the format).
 */

/** The format this Vendorscope writes, and the newest it reads. */
export const CURRENT_FORMAT_VERSION = 2;

/** Larger files are refused before parsing: a JSON.parse of hundreds of MB can freeze the extension page. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

/** The tables a v2 backup holds, in the order they are written to the file. */
export const BACKUP_TABLES = [
  'vendors',
  'assessments',
  'answers',
  'answerHistory',
  'reports',
  'notes',
] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

/**
 * Two records with one id would make the import depend on their order in the file, so a file with a
 * repeated id is refused as corrupt.
 */
function uniqueIds(tables: Record<string, { id: string }[]>, ctx: z.core.$RefinementCtx): void {
  for (const [table, records] of Object.entries(tables)) {
    const seen = new Map<string, number>();
    records.forEach((record, i) => {
      const first = seen.get(record.id);
      if (first === undefined) seen.set(record.id, i);
      else
        ctx.addIssue({
          code: 'custom',
          path: [table, i, 'id'],
          message: `Duplicate id "${record.id}" (also at ${table}[${first}])`,
        });
    });
  }
}

const header = {
  app: z.literal('vendorscope'),
  exportedAt: z.iso.datetime(),
  dbVersion: z.number().check(z.int(), z.positive()),
};

/** A v2 backup. Top level and tables are strict: an unexpected key means a file we do not understand. */
export const backupV2Schema = z.strictObject({
  ...header,
  formatVersion: z.literal(2),
  tables: z
    .strictObject({
      vendors: z.array(vendorSchema),
      assessments: z.array(assessmentSchema),
      answers: z.array(answerSchema),
      answerHistory: z.array(answerHistorySchema),
      reports: z.array(reportSchema),
      notes: z.array(noteSchema),
    })
    .check(z.superRefine(uniqueIds)),
});
/** A backup in the current format: what export writes and what parse returns. */
export type Backup = z.infer<typeof backupV2Schema>;

/** v1 records: the current ones without the fields v2 added (see lib/db/upgrades/v2-review-record.ts). */
export const vendorV1Schema = z.omit(vendorSchema, { deletedAt: true, nextStaleOn: true, summary: true });
export type VendorV1 = z.infer<typeof vendorV1Schema>;
export const assessmentV1Schema = z.omit(assessmentSchema, {
  reviewDate: true,
  signedOffBy: true,
  signedOffAt: true,
  dismissed: true,
});
export type AssessmentV1 = z.infer<typeof assessmentV1Schema>;

/** A v1 backup: v1 record shapes and no answerHistory table (v1 had none). */
export const backupV1Schema = z.strictObject({
  ...header,
  formatVersion: z.literal(1),
  tables: z
    .strictObject({
      vendors: z.array(vendorV1Schema),
      assessments: z.array(assessmentV1Schema),
      answers: z.array(answerSchema),
      reports: z.array(reportSchema),
      notes: z.array(noteSchema),
    })
    .check(z.superRefine(uniqueIds)),
});
export type BackupV1 = z.infer<typeof backupV1Schema>;
