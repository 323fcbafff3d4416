/**
 * Text from web pages (and anything a reviewer pastes) before it is matched or shown: Unicode
 * compatibility forms unified (NFKC: "Ｏｐｅｎ" is "Open"), invisible format characters removed
 * (zero-width joiners and spaces, soft hyphens, the bidirectional overrides that would show
 * "Corp\u202Eevil" reversed in the panel, the toolbar tooltip and an export), and control characters
 * (NUL included) replaced by a space. Pure and dependency-free: the content script may use it too.
 */
// Cf: format characters (U+200B–U+200F, U+202A–U+202E, U+2060–U+2069, U+FEFF, U+00AD …).
const FORMAT = /\p{Cf}/gu;
// Cc except tab, line feed and carriage return, which are whitespace the callers handle.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

export function cleanText(text: string): string {
  return text.normalize('NFKC').replace(FORMAT, '').replace(CONTROL, ' ');
}
