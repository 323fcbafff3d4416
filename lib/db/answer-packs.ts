import { z } from '../zod';

/**
 * Answer packs: every answer of one assessment, kept as one compact JSON text beside the answers table
 * (derived, written by lib/db/answer-packs-middleware.ts in the same transaction as any answer write).
 * Why: IndexedDB reads cost per record and per byte (here ~10 µs a record and ~55 µs a KB), so the
 * backup's 40,000 answer records took 850–1,100 ms to read. 1,000 packs hold the same answers in a third
 * of the bytes (field names and the assessment id are not repeated) and read in a fraction of that.
 * A pack restores each record exactly as stored: every field, in its order, missing fields missing.
 */

/** One assessment's answers. `data` is {@link packAnswers}' JSON text. */
export const answerPackSchema = z.object({
  id: z.string(),
  count: z.number().check(z.int(), z.nonnegative()),
  data: z.string(),
});
export type AnswerPack = z.infer<typeof answerPackSchema>;

/**
 * In a shape, where a record's `assessmentId` stood when it equalled the pack's id (not repeated). Real
 * keys starting with "@" are written with one more "@", so no key can pass for it.
 */
const SAME_ASSESSMENT = '@assessmentId';
const escapeKey = (key: string) => (key.startsWith('@') ? `@${key}` : key);
const unescapeKey = (key: string) => (key.startsWith('@@') ? key.slice(1) : key);

interface PackData {
  /** The key lists records have, each once: records point to theirs by index. */
  shapes: string[][];
  /** Per record: its shape's index, then its values in that shape's order. */
  rows: unknown[][];
}

const packDataSchema = z.object({
  shapes: z.array(z.array(z.string())),
  rows: z.array(z.array(z.unknown()).check(z.minLength(1))),
});

/** A record as IndexedDB holds it: whatever fields it has (packs keep them all). */
export type StoredRecord = Record<string, unknown>;

/** The pack an answer belongs to: its assessment's id; records without a string id share pack "". */
export const packIdOf = (answer: unknown): string => {
  const id = (answer as StoredRecord | null)?.assessmentId;
  return typeof id === 'string' ? id : '';
};

const answerId = (answer: StoredRecord): string => String(answer.id);

/** Orders records as IndexedDB orders string primary keys (by UTF-16 code units, as `<` does). */
export const byId = (a: StoredRecord, b: StoredRecord): number => {
  const x = answerId(a);
  const y = answerId(b);
  return x < y ? -1 : x > y ? 1 : 0;
};

/** Packs one assessment's answers (records as stored), sorted by id so the same answers give the same pack. */
export function packAnswers(packId: string, answers: readonly StoredRecord[]): AnswerPack {
  const shapes: string[][] = [];
  const shapeIndex = new Map<string, number>();
  const rows = [...answers].sort(byId).map((record) => {
    // As JSON.stringify writes the record: a field set to undefined is left out.
    const keys = Object.keys(record).filter((k) => record[k] !== undefined);
    const shape = keys.map((k) =>
      k === 'assessmentId' && record[k] === packId ? SAME_ASSESSMENT : escapeKey(k),
    );
    const signature = shape.join('\u0000');
    let index = shapeIndex.get(signature);
    if (index === undefined) {
      index = shapes.push(shape) - 1;
      shapeIndex.set(signature, index);
    }
    return [index, ...keys.filter((_, i) => shape[i] !== SAME_ASSESSMENT).map((k) => record[k])];
  });
  const data: PackData = { shapes, rows };
  return { id: packId, count: rows.length, data: JSON.stringify(data) };
}

/** The records a pack holds, each as it was stored. Throws on a pack this code did not write. */
export function unpackAnswers(pack: AnswerPack): StoredRecord[] {
  const { shapes, rows } = packDataSchema.parse(JSON.parse(pack.data));
  return rows.map(([index, ...values]) => {
    const shape = shapes[index as number];
    if (!shape) throw new Error(`Answer pack “${pack.id}” refers to a shape it does not have`);
    const record: StoredRecord = {};
    let next = 0;
    for (const key of shape) {
      if (key === SAME_ASSESSMENT) record.assessmentId = pack.id;
      else record[unescapeKey(key)] = values[next++];
    }
    return record;
  });
}

/** A pack's records as stored, or null when it is not one this code wrote (then it is not trusted). */
export function readPack(stored: unknown): StoredRecord[] | null {
  const pack = answerPackSchema.safeParse(stored);
  if (!pack.success) return null;
  try {
    return unpackAnswers(pack.data);
  } catch {
    return null;
  }
}

/**
 * Every answer in the packs, in primary-key order (as a read of the answers table gives them); null when
 * any pack cannot be read.
 */
export function answersFromPacks(packs: readonly unknown[]): StoredRecord[] | null {
  const all: StoredRecord[] = [];
  for (const stored of packs) {
    const records = readPack(stored);
    if (!records) return null;
    for (const record of records) all.push(record);
  }
  return all.sort(byId);
}
