// The state machine Training and Prediction share: admit, prepare, submit idempotently,
// mirror Slurm's state, retry, settle, and cancel on deletion. Kind-specific steps (model
// versions for a Training, model resolution for a Prediction) come in through JobKind.
import { setCondition } from '../api/conditions.ts';
import type { Phase } from '../api/types.ts';
import { isConflict, type ResourceClient } from '../kube/resources.ts';
import { done, type ReconcileOutcome, requeueAfter } from '../runtime/index.ts';
import { SlurmNotFoundError, SlurmRejectedError } from '../slurm/errors.ts';
import type { SlurmJob } from '../slurm/types.ts';
import { renderJobTemplate, type TemplateKind } from '../templates/index.ts';
import type { CachedReader, ReconcileContext } from './context.ts';
import { ensureFinalizer, releaseFinalizer } from './finalizer.ts';
import { isFinalPhase, type JobStatus, observeJob, settle } from './job-status.ts';
import { buildSubmission, idempotencyKey, jobNameFor, mergeResources } from './job-submission.ts';
import { admitted, type Placement, place } from './placement.ts';
import type { JobResource } from '../api/types.ts';
import { writeStatus } from './status-writer.ts';

/** Ready: the status to submit with (not yet written) and the template's variables. */
export type Prepared =
  | { ready: true; status: JobStatus; variables: Record<string, string> }
  | { ready: false; requeueMs: number };

export interface JobKind<R extends JobResource> {
  templateKind: TemplateKind;
  jobLabel: 'train' | 'predict';
  client(ctx: ReconcileContext): ResourceClient<R>;
  cached(ctx: ReconcileContext): CachedReader<R>;
  /**
   * Everything decided once before the first submit (model version, paths), added to `status`.
   * Writes status itself only to say why it must wait.
   */
  prepare(ctx: ReconcileContext, resource: R, placement: Placement, status: JobStatus): Promise<Prepared>;
  onSucceeded(ctx: ReconcileContext, resource: R, job: SlurmJob): Promise<void>;
}

const ACTIVE_JOB_REQUEUE_MS = 300_000;
const CONFLICT_REQUEUE_MS = 250;

export async function reconcileJobResource<R extends JobResource>(
  ctx: ReconcileContext,
  kind: JobKind<R>,
  namespace: string,
  name: string,
): Promise<ReconcileOutcome> {
  const cached = kind.cached(ctx).get(namespace, name);
  if (!cached) return done;
  try {
    return await reconcileObject(ctx, kind, cached, false);
  } catch (error) {
    // Our copy was older than the API server's (the cache had not caught up yet): read again soon.
    if (isConflict(error)) return requeueAfter(CONFLICT_REQUEUE_MS);
    throw error;
  }
}

/**
 * Works from the informer cache's copy (`latest` false), as controller-runtime's client reads:
 * every write is guarded by that copy's resourceVersion, so a stale copy costs a conflict and a
 * requeue. The one decision taken on the API server's latest copy is to submit: it allocates a
 * model version and writes the Submitting marker, which a stale copy would do in vain (and a
 * version number would be lost).
 */
async function reconcileObject<R extends JobResource>(
  ctx: ReconcileContext,
  kind: JobKind<R>,
  initial: R,
  latest: boolean,
): Promise<ReconcileOutcome> {
  const client = kind.client(ctx);
  const namespace = initial.metadata.namespace ?? '';
  const name = initial.metadata.name ?? '';
  // A final phase whose answer was lost is reported here: no write follows it.
  ctx.unconfirmedWrites.settle(initial, ctx.audit);
  if (initial.metadata.deletionTimestamp) return finalize(ctx, client, initial);
  const resource = await ensureFinalizer(client, initial);
  const fresh = latest || resource !== initial; // a patch answers with the latest copy
  if (isFinalPhase(resource.status?.phase)) return done;

  const now = ctx.now();
  const generation = resource.metadata.generation;
  const placement = place(ctx, resource);
  if (!('cluster' in placement)) {
    const status: JobStatus = {
      ...resource.status,
      phase: resource.status?.phase ?? 'Pending',
      reason: placement.condition.reason,
      message: placement.condition.message,
    };
    status.conditions = setCondition(status.conditions, placement.condition, generation, now);
    await writeStatus(ctx, client, resource, status);
    return requeueAfter(placement.requeueMs);
  }

  const active = resource.status?.slurm?.jobId;
  if (active && resource.status?.phase !== 'Pending') {
    // Suspending cancels the job, as suspending a Kubernetes Job deletes its pods.
    if (resource.spec.suspend) await placement.slurm.cancel(active);
    return observe(ctx, kind, client, resource, placement, active);
  }
  if (resource.spec.suspend) {
    const status = {
      ...resource.status,
      phase: 'Pending' as const,
      reason: 'Suspended',
      message: 'spec.suspend is true',
    };
    await writeStatus(ctx, client, resource, status);
    return done;
  }
  if (!fresh) {
    const current = await client.get(namespace, name);
    if (!current) return done;
    if (current.metadata.resourceVersion !== resource.metadata.resourceVersion)
      return reconcileObject(ctx, kind, current, true);
  }
  return submit(ctx, kind, client, resource, placement);
}

async function submit<R extends JobResource>(
  ctx: ReconcileContext,
  kind: JobKind<R>,
  client: ResourceClient<R>,
  initial: R,
  placement: Placement,
): Promise<ReconcileOutcome> {
  const now = ctx.now();
  const generation = initial.metadata.generation;
  let resource = initial;
  const base: JobStatus = {
    ...resource.status,
    phase: resource.status?.phase ?? 'Pending',
    conditions: setCondition(resource.status?.conditions, admitted(placement), generation, now),
  };
  const prepared = await kind.prepare(ctx, resource, placement, base);
  if (!prepared.ready) return requeueAfter(prepared.requeueMs);
  let status = prepared.status;

  const template = ctx.templates().get(resource.spec.template);
  if (!template || template.kind !== kind.templateKind) {
    const why = template
      ? `template "${template.name}" is a ${template.kind} template`
      : `no job template named "${resource.spec.template}"`;
    return settleAs(ctx, client, resource, status, 'Failed', 'InvalidTemplate', why);
  }
  const rendered = renderJobTemplate(template, resource.spec.parameters ?? {}, prepared.variables);
  if (!rendered.ok) {
    return settleAs(ctx, client, resource, status, 'Failed', 'InvalidParameters', rendered.errors.join('; '));
  }

  const markedAttempt = status.attempts ?? 0;
  const uncertain = submitting(status) && markedAttempt > 0;
  const attempt = uncertain ? markedAttempt : markedAttempt + 1;
  const key = idempotencyKey(resource.metadata.uid ?? '', attempt);

  // After a crash or timeout between submit and the status write, the job may exist: adopt it.
  let jobId = uncertain ? (await placement.slurm.findByIdempotencyKey(key))[0]?.jobId : undefined;
  if (!jobId) {
    if (!uncertain) {
      // One write before the submit: admission, what prepare decided, and the marker.
      const marked = { ...status, attempts: attempt };
      marked.conditions = setCondition(
        marked.conditions,
        {
          type: 'Submitted',
          status: 'Unknown',
          reason: 'Submitting',
          message: `submitting attempt ${attempt} with key ${key}`,
        },
        generation,
        now,
      );
      resource = await writeStatus(ctx, client, resource, marked);
      status = resource.status ?? marked;
    }
    let submission: ReturnType<typeof buildSubmission>;
    try {
      const resources = mergeResources(
        resource.spec.resources,
        template.resources,
        placement.cluster.spec.defaults,
      );
      submission = buildSubmission({
        jobName: jobNameFor(kind.jobLabel, resource.metadata.namespace ?? '', resource.metadata.name ?? ''),
        key,
        script: rendered.script,
        resources,
        tenant: placement.tenant,
        workingDirectory: placement.cluster.spec.modelsBasePath,
      });
    } catch (error) {
      return fail(ctx, client, resource, 'InvalidResources', (error as Error).message);
    }
    try {
      jobId = await placement.slurm.submit(submission);
    } catch (error) {
      if (error instanceof SlurmRejectedError)
        return fail(ctx, client, resource, 'SlurmRejected', error.message);
      throw error; // uncertain: the marker makes the next attempt look the key up first
    }
    ctx.log.info({ jobId, attempt, cluster: placement.cluster.name }, 'submitted Slurm job');
  } else {
    ctx.log.warn({ jobId, attempt, key }, 'adopted a Slurm job submitted before the status could record it');
  }
  const submitted: JobStatus = {
    ...resource.status,
    attempts: attempt,
    phase: 'Submitted',
    reason: 'Submitted',
    message: `Slurm job ${jobId} submitted to ${placement.cluster.name} (attempt ${attempt})`,
    slurm: { cluster: placement.cluster.name, jobId, state: 'PENDING' },
    submittedAt: ctx.now().toISOString(),
  };
  submitted.conditions = setCondition(
    submitted.conditions,
    { type: 'Submitted', status: 'True', reason: 'Submitted', message: submitted.message ?? '' },
    generation,
    ctx.now(),
  );
  await writeStatus(ctx, client, resource, submitted);
  return requeueAfter(ACTIVE_JOB_REQUEUE_MS);
}

async function observe<R extends JobResource>(
  ctx: ReconcileContext,
  kind: JobKind<R>,
  client: ResourceClient<R>,
  resource: R,
  placement: Placement,
  jobId: number,
): Promise<ReconcileOutcome> {
  const now = ctx.now();
  const generation = resource.metadata.generation;
  const previous = resource.status ?? {};
  let job: SlurmJob | null;
  try {
    job = await placement.slurm.get(jobId);
  } catch (error) {
    if (!(error instanceof SlurmNotFoundError)) throw error;
    job = await placement.slurm.accountingLookup(jobId);
  }
  if (!job) return missing(ctx, client, resource, placement, jobId);
  const observed = observeJob(previous, job, placement.cluster.name, generation, now);
  if (!observed.final) {
    await writeStatus(ctx, client, resource, observed.status);
    return requeueAfter(ACTIVE_JOB_REQUEUE_MS);
  }
  if (observed.outcome === 'succeeded') {
    await kind.onSucceeded(ctx, resource, job);
    return settleAs(
      ctx,
      client,
      resource,
      observed.status,
      'Succeeded',
      'Completed',
      observed.status.message ?? '',
    );
  }
  if (resource.spec.suspend && observed.outcome === 'cancelled') {
    const { slurm: _cancelled, ...rest } = observed.status;
    await writeStatus(ctx, client, resource, {
      ...rest,
      phase: 'Pending',
      reason: 'Suspended',
      message: `spec.suspend is true; ${observed.status.message}`,
    });
    return done;
  }
  const retry = resource.spec.retry;
  const attempts = previous.attempts ?? 1;
  const retryable =
    (retry?.onStates ?? []).includes(job.state.base as never) && attempts <= (retry?.limit ?? 0);
  if (retryable && observed.outcome === 'failed') {
    const { slurm: _finished, ...rest } = observed.status;
    await writeStatus(ctx, client, resource, {
      ...rest,
      phase: 'Pending',
      reason: 'Retrying',
      message: `${observed.status.message}; retrying (attempt ${attempts + 1} of ${(retry?.limit ?? 0) + 1})`,
    });
    return requeueAfter(0);
  }
  const phase = observed.outcome === 'cancelled' ? 'Cancelled' : 'Failed';
  return settleAs(
    ctx,
    client,
    resource,
    observed.status,
    phase,
    observed.status.reason ?? phase,
    observed.status.message ?? '',
  );
}

/** Slurm no longer knows the job and accounting has no record: Lost once `lostAfter` passed. */
async function missing<R extends JobResource>(
  ctx: ReconcileContext,
  client: ResourceClient<R>,
  resource: R,
  placement: Placement,
  jobId: number,
): Promise<ReconcileOutcome> {
  const now = ctx.now();
  const generation = resource.metadata.generation;
  const status = resource.status ?? {};
  const message = `Slurm job ${jobId} is unknown to slurmctld and accounting`;
  const conditions = setCondition(
    status.conditions,
    { type: 'SlurmJobMissing', status: 'True', reason: 'JobNotFound', message },
    generation,
    now,
  );
  const since = Date.parse(
    conditions.find((c) => c.type === 'SlurmJobMissing')?.lastTransitionTime ?? now.toISOString(),
  );
  const graceMs = durationMs(placement.cluster.spec.lostAfter ?? '10m');
  if (now.getTime() - since < graceMs) {
    await writeStatus(ctx, client, resource, { ...status, conditions });
    return requeueAfter(Math.min(30_000, graceMs));
  }
  const lostMessage = `${message} for over ${placement.cluster.spec.lostAfter ?? '10m'}`;
  return settleAs(ctx, client, resource, { ...status, conditions }, 'Lost', 'JobLost', lostMessage);
}

/** Writes a final phase with its Complete/Failed conditions; nothing changes the resource after. */
async function settleAs<R extends JobResource>(
  ctx: ReconcileContext,
  client: ResourceClient<R>,
  resource: R,
  status: JobStatus,
  phase: Phase,
  reason: string,
  message: string,
): Promise<ReconcileOutcome> {
  await writeStatus(
    ctx,
    client,
    resource,
    settle(status, phase, reason, message, resource.metadata.generation, ctx.now()),
  );
  return done;
}

function fail<R extends JobResource>(
  ctx: ReconcileContext,
  client: ResourceClient<R>,
  resource: R,
  reason: string,
  message: string,
): Promise<ReconcileOutcome> {
  return settleAs(ctx, client, resource, resource.status ?? {}, 'Failed', reason, message);
}

/** Deletion: cancel a live job, wait until Slurm confirms it ended, then let the object go. */
async function finalize<R extends JobResource>(
  ctx: ReconcileContext,
  client: ResourceClient<R>,
  resource: R,
): Promise<ReconcileOutcome> {
  const status = resource.status ?? {};
  if (!isFinalPhase(status.phase) && (status.slurm?.jobId || submitting(status))) {
    const placement = place(ctx, resource);
    if ('cluster' in placement) {
      // A job submitted just before a crash is known only by its key.
      const key = idempotencyKey(resource.metadata.uid ?? '', status.attempts ?? 1);
      const jobIds = status.slurm?.jobId
        ? [status.slurm.jobId]
        : (await placement.slurm.findByIdempotencyKey(key)).map((job) => job.jobId);
      let live = 0;
      for (const jobId of jobIds) {
        try {
          const job = await placement.slurm.get(jobId);
          if (observeJob(status, job, placement.cluster.name, undefined, ctx.now()).final) continue;
          await placement.slurm.cancel(jobId);
          ctx.events.normal(resource, 'Cancelling', `cancelling Slurm job ${jobId} before deletion`);
          live++;
        } catch (error) {
          if (!(error instanceof SlurmNotFoundError)) throw error;
        }
      }
      if (live > 0) return requeueAfter(1_000);
    } else if (placement.condition.reason === 'ClusterNotFound') {
      // The SlurmCluster was deleted: nothing can be cancelled any more, so do not block deletion.
      ctx.events.warning(
        resource,
        'ClusterGone',
        `${placement.condition.message}; the Slurm job was not cancelled`,
      );
    } else {
      return requeueAfter(placement.requeueMs);
    }
  }
  await releaseFinalizer(client, resource);
  return done;
}

function submitting(status: JobStatus): boolean {
  const marker = status.conditions?.find((c) => c.type === 'Submitted');
  return marker?.status === 'Unknown' && marker.reason === 'Submitting';
}

/** The template variables every job gets (TRAINING_CONTEXT_VARIABLES). */
export function modelVariables(resource: JobResource, status: JobStatus): Record<string, string> {
  return {
    model_name: resource.spec.model,
    model_path: status.modelPath ?? '',
    model_version: String(status.modelVersion),
    namespace: resource.metadata.namespace ?? '',
    resource_name: resource.metadata.name ?? '',
    resource_uid: resource.metadata.uid ?? '',
  };
}

export function durationMs(text: string): number {
  const match = /^(\d+)(ms|s|m|h)$/.exec(text);
  if (!match) throw new Error(`"${text}" is not a duration`);
  const unit = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 }[match[2] as 'ms' | 's' | 'm' | 'h'];
  return Number(match[1]) * unit;
}
