import type { Bank, Question, Section } from './schema';
import { AI_NOT_COVERED_QUESTIONS } from './bank/ai-not-covered';
import { PRINCIPLE_QUESTIONS } from './bank/principle-follow-ups';
import { SOC2_REPORT_QUESTIONS } from './bank/soc2-report';

/**
 * The question bank, from the seed "SOC 2 for AI Agents". Stored answers name the bank version they
 * were given against: bump it whenever a question's meaning, options or id changes.
 */
export const BANK_VERSION = 1;

export const SECTIONS: Section[] = [
  {
    id: 'soc2-report',
    title: 'SOC 2 report',
    description:
      'The report the vendor shares under NDA, the certificates next to it, and the questions to ask once you have it.',
  },
  {
    id: 'principle-follow-ups',
    title: 'Trust Services Criteria, for agents',
    description: 'What each criterion in scope means for an AI agent. Security is always in scope.',
  },
  {
    id: 'ai-not-covered',
    title: 'What SOC 2 does not cover',
    description:
      'SOC 2 was written before LLMs. Type II is necessary but insufficient for AI-agent procurement.',
  },
];

/** The bank as a typed constant; `bankSchema.parse(QUESTION_BANK)` holds (see bank.test.ts). */
export const QUESTION_BANK: Bank = {
  version: BANK_VERSION,
  sections: SECTIONS,
  questions: [...SOC2_REPORT_QUESTIONS, ...PRINCIPLE_QUESTIONS, ...AI_NOT_COVERED_QUESTIONS],
};

/** A question by id, or undefined for an id the bank does not know (e.g. from an older bank). */
export function questionById(bank: Bank, id: string): Question | undefined {
  return bank.questions.find((q) => q.id === id);
}

/** The label of a choice or multi option, for explanations; the raw value when it is not an option. */
export function optionLabel(bank: Bank, questionId: string, value: string): string {
  const answer = questionById(bank, questionId)?.answer;
  const options = answer && (answer.type === 'choice' || answer.type === 'multi') ? answer.options : [];
  return options.find((o) => o.value === value)?.label ?? value;
}
