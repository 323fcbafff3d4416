import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PAUSED_SITES_KEY } from '../settings/paused-sites';
import { readTab, registerGate } from './gate-background';
import { handleReadPage } from './background';

type Injection = {
  target: { tabId: number; frameIds?: number[] };
  files?: string[];
  func?: (...args: string[]) => unknown;
  args?: string[];
};

/**
 * What a call into the page answers: the injected function itself, run here against a detector
 * handle (or none, until one is injected), as the page's isolated world would run it.
 */
const answer = (inj: Injection, hasDetector: boolean, trust = true) => {
  if (!inj.func) return undefined;
  const world = globalThis as { __vendorscopeDetector?: object };
  world.__vendorscopeDetector = hasDetector
    ? { run: () => undefined, clear: () => undefined, read: () => trust, latest: () => trust }
    : undefined;
  try {
    return inj.func(...(inj.args ?? []));
  } finally {
    delete world.__vendorscopeDetector;
  }
};
/**
 * The wiring, driven through the browser's own events. The browser's injection is the boundary
 * (fakeBrowser has none): recorded here, answering as a page with or without a detector would.
 */
describe('the background gate wiring', () => {
  let injected: Injection[];
  let hasDetector: boolean;
  let forgotten: number[];

  beforeEach(() => {
    fakeBrowser.reset();
    injected = [];
    hasDetector = false;
    forgotten = [];
    vi.spyOn(browser.scripting, 'executeScript').mockImplementation((async (inj: Injection) => {
      injected.push(inj);
      if (inj.files) hasDetector = true;
      return [{ frameId: 0, result: answer(inj, hasDetector) }];
    }) as unknown as typeof browser.scripting.executeScript);
    registerGate(async (tabId) => void forgotten.push(tabId));
  });
  afterEach(() => vi.restoreAllMocks());

  const update = async (
    tabId: number,
    changeInfo: Browser.tabs.OnUpdatedInfo,
    tab: Partial<Browser.tabs.Tab>,
  ) => {
    await fakeBrowser.tabs.onUpdated.trigger(tabId, changeInfo, {
      id: tabId,
      status: 'complete',
      ...tab,
    } as Browser.tabs.Tab);
    // The listener's work is asynchronous (storage read, then injection).
    await new Promise((r) => setTimeout(r, 10));
  };

  it('injects the detector into a candidate tab’s top frame only, once, then reuses it', async () => {
    await update(7, { status: 'complete' }, { url: 'https://trust.acme.example/', title: 'Acme' });
    expect(injected.map((i) => [i.target, i.files ?? 'func'])).toEqual([
      [{ tabId: 7, frameIds: [0] }, 'func'],
      [{ tabId: 7, frameIds: [0] }, ['/detector.js']],
    ]);
    // A title update on the same address: the detector in the page watches it already.
    await update(
      7,
      { title: 'Acme Trust Center' },
      { url: 'https://trust.acme.example/', title: 'Acme Trust Center' },
    );
    expect(injected).toHaveLength(2);
  });

  it('injects nothing at all into a page with no trust hint, and resets the tab', async () => {
    const reads = vi.spyOn(fakeBrowser.storage.local, 'get');
    await update(8, { status: 'complete' }, { url: 'https://news.example/story', title: 'Markets' });
    expect(injected).toEqual([]);
    expect(forgotten).toEqual([8]);
    // Not even the pause list is read for it.
    expect(reads).not.toHaveBeenCalled();
  });

  it('looks at the tabs already open when Vendorscope is installed or the browser starts', async () => {
    const open = [
      { id: 21, status: 'complete', url: 'https://trust.acme.example/', title: 'Acme' },
      { id: 22, status: 'complete', url: 'https://news.example/story', title: 'Markets' },
    ];
    vi.spyOn(browser.tabs, 'query').mockImplementation(
      (async () => open) as unknown as typeof browser.tabs.query,
    );
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as Browser.runtime.InstalledDetails);
    await new Promise((r) => setTimeout(r, 20));
    expect(injected.map((i) => [i.target.tabId, i.files ?? 'func'])).toEqual([
      [21, 'func'],
      [21, ['/detector.js']],
    ]);
    expect(forgotten).toEqual([22]);
  });

  it('waits for a page that is still loading', async () => {
    await update(9, { title: 'Trust Center' }, { url: 'https://trust.acme.example/', status: 'loading' });
    expect(injected).toEqual([]);
  });

  it('injects nothing into a paused site', async () => {
    await fakeBrowser.storage.local.set({ [PAUSED_SITES_KEY]: ['acme.example'] });
    await update(7, { status: 'complete' }, { url: 'https://trust.acme.example/', title: 'Acme' });
    expect(injected).toEqual([]);
    const decisions = performance.getEntriesByName('vendorscope:gate') as PerformanceMeasure[];
    expect(decisions.at(-1)?.detail).toEqual({
      tabId: 7,
      outcome: 'paused',
      url: 'https://trust.acme.example/',
    });
  });

  it('asks the detector to withdraw when an SPA route leaves the trust page', async () => {
    await update(7, { status: 'complete' }, { url: 'https://trust.acme.example/', title: 'Acme' });
    await update(7, { status: 'loading' }, { url: 'https://www.acme.example/pricing', status: 'loading' });
    await update(7, { status: 'complete' }, { url: 'https://www.acme.example/pricing', title: 'Pricing' });
    expect(injected.map((i) => i.files ?? 'func')).toEqual(['func', ['/detector.js'], 'func']);
    // Forgotten when the route started loading, and again once it was found no candidate.
    expect(forgotten).toEqual([7, 7]);
    // And when the tab closes.
    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 1, isWindowClosing: false });
    expect(forgotten).toEqual([7, 7, 7]);
  });

  it('looks again, once, after a page that changes its address faster than once a second', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'Date'] });
    try {
      const tab = (n: number) => ({
        id: 7,
        status: 'complete',
        url: `https://trust.acme.example/r${n}`,
        title: 'Trust',
      });
      vi.spyOn(browser.tabs, 'get').mockImplementation((async () =>
        tab(99)) as unknown as typeof browser.tabs.get);
      for (let n = 0; n < 5; n++) {
        await fakeBrowser.tabs.onUpdated.trigger(7, { status: 'complete' }, tab(n) as Browser.tabs.Tab);
        await vi.advanceTimersByTimeAsync(50);
      }
      expect(injected.filter((i) => i.func)).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1_000);
      // The later look ran once, on what the tab shows then.
      expect(injected.filter((i) => i.func)).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('reading a page on the reviewer’s request', () => {
  let injected: Injection[];
  let hasDetector: boolean;
  let trust: boolean;

  beforeEach(() => {
    fakeBrowser.reset();
    injected = [];
    hasDetector = false;
    trust = true;
    vi.spyOn(browser.scripting, 'executeScript').mockImplementation((async (inj: Injection) => {
      injected.push(inj);
      if (inj.files) hasDetector = true;
      return [{ frameId: 0, result: answer(inj, hasDetector, trust) }];
    }) as unknown as typeof browser.scripting.executeScript);
  });
  afterEach(() => vi.restoreAllMocks());

  const tab = async (url: string) => (await fakeBrowser.tabs.create({ url })).id!;

  it('injects the detector when the page has none, then has it read the page', async () => {
    const id = await tab('https://www.acme.example/company/how-we-work');
    expect(await readTab(id)).toBe('trust-page');
    expect(injected.map((i) => i.files ?? 'func')).toEqual(['func', ['/detector.js'], 'func']);
    trust = false;
    expect(await readTab(id)).toBe('not-trust-page');
    expect(injected).toHaveLength(4);
  });

  it('leaves a paused site and a page that is not on the web unread', async () => {
    await fakeBrowser.storage.local.set({ [PAUSED_SITES_KEY]: ['acme.example'] });
    expect(await readTab(await tab('https://www.acme.example/how-we-work'))).toBe('paused');
    expect(await readTab(await tab('chrome://extensions/'))).toBe('unreadable');
    expect(injected).toEqual([]);
  });

  it('says a page the browser will not let it script is unreadable', async () => {
    vi.mocked(browser.scripting.executeScript).mockRejectedValue(
      new Error('Cannot access contents of the page'),
    );
    expect(await readTab(await tab('https://chromewebstore.google.com/detail/x'))).toBe('unreadable');
  });

  it('takes the request from Vendorscope’s own pages only', async () => {
    const id = await tab('https://www.acme.example/how-we-work');
    const page = { tabId: 3, frameId: 0, url: 'https://www.acme.example/how-we-work' };
    await expect(handleReadPage({ tabId: id }, page)).rejects.toThrow(/Only Vendorscope pages/);
    expect(injected).toEqual([]);
    const panel = { tabId: undefined, frameId: undefined, url: browser.runtime.getURL('/sidepanel.html') };
    expect(await handleReadPage({ tabId: id }, panel)).toBe('trust-page');
  });
});
