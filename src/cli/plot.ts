// A text plot of one metric series: value over step (over the point's index when a step is
// missing), drawn with Unicode braille dots (2 x 4 per character) and joined by lines, with the
// min and max values on the y axis and the first and last step on the x axis. Pure: exactly
// `height` lines of exactly `width` characters, whatever the values.
//
//    0.912 ┤⠑⠢⡀
//          │  ⠈⠑⠢⢄⡀
//    0.104 ┤      ⠈⠉⠒⠒⠤⠤
//          └────────────────
//           0     step    90

import { formatNumber } from './format.ts';

export interface SeriesPoint {
  step: number | null;
  value: number;
}

export interface PlotSize {
  /** Characters per line, labels included. At least 20. */
  width: number;
  /** Lines, the x axis and its labels included. At least 5. */
  height: number;
}

export const PLOT_MIN_WIDTH = 20;
export const PLOT_MIN_HEIGHT = 5;

/** The dot of each (column, row) within a braille cell, as an offset from U+2800. */
const DOTS = [
  [0x01, 0x02, 0x04, 0x40],
  [0x08, 0x10, 0x20, 0x80],
];

interface XY {
  x: number;
  y: number;
}

/** The points to draw: finite values only; x the step, or the index when any step is missing. */
export function plotPoints(points: SeriesPoint[]): { points: XY[]; xName: 'step' | 'index' } {
  const finite = points.filter((point) => Number.isFinite(point.value));
  const bySteps = finite.every((point) => typeof point.step === 'number' && Number.isFinite(point.step));
  const xy = finite.map((point, index) => ({ x: bySteps ? (point.step as number) : index, y: point.value }));
  return { points: xy.sort((a, b) => a.x - b.x), xName: bySteps ? 'step' : 'index' };
}

/** Where `value` falls on 0..size-1 of a range; the middle when the range is one value. */
function scale(value: number, min: number, max: number, size: number): number {
  if (max === min) return Math.floor((size - 1) / 2);
  return Math.round(((value - min) / (max - min)) * (size - 1));
}

export function plot(series: SeriesPoint[], size: PlotSize): string[] {
  const { width, height } = size;
  if (!Number.isInteger(width) || width < PLOT_MIN_WIDTH)
    throw new RangeError(`a plot is at least ${PLOT_MIN_WIDTH} characters wide`);
  if (!Number.isInteger(height) || height < PLOT_MIN_HEIGHT)
    throw new RangeError(`a plot is at least ${PLOT_MIN_HEIGHT} lines high`);
  const { points, xName } = plotPoints(series);
  if (points.length === 0) throw new RangeError('no points to plot');

  const ys = points.map((point) => point.y);
  const [yMin, yMax] = [Math.min(...ys), Math.max(...ys)];
  const [xMin, xMax] = [points[0]?.x ?? 0, points[points.length - 1]?.x ?? 0];
  const top = formatNumber(yMax);
  const bottom = formatNumber(yMin);
  const labelWidth = Math.max(top.length, bottom.length);
  const rows = height - 2;
  const columns = Math.max(1, width - labelWidth - 2);

  // The canvas in dots: x to the right, y downwards.
  const dotWidth = columns * 2;
  const dotHeight = rows * 4;
  const cells = Array.from({ length: rows }, () => new Array<number>(columns).fill(0));
  const set = (dx: number, dy: number) => {
    const row = cells[Math.floor(dy / 4)];
    const column = Math.floor(dx / 2);
    if (row && column < columns) row[column] = (row[column] ?? 0) | (DOTS[dx % 2]?.[dy % 4] ?? 0);
  };
  const dot = (point: XY) => ({
    dx: scale(point.x, xMin, xMax, dotWidth),
    dy: dotHeight - 1 - scale(point.y, yMin, yMax, dotHeight),
  });
  let previous: { dx: number; dy: number } | undefined;
  for (const point of points) {
    const next = dot(point);
    if (previous) line(previous, next, set);
    else set(next.dx, next.dy);
    previous = next;
  }

  // One value only: one label, on the row its dots are in.
  const labels = new Map<number, string>(
    yMin === yMax
      ? [[Math.floor((dotHeight - 1 - scale(yMin, yMin, yMax, dotHeight)) / 4), top]]
      : [
          [0, top],
          [rows - 1, bottom],
        ],
  );
  const lines = cells.map((row, index) => {
    const label = labels.get(index) ?? '';
    const axis = label ? '┤' : '│';
    const canvas = row.map((bits) => (bits ? String.fromCharCode(0x2800 + bits) : ' ')).join('');
    return `${label.padStart(labelWidth)} ${axis}${canvas}`;
  });
  const gutter = labelWidth + 2;
  lines.push(`${' '.repeat(gutter - 1)}└${'─'.repeat(columns)}`);
  lines.push(' '.repeat(gutter) + xLabels(formatNumber(xMin), formatNumber(xMax), xName, columns));
  return lines.map((text) => text.padEnd(width).slice(0, width));
}

/** `first   name   last` across `columns`, dropping what does not fit. */
function xLabels(first: string, last: string, name: string, columns: number): string {
  if (first === last) return first.padStart(Math.floor((columns + first.length) / 2)).padEnd(columns);
  const gap = columns - first.length - last.length;
  if (gap < 1) return first.padEnd(columns);
  if (gap < name.length + 2) return first + ' '.repeat(gap) + last;
  const before = Math.floor((gap - name.length) / 2);
  return first + ' '.repeat(before) + name + ' '.repeat(gap - name.length - before) + last;
}

/** The dots from `a` to `b` (Bresenham). */
function line(
  a: { dx: number; dy: number },
  b: { dx: number; dy: number },
  set: (dx: number, dy: number) => void,
): void {
  let { dx: x, dy: y } = a;
  const stepX = Math.sign(b.dx - x);
  const stepY = Math.sign(b.dy - y);
  const distanceX = Math.abs(b.dx - x);
  const distanceY = -Math.abs(b.dy - y);
  let error = distanceX + distanceY;
  for (;;) {
    set(x, y);
    if (x === b.dx && y === b.dy) return;
    const twice = 2 * error;
    if (twice >= distanceY) {
      error += distanceY;
      x += stepX;
    }
    if (twice <= distanceX) {
      error += distanceX;
      y += stepY;
    }
  }
}
