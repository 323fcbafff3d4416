import type { StateCreator } from 'zustand';
import type { SaveBase } from '../db/conflict';
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
  /** Per field, what this editing session started from: a save over a newer one is refused. */
  base?: Partial<Record<DraftField, SaveBase>>;
  /** The field whose save failed (storage full, database gone…): the card offers Retry. */
  saveFailed?: DraftField;
  /** Another window saved this field while it was being edited here: what it saved. */
  conflict?: { field: DraftField; theirs: unknown; theirsRev: number };
}
export type DraftField = 'value' | 'note';

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
  /**
   * The draft's `field` was saved over `storedBefore` (as revision `saved.rev`, the base from now on);
   * it gives way once the stored answer changes. With `sent` (what the draft held when that save was
   * made): a draft edited since then stays as it is, error and all, as the save was not of it.
   */
  answerSaved: (
    key: string,
    field: DraftField,
    storedBefore: unknown,
    saved?: SaveBase,
    sent?: { draft: unknown },
  ) => void;
  answerConflicted: (key: string, conflict: NonNullable<AnswerDraft['conflict']>) => void;
  /** The reviewer resolved a conflict: `field` now holds `value`, based on what the other window saved. */
  answerConflictResolved: (key: string, field: DraftField, value: unknown) => void;
  /** Drop the draft of `field`: the card shows (and follows) the stored answer. */
  answerDraftDropped: (key: string, field: DraftField) => void;
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
  answerSaved: (key, field, storedBefore, saved, sent) =>
    set((s) => {
      const draft = s.answerDrafts[key] ?? {};
      // Typed again while the save was on its way (a save ends after its write and the journal's):
      // the newer draft, maybe invalid and with its error, must not give way to the stored answer.
      if (sent && json(draft[field]) !== json(sent.draft)) {
        const base = saved ? { ...draft.base, [field]: saved } : draft.base;
        return { answerDrafts: { ...s.answerDrafts, [key]: { ...draft, base } } };
      }
      const { error: _error, saveFailed: _failed, ...rest } = draft;
      const savedOver = field in rest ? { ...rest.savedOver, [field]: json(storedBefore) } : rest.savedOver;
      const base = saved ? { ...rest.base, [field]: saved } : rest.base;
      return { answerDrafts: { ...s.answerDrafts, [key]: { ...rest, savedOver, base } } };
    }),
  answerConflicted: (key, conflict) =>
    set((s) => {
      const { error: _error, ...rest } = s.answerDrafts[key] ?? {};
      return { answerDrafts: { ...s.answerDrafts, [key]: { ...rest, conflict } } };
    }),
  answerConflictResolved: (key, field, value) =>
    set((s) => {
      const { conflict, savedOver, ...rest } = s.answerDrafts[key] ?? {};
      if (!conflict) return {};
      const base = { ...rest.base, [field]: { rev: conflict.theirsRev, value: conflict.theirs } };
      const { [field]: _over, ...otherOver } = savedOver ?? {};
      return {
        answerDrafts: { ...s.answerDrafts, [key]: { ...rest, [field]: value, base, savedOver: otherOver } },
      };
    }),
  answerDraftDropped: (key, field) =>
    set((s) => {
      const { conflict: _c, [field]: _v, savedOver, base, ...rest } = s.answerDrafts[key] ?? {};
      const { [field]: _o, ...over } = savedOver ?? {};
      const { [field]: _b, ...otherBase } = base ?? {};
      return { answerDrafts: { ...s.answerDrafts, [key]: { ...rest, savedOver: over, base: otherBase } } };
    }),
});
