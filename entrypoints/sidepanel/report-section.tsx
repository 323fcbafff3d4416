import { lazy, Suspense } from 'react';
import { ReportDropZone } from '@/components/report/ReportDropZone';
import type { ReportFile } from '@/lib/db/schema';
import { useReportReader } from '@/lib/report/use-report-reader';
import { reviewService } from '@/lib/review/page-service';
import type { ReviewTarget } from '@/lib/review/service';

// Only a vendor with a report read shows its facts: that code is not loaded with the panel.
const ReportFacts = lazy(() =>
  import('@/components/report/ReportFacts').then((m) => ({ default: m.ReportFacts })),
);

/** The vendor's SOC report: add the PDF (read here, never sent), and what was read from it. */
export function ReportSection({
  target,
  vendorId,
  files,
}: {
  target: ReviewTarget;
  vendorId: string | null;
  files: ReportFile[];
}) {
  const reader = useReportReader(reviewService, target);
  return (
    <section aria-labelledby="report-heading" className="card">
      <h2 id="report-heading">SOC 2 report</h2>
      <ReportDropZone
        state={reader.state}
        onFile={reader.add}
        onPassword={reader.unlock}
        onCancel={reader.cancel}
      />
      {vendorId && files.length > 0 && (
        <Suspense fallback={<p className="muted">Loading what was read…</p>}>
          {files.map((f) => (
            <ReportFacts
              key={f.id}
              file={f}
              onRemove={() => void reviewService.removeReportFile(vendorId, f.id)}
            />
          ))}
        </Suspense>
      )}
    </section>
  );
}
