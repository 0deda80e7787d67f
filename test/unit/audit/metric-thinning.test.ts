// Thinning a long metric series: evenly spaced, the first and the last always kept, exactly
// `limit` points, and the per-index rule the SQL applies (isKept) picks the same points.
import { describe, expect, it } from 'vitest';
import { isKept, keptIndices } from '../../../src/audit/metric-thinning.ts';

describe('metric series thinning', () => {
  it('keeps a series no longer than the limit whole', () => {
    expect(keptIndices(0, 10)).toEqual([]);
    expect(keptIndices(1, 10)).toEqual([0]);
    expect(keptIndices(10, 10)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('thins evenly, with the first and the last', () => {
    expect(keptIndices(11, 3)).toEqual([0, 5, 10]);
    expect(keptIndices(10, 2)).toEqual([0, 9]);
    expect(keptIndices(7, 4)).toEqual([0, 2, 4, 6]);
    expect(keptIndices(100_000, 1000)).toHaveLength(1000);
  });

  it.each([
    [3, 2],
    [11, 3],
    [1001, 1000],
    [1999, 1000],
    [5000, 7],
    [100_000, 1000],
    [100_000, 10_000],
    [12_345, 99],
  ])('n=%i limit=%i: exactly limit distinct points, spaced evenly, and isKept agrees', (n, limit) => {
    const kept = keptIndices(n, limit);
    expect(kept).toHaveLength(limit);
    expect(kept[0]).toBe(0);
    expect(kept.at(-1)).toBe(n - 1);
    const gaps = kept.slice(1).map((k, i) => k - (kept[i] ?? 0));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThanOrEqual(1);
    const byRule: number[] = [];
    for (let k = 0; k < n; k++) if (isKept(k, n, limit)) byRule.push(k);
    expect(byRule).toEqual(kept);
  });

  it('agrees with isKept for every small series and limit', () => {
    for (let limit = 2; limit <= 12; limit++)
      for (let n = 0; n <= 60; n++) {
        const byRule = Array.from({ length: n }, (_, k) => k).filter((k) => isKept(k, n, limit));
        expect([n, limit, byRule]).toEqual([n, limit, keptIndices(n, limit)]);
      }
  });
});
