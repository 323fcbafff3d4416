import { describe, expect, it, vi } from 'vitest';
import { createMessageRouter } from './router';

const detection = {
  url: 'https://trust.acme.com/',
  title: 'Acme Trust Center',
  isTrustPage: true,
  confidence: 0.9,
  platform: 'self-hosted',
  vendor: { name: 'Acme', domain: null, host: 'trust.acme.com' },
  claims: [],
  thirdParty: [],
  subprocessors: [],
  signals: ['host:trust-subdomain'],
};
const ours = { id: 'self', tab: { id: 7 }, frameId: 0, url: 'https://trust.acme.com/' };

describe('message router', () => {
  it('delivers a valid message from our extension with the browser-given sender', async () => {
    const router = createMessageRouter('self', () => undefined);
    const handler = vi.fn();
    router.on('detectionReported', handler);
    const reply = await router.dispatch({ vs: 1, type: 'detectionReported', data: { detection } }, ours);
    expect(reply).toEqual({ ok: true, res: undefined });
    expect(handler).toHaveBeenCalledWith(
      { detection },
      { tabId: 7, frameId: 0, url: 'https://trust.acme.com/' },
    );
  });

  it.each([
    [
      'a foreign extension',
      { vs: 1, type: 'detectionReported', data: { detection } },
      { ...ours, id: 'evil' },
    ],
    ['a message without our marker', { type: 'detectionReported', data: { detection } }, ours],
    ['an unknown type', { vs: 1, type: 'deleteEverything', data: {} }, ours],
    [
      'a malformed payload',
      { vs: 1, type: 'detectionReported', data: { detection: { ...detection, confidence: 7 } } },
      ours,
    ],
    ['not an object at all', 'hello', ours],
    ['null', null, ours],
  ])('drops and counts %s without throwing', (_label, message, sender) => {
    const log = vi.fn();
    const router = createMessageRouter('self', log);
    const handler = vi.fn();
    router.on('detectionReported', handler);
    expect(router.dispatch(message, sender)).toBeUndefined();
    expect(handler).not.toHaveBeenCalled();
    expect(router.dropped.count).toBe(1);
    expect(log).toHaveBeenCalledOnce();
  });

  it('turns a failing handler into an error reply instead of an unhandled rejection', async () => {
    const router = createMessageRouter('self', () => undefined);
    router.on('detectionCleared', () => {
      throw new Error('boom');
    });
    const reply = await router.dispatch(
      { vs: 1, type: 'detectionCleared', data: { url: 'https://a.example/' } },
      ours,
    );
    expect(reply).toEqual({ ok: false, error: 'boom' });
  });

  it('refuses a second handler for the same type', () => {
    const router = createMessageRouter('self');
    router.on('detectionCleared', () => undefined);
    expect(() => router.on('detectionCleared', () => undefined)).toThrow(/already registered/);
  });
});
