import { getDomain } from 'tldts';

/**
 * Who owns the address a page is served from: the only thing a page cannot forge for another origin,
 * so the only thing Vendorscope matches a page to a vendor on record by (a page's own claim to be
 * someone's trust center is a hint for the reviewer, never a match).
 *
 * - On a domain one party owns (acme.com, trust.acme.com), that is the registrable domain.
 * - On shared hosting, where anyone can open a tenant (acme.safebase.us, app.drata.com/trust/<id>,
 *   acme.mintlify.app), the registrable domain is shared by strangers: the tenant (its host, or host
 *   and path where the platform puts tenants in the path) is the identity instead, and a tenant is
 *   matched only to the vendor the reviewer created from it or linked it to.
 * Uses tldts (the public-suffix list, with private suffixes such as github.io): background, panel
 * tests and scanner only, never the content script.
 */

export interface PageSite {
  host: string;
  /** The registrable domain when one party owns it; null on shared hosting. */
  domain: string | null;
  /** On shared hosting, the tenant: `acme.safebase.us` or `app.drata.com/trust/<id>`; else null. */
  tenant: string | null;
}

/**
 * Registrable domains where tenants are strangers to each other and the public-suffix list does not
 * say so: hosted trust-center platforms, and the docs and help-centre hosts vendors publish
 * security pages on.
 */
const SHARED_HOSTING = new Set([
  'safebase.us',
  'safebase.io',
  'vanta.com',
  'vantatrust.com',
  'drata.com',
  'conveyor.com',
  'whistic.com',
  'secureframe.com',
  'secureframetrust.com',
  'sprinto.com',
  'trust.site',
  'trustcloud.ai',
  'trustshare.com',
  'oneleet.com',
  'delve.co',
  'securitypal.com',
  'hypercomply.com',
  'mintlify.app',
  'readme.io',
  'zendesk.com',
  'freshdesk.com',
  'atlassian.net',
  'document360.io',
  'helpscoutdocs.com',
  'intercom.help',
  'odoo.com',
  'super.site',
  'hs-sites.com',
  'wixsite.com',
  'squarespace.com',
  'wordpress.com',
  'medium.com',
]);

/** Platforms that put the tenant in the path of one shared host: the tenant is host + that path. */
const PATH_TENANTS: RegExp[] = [
  /^app\.drata\.com\/trust\/[^/?#]+/,
  /^app\.vanta\.com\/[^/?#]+\/trust(?=[/?#]|$)/,
  /^app\.conveyor\.com\/profile\/[^/?#]+/,
  /^public-profile\.whistic\.com\/[^/?#]+/,
  /^app\.secureframe\.com\/ext\/trust-center\/[^/?#]+/,
  /^trust\.oneleet\.com\/[^/?#]+/,
  /^trust\.delve\.co\/[^/?#]+/,
  /^(?:www\.)?vantatrust\.com\/[^/?#]+/,
  /^medium\.com\/@[^/?#]+/,
];

export function pageSite(url: string): PageSite {
  const u = new URL(url);
  const host = u.hostname.toLowerCase();
  const domain = getDomain(host, { allowPrivateDomains: true });
  if (domain && !SHARED_HOSTING.has(domain)) return { host, domain, tenant: null };
  const hostPath = `${host}${u.pathname}`.toLowerCase();
  const inPath = PATH_TENANTS.map((re) => re.exec(hostPath)?.[0]).find(Boolean);
  return { host, domain: null, tenant: (inPath ?? host).slice(0, 300) };
}

/* Test pages: tests/fixtures/pages/netapp-safebase.html (netapp.safebase.us: a tenant),
   textql-drata.html (app.drata.com/trust/<id>: a tenant in the path), knoetic-vanta.html (trust.knoetic.com:
   the vendor's own domain, though Vanta serves it), relevanceai-security.html (relevanceai.mintlify.app). */
