/**
 * The scanner's one step: the extension's own detect() + withRegistrableDomain() on an HTML string,
 * read as served (happy-dom with script evaluation and resource loads disabled). Shared by the
 * scanner CLI (scan.ts) and the accuracy evaluation (eval-detection.ts).
 */
import { inertDocument } from './inert-document';
import { detect } from '../lib/detection/detect';
import { withRegistrableDomain } from '../lib/detection/domain';
import { passesTabGate } from '../lib/detection/tab-gate';
import type { Detection } from '../lib/detection/schema';

export interface ScanResult {
  url: string;
  isTrustPage: boolean;
  confidence: number;
  platform: Detection['platform'];
  vendor: { name: string | null; domain: string | null } | null;
  claims: Detection['claims'];
  thirdParty: Detection['thirdParty'];
  subprocessors: Detection['subprocessors'];
  signals: string[];
}

/**
 * Detect on one HTML string served at `url`, as the extension would: its background gate sees only
 * the address and the title, and a page that does not pass it is never read.
 */
export async function scanHtml(html: string, url: string): Promise<ScanResult> {
  const { doc, close } = inertDocument(html, url);
  try {
    const d = withRegistrableDomain(detect(doc, url));
    const gated = passesTabGate(url, doc.title);
    return {
      url: d.url,
      isTrustPage: gated && d.isTrustPage,
      confidence: gated ? d.confidence : 0,
      platform: d.platform,
      vendor: d.vendor ? { name: d.vendor.name, domain: d.vendor.domain } : null,
      claims: gated ? d.claims : [],
      thirdParty: gated ? d.thirdParty : [],
      subprocessors: gated ? d.subprocessors : [],
      signals: gated ? d.signals : ['tab-gate:no-hint'],
    };
  } finally {
    await close();
  }
}
