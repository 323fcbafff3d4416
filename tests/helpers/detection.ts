/**
 * Test-only helpers: build a happy-dom document the way the scanner does (scripts and resource loads
 * disabled) and run the engine on it. Never imported by the engine itself.
 */
import { readFileSync } from 'node:fs';
import { inertDocument } from '@/scripts/inert-document';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detect } from '@/lib/detection/detect';
import type { Detection } from '@/lib/detection/schema';
import type { ClaimStatus, FrameworkId, Platform } from '@/lib/detection/vocab';

export interface Case {
  file: string;
  url: string;
  expect: {
    isTrustPage: boolean;
    platform: Platform | null;
    vendorName: string | null;
    claims: { framework: FrameworkId; status: ClaimStatus }[];
  };
  notes?: string;
}

export const PAGES = fileURLToPath(new URL('../fixtures/pages', import.meta.url));
export const EXTRA = fileURLToPath(new URL('../fixtures/extra', import.meta.url));
export const REAL = fileURLToPath(new URL('../fixtures/real', import.meta.url));

export const loadCases = (dir: string): Case[] =>
  (JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8')) as Case[]).map((c) => ({
    ...c,
    file: join(dir, c.file),
  }));

/** A happy-dom document holding `html`, served at `url`. Call close() when done. */
export function makeDoc(html: string, url: string): { doc: Document; close: () => Promise<void> } {
  return inertDocument(html, url);
}

/** detect() on an HTML string. */
export async function detectHtml(html: string, url: string): Promise<Detection> {
  const { doc, close } = makeDoc(html, url);
  try {
    return detect(doc, url);
  } finally {
    await close();
  }
}

/** A minimal page around a body fragment. */
export const html = (title: string, body: string, head = '') =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;

export const pairs = (claims: { framework: string; status: string }[]) =>
  [...new Set(claims.map((c) => `${c.framework}:${c.status}`))].sort();

/* Test pages: tests/fixtures/pages/ and tests/fixtures/extra/ (loaded by loadCases). */
