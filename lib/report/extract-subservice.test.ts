import { describe, expect, it } from 'vitest';
import { reportDoc, TYPE2_SCOPE } from '../../tests/helpers/report-pages';
import { extractSubservice } from './extract-subservice';

const orgsOf = (parts: { auditor?: string; description?: string }) =>
  extractSubservice(
    reportDoc({ auditor: `${TYPE2_SCOPE}\n${parts.auditor ?? ''}`, description: parts.description }),
    ['Acme Agents, Inc.', 'Ridgeway & Lowe LLP'],
  ).map(({ name, method }) => ({ name, method }));

describe('extractSubservice', () => {
  it('reads organisations from the AICPA paragraph and its carve-out wording', () => {
    const auditor = `Acme uses Amazon Web Services, Inc. (“AWS”) to provide cloud hosting and OpenAI, L.L.C. (“OpenAI”) to
provide large language model inference. The description indicates that complementary subservice
organization controls are necessary. Our examination did not include the services provided by the subservice
organizations.`;
    expect(orgsOf({ auditor })).toEqual([
      { name: 'Amazon Web Services, Inc.', method: 'carve-out' },
      { name: 'OpenAI, L.L.C.', method: 'carve-out' },
    ]);
  });

  it('tells inclusive from carve-out organisation by organisation', () => {
    const auditor = `Acme uses two subservice organizations: Quanta Vector, Inc. (“Quanta”) for vector database hosting
and Google LLC (Google Cloud Platform) for cloud hosting. The description includes the services and relevant
controls of Quanta (inclusive method) and excludes the controls of Google Cloud Platform (carve-out method).`;
    expect(orgsOf({ auditor })).toEqual([
      { name: 'Quanta Vector, Inc.', method: 'inclusive' },
      { name: 'Google LLC', method: 'carve-out' },
    ]);
  });

  it('reads a plain "uses X to" and a "carved out" sentence in the description', () => {
    const description = `Subservice Organizations
Acme uses Microsoft Azure to host the platform and its databases.
Microsoft Azure is carved out of this report; Acme reviews its SOC 2 report annually.`;
    expect(orgsOf({ description })).toEqual([{ name: 'Microsoft Azure', method: 'carve-out' }]);
  });

  it('reads a table of subservice organisations', () => {
    const description = `The following subservice organizations support the platform, using the carve-out method.
Subservice Organization | Services Provided
Stratus Cloud Services | Cloud infrastructure hosting
Lumen Language Models | Large language model inference`;
    expect(orgsOf({ description })).toEqual([
      { name: 'Stratus Cloud Services', method: 'carve-out' },
      { name: 'Lumen Language Models', method: 'carve-out' },
    ]);
  });

  it('keeps the method null when the report names the organisation but never its treatment', () => {
    const description = `Subservice Organizations
Stratus Cloud Services, Inc. (“Stratus”) provides cloud infrastructure hosting to Acme.`;
    expect(orgsOf({ description })).toEqual([{ name: 'Stratus Cloud Services, Inc.', method: null }]);
  });

  it('ignores the service organisation, the auditor and report vocabulary', () => {
    const auditor = `Acme Agents, Inc. uses a subservice organization to provide data center services. Ridgeway & Lowe LLP
did not examine the Complementary Subservice Organization Controls (CSOCs) at the subservice organization.`;
    expect(orgsOf({ auditor })).toEqual([]);
  });

  it('leaves providers in sentences unrelated to subservice organisations alone', () => {
    const description = `Overview of Operations
Acme integrates with Salesforce, Inc. and Zendesk, Inc. so that agents can update customer records.
Customers connect these systems with their own credentials through the integrations page of the console.
Agents are evaluated weekly against a regression suite before model routing rules change.`;
    expect(orgsOf({ description })).toEqual([]);
  });
});
