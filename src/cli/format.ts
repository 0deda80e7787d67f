// Numbers, durations and the progress line as kubectl-ml prints them. Pure functions.
import type { TrainingStatus } from '../api/types.ts';

export type Progress = NonNullable<TrainingStatus['progress']>;

/** A metric value in at most 4 significant digits; exponent form when very large or small. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e6 || magnitude < 1e-3) return value.toExponential(2).replace(/\.?0+e/, 'e');
  return String(Number(value.toPrecision(4)));
}

/** Seconds as kubectl shows ages: `45s`, `1m30s`, `2h5m`, `3d4h`. */
export function formatDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.round(totalSeconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${s % 60 ? `${s % 60}s` : ''}`;
  if (s < 86_400) {
    const minutes = Math.floor((s % 3600) / 60);
    return `${Math.floor(s / 3600)}h${minutes ? `${minutes}m` : ''}`;
  }
  const hours = Math.floor((s % 86_400) / 3600);
  return `${Math.floor(s / 86_400)}d${hours ? `${hours}h` : ''}`;
}

/**
 * `Progress: 40% (epoch 4 of 10), about 1m30s left, updated 12s ago`, from whatever fields the
 * status has; null when it says nothing of how far the job has got.
 */
export function formatProgress(progress: Progress | undefined, now: Date): string | null {
  if (!progress) return null;
  const { percent, step, total, unit, estimatedRemainingSeconds, updatedAt } = progress;
  const head = typeof percent === 'number' ? `${percent}%` : undefined;
  const where =
    typeof step === 'number'
      ? `${unit || 'step'} ${step}${typeof total === 'number' ? ` of ${total}` : ''}`
      : undefined;
  if (head === undefined && where === undefined) return null;
  const parts = [head && where ? `${head} (${where})` : (head ?? where)];
  if (typeof estimatedRemainingSeconds === 'number')
    parts.push(`about ${formatDuration(estimatedRemainingSeconds)} left`);
  const at = updatedAt ? Date.parse(updatedAt) : Number.NaN;
  if (Number.isFinite(at)) parts.push(`updated ${formatDuration((now.getTime() - at) / 1000)} ago`);
  return `Progress: ${parts.join(', ')}`;
}
