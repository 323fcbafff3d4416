import { describe, expect, it } from 'vitest';
import { wellKnownProviders } from './providers';

describe('wellKnownProviders', () => {
  it('finds each provider once, in order, as the page writes it', () => {
    expect(
      wellKnownProviders('Built on Supabase and AWS. Supabase holds SOC 2; Microsoft Azure too.'),
    ).toEqual(['Supabase', 'AWS', 'Microsoft Azure']);
  });

  it.each([
    ['a word, not a name', 'We render reports in an azure theme.'],
    ['a longer domain name', 'Static files are served from Render.com.'],
    ['a short form in brackets', 'Amazon Web Service (AWS) data centres'],
    ['part of another word', 'Stripey and AWSome'],
  ])('skips %s', (_kind, text) => {
    expect(wellKnownProviders(text)).toEqual([]);
  });
});
