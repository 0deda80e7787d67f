// The progress tracker's one write: status.progress and status.metrics, as a JSON patch of
// /status that holds only while the status still names the same job and the resource is
// Running. Anything the reconciler writes in between wins, and the patch then answers 'gone'
// (422 from a failed test) rather than clobbering it.
import type { JobResource } from '../api/types.ts';
import type { OperatorMetrics } from '../observability/metrics.ts';
import type { ShownProgress, WatchedJob } from '../progress/tracker.ts';
import {
  describeError,
  isGuardRefused,
  isNotFound,
  type JsonPatchOperation,
  type KubeResourceClient,
} from './resources.ts';

export async function writeProgress<R extends JobResource>(
  client: KubeResourceClient<R>,
  job: WatchedJob,
  shown: ShownProgress,
  metrics: OperatorMetrics | undefined,
): Promise<'written' | 'gone'> {
  const operations: JsonPatchOperation[] = [
    { op: 'test', path: '/status/slurm/jobId', value: job.jobId },
    { op: 'test', path: '/status/phase', value: 'Running' },
  ];
  if (shown.progress) operations.push({ op: 'add', path: '/status/progress', value: shown.progress });
  if (shown.metrics) operations.push({ op: 'add', path: '/status/metrics', value: shown.metrics });
  try {
    await client.patchStatus(job.namespace, job.name, operations);
    metrics?.progressStatusWrites.inc({ result: 'written' });
    return 'written';
  } catch (error) {
    // A failed `test` (another job, or no longer Running) or a deleted resource: stop watching.
    // A value the schema rejects ("... is invalid: <field>") is an error to see, not a quiet stop.
    const schemaRefused = isGuardRefused(error) && / is invalid: /.test(describeError(error));
    if (isNotFound(error) || (isGuardRefused(error) && !schemaRefused)) {
      metrics?.progressStatusWrites.inc({ result: 'gone' });
      return 'gone';
    }
    metrics?.progressStatusWrites.inc({ result: 'error' });
    throw error;
  }
}
