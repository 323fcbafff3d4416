import { describe, expect, it } from 'vitest';
import { staleOn, staleness, todayLocal, type ReportDates } from './staleness';

const type2 = (dates: Omit<ReportDates, 'kind'>): ReportDates => ({ kind: 'soc2-type2', ...dates });
const type1 = (dates: Omit<ReportDates, 'kind'>): ReportDates => ({ kind: 'soc2-type1', ...dates });
const iso = (expiresOn: string | null): ReportDates => ({ kind: 'iso', expiresOn });

describe('staleOn', () => {
  it('is 12 calendar months after a Type II window end', () => {
    expect(staleOn(type2({ periodEnd: '2025-06-30' }))).toBe('2026-06-30');
  });

  it('clamps a Feb 29 window end to Feb 28', () => {
    expect(staleOn(type2({ periodEnd: '2024-02-29' }))).toBe('2025-02-28');
  });

  it.each([
    ['2025-01-31', '2026-01-31'],
    ['2025-03-31', '2026-03-31'],
    ['2025-08-31', '2026-08-31'],
    ['2025-12-31', '2026-12-31'],
  ])('keeps month ends: window end %s → stale on %s', (end, on) => {
    expect(staleOn(type2({ periodEnd: end }))).toBe(on);
  });

  it('counts a Type I from its as-of date', () => {
    expect(staleOn(type1({ asOf: '2026-03-01' }))).toBe('2027-03-01');
  });

  it('falls back to the issue date when the window end or as-of date is missing', () => {
    expect(staleOn(type2({ issuedOn: '2025-09-15' }))).toBe('2026-09-15');
    expect(staleOn(type1({ asOf: null, issuedOn: '2025-09-15' }))).toBe('2026-09-15');
  });

  it('prefers the window end over the issue date', () => {
    expect(staleOn(type2({ periodEnd: '2025-06-30', issuedOn: '2025-09-15' }))).toBe('2026-06-30');
  });

  it('uses the issue date when the window end is garbage', () => {
    expect(staleOn(type2({ periodEnd: '2025-06-31', issuedOn: '2025-09-15' }))).toBe('2026-09-15');
  });

  it('ignores an as-of date on a Type II and a window end on a Type I', () => {
    expect(staleOn(type2({ asOf: '2025-06-30' }))).toBeNull();
    expect(staleOn(type1({ periodEnd: '2025-06-30' }))).toBeNull();
  });

  it('extends to a bridge letter that ends later than the 12 months', () => {
    expect(staleOn(type2({ periodEnd: '2025-06-30', bridgeEnd: '2026-09-30' }))).toBe('2026-09-30');
  });

  it('never shortens for a bridge letter that ends earlier', () => {
    expect(staleOn(type2({ periodEnd: '2025-06-30', bridgeEnd: '2025-12-31' }))).toBe('2026-06-30');
  });

  it('counts a bridge letter alone when no report date is known', () => {
    expect(staleOn(type2({ bridgeEnd: '2026-09-30' }))).toBe('2026-09-30');
  });

  it('ignores a garbage bridge end', () => {
    expect(staleOn(type2({ periodEnd: '2025-06-30', bridgeEnd: 'next year' }))).toBe('2026-06-30');
  });

  it('uses the expiry for an ISO certificate, ignoring SOC 2 dates', () => {
    expect(staleOn(iso('2027-05-19'))).toBe('2027-05-19');
    expect(staleOn({ kind: 'iso', periodEnd: '2025-06-30', bridgeEnd: '2030-01-01' })).toBeNull();
  });

  it('is null without a usable date', () => {
    expect(staleOn(type2({}))).toBeNull();
    expect(staleOn(type1({ asOf: '2026-03', issuedOn: 'March 2026' }))).toBeNull();
    expect(staleOn(iso(null))).toBeNull();
  });
});

describe('staleness', () => {
  const report = type2({ periodEnd: '2025-06-30' });

  it('is current the day before the stale date', () => {
    expect(staleness(report, '2026-06-29')).toEqual({
      status: 'current',
      staleOn: '2026-06-30',
      daysLeft: 1,
    });
  });

  it('is stale on the stale date', () => {
    expect(staleness(report, '2026-06-30')).toEqual({ status: 'stale', staleOn: '2026-06-30', daysLeft: 0 });
  });

  it('is stale the day after', () => {
    expect(staleness(report, '2026-07-01')).toEqual({ status: 'stale', staleOn: '2026-06-30', daysLeft: -1 });
  });

  it('handles the Feb 29 window end around Feb 28', () => {
    const leap = type2({ periodEnd: '2024-02-29' });
    expect(staleness(leap, '2025-02-27').status).toBe('current');
    expect(staleness(leap, '2025-02-28').status).toBe('stale');
    expect(staleness(leap, '2025-03-01').status).toBe('stale');
  });

  it('handles a Jan 31 end across a short February', () => {
    const jan = type1({ asOf: '2025-01-31' });
    expect(staleness(jan, '2026-01-30')).toMatchObject({ status: 'current', daysLeft: 1 });
    expect(staleness(jan, '2026-01-31')).toMatchObject({ status: 'stale', daysLeft: 0 });
  });

  it('counts a bridge letter through to its end date', () => {
    const bridged = type2({ periodEnd: '2025-03-31', bridgeEnd: '2026-06-30' });
    expect(staleness(bridged, '2026-04-15')).toMatchObject({ status: 'current', staleOn: '2026-06-30' });
    expect(staleness(bridged, '2026-06-29').status).toBe('current');
    expect(staleness(bridged, '2026-06-30').status).toBe('stale');
  });

  it('treats an ISO certificate as stale from its expiry date', () => {
    expect(staleness(iso('2027-05-19'), '2027-05-18').status).toBe('current');
    expect(staleness(iso('2027-05-19'), '2027-05-19').status).toBe('stale');
  });

  it('is unknown, never current, when no date is known', () => {
    expect(staleness(type2({}), '2026-01-01')).toEqual({ status: 'unknown', staleOn: null, daysLeft: null });
    expect(staleness(iso(null), '2026-01-01').status).toBe('unknown');
  });

  it('is unknown for garbage dates without throwing', () => {
    expect(staleness(type2({ periodEnd: '2026-02-30' }), '2026-03-01').status).toBe('unknown');
    expect(staleness(type1({ asOf: '<script>' }), '2026-03-01').status).toBe('unknown');
    expect(staleness(iso('31/12/2027'), '2026-03-01').status).toBe('unknown');
  });

  it('is unknown when today is not a valid date, but still reports the stale date', () => {
    expect(staleness(report, 'NaN-NaN-NaN')).toEqual({
      status: 'unknown',
      staleOn: '2026-06-30',
      daysLeft: null,
    });
  });

  it('handles far past and far future dates', () => {
    expect(staleness(type2({ periodEnd: '1999-12-31' }), '2026-01-01')).toMatchObject({
      status: 'stale',
      staleOn: '2000-12-31',
    });
    expect(staleness(type2({ periodEnd: '2999-12-31' }), '2026-01-01')).toMatchObject({
      status: 'current',
      staleOn: '3000-12-31',
    });
    expect(staleness(type2({ periodEnd: '9999-06-30' }), '2026-01-01').status).toBe('unknown');
  });
});

describe('todayLocal', () => {
  it('uses the local calendar date, not UTC', () => {
    expect(todayLocal(new Date(2026, 1, 28, 23, 30))).toBe('2026-02-28');
    expect(todayLocal(new Date(2026, 0, 1, 0, 5))).toBe('2026-01-01');
  });

  it('yields an unknown date for an invalid Date', () => {
    expect(staleness(type2({ periodEnd: '2025-06-30' }), todayLocal(new Date('nope'))).status).toBe(
      'unknown',
    );
  });
});
