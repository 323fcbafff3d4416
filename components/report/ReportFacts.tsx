import type { ReportFile } from '@/lib/db/schema';
import type { EvidenceField, ExtractedReport } from '@/lib/report/schema';

const KIND: Record<ExtractedReport['kind'], string> = {
  'soc2-type2': 'SOC 2 Type II',
  'soc2-type1': 'SOC 2 Type I',
  soc3: 'SOC 3',
  soc1: 'SOC 1',
  other: 'Not a SOC report',
};
const OPINION: Record<NonNullable<ExtractedReport['opinion']>, string> = {
  unmodified: 'Unmodified (clean)',
  qualified: 'Qualified',
  adverse: 'Adverse',
  disclaimer: 'Disclaimer of opinion',
};

/** A fact, its page and the sentence it came from; "not found" when the report does not state it. */
function Fact({
  label,
  value,
  r,
  field,
}: {
  label: string;
  value: string | null;
  r: ExtractedReport;
  field: EvidenceField;
}) {
  const ev = r.evidence[field];
  return (
    <>
      <dt>{label}</dt>
      <dd>
        {value ?? <span className="muted">not found</span>}
        {value && ev && (
          <details>
            <summary>p. {ev.page}</summary>
            <blockquote>{ev.quote}</blockquote>
          </details>
        )}
      </dd>
    </>
  );
}

/**
 * "From the report": every fact Vendorscope read from one SOC report PDF, each with its page and
 * quote so the reviewer can check it in seconds. Report text is rendered as text only.
 */
export function ReportFacts({ file, onRemove }: { file: ReportFile; onRemove: () => void }) {
  const r = file.reading.report;
  const period = r.periodStart && r.periodEnd ? `${r.periodStart} to ${r.periodEnd}` : null;
  const tested = r.testsWithoutExceptions;
  return (
    <article className="report-facts" aria-label={`From the report: ${file.fileName}`}>
      <h3>From the report: {file.fileName}</h3>
      <p className="muted">
        Read {new Date(file.readAt).toLocaleString()} · {file.reading.pagesRead} of {file.reading.pageCount}{' '}
        pages
        {file.reading.pagesRead < file.reading.pageCount ? ' (the reader stops at 600 pages)' : ''}
      </p>
      <p className="report-auditor">
        Service auditor: <strong>{r.auditor ?? 'not found'}</strong>
        {r.exceptions.length === 0 && tested > 0 && (
          <span className="muted"> · 0 exceptions across {tested} tests</span>
        )}
      </p>
      <dl className="facts">
        <Fact label="Kind" value={KIND[r.kind]} r={r} field="kind" />
        <Fact label="Service organisation" value={r.serviceOrganization} r={r} field="serviceOrganization" />
        <Fact label="Auditor" value={r.auditor} r={r} field="auditor" />
        {r.kind === 'soc2-type1' ? (
          <Fact label="As of" value={r.asOf} r={r} field="asOf" />
        ) : (
          <Fact
            label="Period"
            value={period}
            r={r}
            field={r.evidence.periodEnd ? 'periodEnd' : 'periodStart'}
          />
        )}
        <Fact label="Report date" value={r.reportDate} r={r} field="reportDate" />
        <Fact label="Opinion" value={r.opinion && OPINION[r.opinion]} r={r} field="opinion" />
        <Fact
          label="Criteria in scope"
          value={r.criteria.length ? r.criteria.join(', ') : null}
          r={r}
          field="criteria"
        />
      </dl>
      <h4>Subservice organisations ({r.subservice.length})</h4>
      {r.subservice.length ? (
        <ul className="plain">
          {r.subservice.map((s) => (
            <li key={`${s.name}-${s.page}`}>
              {s.name}: {s.method ?? 'method not stated'} <span className="muted">(p. {s.page})</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">not found</p>
      )}
      <h4>Exceptions ({r.exceptions.length})</h4>
      {r.exceptions.length ? (
        <ul className="plain">
          {r.exceptions.map((e, i) => (
            <li key={`${e.control}-${i}`}>
              <strong>{e.control}</strong> (p. {e.page}): {e.text}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">None noted.</p>
      )}
      <h4>Our obligations under this report (CUECs, {r.cuecs.length})</h4>
      {r.cuecs.length ? (
        <ol>
          {r.cuecs.map((c, i) => (
            <li key={i}>
              {c.text} <span className="muted">(p. {c.page})</span>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">not found</p>
      )}
      <button type="button" className="link" onClick={onRemove}>
        Remove what was read from {file.fileName}
      </button>
    </article>
  );
}
