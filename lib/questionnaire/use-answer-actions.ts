import { useEffect, useRef } from 'react';
import { errorText, type Autosave } from '../autosave/autosave';
import type { Answer } from '../db/schema';
import type { PendingSave } from '../review/pending-save';
import type { ReviewService, ReviewTarget } from '../review/service';
import type { Question } from './schema';
import type { Suggestion } from './suggestions';
import type { AnswerDraft } from './ui-slice';
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
  /** The questionnaire slice's events (drafts and inline errors live in the panel store). */
  answerEdited: (key: string, draft: AnswerDraft) => void;
  answerSaved: (key: string, field: 'value' | 'note', storedBefore: unknown) => void;
}

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
  const failed = (key: string) => (error: string) =>
    latest.current.answerEdited(key, { error: `Couldn’t save: ${error}` });

  function save(
    questionId: string,
    field: 'value' | 'note',
    patch: { value?: unknown; note?: string },
    delay: number,
  ) {
    const { target, author, autosave, answerSaved } = latest.current;
    const key = draftKey(questionId);
    const before = existing(questionId)?.[field];
    autosave.schedule(
      `${key}:${field}`,
      { kind: 'answer', target, questionId, author: author || 'Reviewer', ...patch },
      delay,
      { onSaved: () => answerSaved(key, field, before), onFailed: failed(key) },
    );
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
      latest.current.answerEdited(key, { value, error: undefined });
      const checked = isEmpty(value) ? ({ ok: true, value: null } as const) : validateAnswer(question, value);
      if (!checked.ok) {
        latest.current.answerEdited(key, { error: checked.error });
        return;
      }
      const typed = question.answer.type === 'text' || question.answer.type === 'list-with-owner';
      save(question.id, 'value', { value: checked.value }, typed ? TYPING_DELAY_MS : 0);
    },
    note(question: Question, note: string) {
      latest.current.answerEdited(draftKey(question.id), { note });
      save(question.id, 'note', { note }, TYPING_DELAY_MS);
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
