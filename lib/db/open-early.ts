import { db } from './db';

/**
 * Imported first by a page's entry: opening the database takes a round trip to the browser, which
 * then runs while the rest of the page's modules (React, the UI) evaluate instead of after them.
 * useDbHealth reports a failure; this only starts the open.
 */
void db.open().catch(() => undefined);
