import { describe, expect, it } from 'vitest';
import { cleanText } from './clean-text';

describe('cleanText', () => {
  it('removes bidirectional overrides and zero-width characters, so names read as they match', () => {
    expect(cleanText('Evil\u202ECorp')).toBe('EvilCorp');
    expect(cleanText('Open\u200dAI')).toBe('OpenAI');
    expect(cleanText('Anthro\u00adpic')).toBe('Anthropic');
    expect(cleanText('\uFEFFAcme\u2066 Inc\u2069')).toBe('Acme Inc');
  });
  it('unifies compatibility forms and replaces control characters (NUL included) with a space', () => {
    expect(cleanText('Ｏｐｅｎ AI')).toBe('Open AI');
    expect(cleanText('Acme\u0000Corp\u0007')).toBe('Acme Corp ');
    expect(cleanText('line\nbreak\ttab')).toBe('line\nbreak\ttab');
  });
});
