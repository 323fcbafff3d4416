import { describe, expect, it } from 'vitest';
import { create } from 'zustand';
import { createNotesSlice, shownNote, type NotesSlice } from './ui-slice';

const store = () => create<NotesSlice>()((...a) => createNotesSlice(...a));

describe('note drafts', () => {
  it('a panel that is not editing shows the stored note, and follows it when another window saves', () => {
    expect(shownNote(undefined, { body: 'v1', rev: 1 })).toEqual({ text: 'v1', editing: false });
    expect(shownNote(undefined, { body: 'v2', rev: 2 })).toEqual({ text: 'v2', editing: false });
  });

  it('an edit starts from the note on screen and keeps that base until its save lands', () => {
    const s = store();
    s.getState().noteEdited('k', 'v1 a', { rev: 1, value: 'v1' });
    s.getState().noteEdited('k', 'v1 ab', { rev: 2, value: 'other' });
    expect(s.getState().drafts.k?.base).toEqual({ rev: 1, value: 'v1' });
    expect(shownNote(s.getState().drafts.k, { body: 'other', rev: 2 })).toEqual({
      text: 'v1 ab',
      editing: true,
    });
    s.getState().noteSaved('k', 1, 'v1 ab', 3);
    // Saved, and the store has it: the panel follows the store again (a later save elsewhere shows).
    expect(shownNote(s.getState().drafts.k, { body: 'v1 ab', rev: 3 })).toEqual({
      text: 'v1 ab',
      editing: false,
    });
    expect(shownNote(s.getState().drafts.k, { body: 'newer', rev: 4 })).toEqual({
      text: 'newer',
      editing: false,
    });
    // A new edit then starts from what was on screen.
    s.getState().noteEdited('k', 'newer!', { rev: 4, value: 'newer' });
    expect(s.getState().drafts.k?.base).toEqual({ rev: 4, value: 'newer' });
  });

  it('typing on while a save runs keeps the newer text, based on what was saved', () => {
    const s = store();
    s.getState().noteEdited('k', 'ab', { rev: 0, value: '' });
    s.getState().noteEdited('k', 'abc', { rev: 0, value: '' });
    s.getState().noteSaved('k', 1, 'ab', 1);
    expect(s.getState().drafts.k).toEqual({ text: 'abc', base: { rev: 1, value: 'ab' } });
    expect(shownNote(s.getState().drafts.k, { body: 'ab', rev: 1 }).text).toBe('abc');
  });

  it('a conflict keeps both texts until the reviewer chooses', () => {
    const s = store();
    s.getState().noteEdited('k', 'mine', { rev: 1, value: 'v1' });
    s.getState().noteConflicted('k', { theirs: 'theirs', theirsRev: 2 });
    expect(shownNote(s.getState().drafts.k, { body: 'theirs', rev: 2 })).toEqual({
      text: 'mine',
      editing: true,
    });
    s.getState().noteConflictResolved('k', 'theirs\n\nmine');
    expect(s.getState().drafts.k).toEqual({ text: 'theirs\n\nmine', base: { rev: 2, value: 'theirs' } });
  });
});
