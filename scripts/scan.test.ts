import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PAGES = join(ROOT, 'tests/fixtures/pages');

/** Run the scanner the way `npm run -s scan --` does. */
const scan = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/scan.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('scan CLI', () => {
  it('scans one file', () => {
    const r = scan(join(PAGES, 'knoetic-vanta.html'), '--url', 'https://trust.knoetic.com/');
    expect(r.code).toBe(0);
    const o = JSON.parse(r.out);
    expect(Object.keys(o)).toEqual([
      'url',
      'isTrustPage',
      'confidence',
      'platform',
      'vendor',
      'claims',
      'thirdParty',
      'subprocessors',
      'signals',
    ]);
    expect(o).toMatchObject({
      url: 'https://trust.knoetic.com/',
      isTrustPage: true,
      platform: 'vanta',
      vendor: { name: 'Knoetic', domain: 'knoetic.com' },
      claims: [{ framework: 'soc2-type2', status: 'held' }],
    });
    expect(Object.keys(o.vendor)).toEqual(['name', 'domain']);
  });

  it('scans a non-trust page', () => {
    const r = scan(
      join(PAGES, 'fullstory-blog-soc2.html'),
      '--url',
      'https://blog.fullstory.com/fullstory-soc-2-type-ii-compliance/',
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ isTrustPage: false, platform: null, vendor: null, claims: [] });
  });

  it('scans the corpus with --cases, in order', () => {
    const r = scan('--cases', join(PAGES, 'cases.json'));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as { url: string; isTrustPage: boolean }[];
    expect(out).toHaveLength(15);
    expect(out[0]!.url).toBe('https://openai.com/security-and-privacy/');
    expect(out.filter((o) => o.isTrustPage)).toHaveLength(10);
  });

  it('puts an error in the slot of an unreadable case and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-'));
    writeFileSync(
      join(dir, 'a.html'),
      '<title>Security | Acme</title><p>We are SOC 2 Type II certified.</p>',
    );
    writeFileSync(
      join(dir, 'cases.json'),
      JSON.stringify([
        { file: 'a.html', url: 'https://acme.example/security' },
        { file: 'missing.html', url: 'https://acme.example/trust' },
      ]),
    );
    const r = scan('--cases', join(dir, 'cases.json'));
    expect(r.code).toBe(1);
    const out = JSON.parse(r.out);
    expect(out[0]).toMatchObject({
      isTrustPage: true,
      claims: [{ framework: 'soc2-type2', status: 'held' }],
    });
    expect(out[1]).toEqual({ url: 'https://acme.example/trust', error: expect.any(String) });
  });

  it.each([
    [[]],
    [['file.html']],
    [[join(PAGES, 'knoetic-vanta.html'), '--url']],
    [[join(PAGES, 'knoetic-vanta.html'), '--url', 'not a url']],
    [['--cases']],
    [['--bogus']],
    [['--cases', join(PAGES, 'cases.json'), '--url', 'https://x.example/']],
    [['--cases', '/nonexistent/cases.json']],
  ])('bad arguments %j exit 2 with one stderr line', (args) => {
    const r = scan(...args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it.each([
    ['{not json'],
    ['{"file":"a.html"}'],
    ['[{"file":"a.html"}]'],
    ['[{"file":"a.html","url":"ftp://x"}]'],
  ])('invalid cases.json %s exits 2', (content) => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-'));
    writeFileSync(join(dir, 'cases.json'), content);
    const r = scan('--cases', join(dir, 'cases.json'));
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
});

describe('scanHtml, as the extension sees a page', () => {
  it('does not read a page whose address and title give the background gate no hint', async () => {
    const { scanHtml } = await import('./scan-html');
    const body = '<h1>Security at Acme</h1><p>Acme has completed a SOC 2 Type II audit.</p>';
    const hinted = await scanHtml(
      `<title>Acme Trust Center</title>${body}`,
      'https://www.acme.example/about',
    );
    expect(hinted.isTrustPage).toBe(true);
    const silent = await scanHtml(`<title>Acme</title>${body}`, 'https://www.acme.example/about');
    expect(silent).toMatchObject({ isTrustPage: false, claims: [], signals: ['tab-gate:no-hint'] });
  });
});
