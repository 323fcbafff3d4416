import { startTransition, useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { QuestionCard, SectionNav } from '@/components/questionnaire';
import { PendingEvidence } from '@/components/questionnaire/PendingEvidence';
import type { Answer, Assessment, ReportFile } from '@/lib/db/schema';
import type { Detection } from '@/lib/detection/schema';
import { discardPendingEvidence } from '@/lib/evidence/pending';
import { usePendingEvidence } from '@/lib/evidence/use-pending-evidence';
import { QUESTION_BANK, SECTIONS } from '@/lib/questionnaire/bank';
import type { SectionId } from '@/lib/questionnaire/schema';
import { suggestionsFromDetection } from '@/lib/questionnaire/suggestions';
import { suggestionsFromReport } from '@/lib/questionnaire/report-suggestions';
import { formatAnswer } from '@/lib/questionnaire/format-answer';
import { showsDraft } from '@/lib/questionnaire/ui-slice';
import { suggestionKey, useAnswerActions } from '@/lib/questionnaire/use-answer-actions';
import { pageAutosave } from '@/lib/review/page-autosave';
import { reviewService } from '@/lib/review/page-service';
import type { ReviewTarget } from '@/lib/review/service';
import { isAnswered } from '@/lib/questionnaire/validate-answer';
import { visibleQuestions, type Answers } from '@/lib/questionnaire/visibility';
import { usePanelStore } from './store';

interface Props {
  /** Stable for the life of the review, even when its records are created by the first answer. */
  draftPrefix: string;
  answers: Answer[];
  answerMap: Answers;
  assessment: Assessment | null;
  detection: Detection | null;
  /** What was read from the vendor's SOC reports: their facts are suggested too. */
  reportFiles: ReportFile[];
  target: ReviewTarget;
}

/** Question cards rendered in the panel's first frame. */
const FIRST_CARDS = 3;

/** Moves focus between question headings with Alt+↓ / Alt+↑, wherever focus is inside a card. */
function onQuestionKeys(e: KeyboardEvent<HTMLDivElement>) {
  if (!e.altKey || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;
  const headings = [...e.currentTarget.querySelectorAll<HTMLElement>('[data-question-id]')];
  const current = headings.findIndex((h) =>
    h.closest('[data-question-card]')?.contains(document.activeElement),
  );
  const next = headings[e.key === 'ArrowDown' ? current + 1 : Math.max(0, current - 1)];
  if (next) {
    e.preventDefault();
    next.focus();
  }
}

/** The guided questionnaire: sections with progress, search, question cards with page suggestions. */
export function QuestionnaireSection({
  draftPrefix,
  answers,
  answerMap,
  assessment,
  detection,
  reportFiles,
  target,
}: Props) {
  const activeSection = usePanelStore((s) => s.activeSection);
  const sectionSelected = usePanelStore((s) => s.sectionSelected);
  const search = usePanelStore((s) => s.questionSearch);
  const questionSearchChanged = usePanelStore((s) => s.questionSearchChanged);
  const drafts = usePanelStore((s) => s.answerDrafts);
  const pending = usePendingEvidence();
  const actions = useAnswerActions({
    draftPrefix,
    target,
    answers,
    author: assessment?.reviewer ?? '',
    service: reviewService,
    autosave: pageAutosave,
    getDraft: (key) => usePanelStore.getState().answerDrafts[key],
    answerEdited: usePanelStore((s) => s.answerEdited),
    answerSaved: usePanelStore((s) => s.answerSaved),
    answerConflicted: usePanelStore((s) => s.answerConflicted),
    answerConflictResolved: usePanelStore((s) => s.answerConflictResolved),
    answerDraftDropped: usePanelStore((s) => s.answerDraftDropped),
  });

  const visible = useMemo(() => visibleQuestions(QUESTION_BANK, answerMap), [answerMap]);
  const suggestions = useMemo(() => {
    const dismissed = new Set(assessment?.dismissed ?? []);
    return [
      ...(detection ? suggestionsFromDetection(detection, answerMap) : []),
      ...reportFiles.flatMap((f) => suggestionsFromReport(f.reading.report, f.fileName, answerMap)),
    ].filter((s) => !dismissed.has(suggestionKey(s)));
  }, [detection, reportFiles, answerMap, assessment?.dismissed]);

  const tabs = SECTIONS.map((s) => {
    const qs = visible.filter((q) => q.section === s.id);
    return {
      id: s.id,
      title: s.title,
      total: qs.length,
      answered: qs.filter((q) => isAnswered(q, answerMap[q.id])).length,
    };
  });
  const query = search.trim().toLowerCase();
  const shown = query
    ? visible.filter((q) =>
        [q.text, q.help ?? '', q.askVendor, ...q.references.map((r) => `${r.id} ${r.title}`)]
          .join(' ')
          .toLowerCase()
          .includes(query),
      )
    : visible.filter((q) => q.section === activeSection);
  const byQuestion = new Map(answers.map((a) => [a.questionId, a]));
  // The panel opens on the first cards; the rest of a long section renders once the panel is idle
  // (a transition, so typing interrupts it), so the first question is usable sooner. Only on mount:
  // later updates (an answer revealing follow-ups) render at once, so nothing moves under the pointer.
  const [allCards, setAllCards] = useState(false);
  useEffect(() => {
    const show = () => startTransition(() => setAllCards(true));
    if (!('requestIdleCallback' in window)) return void setTimeout(show, 0);
    const id = requestIdleCallback(show, { timeout: 300 });
    return () => cancelIdleCallback(id);
  }, []);
  const cards = allCards ? shown : shown.slice(0, FIRST_CARDS);

  return (
    <>
      <section aria-labelledby="questions-heading" className="card">
        <h2 id="questions-heading">Questions</h2>
        <div className="field">
          <label htmlFor="question-search">Search questions</label>
          <input
            id="question-search"
            type="search"
            value={search}
            placeholder="e.g. prompt injection, CC6.1"
            onChange={(e) => questionSearchChanged(e.target.value)}
          />
        </div>
        {!query && (
          <SectionNav
            sections={tabs}
            active={activeSection}
            onSelect={(id) => sectionSelected(id as SectionId)}
          />
        )}
        <p className="muted" id="question-keys-hint">
          {query ? `${shown.length} matching questions. ` : ''}Alt+↓ and Alt+↑ move between questions.
        </p>
        <div
          role={query ? undefined : 'tabpanel'}
          aria-labelledby={query ? undefined : `section-tab-${activeSection}`}
          aria-describedby="question-keys-hint"
          onKeyDown={onQuestionKeys}
        >
          {cards.map((q, i) => {
            const stored = byQuestion.get(q.id);
            const draft = drafts[`${draftPrefix}:${q.id}`] ?? {};
            return (
              <div key={q.id} data-question-card>
                <QuestionCard
                  question={q}
                  index={i + 1}
                  total={shown.length}
                  value={
                    showsDraft(draft, 'value', stored?.value) ? draft.value : (stored?.value ?? undefined)
                  }
                  note={showsDraft(draft, 'note', stored?.note) ? (draft.note ?? '') : (stored?.note ?? '')}
                  evidence={stored?.evidence ?? []}
                  error={draft.error}
                  suggestions={suggestions.filter((s) => s.questionId === q.id)}
                  onAnswer={(v) => actions.answer(q, v)}
                  onNote={(n) => actions.note(q, n)}
                  onClear={() => actions.clear(q)}
                  onAcceptSuggestion={(s) => void actions.acceptSuggestion(s)}
                  onDismissSuggestion={(s) => void actions.dismissSuggestion(s)}
                  onRemoveEvidence={(index) => void actions.removeEvidence(q.id, index)}
                  conflict={
                    draft.conflict
                      ? {
                          what: draft.conflict.field === 'note' ? 'your note on this answer' : 'your answer',
                          theirs:
                            draft.conflict.field === 'note'
                              ? String(draft.conflict.theirs ?? '')
                              : formatAnswer(q, draft.conflict.theirs),
                          canKeepBoth: draft.conflict.field === 'note' || q.answer.type === 'text',
                        }
                      : null
                  }
                  onResolve={(choice) => actions.resolve(q, choice)}
                  onRetry={draft.saveFailed ? () => actions.retry(q) : undefined}
                />
              </div>
            );
          })}
        </div>
      </section>
      <PendingEvidence
        pending={pending}
        questions={QUESTION_BANK.questions}
        onAttach={(item, questionId) =>
          void actions
            .attachEvidence(questionId, { url: item.url, quote: item.quote, capturedAt: item.capturedAt })
            .then(() => discardPendingEvidence(item.id))
        }
        onDiscard={(item) => void discardPendingEvidence(item.id)}
      />
    </>
  );
}
