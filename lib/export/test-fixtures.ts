/**
 * Test-only fixtures for the exports: a full review, a vendor with nothing answered, and the stored
 * records around them. Never imported by the exports themselves.
 */
import { Window } from 'happy-dom';
import type { Answer, Assessment, Vendor } from '../db/schema';
import type { Detection } from '../detection/schema';
import { Q } from '../questionnaire/question-ids';
import { TODAY, completeAnswers } from '../questionnaire/test-helpers';
import type { Answers } from '../questionnaire/visibility';
import type { FindingsInput } from './findings';

export { TODAY };
export const EXPORTED_AT = new Date(2026, 10, 26, 23, 30);
const T = EXPORTED_AT.getTime();

export function vendorFixture(overrides: Partial<Vendor> = {}): Vendor {
  return {
    id: 'v1',
    name: 'Acme AI',
    domain: 'acme.ai',
    hosts: ['trust.acme.ai'],
    urls: ['https://trust.acme.ai/'],
    platform: 'safebase',
    tier: 'high-stakes',
    source: 'detected',
    createdAt: T,
    updatedAt: T,
    deletedAt: null,
    nextStaleOn: '2027-03-31',
    summary: {
      verdict: 'Proceed with conditions',
      provisional: false,
      reportType: 'type-2',
      nextStaleOn: '2027-03-31',
      openQuestions: 2,
      computedOn: TODAY,
    },
    ...overrides,
  };
}

export function assessmentFixture(overrides: Partial<Assessment> = {}): Assessment {
  return {
    id: 'a1',
    vendorId: 'v1',
    reviewer: 'Dana Reyes',
    status: 'final',
    createdAt: T,
    updatedAt: T,
    reviewDate: '2026-11-20',
    signedOffBy: 'Sam Okafor',
    signedOffAt: new Date(2026, 10, 25, 10, 0).getTime(),
    dismissed: [],
    ...overrides,
  };
}

export const DETECTION: Detection = {
  url: 'https://trust.acme.ai/',
  title: 'Acme AI Trust Center',
  isTrustPage: true,
  confidence: 0.9,
  platform: 'safebase',
  vendor: { name: 'Acme AI', domain: 'acme.ai', host: 'trust.acme.ai' },
  claims: [{ framework: 'soc2-type2', status: 'held', quote: 'We hold a SOC 2 Type II report.' }],
  thirdParty: [
    {
      subject: 'Amazon Web Services',
      framework: 'iso27001',
      status: 'held',
      quote: 'Hosted on Amazon Web Services (ISO 27001).',
    },
  ],
  subprocessors: [
    { name: 'OpenAI', purpose: 'LLM inference', location: 'US', ai: true },
    { name: 'Pinecone', purpose: 'Vector search', location: 'US', ai: true },
    { name: 'AWS', purpose: 'Hosting', location: 'EU', ai: false },
  ],
  signals: ['host:trust-subdomain'],
};

/** Stored answer records for raw values, with optional notes and evidence per question. */
export function answerRecords(
  values: Answers,
  extras: Record<string, Partial<Pick<Answer, 'note' | 'evidence'>>> = {},
): Answer[] {
  return Object.entries(values).map(([questionId, value], i) => ({
    id: `ans-${i}`,
    assessmentId: 'a1',
    questionId,
    value,
    note: extras[questionId]?.note ?? '',
    evidence: extras[questionId]?.evidence ?? [],
    updatedAt: T,
  }));
}

/**
 * A realistic finished review: a current Type II with a qualified opinion, every criterion in scope,
 * two AI questions still open, notes and evidence on the report answers.
 */
export function fullInput(): FindingsInput {
  const values = completeAnswers({
    [Q.opinion]: 'qualified',
    [Q.promptInjection]: undefined,
    [Q.hallucinationRate]: undefined,
  });
  return {
    vendor: vendorFixture(),
    detection: DETECTION,
    assessment: assessmentFixture(),
    answers: answerRecords(values, {
      [Q.reportType]: {
        note: 'Received under NDA on 2026-11-10.',
        evidence: [
          {
            url: 'https://trust.acme.ai/soc2',
            quote: 'Our SOC 2 Type II report is available.',
            capturedAt: T,
          },
        ],
      },
      [Q.observationWindow]: {
        evidence: [
          { url: 'https://trust.acme.ai/soc2', quote: 'Period: Oct 2025 to Mar 2026', capturedAt: T },
        ],
      },
    }),
    note: '## My notes\n\n- Ask legal about the **DPA**.',
    today: TODAY,
    exportedAt: EXPORTED_AT,
  };
}

/** A vendor added by hand: nothing answered, no page, no assessment yet. */
export function minimalInput(): FindingsInput {
  return {
    vendor: vendorFixture({
      name: 'Solo',
      domain: null,
      hosts: [],
      urls: [],
      platform: null,
      tier: 'standard',
      source: 'manual',
      summary: null,
      nextStaleOn: null,
    }),
    detection: null,
    assessment: null,
    answers: [],
    note: '   ',
    today: TODAY,
    exportedAt: EXPORTED_AT,
  };
}

/** An export parsed as a browser would, to check structure rather than strings. */
export function parseHtml(html: string): Document {
  const doc = new Window().document as unknown as Document;
  doc.body.innerHTML = html;
  return doc;
}

/**
 * A strict RFC 4180 parser: quoted fields may hold commas, quotes (doubled) and line breaks; records
 * end in CRLF. Throws on anything else, so a sloppy writer fails the test instead of parsing loosely.
 */
export function parseCsv(csv: string): string[][] {
  const records: string[][] = [];
  let i = 0;
  while (i < csv.length) {
    const record: string[] = [];
    for (;;) {
      let field = '';
      if (csv[i] === '"') {
        i++;
        for (;;) {
          if (i >= csv.length) throw new Error('Unterminated quoted field');
          if (csv[i] === '"' && csv[i + 1] === '"') {
            field += '"';
            i += 2;
          } else if (csv[i] === '"') break;
          else field += csv[i++];
        }
        i++;
      } else {
        while (i < csv.length && !',\r\n'.includes(csv[i]!)) {
          if (csv[i] === '"') throw new Error(`Bare quote in an unquoted field at ${i}`);
          field += csv[i++];
        }
      }
      record.push(field);
      if (csv[i] === ',') i++;
      else if (csv.startsWith('\r\n', i)) {
        i += 2;
        break;
      } else throw new Error(`Expected a comma or CRLF at ${i}`);
    }
    records.push(record);
  }
  return records;
}
