import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EVIDENCE_MENU_ID, handleEvidenceClick, registerEvidenceMenu } from './background';
import { PENDING_MAX, readPendingEvidence } from './pending';

describe('context menu: add selection as evidence', () => {
  it('creates the selection menu on install', async () => {
    const create = vi.fn();
    fakeBrowser.contextMenus.create = create;
    fakeBrowser.contextMenus.onClicked.addListener = vi.fn();
    registerEvidenceMenu();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(create).toHaveBeenCalledWith({
      id: EVIDENCE_MENU_ID,
      title: 'Add to Vendorscope as evidence',
      contexts: ['selection'],
    });
  });

  it('stores the trimmed selection and page URL as a pending quote', async () => {
    const stored = await handleEvidenceClick(
      {
        menuItemId: EVIDENCE_MENU_ID,
        selectionText: '  Our SOC 2 Type II\n report covers   Security.  ',
        pageUrl: 'https://trust.acme.com/',
      },
      () => 42,
    );
    expect(stored).toBe(true);
    expect(await readPendingEvidence()).toEqual([
      {
        id: expect.any(String),
        url: 'https://trust.acme.com/',
        quote: 'Our SOC 2 Type II report covers Security.',
        capturedAt: 42,
      },
    ]);
  });

  it('ignores other menus, empty selections and non-URLs, and keeps the list bounded', async () => {
    expect(
      await handleEvidenceClick({ menuItemId: 'other', selectionText: 'x', pageUrl: 'https://a.example/' }),
    ).toBe(false);
    expect(
      await handleEvidenceClick({
        menuItemId: EVIDENCE_MENU_ID,
        selectionText: '   ',
        pageUrl: 'https://a.example/',
      }),
    ).toBe(false);
    expect(
      await handleEvidenceClick({ menuItemId: EVIDENCE_MENU_ID, selectionText: 'x', pageUrl: 'javascript' }),
    ).toBe(false);
    for (let i = 0; i < PENDING_MAX + 5; i++)
      await handleEvidenceClick({
        menuItemId: EVIDENCE_MENU_ID,
        selectionText: `quote ${i}`,
        pageUrl: 'https://a.example/',
      });
    const pending = await readPendingEvidence();
    expect(pending).toHaveLength(PENDING_MAX);
    expect(pending.at(-1)?.quote).toBe(`quote ${PENDING_MAX + 4}`);
  });
});
