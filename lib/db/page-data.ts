import { liveQuery } from 'dexie';
import { sendMessage } from '../messaging/send';
import { createReviewService } from '../review/service';
import { db } from './db';
import { vendorsRepo } from './repos';

/**
 * Everything an extension page (side panel, options) needs of the database: Dexie, this context's
 * instance, and the review service bound to it, telling the background worker to re-sweep (badge,
 * alarms) when reminder rows change. Loaded after the panel's first render (load-page-data.ts): the
 * first view comes from the panel's first script, so Dexie (~100 KB) and its construction (~7 ms,
 * six schema versions) need not stand before it.
 */
export { db, liveQuery, vendorsRepo };

export const reviewService = createReviewService(db, {
  onRemindersChanged: (reason) => sendMessage('remindersChanged', { reason }),
});
