import type { AnswerSpec } from '@/lib/questionnaire/schema';

/** The answer spec of one answer type, so each input receives exactly the options it can use. */
export type SpecOf<T extends AnswerSpec['type']> = Extract<AnswerSpec, { type: T }>;

/** What every answer input takes. Inputs are controlled: the parent owns the value and validates it. */
export interface BaseInputProps {
  /** The question text: the accessible name of the control or the legend of the group. */
  label: string;
  /** Hide the label visually (still read by screen readers) when a heading already shows the question. */
  hideLabel?: boolean;
  /** The raw stored value; undefined or null while unanswered. It may be invalid while being edited. */
  value: unknown;
  /** The message from the parent's validation, shown under the input. */
  error?: string;
  /** Makes ids unique when several questions are on the page. */
  idPrefix: string;
  /** Called with the new value on every edit, even an invalid one, so validation can explain it. */
  onChange: (value: unknown) => void;
}

/** The id of the inline error of an input; controls point at it with aria-describedby. */
export const errorId = (idPrefix: string) => `${idPrefix}-error`;

/** aria-describedby from the ids that apply, or undefined so no empty attribute is rendered. */
export function describedBy(...ids: (string | false | undefined | null)[]): string | undefined {
  const present = ids.filter((id): id is string => Boolean(id));
  return present.length ? present.join(' ') : undefined;
}

/** The attributes that tie a control to its inline error. */
export function errorAttrs(idPrefix: string, error: string | undefined, ...otherIds: (string | undefined)[]) {
  return {
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(error && errorId(idPrefix), ...otherIds),
  };
}

export const labelClass = (hideLabel?: boolean) => (hideLabel ? 'visually-hidden' : undefined);
