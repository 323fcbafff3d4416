/**
 * Text of a subtree, read from script node by node and given up past `limit` characters (or nodes).
 * `textContent` on a page-controlled element can mean copying megabytes: a hostile or simply huge page
 * must not make one lookup cost more than a bounded amount.
 * @returns the text, or null when the subtree holds more than `limit`.
 */
export function boundedText(root: Node | null | undefined, limit: number): string | null {
  if (!root) return '';
  let out = '';
  let visited = 0;
  let n: Node | null = root.firstChild;
  while (n) {
    if (++visited > limit) return null;
    if (n.nodeType === 3) {
      out += (n as Text).data;
      if (out.length > limit) return null;
    }
    if (n.firstChild) {
      n = n.firstChild;
      continue;
    }
    while (n && n !== root && !n.nextSibling) n = n.parentNode;
    if (!n || n === root) break;
    n = n.nextSibling;
  }
  return out;
}

/* Test pages: generated huge pages in hostile.test.ts and tests/e2e/hostile.spec.ts. */
