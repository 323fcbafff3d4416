/** Table rows as the reading-order rebuild writes them: cells joined by " | " (see reading-order.ts). */

/** The cells of a table line; a line without separators is one cell. */
export const cells = (line: string): string[] => line.split(/\s*\|\s*/).map((c) => c.trim());

export const isTableLine = (line: string) => line.includes('|');
