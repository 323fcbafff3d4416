import type { Evidence } from '@/lib/db/schema';
import { ANSWER_NOTE_MAX } from '@/lib/db/schema';
import type { ReferenceSource } from '@/lib/questionnaire/references';
import type { Question } from '@/lib/questionnaire/schema';
import type { Suggestion } from '@/lib/questionnaire/suggestions';
import { ConflictChoice, type Choice } from '../ui/ConflictChoice';
import { AnswerInput } from './AnswerInput';
import { EvidenceList } from './EvidenceList';
import { SuggestionBox } from './SuggestionBox';

/** Short source names: the card is narrow and the full titles are in lib/questionnaire/references.ts. */
const REFERENCE_SOURCE_SHORT: Record<ReferenceSource, string> = {
  'aicpa-tsc-2017': 'AICPA TSC 2017',
  'nist-ai-rmf': 'NIST AI RMF',
  'iso-42001': 'ISO/IEC 42001 Annex A',
};

/** Ids derived from the question id: unique on the page, stable for focus moves and tests. */
export const questionHeadingId = (questionId: string) => `q-${questionId}-heading`;

interface Props {
  question: Question;
  /** 1-based position among the questions shown, as in "Question 3 of 12". */
  index: number;
  total: number;
  value: unknown;
  note: string;
  evidence: Evidence[];
  error?: string;
  suggestions: Suggestion[];
  onAnswer: (value: unknown) => void;
  onNote: (note: string) => void;
  onAcceptSuggestion: (s: Suggestion) => void;
  onDismissSuggestion: (s: Suggestion) => void;
  onRemoveEvidence: (index: number) => void;
  onClear: () => void;
  /** The last save failed: offer to save again. */
  onRetry?: () => void;
  /** Another window saved the answer (or its note) while it was being edited here. */
  conflict?: { what: string; theirs: string; canKeepBoth: boolean } | null;
  onResolve?: (choice: Choice) => void;
}

/**
 * One question with its answer, note, evidence and page suggestions. The heading is focusable
 * (tabIndex -1) and carries data-question-id so a parent can move focus to it when navigating
 * between questions by keyboard.
 */
export function QuestionCard({
  question,
  index,
  total,
  value,
  note,
  evidence,
  error,
  suggestions,
  onAnswer,
  onNote,
  onAcceptSuggestion,
  onDismissSuggestion,
  onRemoveEvidence,
  onClear,
  conflict,
  onResolve,
  onRetry,
}: Props) {
  const idPrefix = `q-${question.id}`;
  const headingId = questionHeadingId(question.id);
  const noteId = `${idPrefix}-note`;
  // Any stored value can be cleared, even an invalid one left over from editing.
  const answered = value !== undefined && value !== null;

  return (
    <article className="card question-card" aria-labelledby={headingId}>
      <p className="muted question-meta">
        Question {index} of {total}
        {question.keyFact && <span className="pill pill-key-fact">Key fact</span>}
        {question.aiSpecific && <span className="pill pill-ai">AI-specific</span>}
      </p>
      <h3 id={headingId} tabIndex={-1} data-question-id={question.id} className="question-heading">
        {question.text}
      </h3>
      {question.help && (
        <details>
          <summary>Why it matters</summary>
          <p>{question.help}</p>
        </details>
      )}
      <details>
        <summary>References</summary>
        <ul>
          {question.references.map((r) => (
            <li key={`${r.source}-${r.id}`}>
              {REFERENCE_SOURCE_SHORT[r.source]} {r.id} — {r.title}
            </li>
          ))}
        </ul>
      </details>
      <AnswerInput
        question={question}
        value={value}
        error={error}
        idPrefix={idPrefix}
        onChange={onAnswer}
        hideLabel
      />
      {onRetry && (
        <button type="button" className="secondary" aria-describedby={headingId} onClick={onRetry}>
          Retry saving
        </button>
      )}
      {conflict && onResolve && (
        <ConflictChoice
          what={conflict.what}
          theirs={conflict.theirs}
          canKeepBoth={conflict.canKeepBoth}
          onChoose={onResolve}
        />
      )}
      {answered && (
        <button type="button" className="link" aria-describedby={headingId} onClick={onClear}>
          Clear answer
        </button>
      )}
      {suggestions.map((s, i) => (
        <SuggestionBox
          key={`${'url' in s.evidence ? s.evidence.url : s.evidence.file}-${i}`}
          suggestion={s}
          question={question}
          onAccept={onAcceptSuggestion}
          onDismiss={onDismissSuggestion}
        />
      ))}
      <EvidenceList evidence={evidence} onRemove={onRemoveEvidence} />
      <div className="field">
        <label htmlFor={noteId}>Note on this answer</label>
        <textarea
          id={noteId}
          rows={2}
          value={note}
          maxLength={ANSWER_NOTE_MAX}
          onChange={(e) => onNote(e.target.value)}
        />
      </div>
    </article>
  );
}
