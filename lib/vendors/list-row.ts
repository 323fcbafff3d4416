import type { Vendor, VendorRow } from '../db/schema';
import { VERDICT_LABELS } from '../questionnaire/verdict-labels';

/**
 * The vendor list's row for one vendor, with the keys the list is sorted, filtered and searched by.
 * Pure; the review service writes it in the same transaction as the vendor (lib/review/derived.ts).
 */

/** Where vendors without a known stale date sort: after every real date. */
export const NO_DATE = '9999-12-31';

/** Text folded for sorting and search: compatibility forms unified, invisible format characters gone. */
export function fold(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    .toLocaleLowerCase('en');
}

/** The searchable words of a text: folded, split on anything that is not a letter or digit. */
export function searchWords(text: string): string[] {
  const words = fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => w.slice(0, 200));
  return [...new Set(words)].slice(0, 60);
}

/** Worst verdict first; no verdict yet sorts last. */
export function verdictRank(verdict: VendorRow['verdict']): number {
  return verdict ? VERDICT_LABELS.length - 1 - VERDICT_LABELS.indexOf(verdict) : VERDICT_LABELS.length;
}

/** The row for a live vendor; null for a deleted one (it leaves the list). */
export function vendorRow(v: Vendor): VendorRow | null {
  if (v.deletedAt !== null) return null;
  const nameKey = fold(v.name).slice(0, 300);
  const verdict = v.summary?.verdict ?? null;
  return {
    id: v.id,
    name: v.name,
    domain: v.domain,
    tier: v.tier,
    verdict,
    provisional: v.summary?.provisional ?? false,
    reportType: v.summary?.reportType ?? null,
    nextStaleOn: v.nextStaleOn,
    changedAt: v.changedAt ?? null,
    nameKey,
    staleKey: `${v.nextStaleOn ?? NO_DATE}|${nameKey}`,
    verdictKey: `${verdictRank(verdict)}|${nameKey}`,
    ...(v.changedAt ? { changedKey: v.changedAt } : {}),
    words: searchWords(`${v.name} ${v.domain ?? ''}`),
  };
}
