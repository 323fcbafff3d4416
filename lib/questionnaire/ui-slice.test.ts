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

  it('keep an edit made while the previous save was on its way, error and all', () => {
    const store = create(createQuestionnaireSlice);
    const { answerEdited, answerSaved } = store.getState();
    const valid = { start: '2026-03-01', end: '2026-06-30' };
    const invalid = { start: '2026-03-01', end: '2025-01-01' };
    answerEdited('a:q', { value: valid, error: undefined });
    // The reviewer changes the end again before that save has ended: an end before the start.
    answerEdited('a:q', { value: invalid, error: 'The window ends before it starts.' });
    // The first save ends now, with the valid range stored (the live query already shows it).
    answerSaved('a:q', 'value', undefined, { rev: 2, value: valid }, { draft: valid });
    const draft = store.getState().answerDrafts['a:q']!;
    expect(showsDraft(draft, 'value', valid)).toBe(true);
    expect(draft).toMatchObject({ value: invalid, error: 'The window ends before it starts.' });
    // Its revision is the base of the next save all the same.
    expect(draft.base?.value).toEqual({ rev: 2, value: valid });
    // The save of what is still on screen makes it give way as before.
    answerSaved('a:q', 'value', valid, { rev: 3, value: invalid }, { draft: invalid });
    expect(showsDraft(store.getState().answerDrafts['a:q']!, 'value', invalid)).toBe(false);
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
