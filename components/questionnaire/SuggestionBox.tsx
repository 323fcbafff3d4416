import { formatAnswer } from '@/lib/questionnaire/format-answer';
import type { Question } from '@/lib/questionnaire/schema';
import type { Suggestion } from '@/lib/questionnaire/suggestions';

interface Props {
  suggestion: Suggestion;
  onAccept: (suggestion: Suggestion) => void;
  onDismiss: (suggestion: Suggestion) => void;
  /** When given, the suggested answer is shown in words and the buttons name the question. */
  question?: Question;
}

/**
 * A pre-fill from the trust page or the SOC report, never applied by itself: the reviewer reads the
 * source's own words (and its URL, or file and page) and decides. All of it comes from vendor
 * documents, so it is rendered as text and the URL is not a link.
 */
export function SuggestionBox({ suggestion, onAccept, onDismiss, question }: Props) {
  const { label, evidence, note } = suggestion;
  // Every card may carry a suggestion; naming the question keeps the buttons distinguishable.
  const context = question?.text ?? label;
  const fromReport = 'file' in evidence;
  const from = fromReport ? 'the report' : 'the page';
  return (
    <div role="group" aria-label={`Suggestion from ${from}`} className="suggestion">
      <p className="suggestion-title">
        <strong>Suggested from {from}:</strong> {label}
      </p>
      {question && <p>Suggested answer: {formatAnswer(question, suggestion.value)}</p>}
      {evidence.quote && <blockquote>{evidence.quote}</blockquote>}
      <p className="url muted">{fromReport ? `${evidence.file}, p. ${evidence.page}` : evidence.url}</p>
      {note && <p className="muted">{note}</p>}
      <div className="row">
        <button
          type="button"
          aria-label={`Accept suggestion: ${context}`}
          onClick={() => onAccept(suggestion)}
        >
          Accept suggestion
        </button>
        <button
          type="button"
          className="secondary"
          aria-label={`Dismiss suggestion: ${context}`}
          onClick={() => onDismiss(suggestion)}
        >
          Dismiss
        </button>
      </div>
    </div>
  );
}
