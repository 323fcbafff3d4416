// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReviewRecordForm } from './ReviewRecordForm';

afterEach(cleanup);

function setup(overrides: Partial<Parameters<typeof ReviewRecordForm>[0]> = {}) {
  const props = {
    reviewer: '',
    reviewDate: null as string | null,
    status: 'draft' as const,
    signedOffBy: null as string | null,
    signedOffAt: null as number | null,
    onChange: vi.fn(),
    onSignOff: vi.fn(),
    onReopen: vi.fn(),
    ...overrides,
  };
  render(<ReviewRecordForm {...props} />);
  return props;
}

describe('ReviewRecordForm', () => {
  it('disables sign-off without a reviewer and says why', () => {
    setup({ reviewer: '   ' });
    const button = screen.getByRole('button', { name: 'Sign off as final' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    const hint = document.getElementById(button.getAttribute('aria-describedby')!)!;
    expect(hint.textContent).toBe('Enter the reviewer’s name to sign off.');
    expect(screen.getByText('Draft')).toBeTruthy();
  });

  it('signs off once a reviewer is named', () => {
    const props = setup({ reviewer: 'Dana' });
    const button = screen.getByRole('button', { name: 'Sign off as final' }) as HTMLButtonElement;
    expect(button.disabled).toBe(false);
    fireEvent.click(button);
    expect(props.onSignOff).toHaveBeenCalledTimes(1);
  });

  it('reports edits as patches, an emptied date as null', () => {
    const props = setup({ reviewer: 'Dana', reviewDate: '2026-11-20' });
    fireEvent.change(screen.getByLabelText('Reviewer'), { target: { value: 'Dana K.' } });
    expect(props.onChange).toHaveBeenLastCalledWith({ reviewer: 'Dana K.' });
    fireEvent.change(screen.getByLabelText('Review date'), { target: { value: '2026-11-26' } });
    expect(props.onChange).toHaveBeenLastCalledWith({ reviewDate: '2026-11-26' });
    fireEvent.change(screen.getByLabelText('Review date'), { target: { value: '' } });
    expect(props.onChange).toHaveBeenLastCalledWith({ reviewDate: null });
  });

  it('shows who signed off when final, read-only, with Reopen', () => {
    const at = Date.UTC(2026, 10, 26, 15, 30);
    const props = setup({ reviewer: 'Dana', status: 'final', signedOffBy: 'Dana', signedOffAt: at });
    expect(screen.getByText('Final')).toBeTruthy();
    expect(screen.getByText(/Signed off by Dana on/).textContent).toContain(new Date(at).toLocaleString());
    expect((screen.getByLabelText('Reviewer') as HTMLInputElement).readOnly).toBe(true);
    expect(screen.queryByRole('button', { name: 'Sign off as final' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Reopen as draft' }));
    expect(props.onReopen).toHaveBeenCalledTimes(1);
  });
});
