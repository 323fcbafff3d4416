import { z } from '../zod';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { toolbarAction } from '../compat/toolbar-action';
import { localIsoDate } from '../dates/local-date';
import type { AppDB } from '../db/app-db';
import { createRemindersRepo } from '../db/reminders-repo';
import { requireOwnPage } from '../messaging/background';
import type { MessageRouter, TrustedSender } from '../messaging/router';
import { openVendorReview } from '../panel/open-review';
import { createReviewService } from '../review/service';
import { alarmChanges, NEXT_ALARM, SWEEP_ALARM } from './alarms';
import { planSweep } from './plan';
import { readReminderSettings } from './items';
import { BADGE_CAP, badgeText, groupedReminder, reminderMessage, reminderTitle } from './text';

/**
 * Background half of reminders. Dexie is the source of truth: every worker start, install, update,
 * alarm and reminder-relevant change runs one sweep, which reads the due rows by their stale-date
 * index, notifies (at most one notification per sweep), records what was told, sets the global badge
 * and reconciles the two alarms. Sweeps are serialised, so overlapping triggers cannot double-notify.
 */

/** Alarms further out than this are left to the daily sweep. */
const MAX_ALARM_AHEAD_MS = 366 * 86_400_000;
const BADGE_COLOR = '#b35900';

/** Which reminder rows a shown notification stands for, so its button and click can act on them. */
const shownSchema = z.record(
  z.string().check(z.maxLength(200)),
  z.object({
    ids: z.array(z.string().check(z.maxLength(100))).check(z.maxLength(20_000)),
    vendorId: z.nullable(z.string().check(z.maxLength(64))),
  }),
);
type Shown = z.infer<typeof shownSchema>;
const shownItem = storage.defineItem<Shown>('session:reminderNotifications', { fallback: {} });
/** The lead times the stored rows were scheduled with (see resetSchedule). */
const scheduledLeadsItem = storage.defineItem<string>('local:reminderScheduledLeads', { fallback: '' });
const readShown = async (): Promise<Shown> => {
  const parsed = shownSchema.safeParse(await shownItem.getValue());
  return parsed.success ? parsed.data : {};
};

export interface SweepResult {
  notified: number;
  notificationId: string | null;
  badge: number;
  nextAlarmAt: number | null;
  skippedInvalid: number;
}

export function createReminderService(db: AppDB, clock: () => Date = () => new Date()) {
  const reminders = createRemindersRepo(db, () => clock().getTime());
  // The sweep itself re-derives stale summaries: it needs no telling about its own writes.
  const reviews = createReviewService(db, {
    now: () => clock().getTime(),
    today: () => localIsoDate(clock()),
  });
  let queue: Promise<unknown> = Promise.resolve();
  /** The global badge this worker last set (a new worker sets it once). */
  let shownBadge: string | null = null;

  /** Timed with a performance mark so `npm run bench` can read the sweep's cost in the worker. */
  async function sweepOnce(): Promise<SweepResult> {
    const started = performance.now();
    try {
      return await sweepSteps();
    } finally {
      performance.measure?.('vendorscope:sweep', { start: started, end: performance.now() });
    }
  }

  async function sweepSteps(): Promise<SweepResult> {
    const now = clock();
    const today = localIsoDate(now);
    // Independent reads run together: each extension API call is a round trip to the browser.
    const [settings, scheduledLeads, existingAlarms] = await Promise.all([
      readReminderSettings(),
      scheduledLeadsItem.getValue(),
      browser.alarms.getAll(),
    ]);
    // Rows were scheduled for other lead times: look at every one again from its earliest lead.
    const leads = settings.leadDays.join(',');
    if (scheduledLeads !== leads) {
      await reminders.resetSchedule();
      await scheduledLeadsItem.setValue(leads);
    }
    const [{ live, invalid, upcoming, read }, badge] = await Promise.all([
      reminders.forSweep(today),
      reminders.badgeCount(today, Math.max(...settings.leadDays), BADGE_CAP),
      // Verdicts in the vendor list follow stale dates that have passed since they were computed.
      reviews.refreshStaleSummaries(),
    ]);
    const plan = planSweep(live, now, settings, upcoming);

    let notificationId: string | null = null;
    if (plan.notify.length) {
      const lines = plan.notify.map(({ reminder }) => reminder);
      const single = lines.length === 1 ? lines[0]! : null;
      const text = single
        ? { title: reminderTitle(single, today), message: reminderMessage(single, today) }
        : groupedReminder(lines, today);
      notificationId = single
        ? `vendorscope:reminder:${single.id}:${single.staleOn}`
        : `vendorscope:reminders:${today}:${now.getTime()}`;
      await browser.notifications.create(notificationId, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: text.title,
        message: text.message,
        // Notification buttons are Chrome's; Firefox shows none (snooze lives in the review there).
        ...(import.meta.env.FIREFOX
          ? {}
          : { buttons: [{ title: single ? 'Snooze 1 week' : 'Snooze all 1 week' }] }),
      });
      const shown = await readShown();
      await shownItem.setValue({
        ...Object.fromEntries(Object.entries(shown).slice(-50)),
        [notificationId]: { ids: lines.map((r) => r.id), vendorId: single ? single.vendorId : null },
      });
    }
    // Stages told are recorded only once the notification is out: a failure retries on the next sweep.
    await reminders.saveSweep(
      plan.notify.map(({ updated }) => updated),
      plan.reschedule,
      read,
    );

    const badgeLabel = badgeText(badge);
    if (badgeLabel !== shownBadge) {
      await toolbarAction().setBadgeBackgroundColor({ color: BADGE_COLOR });
      await toolbarAction().setBadgeText({ text: badgeLabel });
      shownBadge = badgeLabel;
    }

    const nextAt =
      plan.nextAlarmAt !== null && plan.nextAlarmAt - now.getTime() <= MAX_ALARM_AHEAD_MS
        ? plan.nextAlarmAt
        : null;
    const changes = alarmChanges(existingAlarms, now, nextAt);
    for (const name of changes.clear) await browser.alarms.clear(name);
    for (const a of changes.create)
      await browser.alarms.create(a.name, {
        when: a.when,
        ...(a.periodInMinutes ? { periodInMinutes: a.periodInMinutes } : {}),
      });
    return {
      notified: plan.notify.length,
      notificationId,
      badge,
      nextAlarmAt: nextAt,
      skippedInvalid: invalid,
    };
  }

  /** Runs a sweep after any running one; never rejects (a failed sweep is logged and retried later). */
  function sweep(): Promise<SweepResult | null> {
    const run = queue.then(sweepOnce).catch((err: unknown) => {
      console.error('[vendorscope] reminder sweep failed', err);
      return null;
    });
    queue = run;
    return run;
  }

  async function snoozeNotification(notificationId: string): Promise<number> {
    const shown = (await readShown())[notificationId];
    if (!shown) return 0;
    const n = await reminders.snooze(shown.ids, localIsoDate(clock()));
    await browser.notifications.clear(notificationId);
    await sweep();
    return n;
  }

  async function openNotification(notificationId: string): Promise<void> {
    if (!notificationId.startsWith('vendorscope:')) return;
    const shown = (await readShown())[notificationId];
    await browser.notifications.clear(notificationId);
    await openVendorReview(shown?.vendorId ?? null);
  }

  return { sweep, snoozeNotification, openNotification, reminders };
}

export type ReminderService = ReturnType<typeof createReminderService>;

/** Only our own pages (side panel, options) may ask for a sweep; a content script's page cannot. */
export async function handleRemindersChanged(service: ReminderService, sender: TrustedSender): Promise<void> {
  requireOwnPage(sender, 'change reminders');
  await service.sweep();
}

export function registerReminders(router: MessageRouter, service: ReminderService): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SWEEP_ALARM || alarm.name === NEXT_ALARM) void service.sweep();
  });
  browser.notifications.onClicked.addListener((id) => void service.openNotification(id));
  browser.notifications.onButtonClicked?.addListener((id, index) => {
    if (index === 0) void service.snoozeNotification(id);
  });
  browser.runtime.onInstalled.addListener(() => void service.sweep());
  browser.runtime.onStartup.addListener(() => void service.sweep());
  router.on('remindersChanged', (_data, sender) => handleRemindersChanged(service, sender));
  // Every worker start: Chrome may have dropped alarms, and the worker is often restarted.
  void service.sweep();
}
