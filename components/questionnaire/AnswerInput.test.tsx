// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QUESTION_BANK } from '@/lib/questionnaire/bank';
import { Q } from '@/lib/questionnaire/question-ids';
import type { AnswerType, Question } from '@/lib/questionnaire/schema';
import { validateAnswer } from '@/lib/questionnaire/validate-answer';
import { AnswerInput } from './AnswerInput';

afterEach(cleanup);

const byId = (id: string): Question => QUESTION_BANK.questions.find((q) => q.id === id)!;
const byType = (type: AnswerType): Question => QUESTION_BANK.questions.find((q) => q.answer.type === type)!;

function setup(question: Question, value: unknown, error?: string) {
  const onChange = vi.fn();
  const view = render(
    <AnswerInput question={question} value={value} error={error} idPrefix="t" onChange={onChange} />,
  );
  return { onChange, ...view };
}

/** A parent that keeps the value, as the real container does, for flows over several edits. */
function Stateful({ question, initial }: { question: Question; initial?: unknown }) {
  const [value, setValue] = useState<unknown>(initial);
  return <AnswerInput question={question} value={value} idPrefix="s" onChange={setValue} />;
}

describe('AnswerInput', () => {
  it('choice: radios in a group named by the question, emitting the option value', () => {
    const q = byId(Q.reportType);
    const { onChange } = setup(q, 'type-1');
    expect(screen.getByRole('group', { name: q.text })).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Type I' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'Type II' }));
    expect(onChange).toHaveBeenCalledWith('type-2');
    expect(validateAnswer(q, onChange.mock.calls[0]![0]).ok).toBe(true);
  });

  it('multi: always-included options are checked and disabled, toggles emit option values in order', () => {
    const q = byId(Q.tscScope);
    const { onChange } = setup(q, undefined);
    const security = screen.getByRole('checkbox', { name: /Security/ }) as HTMLInputElement;
    expect(security.checked).toBe(true);
    expect(security.disabled).toBe(true);
    expect(screen.getByText(/always included and cannot be removed/)).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Privacy' }));
    expect(onChange).toHaveBeenLastCalledWith(['security', 'privacy']);
  });

  it('multi: unticking an option removes it', () => {
    const q = byId(Q.tscScope);
    const { onChange } = setup(q, ['security', 'availability', 'privacy']);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Availability' }));
    expect(onChange).toHaveBeenLastCalledWith(['security', 'privacy']);
  });

  it('date: emits the YYYY-MM-DD string', () => {
    const q = byType('date');
    const { onChange } = setup(q, null);
    fireEvent.change(screen.getByLabelText(q.text), { target: { value: '2026-02-28' } });
    expect(onChange).toHaveBeenCalledWith('2026-02-28');
  });

  it('date-range: two dates labelled by the spec, emitting {start, end}', () => {
    const q = byType('date-range');
    if (q.answer.type !== 'date-range') throw new Error('not a range');
    const { onChange } = setup(q, { start: '2025-03-01', end: '' });
    fireEvent.change(screen.getByLabelText(q.answer.endLabel), { target: { value: '2026-02-28' } });
    expect(onChange).toHaveBeenCalledWith({ start: '2025-03-01', end: '2026-02-28' });
    expect((screen.getByLabelText(q.answer.startLabel) as HTMLInputElement).value).toBe('2025-03-01');
  });

  it('duration: emits a number and a unit, and the raw number even when invalid', () => {
    const q = byType('duration');
    const { onChange, rerender } = setup(q, undefined);
    fireEvent.change(screen.getByLabelText('Amount'), { target: { value: '30' } });
    expect(onChange).toHaveBeenLastCalledWith({ amount: 30, unit: '' });
    rerender(<AnswerInput question={q} value={{ amount: 30, unit: '' }} idPrefix="t" onChange={onChange} />);
    fireEvent.change(screen.getByLabelText('Unit'), { target: { value: 'days' } });
    expect(onChange).toHaveBeenLastCalledWith({ amount: 30, unit: 'days' });
    rerender(
      <AnswerInput question={q} value={{ amount: 30, unit: 'days' }} idPrefix="t" onChange={onChange} />,
    );
    fireEvent.change(screen.getByLabelText('Amount'), { target: { value: '-5' } });
    expect(onChange).toHaveBeenLastCalledWith({ amount: -5, unit: 'days' });
    expect(validateAnswer(q, onChange.mock.lastCall![0])).toEqual({
      ok: false,
      error: 'The amount cannot be negative',
    });
  });

  it('text: emits the string and shows the remaining characters only near the limit', () => {
    const q = byType('text');
    const { onChange, rerender } = setup(q, 'short');
    expect(screen.queryByText(/characters left/)).toBeNull();
    fireEvent.change(screen.getByLabelText(q.text), { target: { value: 'In the EU' } });
    expect(onChange).toHaveBeenCalledWith('In the EU');
    const textarea = screen.getByLabelText(q.text) as HTMLTextAreaElement;
    expect(textarea.maxLength).toBe(5000);
    rerender(<AnswerInput question={q} value={'x'.repeat(4900)} idPrefix="t" onChange={onChange} />);
    expect(screen.getByText('100 characters left')).toBeTruthy();
    expect(textarea.getAttribute('aria-describedby')).toBe('t-remaining');
  });

  it('yes-no: emits booleans', () => {
    const q = byType('yes-no');
    const { onChange } = setup(q, undefined);
    fireEvent.click(screen.getByRole('radio', { name: 'No' }));
    expect(onChange).toHaveBeenLastCalledWith(false);
    fireEvent.click(screen.getByRole('radio', { name: 'Yes' }));
    expect(onChange).toHaveBeenLastCalledWith(true);
  });

  it('list-with-owner: starts with one blank row and emits {control, owner} rows', () => {
    const q = byType('list-with-owner');
    const { onChange } = setup(q, undefined);
    expect(screen.queryByRole('button', { name: /^Remove/ })).toBeNull();
    fireEvent.change(screen.getByLabelText('Control 1'), { target: { value: 'Review access' } });
    expect(onChange).toHaveBeenLastCalledWith([{ control: 'Review access', owner: '' }]);
  });

  it('list-with-owner: Add focuses the new row, Remove drops the named row', () => {
    const q = byType('list-with-owner');
    render(<Stateful question={q} initial={[{ control: 'Review access', owner: 'IT' }]} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add control' }));
    const second = screen.getByLabelText('Control 2');
    expect(document.activeElement).toBe(second);
    fireEvent.change(second, { target: { value: 'Rotate keys' } });
    fireEvent.change(screen.getByLabelText('Owner 2'), { target: { value: 'Platform' } });

    fireEvent.click(screen.getByRole('button', { name: 'Remove Review access' }));
    expect(screen.queryByRole('button', { name: 'Remove Review access' })).toBeNull();
    expect((screen.getByLabelText('Control 1') as HTMLInputElement).value).toBe('Rotate keys');
    expect((screen.getByLabelText('Owner 1') as HTMLInputElement).value).toBe('Platform');
    expect(document.activeElement).toBe(screen.getByLabelText('Control 1'));

    fireEvent.click(screen.getByRole('button', { name: 'Remove Rotate keys' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add control' }));
  });

  it.each([
    ['choice', byId(Q.reportType), 'type-9'],
    ['date', byType('date'), '2026-02-30'],
    ['date-range', byType('date-range'), { start: '2026-03-01', end: '2025-03-01' }],
    ['text', byType('text'), '   '],
    ['duration', byType('duration'), { amount: -1, unit: 'days' }],
    ['list-with-owner', byType('list-with-owner'), [{ control: '', owner: 'IT' }]],
    ['multi', byId(Q.tscScope), ['bogus']],
  ] as const)('%s: shows the validation error and links it to every control', (_type, q, value) => {
    const result = validateAnswer(q, value);
    if (result.ok) throw new Error('expected an invalid value');
    const { container } = setup(q, value, result.error);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe(result.error);
    const controls = [...container.querySelectorAll('input, textarea, select')].filter(
      (c) => !(c as HTMLInputElement).disabled,
    );
    expect(controls.length).toBeGreaterThan(0);
    for (const control of controls) {
      expect(control.getAttribute('aria-invalid')).toBe('true');
      expect(control.getAttribute('aria-describedby')?.split(' ')).toContain(alert.id);
    }
  });

  it('renders no error attributes when valid', () => {
    const { container } = setup(byId(Q.reportType), 'type-2');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(container.querySelector('[aria-invalid]')).toBeNull();
    expect(container.querySelector('[aria-describedby]')).toBeNull();
  });
});
