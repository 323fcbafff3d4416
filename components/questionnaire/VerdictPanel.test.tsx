// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Q } from '@/lib/questionnaire/question-ids';
import { completeAnswers, TODAY } from '@/lib/questionnaire/test-helpers';
import { computeVerdict, VERDICT_RULES, type Verdict } from '@/lib/questionnaire/verdict';
import { VerdictPanel } from './VerdictPanel';

afterEach(cleanup);

describe('VerdictPanel', () => {
  it('shows a provisional verdict with the missing key facts outside the live region', () => {
    const verdict = computeVerdict({ tier: 'high-stakes', answers: {}, today: TODAY });
    expect(verdict.provisional).toBe(true);
    const { container } = render(<VerdictPanel verdict={verdict} tierLabel="High-stakes" />);
    const live = screen.getByRole('status', { name: 'Verdict' });
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.textContent).toBe(`${verdict.label}Provisional`);
    const n = verdict.missing.length;
    expect(container.textContent).toContain(`${n} key fact${n === 1 ? '' : 's'} missing`);
    const missing = screen.getByText('Missing key facts').closest('details')!;
    expect(within(missing).getAllByRole('listitem')).toHaveLength(n);
    expect(screen.getByText(`Open questions for the vendor (${verdict.openQuestions.length})`)).toBeTruthy();
  });

  it('lists each reason with its rule text and detail, and uses the label class', () => {
    const verdict = computeVerdict({
      tier: 'standard',
      answers: completeAnswers({ [Q.opinion]: 'adverse' }),
      today: TODAY,
    });
    expect(verdict.label).toBe('Do not deploy');
    const { container } = render(<VerdictPanel verdict={verdict} tierLabel="Standard" />);
    expect(container.querySelector('.verdict-do-not-deploy')).toBeTruthy();
    expect(screen.queryByText('Provisional')).toBeNull();
    const why = screen.getByText('Why').closest('details')!;
    expect(within(why).getAllByRole('listitem')).toHaveLength(verdict.reasons.length);
    const adverse = verdict.reasons.find((r) => r.rule === 'adverse-or-disclaimed-opinion')!;
    expect(why.textContent).toContain(VERDICT_RULES['adverse-or-disclaimed-opinion']);
    expect(why.textContent).toContain(adverse.detail);
    expect(container.textContent).toContain('For a Standard deployment');
  });

  it.each([
    ['Proceed', 'verdict-proceed'],
    ['Proceed with conditions', 'verdict-conditions'],
    ['Walk away', 'verdict-walk-away'],
  ] as const)('gives %s the class %s', (label, className) => {
    const verdict: Verdict = { label, provisional: false, reasons: [], missing: [], openQuestions: [] };
    const { container } = render(<VerdictPanel verdict={verdict} tierLabel="Standard" />);
    expect(container.querySelector(`.${className}`)).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe(label);
    expect(screen.queryByText('Why')).toBeNull();
  });
});
