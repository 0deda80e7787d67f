// The text plot: exactly the size asked for, NaN-free, the right shape for rising and falling
// series, one line for a constant one, a single point, and the index as x when steps are missing.
import { describe, expect, it } from 'vitest';
import {
  PLOT_MIN_HEIGHT,
  PLOT_MIN_WIDTH,
  plot,
  plotPoints,
  type SeriesPoint,
} from '../../../src/cli/plot.ts';

const steps = (values: number[], step = 10): SeriesPoint[] =>
  values.map((value, i) => ({ step: i * step, value }));
const rising = steps(Array.from({ length: 40 }, (_, i) => 1 - Math.exp(-i / 8)));
const falling = steps(Array.from({ length: 40 }, (_, i) => 2.3 * Math.exp(-i / 6) + 0.1));

/** The canvas of a plot: its rows without the labels and the two axis lines. */
function canvas(lines: string[]): string[] {
  const gutter = (lines[0] ?? '').search(/[┤│]/) + 1;
  return lines.slice(0, -2).map((line) => line.slice(gutter));
}

/** The first and last canvas row holding a dot, in column `column`. */
function rowsWithDotsIn(lines: string[], column: number): number[] {
  return canvas(lines).flatMap((row, index) => (row[column] && row[column] !== ' ' ? [index] : []));
}

describe('the plot', () => {
  const cases: [string, SeriesPoint[], number, number][] = [
    ['rising, default size', rising, 60, 12],
    ['falling, default size', falling, 60, 12],
    ['rising, smallest size', rising, PLOT_MIN_WIDTH, PLOT_MIN_HEIGHT],
    ['falling, wide and tall', falling, 120, 30],
    ['constant', steps([0.5, 0.5, 0.5, 0.5]), 40, 8],
    ['single point', [{ step: 7, value: 3 }], 30, 6],
    ['null steps', falling.map((p) => ({ ...p, step: null })), 50, 10],
    ['negative and tiny values', steps([-1e-7, 2e-7, -3e-7]), 25, 7],
    ['huge values', steps([1e12, 5e12, 2e12]), 25, 7],
    ['a NaN and an Infinity among the values', steps([1, Number.NaN, 2, Number.POSITIVE_INFINITY, 3]), 30, 6],
  ];

  it.each(cases)('%s: exactly width x height, no NaN', (_, series, width, height) => {
    const lines = plot(series, { width, height });
    expect(lines).toHaveLength(height);
    for (const line of lines) expect([...line]).toHaveLength(width);
    expect(lines.join('\n')).not.toMatch(/NaN|Infinity|undefined/);
    expect(canvas(lines).join('')).toMatch(/[\u2801-\u28ff]/);
  });

  it('labels the y axis with max on top and min at the bottom, the x axis with the first and last step', () => {
    const lines = plot(steps([1, 4, 2, 3]), { width: 30, height: 8 });
    expect(lines[0]).toMatch(/^4 ┤/);
    expect(lines[5]).toMatch(/^1 ┤/);
    expect(lines[6]).toMatch(/^ {2}└─+$/);
    expect(lines[7]).toMatch(/^ {3}0 +step +30 *$/);
  });

  it('a rising series starts at the bottom left and ends at the top right', () => {
    const lines = plot(rising, { width: 60, height: 12 });
    const columns = canvas(lines)[0]?.length ?? 0;
    expect(rowsWithDotsIn(lines, 0)).toContain(9);
    expect(rowsWithDotsIn(lines, columns - 1)).toEqual([0]);
  });

  it('a falling series starts at the top left and ends at the bottom right', () => {
    const lines = plot(falling, { width: 60, height: 12 });
    const columns = canvas(lines)[0]?.length ?? 0;
    expect(rowsWithDotsIn(lines, 0)).toContain(0);
    expect(rowsWithDotsIn(lines, columns - 1)).toEqual([9]);
  });

  it('a constant series is one horizontal line, in the middle, labelled once', () => {
    const lines = plot(steps([0.5, 0.5, 0.5]), { width: 40, height: 12 });
    const rows = canvas(lines)
      .map((row, index) => [row.trim(), index] as const)
      .filter(([row]) => row);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.[1]).toBe(5);
    expect(lines.filter((line) => line.includes('0.5'))).toHaveLength(1);
    expect(lines[5]).toMatch(/^0\.5 ┤/);
  });

  it('a single point is one dot, its step centred under the axis', () => {
    const lines = plot([{ step: 7, value: 3 }], { width: 30, height: 6 });
    const dots = canvas(lines).join('').replace(/ /g, '');
    expect([...dots]).toHaveLength(1);
    expect(lines[5]?.trim()).toBe('7');
  });

  it('uses the index as x when a step is missing', () => {
    const series: SeriesPoint[] = [
      { step: 100, value: 1 },
      { step: null, value: 2 },
      { step: 300, value: 3 },
    ];
    expect(plotPoints(series)).toEqual({
      points: [
        { x: 0, y: 1 },
        { x: 1, y: 2 },
        { x: 2, y: 3 },
      ],
      xName: 'index',
    });
    expect(plot(series, { width: 30, height: 6 })[5]).toMatch(/0 +index +2/);
  });

  it('orders points by step', () => {
    expect(plotPoints(steps([1, 2, 3]).reverse()).points.map((p) => p.x)).toEqual([0, 10, 20]);
  });

  it.each([
    [[], 60, 12, /no points/],
    [[{ step: 1, value: Number.NaN }], 60, 12, /no points/],
    [rising, 19, 12, /at least 20 characters/],
    [rising, 60, 4, /at least 5 lines/],
    [rising, 60.5, 12, /at least 20 characters/],
  ])('refuses %#', (series, width, height, message) => {
    expect(() => plot(series, { width, height })).toThrow(message);
  });
});
