import type { Question } from '../schema';
import { Q } from '../question-ids';
import { iso42001, nist, tsc } from '../references';

/**
 * What SOC 2 does not test, because it was written before LLMs. These are NIST AI RMF and ISO/IEC 42001
 * territory; the TSC references are the nearest criteria, not coverage.
 */

export const AI_NOT_COVERED_QUESTIONS: Question[] = [
  {
    id: Q.promptInjection,
    section: 'ai-not-covered',
    text: 'How resilient is the agent to prompt injection, direct and through retrieved content or tool output?',
    askVendor:
      'How do you defend against prompt injection, including indirect injection through retrieved documents, web pages and tool output, and how do you test it (red teaming, evaluations)?',
    answer: { type: 'text' },
    keyFact: false,
    aiSpecific: true,
    prefill: [],
    references: [...tsc('CC7.1'), ...nist('MEASURE 2.7', 'MANAGE 2.3'), ...iso42001('A.6.2.4', 'A.6.2.6')],
  },
  {
    id: Q.trainingDataProvenance,
    section: 'ai-not-covered',
    text: 'Where does training and fine-tuning data come from, and is it licensed?',
    askVendor:
      'Where does the data used to train or fine-tune your models come from, and do you hold the licences and consents for it?',
    answer: { type: 'text' },
    keyFact: false,
    aiSpecific: true,
    prefill: [],
    references: [...nist('GOVERN 6.1', 'MAP 4.1'), ...iso42001('A.7.2', 'A.7.3', 'A.7.5')],
  },
  {
    id: Q.modelEvaluation,
    section: 'ai-not-covered',
    text: 'How rigorously are models evaluated for accuracy, fairness and robustness?',
    askVendor:
      'How do you evaluate your models and agents for accuracy, fairness and robustness: which test sets and metrics, how often, and can you share recent results?',
    answer: { type: 'text' },
    keyFact: false,
    aiSpecific: true,
    prefill: [],
    references: [
      ...nist('MEASURE 2.1', 'MEASURE 2.3', 'MEASURE 2.5', 'MEASURE 2.11'),
      ...iso42001('A.6.2.4'),
    ],
  },
  {
    id: Q.hallucinationRate,
    section: 'ai-not-covered',
    text: 'Is the hallucination rate measured, how, and what is it?',
    help: 'SOC 2 processing integrity does not test hallucination.',
    askVendor:
      'Do you measure hallucination rate in production and in evaluation? How, how often, and what is the latest figure?',
    answer: { type: 'text' },
    keyFact: false,
    aiSpecific: true,
    prefill: [],
    references: [...tsc('PI1.3'), ...nist('MEASURE 2.4', 'MEASURE 2.5', 'MAP 2.2'), ...iso42001('A.6.2.6')],
  },
  {
    id: Q.decisionAuditTrail,
    section: 'ai-not-covered',
    text: 'Can you reconstruct exactly what the agent did and why?',
    help: 'A complete audit trail records inputs, prompts, retrieved content, model and version, tool calls and their results, and the output, for every agent run.',
    askVendor:
      'For any agent run, can you reconstruct exactly what the agent did and why: inputs, prompts, retrieved content, model version, tool calls and results? Can we access that trail?',
    answer: {
      type: 'choice',
      options: [
        { value: 'complete', label: 'Yes, completely' },
        { value: 'partial', label: 'Partly' },
        { value: 'no', label: 'No' },
      ],
    },
    keyFact: false,
    aiSpecific: true,
    prefill: [],
    references: [...tsc('CC7.2'), ...nist('MEASURE 2.8', 'MEASURE 2.9'), ...iso42001('A.6.2.8')],
  },
  {
    id: Q.promptRetention,
    section: 'ai-not-covered',
    text: 'Do the model providers (sub-processors) retain your prompts, or train on them?',
    askVendor:
      'Do your LLM providers retain our prompts and outputs, for how long, and are they ever used for training? Do you have zero-retention agreements?',
    answer: {
      type: 'choice',
      options: [
        { value: 'zero-retention', label: 'Not retained (zero retention)' },
        { value: 'retained-no-training', label: 'Retained for a period, never used for training' },
        { value: 'used-for-training', label: 'May be used for training' },
        { value: 'unknown', label: 'Unknown' },
      ],
    },
    keyFact: false,
    aiSpecific: true,
    prefill: [],
    references: [...tsc('CC9.2', 'C1.2', 'P6.4'), ...nist('GOVERN 6.1', 'MANAGE 3.1'), ...iso42001('A.10.3')],
  },
  {
    id: Q.promptRetentionPeriod,
    section: 'ai-not-covered',
    text: 'How long do the model providers keep your prompts?',
    askVendor: 'For how long do your LLM providers keep our prompts and outputs?',
    answer: { type: 'duration' },
    showIf: [
      { question: Q.promptRetention, op: 'in', values: ['retained-no-training', 'used-for-training'] },
    ],
    keyFact: false,
    aiSpecific: true,
    prefill: [],
    references: [...tsc('C1.2', 'P4.2'), ...iso42001('A.10.3')],
  },
];
