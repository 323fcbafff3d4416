import Dexie, { type EntityTable } from 'dexie';
import type { Answer, Assessment, Note, Report, Vendor } from './schema';
import { dbSchemaV1, DB_NAME } from './versions';

/** The Vendorscope database. Open it only from extension pages and the background, never a content script. */
export class AppDB extends Dexie {
  vendors!: EntityTable<Vendor, 'id'>;
  assessments!: EntityTable<Assessment, 'id'>;
  answers!: EntityTable<Answer, 'id'>;
  reports!: EntityTable<Report, 'id'>;
  notes!: EntityTable<Note, 'id'>;

  constructor(name: string = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(dbSchemaV1);
  }
}
