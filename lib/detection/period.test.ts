import { describe, expect, it } from 'vitest';
import { findPeriod } from './period';

describe('findPeriod', () => {
  it.each([
    ['For the period November 1, 2018 through October 31, 2019', { start: '2018-11-01', end: '2019-10-31' }],
    ['Certificate valid 2026-05-20–2029-05-19', { start: '2026-05-20', end: '2029-05-19' }],
    ['last audit: March 2025', { end: '2025-03' }],
    ['Report period: 1 January 2024 to 31 December 2024', { start: '2024-01-01', end: '2024-12-31' }],
    ['Valid until Sept 30, 2027', { end: '2027-09-30' }],
    ['covers Jan 2024 - Jun 2024', { start: '2024-01', end: '2024-06' }],
  ])('%s', (t, p) => {
    expect(findPeriod(t)).toEqual(p);
  });

  it.each([
    'Last updated: May 2, 2026',
    'We are SOC 2 Type II certified.',
    'Q3 2026 target',
    'valid 2029-05-19–2026-05-20',
  ])('no period in %s', (t) => {
    expect(findPeriod(t)).toBeUndefined();
  });
});
