import type { Condition, Question } from '../schema';
import { Q, type TscCriterion } from '../question-ids';
import { iso42001, nist, tsc } from '../references';

/**
 * What each Trust Services Criterion means for an AI agent (the seed's mapping). A criterion's
 * follow-ups appear only when it is in the report's scope; Security is the minimum scope, so its
 * follow-ups always appear, even for a vendor without a report.
 */

const inScope = (criterion: TscCriterion): Condition[] => [
  { question: Q.tscScope, op: 'includes', value: criterion },
];

const PI_HELP = 'SOC 2 processing integrity does not test LLM hallucination: that is asked separately below.';

export const PRINCIPLE_QUESTIONS: Question[] = [
  {
    id: Q.securityAgentDeployment,
    section: 'principle-follow-ups',
    text: 'Who can deploy a new agent (or change its prompts or tools), and what review is needed first?',
    askVendor:
      'Who can deploy a new agent, or change an existing agent’s prompts, tools or model, and what review and approval is required before it reaches production?',
    answer: { type: 'text' },
    keyFact: false,
    aiSpecific: true,
    prefill: [],
    references: [...tsc('CC6.3', 'CC8.1'), ...nist('GOVERN 2.1'), ...iso42001('A.3.2', 'A.6.2.5')],
  },
  {
    id: Q.securityPatchSpeed,
    section: 'principle-follow-ups',
    text: 'How quickly are critical vulnerabilities patched?',
    askVendor:
      'What is your patch timeline for critical vulnerabilities, including in agent dependencies and model-serving components?',
    answer: { type: 'duration' },
    keyFact: false,
    aiSpecific: false,
    prefill: [],
    references: [...tsc('CC7.1', 'CC8.1'), ...nist('MEASURE 2.7')],
  },
  {
    id: Q.securityToolCallGovernance,
    section: 'principle-follow-ups',
    text: 'How are tool calls governed: which tools an agent may call, with what permissions, and which actions need human approval?',
    help: 'Agents execute tools that change external state (send emails, file refunds, modify CRM records): Security must cover tool-call governance, not just data access.',
    askVendor:
      'How do you govern agent tool calls: allow-lists, scoped credentials, rate limits, and which actions (emails, refunds, record changes) require human approval?',
    answer: { type: 'text' },
    keyFact: false,
    aiSpecific: true,
    prefill: [],
    references: [...tsc('CC6.1', 'CC6.3'), ...nist('MAP 3.5', 'MANAGE 2.4'), ...iso42001('A.9.2', 'A.6.2.6')],
  },
  {
    id: Q.availabilityLlmOutage,
    section: 'principle-follow-ups',
    text: 'What happens when the LLM provider has an outage?',
    askVendor:
      'What happens to running and new agent tasks when your LLM provider has an outage: do they queue, fail over, or fail?',
    answer: {
      type: 'choice',
      options: [
        { value: 'queue', label: 'Tasks queue and resume' },
        { value: 'failover', label: 'Fails over to another provider or model' },
        { value: 'fail', label: 'Tasks fail' },
      ],
    },
    showIf: inScope('availability'),
    keyFact: false,
    aiSpecific: true,
    prefill: [],
    references: [...tsc('A1.2', 'CC9.1'), ...nist('GOVERN 6.2'), ...iso42001('A.10.3')],
  },
  {
    id: Q.availabilityRollback,
    section: 'principle-follow-ups',
    text: 'Can an agent be rolled back to a previous version (prompts, tools, model)?',
    askVendor:
      'Can we roll an agent back to a previous version, including its prompts, tools and model, and how fast?',
    answer: { type: 'yes-no' },
    showIf: inScope('availability'),
    keyFact: false,
    aiSpecific: true,
    prefill: [],
    references: [...tsc('A1.2', 'CC8.1'), ...nist('MANAGE 2.4'), ...iso42001('A.6.2.5')],
  },
  {
    id: Q.integrityPostProcessing,
    section: 'principle-follow-ups',
    text: 'How is model output post-processed deterministically before it is used?',
    help: PI_HELP,
    askVendor:
      'What deterministic post-processing do you apply to model output before it is acted on or returned?',
    answer: { type: 'text' },
    showIf: inScope('processing-integrity'),
    keyFact: false,
    aiSpecific: true,
    prefill: [],
    references: [...tsc('PI1.3', 'PI1.4'), ...nist('MEASURE 2.5')],
  },
  {
    id: Q.integritySchemaValidation,
    section: 'principle-follow-ups',
    text: 'Are model outputs and tool-call arguments validated against a schema?',
    help: PI_HELP,
    askVendor:
      'Do you validate model outputs and tool-call arguments against a schema, and what happens when validation fails?',
    answer: { type: 'yes-no' },
    showIf: inScope('processing-integrity'),
    keyFact: false,
    aiSpecific: true,
    prefill: [],
    references: [...tsc('PI1.2', 'PI1.3'), ...iso42001('A.6.2.2')],
  },
  {
    id: Q.integrityToolCallSafety,
    section: 'principle-follow-ups',
    text: 'How is tool-call safety ensured (idempotency, limits, dry runs, safe failure)?',
    help: PI_HELP,
    askVendor:
      'How do you make tool calls safe: idempotency, spending or volume limits, dry runs, and safe failure when a call goes wrong?',
    answer: { type: 'text' },
    showIf: inScope('processing-integrity'),
    keyFact: false,
    aiSpecific: true,
    prefill: [],
    references: [...tsc('PI1.3', 'PI1.4'), ...nist('MEASURE 2.6'), ...iso42001('A.6.2.6')],
  },
  {
    id: Q.confidentialityAiData,
    section: 'principle-follow-ups',
    text: 'Are prompts, retrieved RAG content, execution logs and model weights all treated as confidential data?',
    help: 'Prompt history can contain customer names, contract details, source code and financial data.',
    askVendor:
      'Do you classify prompts, retrieved RAG content, agent execution logs and model weights as confidential data?',
    answer: { type: 'yes-no' },
    showIf: inScope('confidentiality'),
    keyFact: false,
    aiSpecific: true,
    prefill: [],
    references: [...tsc('C1.1'), ...iso42001('A.4.3')],
  },
  {
    id: Q.confidentialityEncryption,
    section: 'principle-follow-ups',
    text: 'How are prompts, RAG content, logs and weights encrypted at rest and in transit?',
    askVendor:
      'How are prompts, RAG content, execution logs and model weights encrypted at rest and in transit (algorithms, TLS versions)?',
    answer: { type: 'text' },
    showIf: inScope('confidentiality'),
    keyFact: false,
    aiSpecific: false,
    prefill: [],
    references: tsc('CC6.1', 'CC6.7', 'C1.1'),
  },
  {
    id: Q.confidentialityKeyManagement,
    section: 'principle-follow-ups',
    text: 'How are encryption keys managed (KMS, rotation, customer-managed keys)?',
    askVendor:
      'How are encryption keys managed: which KMS, how often are they rotated, and do you support customer-managed keys?',
    answer: { type: 'text' },
    showIf: inScope('confidentiality'),
    keyFact: false,
    aiSpecific: false,
    prefill: [],
    references: tsc('CC6.1'),
  },
  {
    id: Q.confidentialityAccessLogging,
    section: 'principle-follow-ups',
    text: 'Who can access prompts, RAG content and execution logs, and is that access logged?',
    askVendor:
      'Which of your staff can access our prompts, RAG content and execution logs, and is every access logged and reviewed?',
    answer: { type: 'text' },
    showIf: inScope('confidentiality'),
    keyFact: false,
    aiSpecific: false,
    prefill: [],
    references: tsc('CC6.3', 'CC7.2'),
  },
  {
    id: Q.privacyPii,
    section: 'principle-follow-ups',
    text: 'How is personal data in prompts, retrieved content and logs handled per the privacy notice?',
    help: 'GDPR-adjacent. The privacy criterion is optional in SOC 2; many vendors include only the first four.',
    askVendor:
      'How is personal data in prompts, retrieved content and logs handled under your privacy notice: minimisation, retention, deletion and data-subject requests?',
    answer: { type: 'text' },
    showIf: inScope('privacy'),
    keyFact: false,
    aiSpecific: true,
    prefill: [],
    references: [...tsc('P1.1', 'P4.1', 'P4.2', 'P4.3'), ...nist('MEASURE 2.10'), ...iso42001('A.5.4')],
  },
];
