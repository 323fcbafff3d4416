import { describe, expect, it } from 'vitest';
import { badgeText, groupedReminder, reminderMessage } from './text';

describe('reminder text', () => {
  it('says when a SOC 2 report goes stale and what to ask for', () => {
    expect(reminderMessage({ vendorName: 'Acme', key: 'soc2', staleOn: '2027-01-31' }, '2027-01-01')).toBe(
      'Acme’s SOC 2 report goes stale on 2027-01-31 — ask for the new report or a bridge letter',
    );
    expect(reminderMessage({ vendorName: 'Acme', key: 'soc2', staleOn: '2027-01-31' }, '2027-01-31')).toBe(
      'Acme’s SOC 2 report has been stale since 2027-01-31 — ask for the new report or a bridge letter',
    );
    expect(
      reminderMessage({ vendorName: 'Acme', key: 'iso-42001', staleOn: '2027-03-01' }, '2027-02-01'),
    ).toBe('Acme’s ISO 42001 certificate expires on 2027-03-01 — ask for the renewed certificate');
  });

  it('groups many reports into one notification, earliest first', () => {
    const lines = Array.from({ length: 12 }, (_, i) => ({
      vendorName: `V${i}`,
      key: 'soc2' as const,
      staleOn: `2027-01-${String(20 - i).padStart(2, '0')}`,
    }));
    const g = groupedReminder(lines, '2027-01-01');
    expect(g.title).toBe('12 vendor reports need attention');
    expect(g.message.split('\n')).toEqual([
      'V11’s SOC 2 report goes stale on 2027-01-09',
      'V10’s SOC 2 report goes stale on 2027-01-10',
      'V9’s SOC 2 report goes stale on 2027-01-11',
      'and 9 more — open Vendorscope to review them',
    ]);
  });

  it('cuts very long vendor names', () => {
    const m = reminderMessage(
      { vendorName: 'x'.repeat(500), key: 'soc2', staleOn: '2027-01-31' },
      '2027-01-01',
    );
    expect(m.length).toBeLessThan(200);
  });

  it('shows the badge count up to 99, then 99+', () => {
    expect([0, 1, 42, 99, 100, 5000].map(badgeText)).toEqual(['', '1', '42', '99', '99+', '99+']);
  });
});
