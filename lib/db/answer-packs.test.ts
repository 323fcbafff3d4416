import { describe, expect, it } from 'vitest';
import { answersFromPacks, packAnswers, readPack, unpackAnswers } from './answer-packs';

const answer = (id: string, assessmentId: string, extra: Record<string, unknown> = {}) => ({
  id,
  assessmentId,
  questionId: 'soc2-report-type',
  value: { start: '2026-01-01', end: '2026-12-31' },
  note: 'Bridge letter asked for.',
  evidence: [{ quote: 'SOC 2 Type II', url: 'https://trust.acme.example/' }],
  updatedAt: 1795000000000,
  ...extra,
});

describe('answer packs', () => {
  it('give back each record as stored: its fields, their order, missing ones missing, sorted by id', () => {
    const records = [
      answer('b', 'a1', { rev: 3 }),
      // Fields in another order, and no revision (records from before revisions).
      { note: '', id: 'a', questionId: 'q', assessmentId: 'a1', value: null, evidence: [], updatedAt: 1 },
      // Filed under another assessment than the pack's: its own id is kept.
      answer('c', 'other'),
    ];
    const back = unpackAnswers(packAnswers('a1', records));
    expect(JSON.stringify(back)).toBe(JSON.stringify([records[1], records[0], records[2]]));
  });

  it('do not repeat field names or the assessment id: far fewer bytes than the records', () => {
    const records = Array.from({ length: 40 }, (_, i) =>
      answer(
        `3f2b1c9e-8d4a-4c1b-9e2f-${String(i).padStart(12, '0')}`,
        '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
      ),
    );
    const pack = packAnswers('9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', records);
    expect(pack.count).toBe(40);
    expect(pack.data.length).toBeLessThan(JSON.stringify(records).length * 0.7);
  });

  it('keep a field set to undefined out, as JSON does, and a key that looks like their marker intact', () => {
    const odd = { ...answer('x', 'a1'), rev: undefined, '@assessmentId': 'not the marker', '@@x': 1 };
    const [back] = unpackAnswers(packAnswers('a1', [odd]));
    expect(back).toEqual(JSON.parse(JSON.stringify(odd)));
    expect(Object.keys(back!)).toEqual(Object.keys(JSON.parse(JSON.stringify(odd))));
  });

  it('a pack this code did not write is not read (null), and then no backup is made from packs', () => {
    const good = packAnswers('a1', [answer('a', 'a1')]);
    expect(readPack(good)).toHaveLength(1);
    expect(readPack({ id: 'a1', count: 1, data: '{"shapes":[],"rows":[[0,"a"]]}' })).toBeNull();
    expect(readPack({ id: 'a1', count: 1, data: 'not json' })).toBeNull();
    expect(readPack({ id: 'a1' })).toBeNull();
    expect(answersFromPacks([good, { id: 'a2', data: 5 }])).toBeNull();
  });

  it('all packs together give every answer in primary-key order, as the answers table does', () => {
    const packs = [
      packAnswers('a2', [answer('m', 'a2'), answer('B', 'a2')]),
      packAnswers('a1', [answer('a', 'a1'), answer('z', 'a1')]),
    ];
    expect(answersFromPacks(packs)?.map((a) => a.id)).toEqual(['B', 'a', 'm', 'z']);
  });
});
