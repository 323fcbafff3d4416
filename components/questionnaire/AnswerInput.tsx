import type { Question } from '@/lib/questionnaire/schema';
import { ChoiceInput } from './inputs/ChoiceInput';
import { DateInput } from './inputs/DateInput';
import { DateRangeInput } from './inputs/DateRangeInput';
import { DurationInput } from './inputs/DurationInput';
import { ListWithOwnerInput } from './inputs/ListWithOwnerInput';
import { MultiInput } from './inputs/MultiInput';
import { TextInput } from './inputs/TextInput';
import { YesNoInput } from './inputs/YesNoInput';

interface Props {
  question: Question;
  /** The raw value; undefined or null while unanswered. */
  value: unknown;
  /** From the parent's validateAnswer, shown under the input and linked to it. */
  error?: string;
  idPrefix: string;
  /** The new value on every edit; the parent debounces and validates. */
  onChange: (value: unknown) => void;
  /**
   * Hide the question text used as label or legend, for when a heading right above already shows it.
   * It stays the accessible name either way.
   */
  hideLabel?: boolean;
}

/** The input for a question's answer type. */
export function AnswerInput({ question, value, error, idPrefix, onChange, hideLabel }: Props) {
  const common = { label: question.text, hideLabel, value, error, idPrefix, onChange };
  const spec = question.answer;
  switch (spec.type) {
    case 'choice':
      return <ChoiceInput spec={spec} {...common} />;
    case 'multi':
      return <MultiInput spec={spec} {...common} />;
    case 'date':
      return <DateInput {...common} />;
    case 'date-range':
      return <DateRangeInput spec={spec} {...common} />;
    case 'duration':
      return <DurationInput {...common} />;
    case 'list-with-owner':
      return <ListWithOwnerInput {...common} />;
    case 'text':
      return <TextInput spec={spec} {...common} />;
    case 'yes-no':
      return <YesNoInput {...common} />;
  }
}
