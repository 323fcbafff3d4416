import { describe, expect, it } from 'vitest';
import { RUN_MIN_MS, TabGate } from './tab-gate';

const never = () => false;
const trust = { url: 'https://trust.acme.example/', title: 'Acme Trust Center' };
const news = { url: 'https://news.example/2026/story', title: 'Markets close higher' };

describe('the background gate', () => {
  it('runs the detector on a page whose address or title hints at trust, once per document', () => {
    const gate = new TabGate();
    expect(gate.decide(1, trust, 0, never)).toEqual({ kind: 'run' });
    // The same page again (a title update, a second "complete"): the detector already watches it.
    expect(gate.decide(1, { ...trust, title: 'Acme Trust Center (2)' }, 5_000, never)).toEqual({
      kind: 'ignore',
    });
    // Reloaded: a new document, so it runs again.
    gate.loading(1);
    expect(gate.decide(1, trust, 6_000, never)).toEqual({ kind: 'run' });
  });

  it('leaves pages with no hint in their address or title alone, and never touches non-web tabs', () => {
    const gate = new TabGate();
    expect(gate.decide(1, news, 0, never)).toEqual({ kind: 'not-candidate', clear: false });
    expect(gate.decide(1, news, 10, never)).toEqual({ kind: 'ignore' });
    for (const url of [
      'chrome://settings/security',
      'about:blank',
      'file:///tmp/trust.html',
      'not a url',
      undefined,
    ])
      expect(gate.decide(2, { url, title: 'Trust Center' }, 0, never)).toEqual({ kind: 'ignore' });
  });

  it('tells a detector that ran to withdraw when the route or title no longer passes', () => {
    const gate = new TabGate();
    expect(gate.decide(1, trust, 0, never).kind).toBe('run');
    // Chromium reports a pushState route as loading, then complete.
    gate.loading(1);
    expect(gate.decide(1, { url: 'https://trust.acme.example/x', title: 'Pricing' }, 2_000, never)).toEqual({
      kind: 'run',
    });
    expect(
      gate.decide(1, { url: 'https://www.acme.example/pricing', title: 'Pricing' }, 4_000, never),
    ).toEqual({
      kind: 'not-candidate',
      clear: true,
    });
    // Told once.
    gate.loading(1);
    expect(gate.decide(1, news, 6_000, never)).toEqual({ kind: 'not-candidate', clear: false });
  });

  it('reads a title set after load (client-rendered apps)', () => {
    const gate = new TabGate();
    const url = 'https://app.example/#/x';
    expect(gate.decide(1, { url, title: 'Loading…' }, 0, never).kind).toBe('not-candidate');
    expect(gate.decide(1, { url, title: 'Acme — Security & Compliance' }, 100, never).kind).toBe('run');
  });

  it('runs nothing on a paused site', () => {
    const gate = new TabGate();
    const paused = (host: string) => host === 'trust.acme.example';
    expect(gate.decide(1, trust, 0, paused)).toEqual({ kind: 'paused' });
    expect(gate.decide(1, trust, 10, paused)).toEqual({ kind: 'ignore' });
    expect(gate.decide(2, { ...trust, url: 'https://trust.other.example/' }, 0, paused).kind).toBe('run');
  });

  it('runs at most once a second per tab however fast a page changes its address', () => {
    const gate = new TabGate();
    let runs = 0;
    let later = 0;
    // A route every 50 ms for 10 s.
    for (let t = 0; t < 10_000; t += 50) {
      gate.loading(1);
      const step = gate.decide(1, { url: `https://trust.acme.example/r${t}`, title: 'Trust' }, t, never);
      if (step.kind === 'run') runs += 1;
      if (step.kind === 'later') {
        later += 1;
        expect(step.afterMs).toBeGreaterThan(0);
        expect(step.afterMs).toBeLessThanOrEqual(RUN_MIN_MS);
      }
    }
    expect(runs).toBe(10);
    expect(later).toBe(190);
    // Other tabs are not held back by it.
    expect(gate.decide(2, trust, 9_999, never).kind).toBe('run');
  });

  it('forgets closed tabs', () => {
    const gate = new TabGate();
    gate.decide(1, trust, 0, never);
    gate.forget(1);
    expect(gate.decide(1, trust, 1, never)).toEqual({ kind: 'run' });
  });
});
