import type { Detection } from '@/lib/detection/schema';
import { attachThirdParty } from '@/lib/detection/third-party-match';
import { CLAIM_STATUS_LABELS, FRAMEWORK_LABELS, PLATFORM_LABELS } from '@/lib/detection/vocab';
import { SubprocessorList } from './SubprocessorList';

/** What Vendorscope recognised on the page, and why. All page text is rendered as React text. */
export function DetectionSummary({
  detection,
}: {
  detection: Detection & { subprocessorsOmitted?: number };
}) {
  const host = new URL(detection.url).hostname;
  const { perRow } = attachThirdParty(detection.subprocessors, detection.thirdParty);
  return (
    <section aria-labelledby="detected-heading" className="card">
      <h2 id="detected-heading">Recognised trust page</h2>
      <dl className="facts">
        <dt>Vendor</dt>
        <dd data-testid="detected-vendor">{detection.vendor?.name || host}</dd>
        <dt>Page</dt>
        <dd className="url">{detection.url}</dd>
        {detection.platform && (
          <>
            <dt>Platform</dt>
            <dd>{PLATFORM_LABELS[detection.platform]}</dd>
          </>
        )}
        <dt>Confidence</dt>
        <dd>{Math.round(detection.confidence * 100)}%</dd>
      </dl>
      {detection.signals.length > 0 && (
        <details>
          <summary>Why Vendorscope thinks so</summary>
          <ul className="signals">
            {detection.signals.map((s) => (
              <li key={s}>
                <code>{s}</code>
              </li>
            ))}
          </ul>
        </details>
      )}
      {detection.claims.length > 0 && (
        <>
          <h3>What the page states</h3>
          <ul className="claims">
            {detection.claims.map((c) => (
              <li key={`${c.framework}:${c.status}`}>
                <strong>{FRAMEWORK_LABELS[c.framework]}</strong>{' '}
                <span className={`pill pill-${c.status}`}>{CLAIM_STATUS_LABELS[c.status]}</span>
                <blockquote>{c.quote}</blockquote>
              </li>
            ))}
          </ul>
        </>
      )}
      {detection.thirdParty.length > 0 && (
        <>
          <h3>Stated for third parties</h3>
          <p className="muted">
            Certifications the page gives to its hosts, data centres or processors, not to the vendor. Ask for
            their own reports: they cover the third party, not the vendor.
          </p>
          <ul className="claims">
            {detection.thirdParty.map((c) => (
              <li key={`${c.subject}:${c.framework}:${c.status}`}>
                {c.subject}: <strong>{FRAMEWORK_LABELS[c.framework]}</strong>{' '}
                <span className={`pill pill-${c.status}`}>{CLAIM_STATUS_LABELS[c.status]}</span>
                <blockquote>{c.quote}</blockquote>
              </li>
            ))}
          </ul>
        </>
      )}
      {detection.subprocessors.length > 0 && (
        <>
          <h3>Sub-processors listed</h3>
          {!!detection.subprocessorsOmitted && (
            <p className="muted">
              The page lists {detection.subprocessorsOmitted} more, not kept here (too many to hold per tab);
              open the page to see them.
            </p>
          )}
          <SubprocessorList subprocessors={detection.subprocessors} perRow={perRow} />
        </>
      )}
    </section>
  );
}
