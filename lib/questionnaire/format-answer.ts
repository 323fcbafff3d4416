import type { Question } from './schema';
import { validateAnswer, type DurationAnswer, type ListWithOwnerAnswer } from './validate-answer';

/**
 * One line of human text for an answer, for history entries, exports and suggestion previews. It goes
 * through `validateAnswer` first so that a half-typed or stale value never reads like a real answer:
 * anything that is not a valid answer is shown as unanswered.
 */

export const UNANSWERED_TEXT = '(unanswered)';

/** Long text answers are cut here: a history line or preview is a reminder, not the full answer. */
export const FORMATTED_TEXT_MAX = 200;

const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

function formatDuration({ amount, unit }: DurationAnswer): string {
  // "1 days" reads as a typo; the units are all regular plurals.
  return `${amount.toLocaleString('en')} ${amount === 1 ? unit.slice(0, -1) : unit}`;
}

function formatList(rows: ListWithOwnerAnswer): string {
  return rows
    .map(({ control, owner }) => `${control} (${owner ? `owner: ${owner}` : 'no owner named yet'})`)
    .join('; ');
}

/** Human text for any answer value of `question`; "(unanswered)" for a missing or invalid value. */
export function formatAnswer(question: Question, value: unknown): string {
  if (value === undefined || value === null) return UNANSWERED_TEXT;
  const result = validateAnswer(question, value);
  if (!result.ok) return UNANSWERED_TEXT;
  const v = result.value;
  const spec = question.answer;
  switch (spec.type) {
    case 'choice':
      return spec.options.find((o) => o.value === v)?.label ?? String(v);
    case 'multi':
      return (v as string[]).map((x) => spec.options.find((o) => o.value === x)?.label ?? x).join(', ');
    case 'date':
      return v as string;
    case 'date-range': {
      const { start, end } = v as { start: string; end: string };
      return `${start} – ${end}`;
    }
    case 'duration':
      return formatDuration(v as DurationAnswer);
    case 'list-with-owner':
      return formatList(v as ListWithOwnerAnswer);
    case 'text':
      return clip(v as string, FORMATTED_TEXT_MAX);
    case 'yes-no':
      return v ? 'Yes' : 'No';
  }
}
