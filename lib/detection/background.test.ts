import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetTab, handleDetectionCleared, handleDetectionReported } from './background';
import type { Detection } from './schema';
import { tabDetectionsItem } from './tab-detections';

const detection: Detection = {
  url: 'https://trust.acme.co.uk/',
  title: 'Acme Trust Center',
  isTrustPage: true,
  confidence: 0.9,
  platform: 'self-hosted',
  vendor: { name: 'Acme', domain: null, host: 'trust.acme.co.uk' },
  claims: [],
  thirdParty: [],
  subprocessors: [],
  signals: ['host:trust-subdomain'],
};
const sender = { tabId: 3, frameId: 0, url: 'https://trust.acme.co.uk/' };

describe('background detection state', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('stores the detection with its registrable domain and marks the tab', async () => {
    await handleDetectionReported({ detection }, sender);
    const stored = (await tabDetectionsItem.getValue())['3'];
    expect(stored?.vendor?.domain).toBe('acme.co.uk');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('✓');
    expect(await fakeBrowser.action.getTitle({ tabId: 3 })).toBe('Vendorscope — trust page: Acme');
  });

  it('refuses a report whose URL is not the page the browser says sent it', async () => {
    await expect(
      handleDetectionReported({ detection }, { ...sender, url: 'https://evil.example/' }),
    ).rejects.toThrow(/does not match/);
    await expect(handleDetectionReported({ detection }, { ...sender, frameId: 2 })).rejects.toThrow(
      /top frame/,
    );
    expect(await tabDetectionsItem.getValue()).toEqual({});
  });

  it('clears a tab when its page stops being a trust page, and when it closes', async () => {
    await handleDetectionReported({ detection }, sender);
    await handleDetectionReported(
      { detection: { ...detection, url: 'https://trust.acme.co.uk/x' } },
      { ...sender, tabId: 4, url: 'https://trust.acme.co.uk/x' },
    );
    await handleDetectionCleared({ url: detection.url }, sender);
    expect(Object.keys(await tabDetectionsItem.getValue())).toEqual(['4']);
    expect(await fakeBrowser.action.getTitle({ tabId: 3 })).toBe('Vendorscope');
    await forgetTab(4);
    expect(await tabDetectionsItem.getValue()).toEqual({});
  });

  it('writes nothing when a tab with nothing stored loads or closes: open pages are not sent the map again', async () => {
    await handleDetectionReported({ detection }, sender);
    const changes: unknown[] = [];
    fakeBrowser.storage.session.onChanged.addListener((change) => changes.push(change));
    await forgetTab(9);
    expect(changes).toEqual([]);
    expect(Object.keys(await tabDetectionsItem.getValue())).toEqual(['3']);
    await forgetTab(3);
    expect(changes).toHaveLength(1);
    expect(await tabDetectionsItem.getValue()).toEqual({});
  });

  it('replaces an unreadable stored map when it forgets a tab', async () => {
    await fakeBrowser.storage.session.set({ detections: { '3': { url: 42 } } });
    await forgetTab(3);
    expect(await tabDetectionsItem.getValue()).toEqual({});
  });

  it('does not lose one of two concurrent reports', async () => {
    await Promise.all(
      [5, 6, 7, 8].map((tabId) => handleDetectionReported({ detection }, { ...sender, tabId })),
    );
    expect(Object.keys(await tabDetectionsItem.getValue()).sort()).toEqual(['5', '6', '7', '8']);
  });

  it('cleans page text before it is stored or shown: no reversing, invisible or control characters', async () => {
    const tricky: Detection = {
      ...detection,
      title: 'Acme\u202Egnp.exe Trust Center',
      vendor: { name: 'Ac\u200dme\u0000 \u202ECorp', domain: null, host: 'trust.acme.co.uk' },
      subprocessors: [{ name: 'Open\u200dAI', purpose: 'LLM\u00adinference', ai: true }],
      claims: [{ framework: 'soc2-type2', status: 'held', quote: 'SOC\u202E 2 Type II' }],
      thirdParty: [
        { subject: 'A\u200bWS', framework: 'iso27001', status: 'held', quote: 'AWS is ISO\u2066 27001' },
      ],
    };
    await handleDetectionReported({ detection: tricky }, sender);
    const stored = (await tabDetectionsItem.getValue())['3'];
    expect(stored?.vendor?.name).toBe('Acme  Corp');
    expect(stored?.title).toBe('Acmegnp.exe Trust Center');
    expect(stored?.subprocessors[0]).toMatchObject({ name: 'OpenAI', purpose: 'LLMinference' });
    expect(stored?.claims[0]?.quote).toBe('SOC 2 Type II');
    expect(stored?.thirdParty[0]).toMatchObject({ subject: 'AWS', quote: 'AWS is ISO 27001' });
    expect(await fakeBrowser.action.getTitle({ tabId: 3 })).toBe('Vendorscope — trust page: Acme Corp');
  });
});
