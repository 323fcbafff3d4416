import { cleanText } from '../text/clean-text';
import type { Detection } from './schema';

/**
 * Every string a page reported, cleaned (lib/text/clean-text.ts) before it is stored, shown in the
 * panel or the toolbar tooltip, matched against vendors, or exported. Run by the background on what
 * the content script sent (page-controlled), after the schema check.
 */
export function sanitizeDetection(d: Detection): Detection {
  const t = (s: string) => cleanText(s);
  const o = (s: string | undefined) => (s === undefined ? undefined : cleanText(s));
  return {
    ...d,
    title: t(d.title),
    vendor: d.vendor && {
      ...d.vendor,
      name: d.vendor.name === null ? null : t(d.vendor.name).trim() || null,
    },
    claims: d.claims.map((c) => ({ ...c, quote: t(c.quote) })),
    thirdParty: d.thirdParty.map((c) => ({
      ...c,
      subject: t(c.subject).trim() || c.subject,
      quote: t(c.quote),
    })),
    subprocessors: d.subprocessors.map((s) => ({
      ...s,
      name: t(s.name).trim() || s.name,
      ...(s.purpose !== undefined ? { purpose: o(s.purpose) } : {}),
      ...(s.location !== undefined ? { location: o(s.location) } : {}),
    })),
  };
}
