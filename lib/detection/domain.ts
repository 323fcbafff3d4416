import { getDomain } from 'tldts';
import type { Detection } from './schema';

/**
 * Fill vendor.domain (the registrable domain, eTLD+1) from vendor.host. Kept out of the content
 * script on purpose: tldts carries the public-suffix list, too heavy for every page. Used by the
 * background worker and the command-line scanner only.
 */
export function withRegistrableDomain(d: Detection): Detection {
  if (!d.vendor?.host) return d;
  const domain = getDomain(d.vendor.host, { allowPrivateDomains: true }) ?? null;
  return { ...d, vendor: { ...d.vendor, domain } };
}

/* Test pages: tests/fixtures/pages/knoetic-vanta.html (trust.knoetic.com → knoetic.com),
   workato-security.html (www.workato.com → workato.com). */
