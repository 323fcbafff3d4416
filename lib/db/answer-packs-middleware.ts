import type {
  DBCore,
  DBCoreKeyRange,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import { packAnswers, packIdOf, readPack, type AnswerPack, type StoredRecord } from './answer-packs';

const ANSWERS = 'answers';
export const ANSWER_PACKS = 'answerPacks';

// DBCoreRangeType is a const enum in Dexie's types, which isolated modules cannot import: its values.
const EQUAL = 1 as DBCoreKeyRange['type'];

/** Answer ids are strings (idSchema); a key of another kind never reaches IndexedDB through our writes. */
const isKey = (key: unknown): key is string | number =>
  typeof key === 'string' || (typeof key === 'number' && !Number.isNaN(key));

/** The primary keys a write touches, whatever kind of write it is. */
async function touchedKeys(answers: DBCoreTable, req: DBCoreMutateRequest): Promise<(string | number)[]> {
  const pk = answers.schema.primaryKey;
  let keys: unknown[];
  if (req.type === 'deleteRange') {
    const found = await answers.query({
      trans: req.trans,
      values: false,
      query: { index: pk, range: req.range },
    });
    keys = found.result;
  } else if (req.type === 'delete') keys = req.keys;
  else keys = req.values.map((value, i) => req.keys?.[i] ?? pk.extractKey?.(value));
  return [...new Set(keys.filter(isKey))];
}

/**
 * Every answer write, whoever makes it (the review service, a restore, an upgrade, a test), rewrites the
 * packs of the assessments it touched, in the same transaction: before and after the write, so an answer
 * moved to another assessment (a merge) or deleted leaves the pack it was in. A pack is rebuilt from the
 * answers index, never patched, so it cannot drift from the table; only answers without an assessment id
 * (which no validated write makes) are kept incrementally, in pack "".
 */
async function mutateWithPacks(
  answers: DBCoreTable,
  packs: DBCoreTable,
  req: DBCoreMutateRequest,
): Promise<DBCoreMutateResponse> {
  const { trans } = req;
  const keys = await touchedKeys(answers, req);
  if (!keys.length) return answers.mutate(req);
  const before = (await answers.getMany({ trans, keys })) as (StoredRecord | undefined)[];
  const response = await answers.mutate(req);
  const after = (await answers.getMany({ trans, keys })) as (StoredRecord | undefined)[];

  const packIds = new Set<string>();
  for (const record of [...before, ...after]) if (record) packIds.add(packIdOf(record));
  const puts: AnswerPack[] = [];
  const deletes: string[] = [];
  const byAssessment = answers.schema.getIndexByKeyPath('assessmentId');
  // All reads at once: a restore touches thousands of packs, and each read is an IndexedDB round trip.
  const ids = [...packIds];
  const contents = await Promise.all(
    ids.map((packId) =>
      packId
        ? rebuildFromIndex(answers, trans, byAssessment, packId)
        : patchUnassigned(packs, trans, keys, after),
    ),
  );
  ids.forEach((packId, i) => {
    const records = contents[i]!;
    if (records.length) puts.push(packAnswers(packId, records));
    else deletes.push(packId);
  });
  if (puts.length) await packs.mutate({ type: 'put', trans, values: puts });
  if (deletes.length) await packs.mutate({ type: 'delete', trans, keys: deletes });
  return response;
}

async function rebuildFromIndex(
  answers: DBCoreTable,
  trans: DBCoreTransaction,
  index: DBCoreTable['schema']['indexes'][number] | undefined,
  packId: string,
): Promise<StoredRecord[]> {
  if (!index) throw new Error('The answers table has no assessmentId index: answer packs cannot be kept');
  const range: DBCoreKeyRange = { type: EQUAL, lower: packId, upper: packId };
  return (await answers.query({ trans, values: true, query: { index, range } })).result as StoredRecord[];
}

/** Pack "" (answers with no assessment id, not indexed): what it held, less the touched keys, plus their new values. */
async function patchUnassigned(
  packs: DBCoreTable,
  trans: DBCoreTransaction,
  keys: readonly (string | number)[],
  after: readonly (StoredRecord | undefined)[],
): Promise<StoredRecord[]> {
  const touched = new Set<unknown>(keys);
  const kept = (readPack(await packs.get({ trans, key: '' })) ?? []).filter((r) => !touched.has(r.id));
  return [...kept, ...after.filter((r): r is StoredRecord => !!r && packIdOf(r) === '')];
}

/**
 * The Dexie middleware that keeps answer packs (lib/db/answer-packs.ts): it adds the packs table to every
 * read-write transaction that writes answers, and rewrites the touched packs with each answer write.
 * It sits below Dexie's own middlewares, so liveQuery observes only the answers (nobody observes packs).
 * Databases older than v6 have no packs table; the middleware then stays out of the way (the v6 upgrade
 * builds every pack).
 */
export const answerPacksMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'AnswerPacks',
  // Below Dexie's own middlewares (observability 0, cache -1): they read Dexie's zone, which the awaits
  // here do not carry; IndexedDB itself needs none. Above us they see the answer write as one write.
  level: -2,
  create(down) {
    const packed = (trans: DBCoreTransaction) =>
      (trans as unknown as IDBTransaction).objectStoreNames?.contains(ANSWER_PACKS) ?? false;
    return {
      ...down,
      transaction(stores, mode, options) {
        const withPacks =
          mode === 'readwrite' &&
          stores.includes(ANSWERS) &&
          !stores.includes(ANSWER_PACKS) &&
          down.schema.tables.some((t) => t.name === ANSWER_PACKS);
        return down.transaction(withPacks ? [...stores, ANSWER_PACKS] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== ANSWERS) return table;
        return {
          ...table,
          mutate: (req) =>
            packed(req.trans) ? mutateWithPacks(table, down.table(ANSWER_PACKS), req) : table.mutate(req),
        };
      },
    };
  },
};
