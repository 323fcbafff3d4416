import { useEffect, useRef } from 'react';
import { errorText, type Autosave } from '../autosave/autosave';
import { isSaveConflict, type SaveBase } from '../db/conflict';
import type { Answer } from '../db/schema';
import type { PendingSave } from '../review/pending-save';
import type { ReviewService, ReviewTarget } from '../review/service';
import type { Question } from './schema';
import type { Suggestion } from './suggestions';
import { showsDraft, type AnswerDraft, type DraftField, type QuestionnaireSlice } from './ui-slice';
import { validateAnswer } from './validate-answer';

/** Text is saved after a pause in typing; choices, dates and the like at once. */
export const TYPING_DELAY_MS = 500;
const isEmpty = (v: unknown) =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

export const suggestionKey = (s: Pick<Suggestion, 'questionId' | 'value'>) =>
  `${s.questionId}=${JSON.stringify(s.value)}`;

export interface AnswerActionsDeps {
  /** Keys this review's drafts; stable even when the first save creates the vendor record. */
  draftPrefix: string;
  target: ReviewTarget;
  answers: Answer[];
  author: string;
  service: ReviewService;
  autosave: Autosave<PendingSave>;
  /** This review's draft for a question, as the store holds it now. */
  getDraft: (key: string) => AnswerDraft | undefined;
  /** The questionnaire slice's events (drafts and inline errors live in the panel store). */
  answerEdited: (key: string, draft: AnswerDraft) => void;
  answerSaved: QuestionnaireSlice['answerSaved'];
  answerConflicted: (key: string, conflict: NonNullable<AnswerDraft['conflict']>) => void;
  answerConflictResolved: (key: string, field: DraftField, value: unknown) => void;
  answerDraftDropped: (key: string, field: DraftField) => void;
}

export type AnswerConflictChoice = 'mine' | 'theirs' | 'both';

/**
 * The questionnaire's write path: validate, keep drafts and inline errors in the store, save through
 * the one autosave (journalled, flushed on hide) into the review service, which records history and
 * re-derives the summary and reminders. An invalid value is never saved and never lost.
 */
export function useAnswerActions(deps: AnswerActionsDeps) {
  // Handlers read the latest props when they run, not when the card rendered.
  const latest = useRef(deps);
  useEffect(() => {
    latest.current = deps;
  });

  const existing = (questionId: string) => latest.current.answers.find((a) => a.questionId === questionId);
  const draftKey = (questionId: string) => `${latest.current.draftPrefix}:${questionId}`;
  const failed = (key: string, field?: DraftField) => (error: string) =>
    latest.current.answerEdited(key, {
      error: `Couldn’t save: ${error} What you entered is kept here.`,
      ...(field ? { saveFailed: field } : {}),
    });

  /**
   * What an edit of `field` is based on: while the reviewer is editing it (their draft is on screen),
   * the base its session started from; otherwise the stored answer on screen.
   */
  function baseFor(questionId: string, field: DraftField): SaveBase {
    const stored = existing(questionId);
    const draft = latest.current.getDraft(draftKey(questionId));
    const fieldDefault = field === 'note' ? '' : null;
    const editing = draft && showsDraft(draft, field, stored?.[field]) && draft.base?.[field];
    return editing || { rev: stored?.rev ?? 0, value: stored?.[field] ?? fieldDefault };
  }

  function save(
    questionId: string,
    field: DraftField,
    patch: { value?: unknown; note?: string },
    delay: number,
  ) {
    const { target, author, autosave } = latest.current;
    const key = draftKey(questionId);
    const before = existing(questionId)?.[field];
    const base = latest.current.getDraft(key)?.base?.[field] ?? baseFor(questionId, field);
    const sent = { draft: latest.current.getDraft(key)?.[field] };
    autosave.schedule(
      `${key}:${field}`,
      { kind: 'answer', target, questionId, author: author || 'Reviewer', ...patch, base },
      delay,
      {
        onSaved: (saved) => {
          const answer = saved as Answer;
          latest.current.answerSaved(
            key,
            field,
            before,
            { rev: answer.rev ?? 0, value: answer[field] },
            sent,
          );
        },
        onFailed: (error, cause) =>
          isSaveConflict(cause)
            ? latest.current.answerConflicted(key, {
                field,
                theirs: cause.theirs,
                theirsRev: cause.theirsRev,
              })
            : failed(key, field)(error),
      },
    );
  }

  /** Starts an editing session's base for `field` the first time it is edited (from what is shown). */
  function edited(questionId: string, field: DraftField, draft: AnswerDraft) {
    const key = draftKey(questionId);
    const old = latest.current.getDraft(key);
    const stored = existing(questionId)?.[field];
    const continuing = old && showsDraft(old, field, stored) && old.base?.[field];
    const base = continuing ? old.base : { ...old?.base, [field]: baseFor(questionId, field) };
    latest.current.answerEdited(key, { ...draft, base });
  }

  /** Evidence and suggestions save at once, outside the typing debounce. */
  async function writeNow(
    questionId: string,
    patch: Pick<Answer, 'evidence'> & { value?: unknown; note?: string },
  ) {
    const { target, author, service } = latest.current;
    await service.saveAnswer(target, { questionId, author: author || 'Reviewer', ...patch });
  }

  return {
    answer(question: Question, value: unknown) {
      const key = draftKey(question.id);
      edited(question.id, 'value', { value, error: undefined });
      const checked = isEmpty(value) ? ({ ok: true, value: null } as const) : validateAnswer(question, value);
      if (!checked.ok) {
        latest.current.answerEdited(key, { error: checked.error });
        return;
      }
      // In a conflict nothing saves until the reviewer has chosen; their typing is kept meanwhile.
      if (latest.current.getDraft(key)?.conflict?.field === 'value') return;
      const typed = question.answer.type === 'text' || question.answer.type === 'list-with-owner';
      save(question.id, 'value', { value: checked.value }, typed ? TYPING_DELAY_MS : 0);
    },
    note(question: Question, note: string) {
      edited(question.id, 'note', { note });
      if (latest.current.getDraft(draftKey(question.id))?.conflict?.field === 'note') return;
      save(question.id, 'note', { note }, TYPING_DELAY_MS);
    },
    /** Saves again what a failed save left on the card (the same value, now). */
    retry(question: Question) {
      const draft = latest.current.getDraft(draftKey(question.id));
      const field = draft?.saveFailed;
      if (!draft || !field) return;
      latest.current.answerEdited(draftKey(question.id), { error: undefined, saveFailed: undefined });
      save(
        question.id,
        field,
        field === 'value' ? { value: draft.value ?? null } : { note: draft.note ?? '' },
        0,
      );
    },
    /** Another window saved the field being edited: keep mine, theirs, or (for text) both. */
    resolve(question: Question, choice: AnswerConflictChoice) {
      const key = draftKey(question.id);
      const draft = latest.current.getDraft(key);
      const conflict = draft?.conflict;
      if (!draft || !conflict) return;
      const field = conflict.field;
      if (choice === 'theirs') {
        latest.current.autosave.cancel(`${key}:${field}`);
        latest.current.answerDraftDropped(key, field);
        return;
      }
      const mine = draft[field];
      const value =
        choice === 'both' ? `${String(conflict.theirs ?? '')}\n\n${String(mine ?? '')}`.trim() : mine;
      latest.current.answerConflictResolved(key, field, value);
      save(question.id, field, field === 'value' ? { value } : { note: String(value ?? '') }, 0);
    },
    clear(question: Question) {
      this.answer(question, null);
    },
    async acceptSuggestion(s: Suggestion) {
      const key = draftKey(s.questionId);
      const before = existing(s.questionId);
      const note = [before?.note, s.note].filter(Boolean).join('\n');
      const evidence = [...(before?.evidence ?? []), { ...s.evidence, capturedAt: Date.now() }].slice(-50);
      await writeNow(s.questionId, { value: s.value, note, evidence }).then(
        () => latest.current.answerSaved(key, 'value', before?.value),
        (err: unknown) => failed(key)(errorText(err)),
      );
    },
    async dismissSuggestion(s: Suggestion) {
      await latest.current.service.dismissSuggestion(latest.current.target, suggestionKey(s));
    },
    async removeEvidence(questionId: string, index: number) {
      const before = existing(questionId);
      if (before) await writeNow(questionId, { evidence: before.evidence.filter((_, i) => i !== index) });
    },
    async attachEvidence(questionId: string, evidence: Answer['evidence'][number]) {
      const before = existing(questionId);
      await writeNow(questionId, { evidence: [...(before?.evidence ?? []), evidence].slice(-50) });
    },
  };
}
