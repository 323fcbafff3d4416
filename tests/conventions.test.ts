/**
 * Meta-tests: the architecture rules of STYLE.md, checked on the source so they cannot rot.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEY } from '@/lib/detection/detector-handle';

const root = path.resolve(__dirname, '..');
const read = (p: string) => readFileSync(path.join(root, p), 'utf8');

function walk(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const rel = path.join(dir, name);
    return statSync(path.join(root, rel)).isDirectory() ? walk(rel) : [rel];
  });
}
const sources = ['lib', 'entrypoints', 'components'].flatMap(walk).filter((f) => /\.tsx?$/.test(f));

/** Every module a file imports at runtime (type-only imports are erased and do not count). */
function runtimeImports(file: string): string[] {
  const code = read(file);
  const specs = [...code.matchAll(/^import\s+(?!type\b)[^'"]*?from\s+'([^']+)'|^import\s+'([^']+)'/gm)].map(
    (m) => m[1] ?? m[2]!,
  );
  return specs;
}

function resolveLocal(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('@/')) base = spec.slice(2);
  else if (spec.startsWith('.')) base = path.join(path.dirname(from), spec);
  else return null;
  for (const ext of ['.ts', '.tsx', '/index.ts']) {
    try {
      statSync(path.join(root, base + ext));
      return base + ext;
    } catch {
      // try the next extension
    }
  }
  return null;
}

function reachable(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const f = queue.pop()!;
    if (files.has(f)) continue;
    files.add(f);
    for (const spec of runtimeImports(f)) {
      const local = resolveLocal(f, spec);
      if (local) queue.push(local);
      else packages.add(spec);
    }
  }
  return { files, packages };
}

describe('conventions', () => {
  it('registers every ProtocolMap key exactly once, in the background', () => {
    const protocol = read('lib/messaging/protocol.ts');
    const keys = [...protocol.matchAll(/^ {2}(\w+): \{ data:/gm)].map((m) => m[1]);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      const registrations = sources.filter(
        (f) => !f.includes('.test.') && read(f).includes(`router.on('${key}'`),
      );
      expect(registrations, key).toHaveLength(1);
      expect(registrations[0], key).toMatch(/background\.ts$/);
    }
  });

  it('keeps what runs in web pages small: no database, Zod, tldts or React reachable from the detector', () => {
    const { files, packages } = reachable('entrypoints/detector.ts');
    expect([...files].filter((f) => f.startsWith('lib/db/'))).toEqual([]);
    expect([...packages].filter((p) => /^(zod|tldts|react|react-dom|dexie)(\/|$)/.test(p))).toEqual([]);
  });

  it('keeps the panel’s first script free of Zod, Dexie and React: it runs while they load', () => {
    const { packages } = reachable('entrypoints/panel-first-view.ts');
    expect([...packages].filter((p) => /^(zod|tldts|react|react-dom|dexie)(\/|$)/.test(p))).toEqual([]);
  });

  it('declares no content script: no page runs Vendorscope code before the background gate passes it', () => {
    const declared = sources.filter((f) => /defineContentScript|content_scripts/.test(read(f)));
    expect(declared).toEqual([]);
  });

  it('finds an injected detector by the name detector-handle.ts gives it', () => {
    // The injected functions are serialised into the page, so they cannot import the constant.
    const uses = [...read('lib/detection/gate-background.ts').matchAll(/__vendorscope\w+/g)].map((m) => m[0]);
    expect(uses.length).toBeGreaterThan(0);
    expect(new Set(uses)).toEqual(new Set([KEY]));
  });

  it('keeps entry points thin', () => {
    expect(read('entrypoints/background/index.ts').split('\n').length).toBeLessThanOrEqual(40);
    expect(read('entrypoints/detector.ts').split('\n').length).toBeLessThanOrEqual(20);
  });

  it('keeps components presentational and small: no browser APIs, no database', () => {
    for (const f of sources.filter((s) => s.startsWith('components/'))) {
      const code = read(f);
      expect(code, f).not.toMatch(/from '(wxt\/browser|@\/lib\/db\/(db|repos))'/);
      expect(code.split('\n').length, f).toBeLessThanOrEqual(250);
    }
  });

  it('keeps the pure core pure: no browser or database in detection, export and settings logic', () => {
    const pure = sources.filter(
      (f) =>
        /^lib\/(changes|detection|export|dates|questionnaire|reminders|staleness|review|report)\//.test(f) &&
        !/(background|content|use-[\w-]+|tab-detections|items|ui-slice)\.tsx?$/.test(f) &&
        !f.endsWith('.test.ts'),
    );
    for (const f of pure) expect(read(f), f).not.toMatch(/from '(wxt\/browser|wxt\/utils\/storage|dexie)'/);
  });

  it('uses the toolbar button only through the compat shim (Firefox MV2 has no browser.action)', () => {
    for (const f of sources.filter((s) => !s.includes('.test.') && s !== 'lib/compat/toolbar-action.ts'))
      expect(read(f), f).not.toMatch(/\b(browser|chrome)\.(action|browserAction)\b/);
  });

  it('writes reviews only through the review service: pages and components never touch repos', () => {
    const shipped = sources.filter((s) => !/\.test\.tsx?$/.test(s));
    for (const f of shipped.filter((s) => /^(entrypoints|components)\//.test(s)))
      expect(read(f), f).not.toMatch(/from '@\/lib\/(db\/(repos|[\w-]+-repo)|backup\/apply)'/);
    // Dexie writes live in the repos, the derived-data refresh, the backup apply the service calls,
    // and the reminder sweep's own state; nowhere else.
    const writers = shipped.filter((f) =>
      /\bdb\.\w+\.(put|add|bulkPut|bulkAdd|update|modify|delete|bulkDelete|clear)\(/.test(read(f)),
    );
    expect(writers.length).toBeGreaterThan(3);
    for (const f of writers) expect(f).toMatch(/^lib\/(db\/[\w-]+-repo\.ts|review\/derived\.ts)$/);
  });

  it('keeps every clipboard test in one e2e file, so no two run at once', () => {
    const specs = walk('tests/e2e').filter((f) => f.endsWith('.spec.ts'));
    const users = specs.filter((f) => /clipboard/i.test(read(f).replace(/^\s*(\/\/|\*).*$/gm, '')));
    expect(users).toEqual(['tests/e2e/clipboard.spec.ts']);
  });

  it('keeps pdf.js out of the report reader: the caller passes in the build that suits its context', () => {
    const reader = sources.filter((f) => f.startsWith('lib/report/') && !f.endsWith('.test.ts'));
    expect(reader.length).toBeGreaterThan(0);
    for (const f of reader)
      expect(
        runtimeImports(f).filter((p) => p.startsWith('pdfjs-dist')),
        f,
      ).toEqual([]);
  });

  it('never renders page text as HTML', () => {
    // Tests build fixture DOMs with innerHTML; shipped code never does.
    for (const f of sources.filter((s) => !s.includes('.test.') && !s.includes('test-fixtures')))
      expect(read(f), f).not.toMatch(/dangerouslySetInnerHTML|\.innerHTML\s*=|eval\(/);
  });

  it('ships no Unicode noncharacter: Chrome refuses to inject a script holding one', () => {
    // The minifier writes "\uffff" raw; executeScript then fails with "isn't UTF-8 encoded".
    const nonchar =
      /[\ufdd0-\ufdef\ufffe\uffff]|\\u(?:fdd[0-9a-f]|fde[0-9a-f]|fff[ef])|\\u\{(?:fdd[0-9a-f]|fde[0-9a-f]|fff[ef])\}/i;
    for (const f of sources.filter((s) => !s.includes('.test.'))) expect(read(f), f).not.toMatch(nonchar);
  });
});
