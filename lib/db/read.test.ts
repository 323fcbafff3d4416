import { describe, expect, it } from 'vitest';
import { freshDb } from '@/tests/helpers/test-db';
import { checkRecord, checkRecords } from './read';
import { vendorSchema } from './schema';
import { createVendorsRepo } from './vendors-repo';

describe('the read boundary', () => {
  it('passes valid records, counts damaged ones and leaves them in the database', async () => {
    const db = freshDb();
    const vendors = createVendorsRepo(db);
    const ok = await vendors.create({ name: 'Acme', domain: 'acme.com' });
    // A record damaged outside the repos (another version, a bad restore by hand): no name, bad tier.
    await db.vendors.put({ ...ok, id: 'damaged', name: '', tier: 'extreme' } as never);
    const checked = checkRecords(vendorSchema, await vendors.list());
    expect(checked.records.map((v) => v.id)).toEqual([ok.id]);
    expect(checked.unreadable).toBe(1);
    expect(await db.vendors.get('damaged')).toMatchObject({ name: '', tier: 'extreme' });
  });

  it('reads a missing record as missing, not as damaged', () => {
    expect(checkRecord(vendorSchema, undefined)).toEqual({ record: undefined, unreadable: 0 });
    expect(checkRecord(vendorSchema, { id: 'x' })).toEqual({ record: undefined, unreadable: 1 });
  });
});
