// What the detail page's charts and the model page's version table show, from the metric history
// and the ModelVersions: pure functions, so the pages only render.
import type { MetricHistory, MetricSeries } from '../data/console-data.ts';

/** One series per metric, of the latest attempt that reported it, in the order the history lists them. */
export function latestAttemptSeries(history: MetricHistory): MetricSeries[] {
  const latest = new Map<string, MetricSeries>();
  for (const series of history.series) {
    const seen = latest.get(series.metric);
    if (!seen || series.attempt > seen.attempt) latest.set(series.metric, series);
  }
  return [...latest.values()].map((series) => ({
    ...series,
    points: [...series.points].sort((a, b) => a.step - b.step),
  }));
}

/** A key that changes whenever the job reports something new: the progress or a metric's latest value. */
export function reportKey(status: {
  progress?: { step?: number; percent?: number; updatedAt?: string };
  metrics?: { name: string; step?: number; value: string }[];
  attempts?: number;
  phase?: string;
}): string {
  return JSON.stringify([
    status.attempts ?? 0,
    status.phase ?? '',
    status.progress?.updatedAt ?? '',
    status.progress?.step ?? '',
    status.progress?.percent ?? '',
    (status.metrics ?? []).map((m) => `${m.name}=${m.value}@${m.step ?? ''}`),
  ]);
}

/** The metric names across versions, for one column each: in order of first appearance, newest version first. */
export function metricColumns(
  versions: readonly { spec: { version: number; metrics?: Record<string, number> } }[],
): string[] {
  const names = new Set<string>();
  for (const v of [...versions].sort((a, b) => b.spec.version - a.spec.version))
    for (const name of Object.keys(v.spec.metrics ?? {}).sort()) names.add(name);
  return [...names];
}

/** Formats a metric value for a table cell: up to 6 significant digits, as a person reads it. */
export function formatMetric(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return '—';
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(6)));
}

/**
 * Whether the metric history has not yet caught up with the status: a metric the status reports
 * at a step has no point at that step or later (the store may take a moment after the status).
 */
export function seriesBehind(
  series: readonly MetricSeries[],
  latest: readonly { name: string; step?: number }[] | undefined,
): boolean {
  return (latest ?? []).some((metric) => {
    if (metric.step === undefined) return false;
    const points = series.find((s) => s.metric === metric.name)?.points ?? [];
    return !points.some((p) => p.step >= (metric.step ?? 0));
  });
}
