import { describe, expect, it } from 'vitest';
import type { Claim, Detection, Subprocessor } from '../detection/schema';
import { detectionSchema } from '../detection/schema';
import { QUESTION_BANK, questionById } from './bank';
import { Q } from './question-ids';
import { SUGGESTION_QUOTE_MAX, suggestionsFromDetection, type Suggestion } from './suggestions';

const URL_ = 'https://trust.lumenhive.example/';

function detection(claims: Claim[], subprocessors: Subprocessor[] = []): Detection {
  return detectionSchema.parse({
    url: URL_,
    title: 'Lumenhive Trust Center',
    isTrustPage: true,
    confidence: 0.9,
    platform: null,
    vendor: null,
    claims,
    subprocessors,
    signals: [],
  });
}
const claim = (
  framework: Claim['framework'],
  status: Claim['status'],
  extra: Partial<Claim> = {},
): Claim => ({
  framework,
  status,
  quote: `${framework} is ${status}.`,
  ...extra,
});
const valueFor = (s: Suggestion[], id: string) => s.find((x) => x.questionId === id)?.value;

describe('suggestionsFromDetection', () => {
  it.each([
    [[claim('soc2-type2', 'held')], 'type-2'],
    [[claim('soc2-type2', 'in-progress')], 'type-2-in-progress'],
    [[claim('soc2-type1', 'held')], 'type-1'],
    [[claim('soc2-type1', 'in-progress')], 'type-1-in-progress'],
    [[claim('soc2', 'not-held')], 'none'],
    [[claim('soc2-type1', 'held'), claim('soc2-type2', 'in-progress')], 'type-1'],
    [[claim('soc2-type2', 'in-progress'), claim('soc2-type2', 'held')], 'type-2'],
  ])('suggests the report held from %j', (claims, value) => {
    const s = suggestionsFromDetection(detection(claims), {});
    expect(valueFor(s, Q.reportType)).toBe(value);
  });

  it('does not guess a type from a SOC 2 claim without one, nor "none" next to a positive claim', () => {
    expect(
      valueFor(suggestionsFromDetection(detection([claim('soc2', 'held')]), {}), Q.reportType),
    ).toBeUndefined();
    const mixed = detection([claim('soc2', 'not-held'), claim('soc2', 'held')]);
    expect(valueFor(suggestionsFromDetection(mixed, {}), Q.reportType)).toBeUndefined();
  });

  it('carries the quote and the page URL as evidence, with a label', () => {
    const [s] = suggestionsFromDetection(
      detection([claim('soc2-type2', 'held', { quote: 'We hold a SOC 2 Type II report.' })]),
      {},
    );
    expect(s).toEqual({
      questionId: Q.reportType,
      value: 'type-2',
      evidence: { url: URL_, quote: 'We hold a SOC 2 Type II report.' },
      label: 'The page states SOC 2 Type II (held)',
    });
  });

  it('suggests the observation window from a full-date period', () => {
    const s = suggestionsFromDetection(
      detection([claim('soc2-type2', 'held', { period: { start: '2025-04-01', end: '2026-03-31' } })]),
      {},
    );
    expect(valueFor(s, Q.observationWindow)).toEqual({ start: '2025-04-01', end: '2026-03-31' });
  });

  it('skips partial, impossible or reversed periods', () => {
    for (const period of [
      { start: '2025-04', end: '2026-03' },
      { end: '2026-03-31' },
      { start: '2025-04-01', end: '2026-02-30' },
      { start: '2026-03-31', end: '2025-04-01' },
    ]) {
      const s = suggestionsFromDetection(detection([claim('soc2-type2', 'held', { period })]), {});
      expect(valueFor(s, Q.observationWindow), JSON.stringify(period)).toBeUndefined();
    }
  });

  it('suggests a Type I as-of date from a single stated date', () => {
    const s = suggestionsFromDetection(
      detection([claim('soc2-type1', 'held', { period: { end: '2026-03-01' } })]),
      {},
    );
    expect(valueFor(s, Q.asOfDate)).toBe('2026-03-01');
  });

  it('suggests ISO certificate status and expiry', () => {
    const s = suggestionsFromDetection(
      detection([
        claim('iso27001', 'held', { period: { start: '2024-05-20', end: '2027-05-19' } }),
        claim('iso42001', 'in-progress'),
      ]),
      {},
    );
    expect(valueFor(s, Q.iso27001Status)).toBe('certified');
    expect(valueFor(s, Q.iso27001Expiry)).toBe('2027-05-19');
    expect(valueFor(s, Q.iso42001Status)).toBe('in-progress');
    expect(valueFor(s, Q.iso42001Expiry)).toBeUndefined();
  });

  it.each([
    ['held', 'held'],
    ['aligned', 'aligned'],
    ['self-attested', 'aligned'],
    ['in-progress', 'in-progress'],
    ['not-held', 'none'],
  ] as const)('maps a NIST AI RMF claim %s to %s', (status, value) => {
    expect(
      valueFor(suggestionsFromDetection(detection([claim('nist-ai-rmf', status)]), {}), Q.nistAlignment),
    ).toBe(value);
  });

  it('lists AI sub-processors and suggests their coverage as unknown, with a note', () => {
    const s = suggestionsFromDetection(
      detection(
        [],
        [
          { name: 'OpenAI', purpose: 'LLM provider', location: 'United States', ai: true },
          { name: 'AWS', purpose: 'Hosting', ai: false },
          { name: 'Pinecone', purpose: 'Vector database', ai: true },
          { name: 'openai', ai: true },
        ],
      ),
      {},
    );
    expect(valueFor(s, Q.aiSubprocessors)).toBe(
      'OpenAI (LLM provider, United States); Pinecone (Vector database)',
    );
    const coverage = s.find((x) => x.questionId === Q.subprocessorCoverage)!;
    expect(coverage).toMatchObject({
      value: 'unknown',
      label: 'The page lists 2 AI sub-processors: OpenAI, Pinecone',
      evidence: { url: URL_, quote: 'AI sub-processors listed on the page: OpenAI, Pinecone' },
    });
    expect(coverage.note).toMatch(/OpenAI, Pinecone\. Confirm each is covered/);
  });

  it('suggests nothing about sub-processors when none is an AI provider', () => {
    const s = suggestionsFromDetection(detection([], [{ name: 'AWS', ai: false }]), {});
    expect(s).toEqual([]);
  });

  it('never suggests a value the question already has, but still shows disagreement', () => {
    const d = detection([
      claim('soc2-type2', 'held', { period: { start: '2025-04-01', end: '2026-03-31' } }),
    ]);
    const same = suggestionsFromDetection(d, {
      [Q.reportType]: 'type-2',
      [Q.observationWindow]: { end: '2026-03-31', start: '2025-04-01' },
    });
    expect(same).toEqual([]);
    const different = suggestionsFromDetection(d, { [Q.reportType]: 'type-1' });
    expect(valueFor(different, Q.reportType)).toBe('type-2');
  });

  it('keeps evidence quotes within 300 characters', () => {
    const names = Array.from({ length: 80 }, (_, i) => ({ name: `Model Provider ${i}`, ai: true }));
    const s = suggestionsFromDetection(
      detection([claim('soc2-type2', 'held', { quote: 'q'.repeat(300) })], names),
      {},
    );
    for (const x of s) expect(x.evidence.quote.length).toBeLessThanOrEqual(SUGGESTION_QUOTE_MAX);
  });

  it('only suggests for questions that declare that detection can pre-fill them, with valid values', () => {
    const s = suggestionsFromDetection(
      detection(
        [
          claim('soc2-type2', 'held', { period: { start: '2025-04-01', end: '2026-03-31' } }),
          claim('soc2-type1', 'held', { period: { end: '2024-03-01' } }),
          claim('iso27001', 'held', { period: { end: '2027-05-19' } }),
          claim('iso42001', 'held', { period: { end: '2028-01-31' } }),
          claim('nist-ai-rmf', 'aligned'),
        ],
        [{ name: 'Anthropic', ai: true }],
      ),
      {},
    );
    expect(s.map((x) => x.questionId).sort()).toEqual(
      [
        Q.reportType,
        Q.observationWindow,
        Q.asOfDate,
        Q.iso27001Status,
        Q.iso27001Expiry,
        Q.iso42001Status,
        Q.iso42001Expiry,
        Q.nistAlignment,
        Q.aiSubprocessors,
        Q.subprocessorCoverage,
      ].sort(),
    );
    for (const x of s)
      expect(questionById(QUESTION_BANK, x.questionId)!.prefill.length, x.questionId).toBeGreaterThan(0);
  });
});
