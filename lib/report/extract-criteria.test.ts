import { describe, expect, it } from 'vitest';
import { reportDoc, TYPE2_SCOPE } from '../../tests/helpers/report-pages';
import { criteriaIn, extractCriteria } from './extract-criteria';

describe('criteriaIn', () => {
  it.each([
    [TYPE2_SCOPE, ['security', 'availability']],
    [
      'based on the criteria for security, availability and confidentiality set forth in TSP section 100',
      ['security', 'availability', 'confidentiality'],
    ],
    [
      'the applicable trust services criteria for the Security, Availability, and Confidentiality categories',
      ['security', 'availability', 'confidentiality'],
    ],
    [
      'Trust services categories in scope: Security, Processing Integrity',
      ['security', 'processing-integrity'],
    ],
    [
      'Controls Relevant to Security, Availability, Processing Integrity, Confidentiality, and Privacy',
      ['security', 'availability', 'processing-integrity', 'confidentiality', 'privacy'],
    ],
    [
      'relevant to the common criteria and the additional criteria for availability',
      ['security', 'availability'],
    ],
    ['relevant to the Security and Confidentiality Trust Services Criteria', ['security', 'confidentiality']],
    ['Trust Services Categories: Security (Common Criteria), Availability', ['security', 'availability']],
  ])('%s', (text, criteria) => {
    expect(criteriaIn(text)?.criteria).toEqual(criteria);
  });

  it.each([
    'set forth in TSP section 100, 2017 Trust Services Criteria for Security, Availability, Processing Integrity, Confidentiality, and Privacy',
    'relevant to user entities’ internal control over financial reporting',
    'set forth in TSP section 100, Trust Services Principles, Criteria, and Illustrations for Security, Availability, Processing Integrity, Confidentiality, and Privacy',
    'relevant to the security of customer data stored in the platform',
    'Privacy and processing integrity are not in scope for this report.',
  ])('no scope statement in: %s', (text) => {
    expect(criteriaIn(text)).toBeNull();
  });
});

describe('extractCriteria', () => {
  it('takes the auditor’s scope statement before the cover', () => {
    const doc = reportDoc({ cover: 'Controls Relevant to Security', auditor: TYPE2_SCOPE });
    const c = extractCriteria(doc);
    expect(c?.value).toEqual(['security', 'availability']);
    expect(c?.quote).toContain('relevant to security and availability');
  });

  it('is null when nothing states the scope', () => {
    expect(
      extractCriteria(reportDoc({ auditor: 'We have examined the description of the system.' })),
    ).toBeNull();
  });
});
