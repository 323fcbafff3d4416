import { httpUrl } from './http-url';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text as HTML, safe both between tags and inside a double- or single-quoted attribute. The one
 * escaper every HTML export string goes through.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * An http(s) URL as a link that sends no referrer (a review's URL says what we evaluate); any other
 * scheme is shown as text, never as an href.
 */
export function htmlLink(url: string): string {
  const href = httpUrl(url);
  return href ? `<a href="${escapeHtml(href)}" rel="noreferrer">${escapeHtml(url)}</a>` : escapeHtml(url);
}

/**
 * Multi-line text as paragraphs: blank lines split paragraphs, single newlines become <br>. Used for
 * the reviewer's note, which is their Markdown but is shown as text here rather than rendered.
 */
export function htmlParagraphs(text: string, style = ''): string {
  return text
    .split(/\r?\n\s*\r?\n/)
    .filter((p) => p.trim())
    .map(
      (p) =>
        `<p${style}>${p
          .trim()
          .split(/\r\n?|\n/)
          .map(escapeHtml)
          .join('<br>')}</p>`,
    )
    .join('\n');
}
