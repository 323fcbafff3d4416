import { describe, expect, it } from 'vitest';
import { docOf, reportDoc } from '../../tests/helpers/report-pages';
import { classifyResult, extractExceptions } from './extract-exceptions';

describe('classifyResult', () => {
  it.each([
    'Exception noted. For 2 of 25 sampled users, access was not revoked.',
    'Exceptions noted: for 1 of 40 changes, approval was not documented.',
    'Deviation noted.',
    'Deviations noted. Two quarterly reviews were not performed.',
    'The following exception was noted: the backup test was not performed.',
    'Exception: one of 25 new hires did not complete training.',
    'Inspected 25 tickets; testing identified one exception: a ticket lacked approval.',
  ])('exception: %s', (text) => {
    expect(classifyResult(text)).toBe('exception');
  });

  it.each([
    'No exceptions noted.',
    'No exception noted',
    'No deviations noted.',
    'No relevant exceptions noted.',
    'No exceptions were noted.',
    'Exceptions noted: None',
    'None noted.',
    'Inspected the configuration and noted no exceptions.',
  ])('no exception: %s', (text) => {
    expect(classifyResult(text)).toBe('none');
  });

  it.each(['Not tested. The control did not operate during the period.', 'Inspected the exception report.'])(
    'neither: %s',
    (text) => {
      expect(classifyResult(text)).toBeNull();
    },
  );
});

const testsOf = (table: string) =>
  extractExceptions(
    reportDoc({
      tests: `Our tests were performed on a sample basis for each control listed in the table below.\n${table}`,
    }),
  );

describe('extractExceptions', () => {
  it('reads a 4-column table, counting clean tests and gathering a wrapped result', () => {
    const r = testsOf(`Control # | Control Activity | Test Applied | Test Results
CC6.1 | Access requires MFA. | Inspected configuration. | No exceptions noted.
CC6.2 | Terminated users are | Inspected tickets for | Exception noted. For 2
| removed within a day. | 25 terminated users. | of 25 users, access stayed
| | | active.
CC6.3 | Access is reviewed quarterly. | Inspected reviews. | No exceptions noted.`);
    expect(r).toEqual({
      exceptions: [
        { control: 'CC6.2', text: 'Exception noted. For 2 of 25 users, access stayed active.', page: '1' },
      ],
      testsWithoutExceptions: 2,
    });
  });

  it('reads 3- and 5-column tables and an id written in the activity', () => {
    expect(
      testsOf('CF-07 | Backups run daily. | Deviation noted. One backup failed.').exceptions,
    ).toMatchObject([{ control: 'CF-07', text: 'Deviation noted. One backup failed.' }]);
    expect(
      testsOf('CC8.1 | OR-20 | Changes are reviewed. | Inspected PRs. | Deviations noted: 1 of 25.')
        .exceptions,
    ).toMatchObject([{ control: 'OR-20', text: 'Deviations noted: 1 of 25.' }]);
    expect(
      testsOf('FG-18: Incidents are logged. | Inspected tickets. | Exception noted. One was not logged.')
        .exceptions,
    ).toMatchObject([{ control: 'FG-18', text: 'Exception noted. One was not logged.' }]);
  });

  it('keeps a row going after a page break and its repeated header', () => {
    const doc = docOf(
      'Tests of Controls\nOur tests were performed on a sample basis for each control listed in the table below.\nCC7.1 | Vulnerabilities are fixed within 15 days. | Inspected tickets. | Exception noted. For 9 of 25',
      'Control # | Control Activity | Test Applied | Test Results\n| | | sampled weeks, fixes were late.',
    );
    expect(extractExceptions(doc).exceptions).toMatchObject([
      { control: 'CC7.1', text: 'Exception noted. For 9 of 25 sampled weeks, fixes were late.', page: '1' },
    ]);
  });

  it('splits rows under a merged criterion cell at each new result', () => {
    const r = testsOf(`CC6.1 | Access requires MFA. | No exceptions noted.
| Access is logged. | Exception noted. Logging was off for a week.`);
    expect(r).toEqual({
      exceptions: [{ control: 'CC6.1', text: 'Exception noted. Logging was off for a week.', page: '1' }],
      testsWithoutExceptions: 1,
    });
  });

  it('skips management’s responses in the other-information section', () => {
    const doc = reportDoc({
      tests:
        'Our tests were performed on a sample basis for each control listed in the table below.\nCC6.2 | Access removal. | Exception noted. Late removal.',
      other:
        'The information below is provided by management and was not subject to our procedures at all.\nCC6.2 | Exception noted. Late removal. | Management has automated offboarding.',
    });
    expect(extractExceptions(doc).exceptions).toHaveLength(1);
  });

  it('finds nothing in a Type 1 control listing', () => {
    expect(testsOf('CC6.1 | Access requires MFA.\nCC6.2 | Access is removed on termination.')).toEqual({
      exceptions: [],
      testsWithoutExceptions: 0,
    });
  });
});

describe('extractExceptions on a table whose columns could not be told apart', () => {
  it('reads rows from plain lines in the tests section, the result starting at the finding', () => {
    const r = testsOf(`CC6.1 Access requires MFA. Inspected the configuration. No exceptions noted.
CC6.2 Terminated users are removed within a day. Inspected 25 tickets. Exception noted. For 2 of 25
users, access stayed active.
CC6.3 Access is reviewed quarterly. Inspected the reviews. No exceptions noted.`);
    expect(r).toEqual({
      exceptions: [
        { control: 'CC6.2', text: 'Exception noted. For 2 of 25 users, access stayed active.', page: '1' },
      ],
      testsWithoutExceptions: 2,
    });
  });

  it('does not read plain lines outside the tests section as rows', () => {
    const doc = reportDoc({
      description:
        'CC6.2 Terminated users are removed. Exception noted in last year’s report was fixed by the team.',
    });
    expect(extractExceptions(doc).exceptions).toEqual([]);
  });
});

describe('findResult', () => {
  it('takes the first finding of a result', () => {
    expect(
      classifyResult('Exception noted. For 1 of 25 users access stayed. No other exceptions noted.'),
    ).toBe('exception');
    expect(classifyResult('No exceptions noted. The exception noted in the prior year was remediated.')).toBe(
      'none',
    );
  });
});
