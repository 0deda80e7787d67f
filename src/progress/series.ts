// Pure: the per-resource series of slurm_ml_progress_percent. One per running resource that
// reports a percent, at most `max` (the most recently updated): Prometheus's cost grows with
// each series, and a resource's series is gone once it is final.
import type { JobResource } from '../api/types.ts';

/** Per-resource progress series on /metrics at most. */
export const MAX_PROGRESS_SERIES = 500;

export function progressSeries(resources: Iterable<JobResource>, max = MAX_PROGRESS_SERIES) {
  const running = [...resources].filter(
    (r) => r.status?.phase === 'Running' && r.status.progress?.percent !== undefined,
  );
  running.sort((a, b) =>
    (b.status?.progress?.updatedAt ?? '').localeCompare(a.status?.progress?.updatedAt ?? ''),
  );
  return running.slice(0, max).map((r) => ({
    labels: {
      kind: r.kind ?? '',
      namespace: r.metadata.namespace ?? '',
      name: r.metadata.name ?? '',
      model: r.spec.model,
      cluster: r.status?.slurm?.cluster ?? '',
    },
    value: r.status?.progress?.percent ?? 0,
  }));
}
