// What `kubectl ml metrics` prints for an answer of the operator's metric history (the shape of
// docs/audit.md, "Metric history"): the latest attempt unless one is asked for, the latest point
// by report time, the recorded count, the plotted metric chosen, thinning said.
import { describe, expect, it } from 'vitest';
import {
  chooseSeries,
  latestPoint,
  type MetricSeries,
  metricsReport,
  parseAnswer,
} from '../../../src/cli/metrics-command.ts';

const at = (minute: number) => `2025-06-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
const series = (metric: string, attempt: number, values: number[], extra: Partial<MetricSeries> = {}) => ({
  metric,
  attempt,
  count: values.length,
  thinned: false,
  points: values.map((value, step) => ({ step, value, at: at(step) })),
  ...extra,
});

/** The answer docs/audit.md shows, as the operator sends it. */
const operatorAnswer = {
  uid: '3f2b8c9e-1d4a-4e6b-9c2f-0a1b2c3d4e5f',
  kind: 'Training',
  namespace: 'team-a',
  name: 'resnet-1',
  attempts: [1, 2],
  thinned: true,
  series: [
    {
      metric: 'loss',
      attempt: 1,
      count: 12,
      thinned: true,
      points: [
        { step: 0, value: 2.31, at: at(0) },
        { step: 5, value: 0.97, at: at(5) },
        { step: 11, value: 0.42, at: at(11) },
      ],
    },
    {
      metric: 'loss',
      attempt: 2,
      count: 2,
      thinned: false,
      points: [
        { step: 0, value: 2.29, at: at(0) },
        { step: 1, value: 1.64, at: at(1) },
      ],
    },
  ],
};
const size = { width: 40, height: 8 };
const now = new Date('2025-06-01T12:00:00Z');

describe('metricsReport', () => {
  it('shows the latest attempt, says there are others, and plots its loss', () => {
    const lines = metricsReport(parseAnswer(JSON.stringify(operatorAnswer)), size, undefined, now);
    expect(lines.slice(0, 5)).toEqual([
      'Attempt 2 (attempts 1, 2; --attempt N shows another)',
      '',
      'METRIC   LATEST   STEP   MIN    MAX    POINTS',
      'loss     1.64     1      1.64   2.29   2',
      '',
    ]);
    expect(lines[5]).toBe('loss');
    expect(lines.slice(6)).toHaveLength(8);
  });

  it('shows an attempt asked for, its recorded count, and says the plot is thinned', () => {
    const lines = metricsReport(
      parseAnswer(JSON.stringify(operatorAnswer)),
      { ...size, attempt: 1 },
      undefined,
      now,
    );
    expect(lines[3]).toBe('loss     0.42     11     0.42   2.31   12');
    expect(lines[5]).toBe('loss (3 of 12 points)');
  });

  it('puts the progress line first', () => {
    const lines = metricsReport(
      parseAnswer(JSON.stringify(operatorAnswer)),
      size,
      { percent: 100, step: 11, total: 11, unit: 'epoch', updatedAt: '2025-06-01T11:59:00Z' },
      now,
    );
    expect(lines.slice(0, 2)).toEqual(['Progress: 100% (epoch 11 of 11), updated 1m ago', '']);
  });

  it('says when there is nothing yet, or not the metric asked for', () => {
    const empty = { ...operatorAnswer, attempts: [], series: [] };
    expect(metricsReport(parseAnswer(JSON.stringify(empty)), size, undefined, now)).toEqual([
      'No metrics reported yet.',
    ]);
    expect(
      metricsReport(parseAnswer(JSON.stringify(empty)), { ...size, metric: 'acc' }, undefined, now),
    ).toEqual(['No metric "acc" reported yet.']);
    const other = { ...operatorAnswer, attempts: [1], series: [series('accuracy', 1, [0.5, 0.6])] };
    const lines = metricsReport(
      parseAnswer(JSON.stringify(other)),
      { ...size, metric: 'loss' },
      undefined,
      now,
    );
    expect(lines.at(-1)).toBe('No metric "loss": there are accuracy.');
  });

  it('prints a series without steps, plotted over the index', () => {
    const noSteps = {
      ...operatorAnswer,
      attempts: [1],
      series: [
        {
          ...series('loss', 1, [3, 2, 1]),
          points: [3, 2, 1].map((value, i) => ({ step: null, value, at: at(i) })),
        },
      ],
    };
    const lines = metricsReport(parseAnswer(JSON.stringify(noSteps)), size, undefined, now);
    expect(lines[1]).toBe('loss     1        -      1     3     3');
    expect(lines.at(-1)).toMatch(/0 +index +2/);
  });
});

describe('the series and point chosen', () => {
  const all = [series('accuracy', 1, [1]), series('train_loss', 1, [1]), series('val_loss', 1, [1])];
  it.each([
    [all, undefined, 'val_loss'],
    [[...all, series('loss', 1, [1])], undefined, 'loss'],
    [all.slice(0, 2), undefined, 'train_loss'],
    [all.slice(0, 1), undefined, 'accuracy'],
    [all, 'accuracy', 'accuracy'],
    [all, 'missing', undefined],
  ])('%#: %s', (list, metric, chosen) => {
    expect(chooseSeries(list, metric)?.metric).toBe(chosen);
  });

  it('the latest point is the one reported last, not the last in step order', () => {
    const points = [
      { step: 1, value: 1, at: at(1) },
      { step: 2, value: 2, at: at(5) },
      { step: null, value: 3, at: at(3) },
    ];
    expect(latestPoint(points)?.value).toBe(2);
    expect(latestPoint([])).toBeUndefined();
  });
});

describe('parseAnswer', () => {
  it.each([
    ['not json'],
    ['{}'],
    ['{"series":[{"metric":"loss"}]}'],
    ['{"series":[{"metric":"l","attempt":1,"points":[{}]}]}'],
  ])('refuses %s', (body) => {
    expect(() => parseAnswer(body)).toThrow(/not JSON|unexpected shape/);
  });
});
