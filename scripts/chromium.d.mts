/** Types for chromium.mjs, shared by the demo (plain Node) and the Playwright fixtures (TypeScript). */
export function findChromium(): string | null;
export function requireChromium(): string;
export function extensionArgs(extensionPath: string): string[];
