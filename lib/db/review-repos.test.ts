import { describe, expect, it } from 'vitest';
import { freshDb } from '@/tests/helpers/test-db';
import { Q } from '../questionnaire/question-ids';
import { createAnswersRepo } from './answers-repo';
import { createAssessmentsRepo } from './assessments-repo';
import { createNotesRepo } from './notes-repo';
import { createVendorsRepo } from './vendors-repo';

async function setup() {
  const db = freshDb();
  let t = 1_000;
  const now = () => (t += 1000);
  const vendors = createVendorsRepo(db, now);
  const assessments = createAssessmentsRepo(db, now);
  const answers = createAnswersRepo(db, now);
  const vendor = await vendors.create({ name: 'Acme', domain: 'acme.com', tier: 'standard' });
  const assessment = await assessments.ensureFor(vendor.id);
  return { db, vendors, assessments, answers, vendor, assessment };
}

describe('answers repo', () => {
  it('saves a validated answer and records who changed what', async () => {
    const { answers, assessment } = await setup();
    await answers.save({
      assessmentId: assessment.id,
      questionId: Q.reportType,
      value: 'type-2',
      author: 'Dana',
    });
    await answers.save({
      assessmentId: assessment.id,
      questionId: Q.observationWindow,
      value: { start: '2025-03-01', end: '2025-11-30' },
      author: 'Dana',
    });
    await answers.save({
      assessmentId: assessment.id,
      questionId: Q.reportType,
      value: 'type-1',
      author: 'Lee',
    });

    const history = await answers.history(assessment.id);
    expect(history.map((h) => [h.author, h.questionId, h.before?.value ?? null, h.after.value])).toEqual([
      ['Lee', Q.reportType, 'type-2', 'type-1'],
      ['Dana', Q.observationWindow, null, { start: '2025-03-01', end: '2025-11-30' }],
      ['Dana', Q.reportType, null, 'type-2'],
    ]);
  });

  it('refuses an invalid answer and changes nothing', async () => {
    const { answers, assessment, db } = await setup();
    await expect(
      answers.save({
        assessmentId: assessment.id,
        questionId: Q.observationWindow,
        value: { start: '2026-03-01', end: '2025-03-01' },
        author: 'Dana',
      }),
    ).rejects.toThrow('The window ends before it starts');
    await expect(
      answers.save({
        assessmentId: assessment.id,
        questionId: 'no-such-question',
        value: 'x',
        author: 'Dana',
      }),
    ).rejects.toThrow(/Unknown question/);
    expect(await db.answers.count()).toBe(0);
    expect(await db.answerHistory.count()).toBe(0);
  });

  it('keeps a note-only change in the history and does not log an unchanged save', async () => {
    const { answers, assessment } = await setup();
    await answers.save({
      assessmentId: assessment.id,
      questionId: Q.opinion,
      value: 'unqualified',
      author: 'D',
    });
    await answers.save({
      assessmentId: assessment.id,
      questionId: Q.opinion,
      note: 'Per page 4',
      author: 'D',
    });
    await answers.save({
      assessmentId: assessment.id,
      questionId: Q.opinion,
      value: 'unqualified',
      author: 'D',
    });
    const history = await answers.history(assessment.id);
    expect(history).toHaveLength(2);
    expect(history[0]?.after).toEqual({ value: 'unqualified', note: 'Per page 4' });
  });
});

describe('vendor management', () => {
  it('soft-deletes with undo, and merges two records without losing a review', async () => {
    const { vendors, assessments, db, vendor, assessment } = await setup();
    const notes = createNotesRepo(db);
    await notes.save({ assessmentId: assessment.id, body: 'keep me' });
    const other = await vendors.create({ name: 'Acme (SafeBase)', domain: 'acme.safebase.us' });
    const otherReview = await assessments.ensureFor(other.id);

    await vendors.remove(other.id);
    expect((await vendors.list()).map((v) => v.name)).toEqual(['Acme']);
    await vendors.restore(other.id);
    expect(await vendors.list()).toHaveLength(2);

    const merged = await vendors.merge(vendor.id, other.id);
    expect(merged.hosts).toEqual(['acme.com', 'acme.safebase.us']);
    expect((await vendors.list()).map((v) => v.id)).toEqual([vendor.id]);
    expect((await db.assessments.get(otherReview.id))?.vendorId).toBe(vendor.id);
    expect((await notes.forAssessment(assessment.id))?.body).toBe('keep me');
    await expect(vendors.merge(vendor.id, vendor.id)).rejects.toThrow(/two different/);
  });

  it('signs a review off only with a reviewer name, and can reopen it', async () => {
    const { assessments, assessment } = await setup();
    await expect(assessments.signOff(assessment.id)).rejects.toThrow(/reviewer’s name/);
    await assessments.updateRecord(assessment.id, { reviewer: 'Dana Scully', reviewDate: '2026-11-26' });
    const final = await assessments.signOff(assessment.id);
    expect(final).toMatchObject({ status: 'final', signedOffBy: 'Dana Scully' });
    expect((await assessments.reopen(assessment.id)).status).toBe('draft');
    await expect(assessments.updateRecord(assessment.id, { reviewDate: '2026-02-30' })).rejects.toThrow();
  });
});
