import type { Detection } from './schema';

/** The toolbar title when no trust page is recognised (the manifest's default_title). */
export const DEFAULT_ACTION_TITLE = 'Vendorscope';
export const TRUST_BADGE_TEXT = '✓';

/**
 * `Vendorscope — trust page: <vendor name>`: the name as the page gives it, else the host.
 * Control characters are removed and the length bounded: the tooltip is plain text, but a page
 * can still try to flood it.
 */
export function trustPageTitle(detection: Pick<Detection, 'vendor' | 'url'>): string {
  const raw = detection.vendor?.name?.trim() || new URL(detection.url).hostname;
  const clean = raw
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const name = clean.length > 80 ? `${clean.slice(0, 79)}…` : clean;
  return `Vendorscope — trust page: ${name}`;
}
