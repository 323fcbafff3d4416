import { describe, expect, it } from 'vitest';
import { reportDoc, TYPE2_SCOPE, UNMODIFIED } from '../../tests/helpers/report-pages';
import { classifyOpinionSentence, extractOpinion } from './extract-opinion';

const opinionOf = (auditor: string) => extractOpinion(reportDoc({ auditor: `${TYPE2_SCOPE}\n${auditor}` }));

describe('classifyOpinionSentence', () => {
  it.each([
    [
      'In our opinion, in all material respects, a. the description presents the system fairly.',
      'unmodified',
    ],
    [
      'In our opinion, management’s assertion that the controls within the system were effective throughout the period is fairly stated, in all material respects.',
      'unmodified',
    ],
    [
      'In our opinion, in all material respects, based on the criteria described in the assertion, the description fairly presents the system and the controls were suitably designed.',
      'unmodified',
    ],
    [
      'In our opinion, except for the matter described in the Basis for Qualified Opinion paragraph, in all material respects, the controls operated effectively.',
      'qualified',
    ],
    [
      'In our opinion, except for the effects of the matters described in the preceding paragraph, the description presents fairly, in all material respects, the system.',
      'qualified',
    ],
    [
      'In our opinion, because of the significance of the matters described in the Basis for Adverse Opinion paragraph, the controls were not suitably designed and did not operate effectively.',
      'adverse',
    ],
    [
      'In our opinion, the description does not present fairly the system that was designed and implemented.',
      'adverse',
    ],
    ['In our opinion, management’s assertion is not fairly stated.', 'adverse'],
  ])('%s', (sentence, opinion) => {
    expect(classifyOpinionSentence(sentence)).toBe(opinion);
  });

  it.each(['In our opinion, the matters above deserve attention.', 'The opinion is in Section I.'])(
    'unclear: %s',
    (sentence) => {
      expect(classifyOpinionSentence(sentence)).toBeNull();
    },
  );
});

describe('extractOpinion', () => {
  it('quotes the opinion sentence', () => {
    const o = opinionOf(UNMODIFIED);
    expect(o?.value).toBe('unmodified');
    expect(o?.quote).toMatch(/^In our opinion, in all material respects, a\. the description presents/);
  });

  it('reads a disclaimer with its reason', () => {
    const o = opinionOf(
      'Basis for Disclaimer of Opinion\nThe Company did not provide complete populations of changes.\nDisclaimer of Opinion\nBecause of the significance of the matter described in the Basis for Disclaimer of Opinion paragraph, we have not been able to obtain sufficient appropriate evidence to provide a basis for an opinion. Accordingly, we do not express an opinion on the description or on the suitability of the design and operating effectiveness of controls.',
    );
    expect(o).toMatchObject({
      value: 'disclaimer',
      quote: expect.stringContaining('we do not express an opinion on the description'),
    });
  });

  it('does not take "we do not express an opinion on it" (other information) or a Type 1’s "thereon" for a disclaimer', () => {
    const o = opinionOf(
      `${UNMODIFIED}\nWe did not perform any procedures regarding the operating effectiveness of controls and, accordingly, do not express an opinion thereon.\nThe information in Section V has not been subjected to our procedures and, accordingly, we do not express an opinion on it.`,
    );
    expect(o?.value).toBe('unmodified');
  });

  it('is null under an opinion heading without a clear opinion sentence', () => {
    expect(
      opinionOf(
        'Opinion\nOur opinion on the description is presented in the letter that accompanies this report.',
      ),
    ).toBeNull();
  });

  it('is null when the heading and the sentence disagree, or two sentences disagree', () => {
    expect(opinionOf(UNMODIFIED.replace('Opinion', 'Adverse Opinion'))).toBeNull();
    expect(
      opinionOf(
        `${UNMODIFIED}\nIn our opinion, except for the matter described above, in all material respects, the controls operated effectively.`,
      ),
    ).toBeNull();
  });

  it('reads the opinion only from the auditor’s report', () => {
    const doc = reportDoc({
      auditor: TYPE2_SCOPE,
      description:
        'In our opinion, in all material respects, our controls are suitably designed and operated effectively.',
    });
    expect(extractOpinion(doc)).toBeNull();
  });
});
