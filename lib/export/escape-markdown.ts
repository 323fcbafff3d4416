/**
 * Escapes text taken from web pages so it pastes as literal text into Markdown renderers
 * (GitHub, Jira, Slack): no emphasis, links, HTML, headings or table breaks can be injected.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/\r\n?|\n/g, ' ')
      .replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, (c) => `\\${c}`)
  );
}

/** A URL as an autolink-free code span is safest: it cannot become a link with other text. */
export function markdownUrl(url: string): string {
  const clean = url.replace(/[\s`<>]/g, encodeURIComponent);
  return `<${clean}>`;
}
