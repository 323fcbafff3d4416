// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ROUTES_MAX, startDetector } from './detector-content';
import type { DetectorHandle } from './detector-handle';

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
    const handle = (globalThis as unknown as { __vendorscopeDetector: DetectorHandle }).__vendorscopeDetector;
    await handle.latest();
    expect(checks()).toBe(1);
    // Asked again for the same address (a title change, a second injection): already watched.
    handle.run();
    startDetector();
    await handle.latest();
    expect(checks()).toBe(1);
    // Cleared: it withdraws and stops watching (the watch's end is marked).
    await vi.waitFor(() => expect(sent).toEqual(['detectionReported']));
    handle.clear();
    await vi.waitFor(() => expect(sent).toEqual(['detectionReported', 'detectionCleared']));
    expect(performance.getEntriesByName('vendorscope:watch-ended')).toHaveLength(1);
    // The same address passes again after a clear: detected afresh.
    handle.run();
    await handle.latest();
    expect(checks()).toBe(2);
    // A page moving its address for ever, each route detected before the next: ROUTES_MAX runs in
    // all, and the cap is marked once.
    for (let i = 0; i < ROUTES_MAX + 20; i++) {
      history.pushState({}, '', `/trust/${i}`);
      handle.run();
      await handle.latest();
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
    const handle = (globalThis as unknown as { __vendorscopeDetector: DetectorHandle }).__vendorscopeDetector;
    // What the background asks a detector it has just injected: the reading it started with, once done.
    expect(await handle.latest()).toBe(true);
    expect(performance.getEntriesByName('vendorscope:check')).toHaveLength(1);
    // The same address: run() leaves it to the watch, read() reads it again.
    handle.run();
    expect(await handle.latest()).toBe(true);
    expect(performance.getEntriesByName('vendorscope:check')).toHaveLength(1);
    expect(await handle.read()).toBe(true);
    expect(performance.getEntriesByName('vendorscope:check')).toHaveLength(2);
    document.title = 'Pricing — Acme';
    document.body.innerHTML = '<h1>Pricing</h1><p>Plans for every team.</p>';
    expect(await handle.read()).toBe(false);
    expect(await handle.latest()).toBe(false);
  });

  it('reports nothing from a detection overtaken while it runs (the page cleared, a newer route)', async () => {
    history.pushState({}, '', '/trust');
    document.title = 'Trust Center';
    // Enough claims that the detection takes several steps, and so several slices of 0 ms.
    document.body.innerHTML =
      '<h1>Acme Trust Center</h1>' +
      Array.from({ length: 30 }, (_, i) => `<p>Acme has completed a SOC 2 Type II audit (${i}).</p>`).join(
        '',
      );
    const sent: string[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      sent.push((message as { type: string }).type);
      return { ok: true, res: undefined };
    });
    performance.clearMeasures('vendorscope:check');
    performance.clearMeasures('vendorscope:slice');
    // Every step ends its slice (each seems to take 100 ms): the detection gives the page its turn
    // after each one.
    let clock = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => (clock += 100));
    const detector = () =>
      (globalThis as unknown as { __vendorscopeDetector: DetectorHandle }).__vendorscopeDetector;
    const measure = performance.measure.bind(performance);
    let slices = 0;
    const measured = vi.spyOn(performance, 'measure').mockImplementation((name, options) => {
      // The page is cleared just after the detection's first slice, while it waits for its next turn.
      if (name === 'vendorscope:slice' && ++slices === 1) detector().clear();
      return measure(name, options as PerformanceMeasureOptions);
    });
    startDetector();
    expect(await detector().latest()).toBe(null);
    now.mockRestore();
    measured.mockRestore();
    expect(slices).toBeGreaterThan(3);
    // It ran to its end (measured), and sent nothing: the page was cleared meanwhile.
    expect(performance.getEntriesByName('vendorscope:check')).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 20));
    expect(sent).toEqual([]);
  });
});
