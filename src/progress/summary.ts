// Pure: folding a job's reports into what its status shows. The fold keeps the latest progress
// and the latest value of at most MAX_STATUS_METRICS metrics (the most recently reported), so a
// summary's size is fixed whatever the job writes.
import type { TrainingStatus } from '../api/types.ts';
import { MAX_ETA_SECONDS, type ProgressReport } from './protocol.ts';

export const MAX_STATUS_METRICS = 32;

export interface ProgressSummary {
  step?: number;
  total?: number;
  unit?: string;
  percent?: number;
  etaSeconds?: number;
  /** The report's own time, else when it was read. */
  updatedAt?: Date;
  /** Latest value per metric, least recently reported first (Map order). */
  metrics: Map<string, { value: number; step?: number }>;
  /** Lines refused since the job started, for the log and the metric. */
  refusedLines: number;
}

export const emptySummary = (): ProgressSummary => ({ metrics: new Map(), refusedLines: 0 });

/**
 * When a report counts as made: its own time, but never after it was read nor before the job
 * started. The job's clock decides nothing the operator keeps (retention, series order, which
 * series /metrics shows).
 */
export function reportTime(report: ProgressReport, readAt: Date, startedAt: Date | undefined): Date {
  const time = report.time?.getTime() ?? readAt.getTime();
  const earliest = startedAt?.getTime() ?? Number.NEGATIVE_INFINITY;
  return new Date(Math.max(earliest, Math.min(time, readAt.getTime())));
}

/** Folds one report in (mutates `summary`: it is the tracker's own, per job). `at`: reportTime's. */
export function foldReport(summary: ProgressSummary, report: ProgressReport, at: Date): void {
  const reportsProgress =
    report.step !== undefined || report.total !== undefined || report.percent !== undefined;
  if (reportsProgress) {
    // A report of progress replaces the last one whole: a percent from before must not outlive a step.
    summary.step = report.step ?? (report.percent === undefined ? summary.step : undefined);
    summary.total = report.total ?? (report.percent === undefined ? summary.total : undefined);
    summary.percent = report.percent;
    summary.etaSeconds = report.etaSeconds;
    if (report.unit !== undefined) summary.unit = report.unit;
  } else if (report.etaSeconds !== undefined) summary.etaSeconds = report.etaSeconds;
  summary.updatedAt = at;
  for (const [name, value] of report.metrics) {
    summary.metrics.delete(name); // re-inserted last: the most recent
    summary.metrics.set(name, { value, ...(summary.step !== undefined ? { step: summary.step } : {}) });
    if (summary.metrics.size > MAX_STATUS_METRICS) {
      const oldest = summary.metrics.keys().next().value;
      if (oldest !== undefined) summary.metrics.delete(oldest);
    }
  }
}

/** Percent done as reported, else step of total, clamped to 0..100; unrounded. */
function percentDone(summary: ProgressSummary): number | undefined {
  const raw =
    summary.percent ??
    (summary.step !== undefined && summary.total ? (summary.step / summary.total) * 100 : undefined);
  return raw === undefined ? undefined : Math.min(100, Math.max(0, raw));
}

/** Percent done, whole. */
export function percentOf(summary: ProgressSummary): number | undefined {
  const percent = percentDone(summary);
  return percent === undefined ? undefined : Math.floor(percent);
}

/** Seconds left: reported, else elapsed since start scaled by what is left; at most MAX_ETA_SECONDS. */
export function remainingSeconds(summary: ProgressSummary, startedAt: Date | undefined): number | undefined {
  let seconds = summary.etaSeconds;
  const percent = percentDone(summary) ?? 0;
  if (seconds === undefined && startedAt && summary.updatedAt && percent > 0) {
    const elapsed = (summary.updatedAt.getTime() - startedAt.getTime()) / 1000;
    if (elapsed > 0) seconds = (elapsed * (100 - percent)) / percent;
  }
  if (seconds === undefined || !Number.isFinite(seconds)) return undefined;
  return Math.min(MAX_ETA_SECONDS, Math.max(0, Math.round(seconds)));
}

export type StatusProgress = NonNullable<TrainingStatus['progress']>;
export type StatusMetrics = NonNullable<TrainingStatus['metrics']>;

/** What the status shows; undefined parts are absent (nothing reported yet). */
export function statusOf(
  summary: ProgressSummary,
  startedAt: Date | undefined,
): { progress?: StatusProgress; metrics?: StatusMetrics } {
  const percent = percentOf(summary);
  const eta = remainingSeconds(summary, startedAt);
  const progress: StatusProgress = {
    ...(percent !== undefined ? { percent } : {}),
    ...(summary.step !== undefined ? { step: summary.step } : {}),
    ...(summary.total !== undefined ? { total: summary.total } : {}),
    ...(summary.unit !== undefined ? { unit: summary.unit } : {}),
    ...(eta !== undefined ? { estimatedRemainingSeconds: eta } : {}),
  };
  const metrics = [...summary.metrics].reverse().map(([name, { value, step }]) => ({
    name,
    value: formatValue(value),
    ...(step !== undefined ? { step } : {}),
  }));
  const reported = Object.keys(progress).length > 0;
  return {
    ...(reported && summary.updatedAt
      ? { progress: { ...progress, updatedAt: summary.updatedAt.toISOString() } }
      : {}),
    ...(metrics.length > 0 ? { metrics } : {}),
  };
}

/** A decimal that fits the status's 32 characters: shortest round-trip form, else 10 significant digits. */
export function formatValue(value: number): string {
  const text = String(value);
  return text.length <= 32 ? text : value.toPrecision(10);
}

/** The metrics as a ModelVersion records them (name to number). */
export function finalMetrics(summary: ProgressSummary): Record<string, number> {
  return Object.fromEntries([...summary.metrics].map(([name, { value }]) => [name, value]));
}
