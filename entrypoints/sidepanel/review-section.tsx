import { memo, useMemo, useState } from 'react';
import { errorText } from '@/lib/autosave/autosave';
import { CopyFindingsButton } from '@/components/export/CopyFindingsButton';
import { NoteEditor } from '@/components/notes/NoteEditor';
import { OtherNotes } from '@/components/notes/OtherNotes';
import { ChangeHistory, ReviewRecordForm, VerdictPanel } from '@/components/questionnaire';
import { PageChanges } from '@/components/changes/PageChanges';
import { VendorActions } from '@/components/vendors/VendorActions';
import { VendorHeader } from '@/components/vendors/VendorHeader';
import { diffPage, snapshotOf } from '@/lib/changes/diff';
import { NOTE_MAX, TIER_LABELS, type Tier } from '@/lib/db/schema';
import type { ReviewData } from '@/lib/db/use-review';
import type { Detection } from '@/lib/detection/schema';
import { useCopyFindings } from '@/lib/export/use-copy-findings';
import { shownNote } from '@/lib/notes/ui-slice';
import { useNoteAutosave } from '@/lib/notes/use-note-autosave';
import { historyEntries } from '@/lib/questionnaire/history-entries';
import { computeVerdict } from '@/lib/questionnaire/verdict';
import { pageAutosave } from '@/lib/review/page-autosave';
import { reviewService } from '@/lib/review/page-service';
import type { ReviewTarget } from '@/lib/review/service';
import { todayLocal } from '@/lib/staleness/staleness';
import { findMergeCandidates } from '@/lib/vendors/use-vendor-list';
import { QuestionnaireSection } from './questionnaire-section';
import { RemindersSection } from './reminders-section';
import { ReportSection } from './report-section';
import { usePanelStore } from './store';

interface Props {
  /** Keys the note draft and save state; stable for the life of this review. */
  draftKey: string;
  review: ReviewData;
  detection: Detection | null;
  /** What saves are for: the vendor, or (before its record exists) the trust page that creates it. */
  target: ReviewTarget;
}

const IDLE = { state: 'idle' } as const;

/** Wires one vendor's review (verdict, record, questions, notes, export) to the review service and the store. */
export const ReviewSection = memo(function ReviewSection({
  draftKey: key,
  review,
  detection,
  target,
}: Props) {
  const { vendor, assessment, note, otherNotes, answers, history, reminders, reportFiles } = review;
  const draft = usePanelStore((s) => s.drafts[key]);
  const saveState = usePanelStore((s) => s.saveStates[key] ?? IDLE);
  // While the reviewer edits, their text; otherwise the stored note, following other windows live.
  const shown = shownNote(draft, note);
  const vendorDeleted = usePanelStore((s) => s.vendorDeleted);
  const text = shown.text;
  const today = todayLocal(new Date());
  const tier: Tier = vendor?.tier ?? 'standard';
  const answerMap = useMemo(() => Object.fromEntries(answers.map((a) => [a.questionId, a.value])), [answers]);
  const verdict = useMemo(
    () => computeVerdict({ tier, answers: answerMap, today }),
    [tier, answerMap, today],
  );
  const [tierFailure, setTierFailure] = useState<{ tier: Tier; error: string } | null>(null);
  const recorded = vendor?.pageSnapshot ?? null;
  const pageChanges = useMemo(
    () => (recorded && detection ? diffPage(recorded, snapshotOf(detection, 0)) : []),
    [recorded, detection],
  );
  const noteSave = useNoteAutosave({
    draftKey: key,
    target,
    stored: note,
    getDraft: () => usePanelStore.getState().drafts[key],
    autosave: pageAutosave,
    noteEdited: usePanelStore((s) => s.noteEdited),
    noteSaveStarted: usePanelStore((s) => s.noteSaveStarted),
    noteSaved: usePanelStore((s) => s.noteSaved),
    noteSaveFailed: usePanelStore((s) => s.noteSaveFailed),
    noteConflicted: usePanelStore((s) => s.noteConflicted),
    noteConflictResolved: usePanelStore((s) => s.noteConflictResolved),
    noteDraftDropped: usePanelStore((s) => s.noteDraftDropped),
  });
  const exportMode = usePanelStore((s) => s.exportMode);
  const exportModeChanged = usePanelStore((s) => s.exportModeChanged);
  const { copy, shortcutResult } = useCopyFindings({
    mode: exportMode,
    beforeCopy: noteSave.flush,
    input: () => ({
      vendor,
      detection,
      assessment,
      answers,
      note: text,
      today,
      exportedAt: new Date(),
      reports: reportFiles,
    }),
  });

  return (
    <section aria-label="Review" className="review">
      <div className="verdict-sticky">
        <VerdictPanel verdict={verdict} tierLabel={TIER_LABELS[tier]} />
      </div>
      <div className="card">
        {vendor ? (
          <>
            <VendorHeader
              vendor={vendor}
              onTierChange={(t: Tier) =>
                void reviewService.setTier(vendor.id, t).then(
                  () => setTierFailure(null),
                  (err: unknown) => setTierFailure({ tier: t, error: errorText(err) }),
                )
              }
              tierFailure={tierFailure}
            />
            <VendorActions
              key={vendor.updatedAt}
              vendor={vendor}
              findOthers={(text) => findMergeCandidates(vendor.id, text)}
              onSave={async (patch) => void (await reviewService.updateVendor(vendor.id, patch))}
              onMerge={async (otherId) => void (await reviewService.mergeVendors(vendor.id, otherId))}
              onDelete={async () => {
                await reviewService.deleteVendor(vendor.id);
                vendorDeleted({ id: vendor.id, name: vendor.name });
              }}
            />
          </>
        ) : (
          <p className="muted">Answer a question or type a note to save this vendor to your reviews.</p>
        )}
        {assessment && (
          <ReviewRecordForm
            reviewer={assessment.reviewer}
            reviewDate={assessment.reviewDate}
            status={assessment.status}
            signedOffBy={assessment.signedOffBy}
            signedOffAt={assessment.signedOffAt}
            onChange={(patch) => void reviewService.updateRecord(assessment.id, patch)}
            onSignOff={() => void reviewService.signOff(assessment.id)}
            onReopen={() => void reviewService.reopen(assessment.id)}
          />
        )}
      </div>
      {vendor && detection && vendor.pageSnapshot && (
        <PageChanges
          changes={pageChanges}
          recordedAt={vendor.pageSnapshot.capturedAt}
          onConfirm={(keys) =>
            void reviewService.confirmPageChanges(vendor.id, snapshotOf(detection, Date.now()), new Set(keys))
          }
        />
      )}
      {vendor && !detection && vendor.changedAt && (
        <p className="card muted">
          The vendor’s trust page changed since review (seen {new Date(vendor.changedAt).toLocaleDateString()}
          ). Open it to see and confirm the differences.
        </p>
      )}
      {vendor && <RemindersSection rows={reminders} today={today} />}
      <ReportSection target={target} vendorId={vendor?.id ?? null} files={reportFiles} />
      <QuestionnaireSection
        draftPrefix={key}
        answers={answers}
        answerMap={answerMap}
        assessment={assessment}
        detection={detection}
        reportFiles={reportFiles}
        target={target}
      />
      <div className="card">
        <NoteEditor
          value={text}
          saveState={saveState}
          maxLength={NOTE_MAX}
          onChange={noteSave.edit}
          onRetry={noteSave.retry}
          conflict={draft?.conflict ?? null}
          onResolve={noteSave.resolve}
        />
        {assessment && (
          <OtherNotes
            notes={otherNotes}
            onAppend={(id) => reviewService.appendOtherNote(assessment.id, id)}
          />
        )}
        <CopyFindingsButton
          mode={exportMode}
          onModeChange={exportModeChanged}
          onCopy={copy}
          lastResult={shortcutResult}
        />
      </div>
      {history.length > 0 && <ChangeHistory count={history.length} entries={() => historyEntries(history)} />}
    </section>
  );
});
