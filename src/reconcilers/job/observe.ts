// The Active state: a Slurm job of this attempt exists. Mirror it into the status; at its end
// register the model (Training), retry, or settle; cancel it first when the resource is
// suspended; and when Slurm no longer knows it, wait `lostAfter` before calling it Lost.
import { setCondition } from '../../api/conditions.ts';
import { durationMs } from '../../api/duration.ts';
import type { JobResource } from '../../api/types.ts';
import type { ResourceClient } from '../../kube/resources.ts';
import { finalMetrics } from '../../progress/summary.ts';
import { done, type ReconcileOutcome, requeueAfter } from '../../runtime/index.ts';
import { interpretJobState } from '../../slurm/job-state.ts';
import type { SlurmJob } from '../../slurm/types.ts';
import type { ReconcileContext } from '../context.ts';
import { cancelRequested, requestCancel } from './cancel.ts';
import { type AttemptRef, logEntryOf, logsCondition, watchedJobOf, withLogEntry } from './job-files.ts';
import type { JobKind } from './kind.ts';
import { type JobStatus, MISSING, observeJob } from './mirror.ts';
import { lookUpOwnJob } from './own-job.ts';
import { jobTarget } from './placement.ts';
import type { JobState } from './states.ts';
import { writeFinalStatus, writeStatus } from './status-writer.ts';
import { submittedAs } from './submission.ts';

/** A safety net only: the poller enqueues the resource as soon as Slurm changes the job. */
export const ACTIVE_JOB_REQUEUE_MS = 300_000;
const DEFAULT_LOST_AFTER = '10m';

type Active = Extract<JobState, { name: 'Active' }>;

export async function observe<R extends JobResource>(
  ctx: ReconcileContext,
  kind: JobKind<R>,
  client: ResourceClient<R>,
  resource: R,
  state: Active,
): Promise<ReconcileOutcome> {
  const target = jobTarget(ctx, resource);
  if ('condition' in target) {
    // Not connected yet: wait without a write.
    if (!target.gone) return requeueAfter(target.requeueMs);
    // The SlurmCluster was deleted: nobody can see the job any more, as if Slurm had forgotten it.
    const why = `Slurm job ${state.jobId} cannot be watched: ${target.condition.message}`;
    return missing(ctx, client, resource, DEFAULT_LOST_AFTER, why);
  }
  const lookup = await lookUpOwnJob(
    target.slurm,
    state.jobId,
    submittedAs(kind.jobLabel, resource, state.key),
  );
  const lostAfter = target.cluster.spec.lostAfter ?? DEFAULT_LOST_AFTER;
  if ('missing' in lookup) return missing(ctx, client, resource, lostAfter, lookup.missing);
  const { job } = lookup;
  let current = resource;
  // Suspending cancels the job, as suspending a Kubernetes Job deletes its pods.
  if (state.suspend && !interpretJobState(job.state).final)
    current = await requestCancel(ctx, client, current, target, job, 'Suspending');
  const observed = observeJob(
    current.status ?? {},
    job,
    target.cluster.name,
    current.metadata.generation,
    ctx.now(),
  );
  const files: AttemptRef = {
    kindLabel: kind.jobLabel,
    resource: current,
    key: state.key,
    attempt: state.attempt,
    jobId: job.jobId,
    cluster: target.cluster,
  };
  // Slurm's own word on where the output went (v0.0.43+), once it reports it.
  const recorded = observed.status.logs?.find((e) => e.attempt === state.attempt);
  const logEntry =
    job.outputPath && recorded?.path !== job.outputPath ? logEntryOf(files, job.outputPath) : recorded;
  if (logEntry && logEntry !== recorded) observed.status.logs = withLogEntry(observed.status.logs, logEntry);
  // As the cluster's spec.sharedFilesystem is now (an admin may add it while jobs run).
  if (logEntry)
    observed.status.conditions = setCondition(
      observed.status.conditions,
      logsCondition(files, logEntry),
      current.metadata.generation,
      ctx.now(),
    );
  const watched = watchedJobOf(files, observed.status.startedAt);
  if (!watched) ctx.progress?.forget(current);
  if (!observed.final) {
    if (watched && observed.outcome === 'running') ctx.progress?.watch(watched);
    await writeStatus(ctx, client, current, observed.status);
    return requeueAfter(ACTIVE_JOB_REQUEUE_MS);
  }
  // The rest of what the job reported, read before anything final is written.
  const reported = watched && ctx.progress ? await ctx.progress.settle(watched) : {};
  const { summary, ...shown } = 'summary' in reported ? reported : { ...reported, summary: undefined };
  const status = { ...observed.status, ...shown };
  if (status.progress) {
    // An ended job has nothing left; a succeeded one is done, whatever it last said.
    const { estimatedRemainingSeconds: _left, ...progress } = status.progress;
    status.progress = observed.outcome === 'succeeded' ? { ...progress, percent: 100 } : progress;
  }
  const metrics = summary ? finalMetrics(summary) : statusMetrics(status.metrics);
  const outcome = await ended(ctx, kind, client, current, job, status, observed.outcome, metrics);
  ctx.progress?.forget(current); // the end is written: its settled summary is not needed again
  return outcome;
}

/** The last values the status shows, when the file can no longer be read (after a restart, say). */
function statusMetrics(metrics: JobStatus['metrics']): Record<string, number> | undefined {
  const values = (metrics ?? []).map(({ name, value }) => [name, Number(value)] as const);
  return values.length > 0 ? Object.fromEntries(values.filter(([, v]) => Number.isFinite(v))) : undefined;
}

async function ended<R extends JobResource>(
  ctx: ReconcileContext,
  kind: JobKind<R>,
  client: ResourceClient<R>,
  resource: R,
  job: SlurmJob,
  status: JobStatus,
  outcome: ReturnType<typeof observeJob>['outcome'],
  metrics: Record<string, number> | undefined,
): Promise<ReconcileOutcome> {
  const message = status.message ?? '';
  if (outcome === 'succeeded') {
    const registered = await kind.onSucceeded(ctx, resource, job, metrics);
    return writeFinalStatus(
      ctx,
      client,
      resource,
      { ...status, ...registered },
      'Succeeded',
      'Completed',
      message,
    );
  }
  // The next attempt (or a resume) gets a new job: this one's record leaves the status.
  const { slurm: _ended, ...withoutJob } = status;
  // Cancelled because it was suspended (even if resumed since): the job comes back on resume.
  if (outcome === 'cancelled' && (resource.spec.suspend || cancelRequested(resource, 'Suspending'))) {
    if (resource.spec.suspend) {
      const suspended = { ...withoutJob, phase: 'Pending' as const, reason: 'Suspended' };
      await writeStatus(ctx, client, resource, { ...suspended, message: `spec.suspend is true; ${message}` });
      return done;
    }
    const resumed = { ...withoutJob, phase: 'Pending' as const, reason: 'Resumed' };
    await writeStatus(ctx, client, resource, { ...resumed, message: `spec.suspend is false; ${message}` });
    return requeueAfter(0);
  }
  const retry = resource.spec.retry;
  const attempts = resource.status?.attempts ?? 1;
  const limit = retry?.limit ?? 0;
  const retryable = (retry?.onStates ?? []).includes(job.state.base as never) && attempts <= limit;
  if (retryable && outcome === 'failed') {
    await writeStatus(ctx, client, resource, {
      ...withoutJob,
      phase: 'Pending',
      reason: 'Retrying',
      message: `${message}; retrying (attempt ${attempts + 1} of ${limit + 1})`,
    });
    return requeueAfter(0);
  }
  const phase = outcome === 'cancelled' ? 'Cancelled' : 'Failed';
  return writeFinalStatus(ctx, client, resource, status, phase, status.reason ?? phase, message);
}

/** Slurm does not know the job (or it is someone else's now): Lost once `lostAfter` has passed. */
async function missing<R extends JobResource>(
  ctx: ReconcileContext,
  client: ResourceClient<R>,
  resource: R,
  lostAfter: string,
  message: string,
): Promise<ReconcileOutcome> {
  ctx.progress?.forget(resource); // watched again if the job is found again
  const now = ctx.now();
  const status = resource.status ?? {};
  const conditions = setCondition(
    status.conditions,
    { type: MISSING, status: 'True', reason: 'JobNotFound', message },
    resource.metadata.generation,
    now,
  );
  const since = Date.parse(
    conditions.find((c) => c.type === MISSING)?.lastTransitionTime ?? now.toISOString(),
  );
  const graceMs = durationMs(lostAfter);
  if (now.getTime() - since < graceMs) {
    await writeStatus(ctx, client, resource, { ...status, conditions });
    return requeueAfter(Math.min(30_000, graceMs));
  }
  const lost = `${message} for over ${lostAfter}`;
  return writeFinalStatus(ctx, client, resource, { ...status, conditions }, 'Lost', 'JobLost', lost);
}
