// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Evidence } from '@/lib/db/schema';
import { QUESTION_BANK } from '@/lib/questionnaire/bank';
import { Q } from '@/lib/questionnaire/question-ids';
import type { Question } from '@/lib/questionnaire/schema';
import type { Suggestion } from '@/lib/questionnaire/suggestions';
import { EvidenceList } from './EvidenceList';
import { QuestionCard } from './QuestionCard';
import { SuggestionBox } from './SuggestionBox';

afterEach(cleanup);

const byId = (id: string): Question => QUESTION_BANK.questions.find((q) => q.id === id)!;
const reportType = byId(Q.reportType);
const aiQuestion = QUESTION_BANK.questions.find((q) => q.aiSpecific && !q.keyFact)!;

const suggestion: Suggestion = {
  questionId: Q.reportType,
  value: 'type-2',
  evidence: { url: 'https://trust.acme.example/soc2', quote: 'We hold a <b>SOC 2 Type II</b> report.' },
  label: 'The page states SOC 2 Type II (held)',
};
const evidence: Evidence[] = [
  { url: 'https://trust.acme.example/a', quote: 'Quote A', capturedAt: Date.UTC(2026, 0, 5, 10) },
  { url: 'https://trust.acme.example/b', quote: 'Quote B', capturedAt: Date.UTC(2026, 0, 6, 10) },
];

function renderCard(overrides: Partial<Parameters<typeof QuestionCard>[0]> = {}) {
  const props = {
    question: reportType,
    index: 1,
    total: 12,
    value: undefined as unknown,
    note: '',
    evidence: [] as Evidence[],
    suggestions: [] as Suggestion[],
    onAnswer: vi.fn(),
    onNote: vi.fn(),
    onAcceptSuggestion: vi.fn(),
    onDismissSuggestion: vi.fn(),
    onRemoveEvidence: vi.fn(),
    onClear: vi.fn(),
    ...overrides,
  };
  render(<QuestionCard {...props} />);
  return props;
}

describe('QuestionCard', () => {
  it('is labelled by a focusable heading carrying the question id', () => {
    renderCard();
    const article = screen.getByRole('article', { name: reportType.text });
    const heading = within(article).getByRole('heading', { level: 3, name: reportType.text });
    expect(heading.getAttribute('tabindex')).toBe('-1');
    expect(heading.getAttribute('data-question-id')).toBe(Q.reportType);
    expect(article.textContent).toContain('Question 1 of 12');
    expect(within(article).getByText('Key fact')).toBeTruthy();
    expect(within(article).queryByText('AI-specific')).toBeNull();
  });

  it('marks AI-specific questions and lists references with short source names', () => {
    renderCard({ question: aiQuestion });
    expect(screen.getByText('AI-specific')).toBeTruthy();
    const refs = screen.getByText('References').closest('details')!;
    const first = aiQuestion.references[0]!;
    const short = {
      'aicpa-tsc-2017': 'AICPA TSC 2017',
      'nist-ai-rmf': 'NIST AI RMF',
      'iso-42001': 'ISO/IEC 42001 Annex A',
    };
    expect(refs.textContent).toContain(`${short[first.source]} ${first.id} — ${first.title}`);
  });

  it('shows "Why it matters" from the help text', () => {
    renderCard();
    expect(screen.getByText('Why it matters').closest('details')!.textContent).toContain(reportType.help);
  });

  it('passes answers, notes and clearing to the callbacks', () => {
    const props = renderCard({ value: 'type-1', note: 'From the NDA copy' });
    fireEvent.click(screen.getByRole('radio', { name: 'Type II' }));
    expect(props.onAnswer).toHaveBeenCalledWith('type-2');
    const note = screen.getByLabelText('Note on this answer') as HTMLTextAreaElement;
    expect(note.value).toBe('From the NDA copy');
    fireEvent.change(note, { target: { value: 'Checked page 4' } });
    expect(props.onNote).toHaveBeenCalledWith('Checked page 4');
    fireEvent.click(screen.getByRole('button', { name: 'Clear answer' }));
    expect(props.onClear).toHaveBeenCalledTimes(1);
  });

  it('offers no Clear button while unanswered', () => {
    renderCard({ value: null });
    expect(screen.queryByRole('button', { name: 'Clear answer' })).toBeNull();
  });

  it('shows the error from the parent under the input', () => {
    renderCard({ value: 'bogus', error: 'Choose an option' });
    expect(screen.getByRole('alert').textContent).toBe('Choose an option');
    expect(screen.getByRole('radio', { name: 'Type II' }).getAttribute('aria-invalid')).toBe('true');
  });

  it('accepts and dismisses suggestions with the suggestion itself', () => {
    const props = renderCard({ suggestions: [suggestion] });
    const box = screen.getByRole('group', { name: 'Suggestion from the page' });
    expect(box.textContent).toContain('Suggested from the page: The page states SOC 2 Type II (held)');
    expect(box.textContent).toContain('Suggested answer: Type II');
    fireEvent.click(within(box).getByRole('button', { name: `Accept suggestion: ${reportType.text}` }));
    expect(props.onAcceptSuggestion).toHaveBeenCalledWith(suggestion);
    fireEvent.click(within(box).getByRole('button', { name: `Dismiss suggestion: ${reportType.text}` }));
    expect(props.onDismissSuggestion).toHaveBeenCalledWith(suggestion);
  });

  it('removes evidence by index', () => {
    const props = renderCard({ evidence });
    fireEvent.click(screen.getAllByRole('button', { name: 'Remove evidence' })[1]!);
    expect(props.onRemoveEvidence).toHaveBeenCalledWith(1);
  });
});

describe('SuggestionBox', () => {
  it('renders page text as text, the URL not as a link', () => {
    const { container } = render(
      <SuggestionBox
        suggestion={{ ...suggestion, note: 'Period stated on the page' }}
        onAccept={vi.fn()}
        onDismiss={vi.fn()}
      />,
    );
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('blockquote')!.textContent).toBe('We hold a <b>SOC 2 Type II</b> report.');
    expect(container.querySelector('a')).toBeNull();
    expect(screen.getByText('https://trust.acme.example/soc2')).toBeTruthy();
    expect(screen.getByText('Period stated on the page')).toBeTruthy();
    expect(screen.getByRole('button', { name: `Accept suggestion: ${suggestion.label}` })).toBeTruthy();
  });
});

describe('EvidenceList', () => {
  it('renders nothing when empty', () => {
    const { container } = render(<EvidenceList evidence={[]} onRemove={vi.fn()} />);
    expect(container.innerHTML).toBe('');
  });

  it('shows quote, URL and capture time; read-only without onRemove', () => {
    render(<EvidenceList evidence={evidence} />);
    const list = screen.getByRole('list', { name: 'Evidence' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(list.textContent).toContain('Quote A');
    expect(list.textContent).toContain('https://trust.acme.example/b');
    expect(list.textContent).toContain(new Date(evidence[0]!.capturedAt).toLocaleString());
    expect(list.querySelector('time')!.getAttribute('datetime')).toBe('2026-01-05T10:00:00.000Z');
    expect(screen.queryByRole('button')).toBeNull();
  });
});
