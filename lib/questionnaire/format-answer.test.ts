import { describe, expect, it } from 'vitest';
import { QUESTION_BANK } from './bank';
import { formatAnswer, UNANSWERED_TEXT } from './format-answer';
import { Q } from './question-ids';
import type { AnswerType, Question } from './schema';

const byId = (id: string): Question => QUESTION_BANK.questions.find((q) => q.id === id)!;
const byType = (type: AnswerType): Question => QUESTION_BANK.questions.find((q) => q.answer.type === type)!;

describe('formatAnswer', () => {
  it('uses the option label for a choice', () => {
    expect(formatAnswer(byId(Q.reportType), 'type-2')).toBe('Type II');
  });

  it('lists option labels for a multi, with always-included options, in option order', () => {
    expect(formatAnswer(byId(Q.tscScope), ['privacy', 'availability'])).toBe(
      'Security, Availability, Privacy',
    );
  });

  it('shows a date as is', () => {
    expect(formatAnswer(byType('date'), '2026-02-28')).toBe('2026-02-28');
  });

  it('joins a date range with an en dash', () => {
    expect(formatAnswer(byType('date-range'), { start: '2025-03-01', end: '2026-02-28' })).toBe(
      '2025-03-01 – 2026-02-28',
    );
  });

  it('shows a duration as amount and unit, singular for one', () => {
    const q = byType('duration');
    expect(formatAnswer(q, { amount: 30, unit: 'days' })).toBe('30 days');
    expect(formatAnswer(q, { amount: 1, unit: 'weeks' })).toBe('1 week');
  });

  it('lists controls with their owners and drops blank rows', () => {
    const q = byType('list-with-owner');
    expect(
      formatAnswer(q, [
        { control: 'Review access quarterly', owner: 'IT' },
        { control: '', owner: '' },
        { control: 'Rotate API keys', owner: '' },
      ]),
    ).toBe('Review access quarterly (owner: IT); Rotate API keys (no owner named yet)');
  });

  it('shows yes and no', () => {
    const q = byType('yes-no');
    expect(formatAnswer(q, true)).toBe('Yes');
    expect(formatAnswer(q, false)).toBe('No');
  });

  it('trims text and cuts it to 200 characters with an ellipsis', () => {
    const q = byType('text');
    expect(formatAnswer(q, '  In the EU region.  ')).toBe('In the EU region.');
    const long = formatAnswer(q, 'x'.repeat(500));
    expect(long).toHaveLength(200);
    expect(long.endsWith('…')).toBe(true);
    expect(formatAnswer(q, 'y'.repeat(200))).toBe('y'.repeat(200));
  });

  it('calls missing and invalid values unanswered', () => {
    expect(formatAnswer(byId(Q.reportType), undefined)).toBe(UNANSWERED_TEXT);
    expect(formatAnswer(byId(Q.reportType), null)).toBe('(unanswered)');
    expect(formatAnswer(byId(Q.reportType), 'type-9')).toBe('(unanswered)');
    expect(formatAnswer(byType('date'), '2026-02-30')).toBe('(unanswered)');
    expect(formatAnswer(byType('duration'), { amount: Number.NaN, unit: 'days' })).toBe('(unanswered)');
    expect(formatAnswer(byType('text'), '   ')).toBe('(unanswered)');
    expect(formatAnswer(byType('yes-no'), 'yes')).toBe('(unanswered)');
  });
});
