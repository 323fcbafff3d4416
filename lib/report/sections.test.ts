import { describe, expect, it } from 'vitest';
import { docOf, reportPages } from '../../tests/helpers/report-pages';
import { buildDoc } from './doc';

const PROSE =
  'This paragraph is running text, long enough to be read as the body of a section of the report.';

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
