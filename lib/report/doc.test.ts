import { describe, expect, it } from 'vitest';
import { docOf, reportPages } from '../../tests/helpers/report-pages';
import { buildDoc, headingText, quote, sentences } from './doc';

const PROSE =
  'This paragraph is running text, long enough to be read as the body of a section of the report.';

describe('headingText', () => {
  it.each([
    ['Section I: Independent Service Auditor’s Report', 'Independent Service Auditor’s Report'],
    ['SECTION 3 – DESCRIPTION OF THE SYSTEM', 'DESCRIPTION OF THE SYSTEM'],
    ['II. Management’s Assertion', 'Management’s Assertion'],
    ['Section IV | Testing Matrices', 'Testing Matrices'],
    ['INDEPENDENT PRACTITIONER’S ASSURANCE REPORT', 'INDEPENDENT PRACTITIONER’S ASSURANCE REPORT'],
  ])('%s', (line, text) => {
    expect(headingText(line)).toBe(text);
  });

  it.each([
    'Independent Service Auditor’s Report ........................ 1',
    'The description presents the system that was designed and implemented.',
    'CC6.1 | The entity restricts access | No exceptions noted',
    'this line continues a sentence from the line above and is not a heading, it is prose',
  ])('not a heading: %s', (line) => {
    expect(headingText(line)).toBeNull();
  });
});

describe('buildDoc sections', () => {
  it('finds the parts by their headings, in any order and with any numbering', () => {
    const doc = docOf(
      `Section 1 – Assertion of Acme Agents, Inc. Management\n${PROSE}`,
      `Section 2 – Report of Independent Service Auditors\n${PROSE}`,
      `Section 3 – Acme’s Description of Its Agent Platform\n${PROSE}`,
      `Section 4 – Testing Matrices\n${PROSE}`,
    );
    expect(Object.keys(doc.sections)).toEqual(['assertion', 'auditor', 'description', 'controls']);
    expect(doc.lines[doc.sections.auditor!.start]!.text).toBe(
      'Section 2 – Report of Independent Service Auditors',
    );
  });

  it('skips the table of contents and titles quoted inside sentences', () => {
    const doc = docOf(
      `Table of Contents\nIndependent Service Auditor’s Report .......... 1\nManagement’s Assertion .......... 4`,
      `Independent Service Auditor’s Report\n${PROSE}\nThe specific controls we tested are presented in Section\nIV of this report titled “Trust Services Criteria, Related Controls, and Tests of Controls.”\n${PROSE}`,
      `Management’s Assertion\n${PROSE}`,
    );
    expect(doc.sections.auditor).toEqual({ start: 3, end: 8 });
    expect(doc.sections.controls).toBeUndefined();
  });

  it('does not take the auditor’s sub-heading "Description of Tests of Controls" for Section IV', () => {
    const doc = reportPages({ auditor: `${PROSE}\nDescription of Tests of Controls\n${PROSE}` });
    expect(Object.keys(buildDoc(doc).sections)).toEqual(['auditor']);
  });

  it('joins a heading wrapped over two lines', () => {
    const doc = docOf(
      `${PROSE}.\nSection IV: Trust Services Criteria, Related Controls,\nand Tests of Controls\n${PROSE}`,
    );
    expect(doc.sections.controls?.start).toBe(1);
  });
});

describe('sentences', () => {
  it('joins wrapped lines and splits at sentence ends, not at abbreviations or list letters', () => {
    const doc = docOf(
      'We have examined Acme Agents, Inc.’s description. The period ended Dec. 31, 2025 and the\ncontrols were tested. In our opinion, in all material respects,\na. the description presents the system.\nb. the controls were suitably designed.',
    );
    expect(sentences(doc, { start: 0, end: doc.lines.length }).map((s) => s.text)).toEqual([
      'We have examined Acme Agents, Inc.’s description.',
      'The period ended Dec. 31, 2025 and the controls were tested.',
      'In our opinion, in all material respects, a. the description presents the system. b. the controls were suitably designed.',
    ]);
  });

  it('keeps table rows and headings as sentences of their own, with their page', () => {
    const doc = docOf('Scope\nFirst sentence here.', 'CC6.1 | Access | No exceptions noted.\nLast sentence.');
    expect(sentences(doc, { start: 0, end: doc.lines.length })).toEqual([
      { text: 'Scope', page: '1', line: 0 },
      { text: 'First sentence here.', page: '1', line: 1 },
      { text: 'CC6.1 | Access | No exceptions noted.', page: '2', line: 2 },
      { text: 'Last sentence.', page: '2', line: 3 },
    ]);
  });
});

describe('quote', () => {
  it('keeps short sentences whole and cuts long ones around what matters', () => {
    expect(quote('  In our   opinion. ')).toBe('In our opinion.');
    const long = `${'word '.repeat(150)}the period January 1, 2025 to December 31, 2025 ${'tail '.repeat(100)}`;
    const q = quote(long, long.indexOf('the period'));
    expect(q.length).toBeLessThanOrEqual(500);
    expect(q).toMatch(/^….*the period January 1, 2025 to December 31, 2025.*…$/);
  });
});

describe('buildDoc without a known auditor’s report heading', () => {
  it('starts the auditor’s report at its addressee and "We have examined" sentence', () => {
    const doc = docOf(
      `Report to Acme Management\nTo the Management of Acme Agents, Inc.:\nWe have examined Acme Agents, Inc.’s accompanying description of its Agent Platform system and\nthe suitability of the design of controls, based on the trust services criteria relevant to security.`,
    );
    expect(doc.sections.auditor).toEqual({ start: 1, end: 4 });
  });

  it('does not take a letter that "examined" something else for an auditor’s report', () => {
    const doc = docOf(
      'Penetration Test Letter\nWe have examined the web application for injection flaws and found two issues.',
    );
    expect(doc.sections.auditor).toBeUndefined();
  });
});

describe('auditor’s report headings', () => {
  it.each([
    'INDEPENDENT SERVICE AUDITOR’S REPORT',
    'Independent Service Auditors’ Report',
    'Report of Independent Accountants',
    "Independent Accountant's Report",
    'Independent Practitioner’s Assurance Report',
    'Report of the Independent Service Auditor',
  ])('%s', (heading) => {
    expect(docOf(`Cover page\n`, `${heading}\n${PROSE}`).sections.auditor?.start).toBe(1);
  });
});
