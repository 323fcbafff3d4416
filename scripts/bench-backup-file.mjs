// A valid Vendorscope backup of `n` vendors (about 200 bytes of JSON each: 200,000 ≈ 40 MB), for the
// restore figures of `npm run bench`. Plain data, generated; no real vendor.
export function bigBackupJson(n) {
  const now = Date.UTC(2026, 10, 1);
  const vendors = [];
  for (let i = 0; i < n; i++) {
    const id = `b${i}`;
    vendors.push({
      id,
      name: `Vendor ${i}`,
      domain: `bv${i}.example`,
      hosts: [],
      urls: [],
      platform: null,
      tier: ['standard', 'high-stakes', 'regulated'][i % 3],
      source: 'manual',
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
      nextStaleOn: null,
      summary: null,
    });
  }
  const backup = {
    app: 'vendorscope',
    formatVersion: 2,
    exportedAt: new Date(now).toISOString(),
    dbVersion: 5,
    tables: { vendors, assessments: [], answers: [], answerHistory: [], reports: [], notes: [] },
  };
  return JSON.stringify(backup);
}
