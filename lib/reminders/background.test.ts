import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { at, reviewHarness } from '@/tests/helpers/review';
import { createMessageRouter } from '../messaging/router';
import { NEXT_ALARM, SWEEP_ALARM } from './alarms';
import { createReminderService, registerReminders } from './background';
import { notifyTime } from './due';
import { writeReminderSettings } from './items';
import { DEFAULT_REMINDER_SETTINGS } from './settings';

async function setup() {
  const h = reviewHarness(undefined, { sweepOnChange: false });
  const notifications = () => fakeBrowser.notifications.getAllCreateOptions();
  const alarms = async () =>
    (await fakeBrowser.alarms.getAll()).map(({ name, scheduledTime, periodInMinutes }) => ({
      name,
      scheduledTime,
      periodInMinutes,
    }));
  return { ...h, service: h.reminders, reviews: h.service, notifications, alarms };
}

describe('reminder sweep', () => {
  it('notifies a report entering its 30-day lead time with the reminder text, once', async () => {
    const { service, vendorWithReport, notifications, setNow } = await setup();
    // Window end 2026-01-31 → stale on 2027-01-31; 30 days before is 2027-01-01.
    await vendorWithReport('Acme', '2026-01-31');
    expect((await service.sweep())?.notified).toBe(0);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    setNow(at('2027-01-01', 8, 59));
    expect((await service.sweep())?.notified).toBe(0);

    setNow(at('2027-01-01', 9, 30));
    const result = await service.sweep();
    expect(result?.notified).toBe(1);
    const shown = Object.values(await notifications());
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({
      type: 'basic',
      message: 'Acme’s SOC 2 report goes stale on 2027-01-31 — ask for the new report or a bridge letter',
      buttons: [{ title: 'Snooze 1 week' }],
    });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    // Swept again (another alarm, a worker restart): nothing new.
    await fakeBrowser.notifications.clear(result!.notificationId!);
    expect((await service.sweep())?.notified).toBe(0);
    expect(await notifications()).toEqual({});
  });

  it('keeps exactly two alarms, identical across any number of restarts', async () => {
    const { db, service, vendorWithReport, alarms, setNow } = await setup();
    await vendorWithReport('Acme', '2026-01-31');
    await service.sweep();
    const first = await alarms();
    expect(first.map((a) => a.name).sort()).toEqual([NEXT_ALARM, SWEEP_ALARM].sort());
    expect(first.find((a) => a.name === NEXT_ALARM)?.scheduledTime).toBe(notifyTime('2027-01-01'));
    expect(first.find((a) => a.name === SWEEP_ALARM)?.periodInMinutes).toBe(24 * 60);
    for (let i = 0; i < 5; i++) {
      setNow(at('2026-12-01', 10, 5 + i));
      await createReminderService(db, () => at('2026-12-01', 10, 5 + i)).sweep();
    }
    expect(await alarms()).toEqual(first);
    // Chrome dropped every alarm on restart: the next start puts the same ones back.
    await fakeBrowser.alarms.clearAll();
    await createReminderService(db, () => at('2026-12-01', 10, 30)).sweep();
    const again = await alarms();
    expect(again.find((a) => a.name === NEXT_ALARM)).toEqual(first.find((a) => a.name === NEXT_ALARM));
    expect(again.map((a) => a.name).sort()).toEqual([NEXT_ALARM, SWEEP_ALARM].sort());
  });

  it('fires the next stage from its alarm, snoozes from the notification button, and returns after', async () => {
    const { db, vendorWithReport, notifications, setNow } = await setup();
    await vendorWithReport('Acme', '2026-01-31');
    const router = createMessageRouter(fakeBrowser.runtime.id, () => undefined);
    let now = at('2027-01-01', 9, 0);
    setNow(now);
    const service = createReminderService(db, () => now);
    registerReminders(router, service);
    await service.sweep();
    const [id] = Object.keys(await notifications());
    expect(id).toBeDefined();

    await fakeBrowser.notifications.onButtonClicked.trigger(id!, 0);
    // The listener snoozes in the background (listeners do not return promises): wait for it.
    await vi.waitFor(async () => expect(await notifications()).toEqual({}));
    await service.sweep();
    const [row] = await service.reminders.forVendor((await db.vendors.toArray())[0]!.id);
    expect(row?.snoozedUntil).toBe('2027-01-08');

    now = at('2027-01-08', 9, 0);
    await fakeBrowser.alarms.onAlarm.trigger({
      name: NEXT_ALARM,
      scheduledTime: now.getTime(),
      persistAcrossSessions: true,
    });
    await service.sweep();
    expect(Object.values(await notifications()).map((n) => n.message)).toEqual([
      'Acme’s SOC 2 report goes stale on 2027-01-31 — ask for the new report or a bridge letter',
    ]);
  });

  it('opens the vendor’s review from a notification click (a tab where the side panel cannot open)', async () => {
    const { db, vendorWithReport, notifications, setNow } = await setup();
    const vendor = await vendorWithReport('Acme', '2026-01-31');
    setNow(at('2027-01-02', 12));
    const service = createReminderService(db, () => at('2027-01-02', 12));
    await service.sweep();
    const [id] = Object.keys(await notifications());
    await service.openNotification(id!);
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain(
      `chrome-extension://${fakeBrowser.runtime.id}/sidepanel.html?vendorId=${vendor.id}`,
    );
    expect(await notifications()).toEqual({});
  });

  it('groups many due reports into one notification per sweep', async () => {
    const { db, vendorWithReport, notifications } = await setup();
    for (let i = 0; i < 40; i++) await vendorWithReport(`Vendor ${i}`, i % 2 ? '1999-01-31' : '2026-01-31');
    const result = await createReminderService(db, () => at('2027-01-10', 10)).sweep();
    expect(result?.notified).toBe(40);
    const shown = Object.values(await notifications());
    expect(shown).toHaveLength(1);
    expect(shown[0]?.title).toBe('40 vendor reports need attention');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('40');
    expect((await createReminderService(db, () => at('2027-01-10', 11)).sweep())?.notified).toBe(0);
  });

  it('waits out quiet hours, and stays silent when reminders are off', async () => {
    const { db, vendorWithReport, notifications, alarms } = await setup();
    await vendorWithReport('Acme', '2026-01-31');
    await writeReminderSettings({
      ...DEFAULT_REMINDER_SETTINGS,
      quietHours: { enabled: true, start: '09:00', end: '17:00' },
    });
    const quiet = await createReminderService(db, () => at('2027-01-05', 10)).sweep();
    expect(quiet?.notified).toBe(0);
    expect((await alarms()).find((a) => a.name === NEXT_ALARM)?.scheduledTime).toBe(
      at('2027-01-05', 17).getTime(),
    );
    await writeReminderSettings({ ...DEFAULT_REMINDER_SETTINGS, enabled: false });
    const off = await createReminderService(db, () => at('2027-01-05', 18)).sweep();
    expect(off?.notified).toBe(0);
    expect(await notifications()).toEqual({});
    expect((await alarms()).map((a) => a.name)).toEqual([SWEEP_ALARM]);
    expect(off?.badge).toBe(1);
  });

  it('sweeps on browser start and install, and refuses sweep requests from web pages', async () => {
    const { db, vendorWithReport, notifications } = await setup();
    await vendorWithReport('Acme', '2026-01-31');
    const router = createMessageRouter(fakeBrowser.runtime.id, () => undefined);
    const service = createReminderService(db, () => at('2027-01-03', 10));
    registerReminders(router, service);
    await fakeBrowser.runtime.onStartup.trigger();
    await service.sweep();
    expect(Object.keys(await notifications())).toHaveLength(1);
    const envelope = { vs: 1, type: 'remindersChanged', data: { reason: 'settings' } };
    const fromPage = await router.dispatch(envelope, {
      id: fakeBrowser.runtime.id,
      tab: { id: 4 } as never,
      frameId: 0,
      url: 'https://evil.example/',
    });
    expect(fromPage).toMatchObject({ ok: false });
    const fromPanel = await router.dispatch(envelope, {
      id: fakeBrowser.runtime.id,
      url: fakeBrowser.runtime.getURL('/sidepanel.html'),
    });
    expect(fromPanel).toEqual({ ok: true, res: undefined });
  });

  it('survives reports with no dates, dates far in the past or future, and invalid rows', async () => {
    const { db, vendorWithReport, reviews, notifications } = await setup();
    await vendorWithReport('Ancient', '1901-01-31');
    await vendorWithReport('Future', '9998-01-31');
    await reviews.createVendor({ name: 'No report' });
    await db.reminders.add({ id: 'bad', vendorId: 'x', key: 'soc2', staleOn: '2026-99-99' } as never);
    const result = await createReminderService(db, () => at('2027-01-03', 10)).sweep();
    // The unreadable row is skipped by the sweep, kept in the database, and still counted by the
    // badge's index count (something needs the reviewer's attention).
    expect(result).toMatchObject({ notified: 1, badge: 2, skippedInvalid: 1 });
    expect(Object.values(await notifications())[0]?.message).toContain('has been stale since 1902-01-31');
    expect(await db.reminders.get('bad')).toBeDefined();
  });

  it('drops a deleted vendor’s reminders from the count, and undo brings them back', async () => {
    const { db, reviews, vendorWithReport } = await setup();
    const vendor = await vendorWithReport('Acme', '2026-01-31');
    await vendorWithReport('Beta', '2026-01-20');
    const sweepAt = (d: Date) => createReminderService(db, () => d).sweep();
    expect((await sweepAt(at('2027-01-10', 10)))?.badge).toBe(2);
    await reviews.deleteVendor(vendor.id);
    expect((await sweepAt(at('2027-01-10', 11)))?.badge).toBe(1);
    await reviews.undoDelete(vendor.id);
    expect(await db.reminders.where('vendorId').equals(vendor.id).count()).toBe(1);
    expect((await sweepAt(at('2027-01-10', 12)))?.badge).toBe(2);
  });
});
