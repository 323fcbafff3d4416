import { getDomain } from 'tldts';
import type { Detection } from './schema';
import { pageSite } from './site';

/**
 * Fill vendor.domain (the registrable domain, eTLD+1) from vendor.host, and `site` (who owns the
 * page's own address) from the page URL. Kept out of the content script on purpose: tldts carries the
 * public-suffix list, too heavy for every page. Used by the background worker and the scanner only.
 * `site` always comes from the URL the background checked against the sender: whatever the page sent
 * is replaced.
 */
export function withRegistrableDomain(d: Detection): Detection {
  const site = pageSite(d.url);
  if (!d.vendor?.host) return { ...d, site };
  const domain = getDomain(d.vendor.host, { allowPrivateDomains: true }) ?? null;
  return { ...d, vendor: { ...d.vendor, domain }, site };
}

/* Test pages: tests/fixtures/pages/knoetic-vanta.html (trust.knoetic.com → knoetic.com),
   workato-security.html (www.workato.com → workato.com). */
