import { describe, expect, it, vi } from 'vitest';
import { deferMethods, loadPageData } from './load-page-data';
import { reviewService as loaded } from './page-data';

describe('the page data layer, loaded on first use', () => {
  it('is loaded once, and is the module the page imports', async () => {
    const first = loadPageData();
    expect(loadPageData()).toBe(first);
    expect((await first).reviewService).toBe(loaded);
  });

  it('forwards each call, with its arguments, to the loaded object as it is at call time', async () => {
    const target = {
      add: async (a: number, b: number) => a + b,
      fail: async () => Promise.reject(new Error('no')),
    };
    const load = vi.fn(async () => target);
    const deferred = deferMethods(load);
    expect(load).not.toHaveBeenCalled();
    await expect(deferred.add(2, 3)).resolves.toBe(5);
    await expect(deferred.fail()).rejects.toThrow('no');
    // A method replaced after the wrapper was made (a spy in a test) is the one called.
    target.add = async () => 42;
    await expect(deferred.add(2, 3)).resolves.toBe(42);
  });

  it('fails the call when the code cannot load, and tries again on the next call', async () => {
    const load = vi
      .fn<() => Promise<{ ping: () => Promise<string> }>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue({ ping: async () => 'pong' });
    const deferred = deferMethods(load);
    await expect(deferred.ping()).rejects.toThrow('offline');
    await expect(deferred.ping()).resolves.toBe('pong');
  });
});
