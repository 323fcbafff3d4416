// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChangeHistory } from './ChangeHistory';

afterEach(cleanup);

const entry = {
  id: 'h1',
  changedAt: Date.UTC(2026, 10, 20, 9),
  author: 'Dana',
  questionText: 'Which SOC 2 report does the vendor hold?',
  before: null,
  after: 'Type II',
};

describe('ChangeHistory', () => {
  it('builds and shows its entries only once opened, and hides them when closed', () => {
    const entries = vi.fn(() => [entry]);
    const { container } = render(<ChangeHistory count={1} entries={entries} />);
    expect(screen.getByText('Change history (1)')).toBeTruthy();
    expect(entries).not.toHaveBeenCalled();
    expect(screen.queryByRole('list', { name: 'Answer history' })).toBeNull();

    const details = container.querySelector('details')!;
    act(() => {
      details.open = true;
      details.dispatchEvent(new Event('toggle'));
    });
    expect(screen.getByRole('list', { name: 'Answer history' }).textContent).toContain('Type II');

    act(() => {
      details.open = false;
      details.dispatchEvent(new Event('toggle'));
    });
    expect(screen.queryByRole('list', { name: 'Answer history' })).toBeNull();
  });
});
