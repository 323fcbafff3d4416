import { describe, expect, it } from 'vitest';
import { docOf, reportDoc } from '../../tests/helpers/report-pages';
import { extractCuecs } from './extract-cuecs';

const A = 'User entities are responsible for provisioning and removing their own users in a timely manner.';
const B = 'User entities are responsible for protecting API keys issued to them.';
const INTRO = `Acme’s controls were designed with the assumption that certain controls would be implemented by user
entities. The following complementary user entity controls should be in place:`;

const textsOf = (description: string) => extractCuecs(reportDoc({ description })).map((c) => c.text);

describe('extractCuecs', () => {
  it.each([
    [
      'bullets',
      `• User entities are responsible for provisioning and removing their own users in a\ntimely manner.\n• ${B}`,
    ],
    [
      'bullets drawn apart from their text',
      `• | User entities are responsible for provisioning and removing\n| their own users in a timely manner.\n• | ${B}`,
    ],
    ['numbers', `1. ${A}\n2. User entities are responsible for protecting API keys\nissued to them.`],
    ['letters in brackets', `(a) ${A}\n(b) ${B}`],
    ['an id table', `CUEC # | Complementary User Entity Control\nCUEC-01 | ${A}\nCUEC-02 | ${B}`],
    [
      'a table with criteria',
      `# | Complementary User Entity Controls | Related Criteria\n1 | User entities are responsible for provisioning and | CC6.1, CC6.2\n| removing their own users in a timely manner. |\n2 | ${B} | CC6.1`,
    ],
    [
      'a table without ids',
      `Complementary User Entity Control | Related Criteria\n${A} | CC6.2\n${B} | CC6.1`,
    ],
    [
      'a table with a merged criteria cell',
      `Criteria | Complementary User Entity Controls\nCC6.1 | User entities are responsible for provisioning and removing\n| their own users in a timely manner.\n| ${B}`,
    ],
  ])('reads a list of %s', (_, list) => {
    expect(
      textsOf(
        `Complementary User Entity Controls\n${INTRO}\n${list}\nThe list above is not a comprehensive set of all the controls that user entities should have.`,
      ),
    ).toEqual([A, B]);
  });

  it('skips the auditor’s paragraph under the same heading and reads the description’s list', () => {
    const doc = reportDoc({
      auditor: `Complementary User Entity Controls
The description indicates that complementary user entity controls are necessary. Our examination did not
include such controls.
Opinion
In our opinion, in all material respects,
a. the description presents the system.`,
      description: `Complementary User Entity Controls\n${INTRO}\n• ${A}\n• ${B}`,
    });
    expect(extractCuecs(doc)).toEqual([
      { text: A, page: '2' },
      { text: B, page: '2' },
    ]);
  });

  it('carries an item over a page break', () => {
    const doc = docOf(
      `Complementary User Entity Controls\n${INTRO}\n• | ${B}\n• | User entities are responsible for provisioning and removing their own users in a timely`,
      'manner.\nSection IV: Tests of Controls',
    );
    expect(extractCuecs(doc).map((c) => c.text)).toEqual([
      B,
      'User entities are responsible for provisioning and removing their own users in a timely manner.',
    ]);
  });

  it('is empty when the report only mentions CUECs in prose', () => {
    expect(
      textsOf(
        'User entities are expected to manage their own users. These complementary user entity controls are described in the customer agreement.',
      ),
    ).toEqual([]);
  });

  it('reads one statement per line when the bullets are drawn as shapes, not text', () => {
    expect(
      textsOf(
        `Complementary User Entity Controls\nThe following controls should be implemented by user entities:\n${A}\nUser entities are responsible for protecting API keys issued\nto them.\nSection IV: Tests of Controls`,
      ),
    ).toEqual([A, B]);
  });

  it('does not take a sentence of the introduction for an item when bullets follow', () => {
    const description = `Complementary User Entity Controls
Acme’s controls were designed assuming that some controls are implemented by
user entities. User entities should have the following controls in place:
• ${A}
• ${B}`;
    expect(textsOf(description)).toEqual([A, B]);
  });
});
