import type { Assessment, Vendor } from '../db/schema';
import type { Backup, BackupV1 } from './format';
import {
  fillV2AssessmentFields,
  fillV2VendorFields,
  type V2AssessmentFields,
  type V2VendorFields,
} from '../db/upgrades/v2-defaults';

/**
 * v1 tables → v2 tables with the same defaults as the database upgrade. Pure: the input is not
 * modified. v1 had no answer history, so that table starts empty, as it does after the upgrade.
 */
export function migrateRecordsV1toV2(tables: BackupV1['tables']): Backup['tables'] {
  return {
    vendors: tables.vendors.map((old): Vendor => {
      const v: typeof old & Partial<V2VendorFields> = { ...old };
      fillV2VendorFields(v);
      return v;
    }),
    assessments: tables.assessments.map((old): Assessment => {
      const a: typeof old & Partial<V2AssessmentFields> = { ...old };
      fillV2AssessmentFields(a);
      return a;
    }),
    answers: tables.answers,
    answerHistory: [],
    reports: tables.reports,
    notes: tables.notes,
  };
}

/** A whole v1 backup as the v2 backup it would have been. `dbVersion` stays what the file says. */
export function migrateBackupV1toV2(backup: BackupV1): Backup {
  return { ...backup, formatVersion: 2, tables: migrateRecordsV1toV2(backup.tables) };
}
