/**
 * Test-only: report pages written as text, for the extractors' unit tests. Each page is a string with
 * one line of the PDF per line; `reportPages` puts each part of a SOC report on its own page under
 * the heading auditors give it.
 */
import { buildDoc, type ReportDoc } from '../../lib/report/doc';
import type { ReportPage } from '../../lib/report/schema';

export const pagesOf = (...pages: string[]): ReportPage[] =>
  pages.map((text, pageIndex) => ({
    pageIndex,
    pageLabel: String(pageIndex + 1),
    lines: text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
  }));

export const docOf = (...pages: string[]): ReportDoc => buildDoc(pagesOf(...pages));

export interface ReportParts {
  cover?: string;
  auditor?: string;
  assertion?: string;
  description?: string;
  tests?: string;
  other?: string;
}

const HEADINGS: Record<Exclude<keyof ReportParts, 'cover'>, string> = {
  auditor: 'Independent Service Auditor’s Report',
  assertion: 'Management’s Assertion',
  description: 'Description of the Agent Platform System',
  tests: 'Trust Services Criteria, Related Controls, and Tests of Controls',
  other: 'Other Information Provided by the Company',
};

/** The parts in the order given, each on its own page under its usual heading. */
export function reportPages(parts: ReportParts): ReportPage[] {
  return pagesOf(
    ...Object.entries(parts).map(([part, text]) =>
      part === 'cover' ? text! : `${HEADINGS[part as keyof typeof HEADINGS]}\n${text}`,
    ),
  );
}

export const reportDoc = (parts: ReportParts): ReportDoc => buildDoc(reportPages(parts));

/** A scope paragraph as AICPA's illustrative SOC 2 Type 2 report words it. */
export const TYPE2_SCOPE = `To the Management of Acme Agents, Inc.:
We have examined Acme Agents, Inc.’s (“Acme”) accompanying description of its Agent Platform system
titled “Acme Agents, Inc.’s Description of Its Agent Platform System” throughout the period January 1,
2025 to December 31, 2025 (description) based on the criteria for a description of a service
organization’s system set forth in DC section 200 (description criteria) and the suitability of the design
and operating effectiveness of controls stated in the description throughout the period January 1, 2025 to
December 31, 2025, to provide reasonable assurance that Acme’s service commitments and system
requirements were achieved based on the trust services criteria relevant to security and availability
(applicable trust services criteria) set forth in TSP section 100, 2017 Trust Services Criteria for Security,
Availability, Processing Integrity, Confidentiality, and Privacy (AICPA, Trust Services Criteria).`;

export const UNMODIFIED = `Opinion
In our opinion, in all material respects,
a. the description presents Acme’s Agent Platform system that was designed and implemented
throughout the period January 1, 2025 to December 31, 2025, in accordance with the description criteria.
b. the controls stated in the description were suitably designed throughout the period January 1, 2025
to December 31, 2025, to provide reasonable assurance that Acme’s service commitments and system
requirements would be achieved based on the applicable trust services criteria.
c. the controls stated in the description operated effectively throughout the period January 1, 2025 to
December 31, 2025, to provide reasonable assurance that Acme’s service commitments and system
requirements were achieved based on the applicable trust services criteria.`;

export const SIGNATURE = `Ridgeway & Lowe LLP
Denver, Colorado
March 15, 2026`;
