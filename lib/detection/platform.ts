import type { Platform } from './vocab';

/**
 * Hosted trust-center platforms, recognised from the page itself: the portal's host, its assets, and
 * its "Powered by …" mark. Never from a list of vendors, and never from bare "vanta" (Vanta.js is a
 * WebGL animation library).
 */

type Hosted = Exclude<Platform, 'self-hosted'>;

/** Host + path of pages served by the platform itself (the vendor's name is a slug in it). */
const HOSTS: [Hosted, RegExp][] = [
  ['safebase', /^(?!(?:www|app|help|docs|blog|support)\.)[\w-]+\.safebase\.(?:us|io)\//],
  ['vanta', /^(?:[\w-]+\.)?vantatrust\.com\/|^app\.vanta\.com\/[^/]+\/trust\//],
  ['drata', /^app\.drata\.com\/trust\//],
  ['conveyor', /^app\.conveyor\.com\/profile\//],
  ['whistic', /^public-profile\.whistic\.com\//],
  ['secureframe', /^[\w-]+\.secureframetrust\.com\/|^app\.secureframe\.com\/ext\/trust-center\//],
  ['sprinto', /^[\w-]+\.trust\.site\//],
  ['trustcloud', /^[\w-]+\.trustshare\.com\//],
  ['oneleet', /^trust\.oneleet\.com\/[^/?#]+/],
  ['delve', /^trust\.delve\.co\/[^/?#]+/],
  ['securitypal', /^(?!www\.)[\w-]+\.securitypal\.com\//],
  ['hypercomply', /^(?!www\.|app\.)[\w-]+\.hypercomply\.com\//],
];

/** Asset and embed URLs (script/link/iframe src) that only a platform's trust portal loads. */
const ASSETS: [Hosted, RegExp][] = [
  ['safebase', /[/.]safebase\.(?:io|us)\//i],
  ['vanta', /\/\/static\.vanta\.com\/|vantatrust\.com|entry-trust-report/i],
  ['drata', /\/\/(?:cdn|app)\.drata\.com\//i],
  ['conveyor', /\/\/(?:cdn|app)\.conveyor\.com\//i],
  ['whistic', /\/\/public-profile\.whistic\.com\//i],
  ['secureframe', /secureframetrust\.com/i],
  ['sprinto', /\.trust\.site\//i],
  ['trustcloud', /trustshare\.com/i],
  ['oneleet', /\/\/trust\.oneleet\.com\//i],
  ['delve', /\/\/trust\.delve\.co\//i],
  ['securitypal', /securitypal\.com\//i],
  ['hypercomply', /hypercomply\.com\//i],
];

/** Platform names as an alternation, shared by the "Powered by" mark, the gate and vendor naming. */
export const NAMES =
  'safebase|vanta|drata|conveyor|whistic|secureframe|sprinto|trustcloud|oneleet|delve|securitypal|hypercomply';
/** "Powered by X"; "powered by Vanta.js" (the WebGL library) never matches. */
export const POWERED = new RegExp(
  `\\bpowered\\s+by\\s+(${NAMES.replace('vanta', 'vanta(?![\\w.-]*js)')})\\b`,
  'i',
);
/**
 * The badge some portals show instead ("Continuously monitored by Secureframe"): only as a line of its
 * own, since a vendor's sentence may say its controls are monitored by a platform on its own page.
 */
const MONITORED = new RegExp(`^continuously\\s+monitored\\s+by\\s+(${NAMES})$`, 'i');

/** The platform whose own host serves this URL, if any. */
export function hostedPlatform(hostPath: string): Hosted | null {
  for (const [p, re] of HOSTS) if (re.test(hostPath)) return p;
  return null;
}

/** Platform named by a "Powered by X" mark in a short text (title, footer line, logo alt). */
export function poweredBy(t: string): Hosted | null {
  // A question or a quotation about the mark ("What does it mean to be "Powered by SafeBase"?") is not the mark.
  const m = t.length <= 120 && !/[?"“”]/.test(t) ? (POWERED.exec(t) ?? MONITORED.exec(t.trim())) : null;
  return m ? (m[1]!.toLowerCase() as Hosted) : null;
}

/** Platform whose trust-portal assets a URL points to. */
export function assetPlatform(src: string): Hosted | null {
  for (const [p, re] of ASSETS) if (re.test(src)) return p;
  return null;
}

/** Registrable-ish suffixes of platform hosts: never the vendor's own host. */
export const PLATFORM_DOMAIN =
  /(?:^|\.)(?:safebase\.(?:io|us)|vanta\.com|vantatrust\.com|drata\.com|conveyor\.com|whistic\.com|secureframe(?:trust)?\.com|sprinto\.com|trust\.site|trustcloud\.ai|trustshare\.com|oneleet\.com|delve\.co|securitypal\.com|hypercomply\.com)$/i;

/* Test pages: tests/fixtures/pages/netapp-safebase.html (host + title), knoetic-vanta.html
   (static.vanta.com script, custom domain), textql-drata.html (app.drata.com/trust/<uuid>),
   contextualizer-vantajs.html ("powered by Vanta.js" must not match); tests/fixtures/extra/. */
