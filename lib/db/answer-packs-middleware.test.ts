import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { expectPacksMatchAnswers } from '@/tests/helpers/answer-packs';
import { freshDb } from '@/tests/helpers/test-db';
import type { Answer } from './schema';

const answer = (id: string, assessmentId: string, value: unknown = 'yes'): Answer => ({
  id,
  assessmentId,
  questionId: `q-${id}`,
  value,
  note: '',
  evidence: [],
  updatedAt: 1795000000000,
});

describe('answer packs are kept with every answer write', () => {
  it('add, put, update, modify, move to another assessment, delete, clear', async () => {
    const db = freshDb();
    await db.answers.add(answer('x1', 'a1'));
    await db.answers.bulkAdd([answer('x2', 'a1'), answer('y1', 'a2'), answer('y2', 'a2')]);
    await expectPacksMatchAnswers(db);
    expect((await db.answerPacks.toArray()).map((p) => [p.id, p.count])).toEqual([
      ['a1', 2],
      ['a2', 2],
    ]);

    await db.answers.put({ ...answer('x1', 'a1', 'no'), note: 'Changed.' });
    await db.answers.update('x2', { note: 'Updated.' });
    await db.answers.where('assessmentId').equals('a2').modify({ note: 'Modified.' });
    await expectPacksMatchAnswers(db);

    // A merge moves an answer to another assessment: it leaves its old pack.
    await db.answers.put(answer('y1', 'a1'));
    await expectPacksMatchAnswers(db);
    expect((await db.answerPacks.get('a2'))?.count).toBe(1);

    await db.answers.delete('y2');
    // The last answer of a2 gone: so is its pack.
    expect(await db.answerPacks.get('a2')).toBeUndefined();
    await db.answers.bulkDelete(['x1']);
    await db.answers
      .where('assessmentId')
      .equals('a1')
      .and((a) => a.id === 'x2')
      .delete();
    await expectPacksMatchAnswers(db);

    await db.answers.bulkPut([answer('z1', 'a3'), answer('z2', 'a4')]);
    await db.answers.clear();
    await expectPacksMatchAnswers(db);
    expect(await db.answerPacks.count()).toBe(0);
  });

  it('a bulk add that partly fails packs exactly what was written', async () => {
    const db = freshDb();
    await db.answers.add(answer('x1', 'a1', 'first'));
    const err = await db.answers
      .bulkAdd([answer('x1', 'a1', 'duplicate'), answer('x2', 'a1'), answer('y1', 'a2')])
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Dexie.BulkError);
    await expectPacksMatchAnswers(db);
    expect((await db.answerPacks.get('a1'))?.count).toBe(2);
  });

  it('a transaction that fails leaves packs as they were, with the answers', async () => {
    const db = freshDb();
    await db.answers.add(answer('x1', 'a1'));
    await expect(
      db.transaction('rw', db.answers, async () => {
        await db.answers.put(answer('x2', 'a1'));
        await db.answers.delete('x1');
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await expectPacksMatchAnswers(db);
    expect((await db.answerPacks.get('a1'))?.count).toBe(1);
  });

  it('many assessments in one write (a restore): each pack right', async () => {
    const db = freshDb();
    const many = Array.from({ length: 300 }, (_, i) => answer(`r${i}`, `a${i % 75}`));
    await db.answers.bulkPut(many);
    await expectPacksMatchAnswers(db);
    expect(await db.answerPacks.count()).toBe(75);
  });

  it('a damaged pack is rebuilt from the answers at the next write to its assessment', async () => {
    const db = freshDb();
    await db.answers.bulkAdd([answer('x1', 'a1'), answer('x2', 'a1')]);
    await db.answerPacks.put({ id: 'a1', count: 9, data: 'damaged' });
    await db.answers.update('x1', { note: 'Again.' });
    await expectPacksMatchAnswers(db);
  });
});
