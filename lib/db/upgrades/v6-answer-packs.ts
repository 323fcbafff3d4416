import type { Transaction } from 'dexie';
import { packAnswers, packIdOf, type StoredRecord } from '../answer-packs';

/**
 * v5 → v6 packs every stored answer by assessment (lib/db/answer-packs.ts). From here on, every answer
 * write keeps its packs (lib/db/answer-packs-middleware.ts). Starts from an empty table, so packs the
 * middleware may have written during an earlier step of the same upgrade are replaced, not doubled.
 */
export async function upgradeToV6(tx: Transaction): Promise<void> {
  const byPack = new Map<string, StoredRecord[]>();
  for (const answer of (await tx.table('answers').toArray()) as StoredRecord[]) {
    const id = packIdOf(answer);
    const list = byPack.get(id);
    if (list) list.push(answer);
    else byPack.set(id, [answer]);
  }
  const packs = tx.table('answerPacks');
  await packs.clear();
  await packs.bulkPut([...byPack].map(([id, answers]) => packAnswers(id, answers)));
}
