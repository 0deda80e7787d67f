// The table and the number, duration and progress formats of kubectl-ml.
import { describe, expect, it } from 'vitest';
import { formatDuration, formatNumber, formatProgress } from '../../../src/cli/format.ts';
import { formatTable } from '../../../src/cli/table.ts';

describe('formatTable', () => {
  it('aligns columns three spaces apart, without trailing spaces', () => {
    expect(
      formatTable(
        ['METRIC', 'LATEST', 'STEP'],
        [
          ['loss', '0.1234', '90'],
          ['val_accuracy', '0.9', '-'],
        ],
      ),
    ).toBe(
      ['METRIC         LATEST   STEP', 'loss           0.1234   90', 'val_accuracy   0.9      -'].join('\n'),
    );
  });

  it('prints only the header without rows, and tolerates short rows', () => {
    expect(formatTable(['A', 'BB'], [])).toBe('A   BB');
    expect(formatTable(['A', 'BB'], [['xyz']])).toBe('A     BB\nxyz');
  });
});

describe('formatNumber', () => {
  it.each([
    [0, '0'],
    [1, '1'],
    [0.123456, '0.1235'],
    [-2.5, '-2.5'],
    [12345.678, '12350'],
    [99999, '100000'],
    [1234567, '1.23e+6'],
    [0.0001234, '1.23e-4'],
    [1e-7, '1e-7'],
  ])('%d is %s', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0s'],
    [12.4, '12s'],
    [60, '1m'],
    [90, '1m30s'],
    [3600, '1h'],
    [7500, '2h5m'],
    [86_400 * 3 + 3600 * 4 + 59, '3d4h'],
    [-5, '0s'],
  ])('%d s is %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});

describe('formatProgress', () => {
  const now = new Date('2026-01-01T12:00:12Z');
  it.each([
    [
      {
        percent: 40,
        step: 4,
        total: 10,
        unit: 'epoch',
        estimatedRemainingSeconds: 90,
        updatedAt: '2026-01-01T12:00:00Z',
      },
      'Progress: 40% (epoch 4 of 10), about 1m30s left, updated 12s ago',
    ],
    [{ percent: 7 }, 'Progress: 7%'],
    [{ step: 1200 }, 'Progress: step 1200'],
    [{ step: 3, total: 5, unit: 'epoch' }, 'Progress: epoch 3 of 5'],
    [{ percent: 50, estimatedRemainingSeconds: 7200 }, 'Progress: 50%, about 2h left'],
    [{ percent: 50, updatedAt: 'not a time' }, 'Progress: 50%'],
  ])('%j', (progress, line) => {
    expect(formatProgress(progress, now)).toBe(line);
  });

  it('is null without progress or without anything of how far', () => {
    expect(formatProgress(undefined, now)).toBeNull();
    expect(formatProgress({ updatedAt: '2026-01-01T12:00:00Z', total: 10 }, now)).toBeNull();
  });
});
