// The progress series on /metrics: running resources with a percent only, the most recently
// updated first, at most the cap.
import { describe, expect, it } from 'vitest';
import type { Training, TrainingStatus } from '../../../src/api/types.ts';
import { MAX_PROGRESS_SERIES, progressSeries } from '../../../src/progress/series.ts';

const training = (name: string, status: TrainingStatus): Training =>
  ({
    apiVersion: 'ml.hpc.dev/v1alpha1',
    kind: 'Training',
    metadata: { namespace: 'ns', name },
    spec: { model: 'm', template: 't' },
    status,
  }) as Training;
const at = (second: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, second)).toISOString();

describe('progressSeries', () => {
  it('shows running resources with a percent, and none that ended or never reported', () => {
    const series = progressSeries([
      training('running', {
        phase: 'Running',
        progress: { percent: 40, updatedAt: at(1) },
        slurm: { cluster: 'lab', jobId: 1, state: 'RUNNING' },
      }),
      training('done', { phase: 'Succeeded', progress: { percent: 100, updatedAt: at(2) } }),
      training('silent', { phase: 'Running' }),
    ]);
    expect(series).toEqual([
      {
        labels: { kind: 'Training', namespace: 'ns', name: 'running', model: 'm', cluster: 'lab' },
        value: 40,
      },
    ]);
  });

  it(`keeps at most ${MAX_PROGRESS_SERIES}, the most recently updated`, () => {
    const many = Array.from({ length: MAX_PROGRESS_SERIES + 50 }, (_, i) =>
      training(`t${i}`, { phase: 'Running', progress: { percent: 1, updatedAt: at(i % 60) } }),
    );
    const series = progressSeries(many);
    expect(series).toHaveLength(MAX_PROGRESS_SERIES);
    expect(progressSeries(many.slice(0, 3), 2).map((s) => s.labels.name)).toEqual(['t2', 't1']);
  });
});
