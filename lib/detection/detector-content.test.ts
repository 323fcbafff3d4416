// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startDetector } from './detector-content';

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
});
