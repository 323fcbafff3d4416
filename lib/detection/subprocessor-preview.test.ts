import { describe, expect, it } from 'vitest';
import { previewIndices } from './subprocessor-preview';

const rows = (n: number, ai: number[] = []) => Array.from({ length: n }, (_, i) => ({ ai: ai.includes(i) }));
const none = () => false;

describe('previewIndices', () => {
  it('shows a short list whole', () => {
    expect(previewIndices(rows(15), none)).toBeNull();
  });

  it('folds a long list to its first rows, in page order', () => {
    expect(previewIndices(rows(201), none)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('keeps every AI provider and every provider with stated certificates, wherever the page lists them', () => {
    expect(previewIndices(rows(201, [150, 3]), (i) => i === 200)).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 150, 200,
    ]);
  });

  it('folds nothing when every row would be shown anyway', () => {
    expect(
      previewIndices(
        rows(
          20,
          Array.from({ length: 20 }, (_, i) => i),
        ),
        none,
      ),
    ).toBeNull();
  });
});
