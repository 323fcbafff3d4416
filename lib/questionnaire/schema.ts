import { z } from '../zod';
import { TIERS } from '../db/schema';
import { FRAMEWORKS } from '../detection/vocab';
import { TEXT_MAX } from './limits';
import { REFERENCE_CATALOGS, REFERENCE_SOURCES } from './references';

/**
 * The shape of the question bank. The bank is data: each question says how it is answered, when it is
 * shown, whether the verdict needs it, what on a trust page can pre-fill it, which controls it maps to
 * and how to ask the vendor. `bankSchema` also checks the bank's internal consistency (ids unique,
 * conditions pointing at earlier questions and real options), so a bad edit fails the bank test.
 */

export { TEXT_MAX };

const kebabSchema = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Ids are kebab-case'));

export const SECTION_IDS = ['soc2-report', 'principle-follow-ups', 'ai-not-covered'] as const;
export const sectionIdSchema = z.enum(SECTION_IDS);
export type SectionId = z.infer<typeof sectionIdSchema>;

export const sectionSchema = z.object({
  id: sectionIdSchema,
  title: z.string().check(z.minLength(1), z.maxLength(100)),
  description: z.string().check(z.minLength(1), z.maxLength(500)),
});
export type Section = z.infer<typeof sectionSchema>;

export const referenceSchema = z
  .object({
    source: z.enum(REFERENCE_SOURCES),
    id: z.string().check(z.minLength(1)),
    title: z.string().check(z.minLength(1)),
  })
  .check(
    z.refine((r) => REFERENCE_CATALOGS[r.source][r.id] === r.title, {
      message: 'Not a reference from the catalogue (id or title differs)',
    }),
  );
export type Reference = z.infer<typeof referenceSchema>;

export const optionSchema = z.object({
  value: kebabSchema,
  label: z.string().check(z.minLength(1), z.maxLength(120)),
});
export type Option = z.infer<typeof optionSchema>;

export const ANSWER_TYPES = [
  'choice',
  'multi',
  'date',
  'date-range',
  'duration',
  'list-with-owner',
  'text',
  'yes-no',
] as const;
export type AnswerType = (typeof ANSWER_TYPES)[number];

/** How a question is answered. Option lists live here so answers can be checked against them. */
export const answerSpecSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('choice'), options: z.array(optionSchema).check(z.minLength(2)) }),
  z.object({
    type: z.literal('multi'),
    options: z.array(optionSchema).check(z.minLength(2)),
    /** Options that are always part of the answer (SOC 2 always covers Security). */
    alwaysIncluded: z.optional(z.array(kebabSchema)),
  }),
  z.object({ type: z.literal('date') }),
  z.object({
    type: z.literal('date-range'),
    startLabel: z.string().check(z.minLength(1)),
    endLabel: z.string().check(z.minLength(1)),
  }),
  z.object({ type: z.literal('duration') }),
  z.object({ type: z.literal('list-with-owner') }),
  z.object({
    type: z.literal('text'),
    maxLength: z.optional(z.number().check(z.int(), z.positive(), z.maximum(TEXT_MAX))),
  }),
  z.object({ type: z.literal('yes-no') }),
]);
export type AnswerSpec = z.infer<typeof answerSpecSchema>;

/**
 * When a question is shown, in terms of an earlier question's answer. A condition on a question that
 * is unanswered or itself hidden is false, whatever the operator: "not-includes" means "answered,
 * and the list lacks it", not "we don't know".
 */
export const conditionSchema = z.discriminatedUnion('op', [
  z.object({ question: kebabSchema, op: z.literal('equals'), value: z.union([z.string(), z.boolean()]) }),
  z.object({ question: kebabSchema, op: z.literal('in'), values: z.array(z.string()).check(z.minLength(1)) }),
  z.object({ question: kebabSchema, op: z.literal('includes'), value: z.string() }),
  z.object({ question: kebabSchema, op: z.literal('not-includes'), value: z.string() }),
]);
export type Condition = z.infer<typeof conditionSchema>;

export const PREFILL_SOURCES = ['claim-status', 'claim-period', 'subprocessors'] as const;

/** What in a page detection can pre-fill a question (see suggestions.ts). */
export const prefillSchema = z.object({
  source: z.enum(PREFILL_SOURCES),
  /** For claim sources: the frameworks whose claims are read. */
  frameworks: z.optional(z.array(z.enum(FRAMEWORKS))),
  /** What is read, for the reviewer: "a Type II claim's stated report period". */
  hint: z.string().check(z.minLength(1), z.maxLength(200)),
});
export type Prefill = z.infer<typeof prefillSchema>;

export const questionSchema = z.object({
  id: kebabSchema.check(z.maxLength(100)),
  section: sectionIdSchema,
  /** The question as the reviewer sees it. */
  text: z.string().check(z.minLength(1), z.maxLength(300)),
  /** Why it matters, from the seed; shown on demand. */
  help: z.optional(z.string().check(z.maxLength(1000))),
  /** The question to send the vendor while this is unanswered. */
  askVendor: z.string().check(z.minLength(1), z.maxLength(500)),
  answer: answerSpecSchema,
  /** Shown only when every condition holds. */
  showIf: z.optional(z.array(conditionSchema).check(z.minLength(1))),
  /** Needed before a verdict is final. */
  keyFact: z.boolean(),
  /** A key fact only for these tiers (all tiers when absent). */
  keyFactTiers: z.optional(z.array(z.enum(TIERS)).check(z.minLength(1))),
  /** Key facts in one group are alternatives: any one answered satisfies the group. */
  keyFactGroup: z.optional(kebabSchema),
  /** About a risk SOC 2 was not written for; unanswered, it keeps the verdict from a plain Proceed. */
  aiSpecific: z.boolean(),
  prefill: z.array(prefillSchema),
  references: z.array(referenceSchema).check(z.minLength(1)),
});
export type Question = z.infer<typeof questionSchema>;

function optionValues(q: Question): string[] | null {
  return q.answer.type === 'choice' || q.answer.type === 'multi'
    ? q.answer.options.map((o) => o.value)
    : null;
}

/** Why a condition cannot work against the question it names, or null when it can. */
function conditionProblem(c: Condition, target: Question): string | null {
  const values = optionValues(target);
  const { type } = target.answer;
  switch (c.op) {
    case 'equals':
      if (type === 'yes-no')
        return typeof c.value === 'boolean' ? null : 'compare a yes-no answer with true/false';
      return type === 'choice' && values!.includes(String(c.value)) ? null : 'equals needs a choice option';
    case 'in':
      return type === 'choice' && c.values.every((v) => values!.includes(v))
        ? null
        : 'in needs choice options';
    case 'includes':
    case 'not-includes':
      return type === 'multi' && values!.includes(c.value) ? null : `${c.op} needs a multi option`;
  }
}

export const bankSchema = z
  .object({
    version: z.number().check(z.int(), z.positive()),
    sections: z.array(sectionSchema).check(z.minLength(1)),
    questions: z.array(questionSchema).check(z.minLength(1)),
  })
  .check(
    z.superRefine((bank, ctx) => {
      const issue = (message: string, path: (string | number)[]) =>
        ctx.addIssue({ code: 'custom', message, path });
      const sectionOrder = bank.sections.map((s) => s.id);
      if (new Set(sectionOrder).size !== sectionOrder.length) issue('Duplicate section', ['sections']);
      const seen = new Map<string, Question>();
      let lastSection = 0;
      bank.questions.forEach((q, i) => {
        const path = ['questions', i];
        if (seen.has(q.id)) issue(`Duplicate question id ${q.id}`, [...path, 'id']);
        const sectionIndex = sectionOrder.indexOf(q.section);
        // Bank order is display order, so a section's questions must stay together.
        if (sectionIndex < lastSection) issue(`${q.id} is out of section order`, [...path, 'section']);
        lastSection = Math.max(lastSection, sectionIndex);
        if (sectionIndex < 0) issue(`Unknown section ${q.section}`, [...path, 'section']);
        for (const c of q.showIf ?? []) {
          // Conditions may only look back, so one pass in bank order settles visibility.
          const target = seen.get(c.question);
          if (!target) issue(`${q.id}: condition on ${c.question}, which is not an earlier question`, path);
          else {
            const problem = conditionProblem(c, target);
            if (problem) issue(`${q.id}: ${problem}`, path);
          }
        }
        if (!q.keyFact && (q.keyFactTiers || q.keyFactGroup))
          issue(`${q.id}: key-fact details on a non-key fact`, path);
        if (q.answer.type === 'multi') {
          const values = q.answer.options.map((o) => o.value);
          for (const v of q.answer.alwaysIncluded ?? [])
            if (!values.includes(v)) issue(`${q.id}: always-included ${v} is not an option`, path);
        }
        const values = optionValues(q);
        if (values && new Set(values).size !== values.length) issue(`${q.id}: duplicate option`, path);
        seen.set(q.id, q);
      });
    }),
  );
export type Bank = z.infer<typeof bankSchema>;
