// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { copyFindings } from './clipboard';
import { fileStem } from './download';

class FakeItem {
  constructor(readonly items: Record<string, Blob>) {}
}

describe('copy findings', () => {
  it('writes one item with both text/html and text/plain', async () => {
    const write = vi.fn().mockResolvedValue(undefined);
    const writeText = vi.fn();
    const result = await copyFindings(
      { html: '<h1>A</h1>', text: '# A' },
      { write, writeText },
      FakeItem as unknown as typeof ClipboardItem,
    );
    expect(result).toBe('rich');
    const [[items]] = write.mock.calls as [[FakeItem[]]];
    expect(Object.keys(items[0]!.items)).toEqual(['text/html', 'text/plain']);
    expect(await items[0]!.items['text/plain']!.text()).toBe('# A');
    expect(writeText).not.toHaveBeenCalled();
  });

  it('falls back to plain text where ClipboardItem is missing', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    expect(await copyFindings({ html: '<h1>A</h1>', text: '# A' }, { writeText }, undefined)).toBe('plain');
    expect(writeText).toHaveBeenCalledWith('# A');
  });
});

describe('file names', () => {
  it('keeps only safe characters', () => {
    expect(fileStem('Acme, Inc. <script>')).toBe('acme-inc-script');
    expect(fileStem('../../etc/passwd')).toBe('etcpasswd');
    expect(fileStem('   ')).toBe('vendor');
  });
});
