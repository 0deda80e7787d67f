import { describe, expect, it } from 'vitest';
import { appendLog, EMPTY_LOG, logText } from '../../../web/src/detail/log-buffer.ts';
import {
  formatMetric,
  latestAttemptSeries,
  metricColumns,
  reportKey,
  seriesBehind,
} from '../../../web/src/detail/metrics.ts';
import { yamlish } from '../../../web/src/detail/yamlish.ts';

describe('appendLog', () => {
  it.each<[string, string[], string[], string]>([
    ['whole lines', ['a\nb\n'], ['a', 'b'], ''],
    ['a line split across chunks', ['a\nb', 'c\nd'], ['a', 'bc'], 'd'],
    ['no newline yet', ['abc'], [], 'abc'],
    ['empty chunks change nothing', ['', 'a\n', ''], ['a'], ''],
    ['empty lines are kept', ['\n\n'], ['', ''], ''],
  ])('%s', (_, chunks, lines, partial) => {
    const buffer = chunks.reduce((b, chunk) => appendLog(b, chunk), EMPTY_LOG);
    expect(buffer.lines).toEqual(lines);
    expect(buffer.partial).toBe(partial);
  });

  it('keeps only the newest lines and counts what it dropped', () => {
    let buffer = EMPTY_LOG;
    for (let i = 0; i < 10; i++) buffer = appendLog(buffer, `line ${i}\n`, 3);
    expect(buffer.lines).toEqual(['line 7', 'line 8', 'line 9']);
    expect(buffer.dropped).toBe(7);
    buffer = appendLog(buffer, 'x\ny\nz\nw\n', 3);
    expect(buffer.lines).toEqual(['y', 'z', 'w']);
    expect(buffer.dropped).toBe(11);
  });

  it('keeps only the end of a line that never ends', () => {
    const buffer = appendLog(appendLog(EMPTY_LOG, 'a'.repeat(900_000)), 'b'.repeat(900_000));
    expect(buffer.partial.length).toBe(1_000_000);
    expect(buffer.partial.endsWith('b')).toBe(true);
  });

  it.each<[string[], string]>([
    [[], ''],
    [['a\n'], 'a\n'],
    [['a\nb'], 'a\nb'],
    [['b'], 'b'],
  ])('logText of %j is %j', (chunks, text) => {
    expect(logText(chunks.reduce((b, chunk) => appendLog(b, chunk), EMPTY_LOG))).toBe(text);
  });
});

describe('latestAttemptSeries', () => {
  const point = (step: number, value: number) => ({ step, value, at: '2026-01-01T00:00:00Z' });
  it('keeps each metric of its latest attempt, points by step', () => {
    const series = latestAttemptSeries({
      attempts: [1, 2],
      series: [
        { metric: 'loss', attempt: 1, count: 2, thinned: false, points: [point(0, 2), point(1, 1)] },
        { metric: 'loss', attempt: 2, count: 2, thinned: false, points: [point(1, 0.5), point(0, 0.9)] },
        { metric: 'val_loss', attempt: 1, count: 1, thinned: false, points: [point(0, 3)] },
      ],
    });
    expect(series.map((s) => [s.metric, s.attempt, s.points.map((p) => p.step)])).toEqual([
      ['loss', 2, [0, 1]],
      ['val_loss', 1, [0]],
    ]);
  });
});

describe('reportKey', () => {
  it('changes with progress, metrics, attempts and phase, not otherwise', () => {
    const status = {
      phase: 'Running',
      progress: { step: 1, updatedAt: 't1' },
      metrics: [{ name: 'loss', value: '1' }],
    };
    expect(reportKey(status)).toBe(reportKey({ ...status }));
    expect(reportKey(status)).not.toBe(reportKey({ ...status, progress: { step: 2, updatedAt: 't2' } }));
    expect(reportKey(status)).not.toBe(reportKey({ ...status, metrics: [{ name: 'loss', value: '0.5' }] }));
    expect(reportKey(status)).not.toBe(reportKey({ ...status, attempts: 2 }));
    expect(reportKey(status)).not.toBe(reportKey({ ...status, phase: 'Succeeded' }));
  });
});

describe('metricColumns and formatMetric', () => {
  it('lists every metric name once, newest version first', () => {
    expect(
      metricColumns([
        { spec: { version: 1, metrics: { loss: 1, acc: 0.5 } } },
        { spec: { version: 2, metrics: { val_loss: 2, loss: 0.5 } } },
        { spec: { version: 3 } },
      ]),
    ).toEqual(['loss', 'val_loss', 'acc']);
  });

  it.each<[number | undefined, string]>([
    [undefined, '—'],
    [Number.NaN, '—'],
    [3, '3'],
    [0.123456789, '0.123457'],
    [1e-7, '1e-7'],
  ])('%j → %j', (value, text) => {
    expect(formatMetric(value)).toBe(text);
  });
});

describe('yamlish', () => {
  it('writes nested objects and lists as YAML-like lines', () => {
    expect(
      yamlish({
        model: 'seg',
        parameters: { epochs: '3', note: '' },
        retry: { limit: 2, onStates: ['NODE_FAIL'] },
        list: [{ a: 1, b: 'x' }],
        empty: {},
        suspend: false,
      }),
    ).toBe(
      [
        'model: seg',
        'parameters:',
        '  epochs: "3"',
        '  note: ""',
        'retry:',
        '  limit: 2',
        '  onStates:',
        '    - NODE_FAIL',
        'list:',
        '  - a: 1',
        '    b: x',
        'empty: {}',
        'suspend: false',
      ].join('\n'),
    );
  });

  it.each<[string, string]>([
    ['plain', 'plain'],
    ['true', '"true"'],
    ['1e3', '"1e3"'],
    ['a: b', '"a: b"'],
    ['- x', '"- x"'],
    ['two\nlines', '"two\\nlines"'],
    ['/data/in', '/data/in'],
  ])('quotes %j as %s', (value, text) => {
    expect(yamlish({ v: value })).toBe(`v: ${text}`);
  });
});

describe('seriesBehind', () => {
  const series = [
    {
      metric: 'loss',
      attempt: 1,
      count: 2,
      thinned: false,
      points: [0, 3].map((step) => ({ step, value: 1, at: '' })),
    },
  ];
  it.each<[{ name: string; step?: number }[] | undefined, boolean]>([
    [undefined, false],
    [[], false],
    [[{ name: 'loss', step: 3 }], false],
    [[{ name: 'loss', step: 2 }], false],
    [[{ name: 'loss', step: 4 }], true],
    [[{ name: 'val_loss', step: 1 }], true],
    [[{ name: 'val_loss' }], false],
  ])('status %j → %j', (latest, behind) => {
    expect(seriesBehind(series, latest)).toBe(behind);
  });
});
