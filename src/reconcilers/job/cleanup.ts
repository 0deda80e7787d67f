// The Deleting state: cancel the resource's live job, wait until Slurm says it ended, then let
// the finalizer go. The job is reached where it was sent and cancelled as its owner, so a
// namespace dropped from the cluster's tenants meanwhile still gets its job cancelled.
import { isFinalPhase } from '../../api/phases.ts';
import type { JobResource } from '../../api/types.ts';
import type { ResourceClient } from '../../kube/resources.ts';
import { done, type ReconcileOutcome, requeueAfter } from '../../runtime/index.ts';
import { interpretJobState } from '../../slurm/job-state.ts';
import type { SlurmJob } from '../../slurm/types.ts';
import type { ReconcileContext } from '../context.ts';
import { cancelWaitMs, requestCancel } from './cancel.ts';
import { liveJob } from './own-job.ts';
import { jobTarget } from './placement.ts';
import { idempotencyKey } from './submission.ts';
import { DEFAULT_SUBMIT_SETTLE, settleRemainingMs } from './submit.ts';
import { standingMarker } from './submit-marker.ts';

export async function cleanUp<R extends JobResource>(
  ctx: ReconcileContext,
  client: ResourceClient<R>,
  resource: R,
): Promise<ReconcileOutcome> {
  const status = resource.status ?? {};
  const jobId = status.slurm?.jobId;
  // A job submitted just before a crash is known only by its key.
  const marker = jobId ? undefined : standingMarker(resource);
  if (isFinalPhase(status.phase) || !(jobId || marker)) return done;
  const target = jobTarget(ctx, resource);
  if ('condition' in target) {
    if (!target.gone) return requeueAfter(target.requeueMs);
    // The SlurmCluster was deleted: nothing can be cancelled any more, so do not block deletion.
    const message = `${target.condition.message}; the Slurm job was not cancelled`;
    ctx.events.warning(resource, 'ClusterGone', message);
    return done;
  }
  const attempt = marker?.attempt ?? Math.max(1, status.attempts ?? 0);
  const key = idempotencyKey(resource.metadata.uid ?? '', attempt);
  let jobs: SlurmJob[];
  if (jobId) {
    // Only slurmctld's jobs can still run; accounting is not asked.
    const live = await liveJob(target.slurm, jobId);
    jobs = live?.idempotencyKey === key ? [live] : [];
  } else if (marker) {
    jobs = await target.slurm.findByIdempotencyKey(key);
    // A submit whose answer was lost may still become a job: wait for it before letting go.
    const settle = target.cluster.spec.submitSettle ?? DEFAULT_SUBMIT_SETTLE;
    const settling = settleRemainingMs(marker, settle, ctx.now());
    if (jobs.length === 0 && settling > 0) return requeueAfter(settling);
  } else return done;
  const live = jobs.filter((job) => !interpretJobState(job.state).final);
  if (live.length === 0) return done;
  let current = resource;
  for (const job of live) current = await requestCancel(ctx, client, current, target, job, 'Deleting');
  return requeueAfter(cancelWaitMs(current, ctx.now()));
}
