import Dexie, { type EntityTable } from 'dexie';
import type {
  Answer,
  AnswerHistory,
  Assessment,
  DueFloor,
  MetaCount,
  Note,
  Reminder,
  Report,
  ReportFile,
  Vendor,
  VendorRow,
} from './schema';
import { upgradeToV2 } from './upgrades/v2-review-record';
import { upgradeToV3 } from './upgrades/v3-reminders';
import { upgradeToV4 } from './upgrades/v4-vendor-rows';
import { upgradeToV5 } from './upgrades/v5-report-files';
import { upgradeToV6 } from './upgrades/v6-answer-packs';
import { answerPacksMiddleware } from './answer-packs-middleware';
import type { AnswerPack } from './answer-packs';
import { dbSchemaV1, dbSchemaV2, dbSchemaV3, dbSchemaV4, dbSchemaV5, dbSchemaV6, DB_NAME } from './versions';

/** The Vendorscope database. Open it only from extension pages and the background, never a content script. */
export class AppDB extends Dexie {
  vendors!: EntityTable<Vendor, 'id'>;
  assessments!: EntityTable<Assessment, 'id'>;
  answers!: EntityTable<Answer, 'id'>;
  reports!: EntityTable<Report, 'id'>;
  notes!: EntityTable<Note, 'id'>;
  answerHistory!: EntityTable<AnswerHistory, 'id'>;
  reminders!: EntityTable<Reminder, 'id'>;
  vendorRows!: EntityTable<VendorRow, 'id'>;
  reportFiles!: EntityTable<ReportFile, 'id'>;
  meta!: EntityTable<MetaCount | DueFloor, 'id'>;
  /** Derived from answers by answerPacksMiddleware; never written directly. */
  answerPacks!: EntityTable<AnswerPack, 'id'>;

  constructor(name: string = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    // Every version that has an upgrade stays declared (Dexie #959).
    this.version(1).stores(dbSchemaV1);
    this.version(2).stores(dbSchemaV2).upgrade(upgradeToV2);
    this.version(3).stores(dbSchemaV3).upgrade(upgradeToV3);
    this.version(4).stores(dbSchemaV4).upgrade(upgradeToV4);
    this.version(5).stores(dbSchemaV5).upgrade(upgradeToV5);
    this.version(6).stores(dbSchemaV6).upgrade(upgradeToV6);
    this.use(answerPacksMiddleware);
  }
}
