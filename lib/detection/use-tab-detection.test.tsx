// @vitest-environment happy-dom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { checkTabDetection, tabDetectionsItem, type TabDetection } from './tab-detections';
import { useTabDetection } from './use-tab-detection';

afterEach(cleanup);

const report = (reportedAt: number, url = 'https://trust.acme.com/'): TabDetection =>
  checkTabDetection({
    url,
    title: 'Acme Trust Center',
    isTrustPage: true,
    confidence: 0.9,
    platform: 'self-hosted',
    vendor: { name: 'Acme', domain: 'acme.com', host: 'trust.acme.com' },
    claims: [],
    thirdParty: [],
    subprocessors: [],
    signals: ['host:trust-subdomain'],
    reportedAt,
  })!;

/** Renders the hook for tab 7 and records every value it returns. */
function watch(initial?: { tabId: number; detection: TabDetection | null }) {
  const seen: (TabDetection | null | undefined)[] = [];
  function Probe() {
    seen.push(useTabDetection(7, initial));
    return null;
  }
  render(<Probe />);
  return seen;
}

const settle = () => act(() => new Promise((r) => setTimeout(r, 20)));

describe('useTabDetection', () => {
  it('keeps the first view’s object when the stored report is the same one', async () => {
    const first = report(1000);
    await tabDetectionsItem.setValue({ '7': first });
    const seen = watch({ tabId: 7, detection: first });
    await settle();
    expect(seen.at(-1)).toBe(first);
  });

  it('shows a new report, and none once the tab’s detection is forgotten', async () => {
    await tabDetectionsItem.setValue({ '7': report(1000) });
    const seen = watch();
    await settle();
    expect(seen.at(-1)?.reportedAt).toBe(1000);
    await act(() => tabDetectionsItem.setValue({ '7': report(2000, 'https://trust.acme.com/ai') }));
    await settle();
    expect(seen.at(-1)).toMatchObject({ reportedAt: 2000, url: 'https://trust.acme.com/ai' });
    await act(() => tabDetectionsItem.setValue({}));
    await settle();
    expect(seen.at(-1)).toBeNull();
  });
});
