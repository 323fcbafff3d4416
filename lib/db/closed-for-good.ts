import type Dexie from 'dexie';

/**
 * When another page deletes the database, Dexie's own handler closes the connection but leaves
 * auto-open on: the next query would silently create a new, empty database and the panel would show
 * (and save into) nothing. Close it for good instead, before Dexie's handler runs (a handler that
 * returns false stops it), and tell the caller. An upgrade by a newer version keeps Dexie's handling.
 */
export function closeForGoodWhenDeleted(db: Dexie, onDeleted: () => void): () => void {
  const handler = (event: IDBVersionChangeEvent) => {
    if (event.newVersion !== null) return;
    db.close({ disableAutoOpen: true });
    onDeleted();
    return false;
  };
  db.on('versionchange', handler);
  return () => db.on('versionchange').unsubscribe(handler);
}
