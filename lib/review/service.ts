import type { Backup } from '../backup/format';
import type { ImportPlan } from '../backup/plan';
import type { AppDB } from '../db/app-db';
import type { SaveBase } from '../db/conflict';
import { createAnswersRepo, type AnswerInput } from '../db/answers-repo';
import { createAssessmentsRepo } from '../db/assessments-repo';
import { createNotesRepo } from '../db/notes-repo';
import { createRemindersRepo } from '../db/reminders-repo';
import { createReportFilesRepo } from '../db/report-files-repo';
import type { Answer, Assessment, Note, PageSnapshot, ReportFile, Tier, Vendor } from '../db/schema';
import type { ReportReading } from '../report/schema';
import { createVendorsRepo, type NewVendorInput } from '../db/vendors-repo';
import type { Detection } from '../detection/schema';
import { todayLocal } from '../staleness/staleness';
import { refreshDerived } from './derived';
import { vendorsTouchedByBackup } from './backup-vendors';
import { mergedNoteBody } from './merge-notes';

/**
 * The one write path for reviews. Every change a reviewer (or a restore, or the background) makes to
 * a vendor or its review goes through here: the write, then the vendor's list summary and reminder
 * rows recomputed from its latest review, all in ONE transaction (a failure anywhere changes
 * nothing), and then, once, the background is told if reminder rows changed (badge and alarms).
 * Callers never refresh or notify themselves, so they cannot forget to.
 */

/** Which review a save is for: a vendor on record, or the trust page a first save creates it from. */
export type ReviewTarget = { vendorId: string } | { detection: Detection };

export type ChangeReason = 'answers' | 'vendors' | 'restore' | 'snooze';

export interface ReviewServiceOptions {
  now?: () => number;
  /** The reviewer's local date, YYYY-MM-DD. */
  today?: () => string;
  /** Told after a committed write that changed reminder rows; its failure never fails the write. */
  onRemindersChanged?: (reason: ChangeReason) => unknown;
}

export function createReviewService(db: AppDB, options: ReviewServiceOptions = {}) {
  const now = options.now ?? Date.now;
  const today = options.today ?? (() => todayLocal(new Date()));
  const vendors = createVendorsRepo(db, now);
  const assessments = createAssessmentsRepo(db, now);
  const answers = createAnswersRepo(db, now);
  const notes = createNotesRepo(db, now);
  const reminders = createRemindersRepo(db, now);
  const reportFiles = createReportFilesRepo(db);
  const allTables = () => [
    db.vendors,
    db.vendorRows,
    db.meta,
    db.reportFiles,
    db.assessments,
    db.answers,
    db.answerHistory,
    db.notes,
    db.reports,
    db.reminders,
  ];

  async function tell(reason: ChangeReason): Promise<void> {
    try {
      await options.onRemindersChanged?.(reason);
    } catch (err) {
      // The background also re-sweeps on its own schedule; the write itself has succeeded.
      console.warn('[vendorscope] could not tell the background about a change', err);
    }
  }

  /**
   * Runs `work` in one read-write transaction over every review table; each vendor it `touch`es has
   * its derived data recomputed before the transaction commits.
   */
  async function write<T>(
    reason: ChangeReason,
    work: (touch: (vendorId: string) => void) => Promise<T>,
    alwaysTell = false,
  ): Promise<T> {
    let rowsChanged = false;
    const result = await db.transaction('rw', allTables(), async () => {
      const touched = new Set<string>();
      const value = await work((id) => touched.add(id));
      const [t, day] = [now(), today()];
      if (touched.size) rowsChanged = await refreshDerived(db, [...touched], t, day);
      return value;
    });
    if (rowsChanged || alwaysTell) await tell(reason);
    return result;
  }

  /** The vendor and review a save is for, created on the first save from a trust page. */
  async function reviewFor(target: ReviewTarget): Promise<{ vendor: Vendor; assessment: Assessment }> {
    const vendor =
      'vendorId' in target
        ? await db.vendors.get(target.vendorId)
        : await vendors.ensureForDetection(target.detection);
    if (!vendor || vendor.deletedAt !== null) throw new Error('That vendor no longer exists.');
    return { vendor, assessment: await assessments.ensureFor(vendor.id) };
  }

  /**
   * A review has one note. A restore can bring a second (written on another device): it is folded into
   * the first, in the same transaction, when the two fit in one note; otherwise both stay and the panel
   * shows the other beside the reviewer's own.
   * @returns whether the notes were merged
   */
  async function foldNotes(assessmentId: string, onlyId?: string): Promise<boolean> {
    const all = await db.notes.where('assessmentId').equals(assessmentId).sortBy('createdAt');
    const [first, ...rest] = all;
    const others = onlyId ? rest.filter((n) => n.id === onlyId) : rest;
    if (!first || !others.length) return false;
    const body = mergedNoteBody(first, others);
    if (body === null) return false;
    await notes.replace({ ...first, body, updatedAt: now(), rev: (first.rev ?? 0) + 1 });
    await notes.removeMany(others.map((n) => n.id));
    return true;
  }

  async function vendorOf(assessmentId: string): Promise<string> {
    const assessment = await db.assessments.get(assessmentId);
    if (!assessment) throw new Error('This review no longer exists');
    return assessment.vendorId;
  }

  return {
    /** An answer (value, note or evidence) to one question; validated against the question bank. */
    saveAnswer: (target: ReviewTarget, input: Omit<AnswerInput, 'assessmentId'>) =>
      write('answers', async (touch): Promise<Answer> => {
        const { vendor, assessment } = await reviewFor(target);
        touch(vendor.id);
        return answers.save({ ...input, assessmentId: assessment.id });
      }),

    /**
     * The reviewer's free-form note on the review. With `base` (what the reviewer's copy was), a note
     * another window changed since is not overwritten: SaveConflictError, nothing written.
     */
    saveNote: (target: ReviewTarget, body: string, base?: SaveBase) =>
      write('answers', async (touch): Promise<Note> => {
        const { vendor, assessment } = await reviewFor(target);
        touch(vendor.id);
        return notes.save({ assessmentId: assessment.id, body, base });
      }),

    /** A page suggestion the reviewer does not want offered again. */
    dismissSuggestion: (target: ReviewTarget, key: string) =>
      write('answers', async () => {
        const { assessment } = await reviewFor(target);
        await assessments.dismissSuggestion(assessment.id, key);
      }),

    /** Reviewer name and review date. */
    updateRecord: (assessmentId: string, patch: { reviewer?: string; reviewDate?: string | null }) =>
      write('answers', async (touch) => {
        touch(await vendorOf(assessmentId));
        return assessments.updateRecord(assessmentId, patch);
      }),
    signOff: (assessmentId: string) =>
      write('answers', async (touch) => {
        touch(await vendorOf(assessmentId));
        return assessments.signOff(assessmentId);
      }),
    reopen: (assessmentId: string) =>
      write('answers', async (touch) => {
        touch(await vendorOf(assessmentId));
        return assessments.reopen(assessmentId);
      }),

    createVendor: (input: NewVendorInput) =>
      write('vendors', async (touch) => {
        const vendor = await vendors.create(input);
        touch(vendor.id);
        return vendor;
      }),

    /** Name, tier, domain or platform; a tier change re-derives the verdict in the same transaction. */
    updateVendor: (id: string, patch: Partial<Pick<Vendor, 'name' | 'tier' | 'domain' | 'platform'>>) =>
      write('vendors', async (touch) => {
        touch(id);
        return vendors.update(id, patch);
      }),
    setTier: (id: string, tier: Tier) =>
      write('vendors', async (touch) => {
        touch(id);
        return vendors.update(id, { tier });
      }),

    /** Folds `otherId` into `keepId`; the kept vendor's summary follows its latest review, moved or not. */
    mergeVendors: (keepId: string, otherId: string) =>
      write('vendors', async (touch) => {
        touch(keepId);
        touch(otherId);
        const merged = await vendors.merge(keepId, otherId);
        await reportFiles.moveToVendor(otherId, keepId);
        return merged;
      }),

    /**
     * Soft delete (undo brings the vendor and its review back). What was read from its SOC reports is
     * deleted for good: it comes from documents under NDA, and the PDF can be added again.
     */
    deleteVendor: (id: string) =>
      write('vendors', async (touch) => {
        touch(id);
        await vendors.remove(id);
        await reportFiles.removeForVendor(id);
      }),
    undoDelete: (id: string) =>
      write('vendors', async (touch) => {
        touch(id);
        await vendors.restore(id);
      }),

    /** The reviewer confirms a shared-hosting tenant (a SafeBase, Drata… page) is this vendor's. */
    linkTenant: (vendorId: string, tenant: string) =>
      write('vendors', async (touch) => {
        touch(vendorId);
        return vendors.linkTenant(vendorId, tenant);
      }),

    /** Takes confirmed differences of the vendor's trust page into its recorded snapshot. */
    confirmPageChanges: (id: string, page: PageSnapshot, keys: ReadonlySet<string>) =>
      write('vendors', async (touch) => {
        touch(id);
        return vendors.confirmPageChanges(id, page, keys);
      }),

    /**
     * What was read from a SOC report PDF, for a vendor: the facts, quotes and pages, the file's name,
     * size and SHA-256, never the file or its text. The same file twice is refused (DuplicateReportError).
     */
    addReportFile: (
      target: ReviewTarget,
      file: { name: string; size: number; sha256: string },
      reading: ReportReading,
    ) =>
      write('answers', async (touch): Promise<ReportFile> => {
        const { vendor } = await reviewFor(target);
        touch(vendor.id);
        return reportFiles.add({
          id: crypto.randomUUID(),
          vendorId: vendor.id,
          fileName: file.name.slice(0, 255) || 'report.pdf',
          fileSize: file.size,
          sha256: file.sha256,
          readAt: now(),
          reading,
        });
      }),
    removeReportFile: (vendorId: string, id: string) =>
      write('answers', async (touch) => {
        touch(vendorId);
        await reportFiles.remove(id);
      }),

    /** A trust page was seen (background): baseline or "changed since review" for a vendor on record. */
    recordVisit: (detection: Detection, page: PageSnapshot) =>
      write('vendors', async (touch) => {
        const vendor = await vendors.findForDetection(detection);
        if (!vendor) return 'unknown-vendor' as const;
        touch(vendor.id);
        return vendors.recordVisit(vendor.id, page);
      }),

    snoozeReminders: (ids: string[], day: string) => write('snooze', () => reminders.snooze(ids, day), true),
    unsnoozeReminder: (id: string, day: string) => write('snooze', () => reminders.unsnooze(id, day), true),

    /**
     * Merges a validated backup: the import plan is recomputed and applied, and every vendor it touches
     * has its summary and reminders re-derived from its latest review, all in one transaction.
     */
    restoreBackup: async (backup: Backup) => {
      // Loaded here, before the transaction (awaiting anything but the database inside it would end
      // it): the side panel never restores, and its every open paid for the backup code's schemas.
      const { applyImport } = await import('../backup/apply');
      return write('restore', async (touch): Promise<ImportPlan> => {
        const plan = await applyImport(db, backup);
        for (const id of await vendorsTouchedByBackup(db, backup)) touch(id);
        for (const id of new Set(backup.tables.notes.map((n) => n.assessmentId))) await foldNotes(id);
        return plan;
      });
    },

    /** Folds another note of a review (from another device) into the reviewer's own. */
    appendOtherNote: (assessmentId: string, otherId: string) =>
      write('answers', async (touch) => {
        touch(await vendorOf(assessmentId));
        if (!(await foldNotes(assessmentId, otherId)))
          throw new Error('The two notes together are longer than a note can hold; copy what you need.');
      }),

    /**
     * Summaries are computed when a review changes; a report that went stale since then would still
     * show its old verdict. Re-derives those (an indexed range on the stale date, so it stays cheap).
     * @returns how many vendors were brought up to date
     */
    async refreshStaleSummaries(): Promise<number> {
      const day = today();
      const due = await db.vendors
        .where('nextStaleOn')
        .belowOrEqual(day)
        .filter((v) => v.deletedAt === null && !!v.summary && v.summary.computedOn < (v.nextStaleOn ?? ''))
        .primaryKeys();
      if (due.length)
        await write('answers', async (touch) => {
          for (const id of due) touch(id);
        });
      return due.length;
    },
  };
}

export type ReviewService = ReturnType<typeof createReviewService>;
