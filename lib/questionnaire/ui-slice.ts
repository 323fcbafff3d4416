import type { StateCreator } from 'zustand';
import type { SectionId } from './schema';

/** What the reviewer is typing but has not (validly) saved yet, and why not. */
export interface AnswerDraft {
  value?: unknown;
  note?: string;
  error?: string;
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
  answerSaved: (key: string, field: 'value' | 'note') => void;
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
    set((s) => ({ answerDrafts: { ...s.answerDrafts, [key]: { ...s.answerDrafts[key], ...draft } } })),
  answerSaved: (key, field) =>
    set((s) => {
      const { [field]: _saved, error: _error, ...rest } = s.answerDrafts[key] ?? {};
      return { answerDrafts: { ...s.answerDrafts, [key]: rest } };
    }),
});
