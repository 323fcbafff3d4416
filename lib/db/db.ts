import { AppDB } from './app-db';

/**
 * The one database instance of this extension context.
 * Dexie's query cache is off: it deep-cloned every live-query result (1,000 vendors on each panel
 * open) to serve optimistic updates we do not use; live queries still re-run on every change.
 */
export const db = new AppDB(undefined, { cache: 'disabled' });
