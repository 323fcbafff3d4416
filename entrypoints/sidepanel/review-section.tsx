import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { CopyFindingsButton } from '@/components/export/CopyFindingsButton';
import { NoteEditor } from '@/components/notes/NoteEditor';
import { AnswerHistory, ReviewRecordForm, VerdictPanel } from '@/components/questionnaire';
import { PageChanges } from '@/components/changes/PageChanges';
import { VendorActions } from '@/components/vendors/VendorActions';
import { VendorHeader } from '@/components/vendors/VendorHeader';
import { diffPage, snapshotOf } from '@/lib/changes/diff';
import { answersRepo, assessmentsRepo, notesRepo, vendorsRepo } from '@/lib/db/repos';
import { NOTE_MAX, TIER_LABELS, type Tier, type Vendor } from '@/lib/db/schema';
import type { ReviewData } from '@/lib/db/use-review';
import type { Detection } from '@/lib/detection/schema';
import { copyFindings, type CopyResult } from '@/lib/export/clipboard';
import { useDebouncedSave } from '@/lib/notes/use-debounced-save';
import { QUESTION_BANK, questionById } from '@/lib/questionnaire/bank';
import { formatAnswer } from '@/lib/questionnaire/format-answer';
import { computeVerdict } from '@/lib/questionnaire/verdict';
import { todayLocal } from '@/lib/staleness/staleness';
import { QuestionnaireSection } from './questionnaire-section';
import { RemindersSection } from './reminders-section';
import { usePanelStore } from './store';

interface Props {
  /** Keys the note draft and save state; stable for the life of this review. */
  draftKey: string;
  review: ReviewData;
  detection: Detection | null;
  /** Every vendor on record (read once by the panel), for merging a duplicate into this one. */
  allVendors: Vendor[] | undefined;
}

const IDLE = { state: 'idle' } as const;

/** Wires one vendor's review (verdict, record, questions, notes, export) to the repos and the store. */
export function ReviewSection({ draftKey: key, review, detection, allVendors }: Props) {
  const { vendor, assessment, note, answers, history } = review;
  const draft = usePanelStore((s) => s.drafts[key]);
  const saveState = usePanelStore((s) => s.saveStates[key] ?? IDLE);
  const noteEdited = usePanelStore((s) => s.noteEdited);
  const noteSaveStarted = usePanelStore((s) => s.noteSaveStarted);
  const noteSaved = usePanelStore((s) => s.noteSaved);
  const noteSaveFailed = usePanelStore((s) => s.noteSaveFailed);
  const vendorDeleted = usePanelStore((s) => s.vendorDeleted);
  const text = draft ?? note?.body ?? '';
  const today = todayLocal(new Date());
  const tier: Tier = vendor?.tier ?? 'standard';
  const answerMap = useMemo(() => Object.fromEntries(answers.map((a) => [a.questionId, a.value])), [answers]);
  const verdict = useMemo(
    () => computeVerdict({ tier, answers: answerMap, today }),
    [tier, answerMap, today],
  );
  const recorded = vendor?.pageSnapshot ?? null;
  const pageChanges = useMemo(
    () => (recorded && detection ? diffPage(recorded, snapshotOf(detection, 0)) : []),
    [recorded, detection],
  );

  // A page-bound review creates its vendor record on the first thing the reviewer saves.
  const ensureAssessment = useCallback(async () => {
    if (assessment) return assessment;
    const target = vendor ?? (detection ? await vendorsRepo.ensureForDetection(detection) : null);
    if (!target) throw new Error('There is no vendor to attach this review to.');
    return assessmentsRepo.ensureFor(target.id);
  }, [assessment, vendor, detection]);

  const saveNote = useCallback(
    async (body: string) => {
      const a = await ensureAssessment();
      await notesRepo.save({ assessmentId: a.id, body });
    },
    [ensureAssessment],
  );
  const { schedule, flush } = useDebouncedSave(saveNote, {
    onStart: () => noteSaveStarted(key),
    onSaved: () => noteSaved(key, Date.now()),
    onFailed: (error) => noteSaveFailed(key, error),
  });

  const exportMode = usePanelStore((s) => s.exportMode);
  const exportModeChanged = usePanelStore((s) => s.exportModeChanged);
  const copy = async (): Promise<CopyResult> => {
    await flush();
    const start = performance.now();
    // The formatters load on first use: they are not needed to open the panel.
    const [{ buildFindings }, { findingsToHtml }, { findingsToMarkdown }] = await Promise.all([
      import('@/lib/export/findings'),
      import('@/lib/export/to-html'),
      import('@/lib/export/to-markdown'),
    ]);
    const findings = buildFindings({
      vendor,
      detection,
      assessment,
      answers,
      note: text,
      today,
      exportedAt: new Date(),
    });
    const flavours = {
      html: findingsToHtml(findings, exportMode),
      text: findingsToMarkdown(findings, exportMode),
    };
    performance.measure('vendorscope:export-findings', { start, end: performance.now() });
    return copyFindings(flavours);
  };
  // Ctrl/Cmd+Shift+C copies while the panel has focus; the result is announced like a click's.
  const [shortcutResult, setShortcutResult] = useState<{ result: CopyResult | Error; at: number } | null>(
    null,
  );
  const copyRef = useRef(copy);
  useEffect(() => {
    copyRef.current = copy;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || !e.shiftKey || e.key.toLowerCase() !== 'c') return;
      e.preventDefault();
      copyRef.current().then(
        (result) => setShortcutResult({ result, at: Date.now() }),
        (err: unknown) =>
          setShortcutResult({ result: err instanceof Error ? err : new Error(String(err)), at: Date.now() }),
      );
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

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
                void vendorsRepo
                  .update(vendor.id, { tier: t })
                  .then(() => assessment && answersRepo.refreshSummary(assessment.id))
              }
            />
            <VendorActions
              key={vendor.updatedAt}
              vendor={vendor}
              others={(allVendors ?? [])
                .filter((v) => v.id !== vendor.id)
                .map((v) => ({ id: v.id, name: v.name }))}
              onSave={async (patch) => void (await vendorsRepo.update(vendor.id, patch))}
              onMerge={async (otherId) => void (await vendorsRepo.merge(vendor.id, otherId))}
              onDelete={async () => {
                await vendorsRepo.remove(vendor.id);
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
            onChange={(patch) => void assessmentsRepo.updateRecord(assessment.id, patch)}
            onSignOff={() => void assessmentsRepo.signOff(assessment.id)}
            onReopen={() => void assessmentsRepo.reopen(assessment.id)}
          />
        )}
      </div>
      {vendor && detection && vendor.pageSnapshot && (
        <PageChanges
          changes={pageChanges}
          recordedAt={vendor.pageSnapshot.capturedAt}
          onConfirm={(keys) =>
            void vendorsRepo.confirmPageChanges(vendor.id, snapshotOf(detection, Date.now()), new Set(keys))
          }
        />
      )}
      {vendor && !detection && vendor.changedAt && (
        <p className="card muted">
          The vendor’s trust page changed since review (seen {new Date(vendor.changedAt).toLocaleDateString()}
          ). Open it to see and confirm the differences.
        </p>
      )}
      {vendor && <RemindersSection vendorId={vendor.id} today={today} />}
      <QuestionnaireSection
        draftPrefix={key}
        answers={answers}
        answerMap={answerMap}
        assessment={assessment}
        detection={detection}
        ensureAssessment={ensureAssessment}
      />
      <div className="card">
        <NoteEditor
          value={text}
          saveState={saveState}
          maxLength={NOTE_MAX}
          onChange={(body) => {
            noteEdited(key, body);
            schedule(body);
          }}
          onRetry={() => {
            schedule(text);
            void flush();
          }}
        />
        <CopyFindingsButton
          mode={exportMode}
          onModeChange={exportModeChanged}
          onCopy={copy}
          lastResult={shortcutResult}
        />
      </div>
      {history.length > 0 && (
        <details className="card">
          <summary>Change history ({history.length})</summary>
          <AnswerHistory
            entries={history.map((h) => {
              const q = questionById(QUESTION_BANK, h.questionId);
              const fmt = (v: unknown) => (q ? formatAnswer(q, v) : String(v));
              return {
                id: h.id,
                changedAt: h.changedAt,
                author: h.author,
                questionText: q?.text ?? h.questionId,
                before: h.before ? fmt(h.before.value) : null,
                after: fmt(h.after.value),
              };
            })}
          />
        </details>
      )}
    </section>
  );
}
