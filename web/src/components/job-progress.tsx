// How far a running job says it has got (status.progress), as a progress bar with its words.
import type { TrainingStatus } from '../../../src/api/types.ts';
import { duration } from '../format.ts';

type Progress = NonNullable<TrainingStatus['progress']>;

/** "epoch 3 of 10 · about 2m 10s left", or "" when nothing was reported. */
export function progressWords(progress: Progress | undefined): string {
  if (!progress) return '';
  const parts: string[] = [];
  if (progress.step !== undefined) {
    const unit = progress.unit ?? 'step';
    parts.push(
      progress.total !== undefined
        ? `${unit} ${progress.step} of ${progress.total}`
        : `${unit} ${progress.step}`,
    );
  }
  if (progress.estimatedRemainingSeconds !== undefined) {
    parts.push(`about ${duration(progress.estimatedRemainingSeconds)} left`);
  }
  return parts.join(' · ');
}

export function JobProgress(props: { name: string; progress: Progress | undefined; compact?: boolean }) {
  const percent = props.progress?.percent;
  if (percent === undefined) {
    return <span className="muted">{props.compact ? '–' : 'No progress reported yet'}</span>;
  }
  const value = Math.min(100, Math.max(0, Math.round(percent)));
  const words = progressWords(props.progress);
  return (
    <span className="job-progress">
      <progress
        max={100}
        value={value}
        aria-label={`${props.name} progress`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        aria-valuetext={words === '' ? `${value}%` : `${value}%, ${words}`}
      />
      <span className="job-progress-text">
        {value}%{words !== '' && !props.compact ? ` · ${words}` : ''}
      </span>
    </span>
  );
}
