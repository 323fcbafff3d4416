import { describe, expect, it } from 'vitest';
import { reviewHarness } from '@/tests/helpers/review';
import { reading } from '@/tests/helpers/report-reading';
import { DuplicateReportError } from '../db/report-files-repo';
import { buildFindings } from '../export/findings';
import { findingsToMarkdown } from '../export/to-markdown';
import { Q } from '../questionnaire/question-ids';

const FILE = { name: 'quillwork-soc2.pdf', size: 123_456, sha256: 'a'.repeat(64) };

describe('report facts through the one write path', () => {
  it('stores the facts, quotes and pages (never the file), once per file', async () => {
    const h = reviewHarness();
    const v = await h.service.createVendor({ name: 'Quillwork' });
    const stored = await h.service.addReportFile({ vendorId: v.id }, FILE, reading());
    expect(stored).toMatchObject({
      vendorId: v.id,
      fileName: FILE.name,
      fileSize: FILE.size,
      sha256: FILE.sha256,
    });
    expect(Object.keys(stored).sort()).toEqual([
      'fileName',
      'fileSize',
      'id',
      'readAt',
      'reading',
      'sha256',
      'vendorId',
    ]);
    await expect(h.service.addReportFile({ vendorId: v.id }, FILE, reading())).rejects.toBeInstanceOf(
      DuplicateReportError,
    );
    expect(await h.db.reportFiles.count()).toBe(1);
  });

  it('accepted report dates drive the summary and reminders like any answer', async () => {
    const h = reviewHarness();
    const v = await h.service.createVendor({ name: 'Quillwork' });
    await h.service.addReportFile({ vendorId: v.id }, FILE, reading());
    await h.service.saveAnswer(
      { vendorId: v.id },
      {
        questionId: Q.reportType,
        value: 'type-2',
        author: 'D',
        evidence: [{ file: FILE.name, page: 'i', quote: 'SOC 2 Type 2', capturedAt: 1 }],
      },
    );
    await h.service.saveAnswer(
      { vendorId: v.id },
      { questionId: Q.observationWindow, value: { start: '2025-04-01', end: '2026-03-31' }, author: 'D' },
    );
    expect((await h.db.vendors.get(v.id))?.summary?.nextStaleOn).toBe('2027-03-31');
    expect((await h.db.reminders.toArray()).map((r) => r.staleOn)).toEqual(['2027-03-31']);
    expect((await h.db.answers.toArray()).find((a) => a.questionId === Q.reportType)?.evidence).toEqual([
      { file: FILE.name, page: 'i', quote: 'SOC 2 Type 2', capturedAt: 1 },
    ]);
  });

  it('deleting the vendor deletes what was read from its reports; a merge moves them', async () => {
    const h = reviewHarness();
    const a = await h.service.createVendor({ name: 'A' });
    const b = await h.service.createVendor({ name: 'B' });
    await h.service.addReportFile({ vendorId: b.id }, FILE, reading());
    await h.service.mergeVendors(a.id, b.id);
    expect((await h.db.reportFiles.toArray()).map((f) => f.vendorId)).toEqual([a.id]);
    await h.service.deleteVendor(a.id);
    expect(await h.db.reportFiles.count()).toBe(0);
  });

  it('puts the CUECs in the export as "Our obligations under this report"', async () => {
    const h = reviewHarness();
    const v = await h.service.createVendor({ name: 'Quillwork' });
    const file = await h.service.addReportFile({ vendorId: v.id }, FILE, reading());
    const md = findingsToMarkdown(
      buildFindings({
        vendor: v,
        detection: null,
        assessment: null,
        answers: [],
        note: '',
        today: '2026-12-01',
        exportedAt: new Date(),
        reports: [file],
      }),
      'full',
    );
    expect(md).toContain('## From the report: quillwork-soc2.pdf');
    expect(md).toContain('- **Service auditor:** Hollis \\& Vane LLP (p. 5)');
    expect(md).toContain('### Our obligations under this report');
    expect(md).toContain(
      '1. User entities are responsible for reviewing access of their users quarterly. (p. 18)',
    );
    expect(md).toContain('- **CC6.2** (p. 37): Exception noted.');
  });
});
