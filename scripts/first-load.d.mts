/** Types for first-load.mjs, shared by the bench (plain Node) and the end-to-end tests (TypeScript). */
export function firstLoadScripts(extensionPath: string, page: string): string[];
