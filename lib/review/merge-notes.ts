import { NOTE_MAX, type Note } from '../db/schema';
import { localIsoDate } from '../dates/local-date';

/**
 * One review's notes as one text: the first note, then each other one under a line saying where it
 * came from. Identical texts are kept once. Null when the result would not fit a note: then both stay
 * separate records, and the panel shows the other one beside the reviewer's (never hidden).
 */
export function mergedNoteBody(first: Note, others: Note[]): string | null {
  let body = first.body;
  for (const n of others) {
    if (!n.body.trim() || n.body === body || body.includes(n.body)) continue;
    body = `${body}\n\n— Another note on this review (updated ${localIsoDate(new Date(n.updatedAt))}) —\n${n.body}`;
  }
  return body.length <= NOTE_MAX ? body : null;
}
