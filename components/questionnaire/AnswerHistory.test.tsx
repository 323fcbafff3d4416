// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AnswerHistory } from './AnswerHistory';

afterEach(cleanup);

describe('AnswerHistory', () => {
  it('says so when there are no changes', () => {
    render(<AnswerHistory entries={[]} />);
    expect(screen.getByText('No changes yet.')).toBeTruthy();
  });

  it('lists changes newest first, with "(unanswered)" for a first answer', () => {
    const older = Date.UTC(2026, 10, 20, 9);
    const newer = Date.UTC(2026, 10, 21, 9);
    render(
      <AnswerHistory
        entries={[
          {
            id: 'a',
            changedAt: older,
            author: 'Dana',
            questionText: 'Report type?',
            before: null,
            after: 'Type I',
          },
          {
            id: 'b',
            changedAt: newer,
            author: 'Lee',
            questionText: 'Report type?',
            before: 'Type I',
            after: 'Type II',
          },
        ]}
      />,
    );
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      `Lee, ${new Date(newer).toLocaleString()}: Report type? — Type I → Type II`,
      `Dana, ${new Date(older).toLocaleString()}: Report type? — (unanswered) → Type I`,
    ]);
  });
});
