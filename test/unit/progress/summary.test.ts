// Folding reports into what the status shows: percent, estimate, bounded metrics.
import { describe, expect, it } from 'vitest';
import type { ProgressReport } from '../../../src/progress/protocol.ts';
import {
  emptySummary,
  finalMetrics,
  foldReport,
  MAX_STATUS_METRICS,
  percentOf,
  remainingSeconds,
  reportTime,
  statusOf,
} from '../../../src/progress/summary.ts';

const t0 = new Date('2026-01-01T00:00:00Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
const report = (fields: Partial<ProgressReport>): ProgressReport => ({ metrics: [], ...fields });

describe('percent and remaining time', () => {
  it.each([
    [{ step: 3, total: 10 }, 30],
    [{ step: 10, total: 10 }, 100],
    [{ step: 12, total: 10 }, 100],
    [{ step: 1, total: 3 }, 33],
    [{ percent: 99.9 }, 99],
    [{ step: 5 }, undefined],
    [{}, undefined],
  ])('%j is %s percent', (fields, percent) => {
    const summary = emptySummary();
    foldReport(summary, report(fields), t0);
    expect(percentOf(summary)).toBe(percent);
  });

  it('estimates what is left from the time since the start, unless the job says', () => {
    const summary = emptySummary();
    foldReport(summary, report({ step: 1, total: 4, time: at(60) }), at(60));
    expect(remainingSeconds(summary, t0)).toBe(180);
    foldReport(summary, report({ step: 2, total: 4, etaSeconds: 10 }), at(62));
    expect(remainingSeconds(summary, t0)).toBe(10);
    expect(remainingSeconds(emptySummary(), t0)).toBeUndefined();
  });

  it('a progress report replaces the last one whole', () => {
    const summary = emptySummary();
    foldReport(summary, report({ step: 2, total: 4 }), t0);
    foldReport(summary, report({ percent: 80 }), t0);
    expect(summary).toMatchObject({ percent: 80, step: undefined, total: undefined });
    foldReport(summary, report({ metrics: [['loss', 1]] }), t0);
    expect(percentOf(summary)).toBe(80);
  });
});

describe('statusOf', () => {
  it('shows nothing before any report', () => {
    expect(statusOf(emptySummary(), t0)).toEqual({});
  });

  it('shows progress with its time and the latest metrics, newest first', () => {
    const summary = emptySummary();
    foldReport(
      summary,
      report({ step: 1, total: 2, unit: 'epoch', time: at(10), metrics: [['loss', 0.5]] }),
      at(10),
    );
    foldReport(
      summary,
      report({
        step: 2,
        total: 2,
        time: at(20),
        metrics: [
          ['acc', 0.9],
          ['loss', 0.25],
        ],
      }),
      at(20),
    );
    expect(statusOf(summary, t0)).toEqual({
      progress: {
        percent: 100,
        step: 2,
        total: 2,
        unit: 'epoch',
        estimatedRemainingSeconds: 0,
        updatedAt: at(20).toISOString(),
      },
      metrics: [
        { name: 'loss', value: '0.25', step: 2 },
        { name: 'acc', value: '0.9', step: 2 },
      ],
    });
    expect(finalMetrics(summary)).toEqual({ acc: 0.9, loss: 0.25 });
  });

  it(`keeps at most ${MAX_STATUS_METRICS} metrics, the most recently reported`, () => {
    const summary = emptySummary();
    for (let i = 0; i < 100; i++) foldReport(summary, report({ metrics: [[`m${i}`, i]] }), t0);
    const { metrics = [] } = statusOf(summary, t0);
    expect(metrics).toHaveLength(MAX_STATUS_METRICS);
    expect(metrics[0]?.name).toBe('m99');
    expect(metrics.at(-1)?.name).toBe(`m${100 - MAX_STATUS_METRICS}`);
  });

  it('writes values that fit the status', () => {
    const summary = emptySummary();
    foldReport(summary, report({ metrics: [['tiny', 1.2345678901234568e-300]] }), t0);
    const value = statusOf(summary, t0).metrics?.[0]?.value ?? '';
    expect(value.length).toBeLessThanOrEqual(32);
    expect(Number(value)).toBeCloseTo(1.2345678901234568e-300);
  });
});

describe('reportTime', () => {
  it.each([
    ['its own time when it lies between the start and the read', at(30), at(30)],
    ['the read time for a time in the future', at(9_999_999), at(60)],
    ['the start for a time before it', new Date('1970-01-01T00:00:00Z'), at(0)],
    ['the read time when it gives none', undefined, at(60)],
  ])('is %s', (_, time, expected) => {
    expect(reportTime(report(time ? { time } : {}), at(60), t0)).toEqual(expected);
  });

  it('keeps estimates within ten years', () => {
    const summary = emptySummary();
    foldReport(summary, report({ step: 1e-12, total: 1 }), at(3600));
    expect(remainingSeconds(summary, t0)).toBe(315_360_000);
  });
});
