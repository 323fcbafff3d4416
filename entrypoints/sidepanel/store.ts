import { create } from 'zustand';
import { createExportSlice, type ExportSlice } from '@/lib/export/ui-slice';
import { createNotesSlice, type NotesSlice } from '@/lib/notes/ui-slice';
import { createQuestionnaireSlice, type QuestionnaireSlice } from '@/lib/questionnaire/ui-slice';
import { createVendorsSlice, type VendorsSlice } from '@/lib/vendors/ui-slice';

/** The side panel's one bound store: UI state only. Data lives in Dexie and is read with live queries. */
export type PanelState = NotesSlice & VendorsSlice & QuestionnaireSlice & ExportSlice;

export const usePanelStore = create<PanelState>()((...a) => ({
  ...createNotesSlice(...a),
  ...createVendorsSlice(...a),
  ...createQuestionnaireSlice(...a),
  ...createExportSlice(...a),
}));
