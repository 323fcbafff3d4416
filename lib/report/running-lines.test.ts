import { describe, expect, it } from 'vitest';
import { runningKey, stripRunningLines } from './running-lines';

const WORDS = [
  'scope',
  'criteria',
  'controls',
  'tests',
  'results',
  'users',
  'access',
  'changes',
  'backups',
  'vendors',
];
/** Three body lines that differ from page to page, as real text does. */
const body = (n: number) =>
  [0, 1, 2].map((i) => `The ${WORDS[(n * 3 + i) % WORDS.length]} of part ${'abc'[i]}`);

describe('runningKey', () => {
  it('ignores case, spacing and numbers', () => {
    expect(runningKey('Page 3 of 40')).toBe(runningKey('page  14 of 40'));
    expect(runningKey('Page iv')).toBe(runningKey('Page 4'));
    expect(runningKey('Confidential')).not.toBe(runningKey('Confidential and proprietary'));
  });
});

describe('stripRunningLines', () => {
  it('drops headers, footers and a watermark that repeat on most pages', () => {
    const pages = [1, 2, 3, 4, 5].map((n) => [
      'Nimbus Labs, Inc. | SOC 2 Type 2 Report',
      ...body(n),
      `Confidential | Page ${n} of 5`,
      'CONFIDENTIAL',
    ]);
    expect(stripRunningLines(pages)).toEqual([1, 2, 3, 4, 5].map(body));
  });

  it('leaves a cover page without header alone and still strips the others', () => {
    const pages = [
      ['SOC 2 Type 2 Report', 'Nimbus Labs, Inc.'],
      ...[2, 3, 4].map((n) => ['Nimbus Labs', ...body(n), `${n}`]),
    ];
    expect(stripRunningLines(pages)).toEqual([
      ['SOC 2 Type 2 Report', 'Nimbus Labs, Inc.'],
      body(2),
      body(3),
      body(4),
    ]);
  });

  it('never strips a line that repeats in the middle of pages (a table result)', () => {
    const pages = [1, 2, 3, 4].map((n) => [
      `Header ${n}`,
      ...body(n),
      '| | No exceptions noted.',
      ...body(n + 4),
      `Page ${n}`,
    ]);
    const out = stripRunningLines(pages);
    expect(out.every((p) => p.includes('| | No exceptions noted.'))).toBe(true);
    expect(out.every((p) => !p.some((l) => l.startsWith('Header') || l.startsWith('Page')))).toBe(true);
  });

  it('peels a footer that sat above the watermark, and a tiled watermark', () => {
    const pages = [1, 2, 3].map((n) => [
      ...body(n),
      'Proprietary',
      `Page ${n}`,
      'WATERMARK',
      'WATERMARK',
      'WATERMARK',
      'WATERMARK',
    ]);
    expect(stripRunningLines(pages)).toEqual([1, 2, 3].map(body));
  });

  it('strips nothing in documents of one or two pages', () => {
    const pages = [
      ['Letter', 'Page 1'],
      ['More', 'Page 2'],
    ];
    expect(stripRunningLines(pages)).toEqual(pages);
  });

  it('keeps lines that repeat on fewer than half of the pages', () => {
    const pages = [1, 2, 3, 4, 5, 6].map((n) => (n <= 2 ? ['Section IV', ...body(n)] : body(n)));
    expect(stripRunningLines(pages)[0]![0]).toBe('Section IV');
  });

  it('keeps the first of running headers that name a part: it is also that part’s heading', () => {
    const pages = [1, 2, 3, 4, 5].map((n) => [
      n <= 2 ? 'Section III – Description of the System' : 'Section IV – Testing Matrices',
      ...body(n),
    ]);
    const out = stripRunningLines(pages);
    expect(out.map((p) => p[0])).toEqual([
      'Section III – Description of the System',
      'Section III – Description of the System',
      'Section IV – Testing Matrices',
      ...[4, 5].map((n) => body(n)[0]),
    ]);
  });
});
