// Finds the Chromium binary the demo and the end-to-end tests drive. Debian's real binary is
// /usr/lib/chromium/chromium (/usr/bin/chromium is a wrapper that injects flags); CHROMIUM_PATH wins.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/lib/chromium-browser/chromium-browser'];

/** @returns {string | null} */
export function findChromium() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/**
 * Returns a Chromium path, installing Debian's package first when it is missing and we may
 * (root with apt-get). Otherwise explains how to get one and exits.
 */
export function requireChromium() {
  let path = findChromium();
  if (!path && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.error('Chromium not found: installing Debian’s chromium package (apt-get)…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
    });
    path = findChromium();
  }
  if (!path) {
    console.error(
      'Chromium not found. On Debian/Ubuntu: sudo apt-get install -y chromium. ' +
        'Elsewhere set CHROMIUM_PATH to a Chromium or Chrome for Testing binary.',
    );
    process.exit(1);
  }
  return path;
}

/** Flags every launch needs: the unpacked extension, and no background traffic on a closed network. */
export function extensionArgs(extensionPath) {
  return [
    `--disable-extensions-except=${extensionPath}`,
    `--load-extension=${extensionPath}`,
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
  ];
}
