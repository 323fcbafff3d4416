import { AppDB } from './app-db';

/**
 * The one database instance of this extension context. Dexie's default query cache stays on: its
 * optimistic updates show a saved answer in live queries at once, so a control never flips back to
 * its old value between the save and the re-query.
 */
export const db = new AppDB();
