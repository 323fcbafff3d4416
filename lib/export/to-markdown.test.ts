import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from './escape-markdown';
import { buildFindings } from './findings';
import { markdownLink, markdownText } from './markdown-text';
import { fullInput, minimalInput } from './test-fixtures';
import { findingsToMarkdown } from './to-markdown';

const full = () => buildFindings(fullInput());

describe('findings as Markdown, full', () => {
  const md = findingsToMarkdown(full(), 'full');

  it('opens with a facts table', () => {
    expect(md).toContain(
      [
        '# Vendor review: Acme AI',
        '',
        '| Field | Value |',
        '| --- | --- |',
        '| Vendor | Acme AI |',
        '| Domain | acme.ai |',
        '| Trust page | <https://trust.acme.ai/> |',
        '| Platform | SafeBase |',
        '| Deployment tier | High-stakes |',
        '| Verdict | **Proceed with conditions** |',
        '| Reviewer | Dana Reyes |',
        '| Review date | 2026-11-20 |',
        '| Status | Final, signed off by Sam Okafor on 2026-11-25 |',
        '| Exported | 2026-11-26 |',
        '',
      ].join('\n'),
    );
  });

  it('gives the verdict with its reasons and the report facts', () => {
    expect(md).toContain(
      '## Verdict: Proceed with conditions\n\n- **Proceed with conditions:** Auditor’s opinion: Qualified.',
    );
    expect(md).toContain('_Rule: A qualified opinion is a finding: proceed only with conditions._');
    expect(md).toContain(
      [
        '## SOC 2 report',
        '',
        '- **Report:** Type II',
        '- **Observation window:** 2025-10-01 – 2026-03-31',
        '- **Issued:** 2026-05-15',
        '- **Age:** 240 days since the window end',
        '- **Currency:** Current; stale from 2027-03-31',
        '- **Trust Services Criteria in scope:** Security, Availability, Processing integrity, Confidentiality, Privacy',
      ].join('\n'),
    );
  });

  it('lists answers per section with notes and evidence as quotes with links', () => {
    expect(md).toContain(
      [
        '## Answers',
        '',
        '### SOC 2 report',
        '',
        '**Which SOC 2 report does the vendor hold?**',
        '',
        'Type II',
        '',
        '_Note:_ Received under NDA on 2026-11-10.',
        '',
        '> “Our SOC 2 Type II report is available.” — <https://trust.acme.ai/soc2>',
        '',
      ].join('\n'),
    );
    expect(md).toContain('### Trust Services Criteria, for agents');
    expect(md).toContain('### What SOC 2 does not cover');
  });

  it('ends with open questions, sub-processors, numbered follow-ups and the note verbatim', () => {
    expect(md).toContain('## Open questions (3)\n\n- If the vendor provided a bridge letter');
    expect(md).toContain(
      [
        '| Name | Purpose | Location | AI | Certifications (as stated by the vendor) |',
        '| --- | --- | --- | --- | --- |',
        '| OpenAI | LLM inference | US | **AI** |  |',
        '| Pinecone | Vector search | US | **AI** |  |',
        '| AWS | Hosting | EU |  | ISO/IEC 27001 |',
      ].join('\n'),
    );
    expect(md).toContain(
      '## What the vendor’s page states (not verified)\n\nSource: <https://trust.acme.ai/>\n\n' +
        '- **SOC 2 Type II** — held: “We hold a SOC 2 Type II report.”\n' +
        '- **Amazon Web Services** (a third party, as stated by the vendor): ISO/IEC 27001 — held: “Hosted on Amazon Web Services (ISO 27001).”',
    );
    expect(md).toMatch(
      /## Follow-up questions for the vendor\n\n1\. Can you provide a bridge letter.*\n2\. How do you defend/,
    );
    expect(
      md.endsWith(
        '## Reviewer notes\n\n## My notes\n\n- Ask legal about the **DPA**.\n\n_Exported from Vendorscope on 2026-11-26._\n',
      ),
    ).toBe(true);
  });
});

describe('findings as Markdown, other modes and a minimal review', () => {
  it('summarises: tier, verdict, reasons, report facts and the open-question count, no answers or note', () => {
    const md = findingsToMarkdown(full(), 'summary');
    expect(md).toContain(
      [
        '# Vendor review summary: Acme AI',
        '',
        '- **Deployment tier:** High-stakes',
        '- **Verdict:** Proceed with conditions',
        '- **Open questions:** 3',
        '',
        '## Why',
      ].join('\n'),
    );
    expect(md).toContain('- **Currency:** Current; stale from 2027-03-31');
    expect(md).not.toContain('## Answers');
    expect(md).not.toContain('DPA');
  });

  it('writes the e-mail to the vendor with only the questions for them', () => {
    const md = findingsToMarkdown(full(), 'questions');
    expect(md).toBe(
      [
        'Hello Acme AI team,',
        '',
        'As part of our security review of your product, could you answer the following questions?',
        '',
        '1. Can you provide a bridge letter covering the period since your last SOC 2 report, and until what date does it run?',
        '2. How do you defend against prompt injection, including indirect injection through retrieved documents, web pages and tool output, and how do you test it (red teaming, evaluations)?',
        '3. Do you measure hallucination rate in production and in evaluation? How, how often, and what is the latest figure?',
        '',
        'Thank you.',
        '',
      ].join('\n'),
    );
  });

  it('says so when nothing is left to ask', () => {
    const f = { ...full(), openQuestions: [], followUps: [] };
    expect(findingsToMarkdown(f, 'questions')).toContain('we have no further questions at this time');
  });

  it('exports a vendor with nothing answered, no page and no assessment', () => {
    const f = buildFindings(minimalInput());
    const md = findingsToMarkdown(f, 'full');
    expect(md).toContain(
      [
        '| Vendor | Solo |',
        '| Deployment tier | Standard |',
        '| Verdict | **Proceed with conditions (provisional)** |',
        '| Exported | 2026-11-26 |',
      ].join('\n'),
    );
    expect(md).toContain('- **SOC 2 report:** not yet recorded');
    expect(md).toContain('_No questions answered yet._');
    expect(md).toContain(`## Open questions (${f.openQuestions.length})`);
    expect(md).toContain('- Which SOC 2 report does the vendor hold? **(key fact)**');
    expect(md).toContain('_No notes yet._');
    expect(md).not.toContain('Trust page');
    expect(md).not.toContain('Sub-processors');
    expect(findingsToMarkdown(f, 'summary')).toContain(`- **Open questions:** ${f.openQuestions.length}`);
    expect(findingsToMarkdown(f, 'questions')).toContain(`${f.followUps.length}. `);
  });
});

describe('Markdown text', () => {
  it('leaves plain words, domains and dates alone and escapes anything that could be markup', () => {
    expect(markdownText('acme.ai, 2025-10-01 – 2026-03-31 (owner: IT)')).toBe(
      'acme.ai, 2025-10-01 – 2026-03-31 (owner: IT)',
    );
    expect(markdownText('- not a list')).toBe('\\- not a list');
    expect(markdownText('1. not a list')).toBe('1\\. not a list');
    expect(markdownText('#1 vendor')).toBe('\\#1 vendor');
    expect(markdownText('costs $5 to $10')).toBe('costs \\$5 to \\$10');
    expect(markdownText('a\nb')).toBe('a b');
  });

  it('escapes page text as escapeMarkdown does', () => {
    const hostile = '<script>alert(1)</script> [x](javascript:alert(1)) | pipe `code`\n# heading';
    expect(escapeMarkdown(hostile)).toBe(
      '\\<script\\>alert\\(1\\)\\</script\\> \\[x\\]\\(javascript:alert\\(1\\)\\) \\| pipe \\`code\\` \\# heading',
    );
    expect(markdownText(hostile)).toBe(escapeMarkdown(hostile));
  });

  it('links only http(s) URLs, encoding what could end the link or split a table row', () => {
    expect(markdownLink('https://a.example/x?q=a|b`c')).toBe('<https://a.example/x?q=a%7Cb%60c>');
    expect(markdownLink('javascript:alert(1)')).toBe('javascript:alert(1)');
    expect(markdownLink('data:text/html,<b>x</b>')).toBe('data:text/html,\\<b\\>x\\</b\\>');
  });
});
