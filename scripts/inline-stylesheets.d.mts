/** Types for inline-stylesheets.mjs, used by wxt.config.ts and its unit test. */
export function inlineStylesheets(html: string, read: (file: string) => string): string;
export function inlinePageStylesheets(outDir: string, page: string): void;
