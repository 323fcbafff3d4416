import { create } from 'zustand';
import { createNotesSlice, type NotesSlice } from '@/lib/notes/ui-slice';
import { createQuestionnaireSlice, type QuestionnaireSlice } from '@/lib/questionnaire/ui-slice';
import { createVendorsSlice, type VendorsSlice } from '@/lib/vendors/ui-slice';

/** The side panel's one bound store: UI state only. Data lives in Dexie and is read with live queries. */
export type PanelState = NotesSlice & VendorsSlice & QuestionnaireSlice;

export const usePanelStore = create<PanelState>()((...a) => ({
  ...createNotesSlice(...a),
  ...createVendorsSlice(...a),
  ...createQuestionnaireSlice(...a),
}));
