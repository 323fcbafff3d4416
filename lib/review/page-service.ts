import { db } from '../db/db';
import { sendMessage } from '../messaging/send';
import { createReviewService } from './service';

/**
 * The review service as extension pages (side panel, options) use it: bound to this context's
 * database, and telling the background worker to re-sweep (badge, alarms) when reminder rows change.
 */
export const reviewService = createReviewService(db, {
  onRemindersChanged: (reason) => sendMessage('remindersChanged', { reason }),
});
