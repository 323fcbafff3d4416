/**
 * The URL as a link target when it is http(s), else null. Evidence and trust-page URLs come from pages
 * the reviewer visited; `javascript:`, `data:` and the like must never become clickable in an export,
 * so every format checks through here and shows anything else as plain text.
 */
export function httpUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
}
