import { describe, expect, it } from 'vitest';
import type { Detection } from '../detection/schema';
import { escapeMarkdown } from './escape-markdown';
import { findingsToMarkdown } from './to-markdown';

const detection: Detection = {
  url: 'https://trust.acme.com/',
  title: 'Acme Trust Center',
  isTrustPage: true,
  confidence: 0.86,
  platform: 'safebase',
  vendor: { name: 'Acme', domain: 'acme.com', host: 'trust.acme.com' },
  claims: [{ framework: 'soc2-type2', status: 'held', quote: 'We hold a SOC 2 Type II report.' }],
  subprocessors: [{ name: 'OpenAI', purpose: 'LLM inference', location: 'US', ai: true }],
  signals: ['host:trust-subdomain', 'marker:safebase'],
};

describe('findings as Markdown', () => {
  it('lists vendor, page facts, claims, sub-processors and the note', () => {
    const md = findingsToMarkdown({
      vendor: { name: 'Acme', domain: 'acme.com', tier: 'high-stakes', platform: 'safebase' },
      detection,
      note: 'Need the bridge letter.',
      exportedAt: new Date(2026, 10, 26, 23, 30),
    });
    expect(md).toBe(
      [
        '# Vendorscope findings: Acme',
        '',
        '- **Trust page:** <https://trust.acme.com/>',
        '- **Domain:** acme\\.com',
        '- **Platform:** SafeBase',
        '- **Deployment tier:** high-stakes',
        '- **Recognised with confidence:** 86%',
        '- **Signals:** `host:trust-subdomain`, `marker:safebase`',
        '',
        '## What the page states',
        '',
        '- **SOC 2 Type II** (held): “We hold a SOC 2 Type II report\\.”',
        '',
        '## Sub-processors listed',
        '',
        '- OpenAI **(AI provider)** — LLM inference; US',
        '',
        '## Reviewer notes',
        '',
        'Need the bridge letter.',
        '',
        '_Exported from Vendorscope on 2026-11-26._',
        '',
      ].join('\n'),
    );
  });

  it('handles a vendor with no page and no note', () => {
    const md = findingsToMarkdown({
      vendor: { name: 'Solo', domain: null, tier: 'standard', platform: null },
      detection: null,
      note: '  ',
      exportedAt: new Date(2026, 0, 1),
    });
    expect(md).toContain('# Vendorscope findings: Solo');
    expect(md).toContain('_No notes yet._');
    expect(md).not.toContain('Trust page');
  });

  it('cannot be made to inject markup, links, headings or table breaks by page text', () => {
    const hostile = '<script>alert(1)</script> [x](javascript:alert(1)) | pipe `code`\n# heading';
    const md = findingsToMarkdown({
      vendor: null,
      detection: {
        ...detection,
        vendor: { name: hostile, domain: null, host: 'trust.acme.com' },
        claims: [{ framework: 'soc2', status: 'held', quote: hostile }],
      },
      note: '',
      exportedAt: new Date(2026, 0, 1),
    });
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('](');
    expect(md).not.toMatch(/[^\\]\|/);
    expect(md.split('\n').filter((l) => l.startsWith('# '))).toHaveLength(1);
    expect(escapeMarkdown(hostile)).toBe(
      '\\<script\\>alert\\(1\\)\\</script\\> \\[x\\]\\(javascript:alert\\(1\\)\\) \\| pipe \\`code\\` \\# heading',
    );
  });
});
