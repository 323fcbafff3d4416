/**
 * Stable question ids and the option values the verdict, report facts and suggestions read. Answers
 * are stored under these ids, so they never change; a renamed question gets a new id and a bank version.
 */

export const Q = {
  reportType: 'soc2-report-type',
  observationWindow: 'soc2-observation-window',
  asOfDate: 'soc2-as-of-date',
  issueDate: 'soc2-issue-date',
  bridgeLetterEnd: 'soc2-bridge-letter-end',
  iso27001Status: 'iso-27001-status',
  iso27001Expiry: 'iso-27001-expiry',
  iso42001Status: 'iso-42001-status',
  iso42001Expiry: 'iso-42001-expiry',
  tscScope: 'soc2-tsc-scope',
  opinion: 'soc2-opinion',
  exceptions: 'soc2-exceptions',
  exceptionsAssessment: 'soc2-exceptions-assessment',
  aiSubprocessors: 'ai-subprocessors',
  subprocessorCoverage: 'subprocessor-coverage',
  cuec: 'cuec-responsibilities',
  executionLogLocation: 'execution-log-location',
  executionLogRetention: 'execution-log-retention',
  breachNotification: 'subprocessor-breach-notification',
  nistAlignment: 'nist-ai-rmf-alignment',
  nistControls: 'nist-ai-rmf-controls',
  iso42001Controls: 'iso-42001-controls',

  securityAgentDeployment: 'security-agent-deployment',
  securityPatchSpeed: 'security-patch-speed',
  securityToolCallGovernance: 'security-tool-call-governance',
  availabilityLlmOutage: 'availability-llm-outage',
  availabilityRollback: 'availability-rollback',
  integrityPostProcessing: 'processing-integrity-post-processing',
  integritySchemaValidation: 'processing-integrity-schema-validation',
  integrityToolCallSafety: 'processing-integrity-tool-call-safety',
  confidentialityAiData: 'confidentiality-ai-data',
  confidentialityEncryption: 'confidentiality-encryption',
  confidentialityKeyManagement: 'confidentiality-key-management',
  confidentialityAccessLogging: 'confidentiality-access-logging',
  privacyPii: 'privacy-pii-handling',

  promptInjection: 'prompt-injection-resilience',
  trainingDataProvenance: 'training-data-provenance',
  modelEvaluation: 'model-evaluation-rigor',
  hallucinationRate: 'hallucination-rate',
  decisionAuditTrail: 'agent-decision-audit-trail',
  promptRetention: 'subprocessor-prompt-retention',
  promptRetentionPeriod: 'subprocessor-prompt-retention-period',
} as const;
export type QuestionId = (typeof Q)[keyof typeof Q];

/** Answers to "Which SOC 2 report does the vendor hold?". */
export const REPORT_TYPES = ['type-2', 'type-1', 'type-2-in-progress', 'type-1-in-progress', 'none'] as const;
export type ReportType = (typeof REPORT_TYPES)[number];

export const TSC_CRITERIA = [
  'security',
  'availability',
  'processing-integrity',
  'confidentiality',
  'privacy',
] as const;
export type TscCriterion = (typeof TSC_CRITERIA)[number];

export const OPINIONS = ['unqualified', 'qualified', 'adverse', 'disclaimer'] as const;
export type Opinion = (typeof OPINIONS)[number];

export const COVERAGE = ['all', 'some', 'none', 'unknown'] as const;
export type Coverage = (typeof COVERAGE)[number];

/** NIST AI RMF has no certification: 'held' means an independent attestation against it. */
export const ALIGNMENT = ['held', 'aligned', 'in-progress', 'none'] as const;
export type Alignment = (typeof ALIGNMENT)[number];

export const CERTIFICATE_STATUSES = ['certified', 'in-progress', 'none'] as const;
export const ISO_42001_STATUSES = ['certified', 'aligned', 'in-progress', 'none'] as const;
