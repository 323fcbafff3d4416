import { createAnswersRepo } from './answers-repo';
import { createAssessmentsRepo } from './assessments-repo';
import { db } from './db';
import { createNotesRepo } from './notes-repo';
import { createRemindersRepo } from './reminders-repo';
import { createVendorsRepo } from './vendors-repo';

/** Repos bound to this context's database. Components and hooks use these; tests build their own. */
export const vendorsRepo = createVendorsRepo(db);
export const assessmentsRepo = createAssessmentsRepo(db);
export const notesRepo = createNotesRepo(db);
export const answersRepo = createAnswersRepo(db);
export const remindersRepo = createRemindersRepo(db);
