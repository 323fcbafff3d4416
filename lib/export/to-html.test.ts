import { describe, expect, it } from 'vitest';
import { buildFindings } from './findings';
import { escapeHtml, htmlLink, htmlParagraphs } from './html-text';
import { fullInput, minimalInput, parseHtml } from './test-fixtures';
import { findingsToHtml } from './to-html';

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();
/** A table's rows as "cell | cell" strings. */
const rows = (table: Element | undefined) =>
  [...(table?.querySelectorAll('tr') ?? [])].map((tr) => [...tr.children].map(text).join(' | '));

describe('findings as HTML', () => {
  it('renders the full review as headings, tables, lists, quotes and safe links', () => {
    const doc = parseHtml(findingsToHtml(buildFindings(fullInput()), 'full'));
    expect(text(doc.querySelector('h1'))).toBe('Vendor review: Acme AI');
    const facts = rows(doc.querySelectorAll('table')[0]);
    expect(facts).toContain('Verdict | Proceed with conditions');
    expect(facts).toContain('Status | Final, signed off by Sam Okafor on 2026-11-25');
    expect([...doc.querySelectorAll('h2')].map(text)).toEqual([
      'Verdict: Proceed with conditions',
      'SOC 2 report',
      'Answers',
      'Open questions (3)',
      'What the vendor’s page states (not verified)',
      'Sub-processors listed on the trust page',
      'Follow-up questions for the vendor',
      'Reviewer notes',
    ]);
    expect([...doc.querySelectorAll('h3')].map(text)).toEqual([
      'SOC 2 report',
      'Trust Services Criteria, for agents',
      'What SOC 2 does not cover',
    ]);
    const report = rows(doc.querySelectorAll('table')[1]);
    expect(report).toContain('Age | 240 days since the window end');
    expect(report).toContain('Currency | Current; stale from 2027-03-31');
    expect(report).toContain(
      'Trust Services Criteria in scope | Security, Availability, Processing integrity, Confidentiality, Privacy',
    );
    expect(text(doc.querySelector('blockquote'))).toBe(
      '“Our SOC 2 Type II report is available.” — https://trust.acme.ai/soc2',
    );
    const links = [...doc.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://trust.acme.ai/',
      'https://trust.acme.ai/soc2',
      'https://trust.acme.ai/soc2',
      'https://trust.acme.ai/',
    ]);
    expect(links.every((a) => a.getAttribute('rel') === 'noreferrer')).toBe(true);
    const subprocessors = doc.querySelectorAll('table')[2]!;
    expect([...subprocessors.querySelectorAll('th')].map(text)).toEqual([
      'Name',
      'Purpose',
      'Location',
      'AI',
      'Certifications (as stated by the vendor)',
    ]);
    expect(rows(subprocessors).at(-1)).toBe('AWS | Hosting | EU |  | ISO/IEC 27001');
    expect(doc.querySelectorAll('ol > li')).toHaveLength(3);
    expect(text(doc.querySelector('h2:last-of-type + p'))).toBe('## My notes');
  });

  it('loads nothing and runs nothing: no script, style sheet, image or frame', () => {
    const html = findingsToHtml(buildFindings(fullInput()), 'full');
    expect(html).not.toMatch(/<(script|link|img|iframe|object|embed|style)\b/i);
    expect(html).not.toMatch(/\bsrc=|\bon\w+=/i);
  });

  it('summarises and writes the e-mail to the vendor', () => {
    const f = buildFindings(fullInput());
    const summary = parseHtml(findingsToHtml(f, 'summary'));
    expect(text(summary.querySelector('h1'))).toBe('Vendor review summary: Acme AI');
    expect(rows(summary.querySelectorAll('table')[0])).toContain('Open questions | 3');
    expect(summary.querySelector('h3')).toBeNull();
    const mail = parseHtml(findingsToHtml(f, 'questions'));
    expect(text(mail.querySelector('p'))).toBe('Hello Acme AI team,');
    expect([...mail.querySelectorAll('ol > li')].map(text)).toEqual(f.followUps);
    expect(text(mail.querySelector('p:last-child'))).toBe('Thank you.');
  });

  it('exports a minimal review', () => {
    const f = buildFindings(minimalInput());
    const doc = parseHtml(findingsToHtml(f, 'full'));
    expect(text(doc.querySelector('h1'))).toBe('Vendor review: Solo');
    expect(text(doc.body)).toContain('No questions answered yet.');
    expect(text(doc.body)).toContain('No notes yet.');
    expect(doc.querySelectorAll('a')).toHaveLength(0);
    expect(doc.querySelectorAll('table')).toHaveLength(2);
  });
});

describe('HTML text', () => {
  it('escapes the five special characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
  });

  it('links http(s) only', () => {
    expect(htmlLink('https://a.example/?q="x"')).toBe(
      '<a href="https://a.example/?q=%22x%22" rel="noreferrer">https://a.example/?q=&quot;x&quot;</a>',
    );
    expect(htmlLink('javascript:alert(1)')).toBe('javascript:alert(1)');
    expect(htmlLink('not a url')).toBe('not a url');
  });

  it('keeps paragraphs and line breaks of multi-line text', () => {
    expect(htmlParagraphs('a\nb\n\n\nc <d>')).toBe('<p>a<br>b</p>\n<p>c &lt;d&gt;</p>');
  });
});
