/**
 * The detection vocabulary as plain constants. Kept free of Zod so the content script can import it
 * without pulling a schema library into every page the reviewer opens.
 */

export const PLATFORMS = [
  'safebase',
  'vanta',
  'drata',
  'conveyor',
  'whistic',
  'secureframe',
  'sprinto',
  'trustcloud',
  'oneleet',
  'delve',
  'securitypal',
  'hypercomply',
  'self-hosted',
] as const;
export type Platform = (typeof PLATFORMS)[number];

export const FRAMEWORKS = [
  'soc1',
  'soc2-type1',
  'soc2-type2',
  'soc2',
  'soc3',
  'iso27001',
  'iso27017',
  'iso27018',
  'iso27701',
  'iso42001',
  'nist-ai-rmf',
  'hipaa',
  'pci-dss',
  'gdpr',
  'ccpa',
  'csa-star',
  'fedramp',
  'eu-ai-act',
  'cyber-essentials',
] as const;
export type FrameworkId = (typeof FRAMEWORKS)[number];

/** Strongest first: the order the vendor's statuses for one framework are merged in (status.ts). */
export const CLAIM_STATUSES = [
  'held',
  'in-progress',
  'planned',
  'self-attested',
  'aligned',
  'not-held',
] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** How a status reads in the panel and exports ("in progress", not "in-progress"). */
export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  held: 'held',
  'in-progress': 'in progress',
  planned: 'planned',
  'self-attested': 'self-attested',
  aligned: 'aligned',
  'not-held': 'not held',
};

/** Human labels for frameworks, shared by the side panel and exports. */
export const FRAMEWORK_LABELS: Record<FrameworkId, string> = {
  soc1: 'SOC 1',
  'soc2-type1': 'SOC 2 Type I',
  'soc2-type2': 'SOC 2 Type II',
  soc2: 'SOC 2 (type not stated)',
  soc3: 'SOC 3',
  iso27001: 'ISO/IEC 27001',
  iso27017: 'ISO/IEC 27017',
  iso27018: 'ISO/IEC 27018',
  iso27701: 'ISO/IEC 27701',
  iso42001: 'ISO/IEC 42001',
  'nist-ai-rmf': 'NIST AI RMF',
  hipaa: 'HIPAA',
  'pci-dss': 'PCI DSS',
  gdpr: 'GDPR',
  ccpa: 'CCPA',
  'csa-star': 'CSA STAR',
  fedramp: 'FedRAMP',
  'eu-ai-act': 'EU AI Act',
  'cyber-essentials': 'Cyber Essentials',
};

export const PLATFORM_LABELS: Record<Platform, string> = {
  safebase: 'SafeBase',
  vanta: 'Vanta',
  drata: 'Drata',
  conveyor: 'Conveyor',
  whistic: 'Whistic',
  secureframe: 'Secureframe',
  sprinto: 'Sprinto',
  trustcloud: 'TrustCloud',
  oneleet: 'Oneleet',
  delve: 'Delve',
  securitypal: 'SecurityPal',
  hypercomply: 'HyperComply',
  'self-hosted': 'Vendor-hosted page',
};
