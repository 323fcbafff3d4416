import { z } from '../zod';
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
export const dateAnswerSchema = z.string({ error: 'Enter a date as YYYY-MM-DD' }).check(
  z.superRefine((s, ctx) => {
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
  }),
);
export type DateAnswer = z.infer<typeof dateAnswerSchema>;

export const dateRangeAnswerSchema = z
  .object({ start: dateAnswerSchema, end: dateAnswerSchema }, { error: 'Enter a start and an end date' })
  .check(z.refine((r) => r.end >= r.start, { message: 'The window ends before it starts', path: ['end'] }));
export type DateRangeAnswer = z.infer<typeof dateRangeAnswerSchema>;

export const DURATION_UNITS = ['hours', 'days', 'weeks', 'months', 'years'] as const;
export const durationAnswerSchema = z.object(
  {
    amount: z
      .number({ error: 'Enter an amount as a number' })
      .check(
        z.refine(Number.isFinite, 'Enter an amount as a number'),
        z.minimum(0, 'The amount cannot be negative'),
        z.maximum(10_000, 'The amount is too large: use a bigger unit'),
      ),
    unit: z.enum(DURATION_UNITS, { error: 'Choose hours, days, weeks, months or years' }),
  },
  { error: 'Enter an amount and a unit' },
);
export type DurationAnswer = z.infer<typeof durationAnswerSchema>;

export const LIST_MAX_ITEMS = 100;
/** The longest control and owner in a list-with-owner answer; the editor stops typing there. */
export const CONTROL_MAX = 1000;
export const OWNER_MAX = 200;

export const listWithOwnerItemSchema = z.object({
  control: z
    .string({ error: 'Name the control' })
    .check(z.trim(), z.minLength(1, 'Name the control'), z.maxLength(CONTROL_MAX, 'The control is too long')),
  /** Empty while nobody on the customer's side has been named yet. */
  owner: z
    .string({ error: 'Enter the owner as text' })
    .check(z.trim(), z.maxLength(OWNER_MAX, 'The owner is too long')),
});
export const listWithOwnerAnswerSchema = z
  .array(listWithOwnerItemSchema, { error: 'Enter a list of controls' })
  .check(
    z.minLength(1, 'Add at least one control'),
    z.maxLength(LIST_MAX_ITEMS, `At most ${LIST_MAX_ITEMS} controls`),
  );
export type ListWithOwnerAnswer = z.infer<typeof listWithOwnerAnswerSchema>;

/**
 * Text, choice and multi answers check their shape with one shared schema each; what depends on the
 * question (its options, its length limit) is checked after it in plain code. Building a Zod schema
 * costs far more than using one, and the panel validates every stored answer when it opens: one
 * schema per question made opening a review build dozens.
 */
const textShape = z.string({ error: 'Enter text' }).check(z.trim(), z.minLength(1, 'The answer is empty'));
export type TextAnswer = string;

export const yesNoAnswerSchema = z.boolean({ error: 'Answer yes or no' });
export type YesNoAnswer = z.infer<typeof yesNoAnswerSchema>;

const choiceShape = z.string({ error: 'Choose an option' });
export type ChoiceAnswer = string;

const multiShape = z
  .array(z.string({ error: 'Choose options from the list' }), { error: 'Choose options from the list' })
  .check(z.minLength(1, 'Choose at least one option'));
export type MultiAnswer = string[];

const unknownOption = (v: string, options: Option[]) =>
  `Unknown option “${v.slice(0, 60)}”: choose ${options.map((o) => o.label).join(', ')}`;
const isOption = (v: string, options: Option[]) => options.some((o) => o.value === v);

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

/** Rows left completely blank in the editor are not answers; they are dropped before checking. */
const listWithOwnerInput = z.pipe(
  z.transform((v: unknown) =>
    Array.isArray(v) ? v.filter((row) => !(isBlank(row?.control) && isBlank(row?.owner))) : v,
  ),
  listWithOwnerAnswerSchema,
);

type Check = { ok: true; value: AnswerValue } | { ok: false; error: string; path?: PropertyKey[] };

function parse(schema: z.ZodMiniType<AnswerValue>, value: unknown): Check {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  return { ok: false, error: issue?.message ?? 'Not a valid answer', path: issue?.path };
}

function check(question: Question, value: unknown): Check {
  const spec = question.answer;
  switch (spec.type) {
    case 'choice': {
      const shape = parse(choiceShape, value);
      if (!shape.ok) return shape;
      const v = shape.value as string;
      return isOption(v, spec.options) ? shape : { ok: false, error: unknownOption(v, spec.options) };
    }
    case 'multi': {
      const shape = parse(multiShape, value);
      if (!shape.ok) return shape;
      const values = shape.value as string[];
      const bad = values.find((v) => !isOption(v, spec.options));
      if (bad !== undefined) return { ok: false, error: unknownOption(bad, spec.options) };
      // Normalised: duplicates dropped, always-included options added, in the question's option order.
      const always = spec.alwaysIncluded ?? [];
      return {
        ok: true,
        value: spec.options.map((o) => o.value).filter((v) => values.includes(v) || always.includes(v)),
      };
    }
    case 'text': {
      const shape = parse(textShape, value);
      if (!shape.ok) return shape;
      const text = shape.value as string;
      const max = spec.maxLength ?? TEXT_MAX;
      return text.length <= max
        ? shape
        : {
            ok: false,
            error: `The answer is too long: ${count(text.length)} characters, at most ${count(max)}`,
          };
    }
    case 'date':
      return parse(dateAnswerSchema, value);
    case 'date-range':
      return parse(dateRangeAnswerSchema, value);
    case 'duration':
      return parse(durationAnswerSchema, value);
    case 'list-with-owner':
      return parse(listWithOwnerInput, value);
    case 'yes-no':
      return parse(yesNoAnswerSchema, value);
  }
}

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/**
 * Checks `value` against the question's answer type and options. On success returns the normalised
 * value (text trimmed, multi deduplicated and ordered, blank list rows dropped); on failure the first
 * problem as a sentence for the reviewer. Never throws.
 */
export function validateAnswer(question: Question, value: unknown): AnswerResult {
  // Object values are keyed by identity, then question; primitives by question, then value.
  const isObject = typeof value === 'object' && value !== null;
  const outer: WeakMap<object, Map<unknown, AnswerResult>> = isObject ? byObject : byQuestion;
  const owner = isObject ? value : question;
  const key = isObject ? question : value;
  let results = outer.get(owner);
  if (!results) outer.set(owner, (results = new Map()));
  const known = results.get(key);
  if (known) return known;
  const result = validate(question, value);
  // Bounds what one question remembers of values typed into it over a long session.
  if (results.size >= CACHE_MAX) results.clear();
  results.set(key, result);
  return result;
}

/**
 * One answer is checked by the verdict, the visibility rules, the report facts and its card, several
 * times per render (144 checks for 40 answers when the panel opens): results are remembered per
 * question and value. Callers never mutate a result, so sharing one is safe.
 */
const CACHE_MAX = 64;
const byQuestion = new WeakMap<object, Map<unknown, AnswerResult>>();
const byObject = new WeakMap<object, Map<unknown, AnswerResult>>();

function validate(question: Question, value: unknown): AnswerResult {
  const result = check(question, value);
  if (result.ok) return result;
  const row = result.path?.length && typeof result.path[0] === 'number' ? `Item ${result.path[0] + 1}: ` : '';
  return { ok: false, error: `${row}${result.error}` };
}

/** True when `value` is a valid answer to the question: an invalid value counts as unanswered. */
export function isAnswered(question: Question, value: unknown): boolean {
  return value !== undefined && value !== null && validateAnswer(question, value).ok;
}
