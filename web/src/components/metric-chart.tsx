// One metric over steps: a uPlot line chart (created once, fed new data as it arrives, sized with
// its container, destroyed on unmount) and the same points as a table for screen readers.
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import { formatMetric } from '../detail/metrics.ts';

export interface MetricPoint {
  step: number;
  value: number;
  at?: string;
}

const HEIGHT = 220;
/** Steps are counted: the x axis ticks at whole numbers only. */
const STEP_INCREMENTS = [
  1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000, 1_000_000,
];

function aligned(points: readonly MetricPoint[]): uPlot.AlignedData {
  return [points.map((p) => p.step), points.map((p) => p.value)];
}

export function MetricChart(props: { metric: string; points: readonly MetricPoint[]; unit?: string }) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<uPlot | null>(null);
  const points = useRef(props.points);
  points.current = props.points;

  // Create once per metric; data changes go through setData below.
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const width = Math.max(200, Math.floor(element.clientWidth));
    const plot = new uPlot(
      {
        width,
        height: HEIGHT,
        scales: { x: { time: false } },
        legend: { show: false },
        cursor: { drag: { x: false, y: false } },
        series: [
          { label: props.unit ?? 'step' },
          { label: props.metric, stroke: '#1b4f9c', width: 2, points: { show: true, size: 4 } },
        ],
        axes: [
          {
            stroke: '#333333',
            grid: { stroke: '#e2e2e2' },
            label: props.unit ?? 'step',
            incrs: STEP_INCREMENTS,
          },
          { stroke: '#333333', grid: { stroke: '#e2e2e2' }, size: 60 },
        ],
      },
      aligned(points.current),
      element,
    );
    chart.current = plot;
    const observer = new ResizeObserver((entries) => {
      const entry = entries[0];
      if (!entry) return;
      const next = Math.max(200, Math.floor(entry.contentRect.width));
      if (next !== plot.width) plot.setSize({ width: next, height: HEIGHT });
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      plot.destroy();
      chart.current = null;
    };
  }, [props.metric, props.unit]);

  useEffect(() => {
    chart.current?.setData(aligned(props.points));
  }, [props.points]);

  const last = props.points[props.points.length - 1];
  return (
    <figure className="metric-chart" data-testid={`chart-${props.metric}`}>
      <figcaption>{props.metric}</figcaption>
      <div ref={container} className="metric-chart-canvas" aria-hidden="true" />
      {last ? (
        <p className="metric-chart-latest">
          Latest: {formatMetric(last.value)} at {props.unit ?? 'step'} {last.step}
        </p>
      ) : null}
      <table className="visually-hidden">
        <caption>{props.metric} by step</caption>
        <thead>
          <tr>
            <th scope="col">{props.unit ?? 'step'}</th>
            <th scope="col">{props.metric}</th>
          </tr>
        </thead>
        <tbody>
          {props.points.map((p) => (
            <tr key={`${p.step}@${p.at ?? ''}`}>
              <td>{p.step}</td>
              <td>{p.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
