/**
 * Which of a page's sub-processors the panel lists before the reviewer asks for all of them. Trust
 * pages list hundreds (one bench page: 201); a list that long buries what the review is about and
 * costs the panel's first render most of its time. The preview keeps the page's order and shows the
 * first `first` rows plus every row that matters on its own: an AI provider (the seed's "sub-processor
 * sprawl") and a provider the page states certificates for. A list barely over the limit is shown
 * whole: hiding three rows behind a button helps no one.
 */

export const PREVIEW_FIRST = 10;
/** Lists up to this long are never folded. */
export const PREVIEW_UNFOLDED_MAX = 15;

/** The indices to show folded, in page order; null when the whole list shows. */
export function previewIndices(
  rows: readonly { ai: boolean }[],
  hasFacts: (index: number) => boolean,
  first = PREVIEW_FIRST,
  unfoldedMax = PREVIEW_UNFOLDED_MAX,
): number[] | null {
  if (rows.length <= unfoldedMax) return null;
  const shown = rows.flatMap((row, i) => (i < first || row.ai || hasFacts(i) ? [i] : []));
  return shown.length < rows.length ? shown : null;
}
