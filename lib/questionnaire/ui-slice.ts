import type { StateCreator } from 'zustand';
import type { SectionId } from './schema';

/** What the reviewer is typing but has not (validly) saved yet, and why not. */
export interface AnswerDraft {
  value?: unknown;
  note?: string;
  error?: string;
  /**
   * Per field, the stored value (as JSON) a save was written over. A saved draft stays on screen
   * until the live query's stored answer moves off it, so a control never flips back to its old
   * value between the save and the re-query.
   */
  savedOver?: Partial<Record<DraftField, string>>;
}
type DraftField = 'value' | 'note';

const json = (v: unknown) => JSON.stringify(v ?? null);

/** Whether the draft's `field` is what the card shows, rather than the stored answer's. */
export function showsDraft(draft: AnswerDraft, field: DraftField, stored: unknown): boolean {
  if (!(field in draft)) return false;
  const over = draft.savedOver?.[field];
  return over === undefined || over === json(stored);
}

/**
 * Questionnaire UI state: the open section, the search query and per-question drafts. Drafts are
 * keyed `assessmentId:questionId` so switching vendors never mixes them up; an invalid draft stays
 * on screen with its error and is never written over the stored answer.
 */
export interface QuestionnaireSlice {
  activeSection: SectionId;
  questionSearch: string;
  answerDrafts: Record<string, AnswerDraft>;
  sectionSelected: (id: SectionId) => void;
  questionSearchChanged: (query: string) => void;
  answerEdited: (key: string, draft: AnswerDraft) => void;
  /** The draft's `field` was saved over `storedBefore`; it gives way once the stored answer changes. */
  answerSaved: (key: string, field: DraftField, storedBefore: unknown) => void;
}

export const createQuestionnaireSlice: StateCreator<QuestionnaireSlice, [], [], QuestionnaireSlice> = (
  set,
) => ({
  activeSection: 'soc2-report',
  questionSearch: '',
  answerDrafts: {},
  sectionSelected: (id) => set({ activeSection: id }),
  questionSearchChanged: (query) => set({ questionSearch: query.slice(0, 200) }),
  answerEdited: (key, draft) =>
    set((s) => {
      const old = s.answerDrafts[key] ?? {};
      // A new edit of a field is unsaved again.
      const savedOver = { ...old.savedOver };
      for (const field of ['value', 'note'] as const) if (field in draft) delete savedOver[field];
      return { answerDrafts: { ...s.answerDrafts, [key]: { ...old, ...draft, savedOver } } };
    }),
  answerSaved: (key, field, storedBefore) =>
    set((s) => {
      const { error: _error, ...rest } = s.answerDrafts[key] ?? {};
      const savedOver = field in rest ? { ...rest.savedOver, [field]: json(storedBefore) } : rest.savedOver;
      return { answerDrafts: { ...s.answerDrafts, [key]: { ...rest, savedOver } } };
    }),
});
