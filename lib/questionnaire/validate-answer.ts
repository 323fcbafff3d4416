import { z } from 'zod';
import { daysInMonth, isIsoDate } from '../staleness/calendar';
import { TEXT_MAX } from './limits';
import type { Option, Question } from './schema';

/**
 * Answer values, one Zod schema per answer type, and `validateAnswer`, which checks a value against
 * its question and returns the message to show inline. Messages speak to the reviewer, not the
 * developer: "The window ends before it starts", not "too_small at path end".
 */

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const count = (n: number) => n.toLocaleString('en');

/** A calendar date as YYYY-MM-DD that exists (no 30 February). */
export const dateAnswerSchema = z.string({ error: 'Enter a date as YYYY-MM-DD' }).superRefine((s, ctx) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) ctx.addIssue({ code: 'custom', message: 'Enter a date as YYYY-MM-DD' });
  else if (!isIsoDate(s)) {
    const [year, month] = [Number(m[1]), Number(m[2])];
    const message =
      month >= 1 && month <= 12 && year >= 1
        ? `${s} is not a real date: ${MONTH_NAMES[month - 1]} ${year} has ${daysInMonth(year, month)} days`
        : `${s} is not a real date`;
    ctx.addIssue({ code: 'custom', message });
  }
});
export type DateAnswer = z.infer<typeof dateAnswerSchema>;

export const dateRangeAnswerSchema = z
  .object({ start: dateAnswerSchema, end: dateAnswerSchema }, { error: 'Enter a start and an end date' })
  .refine((r) => r.end >= r.start, { message: 'The window ends before it starts', path: ['end'] });
export type DateRangeAnswer = z.infer<typeof dateRangeAnswerSchema>;

export const DURATION_UNITS = ['hours', 'days', 'weeks', 'months', 'years'] as const;
export const durationAnswerSchema = z.object(
  {
    amount: z
      .number({ error: 'Enter an amount as a number' })
      .refine(Number.isFinite, 'Enter an amount as a number')
      .min(0, 'The amount cannot be negative')
      .max(10_000, 'The amount is too large: use a bigger unit'),
    unit: z.enum(DURATION_UNITS, { error: 'Choose hours, days, weeks, months or years' }),
  },
  { error: 'Enter an amount and a unit' },
);
export type DurationAnswer = z.infer<typeof durationAnswerSchema>;

export const LIST_MAX_ITEMS = 100;
export const listWithOwnerItemSchema = z.object({
  control: z
    .string({ error: 'Name the control' })
    .trim()
    .min(1, 'Name the control')
    .max(1000, 'The control is too long'),
  /** Empty while nobody on the customer's side has been named yet. */
  owner: z.string({ error: 'Enter the owner as text' }).trim().max(200, 'The owner is too long'),
});
export const listWithOwnerAnswerSchema = z
  .array(listWithOwnerItemSchema, { error: 'Enter a list of controls' })
  .min(1, 'Add at least one control')
  .max(LIST_MAX_ITEMS, `At most ${LIST_MAX_ITEMS} controls`);
export type ListWithOwnerAnswer = z.infer<typeof listWithOwnerAnswerSchema>;

/** Text; `maxLength` per question, at most TEXT_MAX. Whitespace-only text is no answer. */
export const textAnswerSchema = (maxLength = TEXT_MAX) =>
  z
    .string({ error: 'Enter text' })
    .trim()
    .min(1, 'The answer is empty')
    .refine((s) => s.length <= maxLength, {
      error: (issue) =>
        `The answer is too long: ${count(String(issue.input).length)} characters, at most ${count(maxLength)}`,
    });
export type TextAnswer = string;

export const yesNoAnswerSchema = z.boolean({ error: 'Answer yes or no' });
export type YesNoAnswer = z.infer<typeof yesNoAnswerSchema>;

const unknownOption = (v: string, options: Option[]) =>
  `Unknown option “${v.slice(0, 60)}”: choose ${options.map((o) => o.label).join(', ')}`;

/** One option value of the question. */
export const choiceAnswerSchema = (options: Option[]) =>
  z.string({ error: 'Choose an option' }).refine((v) => options.some((o) => o.value === v), {
    error: (i) => unknownOption(String(i.input), options),
  });
export type ChoiceAnswer = string;

/**
 * Option values of the question, normalised: duplicates dropped, always-included options added, in
 * the question's option order.
 */
export const multiAnswerSchema = (options: Option[], alwaysIncluded: string[] = []) =>
  z
    .array(z.string({ error: 'Choose options from the list' }), { error: 'Choose options from the list' })
    .min(1, 'Choose at least one option')
    .superRefine((values, ctx) => {
      const bad = values.find((v) => !options.some((o) => o.value === v));
      if (bad !== undefined) ctx.addIssue({ code: 'custom', message: unknownOption(bad, options) });
    })
    .transform((values) =>
      options.map((o) => o.value).filter((v) => values.includes(v) || alwaysIncluded.includes(v)),
    );
export type MultiAnswer = string[];

export type AnswerValue =
  | ChoiceAnswer
  | MultiAnswer
  | DateAnswer
  | DateRangeAnswer
  | DurationAnswer
  | ListWithOwnerAnswer
  | TextAnswer
  | YesNoAnswer;

export type AnswerResult = { ok: true; value: AnswerValue } | { ok: false; error: string };

/** Schemas are built once per question: building Zod schemas is far costlier than using them. */
const schemaCache = new WeakMap<Question, z.ZodType<AnswerValue>>();

function schemaFor(question: Question): z.ZodType<AnswerValue> {
  let schema = schemaCache.get(question);
  if (!schema) schemaCache.set(question, (schema = buildSchema(question)));
  return schema;
}

function buildSchema(question: Question): z.ZodType<AnswerValue> {
  const spec = question.answer;
  switch (spec.type) {
    case 'choice':
      return choiceAnswerSchema(spec.options);
    case 'multi':
      return multiAnswerSchema(spec.options, spec.alwaysIncluded);
    case 'date':
      return dateAnswerSchema;
    case 'date-range':
      return dateRangeAnswerSchema;
    case 'duration':
      return durationAnswerSchema;
    case 'list-with-owner':
      // Rows left completely blank in the editor are not answers; drop them before checking.
      return z.preprocess(
        (v) => (Array.isArray(v) ? v.filter((row) => !(isBlank(row?.control) && isBlank(row?.owner))) : v),
        listWithOwnerAnswerSchema,
      );
    case 'text':
      return textAnswerSchema(spec.maxLength);
    case 'yes-no':
      return yesNoAnswerSchema;
  }
}

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/**
 * Checks `value` against the question's answer type and options. On success returns the normalised
 * value (text trimmed, multi deduplicated and ordered, blank list rows dropped); on failure the first
 * problem as a sentence for the reviewer. Never throws.
 */
export function validateAnswer(question: Question, value: unknown): AnswerResult {
  const result = schemaFor(question).safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  const row = issue?.path.length && typeof issue.path[0] === 'number' ? `Item ${issue.path[0] + 1}: ` : '';
  return { ok: false, error: `${row}${issue?.message ?? 'Not a valid answer'}` };
}

/** True when `value` is a valid answer to the question: an invalid value counts as unanswered. */
export function isAnswered(question: Question, value: unknown): boolean {
  return value !== undefined && value !== null && validateAnswer(question, value).ok;
}
