/**
 * The per-site pause list: hosts where the background's gate injects nothing. Pure: the options page
 * and the gate share it.
 */

/** The storage.local key (WXT item `local:pausedSites`). */
export const PAUSED_SITES_KEY = 'pausedSites';

/** "https://Trust.Acme.com/x" or "trust.acme.com" → "trust.acme.com"; null when it is not a host. */
export function normaliseSite(input: string): string | null {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return null;
  let host: string;
  try {
    host = new URL(trimmed.includes('://') ? trimmed : `https://${trimmed}`).hostname;
  } catch {
    return null;
  }
  host = host.replace(/^www\./, '');
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) ? host : null;
}

/** A site pauses itself and every subdomain: pausing acme.com also pauses trust.acme.com. */
export function isPaused(hostname: string, paused: readonly unknown[]): boolean {
  const host = hostname.toLowerCase().replace(/^www\./, '');
  return paused.some((p) => typeof p === 'string' && (host === p || host.endsWith(`.${p}`)));
}
