/**
 * The part of a text around an offset, between the separators before and after it (a dash-separated
 * segment of a clause, a column of a flattened table row). `separators` must be global.
 */
export function spanAround(text: string, at: number, separators: RegExp): [number, number] {
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(separators)) {
    if (m.index + m[0].length <= at) start = m.index + m[0].length;
    else if (m.index >= at) {
      end = m.index;
      break;
    }
  }
  return [start, end];
}
