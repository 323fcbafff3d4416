import { defineBackground } from 'wxt/utils/define-background';
import { noteRevisit } from '@/lib/changes/background';
import { registerDetection } from '@/lib/detection/background';
import { registerEvidenceMenu } from '@/lib/evidence/background';
import { registerMessageRouter } from '@/lib/messaging/background';
import { registerSidePanel } from '@/lib/panel/background';
import { createReminderService, registerReminders } from '@/lib/reminders/background';
import { createReviewService } from '@/lib/review/service';
import { db } from '@/lib/db/db';

export default defineBackground(() => {
  // Listeners are registered synchronously so a worker woken by an event receives it.
  const router = registerMessageRouter();
  const reminders = createReminderService(db);
  const reviews = createReviewService(db, { onRemindersChanged: () => reminders.sweep() });
  // A revisit of a vendor on record is compared with what was recorded (change detection).
  registerDetection(router, (detection) => noteRevisit(reviews, detection));
  registerSidePanel();
  registerEvidenceMenu();
  registerReminders(router, reminders);
});
