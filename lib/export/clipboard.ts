/** The slice of the Clipboard API we use, injectable for tests. */
export interface ClipboardLike {
  write?: (items: ClipboardItem[]) => Promise<void>;
  writeText: (text: string) => Promise<void>;
}

export type CopyResult = 'rich' | 'plain';

/**
 * Puts both flavours on the clipboard in one item: text/html pastes as headings, lists and tables in
 * Docs, Confluence, Notion and Outlook; text/plain (Markdown) pastes cleanly into Jira, GitHub and
 * Slack. Where ClipboardItem is missing, falls back to plain text and says so.
 */
export async function copyFindings(
  flavours: { html: string; text: string },
  clipboard: ClipboardLike = navigator.clipboard,
  Item: typeof ClipboardItem | undefined = globalThis.ClipboardItem,
): Promise<CopyResult> {
  if (Item && clipboard.write) {
    await clipboard.write([
      new Item({
        'text/html': new Blob([flavours.html], { type: 'text/html' }),
        'text/plain': new Blob([flavours.text], { type: 'text/plain' }),
      }),
    ]);
    return 'rich';
  }
  await clipboard.writeText(flavours.text);
  return 'plain';
}
