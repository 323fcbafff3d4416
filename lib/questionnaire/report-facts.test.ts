import { describe, expect, it } from 'vitest';
import { Q } from './question-ids';
import { certificateFacts, reportFacts } from './report-facts';

describe('reportFacts', () => {
  it('derives a Type II’s currency from its window', () => {
    const facts = reportFacts(
      { [Q.reportType]: 'type-2', [Q.observationWindow]: { start: '2025-04-01', end: '2026-03-31' } },
      '2026-11-26',
    );
    expect(facts).toMatchObject({
      reportType: 'type-2',
      held: 'type-2',
      window: { start: '2025-04-01', end: '2026-03-31' },
      dates: { kind: 'soc2-type2', periodEnd: '2026-03-31' },
      staleness: { status: 'current', staleOn: '2027-03-31', daysLeft: 125 },
    });
  });

  it('derives a Type I’s currency from its as-of date, else its issue date', () => {
    expect(
      reportFacts({ [Q.reportType]: 'type-1', [Q.asOfDate]: '2025-11-27' }, '2026-11-26').staleness,
    ).toEqual({
      status: 'current',
      staleOn: '2026-11-27',
      daysLeft: 1,
    });
    expect(
      reportFacts({ [Q.reportType]: 'type-1', [Q.issueDate]: '2025-11-26' }, '2026-11-26').staleness,
    ).toEqual({
      status: 'stale',
      staleOn: '2026-11-26',
      daysLeft: 0,
    });
  });

  it('extends with a bridge letter', () => {
    const facts = reportFacts(
      {
        [Q.reportType]: 'type-2',
        [Q.observationWindow]: { start: '2024-10-01', end: '2025-09-30' },
        [Q.bridgeLetterEnd]: '2026-12-31',
      },
      '2026-11-26',
    );
    expect(facts.staleness).toMatchObject({ status: 'current', staleOn: '2026-12-31' });
  });

  it('is unknown, not current, for a held report without dates', () => {
    expect(reportFacts({ [Q.reportType]: 'type-2' }, '2026-11-26').staleness?.status).toBe('unknown');
  });

  it('ignores dates of the other report type (hidden answers)', () => {
    const facts = reportFacts(
      { [Q.reportType]: 'type-1', [Q.observationWindow]: { start: '2025-04-01', end: '2026-03-31' } },
      '2026-11-26',
    );
    expect(facts.window).toBeNull();
    expect(facts.staleness?.status).toBe('unknown');
  });

  it('has no staleness while no report is held', () => {
    for (const type of ['type-2-in-progress', 'type-1-in-progress', 'none', undefined]) {
      const facts = reportFacts({ [Q.reportType]: type }, '2026-11-26');
      expect(facts.held).toBeNull();
      expect(facts.dates).toBeNull();
      expect(facts.staleness).toBeNull();
    }
    expect(reportFacts({}, '2026-11-26').reportType).toBeNull();
  });
});

describe('certificateFacts', () => {
  it('is current until the expiry date', () => {
    const answers = { [Q.iso27001Status]: 'certified', [Q.iso27001Expiry]: '2026-11-27' };
    expect(certificateFacts(answers, 'iso-27001', '2026-11-26').staleness?.status).toBe('current');
    expect(certificateFacts(answers, 'iso-27001', '2026-11-27').staleness?.status).toBe('stale');
  });

  it('is unknown without an expiry and absent unless certified', () => {
    expect(
      certificateFacts({ [Q.iso42001Status]: 'certified' }, 'iso-42001', '2026-11-26').staleness?.status,
    ).toBe('unknown');
    expect(certificateFacts({ [Q.iso42001Status]: 'aligned' }, 'iso-42001', '2026-11-26')).toEqual({
      status: 'aligned',
      expiresOn: null,
      staleness: null,
    });
  });
});
