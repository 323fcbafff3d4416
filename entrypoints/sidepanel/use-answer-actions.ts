import { useCallback, useEffect, useRef } from 'react';
import { answersRepo, assessmentsRepo } from '@/lib/db/repos';
import { REPORT_DATE_QUESTIONS } from '@/lib/reminders/reports';
import { remindersChanged } from '@/lib/reminders/use-vendor-reminders';
import type { Answer, Assessment } from '@/lib/db/schema';
import type { Question } from '@/lib/questionnaire/schema';
import type { Suggestion } from '@/lib/questionnaire/suggestions';
import { validateAnswer } from '@/lib/questionnaire/validate-answer';
import { usePanelStore } from './store';

/** Text is saved after a pause in typing; choices, dates and the like at once. */
const TYPING_DELAY_MS = 500;
const isEmpty = (v: unknown) =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

export const suggestionKey = (s: Pick<Suggestion, 'questionId' | 'value'>) =>
  `${s.questionId}=${JSON.stringify(s.value)}`;

/**
 * The questionnaire's write path: validate, keep drafts and inline errors in the store, save through
 * the answers repo (which records history). An invalid value is never saved and never lost.
 */
export function useAnswerActions(opts: {
  draftPrefix: string;
  answers: Answer[];
  author: string;
  ensureAssessment: () => Promise<Assessment>;
}) {
  const answerEdited = usePanelStore((s) => s.answerEdited);
  const answerSaved = usePanelStore((s) => s.answerSaved);
  const timers = useRef(
    new Map<string, { timer: ReturnType<typeof setTimeout>; run: () => Promise<void> }>(),
  );
  const latest = useRef(opts);
  useEffect(() => {
    latest.current = opts;
  });

  const write = useCallback(
    async (questionId: string, patch: { value?: unknown; note?: string; evidence?: Answer['evidence'] }) => {
      const { ensureAssessment, author } = latest.current;
      const assessment = await ensureAssessment();
      await answersRepo.save({
        assessmentId: assessment.id,
        questionId,
        author: author || 'Reviewer',
        ...patch,
      });
      // A report date may have changed: the background reschedules its reminders.
      if (patch.value !== undefined && REPORT_DATE_QUESTIONS.has(questionId)) remindersChanged('answers');
    },
    [],
  );

  const schedule = useCallback((key: string, delay: number, run: () => Promise<void>) => {
    const pending = timers.current.get(key);
    if (pending) clearTimeout(pending.timer);
    const fire = () => {
      timers.current.delete(key);
      return run();
    };
    if (delay === 0) return void fire();
    timers.current.set(key, { timer: setTimeout(() => void fire(), delay), run });
  }, []);

  // Closing the panel (or hiding it) mid-typing saves what was typed.
  useEffect(() => {
    const pending = timers.current;
    const flushAll = () => {
      for (const { timer, run } of pending.values()) {
        clearTimeout(timer);
        void run();
      }
      pending.clear();
    };
    const onHide = () => document.visibilityState === 'hidden' && flushAll();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', flushAll);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', flushAll);
      flushAll();
    };
  }, []);

  const failed = (key: string) => (err: unknown) =>
    answerEdited(key, { error: `Couldn’t save: ${err instanceof Error ? err.message : String(err)}` });

  const existing = (questionId: string) => latest.current.answers.find((a) => a.questionId === questionId);

  return {
    answer(question: Question, value: unknown) {
      const key = `${latest.current.draftPrefix}:${question.id}`;
      answerEdited(key, { value, error: undefined });
      const checked = isEmpty(value) ? ({ ok: true, value: null } as const) : validateAnswer(question, value);
      if (!checked.ok) {
        answerEdited(key, { error: checked.error });
        return;
      }
      const delay =
        question.answer.type === 'text' || question.answer.type === 'list-with-owner' ? TYPING_DELAY_MS : 0;
      schedule(`${key}:value`, delay, () => {
        const before = existing(question.id)?.value;
        return write(question.id, { value: checked.value }).then(
          () => answerSaved(key, 'value', before),
          failed(key),
        );
      });
    },
    note(question: Question, note: string) {
      const key = `${latest.current.draftPrefix}:${question.id}`;
      answerEdited(key, { note });
      schedule(`${key}:note`, TYPING_DELAY_MS, () => {
        const before = existing(question.id)?.note;
        return write(question.id, { note }).then(() => answerSaved(key, 'note', before), failed(key));
      });
    },
    clear(question: Question) {
      this.answer(question, null);
    },
    async acceptSuggestion(s: Suggestion) {
      const key = `${latest.current.draftPrefix}:${s.questionId}`;
      const before = existing(s.questionId);
      const note = [before?.note, s.note].filter(Boolean).join('\n');
      const evidence = [...(before?.evidence ?? []), { ...s.evidence, capturedAt: Date.now() }].slice(-50);
      await write(s.questionId, { value: s.value, note, evidence }).then(
        () => answerSaved(key, 'value', before?.value),
        failed(key),
      );
    },
    async dismissSuggestion(s: Suggestion) {
      const assessment = await latest.current.ensureAssessment();
      await assessmentsRepo.dismissSuggestion(assessment.id, suggestionKey(s));
    },
    async removeEvidence(questionId: string, index: number) {
      const before = existing(questionId);
      if (before) await write(questionId, { evidence: before.evidence.filter((_, i) => i !== index) });
    },
    async attachEvidence(questionId: string, evidence: Answer['evidence'][number]) {
      const before = existing(questionId);
      await write(questionId, { evidence: [...(before?.evidence ?? []), evidence].slice(-50) });
    },
  };
}
