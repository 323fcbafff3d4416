import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAi } from './subprocessors';
import { detectHtml, EXTRA, html } from '@/tests/helpers/detection';

describe('sub-processors', () => {
  it('reads tables and lists under a sub-processor heading, flagging AI providers', async () => {
    const d = await detectHtml(
      readFileSync(join(EXTRA, 'subprocessor-list.html'), 'utf8'),
      'https://www.piedpiper.example/legal/subprocessors',
    );
    expect(d.subprocessors).toEqual([
      { name: 'Anthropic, PBC', purpose: 'AI model inference', location: 'United States', ai: true },
      { name: 'Google Cloud Platform', purpose: 'Hosting and storage', location: 'Belgium', ai: false },
      { name: 'Acme Embeddings Ltd', purpose: 'Text embeddings for search', location: 'Germany', ai: true },
      { name: 'Mistral AI', purpose: 'model hosting', location: 'France', ai: true },
      { name: 'Zendesk', purpose: 'customer support', location: 'United States', ai: false },
    ]);
  });

  it('reads a vendor/service/country table on a trust page', async () => {
    const body = `<h2>Sub-processors</h2><table><tr><th>Vendor</th><th>Service</th><th>Country</th></tr>
      <tr><td>Pinecone</td><td>Database</td><td>US</td></tr><tr><td>Postmark</td><td>Email delivery</td><td>US</td></tr></table>`;
    const d = await detectHtml(
      html('Acme Trust Center', `<section>${body}</section>`),
      'https://trust.acme.example/',
    );
    expect(d.subprocessors.map((s) => [s.name, s.ai])).toEqual([
      ['Pinecone', true],
      ['Postmark', false],
    ]);
  });

  it('ignores ordinary tables', async () => {
    const body = `<table><tr><th>Plan</th><th>Price</th></tr><tr><td>Pro</td><td>$10</td></tr></table>`;
    const d = await detectHtml(html('Acme Trust Center', body), 'https://trust.acme.example/');
    expect(d.subprocessors).toEqual([]);
  });

  it.each([
    ['OpenAI', '', true],
    ['Microsoft Azure OpenAI Service', '', true],
    ['Google', 'Gemini models for summarisation', true],
    ['Google', 'Workspace email', false],
    ['Amazon Web Services', 'AWS Bedrock model inference', true],
    ['Qdrant', '', true],
    ['Hugging Face', '', true],
    ['Together AI', '', true],
    ['Stripe', 'Payments', false],
  ])('isAi(%s, %s) = %s', (n, p, ai) => {
    expect(isAi(n, p)).toBe(ai);
  });
  it('flags an AI provider whose name hides a zero-width joiner, in a table and in a list', async () => {
    const body = `<section><h2>Sub-processors</h2><table><tr><th>Vendor</th><th>Service</th><th>Country</th></tr>
      <tr><td>Open\u200dAI, L.L.C.</td><td>Text generation</td><td>US</td></tr></table></section>
      <h2>Other sub-processors</h2><ul><li>Anth\u00adro\u200dpic — Drafting (US)</li></ul>`;
    const d = await detectHtml(html('Acme Trust Center', body), 'https://trust.acme.example/');
    expect(d.subprocessors.map((s) => [s.name, s.ai])).toEqual([
      ['OpenAI, L.L.C.', true],
      ['Anthropic', true],
    ]);
  });
});
