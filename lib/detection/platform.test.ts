import { describe, expect, it } from 'vitest';
import { assetPlatform, hostedPlatform, poweredBy } from './platform';
import { detectHtml, html } from '@/tests/helpers/detection';

describe('hosted platform hosts', () => {
  it.each([
    ['netapp.safebase.us/', 'safebase'],
    ['acme.safebase.io/', 'safebase'],
    ['app.vanta.com/acme/trust/abc123', 'vanta'],
    ['acme.vantatrust.com/', 'vanta'],
    ['app.drata.com/trust/36f9232d', 'drata'],
    ['app.conveyor.com/profile/acme', 'conveyor'],
    ['public-profile.whistic.com/acme', 'whistic'],
    ['acme.secureframetrust.com/', 'secureframe'],
    ['acme.trust.site/', 'sprinto'],
    ['acme.trustshare.com/', 'trustcloud'],
    ['trust.oneleet.com/acme', 'oneleet'],
    ['trust.delve.co/acme', 'delve'],
    ['acme.securitypal.com/', 'securitypal'],
    ['acme.hypercomply.com/', 'hypercomply'],
  ])('%s → %s', (hostPath, p) => {
    expect(hostedPlatform(hostPath)).toBe(p);
  });

  it.each([
    'www.safebase.io/',
    'www.drata.com/blog/x',
    'app.drata.com/login',
    'www.securitypal.com/',
    'trust.oneleet.com/',
    'vanta.com/',
  ])('not a portal: %s', (hostPath) => {
    expect(hostedPlatform(hostPath)).toBeNull();
  });
});

describe('"Powered by" marks and assets', () => {
  it('reads Powered by X', () => {
    expect(poweredBy('Powered by SafeBase')).toBe('safebase');
    expect(poweredBy('Trust Center | Powered by Drata')).toBe('drata');
    expect(poweredBy('Powered by Vanta')).toBe('vanta');
    expect(poweredBy('Powered by TrustCloud')).toBe('trustcloud');
  });
  it('reads a portal’s "Continuously monitored by X" badge, only as a line of its own', () => {
    expect(poweredBy('Continuously monitored by Secureframe')).toBe('secureframe');
    expect(poweredBy('Our controls are continuously monitored by Vanta.')).toBeNull();
  });
  it('never matches Vanta.js', () => {
    expect(poweredBy('a dynamic, interactive background powered by Vanta.js.')).toBeNull();
    expect(poweredBy('Powered by vantajs')).toBeNull();
    expect(assetPlatform('https://cdnjs.cloudflare.com/ajax/libs/vanta/0.5.24/vanta.net.min.js')).toBeNull();
  });
  it('reads portal assets', () => {
    expect(assetPlatform('https://static.vanta.com/trust-report/assets/entry-trust-report.js')).toBe('vanta');
    expect(assetPlatform('https://cdn.drata.com/x.js')).toBe('drata');
    expect(assetPlatform('https://cdn.conveyor.com/embed.js')).toBe('conveyor');
  });
});

describe('platform on whole pages', () => {
  it('custom-domain page with Vanta footer and script is vanta, not self-hosted', async () => {
    const d = await detectHtml(
      html(
        'Acme Trust Center',
        '<h1>Acme Trust Center</h1><footer>Powered by Vanta</footer>',
        '<script src="https://static.vanta.com/trust-report/assets/entry-trust-report.js"></script>',
      ),
      'https://trust.acme.example/',
    );
    expect([d.isTrustPage, d.platform, d.vendor?.host]).toEqual([true, 'vanta', 'trust.acme.example']);
  });

  it('a Vanta.js site is not a trust page', async () => {
    const d = await detectHtml(
      html(
        'Portfolio',
        '<p>Background powered by Vanta.js</p>',
        '<script src="https://cdn.jsdelivr.net/npm/vanta/dist/vanta.waves.min.js"></script>',
      ),
      'https://jane.example.dev/',
    );
    expect([d.isTrustPage, d.platform]).toEqual([false, null]);
  });

  it('an embedded portal iframe makes a vendor page a trust page', async () => {
    const d = await detectHtml(
      html('Acme', '<iframe src="https://acme.safebase.us/embed"></iframe>'),
      'https://www.acme.example/',
    );
    expect([d.isTrustPage, d.platform]).toEqual([true, 'safebase']);
  });

  it('hosted portal vendor host comes from links back, never the platform', async () => {
    const d = await detectHtml(
      html(
        'Acme Trust Center | Powered by SafeBase',
        '<a href="https://www.acme.example/">Acme</a><a href="https://safebase.io/">SafeBase</a><a href="https://twitter.com/acme">t</a>',
      ),
      'https://acme.safebase.us/',
    );
    expect(d.vendor).toEqual({ name: 'Acme', domain: null, host: 'www.acme.example' });
  });
});
