import { describe, expect, it } from 'vitest';
import { findMentions } from './frameworks';
import { holderOf, Roles, scopeOf, type HolderContext } from './holders';
import { ci, type Lang } from './patterns';
import { selfMatcher } from './statements';

const ctxFor = (t: string, lang: Lang = 'en', names = ['lumina']): HolderContext => {
  const ctx = { lang, selfName: selfMatcher(names), roles: new Roles(), at: 0 };
  ctx.roles.learn([t], ctx.selfName, lang);
  return ctx;
};
const holderAt = (t: string, lang: Lang = 'en') => {
  const ctx = ctxFor(t, lang);
  const m = findMentions(t)[0]!;
  return holderOf(t, m.start, m.end, ctx);
};

describe('who holds a framework', () => {
  it.each([
    ['We are ISO 27001 certified.', { kind: 'vendor' }],
    ['Lumina Cloud is ISO 27001 certified.', { kind: 'vendor' }],
    ['ISO 27001 certified.', { kind: 'vendor' }],
    ['Our cloud provider, Skyhold, is ISO 27001 certified.', { kind: 'third', name: 'Skyhold' }],
    ['Our data centers are ISO 27001 certified.', { kind: 'third', name: 'data centers' }],
    ['We use PCI DSS certified card processors.', { kind: 'third', name: 'card processors' }],
    ['Lumina is a PCI DSS Level 1 service provider.', { kind: 'vendor' }],
    ['Lumina is certified to ISO 27001 by Certora.', { kind: 'vendor' }],
    ['Download our GDPR-compliant DPA.', { kind: 'document' }],
    ['Many companies are SOC 2 certified.', { kind: 'generic' }],
    ['Lumina runs on infrastructure that is SOC 2 audited.', { kind: 'third' }],
    ['Our hosting infrastructure is ISO 27001 certified.', { kind: 'third', name: 'hosting infrastructure' }],
    ['Infrastructure is SOC 2 Type II certified.', { kind: 'third', name: 'Infrastructure' }],
    ['Our platform and infrastructure are SOC 2 Type II audited.', { kind: 'vendor' }],
    ['Our platform is SOC 2 Type II certified.', { kind: 'vendor' }],
  ])('%s', (t, holder) => {
    expect(holderAt(t)).toEqual(holder);
  });

  it('learns the roles a page gives to named third parties', () => {
    const r = ctxFor(
      'Lumina is hosted on Amazon Web Services (AWS) and uses Stripe, a PCI certified payment provider. Lumina is audited by Certora.',
    ).roles;
    expect(r.entries.map((e) => `${e.name}:${e.role}`)).toEqual([
      'Amazon Web Services (AWS):host',
      'Stripe:host',
      'Certora:auditor',
    ]);
    expect(r.find('AWS holds')?.name).toBe('Amazon Web Services (AWS)');
  });

  it('never takes a framework or the vendor itself for a third party', () => {
    const r = ctxFor('Data is stored on ISO 27001 servers hosted by Lumina Cloud.').roles;
    expect(r.entries).toEqual([]);
  });

  it('names a product a statement opens with, not the vendor or a pronoun', () => {
    const ctx = ctxFor('');
    expect(scopeOf('Lumina Mail has achieved FedRAMP Moderate.', ctx)).toBe('Lumina Mail');
    expect(scopeOf('Lumina has achieved FedRAMP Moderate.', ctx)).toBeNull();
    expect(scopeOf('Our platform has achieved FedRAMP.', ctx)).toBeNull();
    expect(scopeOf('If a customer has FedRAMP needs, ask us.', ctx)).toBeNull();
  });

  it('matches keywords in any case but keeps class and escape syntax', () => {
    expect(ci('ab[cd]\\s\\p{L}')).toBe('[aA][bB][cd]\\s\\p{L}');
  });
});
