import { describe, expect, it } from 'vitest';
import { QUESTION_BANK, questionById } from './bank';
import { Q } from './question-ids';
import { TEXT_MAX } from './schema';
import { isAnswered, validateAnswer } from './validate-answer';

const question = (id: string) => questionById(QUESTION_BANK, id)!;
const check = (id: string, value: unknown) => validateAnswer(question(id), value);
const error = (id: string, value: unknown) => {
  const r = check(id, value);
  return r.ok ? null : r.error;
};

describe('validateAnswer', () => {
  describe('choice', () => {
    it('accepts an option', () => {
      expect(check(Q.reportType, 'type-2')).toEqual({ ok: true, value: 'type-2' });
    });

    it('names an unknown option and the valid ones', () => {
      expect(error(Q.opinion, 'clean')).toBe(
        'Unknown option “clean”: choose Unqualified, Qualified, Adverse, Disclaimer of opinion',
      );
      expect(error(Q.opinion, 3)).toBe('Choose an option');
    });
  });

  describe('multi', () => {
    it('normalises: Security always included, duplicates dropped, option order', () => {
      expect(check(Q.tscScope, ['privacy', 'availability', 'privacy'])).toEqual({
        ok: true,
        value: ['security', 'availability', 'privacy'],
      });
    });

    it('rejects unknown options and an empty selection', () => {
      expect(error(Q.tscScope, ['security', 'safety'])).toMatch(/^Unknown option “safety”/);
      expect(error(Q.tscScope, [])).toBe('Choose at least one option');
      expect(error(Q.tscScope, 'security')).toBe('Choose options from the list');
    });
  });

  describe('date', () => {
    it('accepts a real date, including Feb 29 in a leap year', () => {
      expect(check(Q.issueDate, '2024-02-29')).toEqual({ ok: true, value: '2024-02-29' });
    });

    it('explains impossible dates', () => {
      expect(error(Q.issueDate, '2026-02-30')).toBe(
        '2026-02-30 is not a real date: February 2026 has 28 days',
      );
      expect(error(Q.issueDate, '2025-02-29')).toBe(
        '2025-02-29 is not a real date: February 2025 has 28 days',
      );
      expect(error(Q.issueDate, '2026-04-31')).toBe('2026-04-31 is not a real date: April 2026 has 30 days');
      expect(error(Q.issueDate, '2026-13-01')).toBe('2026-13-01 is not a real date');
    });

    it('asks for the format on garbage', () => {
      expect(error(Q.issueDate, '03/01/2026')).toBe('Enter a date as YYYY-MM-DD');
      expect(error(Q.issueDate, '2026-03')).toBe('Enter a date as YYYY-MM-DD');
      expect(error(Q.issueDate, null)).toBe('Enter a date as YYYY-MM-DD');
    });
  });

  describe('date-range', () => {
    it('accepts a window, including a single day', () => {
      expect(check(Q.observationWindow, { start: '2025-04-01', end: '2026-03-31' }).ok).toBe(true);
      expect(check(Q.observationWindow, { start: '2026-03-31', end: '2026-03-31' }).ok).toBe(true);
    });

    it('rejects a window that ends before it starts', () => {
      expect(error(Q.observationWindow, { start: '2026-03-31', end: '2025-04-01' })).toBe(
        'The window ends before it starts',
      );
    });

    it('rejects impossible or missing ends', () => {
      expect(error(Q.observationWindow, { start: '2025-04-01', end: '2026-02-29' })).toBe(
        '2026-02-29 is not a real date: February 2026 has 28 days',
      );
      expect(error(Q.observationWindow, { start: '2025-04-01' })).toBe('Enter a date as YYYY-MM-DD');
      expect(error(Q.observationWindow, '2025-04-01')).toBe('Enter a start and an end date');
    });
  });

  describe('duration', () => {
    it('accepts an amount and a unit, including zero and fractions', () => {
      expect(check(Q.breachNotification, { amount: 72, unit: 'hours' })).toEqual({
        ok: true,
        value: { amount: 72, unit: 'hours' },
      });
      expect(check(Q.executionLogRetention, { amount: 0, unit: 'days' }).ok).toBe(true);
      expect(check(Q.executionLogRetention, { amount: 1.5, unit: 'years' }).ok).toBe(true);
    });

    it('rejects negative, non-numeric and unknown units', () => {
      expect(error(Q.breachNotification, { amount: -1, unit: 'days' })).toBe('The amount cannot be negative');
      expect(error(Q.breachNotification, { amount: '3', unit: 'days' })).toBe('Enter an amount as a number');
      expect(error(Q.breachNotification, { amount: Number.NaN, unit: 'days' })).toBe(
        'Enter an amount as a number',
      );
      expect(error(Q.breachNotification, { amount: 3, unit: 'fortnights' })).toBe(
        'Choose hours, days, weeks, months or years',
      );
      expect(error(Q.breachNotification, { amount: 20_000, unit: 'days' })).toBe(
        'The amount is too large: use a bigger unit',
      );
    });
  });

  describe('list-with-owner', () => {
    it('accepts controls with owners, trims them and drops blank rows', () => {
      expect(
        check(Q.cuec, [
          { control: ' Review access quarterly ', owner: ' IT ' },
          { control: '', owner: '' },
          { control: 'Configure SSO', owner: '' },
        ]),
      ).toEqual({
        ok: true,
        value: [
          { control: 'Review access quarterly', owner: 'IT' },
          { control: 'Configure SSO', owner: '' },
        ],
      });
    });

    it('points at the row that lacks a control', () => {
      expect(
        error(Q.cuec, [
          { control: 'A', owner: 'B' },
          { control: ' ', owner: 'Security' },
        ]),
      ).toBe('Item 2: Name the control');
      expect(error(Q.cuec, [{ control: '', owner: '' }])).toBe('Add at least one control');
    });
  });

  describe('text', () => {
    it('trims and accepts up to the limit', () => {
      expect(check(Q.executionLogLocation, '  EU, encrypted  ')).toEqual({
        ok: true,
        value: 'EU, encrypted',
      });
      expect(check(Q.executionLogLocation, 'x'.repeat(TEXT_MAX)).ok).toBe(true);
    });

    it('rejects over-long and empty text', () => {
      expect(error(Q.executionLogLocation, 'x'.repeat(TEXT_MAX + 1))).toBe(
        'The answer is too long: 5,001 characters, at most 5,000',
      );
      expect(error(Q.executionLogLocation, '   ')).toBe('The answer is empty');
      expect(error(Q.executionLogLocation, 42)).toBe('Enter text');
    });
  });

  describe('yes-no', () => {
    it('accepts booleans only', () => {
      expect(check(Q.exceptions, false)).toEqual({ ok: true, value: false });
      expect(error(Q.exceptions, 'no')).toBe('Answer yes or no');
    });
  });

  it('never throws on hostile input', () => {
    const hostile = [undefined, null, {}, [], Symbol('x'), () => 1, { toString: () => 'x' }, 10n];
    for (const q of QUESTION_BANK.questions)
      for (const v of hostile) expect(() => validateAnswer(q, v), q.id).not.toThrow();
  });
});

describe('isAnswered', () => {
  it('counts only valid values', () => {
    expect(isAnswered(question(Q.reportType), 'type-1')).toBe(true);
    expect(isAnswered(question(Q.reportType), undefined)).toBe(false);
    expect(isAnswered(question(Q.reportType), 'type-3')).toBe(false);
    expect(isAnswered(question(Q.executionLogLocation), '')).toBe(false);
  });
});
