import { describe, expect, it } from 'vitest';
import { docOf } from '../../tests/helpers/report-pages';
import { headingText } from './headings';

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
