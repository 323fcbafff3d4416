import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleDetectionReported } from './background';
import type { Detection } from './schema';
import { ALL_TABS_BYTES, boundTab, fitTabs, TAB_BYTES } from './tab-budget';
import { tabDetectionsItem } from './tab-detections';

/** A page listing 1,000 long sub-processor rows: about 1 MB of detection. */
const bigPage = (n: number): Detection => ({
  url: `https://trust.vendor${n}.example/`,
  title: `Vendor ${n} Trust Center`,
  isTrustPage: true,
  confidence: 0.9,
  platform: 'self-hosted',
  vendor: { name: `Vendor ${n}`, domain: null, host: `trust.vendor${n}.example` },
  claims: [],
  thirdParty: [],
  subprocessors: Array.from({ length: 1000 }, (_, i) => ({
    name: `Sub-processor ${i} ${'x'.repeat(150)}`,
    purpose: 'p'.repeat(300),
    location: 'l'.repeat(200),
    ai: false,
  })),
  signals: [],
});

describe('session storage stays within its quota', () => {
  beforeEach(() => fakeBrowser.reset());

  it('bounds one tab: the first sub-processors are kept and the rest counted', () => {
    const bounded = boundTab({ ...bigPage(1), reportedAt: 1 });
    expect(JSON.stringify(bounded).length).toBeLessThanOrEqual(TAB_BYTES);
    expect(bounded.subprocessors.length).toBeGreaterThan(100);
    expect(bounded.subprocessors.length + bounded.subprocessorsOmitted!).toBe(1000);
    expect(bounded.subprocessors[0]?.name).toMatch(/^Sub-processor 0 /);
  });

  it('the eleventh big trust page is recognised: the oldest tabs give way, and the log says so', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (let tab = 1; tab <= 25; tab++)
      await handleDetectionReported(
        { detection: bigPage(tab) },
        { tabId: tab, frameId: 0, url: bigPage(tab).url },
      );
    const all = await tabDetectionsItem.getValue();
    expect(JSON.stringify(all).length).toBeLessThanOrEqual(ALL_TABS_BYTES);
    expect(all['25']?.vendor?.name).toBe('Vendor 25');
    expect(all['1']).toBeUndefined();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 25 })).toBe('✓');
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/forgot the detections of tabs/));
  });

  it('keeps the newest report even if it alone were over the budget', () => {
    const newest = { ...bigPage(2), reportedAt: 10 };
    const { kept, evicted } = fitTabs({ '1': { ...bigPage(1), reportedAt: 1 }, '2': newest }, 1000);
    expect(Object.keys(kept)).toEqual(['2']);
    expect(evicted).toEqual(['1']);
  });
});
