/**
 * The control catalogues questions cite, id → short title. Questions pick references from here by id,
 * so an id is spelled once and a typo fails to compile. Titles paraphrase the source texts: AICPA Trust
 * Services Criteria (2017, revised points of focus 2022), NIST AI RMF 1.0 (NIST AI 100-1, 2023) and the
 * Annex A controls of ISO/IEC 42001:2023.
 */

export const TSC_2017 = {
  'CC1.3': 'Management establishes structures, reporting lines, authorities and responsibilities',
  'CC2.3': 'Communicates with external parties about matters affecting internal control',
  'CC3.2': 'Identifies and analyzes risks to the achievement of objectives',
  'CC3.4': 'Identifies and assesses changes that could significantly impact internal control',
  'CC4.1': 'Selects, develops and performs ongoing and/or separate evaluations of controls',
  'CC4.2': 'Evaluates and communicates internal control deficiencies in a timely manner',
  'CC6.1': 'Logical access security software, infrastructure and architectures (incl. encryption keys)',
  'CC6.2': 'Registers and authorizes new users before issuing credentials',
  'CC6.3': 'Authorizes, modifies or removes access based on roles, least privilege and segregation of duties',
  'CC6.6': 'Logical access security measures against threats from outside the system boundaries',
  'CC6.7': 'Restricts and protects the transmission, movement and removal of information',
  'CC6.8': 'Prevents or detects the introduction of unauthorized or malicious software',
  'CC7.1': 'Detects configuration changes and newly discovered vulnerabilities',
  'CC7.2': 'Monitors system components for anomalies indicative of malicious acts, errors and failures',
  'CC7.3': 'Evaluates security events to determine whether they are incidents',
  'CC7.4': 'Responds to identified security incidents',
  'CC7.5': 'Recovers from identified security incidents',
  'CC8.1': 'Authorizes, designs, tests, approves and implements changes to infrastructure, data and software',
  'CC9.1': 'Risk mitigation activities for potential business disruptions',
  'CC9.2': 'Assesses and manages risks associated with vendors and business partners',
  'A1.1': 'Maintains, monitors and evaluates processing capacity',
  'A1.2': 'Environmental protections, software, data backup and recovery infrastructure',
  'A1.3': 'Tests recovery plan procedures',
  'PI1.1': 'Obtains and communicates quality information about processing objectives and specifications',
  'PI1.2': 'Policies and procedures over system inputs for complete and accurate processing',
  'PI1.3': 'Policies and procedures over system processing to meet processing objectives',
  'PI1.4': 'Policies and procedures over system outputs: complete, accurate and timely delivery',
  'PI1.5': 'Stores inputs, items in processing and outputs completely and accurately',
  'C1.1': 'Identifies and maintains confidential information',
  'C1.2': 'Disposes of confidential information',
  'P1.1': 'Notice to data subjects about privacy practices',
  'P3.1': 'Collects personal information consistent with privacy objectives',
  'P4.1': 'Limits the use of personal information to the purposes identified',
  'P4.2': 'Retains personal information consistent with privacy objectives',
  'P4.3': 'Securely disposes of personal information',
  'P6.1': 'Discloses personal information to third parties only with consent',
  'P6.4': 'Obtains privacy commitments from vendors and third parties',
  'P6.5': 'Obtains commitments from vendors to notify of unauthorized disclosures',
  'P6.6': 'Notifies affected data subjects, regulators and others of breaches and incidents',
} as const;

export const NIST_AI_RMF = {
  'GOVERN 1.1': 'Legal and regulatory requirements involving AI are understood, managed and documented',
  'GOVERN 1.4': 'The risk management process and its outcomes are established through transparent policies',
  'GOVERN 1.6': 'Mechanisms are in place to inventory AI systems',
  'GOVERN 2.1': 'Roles, responsibilities and lines of communication for AI risks are documented',
  'GOVERN 4.3': 'Practices enable AI testing, identification of incidents and information sharing',
  'GOVERN 6.1': 'Policies address AI risks of third-party entities, incl. intellectual property infringement',
  'GOVERN 6.2':
    'Contingency processes handle failures or incidents in high-risk third-party data or AI systems',
  'MAP 2.2': "The AI system's knowledge limits and how humans use and oversee its output are documented",
  'MAP 3.5': 'Processes for human oversight are defined, assessed and documented',
  'MAP 4.1': 'Legal and technology risks of components, incl. third-party data and software, are mapped',
  'MAP 4.2': 'Internal risk controls for components, incl. third-party AI technologies, are documented',
  'MEASURE 1.1': 'Approaches and metrics for measuring AI risks are selected and documented',
  'MEASURE 2.1': 'Test sets, metrics and details about tools used during TEVV are documented',
  'MEASURE 2.3': 'Performance or assurance criteria are measured and demonstrated for deployment conditions',
  'MEASURE 2.4':
    'The functionality and behavior of the AI system and its components are monitored in production',
  'MEASURE 2.5':
    'The AI system is demonstrated to be valid and reliable; limits of generalizability documented',
  'MEASURE 2.6': 'The AI system is evaluated regularly for safety risks and can fail safely',
  'MEASURE 2.7': 'AI system security and resilience are evaluated and documented',
  'MEASURE 2.8': 'Risks associated with transparency and accountability are examined and documented',
  'MEASURE 2.9': 'The AI model is explained, validated and documented; output interpreted in context',
  'MEASURE 2.10': 'Privacy risk of the AI system is examined and documented',
  'MEASURE 2.11': 'Fairness and bias are evaluated and results documented',
  'MEASURE 3.1': 'Existing, unanticipated and emergent AI risks are regularly identified and tracked',
  'MANAGE 2.3': 'Procedures are followed to respond to and recover from a previously unknown risk',
  'MANAGE 2.4': 'Mechanisms exist to supersede, disengage or deactivate AI systems performing inconsistently',
  'MANAGE 3.1': 'AI risks and benefits from third-party resources are regularly monitored and controlled',
  'MANAGE 3.2': 'Pre-trained models used for development are monitored as part of regular maintenance',
  'MANAGE 4.1': 'Post-deployment monitoring plans, incl. incident response, recovery and change management',
  'MANAGE 4.3':
    'Incidents and errors are communicated to relevant AI actors; response is tracked and documented',
} as const;

export const ISO_42001_ANNEX_A = {
  'A.2.2': 'AI policy',
  'A.3.2': 'AI roles and responsibilities',
  'A.4.3': 'Data resources',
  'A.4.4': 'Tooling resources',
  'A.5.2': 'AI system impact assessment process',
  'A.5.4': 'Assessing AI system impact on individuals or groups of individuals',
  'A.6.1.3': 'Processes for responsible AI system design and development',
  'A.6.2.2': 'AI system requirements and specification',
  'A.6.2.4': 'AI system verification and validation',
  'A.6.2.5': 'AI system deployment',
  'A.6.2.6': 'AI system operation and monitoring',
  'A.6.2.7': 'AI system technical documentation',
  'A.6.2.8': 'AI system recording of event logs',
  'A.7.2': 'Data for development and enhancement of AI system',
  'A.7.3': 'Acquisition of data',
  'A.7.4': 'Quality of data for AI systems',
  'A.7.5': 'Data provenance',
  'A.8.2': 'System documentation and information for users',
  'A.8.4': 'Communication of incidents',
  'A.9.2': 'Processes for responsible use of AI systems',
  'A.9.4': 'Intended use of the AI system',
  'A.10.2': 'Allocating responsibilities',
  'A.10.3': 'Suppliers',
  'A.10.4': 'Customers',
} as const;

export const REFERENCE_SOURCES = ['aicpa-tsc-2017', 'nist-ai-rmf', 'iso-42001'] as const;
export type ReferenceSource = (typeof REFERENCE_SOURCES)[number];

/** Catalogue per source, for validation and for showing a reference's title on demand. */
export const REFERENCE_CATALOGS: Record<ReferenceSource, Readonly<Record<string, string>>> = {
  'aicpa-tsc-2017': TSC_2017,
  'nist-ai-rmf': NIST_AI_RMF,
  'iso-42001': ISO_42001_ANNEX_A,
};

/** Human names of the sources, for the "references" disclosure. */
export const REFERENCE_SOURCE_LABELS: Record<ReferenceSource, string> = {
  'aicpa-tsc-2017': 'AICPA Trust Services Criteria (2017)',
  'nist-ai-rmf': 'NIST AI RMF 1.0',
  'iso-42001': 'ISO/IEC 42001:2023 Annex A',
};

interface Ref {
  source: ReferenceSource;
  id: string;
  title: string;
}

const pick =
  <T extends Record<string, string>>(source: ReferenceSource, catalog: T) =>
  (...ids: (keyof T & string)[]): Ref[] =>
    ids.map((id) => ({ source, id, title: catalog[id]! }));

/** References to Trust Services Criteria, by id. */
export const tsc = pick('aicpa-tsc-2017', TSC_2017);
/** References to NIST AI RMF subcategories, by id. */
export const nist = pick('nist-ai-rmf', NIST_AI_RMF);
/** References to ISO/IEC 42001 Annex A controls, by id. */
export const iso42001 = pick('iso-42001', ISO_42001_ANNEX_A);
