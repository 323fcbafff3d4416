import { escapeMarkdown } from './escape-markdown';
import { httpUrl } from './http-url';

/**
 * Characters Markdown never reads as markup in the middle of a line. Text made only of these (domains,
 * dates, most answers) is left as is: Slack and Jira show backslash escapes literally.
 */
const INERT = /^[\p{L}\p{N} ,;:/'’–—().%-]*$/u;
/** What could still start a block when the text begins a line: list, heading, quote, setext, indent. */
const BLOCK_START = /^(\s|[-+#>=]|\d{1,9}[.)](\s|$))/;

/**
 * Page or user text as one line of Markdown that renders as exactly that text: escapeMarkdown, plus `$`,
 * which GitHub reads as the start of a math formula. No pipe is left unescaped and newlines become
 * spaces, so the result is also safe in a table cell.
 */
export function markdownText(text: string): string {
  if (INERT.test(text) && !BLOCK_START.test(text)) return text;
  return escapeMarkdown(text).replace(/\$/g, '\\$');
}

/**
 * A stored date. Dates are validated as YYYY-MM-DD when written; one that is not (an old or hand-edited
 * record) is escaped like any other text rather than trusted.
 */
export function markdownDate(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : markdownText(date);
}

/**
 * An http(s) URL as an autolink; anything else as escaped text, because CommonMark would make
 * `<javascript:…>` a link too. Characters that could end the autolink or split a table row are
 * percent-encoded, which leaves the address unchanged.
 */
export function markdownLink(url: string): string {
  const href = httpUrl(url);
  if (!href) return markdownText(url);
  return `<${href.replace(/[\s<>`|\\]/g, (c) => encodeURIComponent(c))}>`;
}
