import { describe, expect, it } from 'vitest';
import { create } from 'zustand';
import { createQuestionnaireSlice, showsDraft } from './ui-slice';

describe('answer drafts', () => {
  it('keep a saved value on screen until the stored answer moves off the one it was saved over', () => {
    const store = create(createQuestionnaireSlice);
    const { answerEdited, answerSaved } = store.getState();
    answerEdited('a:q', { value: 'type-2', error: undefined });
    expect(showsDraft(store.getState().answerDrafts['a:q']!, 'value', undefined)).toBe(true);
    answerSaved('a:q', 'value', undefined);
    const saved = store.getState().answerDrafts['a:q']!;
    // Saved, but the live query still returns the old (absent) answer: the draft stays shown.
    expect(showsDraft(saved, 'value', undefined)).toBe(true);
    // The re-query brings the saved value, or any other change made elsewhere: the stored one wins.
    expect(showsDraft(saved, 'value', 'type-2')).toBe(false);
    expect(showsDraft(saved, 'value', 'type-1')).toBe(false);
    // A new edit is unsaved again and shown whatever is stored.
    answerEdited('a:q', { value: 'type-1', error: undefined });
    expect(showsDraft(store.getState().answerDrafts['a:q']!, 'value', 'type-2')).toBe(true);
  });

  it('handle notes the same way, field by field', () => {
    const store = create(createQuestionnaireSlice);
    store.getState().answerEdited('a:q', { note: 'Asked for the bridge letter' });
    store.getState().answerSaved('a:q', 'note', 'old note');
    const draft = store.getState().answerDrafts['a:q']!;
    expect(showsDraft(draft, 'note', 'old note')).toBe(true);
    expect(showsDraft(draft, 'note', 'Asked for the bridge letter')).toBe(false);
    expect(showsDraft(draft, 'value', 'anything')).toBe(false);
  });
});
