import type { Subprocessor, ThirdPartyClaim } from './schema';
import { CLAIM_STATUS_LABELS, FRAMEWORK_LABELS } from './vocab';

/**
 * Which sub-processor row a third party's certificate belongs to. The page names a party its own way
 * in each place ("AWS" in a sentence, "Amazon Web Services, Inc." in the table), so names are compared
 * as words without legal suffixes, and an acronym matches the initials of a longer name. Conservative:
 * a fact that matches no row, or more than one, stays in the list of third parties on its own.
 */

const LEGAL = new Set([
  'inc',
  'llc',
  'ltd',
  'limited',
  'corp',
  'corporation',
  'co',
  'company',
  'gmbh',
  'ag',
  'sa',
  'sas',
  'sarl',
  'srl',
  'spa',
  'bv',
  'nv',
  'plc',
  'pty',
  'kk',
  'the',
]);

/** A name as its words: lower case, letters and digits only, legal suffixes dropped. */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((w) => w && !LEGAL.has(w));
}

const containsRun = (hay: string[], needle: string[]) =>
  needle.length > 0 && ` ${hay.join(' ')} `.includes(` ${needle.join(' ')} `);

/** Do these two names name the same party? */
export function sameParty(a: string, b: string): boolean {
  const x = nameWords(a);
  const y = nameWords(b);
  if (!x.length || !y.length) return false;
  if (containsRun(x, y) || containsRun(y, x)) return true;
  // "AWS" and "Amazon Web Services": one word against the initials of at least three words.
  const initials = (w: string[]) => (w.length >= 3 ? w.map((s) => s[0]).join('') : '');
  return (x.length === 1 && x[0] === initials(y)) || (y.length === 1 && y[0] === initials(x));
}

export interface AttachedFacts {
  /** Per sub-processor (same order as the list): the facts the page states for it. */
  perRow: ThirdPartyClaim[][];
  /** Facts about a party that is no single row (a data centre, "our cloud providers", a processor). */
  unattached: ThirdPartyClaim[];
}

export function attachThirdParty(subprocessors: Subprocessor[], facts: ThirdPartyClaim[]): AttachedFacts {
  const perRow: ThirdPartyClaim[][] = subprocessors.map(() => []);
  const unattached: ThirdPartyClaim[] = [];
  for (const f of facts) {
    const rows = subprocessors.flatMap((s, i) => (sameParty(f.subject, s.name) ? [i] : []));
    if (rows.length === 1) perRow[rows[0]!]!.push(f);
    else unattached.push(f);
  }
  return { perRow, unattached };
}

/** "ISO/IEC 27001, SOC 2 Type II (in progress)": a party's facts in one line, held ones plain. */
export function factsLine(facts: ThirdPartyClaim[]): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const f of facts) {
    const label =
      FRAMEWORK_LABELS[f.framework] + (f.status === 'held' ? '' : ` (${CLAIM_STATUS_LABELS[f.status]})`);
    if (!seen.has(label)) parts.push(label);
    seen.add(label);
  }
  return parts.join(', ');
}
