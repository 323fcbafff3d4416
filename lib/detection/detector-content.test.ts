// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ROUTES_MAX, startDetector } from './detector-content';

afterEach(() => {
  delete (globalThis as Record<string, unknown>).__vendorscopeDetector;
});

describe('the injected detector', () => {
  it('sends its report again when the background was not there to take it (a worker restarting)', async () => {
    history.pushState({}, '', '/security');
    document.title = 'Security at Acme';
    document.body.innerHTML = '<h1>Security at Acme</h1><p>Acme has completed a SOC 2 Type II audit.</p>';
    const sent: string[] = [];
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      const type = (message as { type: string }).type;
      sent.push(type);
      if (sent.length === 1) throw new Error('Could not establish connection. Receiving end does not exist.');
      return { ok: true, res: undefined };
    });
    startDetector();
    await vi.waitFor(() => expect(sent).toEqual(['detectionReported', 'detectionReported']), {
      timeout: 3000,
    });
    expect(performance.getEntriesByName('vendorscope:report-retry')).toHaveLength(1);
    // Once taken, the same detection is not sent again.
    (globalThis as unknown as { __vendorscopeDetector: { run(): void } }).__vendorscopeDetector.run();
    await new Promise((r) => setTimeout(r, 50));
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('follows a new address once, stops watching when cleared, and caps the routes of one document', async () => {
    history.pushState({}, '', '/trust');
    document.title = 'Trust Center';
    document.body.innerHTML = '<h1>Acme Trust Center</h1><p>Acme has completed a SOC 2 Type II audit.</p>';
    const sent: string[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      sent.push((message as { type: string }).type);
      return { ok: true, res: undefined };
    });
    performance.clearMeasures('vendorscope:check');
    performance.clearMarks();
    const checks = () => performance.getEntriesByName('vendorscope:check').length;
    startDetector();
    const handle = (globalThis as unknown as { __vendorscopeDetector: { run(): void; clear(): void } })
      .__vendorscopeDetector;
    expect(checks()).toBe(1);
    // Asked again for the same address (a title change, a second injection): already watched.
    handle.run();
    startDetector();
    expect(checks()).toBe(1);
    // Cleared: it withdraws and stops watching (the watch's end is marked).
    await vi.waitFor(() => expect(sent).toEqual(['detectionReported']));
    handle.clear();
    await vi.waitFor(() => expect(sent).toEqual(['detectionReported', 'detectionCleared']));
    expect(performance.getEntriesByName('vendorscope:watch-ended')).toHaveLength(1);
    // The same address passes again after a clear: detected afresh.
    handle.run();
    expect(checks()).toBe(2);
    // A page moving its address for ever: ROUTES_MAX runs in all, and the cap is marked once.
    for (let i = 0; i < ROUTES_MAX + 20; i++) {
      history.pushState({}, '', `/trust/${i}`);
      handle.run();
    }
    expect(checks()).toBe(ROUTES_MAX);
    expect(performance.getEntriesByName('vendorscope:routes-capped')).toHaveLength(1);
    handle.clear();
  });

  it('reads the page on the reviewer’s request, again each time, whatever its address says', async () => {
    history.pushState({}, '', '/company/how-we-work');
    document.title = 'How we work — Acme';
    // Its hint is in its heading only: the background's gate (address and title) does not see it.
    document.body.innerHTML =
      '<h1>Security and compliance at Acme</h1><p>Acme has completed a SOC 2 Type II audit.</p>';
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async () => ({
      ok: true,
      res: undefined,
    }));
    performance.clearMeasures('vendorscope:check');
    startDetector();
    const handle = (
      globalThis as unknown as {
        __vendorscopeDetector: { read(): boolean; run(): void; latest(): boolean | null };
      }
    ).__vendorscopeDetector;
    expect(performance.getEntriesByName('vendorscope:check')).toHaveLength(1);
    // What the background asks a detector it has just injected: the reading it started with.
    expect(handle.latest()).toBe(true);
    // The same address: run() leaves it to the watch, read() reads it again.
    handle.run();
    expect(performance.getEntriesByName('vendorscope:check')).toHaveLength(1);
    expect(handle.read()).toBe(true);
    expect(performance.getEntriesByName('vendorscope:check')).toHaveLength(2);
    document.title = 'Pricing — Acme';
    document.body.innerHTML = '<h1>Pricing</h1><p>Plans for every team.</p>';
    expect(handle.read()).toBe(false);
    expect(handle.latest()).toBe(false);
  });
});
