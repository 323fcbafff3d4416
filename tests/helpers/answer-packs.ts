import { expect } from 'vitest';
import { answersFromPacks, readPack } from '@/lib/db/answer-packs';
import type { AppDB } from '@/lib/db/app-db';

/**
 * The answer packs hold exactly the answers table: every record, field for field and in key order, in
 * primary-key order, no pack empty and each pack's count right.
 */
export async function expectPacksMatchAnswers(db: AppDB): Promise<void> {
  const [answers, packs] = await db.transaction('r', db.answers, db.answerPacks, () =>
    Promise.all([db.answers.toArray(), db.answerPacks.toArray()]),
  );
  const unpacked = answersFromPacks(packs);
  expect(unpacked).toEqual(answers);
  expect(JSON.stringify(unpacked)).toBe(JSON.stringify(answers));
  for (const pack of packs) {
    expect(pack.count).toBeGreaterThan(0);
    expect(readPack(pack)).toHaveLength(pack.count);
  }
}
