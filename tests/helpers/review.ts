import type { AppDB } from '@/lib/db/app-db';
import { Q } from '@/lib/questionnaire/question-ids';
import { createReminderService } from '@/lib/reminders/background';
import { createReviewService, type ReviewService } from '@/lib/review/service';
import { localIsoDate } from '@/lib/dates/local-date';
import { freshDb } from './test-db';

/** A local date-time, as the reviewer's clock shows it. */
export const at = (date: string, hour: number, minute = 0): Date => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, hour, minute);
};

/** The databases of the harnesses made since the list was last emptied: a test file checks them after each test. */
export const harnessDbs: AppDB[] = [];

/**
 * A fresh database with the review service wired to a real reminder service (on WXT's fakeBrowser),
 * the way the extension wires them: writes re-derive summaries and reminder rows, and a change in
 * reminder rows makes the background sweep (badge, alarms, notifications). Tests of the sweep itself
 * turn that off to run each sweep by hand.
 */
export function reviewHarness(
  start = at('2026-12-01', 10),
  { sweepOnChange = true, db = freshDb() }: { sweepOnChange?: boolean; db?: AppDB } = {},
) {
  harnessDbs.push(db);
  let clock = start;
  const time = () => clock;
  const reminders = createReminderService(db, time);
  const told: string[] = [];
  const service: ReviewService = createReviewService(db, {
    now: () => clock.getTime(),
    today: () => localIsoDate(clock),
    onRemindersChanged: async (reason) => {
      told.push(reason);
      if (sweepOnChange) await reminders.sweep();
    },
  });

  /** A vendor whose SOC 2 Type II window ended `end` (stale 12 months later). */
  async function vendorWithReport(
    name: string,
    end: string,
    domain = `${name.toLowerCase().replace(/\W/g, '')}.example`,
  ) {
    const vendor = await service.createVendor({ name, domain });
    const target = { vendorId: vendor.id };
    await service.saveAnswer(target, { questionId: Q.reportType, value: 'type-2', author: 'Dana' });
    const startYear = String(Number(end.slice(0, 4)) - 1).padStart(4, '0');
    await service.saveAnswer(target, {
      questionId: Q.observationWindow,
      value: { start: `${startYear}${end.slice(4)}`, end },
      author: 'Dana',
    });
    return vendor;
  }

  return {
    db,
    service,
    reminders,
    told,
    vendorWithReport,
    setNow: (d: Date) => (clock = d),
  };
}
