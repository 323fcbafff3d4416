import { describe, expect, it } from 'vitest';
import { mergeClaims, mergeThirdParty, type Statement } from './claim-merge';

const st = (fw: Statement['fw'], s: Statement['s'], extra: Partial<Statement> = {}): Statement => ({
  fw,
  s,
  quote: `${fw} ${s}`,
  ...extra,
});
const pairs = (ss: Statement[]) => mergeClaims(ss).map((c) => `${c.framework}:${c.status}`);

describe('one claim per framework, with the strongest own status', () => {
  it('held > in-progress > planned > self-attested > aligned > not-held', () => {
    expect(pairs([st('iso27001', 'aligned'), st('iso27001', 'in-progress')])).toEqual([
      'iso27001:in-progress',
    ]);
    expect(pairs([st('gdpr', 'in-progress'), st('gdpr', 'held')])).toEqual(['gdpr:held']);
    expect(pairs([st('soc2', 'not-held'), st('soc2', 'planned')])).toEqual(['soc2:planned']);
  });

  it('a bare badge gives way to a sentence about the same framework', () => {
    expect(pairs([st('soc2-type2', 'held', { weak: true }), st('soc2-type2', 'planned')])).toEqual([
      'soc2-type2:planned',
    ]);
    expect(pairs([st('soc2', 'held', { weak: true }), st('soc2-type1', 'in-progress')])).toEqual([
      'soc2-type1:in-progress',
    ]);
  });

  it('an untyped SOC 2 adds nothing next to a typed one as strong', () => {
    expect(pairs([st('soc2', 'held'), st('soc2-type2', 'held')])).toEqual(['soc2-type2:held']);
    expect(pairs([st('soc2', 'held'), st('soc2-type2', 'planned')])).toEqual([
      'soc2:held',
      'soc2-type2:planned',
    ]);
  });

  it('products at different stages keep both; a vendor-wide weaker wording does not', () => {
    expect(
      pairs([
        st('fedramp', 'held', { scope: 'Lumina Mail' }),
        st('fedramp', 'in-progress', { scope: 'Lumina Docs' }),
      ]),
    ).toEqual(['fedramp:held', 'fedramp:in-progress']);
    expect(pairs([st('iso27001', 'held', { scope: 'Lumina Mail' }), st('iso27001', 'aligned')])).toEqual([
      'iso27001:held',
    ]);
  });
});

describe('third-party facts', () => {
  it('keeps what the page states as held, once per holder and framework', () => {
    const f = mergeThirdParty([
      { subject: 'AWS', fw: 'iso27001', s: 'held', quote: 'q' },
      { subject: 'aws', fw: 'iso27001', s: 'held', quote: 'q' },
      { subject: 'AWS', fw: 'hipaa', s: 'aligned', quote: 'q' },
      { subject: 'AWS', fw: 'soc2', s: 'held', quote: 'q' },
      { subject: 'AWS', fw: 'soc2-type2', s: 'held', quote: 'q' },
    ]);
    expect(f.map((x) => `${x.subject}|${x.framework}`)).toEqual(['AWS|iso27001', 'AWS|soc2-type2']);
  });
});
