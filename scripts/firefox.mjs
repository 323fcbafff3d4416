// Finds the Firefox binary the Firefox smoke test drives: Debian's firefox-esr; FIREFOX_PATH wins.
// Playwright's Firefox needs its own patched build (a download that cannot happen here), so the test
// drives the real Firefox with puppeteer-core over WebDriver BiDi instead.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox'];

/** @returns {string | null} */
export function findFirefox() {
  if (process.env.FIREFOX_PATH) return process.env.FIREFOX_PATH;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/**
 * Returns a Firefox path, installing Debian's firefox-esr first when it is missing and we may (root
 * with apt-get). Otherwise explains how to get one and throws.
 */
export function requireFirefox() {
  let path = findFirefox();
  if (!path && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.error('Firefox not found: installing Debian’s firefox-esr package (apt-get)…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr', {
      stdio: 'inherit',
    });
    path = findFirefox();
  }
  if (!path)
    throw new Error(
      'Firefox not found. On Debian/Ubuntu: sudo apt-get install -y firefox-esr. ' +
        'Elsewhere set FIREFOX_PATH to a Firefox (ESR 140 or later) binary.',
    );
  return path;
}
