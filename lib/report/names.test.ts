import { describe, expect, it } from 'vitest';
import { definedAs, readName, sameName } from './names';

describe('readName', () => {
  it.each([
    ['Nimbus Labs, Inc.’s accompanying description', 'Nimbus Labs, Inc.'],
    ['Ridgeway & Lowe LLP', 'Ridgeway & Lowe LLP'],
    ['Tern.ai, Inc. (“Tern”)', 'Tern.ai, Inc.'],
    ['Stratus Cloud Services, Inc. to provide hosting', 'Stratus Cloud Services, Inc.'],
    ['Brightline CPAs, P.C.', 'Brightline CPAs, P.C.'],
    ['Bank of Anywhere uses', 'Bank of Anywhere'],
    ['Helio Dynamics GmbH Management', 'Helio Dynamics GmbH'],
    ['Acme Corp. Stratus provides hosting.', 'Acme Corp.'],
    ['Microsoft Azure.', 'Microsoft Azure'],
  ])('%s', (text, name) => {
    expect(readName(text, 0)).toBe(name);
  });

  it.each(['the Company', 'The description', 'Management’s assertion', 'lowercase words'])(
    'no name in %s',
    (text) => {
      expect(readName(text, 0)).toBeNull();
    },
  );
});

describe('definedAs', () => {
  it.each([
    [' (“AWS”) to provide', 'AWS'],
    [' ("Nimbus" or "the Company")', 'Nimbus'],
    [' (Google Cloud Platform)', 'Google Cloud Platform'],
    [' (the “Service Organization”)', 'Service Organization'],
  ])('%s', (text, short) => {
    expect(definedAs(text, 0)).toBe(short);
  });
});

describe('sameName', () => {
  it('ignores case, punctuation and legal suffixes', () => {
    expect(sameName('Stratus Cloud Services, Inc.', 'stratus cloud services')).toBe(true);
    expect(sameName('Stratus Cloud', 'Stratus Cloud Services')).toBe(false);
  });
});
