import { describe, expect, it } from 'vitest';
import type { ThirdPartyClaim } from './schema';
import { attachThirdParty, factsLine, sameParty } from './third-party-match';

const fact = (
  subject: string,
  framework: ThirdPartyClaim['framework'],
  status: ThirdPartyClaim['status'] = 'held',
) => ({
  subject,
  framework,
  status,
  quote: `${subject} holds it`,
});

describe('third-party facts on sub-processor rows', () => {
  it('matches a name written differently in the sentence and in the table', () => {
    expect(sameParty('AWS', 'Amazon Web Services, Inc.')).toBe(true);
    expect(sameParty('Google Cloud', 'Google Cloud Platform')).toBe(true);
    expect(sameParty('Hetzner', 'Hetzner Online GmbH')).toBe(true);
    expect(sameParty('Fly.io', 'Fly.io')).toBe(true);
  });

  it('does not match parties that only share a word fragment or a generic word', () => {
    expect(sameParty('AWS', 'Awesome Analytics')).toBe(false);
    expect(sameParty('data centers', 'Cloudflare')).toBe(false);
    expect(sameParty('Google Cloud', 'Google LLC (Workspace)')).toBe(false);
    expect(sameParty('Inc.', 'Acme Inc.')).toBe(false);
  });

  it('puts each fact on its one matching row, and keeps the rest apart', () => {
    const subs = [
      { name: 'Amazon Web Services', ai: false },
      { name: 'OpenAI', ai: true },
    ];
    const { perRow, unattached } = attachThirdParty(subs, [
      fact('AWS', 'iso27001'),
      fact('AWS', 'soc2-type2'),
      fact('our data centre', 'pci-dss'),
    ]);
    expect(perRow.map((r) => r.map((f) => f.framework))).toEqual([['iso27001', 'soc2-type2'], []]);
    expect(unattached.map((f) => f.subject)).toEqual(['our data centre']);
  });

  it('keeps a fact that matches two rows apart rather than guess', () => {
    const subs = [
      { name: 'Google Cloud Platform', ai: false },
      { name: 'Google Cloud Storage', ai: false },
    ];
    expect(attachThirdParty(subs, [fact('Google Cloud', 'soc3')]).unattached).toHaveLength(1);
  });

  it('says a party’s facts in one line, statuses other than held in brackets', () => {
    expect(
      factsLine([fact('AWS', 'iso27001'), fact('AWS', 'soc3'), fact('AWS', 'soc2-type2', 'in-progress')]),
    ).toBe('ISO/IEC 27001, SOC 3, SOC 2 Type II (in progress)');
  });
});
