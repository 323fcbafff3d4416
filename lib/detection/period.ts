/**
 * Report periods and validity windows, as the page writes them. Only explicit phrasings are read
 * ("for the period … through …", "valid … – …", "last audit: March 2025"): a bare date near a
 * framework is often a page-update date, and a wrong period would mislead the reviewer.
 */

export interface Period {
  start?: string;
  end?: string;
}

const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';
const MONTH_NAME = new RegExp(MONTHS);
const MONTH_ORDER = MONTHS.replace(/\|/g, '');
const MONTH = `\\b(?:${MONTHS})[a-z]*\\.?`;
/** A date: 2026-05-20, 2026-05, November 1, 2018, 1 November 2018, March 2025. */
const DATE = `(?:\\d{4}-\\d{2}(?:-\\d{2})?|${MONTH} \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{1,2}(?:st|nd|rd|th)? ${MONTH},? \\d{4}|${MONTH},? \\d{4})`;
const RANGE_SEP = ' ?(?:through|thru|to|until|till|and|[-–—]) ?';

const RANGE = new RegExp(
  `\\b(?:period|from|between|valid|validity|covering|covers|window)\\b[^.;]{0,40}?(?:of |from |between )?(${DATE})${RANGE_SEP}(${DATE})`,
  'i',
);
const END = new RegExp(
  `\\b(?:valid (?:until|through|thru|to)|expires?(?: on)?|last audit(?:ed)?(?: (?:on|in|date))?|audit date|report date|period end(?:ing|ed)?|as of) ?:? ?(${DATE})`,
  'i',
);

function iso(d: string): string | undefined {
  const s = d.trim();
  if (/^\d{4}-\d{2}(-\d{2})?$/.test(s)) return s;
  const mi = s.toLowerCase().match(MONTH_NAME);
  const y = s.match(/\d{4}/);
  if (!mi || !y) return undefined;
  const m = String(MONTH_ORDER.indexOf(mi[0].slice(0, 3)) / 3 + 1).padStart(2, '0');
  const day = s.replace(y[0], '').match(/\b(\d{1,2})(?:st|nd|rd|th)?\b/);
  const dd = day ? Number(day[1]) : 0;
  return dd >= 1 && dd <= 31 ? `${y[0]}-${m}-${String(dd).padStart(2, '0')}` : `${y[0]}-${m}`;
}

/** The report period or validity stated in a text, if any. */
export function findPeriod(t: string): Period | undefined {
  // Every date form read here carries a four-digit year: without one, the patterns need not run.
  if (!/\d{4}/.test(t)) return undefined;
  const r = RANGE.exec(t);
  if (r) {
    const start = iso(r[1]!);
    const end = iso(r[2]!);
    if (start && end && start <= end) return { start, end };
  }
  const e = END.exec(t);
  const end = e && iso(e[1]!);
  return end ? { end } : undefined;
}

/* Test pages: none of the corpus pages states a period; see tests/fixtures/extra/ and period.test.ts. */
