/**
 * How deeply a JSON text nests objects and arrays, found by scanning its characters (no recursion, no
 * parse): a backup nested thousands of levels deep is refused before anything recursive touches it
 * (JSON.parse, Zod, the merge) and could overflow the stack.
 * @returns the depth, or `limit + 1` as soon as the limit is passed
 */
export function nestingDepth(text: string, limit: number): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \\ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      depth++;
      if (depth > max) {
        max = depth;
        if (max > limit) return max;
      }
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
  }
  return max;
}

/** A Vendorscope backup nests about ten levels; anything past this is not one. */
export const MAX_BACKUP_DEPTH = 64;
