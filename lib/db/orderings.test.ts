import { describe, expect, it } from 'vitest';
import { latestAssessmentRow, rowId, sortedBy } from './orderings';

describe('orderings of stored rows', () => {
  it('sorts by a field either way, ties and damaged rows keeping the order read', () => {
    const rows = [
      { id: 'a', at: 2 },
      { id: 'b', at: 1 },
      { id: 'c', at: 2 },
    ];
    expect(sortedBy(rows, 'at').map((r) => r.id)).toEqual(['b', 'a', 'c']);
    expect(sortedBy(rows, 'at', 'desc').map((r) => r.id)).toEqual(['a', 'c', 'b']);
    expect(rows.map((r) => r.id)).toEqual(['a', 'b', 'c']); // a copy: the rows read are left as they were
    const damaged = [{ id: 'd', at: 'not a time' }, null, { id: 'e', at: 3 }];
    expect(sortedBy(damaged, 'at')).toEqual(damaged);
  });

  it('takes the most recently updated assessment as the review, and ids only when they are strings', () => {
    expect(
      latestAssessmentRow([
        { id: 'x', updatedAt: 5 },
        { id: 'y', updatedAt: 9 },
        { id: 'z', updatedAt: 1 },
      ]),
    ).toEqual({
      id: 'y',
      updatedAt: 9,
    });
    expect(latestAssessmentRow([])).toBeUndefined();
    expect([rowId({ id: 'x' }), rowId({ id: 7 }), rowId(undefined)]).toEqual(['x', undefined, undefined]);
  });
});
